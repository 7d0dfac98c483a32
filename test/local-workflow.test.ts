/** Suppressions in code, baselines and configuration, through analyze() on real repositories. */
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../src/engine.js';
import { DEFAULT_THRESHOLDS, type ResolvedConfig } from '../src/config/types.js';
import { makeRepo, type TempRepo } from './support/tempRepo.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

const CLIENT = `import Redis from 'ioredis';\nexport const redis = new Redis();\n`;
const ONCE = `import { redis } from './redis';

export async function load(ids: string[]) {
  const prefix = await redis.get('prefix');
  return ids.map((id) => prefix + id);
}
`;

/** A repository whose change moves the redis read into a loop; `head` is the new load.ts. */
async function run(head: string, opts: { config?: Partial<ResolvedConfig>; baseline?: Set<string>; files?: Record<string, string> } = {}) {
  repo = makeRepo();
  repo.write('src/redis.ts', CLIENT);
  repo.write('src/load.ts', ONCE);
  const base = repo.commit('base');
  repo.write('src/load.ts', head);
  for (const [path, text] of Object.entries(opts.files ?? {})) repo.write(path, text);
  repo.commit('change');
  const config: ResolvedConfig | undefined = opts.config ? { include: [], exclude: [], rules: {}, failOn: 'high', clients: [], names: [], thresholds: DEFAULT_THRESHOLDS, origin: [], ...opts.config } : undefined;
  return analyze({ cwd: repo.root, base, head: 'HEAD', workers: false, ...(config ? { config } : {}), ...(opts.baseline ? { baseline: opts.baseline } : {}) });
}

const perItem = (directive = '') => `import { redis } from './redis';

export async function load(ids: string[]) {
  const out: string[] = [];
  for (const id of ids) {
${directive ? `    ${directive}\n` : ''}    out.push((await redis.get('prefix:' + id)) + id);
  }
  return out;
}
`;

describe('suppressions in code', () => {
  it('a next-line directive with a reason suppresses the finding on the line below, and says so', async () => {
    const report = await run(perItem('// opsdiff-ignore-next-line io-in-loop -- ids are capped at 3 by the API schema'));
    expect(report.findings).toEqual([]);
    expect(report.notes).toEqual(['1 finding suppressed in the code (opsdiff-ignore)']);
  });

  it('a category name works as well as a rule id', async () => {
    const report = await run(perItem('// opsdiff-ignore-next-line fan-out -- capped'));
    expect(report.findings).toEqual([]);
  });

  it('a directive without a reason is not honoured, and is reported', async () => {
    const report = await run(perItem('// opsdiff-ignore-next-line io-in-loop'));
    expect(report.findings).toHaveLength(1);
    expect(report.notes).toEqual(['src/load.ts:6: opsdiff-ignore-next-line has no reason (write `-- why` after the rule); it is not honoured']);
  });

  it('a directive for another rule does not suppress', async () => {
    const report = await run(perItem('// opsdiff-ignore-next-line timeout-changed -- not this one'));
    expect(report.findings).toHaveLength(1);
    expect(report.notes).toEqual(['src/load.ts:6: opsdiff-ignore-next-line timeout-changed suppresses nothing; remove it']);
  });

  it('a block directive covers every line up to its end', async () => {
    const head = `import { redis } from './redis';

// opsdiff-ignore-start io-in-loop -- nightly job, off the request path
export async function load(ids: string[]) {
  const out: string[] = [];
  for (const id of ids) out.push((await redis.get('prefix:' + id)) + id);
  return out;
}
// opsdiff-ignore-end
`;
    const report = await run(head);
    expect(report.findings).toEqual([]);
    expect(report.notes).toEqual(['1 finding suppressed in the code (opsdiff-ignore)']);
  });
});

describe('baseline', () => {
  it('accepted findings are not reported again, and the report says how many', async () => {
    const first = await run(perItem());
    expect(first.findings).toHaveLength(1);
    const accepted = new Set(first.findings.map((f) => f.fingerprint));
    repo!.cleanup();
    const second = await run(perItem(), { baseline: accepted });
    expect(second.findings).toEqual([]);
    expect(second.notes).toEqual(['1 finding accepted in the baseline']);
  });
});

describe('configuration', () => {
  it('a rule turned off does not run; a severity override applies', async () => {
    expect((await run(perItem(), { config: { rules: { 'io-in-loop': 'off' } } })).findings).toEqual([]);
    repo!.cleanup();
    const report = await run(perItem(), { config: { rules: { 'io-in-loop': 'low' } } });
    expect(report.findings.map((f) => f.severity)).toEqual(['low']);
  });

  it('an extra client module is I/O with the methods it lists', async () => {
    const head = `import ledger from '@acme/ledger';

export async function post(entries: string[]) {
  for (const e of entries) {
    await ledger.append(e);
    ledger.format(e);
  }
}
`;
    const report = await run(head, { config: { clients: [{ module: '@acme/ledger', kind: 'db', methods: ['append'] }] } });
    expect(report.findings.map((f) => [f.effect.callee, f.effect.kind, f.location.line])).toEqual([['ledger.append', 'db', 5]]);
  });

  it('an extra name pattern makes an unknown value a client (at lower confidence)', async () => {
    const head = `export async function post(vault: any, keys: string[]) {
  for (const k of keys) await vault.read(k);
}
`;
    expect((await run(head)).findings).toEqual([]);
    repo!.cleanup();
    const report = await run(head, { config: { names: [{ pattern: '^vault$', kind: 'network' }] } });
    expect(report.findings.map((f) => [f.effect.callee, f.effect.kind, f.severity])).toEqual([['vault.read', 'network', 'low']]); // new in a loop (medium), known only by name (one lower)
  });

  it('the small-loop threshold decides when a literal list stops being small', async () => {
    const head = `import { redis } from './redis';

export async function load() {
  for (const r of ['a', 'b', 'c', 'd', 'e']) await redis.get(r);
}
`;
    expect((await run(head)).findings.map((f) => f.severity)).toEqual(['low']);
    repo!.cleanup();
    expect((await run(head, { config: { thresholds: { ...DEFAULT_THRESHOLDS, smallLoop: 3 } } })).findings.map((f) => f.severity)).toEqual(['medium']);
    repo!.cleanup();
    // The same threshold as the rule's option; what `rules` sets wins over `thresholds`.
    expect((await run(head, { config: { ruleOptions: { 'io-in-loop': { smallLoop: 3 } } } })).findings.map((f) => f.severity)).toEqual(['medium']);
    repo!.cleanup();
    expect((await run(head, { config: { thresholds: { ...DEFAULT_THRESHOLDS, smallLoop: 3 }, ruleOptions: { 'io-in-loop': { smallLoop: 5 } } } })).findings.map((f) => f.severity)).toEqual(['low']);
  });

  it('extra origin patterns label commits', async () => {
    const report = await run(perItem(), { config: { origin: [{ signal: 'message', pattern: '^change$', label: 'house bot' }] } });
    expect(report.commits.map((c) => c.origin)).toEqual(['ai-assisted']);
  });
});
