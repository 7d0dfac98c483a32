/**
 * opsdiff installed the three ways a user installs it, each from the artifact alone, into a fresh
 * project outside this checkout: the tarball `npm pack` makes (what the registry would serve),
 * a git URL (`npm i -D github:<owner>/opsdiff`), and the pre-commit framework's install steps for
 * a `language: node` hook (`repo:` + `rev:`). The repository they install from holds only what git
 * tracks here, so a file that is built but not committed cannot make a test pass.
 *
 * The installs read the registry through npm's cache (`--prefer-offline`): `npm ci` filled it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo } from '../support/tempRepo.js';

const root = path.join(import.meta.dirname, '..', '..');
const work = mkdtempSync(path.join(tmpdir(), 'opsdiff-install-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const VERSION = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** npm as a user runs it: no caller's npm_* settings (vitest may run under `npm test`), no GIT_* of a hook. */
function npmEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(npm_|GIT_)/i.test(k)) env[k] = v;
  return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_prefer_offline: 'true', ...extra };
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = npmEnv()): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited with ${r.status}:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** A git repository holding exactly this checkout's tracked files (as they are in the work tree), committed. */
let source: string;
beforeAll(() => {
  source = path.join(work, 'opsdiff-src');
  mkdirSync(source);
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0').filter((f) => f && existsSync(path.join(root, f)));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(source, file));
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: source, env: { ...npmEnv(), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=opsdiff', '-c', 'user.email=opsdiff@example.com', 'commit', '-q', '-m', 'opsdiff');
  git('tag', `v${VERSION}`);
}, 60_000);

/** A fresh project with one JavaScript file, its own repository, and a staged change of it. */
function freshProject(name: string): string {
  const dir = path.join(work, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true }, null, 2));
  return dir;
}

/** What every install must do: --version, the demo's finding, a staged check in a repository of the user's. */
function checkInstalled(opsdiff: (args: string[], cwd: string) => string): void {
  expect(opsdiff(['--version'], work).trim()).toBe(VERSION);
  const demo = JSON.parse(opsdiff(['demo', '--format', 'json'], work)) as { findings: Array<{ ruleId: string; file: string; line: number }> };
  expect(demo.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual(['io-in-loop src/pricing.ts:31']);
  const repo = makeRepo();
  try {
    repo.write('src/a.ts', 'export const a = 1;\n');
    repo.commit('a');
    repo.write('src/a.ts', 'export const a = 2;\n');
    repo.git('add', '-A');
    expect(opsdiff(['--staged', '--no-color'], repo.root)).toMatch(/no risky changes in 1 file analyzed/);
  } finally {
    repo.cleanup();
  }
}

/** The packages an install put in node_modules: opsdiff and its two runtime dependencies, nothing else. */
function installedPackages(project: string): string[] {
  return readdirSync(path.join(project, 'node_modules'))
    .filter((n) => !n.startsWith('.'))
    .sort();
}

/** npm's warnings other than its own notices (an engine warning is what users saw on every install). */
function warnings(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /\bwarn\b/i.test(l) && !/install-scripts|deprecated config|--dev/.test(l));
}

describe('installing opsdiff', () => {
  it('is ready to publish: npm publish --dry-run is clean, with what a registry page needs', () => {
    const r = run('npm', ['publish', '--dry-run', '--ignore-scripts', '--json'], source, npmEnv({ npm_config_registry: 'https://registry.npmjs.org/' }));
    expect(warnings(r.stderr).filter((l) => !/requires you to be logged in/.test(l))).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(manifest)).toEqual(expect.arrayContaining(['name', 'version', 'description', 'license', 'repository', 'engines', 'bin', 'files']));
    expect(manifest['engines']).toEqual({ node: '>=20.19' });
    expect(Object.keys(manifest['dependencies'] as object).sort()).toEqual(['typescript', 'yaml']);
    expect(readFileSync(path.join(source, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  }, 60_000);

  it('from the tarball npm pack makes: the CLI, two runtime dependencies, no warning', () => {
    // --ignore-scripts: the committed tree alone must pack a working CLI (the bundle is committed).
    const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], source).stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = packed[0]!.files.map((f) => f.path);
    for (const needed of ['bin/opsdiff.js', 'dist/cli.js', 'dist/worker.js', 'dist/cli.LEGAL.txt', 'LICENSE', 'README.md', 'package.json', 'src/config/opsdiff.schema.json', '.pre-commit-hooks.yaml']) expect(files, needed).toContain(needed);
    expect(files.filter((f) => /^(dist\/(src|test|action)\/|test\/|scripts\/)/.test(f))).toEqual([]);

    const project = freshProject('from-tarball');
    const install = run('npm', ['install', '--save-dev', path.join(work, packed[0]!.filename)], project);
    expect(warnings(install.stderr)).toEqual([]);
    expect(installedPackages(project)).toEqual(['opsdiff', 'typescript', 'yaml']);
    checkInstalled((args, cwd) => run('npx', ['--no-install', '--prefix', project, 'opsdiff', ...args], cwd).stdout);
  }, 180_000);

  it('from a git URL, without a build step', () => {
    const project = freshProject('from-git');
    const install = run('npm', ['install', '--save-dev', `git+file://${source}#v${VERSION}`], project);
    expect(warnings(install.stderr)).toEqual([]);
    expect(installedPackages(project)).toEqual(['opsdiff', 'typescript', 'yaml']);
    checkInstalled((args, cwd) => run(path.join(project, 'node_modules', '.bin', 'opsdiff'), args, cwd).stdout);
  }, 300_000);

  it("through the pre-commit framework's install steps for a node hook (repo: + rev:)", () => {
    // pre_commit/languages/node.py, with the system's node: in a clone of the hook's repository at
    // rev, `npm install --dev --prod`, `npm pack` (which runs prepack), `npm install -g <tarball>`
    // into the hook's environment; the hook then runs .pre-commit-hooks.yaml's entry from its bin.
    const clone = path.join(work, 'pre-commit-repo');
    run('git', ['clone', '-q', '--branch', `v${VERSION}`, source, clone], work);
    const envdir = path.join(work, 'node_env-system');
    const env = npmEnv({ NODE_VIRTUAL_ENV: envdir, NPM_CONFIG_PREFIX: envdir, npm_config_prefix: envdir, NODE_PATH: path.join(envdir, 'lib', 'node_modules'), PATH: `${path.join(envdir, 'bin')}${path.delimiter}${process.env.PATH}` });
    run('npm', ['install', '--dev', '--prod', '--ignore-prepublish', '--no-progress', '--no-save'], clone, env);
    const tarball = run('npm', ['pack'], clone, env).stdout.trim().split('\n').pop()!;
    run('npm', ['install', '-g', path.join(clone, tarball)], clone, env);

    const hooks = readFileSync(path.join(clone, '.pre-commit-hooks.yaml'), 'utf8');
    expect(hooks).toMatch(/^ {2}entry: opsdiff --staged$/m);
    const bin = path.join(envdir, 'bin', 'opsdiff');
    checkInstalled((args, cwd) => run(bin, args, cwd, env).stdout);
  }, 600_000);
});
