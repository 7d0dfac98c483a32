/**
 * Loading on demand, through the CLI as a user runs it (`OPSDIFF_TIMING=1` reports what each round
 * loaded): a file is parsed when the analysis follows a call, a type or a constant into it, not
 * because a changed file imports it. A real git repository per case.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TempRepo } from './support/tempRepo.js';

const BIN = path.resolve(import.meta.dirname, '../bin/opsdiff.js');

/** The Redis client module the cases share. */
const CLIENT = `import Redis from 'ioredis';\nexport const redis = new Redis();\n`;

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

interface Run {
  status: number | null;
  report: { findings: Array<{ ruleId: string; file: string; line: number; column?: number }> };
  /** Files loaded on the head side when the analysis settled (the last `... head loaded` figure). */
  headLoaded: number;
  rounds: number;
}

/** `opsdiff <args>` in `cwd`, as a user runs it (no colour, not in an Action). */
function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', ...env } });
}

function run(cwd: string, base: string): Run {
  const r = cli(cwd, ['--base', base, '--format', 'json'], { OPSDIFF_TIMING: '1' });
  const loaded = [...r.stderr.matchAll(/(\d+) head (?:files )?loaded/g)].map((m) => Number(m[1]));
  const first = /load \d+ ms \(\d+ base \+ (\d+) head files\)/.exec(r.stderr);
  return { status: r.status, report: JSON.parse(r.stdout), headLoaded: loaded.length ? loaded[loaded.length - 1]! : Number(first?.[1] ?? NaN), rounds: [...r.stderr.matchAll(/opsdiff timing: follow \d+/g)].length };
}

/** Twenty modules a service imports and the change never calls: each does I/O in a loop of its own. */
function writeUnrelated(r: TempRepo): string {
  const imports: string[] = [];
  for (let i = 0; i < 20; i++) {
    r.write(`src/unrelated/m${i}.ts`, `import { redis } from '../redis';\n\nexport async function sweep${i}(keys: string[]) {\n  for (const k of keys) await redis.del(k);\n}\n`);
    imports.push(`import { sweep${i} } from './unrelated/m${i}';`);
  }
  return imports.join('\n');
}

describe('loading on demand', () => {
  it('parses the files on the way of a touched call (helper, barrel, client), not the twenty modules the file also imports', () => {
    repo = makeRepo();
    repo.write('src/redis.ts', CLIENT);
    // A barrel: its other modules are read to see whether they can give the name, and not parsed.
    repo.write('src/lib/index.ts', `export * from './format';\nexport * from './discounts';\nexport * from './dates';\n`);
    repo.write('src/lib/format.ts', `export function money(n: number) {\n  return n.toFixed(2);\n}\n`);
    repo.write('src/lib/dates.ts', `export function today() {\n  return new Date().toISOString().slice(0, 10);\n}\n`);
    repo.write('src/lib/discounts.ts', `import { redis } from '../redis';\n\nexport async function discountFor(sku: string) {\n  return Number((await redis.get('discount:' + sku)) ?? 0);\n}\n`);
    const unrelated = writeUnrelated(repo);
    const checkout = (perItem: boolean) => `${unrelated}
import { discountFor } from './lib';

export async function cleanup(keys: string[]) {
  await Promise.all([sweep0(keys), sweep1(keys), sweep2(keys), sweep3(keys), sweep4(keys), sweep5(keys), sweep6(keys), sweep7(keys), sweep8(keys), sweep9(keys)]);
  await Promise.all([sweep10(keys), sweep11(keys), sweep12(keys), sweep13(keys), sweep14(keys), sweep15(keys), sweep16(keys), sweep17(keys), sweep18(keys), sweep19(keys)]);
}

export async function total(items: { sku: string; price: number }[]) {
${
  perItem
    ? `  let sum = 0;
  for (const item of items) {
    sum += item.price * (1 - (await discountFor(item.sku)));
  }
  return sum;`
    : `  const discount = await discountFor('*');
  return items.reduce((s, item) => s + item.price, 0) * (1 - discount);`
}
}
`;
    repo.write('src/checkout.ts', checkout(false));
    const base = repo.commit('base');
    repo.write('src/checkout.ts', checkout(true));
    repo.commit('discount per item');
    const result = run(repo.root, base);
    expect(result.status).toBe(1);
    const fanOut = result.report.findings.filter((f) => f.ruleId === 'io-in-loop');
    expect(fanOut.map((f) => ({ file: f.file, line: f.line, column: f.column }))).toEqual([{ file: 'src/checkout.ts', line: 31, column: 37 }]);
    // checkout.ts, the barrel, discounts.ts, redis.ts: not the 20 unrelated modules, nor format.ts and dates.ts.
    expect(result.headLoaded).toBe(4);
    expect(result.rounds).toBeGreaterThan(0);
  });

  it('answers an untouched function of a changed file from what is loaded: the modules only it calls stay unparsed, and it stays quiet', () => {
    repo = makeRepo();
    repo.write('src/redis.ts', CLIENT);
    const unrelated = writeUnrelated(repo);
    const service = (comment: string) => `${unrelated}

export async function cleanup(keys: string[]) {
  for (const k of keys) {
    await sweep0([k]);
    await sweep1([k]);
  }
}

export function label(name: string) {
  ${comment}
  return name.trim();
}
`;
    repo.write('src/service.ts', service('// a label'));
    const base = repo.commit('base');
    repo.write('src/service.ts', service('// a label, trimmed'));
    repo.commit('comment');
    const result = run(repo.root, base);
    expect(result.status).toBe(0);
    expect(result.report.findings).toEqual([]);
    // Only the changed file: `cleanup` was not touched, so what it calls is not loaded for it.
    expect(result.headLoaded).toBe(1);
  });

  it('loads what a touched function calls in a module only it imports, and what that module calls in turn, round by round', () => {
    repo = makeRepo();
    repo.write('src/redis.ts', CLIENT);
    repo.write('src/a.ts', `import { b } from './b';\nexport async function a(id: string) {\n  return b(id);\n}\n`);
    repo.write('src/b.ts', `import { c } from './c';\nexport async function b(id: string) {\n  return c(id);\n}\n`);
    repo.write('src/c.ts', `import { redis } from './redis';\nexport async function c(id: string) {\n  return redis.get(id);\n}\n`);
    const job = (loop: boolean) => `import { a } from './a';

export async function run(ids: string[]) {
${loop ? '  for (const id of ids) await a(id);' : "  await a(ids.join(','));"}
}
`;
    repo.write('src/job.ts', job(false));
    const base = repo.commit('base');
    repo.write('src/job.ts', job(true));
    repo.commit('per id');
    const result = run(repo.root, base);
    expect(result.report.findings.filter((f) => f.ruleId === 'io-in-loop').map((f) => ({ file: f.file, line: f.line, column: f.column }))).toEqual([{ file: 'src/job.ts', line: 4, column: 31 }]);
    expect(result.headLoaded).toBe(5);
    expect(result.rounds).toBe(4);
  });

  it('finds the implementers of an interface whose implements clause goes through a barrel, for every touched function that calls through it', () => {
    repo = makeRepo();
    repo.write('src/store/store.ts', `export interface SessionStore {\n  get(key: string): Promise<string | null>;\n}\n`);
    repo.write('src/store/index.ts', `export * from './store';\n`);
    // The implementer names the interface through a barrel nothing else reads: the index of
    // implementers is first built without it, and every function that used that index asks again.
    repo.write('src/contracts/index.ts', `export * from '../store/store';\n`);
    repo.write('src/store/redis-store.ts', `import Redis from 'ioredis';\nimport { SessionStore } from '../contracts';\n\nexport class RedisSessionStore implements SessionStore {\n  private client = new Redis();\n  async get(key: string) {\n    return this.client.get(key);\n  }\n}\n`);
    const service = (loop: boolean) => `import { SessionStore } from './store';

export class Sessions {
  constructor(private store: SessionStore) {}

  async tokens(ids: string[]) {
${loop ? '    const out = [];\n    for (const id of ids) out.push(await this.store.get(id));\n    return out;' : "    return [await this.store.get(ids.join(','))];"}
  }

  async owners(ids: string[]) {
${loop ? '    const out = [];\n    for (const id of ids) out.push(await this.store.get(\'owner:\' + id));\n    return out;' : "    return [await this.store.get('owners:' + ids.join(','))];"}
  }
}
`;
    repo.write('src/sessions.ts', service(false));
    const base = repo.commit('base');
    repo.write('src/sessions.ts', service(true));
    repo.commit('per id');
    const result = run(repo.root, base);
    expect(result.report.findings.filter((f) => f.ruleId === 'io-in-loop').map((f) => ({ file: f.file, line: f.line, column: f.column }))).toEqual([
      { file: 'src/sessions.ts', line: 8, column: 42 },
      { file: 'src/sessions.ts', line: 14, column: 42 },
    ]);
  });

  it('stops following after its rounds with a note, and still reports what it reached', () => {
    repo = makeRepo();
    repo.write('src/redis.ts', CLIENT);
    // A chain of 20 modules, each calling the next; the last reads Redis.
    for (let i = 0; i < 20; i++) {
      const next = i === 19 ? `import { redis } from './redis';\nexport async function s${i}(id: string) {\n  return redis.get(id);\n}\n` : `import { s${i + 1} } from './s${i + 1}';\nexport async function s${i}(id: string) {\n  return s${i + 1}(id);\n}\n`;
      repo.write(`src/s${i}.ts`, next);
    }
    repo.write('src/near.ts', `import { redis } from './redis';\nexport async function near(id: string) {\n  return redis.get(id);\n}\n`);
    const job = (loop: boolean) => `import { s0 } from './s0';
import { near } from './near';

export async function run(ids: string[]) {
${loop ? '  for (const id of ids) {\n    await s0(id);\n    await near(id);\n  }' : "  await s0(ids.join(','));\n  await near(ids.join(','));"}
}
`;
    repo.write('src/job.ts', job(false));
    const base = repo.commit('base');
    repo.write('src/job.ts', job(true));
    repo.commit('per id');
    const result = run(repo.root, base);
    expect(result.report.findings.filter((f) => f.ruleId === 'io-in-loop').map((f) => ({ file: f.file, line: f.line }))).toEqual([{ file: 'src/job.ts', line: 7 }]);
    // The text report carries the note (the JSON report keeps the contract's keys).
    const text = cli(repo.root, ['--base', base, '--format', 'text']).stdout;
    expect(text).toContain('note: files more than 16 steps of calls, types and imports away from the change were not loaded: what they do is unknown here');
    expect(result.rounds).toBe(16);
  });

  it('reads a constant through a barrel of twenty modules and parses only the one that exports it', () => {
    repo = makeRepo();
    const modules: string[] = [];
    for (let i = 0; i < 20; i++) {
      repo.write(`src/config/part${i}.ts`, `export const SETTING_${i} = ${i};\n`);
      modules.push(`export * from './part${i}';`);
    }
    repo.write('src/config/timeouts.ts', `export const HTTP_TIMEOUT_MS = 5_000;\n`);
    repo.write('src/config/index.ts', `${modules.join('\n')}\nexport * from './timeouts';\n`);
    const client = (timeout: string) => `import axios from 'axios';
import { HTTP_TIMEOUT_MS } from './config';

export async function quote(symbol: string) {
  const res = await axios.get('https://quotes.internal/' + symbol, { timeout: ${timeout} });
  return res.data;
}
`;
    repo.write('src/quotes.ts', client('HTTP_TIMEOUT_MS'));
    const base = repo.commit('base');
    repo.write('src/quotes.ts', client('HTTP_TIMEOUT_MS * 12'));
    repo.commit('longer');
    const result = run(repo.root, base);
    expect(result.report.findings.map((f) => ({ rule: f.ruleId, file: f.file, line: f.line }))).toEqual([{ rule: 'timeout-changed', file: 'src/quotes.ts', line: 5 }]);
    // quotes.ts, the barrel and timeouts.ts: the twenty other parts are read, not parsed.
    expect(result.headLoaded).toBe(3);
  });

  it('with --staged (a pre-commit hook), finds the implementers of an interface in the index', () => {
    repo = makeRepo();
    repo.write('src/store.ts', `export interface PriceStore {\n  price(sku: string): Promise<number>;\n}\n`);
    repo.write('src/redis-store.ts', `import Redis from 'ioredis';\nimport { PriceStore } from './store';\n\nexport class RedisPriceStore implements PriceStore {\n  private client = new Redis();\n  async price(sku: string) {\n    return Number(await this.client.get('price:' + sku));\n  }\n}\n`);
    const cart = (loop: boolean) => `import { PriceStore } from './store';

export class Cart {
  constructor(private prices: PriceStore) {}

  async total(skus: string[]) {
${loop ? '    let sum = 0;\n    for (const sku of skus) sum += await this.prices.price(sku);\n    return sum;' : "    return (await this.prices.price(skus.join(','))) * skus.length;"}
  }
}
`;
    repo.write('src/cart.ts', cart(false));
    repo.commit('base');
    repo.write('src/cart.ts', cart(true));
    repo.git('add', 'src/cart.ts');
    const r = cli(repo.root, ['--staged', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as Run['report'];
    expect(report.findings.map((f) => ({ rule: f.ruleId, file: f.file, line: f.line, column: f.column }))).toEqual([{ rule: 'io-in-loop', file: 'src/cart.ts', line: 8, column: 42 }]);
  });

  it('follows a call chain of 3,000 functions only 200 calls deep, with a note, instead of overflowing the stack', () => {
    repo = makeRepo();
    const chain = ["import Redis from 'ioredis';", 'const redis = new Redis();'];
    for (let i = 0; i < 3000; i++) chain.push(`export async function f${i}(id: string) {\n  return ${i === 2999 ? 'redis.get(id)' : `f${i + 1}(id)`};\n}`);
    repo.write('src/chain.ts', chain.join('\n') + '\n');
    repo.write('src/redis.ts', CLIENT);
    const job = (loop: boolean) => `import { f0 } from './chain';
import { redis } from './redis';

export async function run(ids: string[]) {
${loop ? '  for (const id of ids) {\n    await f0(id);\n    await redis.get(id);\n  }' : "  await f0(ids.join(','));\n  await redis.get(ids.join(','));"}
}
`;
    repo.write('src/job.ts', job(false));
    const base = repo.commit('base');
    repo.write('src/job.ts', job(true));
    repo.commit('per id');
    const r = cli(repo.root, ['--base', base, '--format', 'text']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    // The Redis call within reach is reported; the one 3,000 calls away is beyond the cut, and the report says so.
    expect(r.stdout).toContain('src/job.ts:7:11  high  io-in-loop');
    expect(r.stdout).toContain('note: call chains deeper than 200 calls were followed that far: I/O beyond them is not seen');
  });

  // The search for callers prints the lines that name a changed module for a few of them, and only the files (whose texts are then read) for many.
  for (const changed of [2, 30]) {
    it(`finds untouched callers of ${changed} changed helpers by their import specifiers (over several lines, through a directory's index), and not a same-named module's caller`, () => {
      repo = makeRepo();
      repo.write('src/redis.ts', CLIENT);
      const helper = (i: number, perCall: boolean) => `import { redis } from '../redis';\n\nexport async function price${i}(sku: string) {\n  return ${perCall ? `Number(await redis.get('price:' + sku))` : '1'};\n}\n`;
      for (let i = 0; i < changed; i++) repo.write(`src/helpers/h${i}.ts`, helper(i, false));
      repo.write('src/rates/index.ts', `export async function rate(code: string) {\n  return code.length;\n}\n`);
      // Callers the change does not touch: over several lines, and through the directory's index.
      repo.write('src/cart.ts', `import {\n  price0,\n} from './helpers/h0.js';\n\nexport async function cart(skus: string[]) {\n  let sum = 0;\n  for (const sku of skus) sum += await price0(sku);\n  return sum;\n}\n`);
      repo.write('src/fx.ts', `import { rate } from './rates/index';\n\nexport async function fx(codes: string[]) {\n  for (const code of codes) await rate(code);\n}\n`);
      // Another module named h1, with no I/O: its caller stays silent.
      repo.write('src/legacy/h1.ts', `export async function price1(sku: string) {\n  return sku.length;\n}\n`);
      repo.write('src/legacy.ts', `import { price1 } from './legacy/h1';\n\nexport async function legacy(skus: string[]) {\n  for (const sku of skus) await price1(sku);\n}\n`);
      const base = repo.commit('base');
      for (let i = 0; i < changed; i++) repo.write(`src/helpers/h${i}.ts`, helper(i, true));
      repo.write('src/rates/index.ts', `import { redis } from '../redis';\n\nexport async function rate(code: string) {\n  return Number(await redis.get('rate:' + code));\n}\n`);
      repo.commit('prices and rates from redis');
      const result = run(repo.root, base);
      const fanOut = result.report.findings.filter((f) => f.ruleId === 'io-in-loop').map((f) => `${f.file}:${f.line}:${f.column}`);
      expect(fanOut).toEqual(['src/helpers/h0.ts:4:23', 'src/rates/index.ts:4:23']);
    });
  }
});
