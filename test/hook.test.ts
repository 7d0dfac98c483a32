/**
 * `opsdiff hook install | uninstall | status` and the pre-commit recipes, in real temp git
 * repositories with real `git commit`s that run the hook. The hook runs this checkout's CLI
 * (bin/opsdiff.js, over dist/): either through an explicit install-time command, or through a
 * `node_modules` in the temp repository that links to this checkout, as `npm install` would.
 *
 * The recipes for husky, lefthook, simple-git-hooks and the pre-commit framework are tested by
 * emulating how each tool calls them (always), and with the real tools when they are available:
 * OPSDIFF_HOOK_TOOLS=<dir with node_modules/{husky,lefthook,simple-git-hooks}> and
 * OPSDIFF_PRE_COMMIT=<path of a pre-commit executable> (neither is a dependency of opsdiff).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpsdiffError } from '../src/errors.js';
import {
  CHAINED_NAME,
  HOOK_MARKER,
  describeHookInstall,
  describeHookStatus,
  describeHookUninstall,
  hookStatus,
  installHook,
  renderHookScript,
  shellQuote,
  uninstallHook,
} from '../src/cli/hook.js';
import { makeRepo, type TempRepo } from './support/tempRepo.js';

// Each commit runs the CLI in a fresh process (and npx, for the recipes): seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });

const CHECKOUT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(CHECKOUT, 'bin/opsdiff.js');
/** The hook runs this checkout's CLI: the temp repositories have no node_modules. */
const COMMAND = [process.execPath, BIN];
const TOOLS = process.env.OPSDIFF_HOOK_TOOLS ? path.resolve(process.env.OPSDIFF_HOOK_TOOLS) : null;
const PRE_COMMIT = process.env.OPSDIFF_PRE_COMMIT ? path.resolve(process.env.OPSDIFF_PRE_COMMIT) : null;

const CLIENT = `import Redis from 'ioredis';\nexport const redis = new Redis();\n`;
const ONCE = `import { redis } from './redis';

export async function loadAll(ids: string[]): Promise<string[]> {
  const prefix = await redis.get('prefix');
  return ids.map((id) => prefix + id);
}
`;
const PER_ITEM = `import { redis } from './redis';

export async function loadAll(ids: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const id of ids) {
    const prefix = await redis.get('prefix');
    out.push(prefix + id);
  }
  return out;
}
`;
const CLEAN = ONCE.replace('  return ids', '  // one read per call, then in memory\n  return ids');
const FINDING_LINE = 'src/load.ts:6:26  high  io-in-loop  fan-out, cache redis.get';
const FINDING_MESSAGE = '`redis.get` (cache) now runs once per item of `ids` in `loadAll` (was once per call).';

// ---------------------------------------------------------------------------------------------
// helpers

/** The environment of a developer's shell, without the caller's GIT_* (tests may run in a hook). */
function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GIT_') && !key.startsWith('OPSDIFF_') && key !== 'HUSKY' && key !== 'LEFTHOOK') env[key] = value;
  }
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0', NO_COLOR: '1', GITHUB_ACTIONS: '', ...extra };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together (a hook's output goes to either). */
  output: string;
}

function run(cwd: string, program: string, args: string[], opts: { env?: NodeJS.ProcessEnv; input?: string } = {}): Run {
  const r = spawnSync(program, args, { cwd, env: userEnv(opts.env), encoding: 'utf8', input: opts.input ?? '', timeout: 120_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, output: r.stdout + r.stderr };
}

/** `git commit` as a user types it: hooks run (no --no-verify unless given). */
function commit(repo: TempRepo, message: string, extra: string[] = [], env?: NodeJS.ProcessEnv, cwd = repo.root): Run {
  return run(cwd, 'git', ['commit', '-m', message, ...extra], env ? { env } : {});
}

const repos: TempRepo[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempRepo(): TempRepo {
  const repo = makeRepo();
  repos.push(repo);
  return repo;
}

/** A repository whose last commit reads Redis once per call. */
function redisRepo(): TempRepo {
  const repo = tempRepo();
  repo.write('.gitignore', 'node_modules/\n');
  repo.write('src/redis.ts', CLIENT);
  repo.write('src/load.ts', ONCE);
  repo.commit('base');
  return repo;
}

function stageLoop(repo: TempRepo): void {
  repo.write('src/load.ts', PER_ITEM);
  repo.git('add', 'src/load.ts');
}

function stageClean(repo: TempRepo): void {
  repo.write('src/load.ts', CLEAN);
  repo.git('add', 'src/load.ts');
}

/** opsdiff installed in the repository's node_modules, as `npm install -D opsdiff` lays it out. */
function installLocally(repo: TempRepo): void {
  mkdirSync(path.join(repo.root, 'node_modules/.bin'), { recursive: true });
  symlinkSync(CHECKOUT, path.join(repo.root, 'node_modules/opsdiff'), 'dir');
  symlinkSync('../opsdiff/bin/opsdiff.js', path.join(repo.root, 'node_modules/.bin/opsdiff'));
}

function head(repo: TempRepo): string {
  return repo.git('rev-parse', 'HEAD');
}

function writeHook(file: string, text: string, mode = 0o755): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  chmodSync(file, mode);
}

function isExecutable(file: string): boolean {
  return (statSync(file).mode & 0o111) !== 0;
}

/** Asserts the loop commit is blocked with the finding, then that a clean one goes through. */
function expectBlocksLoopAndPassesClean(repo: TempRepo, commitWith: (message: string) => Run = (m) => commit(repo, m), passedOutput = /no risky changes/i): void {
  const before = head(repo);
  stageLoop(repo);
  const blocked = commitWith('load: read the prefix per id');
  expect(blocked.code, blocked.output).toBe(1);
  expect(blocked.output).toContain(FINDING_LINE);
  expect(blocked.output).toContain(FINDING_MESSAGE);
  expect(head(repo)).toBe(before);

  stageClean(repo);
  const passed = commitWith('load: comment');
  expect(passed.code, passed.output).toBe(0);
  expect(passed.output).toMatch(passedOutput);
  expect(head(repo)).not.toBe(before);
}

const EXISTING_HOOK = '#!/bin/sh\necho "existing hook ran" >&2\nexit 0\n';
const FAILING_HOOK = '#!/bin/sh\necho "existing hook says no" >&2\nexit 3\n';

// ---------------------------------------------------------------------------------------------
// install, commit, uninstall

describe('opsdiff hook install', () => {
  it('installs an executable POSIX sh hook with the marker into a fresh repository', async () => {
    const repo = redisRepo();
    const result = await installHook(repo.root, { command: COMMAND });
    const hook = path.join(repo.root, '.git/hooks/pre-commit');
    expect(result).toMatchObject({ action: 'installed', root: repo.root, hooksDir: path.join(repo.root, '.git/hooks'), hookPath: hook, chained: null, hooksPathConfig: null, warnings: [] });
    expect(result.runs).toEqual([...COMMAND, '--staged']);
    const text = readFileSync(hook, 'utf8');
    expect(text.startsWith(`#!/bin/sh\n${HOOK_MARKER}\n`)).toBe(true);
    expect(text).toBe(result.script);
    expect(isExecutable(hook)).toBe(true);
    // POSIX sh: the script parses under `sh -n` (dash on Debian) with no bash-only syntax.
    expect(run(repo.root, 'sh', ['-n', hook]).code).toBe(0);
    expect(text).not.toMatch(/\[\[|function |\$\{[A-Za-z_]+\/|local /);

    const status = await hookStatus(repo.root);
    expect(status).toMatchObject({ state: 'installed', version: 1, executable: true, args: [], command: COMMAND, chained: null });
    expect(describeHookInstall(result, repo.root)).toContain('opsdiff: installed the pre-commit hook .git/hooks/pre-commit');
    expect(describeHookStatus(status, repo.root)).toContain('is installed (v1)');
  });

  it('blocks a commit that moves redis.get into a loop (exit 1, the finding printed) and lets a clean commit through', async () => {
    const repo = redisRepo();
    await installHook(repo.root, { command: COMMAND });
    expectBlocksLoopAndPassesClean(repo);
  });

  it('checks what `git commit -a` commits (git hands the hook a temporary index)', async () => {
    const repo = redisRepo();
    await installHook(repo.root, { command: COMMAND });
    repo.write('src/load.ts', PER_ITEM); // not staged: -a stages it into a temporary index
    const blocked = commit(repo, 'per id', ['-a']);
    expect(blocked.code, blocked.output).toBe(1);
    expect(blocked.output).toContain(FINDING_LINE);
    expect(repo.git('diff', '--cached', '--name-only')).toBe('');
  });

  it('checks the first commit of a repository without commits, with the options given at install time', async () => {
    const repo = tempRepo();
    const installed = await installHook(repo.root, { command: COMMAND, args: ['--fail-on', 'medium'] });
    expect(installed.runs).toEqual([...COMMAND, '--staged', '--fail-on', 'medium']);
    repo.write('src/redis.ts', CLIENT);
    repo.write('src/load.ts', PER_ITEM); // a new redis.get in a loop: medium
    repo.git('add', '-A');
    const blocked = commit(repo, 'first');
    expect(blocked.code, blocked.output).toBe(1);
    expect(blocked.output).toContain('src/load.ts:6:26  medium  io-in-loop');
    expect(() => repo.git('rev-parse', '--verify', '-q', 'HEAD')).toThrow();

    // Installing again with the default threshold updates the hook in place.
    const updated = await installHook(repo.root, { command: COMMAND });
    expect(updated.action).toBe('updated');
    const passed = commit(repo, 'first');
    expect(passed.code, passed.output).toBe(0);
    expect(passed.output).toContain('1 finding (1 medium)');
    expect(head(repo)).toMatch(/^[0-9a-f]{40}$/);
  });

  it('is idempotent: a second install changes nothing and never chains to itself', async () => {
    const repo = redisRepo();
    const first = await installHook(repo.root, { command: COMMAND });
    const second = await installHook(repo.root, { command: COMMAND });
    expect(second.action).toBe('unchanged');
    expect(second.chained).toBeNull();
    expect(describeHookInstall(second, repo.root)).toContain('already installed (unchanged)');
    const third = await installHook(repo.root, { command: COMMAND, args: ['--fail-on', 'low'] });
    expect(third.action).toBe('updated');
    expect(third.chained).toBeNull();
    const hooks = readdirSync(path.join(repo.root, '.git/hooks')).filter((f) => !f.endsWith('.sample'));
    expect(hooks).toEqual(['pre-commit']);
    expect(readFileSync(first.hookPath, 'utf8')).toContain('set -- --staged --fail-on low');
    expect((await hookStatus(repo.root)).args).toEqual(['--fail-on', 'low']);
  });

  it('restores the executable bit of its own hook on a second install', async () => {
    const repo = redisRepo();
    const first = await installHook(repo.root, { command: COMMAND });
    chmodSync(first.hookPath, 0o644);
    expect((await hookStatus(repo.root)).executable).toBe(false);
    const again = await installHook(repo.root, { command: COMMAND });
    expect(again.action).toBe('updated');
    expect(isExecutable(first.hookPath)).toBe(true);
  });

  it('lets `git commit --no-verify` skip the hook, and OPSDIFF_SKIP=1 skip only opsdiff', async () => {
    const repo = redisRepo();
    writeHook(path.join(repo.root, '.git/hooks/pre-commit'), EXISTING_HOOK);
    await installHook(repo.root, { command: COMMAND });
    stageLoop(repo);
    const skipped = commit(repo, 'per id, on purpose', ['--no-verify']);
    expect(skipped.code, skipped.output).toBe(0);
    expect(skipped.output).not.toContain('existing hook ran');
    expect(skipped.output).not.toContain('io-in-loop');

    repo.write('src/extra.ts', `import { redis } from './redis';\nexport async function all(ids: string[]) {\n  for (const id of ids) await redis.get(id);\n}\n`);
    repo.git('add', '-A');
    const onlyOpsdiffSkipped = commit(repo, 'more', [], { OPSDIFF_SKIP: '1' });
    expect(onlyOpsdiffSkipped.code, onlyOpsdiffSkipped.output).toBe(0);
    expect(onlyOpsdiffSkipped.output).toContain('existing hook ran');
    expect(onlyOpsdiffSkipped.output).toContain('opsdiff: OPSDIFF_SKIP is set; the staged change was not checked');
  });

  it('prefers the repository\'s own node_modules/.bin/opsdiff when installed without a command', async () => {
    const repo = redisRepo();
    installLocally(repo);
    const result = await installHook(repo.root);
    expect(result.runs).toEqual(['opsdiff', '--staged']);
    expect(result.script).toContain('exec node_modules/.bin/opsdiff "$@"');
    expectBlocksLoopAndPassesClean(repo);
  });

  it('lets the commit through with a one-line notice when opsdiff cannot be found', async () => {
    const repo = redisRepo();
    await installHook(repo.root);
    stageLoop(repo);
    // Only node's own directory (node, npm, npx) and the system's: no opsdiff anywhere.
    const PATH = [path.dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(path.delimiter);
    expect(run(repo.root, 'sh', ['-c', 'command -v opsdiff'], { env: { PATH } }).code).not.toBe(0);
    const r = commit(repo, 'per id', [], { PATH, npm_config_cache: path.join(repo.root, '.git/npm-cache') });
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('opsdiff: not installed (no node_modules/.bin/opsdiff, none on PATH or through npx); the staged change was not checked');

    // An explicit command whose program is missing does not block either.
    await installHook(repo.root, { command: ['/nonexistent/node', BIN] });
    stageClean(repo);
    const missing = commit(repo, 'comment');
    expect(missing.code, missing.output).toBe(0);
    expect(missing.output).toContain('opsdiff: /nonexistent/node not found; the staged change was not checked');
  });

  it('respects core.hooksPath (a relative one, created when missing, installed from a subdirectory)', async () => {
    const repo = redisRepo();
    repo.git('config', 'core.hooksPath', '.githooks');
    const result = await installHook(path.join(repo.root, 'src'), { command: COMMAND });
    expect(result).toMatchObject({ hooksDir: path.join(repo.root, '.githooks'), createdHooksDir: true, hooksPathConfig: '.githooks' });
    expect(existsSync(path.join(repo.root, '.githooks/pre-commit'))).toBe(true);
    expect(existsSync(path.join(repo.root, '.git/hooks/pre-commit'))).toBe(false);
    expect(describeHookInstall(result, path.join(repo.root, 'src'))).toContain('../.githooks/pre-commit');
    // git runs it, from a subdirectory too.
    expectBlocksLoopAndPassesClean(repo, (m) => commit(repo, m, [], undefined, path.join(repo.root, 'src')));
    const removed = await uninstallHook(repo.root);
    expect(removed.action).toBe('removed');
    expect(readdirSync(path.join(repo.root, '.githooks'))).toEqual([]);
  });

  it('respects an absolute core.hooksPath outside the repository', async () => {
    const repo = redisRepo();
    const shared = mkdtempSync(path.join(tmpdir(), 'opsdiff-hooks-'));
    dirs.push(shared);
    repo.git('config', 'core.hooksPath', shared);
    const result = await installHook(repo.root, { command: COMMAND });
    expect(result.hookPath).toBe(path.join(shared, 'pre-commit'));
    expect(describeHookInstall(result, repo.root)).toContain(path.join(shared, 'pre-commit'));
    stageLoop(repo);
    expect(commit(repo, 'per id').code).toBe(1);
  });

  it('installs into the shared hooks directory from a linked worktree, where git runs it', async () => {
    const repo = redisRepo();
    const worktree = mkdtempSync(path.join(tmpdir(), 'opsdiff-worktree-'));
    dirs.push(worktree);
    rmSync(worktree, { recursive: true });
    repo.git('worktree', 'add', '-q', '-b', 'feature', worktree);
    const result = await installHook(worktree, { command: COMMAND });
    expect(result.hooksDir).toBe(path.join(repo.root, '.git/hooks'));
    expect(result.root).toBe(worktree);
    writeFileSync(path.join(worktree, 'src/load.ts'), PER_ITEM);
    run(worktree, 'git', ['add', 'src/load.ts']);
    const blocked = run(worktree, 'git', ['commit', '-m', 'per id']);
    expect(blocked.code, blocked.output).toBe(1);
    expect(blocked.output).toContain(FINDING_LINE);
  });

  it('writes through a hooks directory that is a symlink, without replacing the link', async () => {
    const repo = redisRepo();
    const shared = mkdtempSync(path.join(tmpdir(), 'opsdiff-hooks-'));
    dirs.push(shared);
    writeHook(path.join(shared, 'pre-commit'), EXISTING_HOOK);
    rmSync(path.join(repo.root, '.git/hooks'), { recursive: true });
    symlinkSync(shared, path.join(repo.root, '.git/hooks'), 'dir');

    const result = await installHook(repo.root, { command: COMMAND });
    expect(result.chained?.path).toBe(path.join(repo.root, '.git/hooks', CHAINED_NAME));
    expect(lstatSync(path.join(repo.root, '.git/hooks')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(shared, CHAINED_NAME), 'utf8')).toBe(EXISTING_HOOK);
    expect(readFileSync(path.join(shared, 'pre-commit'), 'utf8')).toBe(result.script);
    stageClean(repo);
    const r = commit(repo, 'comment');
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('existing hook ran');

    await uninstallHook(repo.root);
    expect(readdirSync(shared)).toEqual(['pre-commit']);
    expect(readFileSync(path.join(shared, 'pre-commit'), 'utf8')).toBe(EXISTING_HOOK);
  });

  it('rejects options that make no sense in the hook, and keeps --config paths valid from the root', async () => {
    const repo = redisRepo();
    await expect(installHook(repo.root, { args: ['--base', 'main'] })).rejects.toThrow(/--base cannot be used in the pre-commit hook/);
    await expect(installHook(repo.root, { command: [] })).rejects.toBeInstanceOf(OpsdiffError);
    expect(existsSync(path.join(repo.root, '.git/hooks/pre-commit'))).toBe(false);
    const result = await installHook(path.join(repo.root, 'src'), { command: COMMAND, args: ['--staged', '--config', '../opsdiff.json', '--format=text'] });
    expect(result.args).toEqual(['--config', 'opsdiff.json', '--format=text']);
  });

  it('fails with a one-line error outside a git work tree', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opsdiff-nogit-'));
    dirs.push(dir);
    const error = await installHook(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpsdiffError);
    expect((error as OpsdiffError).message).toBe(`${dir} is not inside a git work tree`);
    expect((error as OpsdiffError).hint).toBeTruthy();
  });
});

describe('chaining to an existing hook', () => {
  it('keeps the existing hook, runs it first (its failure blocks the commit), and uninstall puts it back', async () => {
    const repo = redisRepo();
    const original = path.join(repo.root, '.git/hooks/pre-commit');
    writeHook(original, EXISTING_HOOK, 0o750);

    const result = await installHook(repo.root, { command: COMMAND });
    const chained = path.join(repo.root, '.git/hooks', CHAINED_NAME);
    expect(result).toMatchObject({ action: 'installed', chainedNow: true, chained: { path: chained, executable: true, manager: null } });
    expect(readFileSync(chained, 'utf8')).toBe(EXISTING_HOOK);
    expect(statSync(chained).mode & 0o777).toBe(0o750);
    expect(describeHookInstall(result, repo.root)).toContain(`chained  .git/hooks/${CHAINED_NAME} (the previous hook) runs first`);

    // Both run: the existing hook first, then opsdiff.
    stageLoop(repo);
    const blocked = commit(repo, 'per id');
    expect(blocked.code).toBe(1);
    expect(blocked.output.indexOf('existing hook ran')).toBeGreaterThanOrEqual(0);
    expect(blocked.output.indexOf('existing hook ran')).toBeLessThan(blocked.output.indexOf(FINDING_LINE));
    stageClean(repo);
    const passed = commit(repo, 'comment');
    expect(passed.code, passed.output).toBe(0);
    expect(passed.output).toContain('existing hook ran');
    expect(passed.output).toMatch(/no risky changes/i);

    // The existing hook failing blocks a clean commit, and opsdiff does not run.
    writeHook(chained, FAILING_HOOK);
    repo.write('README.md', 'hello\n');
    repo.git('add', 'README.md');
    const refused = commit(repo, 'readme');
    expect(refused.code).toBe(1); // git reports any hook failure as 1
    expect(run(repo.root, path.join(repo.root, '.git/hooks/pre-commit'), []).code).toBe(3); // the hook passes the status on
    expect(refused.output).toContain('existing hook says no');
    expect(refused.output).not.toMatch(/no risky changes/i);
    writeHook(chained, EXISTING_HOOK, 0o750);

    // Re-installing keeps the chain as it is.
    const again = await installHook(repo.root, { command: COMMAND, args: ['--fail-on', 'medium'] });
    expect(again).toMatchObject({ action: 'updated', chainedNow: false, chained: { path: chained } });
    expect(readFileSync(chained, 'utf8')).toBe(EXISTING_HOOK);

    const removed = await uninstallHook(repo.root);
    expect(removed).toMatchObject({ action: 'removed', restored: original });
    expect(describeHookUninstall(removed, repo.root)).toBe('opsdiff: removed the pre-commit hook .git/hooks/pre-commit\n  restored the previous hook as .git/hooks/pre-commit\n');
    expect(readFileSync(original, 'utf8')).toBe(EXISTING_HOOK);
    expect(statSync(original).mode & 0o777).toBe(0o750);
    expect(existsSync(chained)).toBe(false);
    expect((await hookStatus(repo.root)).state).toBe('foreign');
  });

  it('passes the same arguments and standard input to the chained hook', async () => {
    const repo = redisRepo();
    writeHook(path.join(repo.root, '.git/hooks/pre-commit'), '#!/bin/sh\necho "args=$# 1=$1 2=$2"\necho "stdin=$(cat)"\n');
    const result = await installHook(repo.root, { command: COMMAND });
    const r = run(repo.root, result.hookPath, ['one', 'two words'], { input: 'from git\n', env: { OPSDIFF_SKIP: '1' } });
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toContain('args=2 1=one 2=two words\nstdin=from git\n');
  });

  it('keeps a non-executable existing hook, and does not run it, as git did not', async () => {
    const repo = redisRepo();
    const original = path.join(repo.root, '.git/hooks/pre-commit');
    writeHook(original, EXISTING_HOOK, 0o644);
    const result = await installHook(repo.root, { command: COMMAND });
    expect(result.chained).toMatchObject({ executable: false });
    expect(result.warnings.join('\n')).toMatch(/is not executable, so git did not run it before/);
    stageClean(repo);
    const r = commit(repo, 'comment');
    expect(r.code, r.output).toBe(0);
    expect(r.output).not.toContain('existing hook ran');
    await uninstallHook(repo.root);
    expect(readFileSync(original, 'utf8')).toBe(EXISTING_HOOK);
    expect(statSync(original).mode & 0o777).toBe(0o644);
  });

  it('chains to a hook that is a symlink without writing through it', async () => {
    const repo = redisRepo();
    repo.write('scripts/check.sh', EXISTING_HOOK);
    chmodSync(path.join(repo.root, 'scripts/check.sh'), 0o755);
    repo.commit('add scripts/check.sh');
    const hook = path.join(repo.root, '.git/hooks/pre-commit');
    symlinkSync('../../scripts/check.sh', hook);
    await installHook(repo.root, { command: COMMAND });
    expect(readFileSync(path.join(repo.root, 'scripts/check.sh'), 'utf8')).toBe(EXISTING_HOOK);
    stageClean(repo);
    const r = commit(repo, 'comment');
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('existing hook ran');
    await uninstallHook(repo.root);
    expect(lstatSync(hook).isSymbolicLink()).toBe(true);
  });

  it('refuses to install when a foreign hook and a saved hook are both there', async () => {
    const repo = redisRepo();
    writeHook(path.join(repo.root, '.git/hooks/pre-commit'), EXISTING_HOOK);
    writeHook(path.join(repo.root, '.git/hooks', CHAINED_NAME), FAILING_HOOK);
    const error = await installHook(repo.root, { command: COMMAND }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpsdiffError);
    expect((error as OpsdiffError).message).toMatch(/is not opsdiff's hook, and .*pre-commit\.opsdiff-chained already holds a saved hook/);
    expect(readFileSync(path.join(repo.root, '.git/hooks/pre-commit'), 'utf8')).toBe(EXISTING_HOOK);
  });
});

describe('opsdiff hook uninstall', () => {
  it('removes its hook cleanly, leaving no file behind', async () => {
    const repo = redisRepo();
    const before = readdirSync(path.join(repo.root, '.git/hooks')).sort();
    await installHook(repo.root, { command: COMMAND });
    const removed = await uninstallHook(repo.root);
    expect(removed).toMatchObject({ action: 'removed', restored: null });
    expect(readdirSync(path.join(repo.root, '.git/hooks')).sort()).toEqual(before);
    stageLoop(repo);
    expect(commit(repo, 'per id').code).toBe(0);
  });

  it('reports when there is nothing to remove', async () => {
    const repo = redisRepo();
    const result = await uninstallHook(repo.root);
    expect(result).toMatchObject({ action: 'not-installed', restored: null });
    expect(describeHookUninstall(result, repo.root)).toBe('opsdiff: no opsdiff pre-commit hook in .git/hooks; nothing to remove\n');
    expect((await hookStatus(repo.root)).state).toBe('absent');
  });

  it('refuses to remove a hook that is not its own, with a clear message', async () => {
    const repo = redisRepo();
    const hook = path.join(repo.root, '.git/hooks/pre-commit');
    writeHook(hook, EXISTING_HOOK);
    const error = await uninstallHook(repo.root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpsdiffError);
    expect((error as OpsdiffError).message).toBe(`${hook} is not opsdiff's hook; leaving it alone`);
    expect((error as OpsdiffError).hint).toMatch(/only removes the hook it installed/);
    expect(readFileSync(hook, 'utf8')).toBe(EXISTING_HOOK);
  });

  it('puts back a saved hook when its own hook was already deleted', async () => {
    const repo = redisRepo();
    const hook = path.join(repo.root, '.git/hooks/pre-commit');
    writeHook(hook, EXISTING_HOOK);
    await installHook(repo.root, { command: COMMAND });
    rmSync(hook);
    const result = await uninstallHook(repo.root);
    expect(result).toMatchObject({ action: 'not-installed', restored: hook });
    expect(readFileSync(hook, 'utf8')).toBe(EXISTING_HOOK);
  });
});

describe('the hook script', () => {
  it('quotes install-time options for sh', () => {
    expect(shellQuote('--fail-on')).toBe('--fail-on');
    expect(shellQuote("it's here")).toBe(`'it'\\''s here'`);
    const script = renderHookScript({ args: ['--config', "my config's.json"], command: ['node', '/path with space/bin/opsdiff.js'] });
    expect(script).toContain(`set -- --staged --config 'my config'\\''s.json'`);
    expect(script).toContain(`exec node '/path with space/bin/opsdiff.js' "$@"`);
    const echoed = run(tmpdir(), 'sh', ['-c', `${script.split('\n').find((l) => l.startsWith('set -- '))}; printf '%s|' "$@"`]);
    expect(echoed.stdout).toBe("--staged|--config|my config's.json|");
  });
});

// ---------------------------------------------------------------------------------------------
// recipes: what the README tells users to write, run the way each tool runs it

const HUSKY_RECIPE = 'opsdiff --staged\n';
const LEFTHOOK_RECIPE = `pre-commit:
  commands:
    opsdiff:
      run: npx --no-install opsdiff --staged
`;
const SIMPLE_GIT_HOOKS_RECIPE = { 'pre-commit': 'npx --no-install opsdiff --staged' };
const PRE_COMMIT_LOCAL_RECIPE = `repos:
  - repo: local
    hooks:
      - id: opsdiff
        name: opsdiff
        entry: npx --no-install opsdiff --staged
        language: system
        pass_filenames: false
        always_run: true
`;

/** husky 9.1.7's `.husky/_/h`, byte for byte (what `husky` copies there). */
const HUSKY_H = `#!/usr/bin/env sh
[ "$HUSKY" = "2" ] && set -x
n=$(basename "$0")
s=$(dirname "$(dirname "$0")")/$n

[ ! -f "$s" ] && exit 0

if [ -f "$HOME/.huskyrc" ]; then
	echo "husky - '~/.huskyrc' is DEPRECATED, please move your code to ~/.config/husky/init.sh"
fi
i="\${XDG_CONFIG_HOME:-$HOME/.config}/husky/init.sh"
[ -f "$i" ] && . "$i"

[ "\${HUSKY-}" = "0" ] && exit 0

export PATH="node_modules/.bin:$PATH"
sh -e "$s" "$@"
c=$?

[ $c != 0 ] && echo "husky - $n script failed (code $c)"
[ $c = 127 ] && echo "husky - command not found in PATH=$PATH"
exit $c
`;
/** simple-git-hooks 2.x: the text it puts before the configured command. */
const SIMPLE_GIT_HOOKS_PREPEND = `#!/bin/sh
if [ "$SKIP_SIMPLE_GIT_HOOKS" = "1" ]; then
    echo "[INFO] SKIP_SIMPLE_GIT_HOOKS is set to 1, skipping hook."
    exit 0
fi
if [ -f "$SIMPLE_GIT_HOOKS_RC" ]; then
    . "$SIMPLE_GIT_HOOKS_RC"
fi
`;

/** A repository with opsdiff in node_modules, as every recipe assumes. */
function recipeRepo(files: Record<string, string> = {}): TempRepo {
  const repo = tempRepo();
  repo.write('.gitignore', 'node_modules/\n');
  repo.write('src/redis.ts', CLIENT);
  repo.write('src/load.ts', ONCE);
  for (const [file, text] of Object.entries(files)) repo.write(file, text);
  repo.commit('base');
  installLocally(repo);
  return repo;
}

/** A user's environment with the hook tools' own node_modules/.bin on PATH. */
function toolsEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: `${path.join(TOOLS!, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`, ...extra };
}

describe('recipe: husky v9 (.husky/pre-commit)', () => {
  it('emulated: core.hooksPath=.husky/_ with husky\'s wrapper calling .husky/pre-commit', async () => {
    const repo = recipeRepo({ '.husky/pre-commit': HUSKY_RECIPE });
    repo.git('config', 'core.hooksPath', '.husky/_');
    writeHook(path.join(repo.root, '.husky/_/h'), HUSKY_H, 0o644);
    writeHook(path.join(repo.root, '.husky/_/pre-commit'), '#!/usr/bin/env sh\n. "$(dirname "$0")/h"');
    writeFileSync(path.join(repo.root, '.husky/_/.gitignore'), '*');
    expectBlocksLoopAndPassesClean(repo);
    // `opsdiff hook install` in a husky repository says husky owns the directory.
    const status = await hookStatus(repo.root);
    expect(status).toMatchObject({ state: 'foreign', manager: 'husky' });
    const installed = await installHook(repo.root, { command: COMMAND });
    expect(installed.hooksDir).toBe(path.join(repo.root, '.husky/_'));
    expect(installed.chained).toMatchObject({ manager: 'husky' });
    expect(installed.warnings.join('\n')).toMatch(/managed by husky, which may rewrite this hook on its next install; prefer adding opsdiff to \.husky\/pre-commit/);
    await uninstallHook(repo.root);
    expect(readFileSync(path.join(repo.root, '.husky/_/pre-commit'), 'utf8')).toBe('#!/usr/bin/env sh\n. "$(dirname "$0")/h"');
  });

  it.skipIf(!TOOLS)('real husky (OPSDIFF_HOOK_TOOLS)', () => {
    const repo = recipeRepo({ '.husky/pre-commit': HUSKY_RECIPE });
    const setup = run(repo.root, process.execPath, [path.join(TOOLS!, 'node_modules/husky/bin.js')]);
    expect(setup.code, setup.output).toBe(0);
    expect(repo.git('config', 'core.hooksPath')).toBe('.husky/_');
    expectBlocksLoopAndPassesClean(repo);
  });
});

describe('recipe: lefthook (lefthook.yml)', () => {
  it('emulated: the recipe\'s command line, run by sh at the root as the pre-commit hook', () => {
    const repo = recipeRepo({ 'lefthook.yml': LEFTHOOK_RECIPE });
    const line = /^\s+run: (.+)$/m.exec(LEFTHOOK_RECIPE)![1]!;
    writeHook(path.join(repo.root, '.git/hooks/pre-commit'), `#!/bin/sh\nsh -c ${shellQuote(line)}\n`);
    expectBlocksLoopAndPassesClean(repo);
  });

  it.skipIf(!TOOLS)('real lefthook (OPSDIFF_HOOK_TOOLS)', () => {
    const repo = recipeRepo({ 'lefthook.yml': LEFTHOOK_RECIPE });
    const setup = run(repo.root, path.join(TOOLS!, 'node_modules/.bin/lefthook'), ['install'], { env: toolsEnv() });
    expect(setup.code, setup.output).toBe(0);
    expect(readFileSync(path.join(repo.root, '.git/hooks/pre-commit'), 'utf8')).toContain('lefthook');
    expectBlocksLoopAndPassesClean(repo, (m) => commit(repo, m, [], toolsEnv()));
  });
});

describe('recipe: simple-git-hooks (package.json)', () => {
  it('emulated: the hook simple-git-hooks writes from the package.json key', () => {
    const repo = recipeRepo({ 'package.json': JSON.stringify({ name: 'app', private: true, 'simple-git-hooks': SIMPLE_GIT_HOOKS_RECIPE }, null, 2) + '\n' });
    writeHook(path.join(repo.root, '.git/hooks/pre-commit'), SIMPLE_GIT_HOOKS_PREPEND + SIMPLE_GIT_HOOKS_RECIPE['pre-commit']);
    expectBlocksLoopAndPassesClean(repo);
  });

  it.skipIf(!TOOLS)('real simple-git-hooks (OPSDIFF_HOOK_TOOLS)', () => {
    const repo = recipeRepo({ 'package.json': JSON.stringify({ name: 'app', private: true, 'simple-git-hooks': SIMPLE_GIT_HOOKS_RECIPE }, null, 2) + '\n' });
    const setup = run(repo.root, process.execPath, [path.join(TOOLS!, 'node_modules/simple-git-hooks/cli.js')]);
    expect(setup.code, setup.output).toBe(0);
    expect(readFileSync(path.join(repo.root, '.git/hooks/pre-commit'), 'utf8')).toBe(SIMPLE_GIT_HOOKS_PREPEND + SIMPLE_GIT_HOOKS_RECIPE['pre-commit']);
    expectBlocksLoopAndPassesClean(repo);
  });
});

describe('recipe: the pre-commit framework', () => {
  it('.pre-commit-hooks.yaml at the repository root declares the opsdiff hook', () => {
    const text = readFileSync(path.join(CHECKOUT, '.pre-commit-hooks.yaml'), 'utf8');
    const entries = text.split('\n').filter((l) => !l.startsWith('#') && l.trim() !== '');
    expect(entries[0]).toBe('- id: opsdiff');
    for (const line of ['  entry: opsdiff --staged', '  language: node', '  pass_filenames: false', '  always_run: true', '  stages: [pre-commit]']) {
      expect(entries).toContain(line);
    }
  });

  it('emulated: `repo: local` with language system runs the entry at the root, no file names', () => {
    const repo = recipeRepo({ '.pre-commit-config.yaml': PRE_COMMIT_LOCAL_RECIPE });
    const entry = /^\s+entry: (.+)$/m.exec(PRE_COMMIT_LOCAL_RECIPE)![1]!;
    writeHook(path.join(repo.root, '.git/hooks/pre-commit'), `#!/bin/sh\nexec ${entry}\n`);
    expectBlocksLoopAndPassesClean(repo);
  });

  it.skipIf(!PRE_COMMIT)('real pre-commit with `repo: local` (OPSDIFF_PRE_COMMIT)', () => {
    const repo = recipeRepo({ '.pre-commit-config.yaml': PRE_COMMIT_LOCAL_RECIPE });
    const env = { PRE_COMMIT_HOME: path.join(repo.root, '.git/pre-commit-home') };
    const setup = run(repo.root, PRE_COMMIT!, ['install'], { env });
    expect(setup.code, setup.output).toBe(0);
    // pre-commit shows a passing hook's output only as `opsdiff....Passed`.
    expectBlocksLoopAndPassesClean(repo, (m) => commit(repo, m, [], env), /^opsdiff\.+Passed$/m);
  });
});
