/**
 * `opsdiff hook install | uninstall | status`: a git pre-commit hook that runs `opsdiff --staged`.
 *
 * - The hooks directory is git's own answer (`git rev-parse --git-path hooks`), so
 *   `core.hooksPath`, linked worktrees and submodules are honoured; it is created if missing.
 * - A hook that is not ours is never overwritten: it is renamed to `pre-commit.opsdiff-chained`
 *   and our hook runs it first (same arguments and stdin; its failure fails the commit).
 *   `uninstall` removes our hook and moves the chained one back; it refuses to touch a hook
 *   that is not ours.
 * - Installing again rewrites our hook in place (new options), never chains to itself.
 * - A missing opsdiff never blocks a commit: the hook prints one line and lets it through.
 *
 * Every function returns what it found or did as data; the CLI prints it (`describeHook*`).
 * git runs through execFile, no shell. Errors a user can cause are OpsdiffErrors.
 */
import { execFile } from 'node:child_process';
import { chmod, lstat, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GitError, InputError, OpsdiffError } from '../errors.js';
import { firstErrorLine, spawnFailure } from '../git/repository.js';

export const HOOK_NAME = 'pre-commit';
/** Where the hook that was there before ours is kept, beside ours; ours runs it first. */
export const CHAINED_NAME = 'pre-commit.opsdiff-chained';
export const HOOK_VERSION = 1;
export const HOOK_MARKER = `# opsdiff pre-commit hook v${HOOK_VERSION}`;
const MARKER_PATTERN = /^# opsdiff pre-commit hook v(\d+)[ \t]*$/m;
const SETTINGS_PREFIX = '# opsdiff-settings: ';

export interface HookInstallOptions {
  /** opsdiff options the hook passes after `--staged`, e.g. ['--fail-on', 'medium']. */
  args?: string[];
  /**
   * The command that runs opsdiff, instead of looking it up at commit time
   * (node_modules/.bin/opsdiff, then PATH, then `npx --no-install`), e.g.
   * ['node', '/path/to/opsdiff/bin/opsdiff.js']. If its program is missing at commit time the
   * hook lets the commit through with a notice, like a missing opsdiff.
   */
  command?: string[];
}

/** A hook file that is not ours, kept and run first by ours. */
export interface ChainedHook {
  path: string;
  /** git ignores hooks that are not executable; ours does the same with a chained one. */
  executable: boolean;
  /** The hook manager that wrote it, when recognisable. */
  manager: HookManager | null;
}

export type HookManager = 'husky' | 'lefthook' | 'simple-git-hooks' | 'pre-commit';

interface HookLocation {
  /** Absolute path of the work tree's top level (where git runs the hook). */
  root: string;
  /** Absolute path of the hooks directory git uses. */
  hooksDir: string;
  hookPath: string;
  chainedPath: string;
  /** The `core.hooksPath` setting as configured, or null when unset. */
  hooksPathConfig: string | null;
}

export interface HookInstallResult {
  action: 'installed' | 'updated' | 'unchanged';
  root: string;
  hooksDir: string;
  hookPath: string;
  hooksPathConfig: string | null;
  /** True when the hooks directory did not exist and was created. */
  createdHooksDir: boolean;
  /** The hook ours runs first: the one found at install time, or one saved by an earlier install. */
  chained: ChainedHook | null;
  /** True when this install moved a foreign hook aside (as opposed to finding one already saved). */
  chainedNow: boolean;
  /** The opsdiff command line the hook runs (for display). */
  runs: string[];
  args: string[];
  command: string[] | null;
  warnings: string[];
  /** The hook's text as written. */
  script: string;
}

export interface HookUninstallResult {
  action: 'removed' | 'not-installed';
  root: string;
  hooksDir: string;
  hookPath: string;
  /** The chained hook moved back to `pre-commit`, or null. */
  restored: string | null;
  warnings: string[];
}

export interface HookStatus {
  root: string;
  hooksDir: string;
  hookPath: string;
  hooksPathConfig: string | null;
  /** `installed`: ours; `foreign`: another hook; `absent`: no pre-commit hook. */
  state: 'installed' | 'foreign' | 'absent';
  /** Our hook's format version, when installed. */
  version: number | null;
  /** Whether git will run the pre-commit hook at all (it skips non-executable ones). */
  executable: boolean;
  args: string[] | null;
  command: string[] | null;
  /** The manager that wrote a foreign hook (or that owns `core.hooksPath`), when recognisable. */
  manager: HookManager | null;
  chained: ChainedHook | null;
}

// ---------------------------------------------------------------------------------------------
// install / uninstall / status

export async function installHook(cwd: string, opts: HookInstallOptions = {}): Promise<HookInstallResult> {
  const where = await locate(cwd);
  const args = normalizeArgs(opts.args ?? [], path.resolve(cwd), where.root);
  const command = normalizeCommand(opts.command);
  const script = renderHookScript({ args, command });
  const warnings: string[] = [];

  const createdHooksDir = await ensureDirectory(where.hooksDir);
  const current = await readHookFile(where.hookPath);
  let chained = await readChained(where.chainedPath);
  let chainedNow = false;
  let action: HookInstallResult['action'];

  if (current.kind === 'other') {
    throw new InputError(`${where.hookPath} is not a file`, 'move it away, then run opsdiff hook install again');
  }
  if (current.kind === 'absent') {
    action = 'installed';
    if (chained) {
      warnings.push(`${where.chainedPath}, saved by an earlier install, runs before opsdiff; delete it if that hook is no longer wanted`);
    }
  } else if (isOurs(current.text)) {
    action = current.text === script && current.executable ? 'unchanged' : 'updated';
  } else {
    // A hook that is not ours: keep it, run it first.
    if (chained) {
      throw new InputError(
        `${where.hookPath} is not opsdiff's hook, and ${where.chainedPath} already holds a saved hook`,
        'move one of them away (or merge them), then run opsdiff hook install again',
      );
    }
    await rename(where.hookPath, where.chainedPath);
    chained = await readChained(where.chainedPath);
    chainedNow = true;
    action = 'installed';
  }

  if (action !== 'unchanged') {
    try {
      await writeExecutable(where.hookPath, script);
    } catch (error) {
      if (chainedNow) await rename(where.chainedPath, where.hookPath).catch(() => {});
      throw new OpsdiffError('bad-input', `cannot write ${where.hookPath}: ${(error as Error).message}`, 'check the permissions of the hooks directory');
    }
  }

  if (chained && !chained.executable) {
    warnings.push(`${chained.path} is not executable, so git did not run it before; opsdiff keeps it and does not run it either (chmod +x it to run it)`);
  }
  const manager = chained?.manager ?? managerOfHooksPath(where.hooksPathConfig);
  if (manager && (chainedNow || action === 'installed')) warnings.push(managerWarning(manager, where.hooksDir));

  return {
    action,
    root: where.root,
    hooksDir: where.hooksDir,
    hookPath: where.hookPath,
    hooksPathConfig: where.hooksPathConfig,
    createdHooksDir,
    chained,
    chainedNow,
    runs: [...(command ?? ['opsdiff']), '--staged', ...args],
    args,
    command,
    warnings,
    script,
  };
}

export async function uninstallHook(cwd: string): Promise<HookUninstallResult> {
  const where = await locate(cwd);
  const current = await readHookFile(where.hookPath);
  const chained = await readChained(where.chainedPath);
  const base = { root: where.root, hooksDir: where.hooksDir, hookPath: where.hookPath };

  if (current.kind === 'absent') {
    if (!chained) return { ...base, action: 'not-installed', restored: null, warnings: [] };
    // Our hook is gone (deleted by hand, or rewritten away); the saved one goes back.
    await rename(where.chainedPath, where.hookPath);
    return { ...base, action: 'not-installed', restored: where.hookPath, warnings: [`restored the hook saved by an earlier install from ${where.chainedPath}`] };
  }
  if (current.kind === 'other' || !isOurs(current.text)) {
    const manager = current.kind === 'file' ? managerOfScript(current.text) : null;
    throw new InputError(
      `${where.hookPath} is not opsdiff's hook${manager ? ` (it looks like ${manager}'s)` : ''}; leaving it alone`,
      chained
        ? `opsdiff only removes its own hook; ${where.chainedPath} is a hook an earlier install saved: move it back yourself if you want it`
        : 'opsdiff only removes the hook it installed; delete that file yourself if you meant to',
    );
  }
  await unlink(where.hookPath);
  if (chained) await rename(where.chainedPath, where.hookPath);
  return { ...base, action: 'removed', restored: chained ? where.hookPath : null, warnings: [] };
}

export async function hookStatus(cwd: string): Promise<HookStatus> {
  const where = await locate(cwd);
  const current = await readHookFile(where.hookPath);
  const chained = await readChained(where.chainedPath);
  const base = {
    root: where.root,
    hooksDir: where.hooksDir,
    hookPath: where.hookPath,
    hooksPathConfig: where.hooksPathConfig,
    chained,
  };
  if (current.kind === 'absent') {
    return { ...base, state: 'absent', version: null, executable: false, args: null, command: null, manager: managerOfHooksPath(where.hooksPathConfig) };
  }
  if (current.kind === 'file' && isOurs(current.text)) {
    const settings = parseSettings(current.text);
    return {
      ...base,
      state: 'installed',
      version: Number(MARKER_PATTERN.exec(current.text)?.[1] ?? HOOK_VERSION),
      executable: current.executable,
      args: settings?.args ?? null,
      command: settings?.command ?? null,
      manager: null,
    };
  }
  return {
    ...base,
    state: 'foreign',
    version: null,
    executable: current.kind === 'file' && current.executable,
    args: null,
    command: null,
    manager: (current.kind === 'file' ? managerOfScript(current.text) : null) ?? managerOfHooksPath(where.hooksPathConfig),
  };
}

// ---------------------------------------------------------------------------------------------
// the hook script

/** The text of our pre-commit hook: POSIX sh, no bashisms. */
export function renderHookScript(settings: { args: string[]; command: string[] | null }): string {
  const { args, command } = settings;
  const setArgs = ['set', '--', '--staged', ...args].map(shellQuote).join(' ');
  const lines = [
    '#!/bin/sh',
    HOOK_MARKER,
    '# Written by `opsdiff hook install`; `opsdiff hook uninstall` removes it and puts back the hook',
    '# it chained to. Skip every hook for one commit: git commit --no-verify. Skip only opsdiff:',
    '# OPSDIFF_SKIP=1 git commit ...',
    `${SETTINGS_PREFIX}${JSON.stringify({ args, command })}`,
    '',
    '# 1. The hook that was here before opsdiff was installed runs first, as git would run it.',
    `chained="$(dirname "$0")/${CHAINED_NAME}"`,
    'if [ -f "$chained" ] && [ -x "$chained" ]; then',
    '  "$chained" "$@" || exit $?',
    'fi',
    '',
    'if [ -n "${OPSDIFF_SKIP:-}" ] && [ "${OPSDIFF_SKIP}" != "0" ]; then',
    '  echo "opsdiff: OPSDIFF_SKIP is set; the staged change was not checked" >&2',
    '  exit 0',
    'fi',
    '',
    '# 2. opsdiff on the staged change (exit 1 blocks the commit). A missing opsdiff does not.',
    setArgs,
  ];
  if (command) {
    const program = command[0]!;
    lines.push(
      `if command -v ${shellQuote(program)} >/dev/null 2>&1; then`,
      `  exec ${command.map(shellQuote).join(' ')} "$@"`,
      'fi',
      `echo ${shellQuote(`opsdiff: ${program} not found; the staged change was not checked`)} >&2`,
      'exit 0',
    );
  } else {
    lines.push(
      'if [ -x node_modules/.bin/opsdiff ]; then',
      '  exec node_modules/.bin/opsdiff "$@"',
      'fi',
      'if command -v opsdiff >/dev/null 2>&1; then',
      '  exec opsdiff "$@"',
      'fi',
      'if command -v npx >/dev/null 2>&1 && npx --no-install --offline opsdiff --version >/dev/null 2>&1; then',
      '  exec npx --no-install --offline opsdiff "$@"',
      'fi',
      'echo "opsdiff: not installed (no node_modules/.bin/opsdiff, none on PATH or through npx); the staged change was not checked" >&2',
      'exit 0',
    );
  }
  return lines.join('\n') + '\n';
}

export function isOurs(text: string): boolean {
  return MARKER_PATTERN.test(text);
}

function parseSettings(text: string): { args: string[]; command: string[] | null } | null {
  const line = text.split('\n').find((l) => l.startsWith(SETTINGS_PREFIX));
  if (!line) return null;
  try {
    const value = JSON.parse(line.slice(SETTINGS_PREFIX.length)) as { args?: unknown; command?: unknown };
    const strings = (v: unknown): string[] | null => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : null);
    return { args: strings(value.args) ?? [], command: strings(value.command) };
  } catch {
    return null;
  }
}

/** One word for sh: bare when it is plainly safe, else single-quoted. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

// ---------------------------------------------------------------------------------------------
// options

/** Options that make no sense in a pre-commit hook (it always analyzes the index at the root). */
const REJECTED_OPTIONS = ['--base', '--head', '--cwd', '--help', '-h', '--version', '-v', '--debug'];

function normalizeArgs(args: string[], cwd: string, root: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const name = arg.startsWith('--') ? arg.split('=')[0]! : arg;
    if (name === '--staged') continue;
    if (REJECTED_OPTIONS.includes(name)) {
      throw new InputError(`${name} cannot be used in the pre-commit hook`, 'the hook always analyzes the staged change at the repository root; options such as --fail-on, --config and --format are passed through');
    }
    if (name === '--config') {
      // The hook runs at the work tree's root: a relative path given here is made root-relative.
      const inline = arg.includes('=');
      const value = inline ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (value === undefined || value === '') throw new InputError('--config needs a file', 'for example: opsdiff hook install --config opsdiff.json');
      const absolute = path.resolve(cwd, value);
      const relative = path.relative(root, absolute);
      const stored = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : absolute;
      out.push('--config', stored);
      continue;
    }
    out.push(arg);
  }
  return out;
}

function normalizeCommand(command: string[] | undefined): string[] | null {
  if (command === undefined) return null;
  if (command.length === 0 || command.some((word) => typeof word !== 'string' || word === '')) {
    throw new InputError('the hook command must be a program and its arguments', "for example: ['node', 'tools/opsdiff/bin/opsdiff.js']");
  }
  return [...command];
}

// ---------------------------------------------------------------------------------------------
// files

type HookFile =
  | { kind: 'absent' }
  | { kind: 'other' }
  | { kind: 'file'; text: string; executable: boolean; symlink: boolean };

async function readHookFile(file: string): Promise<HookFile> {
  const link = await lstat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    throw error;
  });
  if (!link) return { kind: 'absent' };
  if (link.isSymbolicLink()) {
    const target = await stat(file).catch(() => null);
    // A dangling link: git cannot run it; it is a foreign hook with no text.
    if (!target) return { kind: 'file', text: '', executable: false, symlink: true };
    if (!target.isFile()) return { kind: 'other' };
    return { kind: 'file', text: await readFile(file, 'utf8'), executable: (target.mode & 0o111) !== 0, symlink: true };
  }
  if (!link.isFile()) return { kind: 'other' };
  return { kind: 'file', text: await readFile(file, 'utf8'), executable: (link.mode & 0o111) !== 0, symlink: false };
}

async function readChained(file: string): Promise<ChainedHook | null> {
  const found = await readHookFile(file);
  if (found.kind === 'absent') return null;
  return {
    path: file,
    executable: found.kind === 'file' && found.executable,
    manager: found.kind === 'file' ? managerOfScript(found.text) : null,
  };
}

/** Creates the hooks directory (and its parents) when missing; true when it did. */
async function ensureDirectory(dir: string): Promise<boolean> {
  const found = await stat(dir).catch(() => null);
  if (found?.isDirectory()) return false;
  if (found) throw new InputError(`the hooks directory ${dir} is not a directory`, 'check core.hooksPath (git config core.hooksPath)');
  const link = await lstat(dir).catch(() => null);
  if (link?.isSymbolicLink()) {
    throw new InputError(`the hooks directory ${dir} is a symbolic link to nothing`, 'create its target, or remove the link, then run opsdiff hook install again');
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new InputError(`cannot create the hooks directory ${dir}: ${(error as Error).message}`, 'check core.hooksPath (git config core.hooksPath) and the permissions of its parent');
  }
  return true;
}

/** Writes through a temporary file and a rename: never through a symlink, never half a hook. */
async function writeExecutable(file: string, text: string): Promise<void> {
  const temporary = `${file}.opsdiff-tmp-${process.pid}`;
  try {
    await writeFile(temporary, text, { mode: 0o755 });
    await chmod(temporary, 0o755);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// hook managers

export function managerOfScript(text: string): HookManager | null {
  if (/File generated by pre-commit|pre-commit\.com/.test(text)) return 'pre-commit';
  if (/SKIP_SIMPLE_GIT_HOOKS|simple-git-hooks/.test(text)) return 'simple-git-hooks';
  if (/lefthook/i.test(text)) return 'lefthook';
  if (/husky/i.test(text) || /^\. "\$\(dirname "\$0"\)\/h"$/m.test(text)) return 'husky';
  return null;
}

function managerOfHooksPath(hooksPath: string | null): HookManager | null {
  return hooksPath !== null && /(^|[\\/])\.husky([\\/]|$)/.test(hooksPath) ? 'husky' : null;
}

function managerWarning(manager: HookManager, hooksDir: string): string {
  const config: Record<HookManager, string> = {
    husky: '.husky/pre-commit',
    lefthook: 'lefthook.yml',
    'simple-git-hooks': 'the "simple-git-hooks" key of package.json',
    'pre-commit': '.pre-commit-config.yaml',
  };
  return `${hooksDir} is managed by ${manager}, which may rewrite this hook on its next install; prefer adding opsdiff to ${config[manager]} (see the recipes in docs/pre-commit.md)`;
}

// ---------------------------------------------------------------------------------------------
// git

interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

function git(cwd: string, args: string[]): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, encoding: 'utf8', windowsHide: true, env: { ...process.env, LC_ALL: 'C', LANGUAGE: '', GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(spawnFailure(error as NodeJS.ErrnoException));
          return;
        }
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

async function locate(cwd: string): Promise<HookLocation> {
  const dir = path.resolve(cwd);
  const isDirectory = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!isDirectory) throw new GitError('not-a-git-repo', `${dir} is not a directory`, 'pass --cwd <dir> with the path of a git work tree');
  const result = await git(dir, ['rev-parse', '--show-toplevel', '--git-path', 'hooks']);
  if (result.code !== 0) {
    const reason = firstErrorLine(result.stderr);
    if (/dubious ownership/.test(reason)) {
      throw new GitError('not-a-git-repo', `git refuses to read ${dir}: it is owned by another user`, `trust it with: git config --global --add safe.directory ${dir}`);
    }
    if (/must be run in a work tree/.test(reason)) {
      throw new GitError('not-a-git-repo', `${dir} is a bare repository`, 'a pre-commit hook needs a work tree: run opsdiff hook install in a clone');
    }
    throw new GitError('not-a-git-repo', `${dir} is not inside a git work tree`, 'run opsdiff hook install in a clone of the repository, or pass --cwd <dir>');
  }
  const [root, hooks] = result.stdout.split('\n');
  if (!root || !hooks) throw new GitError('not-a-git-repo', `${dir} is not inside a git work tree`, 'run opsdiff hook install in a clone of the repository, or pass --cwd <dir>');
  // `--git-path` answers relative to the directory git ran in.
  const hooksDir = path.resolve(dir, hooks);
  const config = await git(dir, ['config', '--get', 'core.hooksPath']);
  return {
    root: path.resolve(root),
    hooksDir,
    hookPath: path.join(hooksDir, HOOK_NAME),
    chainedPath: path.join(hooksDir, CHAINED_NAME),
    hooksPathConfig: config.code === 0 ? config.stdout.replace(/\n$/, '') : null,
  };
}

// ---------------------------------------------------------------------------------------------
// what the CLI prints

/** Paths inside the repository are shown relative to `cwd`, others absolute. */
function shown(file: string, cwd: string, root: string): string {
  const inRepo = path.relative(root, file);
  if (inRepo === '' || inRepo.startsWith('..') || path.isAbsolute(inRepo)) return file;
  return path.relative(path.resolve(cwd), file) || '.';
}

export function describeHookInstall(result: HookInstallResult, cwd: string): string {
  const verb = { installed: 'installed', updated: 'updated', unchanged: 'already installed (unchanged):' }[result.action];
  const lines = [`opsdiff: ${verb} the pre-commit hook ${shown(result.hookPath, cwd, result.root)}`];
  if (result.createdHooksDir) lines.push(`  created ${shown(result.hooksDir, cwd, result.root)}`);
  lines.push(`  runs     ${result.runs.map(shellQuote).join(' ')}`);
  if (result.chained) {
    lines.push(`  chained  ${shown(result.chained.path, cwd, result.root)} (the previous hook) runs first; opsdiff hook uninstall puts it back`);
  }
  lines.push('  skip     git commit --no-verify (every hook), or OPSDIFF_SKIP=1 git commit (opsdiff only)');
  for (const warning of result.warnings) lines.push(`warning: ${warning}`);
  return lines.join('\n') + '\n';
}

export function describeHookUninstall(result: HookUninstallResult, cwd: string): string {
  const lines =
    result.action === 'removed'
      ? [`opsdiff: removed the pre-commit hook ${shown(result.hookPath, cwd, result.root)}`]
      : [`opsdiff: no opsdiff pre-commit hook in ${shown(result.hooksDir, cwd, result.root)}; nothing to remove`];
  if (result.restored) lines.push(`  restored the previous hook as ${shown(result.restored, cwd, result.root)}`);
  for (const warning of result.warnings) lines.push(`warning: ${warning}`);
  return lines.join('\n') + '\n';
}

export function describeHookStatus(status: HookStatus, cwd: string): string {
  const lines: string[] = [];
  const hook = shown(status.hookPath, cwd, status.root);
  if (status.state === 'installed') {
    lines.push(`opsdiff: the pre-commit hook ${hook} is installed (v${status.version})`);
    lines.push(`  runs     ${[...(status.command ?? ['opsdiff']), '--staged', ...(status.args ?? [])].map(shellQuote).join(' ')}`);
    if (!status.executable) lines.push('warning: it is not executable, so git does not run it; run opsdiff hook install again');
  } else if (status.state === 'foreign') {
    lines.push(`opsdiff: not installed; ${hook} is another hook${status.manager ? ` (${status.manager})` : ''}`);
  } else {
    lines.push(`opsdiff: not installed; no pre-commit hook in ${shown(status.hooksDir, cwd, status.root)}`);
  }
  if (status.hooksPathConfig !== null) lines.push(`  core.hooksPath = ${status.hooksPathConfig}${status.manager === 'husky' && status.state !== 'foreign' ? ' (husky)' : ''}`);
  if (status.chained) lines.push(`  chained  ${shown(status.chained.path, cwd, status.root)}${status.chained.executable ? '' : ' (not executable: not run)'}`);
  return lines.join('\n') + '\n';
}
