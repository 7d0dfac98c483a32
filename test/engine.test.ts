/** analyze() end to end on real repositories: attribution across commits, renames. */
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../src/engine.js';
import { makeRepo, type TempRepo } from './support/tempRepo.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.cleanup());

const CLIENT = `import Redis from 'ioredis';\nexport const redis = new Redis();\n`;

describe('analyze', () => {
  it('names the commit that put the call in a loop, among several, and its origin', async () => {
    repo = makeRepo();
    repo.write('src/redis.ts', CLIENT);
    repo.write('src/rates.ts', `import { redis } from './redis';

export async function total(ids: string[]) {
  const rate = Number(await redis.get('rate'));
  return ids.length * rate;
}
`);
    const base = repo.commit('base');
    repo.write('src/rates.ts', `import { redis } from './redis';

// Totals are computed per tenant.
export async function total(ids: string[]) {
  const rate = Number(await redis.get('rate'));
  return ids.length * rate;
}
`);
    repo.commit('docs: explain totals');
    repo.write('src/rates.ts', `import { redis } from './redis';

// Totals are computed per tenant.
export async function total(ids: string[]) {
  let sum = 0;
  for (const id of ids) sum += Number(await redis.get('rate:' + id));
  return sum;
}
`);
    const aiCommit = repo.commit('rates: per-id rates\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>');
    const report = await analyze({ cwd: repo.root, base, head: 'HEAD', workers: false });
    expect(report.commits.map((c) => c.origin)).toEqual(['human', 'ai-assisted']);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ location: { file: 'src/rates.ts', line: 6 }, commits: [aiCommit], origin: 'ai-assisted' });
  });

  it('names the commit that removed the code of a removed-code finding (base side), among several', async () => {
    repo = makeRepo();
    const service = (breaker: boolean) => `${breaker ? "import CircuitBreaker from 'opossum';\n" : ''}async function fetchQuote(symbol: string) {
  const res = await fetch(\`https://quotes.internal/v1/\${symbol}\`);
  return res.json();
}
${breaker ? 'const quotes = new CircuitBreaker(fetchQuote, { timeout: 3000, errorThresholdPercentage: 50, resetTimeout: 30_000 });\nquotes.fallback(() => null);\n' : ''}export async function quote(symbol: string) {
  return ${breaker ? 'quotes.fire' : 'fetchQuote'}(symbol);
}
`;
    repo.write('src/quotes.ts', service(true));
    const base = repo.commit('base');
    repo.write('README.md', 'quotes\n');
    repo.commit('docs: quotes');
    repo.write('src/quotes.ts', service(false));
    const aiCommit = repo.commit('quotes: call the service directly\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>');
    const report = await analyze({ cwd: repo.root, base, head: 'HEAD', workers: false });
    expect(report.findings.map((f) => [f.ruleId, f.side, f.location.line])).toEqual([['retry-changed', 'base', 6]]);
    expect(report.findings[0]).toMatchObject({ commits: [aiCommit], origin: 'ai-assisted' });
  });

  it('follows a renamed file and reports on its new path', async () => {
    repo = makeRepo();
    repo.write('src/redis.ts', CLIENT);
    const body = (inLoop: boolean) => `import { redis } from './redis';

export async function prices(skus: string[]) {
${inLoop ? '  const out = [];\n  for (const sku of skus) out.push(await redis.get(sku));\n  return out;' : '  const all = await redis.get(\'prices\');\n  return skus.map((s) => all + s);'}
}

export function describePrices(): string {
  return 'prices are cached in redis for five minutes and refreshed by the nightly job';
}
`;
    repo.write('src/prices.ts', body(false));
    const base = repo.commit('base');
    repo.remove('src/prices.ts');
    repo.write('src/catalog/prices.ts', body(true).replace("'./redis'", "'../redis'"));
    repo.commit('move prices');
    const report = await analyze({ cwd: repo.root, base, head: 'HEAD', workers: false });
    expect(report.files.analyzed).toEqual(['src/catalog/prices.ts']);
    expect(report.findings.map((f) => [f.location.file, f.location.line, f.before?.multiplicity, f.after?.multiplicity])).toEqual([['src/catalog/prices.ts', 5, '1', 'N']]);
  });
});
