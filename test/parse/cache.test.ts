/**
 * The facts cache (src/parse/cache.ts), through the CLI as a user runs it: a second run reads the
 * facts of the files the first one parsed and reports exactly the same; what would make a kept
 * entry wrong (other client names, a damaged file) never reaches a report; the directory stays
 * bounded; a cache that cannot be written costs nothing but the cache. Real git repositories.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TempRepo } from '../support/tempRepo.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/opsdiff.js');

let repo: TempRepo | undefined;
let cacheRoot: string | undefined;
afterEach(() => {
  repo?.cleanup();
  if (cacheRoot) rmSync(cacheRoot, { recursive: true, force: true });
  repo = cacheRoot = undefined;
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  findings: Array<{ ruleId: string; file: string; line: number; column: number; message: string }>;
  read: number;
  written: number;
}

function run(cwd: string, args: string[], env: NodeJS.ProcessEnv): Run {
  const r = spawnSync(process.execPath, [BIN, ...args, '--format', 'json'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', OPSDIFF_TIMING: '1', ...env } });
  const stats = /facts cache: (\d+) read, (\d+) written/.exec(r.stderr);
  const report = r.stdout ? (JSON.parse(r.stdout) as { findings: Run['findings'] }) : { findings: [] };
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, findings: report.findings.map(({ ruleId, file, line, column, message }) => ({ ruleId, file, line, column, message })), read: Number(stats?.[1] ?? NaN), written: Number(stats?.[2] ?? NaN) };
}

/** Every entry file under the cache root. */
function entries(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.facts'));
}

/** A checkout whose discount lookup moved into the loop over items, through a helper in another file. */
function flagship(r: TempRepo): string {
  r.write('src/redis.ts', `import Redis from 'ioredis';\nexport const redis = new Redis();\n`);
  r.write('src/discounts.ts', `import { redis } from './redis';\n\nexport async function discountFor(sku: string) {\n  return Number((await redis.get('discount:' + sku)) ?? 0);\n}\n`);
  r.write('src/checkout.ts', `import { discountFor } from './discounts';\n\nexport async function total(items: Array<{ sku: string; price: number }>) {\n  const d = await discountFor('all');\n  return items.reduce((s, i) => s + i.price * (1 - d), 0);\n}\n`);
  const base = r.commit('base');
  r.write('src/checkout.ts', `import { discountFor } from './discounts';\n\nexport async function total(items: Array<{ sku: string; price: number }>) {\n  let sum = 0;\n  for (const i of items) sum += i.price * (1 - (await discountFor(i.sku)));\n  return sum;\n}\n`);
  r.commit('head');
  return base;
}

describe('facts cache', () => {
  it('reads on the second run what the first parsed, and reports exactly the same finding', () => {
    repo = makeRepo();
    cacheRoot = mkdtempSync(path.join(tmpdir(), 'opsdiff-cache-'));
    const base = flagship(repo);
    const env = { OPSDIFF_CACHE: cacheRoot };

    const first = run(repo.root, ['--base', base], env);
    expect(first.status).toBe(1);
    expect(first.findings).toEqual([expect.objectContaining({ ruleId: 'io-in-loop', file: 'src/checkout.ts', line: 5, column: 55 })]);
    // checkout.ts on both sides, then discounts.ts and redis.ts (each the same blob on both sides).
    expect(first).toMatchObject({ read: 0, written: 4 });
    expect(entries(cacheRoot)).toHaveLength(4);

    const second = run(repo.root, ['--base', base], env);
    expect(second).toMatchObject({ status: 1, read: 4, written: 0 });
    expect(second.stdout).toBe(first.stdout);

    // Uncached, the same report again.
    const uncached = run(repo.root, ['--base', base, '--no-cache'], {});
    expect(uncached.stdout).toBe(first.stdout);
    expect(uncached.stderr).not.toContain('facts cache');
  });

  it('serves a staged change from the blobs it has (the pre-commit hook, commit after commit)', () => {
    repo = makeRepo();
    cacheRoot = mkdtempSync(path.join(tmpdir(), 'opsdiff-cache-'));
    flagship(repo);
    const env = { OPSDIFF_CACHE: cacheRoot };
    // A staged edit of checkout.ts: its HEAD version and the two files it reaches were read before.
    run(repo.root, ['--base', 'HEAD~1'], env);
    repo.write('src/checkout.ts', `import { discountFor } from './discounts';\n\nexport async function total(items: Array<{ sku: string; price: number }>) {\n  const d = await discountFor('all');\n  return items.reduce((s, i) => s + i.price * (1 - d), 0);\n}\n`);
    repo.git('add', 'src/checkout.ts');
    const staged = run(repo.root, ['--staged'], env);
    expect(staged).toMatchObject({ status: 0, read: 4, written: 0 });
    expect(staged.findings).toEqual([]);
  });

  it('keeps facts read with other client names apart: a configured name is seen on a warm cache', () => {
    repo = makeRepo();
    cacheRoot = mkdtempSync(path.join(tmpdir(), 'opsdiff-cache-'));
    // `vault` is a free name: only a configured name makes it a client.
    repo.write('src/sync.ts', `export async function sync(keys: string[]) {\n  const all = await vault.read('all');\n  return keys.map((k) => all + k);\n}\n`);
    const base = repo.commit('base');
    repo.write('src/sync.ts', `export async function sync(keys: string[]) {\n  const out = [];\n  for (const k of keys) out.push(await vault.read(k));\n  return out;\n}\n`);
    repo.commit('head');
    const env = { OPSDIFF_CACHE: cacheRoot };

    const plain = run(repo.root, ['--base', base], env);
    expect(plain).toMatchObject({ status: 0, findings: [], written: 2 });
    writeFileSync(path.join(repo.root, 'opsdiff.config.json'), JSON.stringify({ names: [{ pattern: '^vault$', kind: 'network' }] }));
    const configured = run(repo.root, ['--base', base], env);
    expect(configured).toMatchObject({ read: 0, written: 2 });
    expect(configured.findings).toEqual([expect.objectContaining({ ruleId: 'io-in-loop', file: 'src/sync.ts', line: 3, column: 40 })]);
    expect(readdirSync(cacheRoot).filter((d) => d.startsWith('facts-'))).toHaveLength(2);
  });

  it('parses anew what it cannot read back (a damaged entry) and writes it over', () => {
    repo = makeRepo();
    cacheRoot = mkdtempSync(path.join(tmpdir(), 'opsdiff-cache-'));
    const base = flagship(repo);
    const env = { OPSDIFF_CACHE: cacheRoot };
    const first = run(repo.root, ['--base', base], env);
    for (const file of entries(cacheRoot)) writeFileSync(path.join(cacheRoot, file), 'not what was written');
    const damaged = run(repo.root, ['--base', base], env);
    expect(damaged).toMatchObject({ status: 1, read: 0, written: 4 });
    expect(damaged.stdout).toBe(first.stdout);
    expect(run(repo.root, ['--base', base], env)).toMatchObject({ read: 4, written: 0 });
  });

  it('costs only the cache when its directory cannot be made, and OPSDIFF_CACHE=0 makes none', () => {
    repo = makeRepo();
    cacheRoot = mkdtempSync(path.join(tmpdir(), 'opsdiff-cache-'));
    const base = flagship(repo);
    const blocker = path.join(cacheRoot, 'a-file');
    writeFileSync(blocker, '');
    const blocked = run(repo.root, ['--base', base], { OPSDIFF_CACHE: path.join(blocker, 'opsdiff') });
    expect(blocked.status).toBe(1);
    expect(blocked.findings).toHaveLength(1);
    expect(blocked.stderr).not.toMatch(/error|ENOTDIR/i);

    const home = path.join(cacheRoot, 'home');
    mkdirSync(home);
    const off = run(repo.root, ['--base', base], { OPSDIFF_CACHE: '0', OPSDIFF_COMPILE_CACHE: '0', HOME: home, XDG_CACHE_HOME: '' });
    expect(off.findings).toHaveLength(1);
    expect(readdirSync(home)).toEqual([]);
    // By default: $XDG_CACHE_HOME/opsdiff, else ~/.cache/opsdiff.
    run(repo.root, ['--base', base], { OPSDIFF_CACHE: '', HOME: home, XDG_CACHE_HOME: '' });
    expect(entries(path.join(home, '.cache', 'opsdiff'))).toHaveLength(4);
  });

  it('keeps the three most recently used builds and empties a build grown over its bound', () => {
    repo = makeRepo();
    cacheRoot = mkdtempSync(path.join(tmpdir(), 'opsdiff-cache-'));
    const base = flagship(repo);
    const old = ['facts-000000000000000000a1', 'facts-000000000000000000a2', 'facts-000000000000000000a3'];
    old.forEach((name, i) => {
      mkdirSync(path.join(cacheRoot!, name));
      const when = new Date(Date.now() - (i + 1) * 86_400_000);
      utimesSync(path.join(cacheRoot!, name), when, when);
    });
    run(repo.root, ['--base', base], { OPSDIFF_CACHE: cacheRoot });
    const builds = readdirSync(cacheRoot).filter((d) => d.startsWith('facts-'));
    expect(builds).toHaveLength(3);
    expect(builds).toEqual(expect.arrayContaining(old.slice(0, 2)));
    const current = builds.find((b) => !old.includes(b))!;
    expect(Number(readdirSync(path.join(cacheRoot, current)).includes('size'))).toBe(1);

    // Over 256 MB by its count: emptied and filled again by this run.
    writeFileSync(path.join(cacheRoot, current, 'size'), String(300 * 1024 * 1024));
    const refilled = run(repo.root, ['--base', base], { OPSDIFF_CACHE: cacheRoot });
    expect(refilled).toMatchObject({ read: 0, written: 4 });
    expect(statSync(path.join(cacheRoot, current, 'size')).size).toBeLessThan(10);
  });
});
