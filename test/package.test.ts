/**
 * What `npm pack` ships is what a user installs (npm, npx): it must hold what the CLI needs at
 * run time, and run from that layout alone.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo } from './support/tempRepo.js';

const root = path.join(import.meta.dirname, '..');
const pkgDir = mkdtempSync(path.join(tmpdir(), 'opsdiff-package-'));
afterAll(() => rmSync(pkgDir, { recursive: true, force: true }));

// --ignore-scripts: list what the working tree would ship, without prepack rebuilding it.
const listing = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{ files: Array<{ path: string }> }>;
const files = listing[0]!.files.map((f) => f.path);

describe('the npm package', () => {
  it('ships the CLI bundle, its demo fixture, the configuration schema and the pages the README links to, and no test or Action build output', () => {
    for (const needed of ['bin/opsdiff.js', 'dist/cli.js', 'dist/worker.js', 'src/config/opsdiff.schema.json', 'fixtures/io-in-loop/flagship-helper-in-loop/before/src/pricing.ts', '.pre-commit-hooks.yaml', 'package.json', 'README.md', 'LICENSE', 'docs/rules.md', 'docs/cli.md']) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((f) => /^(dist\/(src|test|action)\/|test\/)/.test(f))).toEqual([]);
  });

  it('holds every file the README links to (npm shows the README; its links must work there too)', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8').replace(/^```[\s\S]*?^```$/gm, '');
    const targets = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/i.test(t));
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) expect(files, `README links to ${target}`).toContain(target);
  });

  it('runs from the packed files alone: the demo and a staged check', () => {
    for (const file of files) {
      mkdirSync(path.dirname(path.join(pkgDir, file)), { recursive: true });
      cpSync(path.join(root, file), path.join(pkgDir, file));
    }
    // The dependencies npm would install beside it.
    symlinkSync(path.join(root, 'node_modules'), path.join(pkgDir, 'node_modules'));
    const cli = path.join(pkgDir, 'bin', 'opsdiff.js');
    const demo = JSON.parse(execFileSync(process.execPath, [cli, 'demo', '--format', 'json'], { encoding: 'utf8' })) as { findings: Array<{ ruleId: string }> };
    expect(demo.findings.map((f) => f.ruleId)).toEqual(['io-in-loop']);

    const repo = makeRepo();
    try {
      repo.write('src/a.ts', 'export const a = 1;\n');
      repo.commit('a');
      repo.write('src/a.ts', 'export const a = 2;\n');
      repo.git('add', '-A');
      expect(execFileSync(process.execPath, [cli, '--staged', '--cwd', repo.root, '--no-color'], { encoding: 'utf8' })).toMatch(/no risky changes in 1 file analyzed/);
    } finally {
      repo.cleanup();
    }
  });
});

// The CLI bundle is committed (an install from git runs it without a build): a change to src/
// that is not rebundled (npm run build) and committed would ship old code to those users. `npm
// test` rebuilds dist/ first, so the fresh build is compared with git's copy (the index: what the
// next commit holds), not with the work tree.
describe('the committed CLI bundle', () => {
  const BUNDLE = ['cli.LEGAL.txt', 'cli.js', 'cli.js.map', 'worker.js', 'worker.js.map'];

  it('is what the sources build today', () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'opsdiff-cli-bundle-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle-cli.mjs'), fresh], { cwd: root });
      expect(readdirSync(fresh).sort()).toEqual(BUNDLE);
      for (const file of BUNDLE) {
        const committed = execFileSync('git', ['cat-file', 'blob', `:dist/${file}`], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
        const same = readFileSync(path.join(fresh, file)).equals(committed);
        expect(same, `dist/${file} is stale in git: run npm run build and commit dist/${file}`).toBe(true);
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }, 60_000);

  it('is tracked by git, and its license notices name every package inside', () => {
    const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...BUNDLE.map((f) => `dist/${f}`)], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    expect(tracked).toEqual(BUNDLE.map((f) => `dist/${f}`));
    const legal = readFileSync(path.join(root, 'dist', 'cli.LEGAL.txt'), 'utf8');
    for (const pkg of ['minimatch@', 'brace-expansion@', 'balanced-match@']) expect(legal).toContain(pkg);
  });
});

