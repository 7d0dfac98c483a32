/**
 * Compacted facts (src/parse/compact.ts) are the same facts, held in less memory: the arrays
 * exact, one empty list shared, the strings the run's own (not slices of a file's text), and
 * nothing may be added to them after the fact pass. (Which string object holds a text cannot be
 * seen from JavaScript: the memory it saves is measured by `npm run bench`, see docs/performance.md.)
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../src/catalog/index.js';
import { FactCompactor } from '../../src/parse/compact.js';
import { FactExtractor, extractOne } from '../../src/parse/extract.js';

const SOURCE = `import { redis } from './redis';
import { prisma } from './prisma';

export class PriceService {
  constructor(private readonly repository: PriceRepository) {}

  async pricesForCustomer(customerId: string, skus: string[]) {
    const out: number[] = [];
    for (const sku of skus) out.push(Number(await redis.get('price:' + customerId + ':' + sku)));
    return out;
  }

  async customerRecord(customerId: string) {
    return prisma.customerAccount.findUnique({ where: { id: customerId } });
  }
}
`;

function facts(text = SOURCE) {
  const r = extractOne('src/prices.ts', text, DEFAULT_CATALOG.namePatterns);
  if (!r.ok) throw new Error(r.reason);
  return r.facts;
}

/** Every string and array in a value, depth first. */
function* parts(v: unknown): Generator<unknown> {
  yield v;
  if (v && typeof v === 'object') for (const x of Object.values(v)) yield* parts(x);
}

describe('FactCompactor', () => {
  it('keeps the facts as they were, value for value, for files that share names', () => {
    const compactor = new FactCompactor();
    for (const text of [SOURCE, SOURCE.replace('PriceService', 'OtherPriceService')]) {
      const built = facts(text);
      const copy = structuredClone(built);
      expect(compactor.compact(built)).toEqual(copy);
    }
  });

  it('shares one frozen empty list: nothing can be added to a fact after the fact pass', () => {
    const compacted = new FactCompactor().compact(facts());
    const empties = [...parts(compacted)].filter((p) => Array.isArray(p) && p.length === 0);
    expect(empties.length).toBeGreaterThan(3);
    expect(new Set(empties).size).toBe(1);
    expect(Object.isFrozen(empties[0])).toBe(true);
    expect(() => (empties[0] as unknown[]).push(1)).toThrow(TypeError);
  });

  it('is what the extractor in this thread hands out', () => {
    const extractor = new FactExtractor(false);
    const r = extractor.extract({ path: 'src/prices.ts', text: SOURCE });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.facts).toEqual(facts());
    expect([...parts(r.facts)].filter((p) => Array.isArray(p) && p.length === 0).every((p) => Object.isFrozen(p))).toBe(true);
  });
});

describe('encodeFacts / decodeFacts (the worker and the facts cache)', () => {
  it('keeps what JSON would lose: non-finite numbers, and an absent field stays absent', async () => {
    const { decodeFacts, encodeFacts } = await import('../../src/parse/extract.js');
    const value = { timeout: Infinity, floor: -Infinity, ratio: NaN, n: 5, none: undefined, list: [1, Infinity], nested: { t: 'x' } };
    const back = decodeFacts<Record<string, unknown>>(encodeFacts(value));
    expect(back).toEqual({ timeout: Infinity, floor: -Infinity, ratio: NaN, n: 5, list: [1, Infinity], nested: { t: 'x' } });
    expect('none' in back).toBe(false);
    // Without a non-finite number, nothing is revived: a user's key of that name is text like any other.
    expect(decodeFacts(encodeFacts({ entries: [{ key: '$nonFinite', val: 'Infinity' }] }))).toEqual({ entries: [{ key: '$nonFinite', val: 'Infinity' }] });
    expect(decodeFacts(encodeFacts(facts()))).toEqual(facts());
  });

  it('throws on what is not plain data (an engine bug costs its file, not silently a field)', async () => {
    const { encodeFacts } = await import('../../src/parse/extract.js');
    expect(() => encodeFacts({ f: () => 1 })).toThrow(/function at "f"/);
    expect(() => encodeFacts({ m: new Map() })).toThrow(/Map at "m"/);
    expect(() => encodeFacts({ s: Symbol('x') })).toThrow(/symbol/);
  });
});
