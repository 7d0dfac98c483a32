/**
 * The one place that starts git processes. Everything in src/git goes through `spawnGit`, so
 * every call gets the same output-stabilising flags and the same error shape.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { GitError } from '../errors.js';

export interface RunOptions {
  /** Written to git's stdin, then stdin is closed. */
  input?: string;
  /** Exit codes that are answers rather than failures (e.g. 1 from `git grep`: nothing found). */
  allowedExitCodes?: number[];
  /** Stops git early when its answer is no longer needed: the run then resolves with no output. */
  signal?: AbortSignal;
}

export interface Repository {
  /** Absolute path of the work tree's top level; every git call runs here. */
  root: string;
  isShallow: boolean;
  /** Runs `git <args>` in `root` and resolves with its stdout (UTF-8). */
  run(args: string[], opts?: RunOptions): Promise<string>;
}

/** The raw result of one git process, for callers that need bytes or the exit code. */
export interface GitOutput {
  stdout: Buffer;
  stderr: string;
  exitCode: number;
}

// Global options for every call: paths unquoted (non-ASCII stays readable), and no optional
// locks, so a run never fights an editor or another git over .git/index.lock.
const GLOBAL_ARGS = ['-c', 'core.quotepath=false'];
const GIT_ENV_OVERRIDES = { GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANGUAGE: '' };

export type GitChild = ChildProcessByStdio<Writable, Readable, Readable>;

/** Starts `git <args>` in `cwd` with the shared flags and environment; no shell. */
export function spawnGit(cwd: string, args: string[], signal?: AbortSignal): GitChild {
  return spawn('git', [...GLOBAL_ARGS, ...args], {
    cwd,
    env: { ...process.env, ...GIT_ENV_OVERRIDES },
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true,
    ...(signal ? { signal } : {}),
  });
}

/** Runs git to completion, collecting stdout as bytes. Rejects only when git cannot start. */
export function execGit(cwd: string, args: string[], input?: string | Buffer, signal?: AbortSignal): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return resolve({ stdout: Buffer.alloc(0), stderr: '', exitCode: 0 });
    const child = spawnGit(cwd, args, signal);
    const stdoutChunks: Buffer[] = [];
    const stderrChunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdoutChunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderrChunks.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      // Aborted by the caller: an answer nobody waits for, never an error.
      if (error.name === 'AbortError') resolve({ stdout: Buffer.alloc(0), stderr: '', exitCode: 0 });
      else reject(spawnFailure(error));
    });
    child.on('close', (code, signal) => {
      resolve({
        stdout: Buffer.concat(stdoutChunks),
        stderr: Buffer.concat(stderrChunks).toString('utf8'),
        exitCode: code ?? (signal ? 128 : 1),
      });
    });
    // git may exit before reading all of stdin (e.g. on a bad argument); the exit code tells.
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

export function spawnFailure(error: NodeJS.ErrnoException): GitError {
  if (error.code === 'ENOENT') {
    return new GitError('git-failed', 'git is not installed or not on PATH', 'install git and make sure `git --version` works in this shell');
  }
  return new GitError('git-failed', `could not start git: ${error.message}`);
}

/** The first meaningful stderr line, without git's `fatal: ` / `error: ` prefix. */
export function firstErrorLine(stderr: string): string {
  const line = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('hint:') && !l.startsWith('warning:'));
  return (line ?? '').replace(/^(fatal|error): /, '');
}

export async function openRepository(cwd: string): Promise<Repository> {
  const dir = path.resolve(cwd);
  const isDirectory = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!isDirectory) {
    throw new GitError('not-a-git-repo', `${dir} is not a directory`, { cli: 'pass --cwd <dir> with the path of a git work tree', action: 'check the working-directory input, and add actions/checkout before this step' });
  }
  const result = await execGit(dir, ['rev-parse', '--show-toplevel', '--is-shallow-repository']);
  if (result.exitCode !== 0) {
    const reason = firstErrorLine(result.stderr);
    if (/dubious ownership/.test(reason)) {
      throw new GitError(
        'not-a-git-repo',
        `git refuses to read ${dir}: it is owned by another user`,
        `trust it with: git config --global --add safe.directory ${dir}`,
      );
    }
    throw new GitError('not-a-git-repo', `${dir} is not inside a git work tree`, { cli: 'run opsdiff in a clone of the repository, or pass --cwd <dir>', action: 'add actions/checkout before this step, or set working-directory to the path it checks out to' });
  }
  const [root, shallow] = result.stdout.toString('utf8').split('\n');
  if (!root) {
    throw new GitError('not-a-git-repo', `${dir} is not inside a git work tree`, { cli: 'run opsdiff in a clone of the repository, or pass --cwd <dir>', action: 'add actions/checkout before this step, or set working-directory to the path it checks out to' });
  }
  return createRepository(path.resolve(root), shallow === 'true');
}

function createRepository(root: string, isShallow: boolean): Repository {
  return {
    root,
    isShallow,
    async run(args, opts = {}) {
      const allowed = opts.allowedExitCodes ?? [0];
      const result = await execGit(root, args, opts.input, opts.signal);
      if (!allowed.includes(result.exitCode)) {
        const reason = firstErrorLine(result.stderr) || `exit code ${result.exitCode}`;
        throw new GitError('git-failed', `git ${args[0] ?? ''} failed: ${reason}`, `the command was: ${describeCommand(args)}`);
      }
      return result.stdout.toString('utf8');
    },
  };
}

function describeCommand(args: string[]): string {
  const text = ['git', ...args].join(' ');
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
