/**
 * Throwaway git repositories for tests: real git, real files, in a temp dir.
 * Synchronous on purpose, so a test's setup reads as a plain script.
 *
 *   const repo = makeRepo();
 *   repo.write('src/a.ts', 'export const a = 1;\n');
 *   const first = repo.commit('add a');
 *   ...
 *   repo.cleanup();
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface CommitOptions {
  /** "Name <email>" */
  author?: string;
  /** Extra environment for `git commit`, e.g. GIT_COMMITTER_NAME or GIT_AUTHOR_DATE. */
  env?: NodeJS.ProcessEnv;
  allowEmpty?: boolean;
}

export interface TempRepo {
  /** Absolute path of the work tree. */
  readonly root: string;
  write(file: string, content: string | Buffer): void;
  remove(file: string): void;
  rename(from: string, to: string): void;
  /** Stages everything (`git add -A`) and commits; returns the new commit's full sha. */
  commit(message: string, opts?: CommitOptions): string;
  /** Runs git in the work tree and returns stdout without the trailing newline. */
  git(...args: string[]): string;
  /** Runs git with `input` on its standard input (`git fast-import`, `git hash-object --stdin`). */
  gitWithInput(input: string | Buffer, ...args: string[]): string;
  /** A clone of this repository through file:// (so --depth works), cleaned up with it. */
  clone(opts?: { depth?: number; branch?: string }): TempRepo;
  cleanup(): void;
}

/** The caller's GIT_DIR, GIT_INDEX_FILE etc. (set when tests run inside a git hook) must not leak in. */
function isolatedEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GIT_')) env[key] = value;
  }
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: process.platform === 'win32' ? 'NUL' : '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    ...extra,
  };
}

function runGit(cwd: string, args: string[], env?: NodeJS.ProcessEnv, input?: string | Buffer): string {
  return execFileSync('git', args, { cwd, env: isolatedEnv(env), encoding: 'utf8', ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input, stdio: ['pipe', 'pipe', 'pipe'] }), maxBuffer: 256 * 1024 * 1024 }).replace(/\n$/, '');
}

/** The identity and settings every test repository has: one `git config` call per key cost four processes per repository, so they are written as git's own config file syntax. */
function configure(root: string): void {
  appendFileSync(path.join(root, '.git', 'config'), '[user]\n\tname = Test User\n\temail = test@example.com\n[commit]\n\tgpgsign = false\n[core]\n\tautocrlf = false\n');
}

export function makeRepo(): TempRepo {
  const root = mkdtempSync(path.join(tmpdir(), 'opsdiff-repo-'));
  runGit(root, ['init', '-q', '-b', 'main']);
  configure(root);
  return wrap(root);
}

function wrap(root: string): TempRepo {
  const clones: TempRepo[] = [];
  const resolveInside = (file: string): string => path.join(root, ...file.split('/'));
  const repo: TempRepo = {
    root,
    write(file, content) {
      const target = resolveInside(file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
    },
    remove(file) {
      rmSync(resolveInside(file), { force: true, recursive: true });
    },
    rename(from, to) {
      const target = resolveInside(to);
      mkdirSync(path.dirname(target), { recursive: true });
      renameSync(resolveInside(from), target);
    },
    commit(message, opts = {}) {
      runGit(root, ['add', '-A']);
      const args = ['commit', '-q', '--no-verify', '-m', message];
      if (opts.author) args.push(`--author=${opts.author}`);
      if (opts.allowEmpty) args.push('--allow-empty');
      runGit(root, args, opts.env);
      return runGit(root, ['rev-parse', 'HEAD']);
    },
    git(...args) {
      return runGit(root, args);
    },
    gitWithInput(input, ...args) {
      return runGit(root, args, undefined, input);
    },
    clone(opts = {}) {
      const target = mkdtempSync(path.join(tmpdir(), 'opsdiff-clone-'));
      const args = ['clone', '-q'];
      if (opts.depth !== undefined) args.push(`--depth=${opts.depth}`);
      if (opts.branch !== undefined) args.push(`--branch=${opts.branch}`);
      runGit(target, [...args, pathToFileURL(root).href, '.']);
      configure(target);
      const cloned = wrap(target);
      clones.push(cloned);
      return cloned;
    },
    cleanup() {
      for (const cloned of clones) cloned.cleanup();
      rmSync(root, { recursive: true, force: true });
    },
  };
  return repo;
}
