/**
 * How many times a call runs per invocation (src/model/multiplicity.ts): one literal table, each
 * case the loops around a call, outermost first, and what must come of them: the short form
 * (`N*M`), the sentence the findings use, and the flags the rules read.
 */
import { describe, expect, it } from 'vitest';
import { compareMultiplicity, describeMultiplicity, formatMultiplicity, multiplicityOf, type LoopRef } from '../../src/model/multiplicity.js';
import type { LoopFact } from '../../src/model/facts/index.js';

type Loop = Partial<LoopFact> & Pick<LoopFact, 'over' | 'bound'>;

interface Case {
  name: string;
  loops: Loop[];
  formatted: string;
  described: string;
  /** Defaults: false, false, 0. */
  unboundedParallel?: boolean;
  uncertain?: boolean;
  repeats?: number;
}

const cases: Case[] = [
  { name: 'no loop: once per call', loops: [], formatted: '1', described: 'once per call' },
  { name: 'a loop over request data: once per item', loops: [{ over: 'cart.items', bound: 'unbounded' }], formatted: 'N', described: 'once per item of `cart.items`' },
  {
    name: 'two nested loops over request data: per item per item',
    loops: [{ over: 'orders', bound: 'unbounded' }, { over: 'order.lines', bound: 'unbounded' }],
    formatted: 'N*M',
    described: 'once per item of `orders` per item of `order.lines`',
  },
  { name: 'a literal list: as many times as it is long', loops: [{ over: "['eu', 'us', 'ap']", bound: 'literal', count: 3 }], formatted: '3', described: '3 times per call (a literal list)' },
  {
    name: 'a literal list around request data multiplies it',
    loops: [{ over: 'REGIONS', bound: 'literal', count: 3 }, { over: 'ids', bound: 'unbounded' }],
    formatted: '3*N',
    described: '3 times per item of `ids`',
  },
  {
    name: 'a counted loop that follows a cursor: up to its bound, one page each',
    loops: [{ over: 'i < MAX_PAGES', bound: 'literal', count: 10, pages: true }],
    formatted: '10',
    described: 'up to 10 times per call (one per page, `i < MAX_PAGES`)',
  },
  {
    name: 'a loop over a parameter that defaults to a list of constants: up to that list',
    loops: [{ over: 'kinds', bound: 'literal', count: 2, ofDefault: "['a', 'b']" }],
    formatted: '2',
    described: "up to 2 times per call (`kinds = ['a', 'b']`)",
  },
  { name: 'a pagination loop repeats but does not multiply', loops: [{ over: 'cursor', bound: 'paginated' }], formatted: '1', described: 'once per call', repeats: 1 },
  {
    name: 'a retry loop inside a loop per item leaves it per item',
    loops: [{ over: 'users', bound: 'unbounded' }, { over: 'attempt < 3', bound: 'retry' }],
    formatted: 'N',
    described: 'once per item of `users`',
    repeats: 1,
  },
  {
    name: 'a pool of workers does not multiply the loop over the items inside each worker',
    loops: [{ over: '{ length: concurrency }', bound: 'pool', parallel: true }, { over: 'queue', bound: 'unbounded' }],
    formatted: 'N',
    described: 'once per item of `queue`',
    repeats: 1,
  },
  { name: 'a loop over chunks: once per chunk, no degree', loops: [{ over: 'chunk(ids, 100)', bound: 'chunked' }], formatted: '1', described: 'once per chunk of `chunk(ids, 100)`' },
  {
    name: 'a loop over the items of each chunk visits each item once',
    loops: [{ over: 'chunks', bound: 'chunked' }, { over: 'batch', bound: 'unbounded' }],
    formatted: 'N',
    described: 'once per item of `batch`',
  },
  {
    name: 'a loop whose bound is unknown multiplies, and says it is uncertain',
    loops: [{ over: 'more', bound: 'unknown', kind: 'while', header: 'while (more)', line: 42 }],
    formatted: 'N',
    described: 'once per iteration of the `while` loop at line 42',
    uncertain: true,
  },
  { name: 'a parallel loop without a concurrency bound is all at once', loops: [{ over: 'ids', bound: 'unbounded', kind: 'map', parallel: true }], formatted: 'N', described: 'once per item of `ids`', unboundedParallel: true },
  {
    name: 'a parallel loop with a concurrency bound is not all at once',
    loops: [{ over: 'ids', bound: 'unbounded', kind: 'map', parallel: true, concurrency: '5' }],
    formatted: 'N',
    described: 'once per item of `ids`',
  },
  {
    name: 'a parallel loop over a literal list is not all at once over request data',
    loops: [{ over: 'SHARDS', bound: 'literal', count: 4, kind: 'map', parallel: true }],
    formatted: '4',
    described: '4 times per call (a literal list)',
  },
  {
    name: 'a long call iterated is named by its callee',
    loops: [{ over: 'this.getAssetProfilesToCreate({ activities: extended, assetProfiles })', bound: 'unbounded' }],
    formatted: 'N',
    described: 'once per item of `this.getAssetProfilesToCreate(...)`',
  },
  {
    name: 'a short expression is named as written',
    loops: [{ over: 'Object.entries(byUser)', bound: 'unbounded' }],
    formatted: 'N',
    described: 'once per item of `Object.entries(byUser)`',
  },
  {
    name: 'a literal list of one element is no loop: once per call',
    loops: [{ over: '[a]', bound: 'literal', count: 1 }],
    formatted: '1',
    described: 'once per call',
  },
  {
    name: 'a one-element list inside a loop over items: once per item',
    loops: [{ over: 'ids', bound: 'unbounded' }, { over: 'ids', bound: 'literal', count: 1 }],
    formatted: 'N',
    described: 'once per item of `ids`',
  },
];

const todo: Array<{ name: string; reason: string }> = [];

function ref(l: Loop): LoopRef {
  return { file: 'src/a.ts', fnId: 'f', kind: 'for-of', parallel: false, line: 1, column: 1, header: l.over, ...l };
}

describe('multiplicityOf', () => {
  const names = new Set<string>();
  for (const c of cases) {
    it(c.name, () => {
      expect(names.has(c.name), 'duplicate case name').toBe(false);
      names.add(c.name);
      const m = multiplicityOf(c.loops.map(ref));
      expect(formatMultiplicity(m)).toBe(c.formatted);
      expect(describeMultiplicity(m)).toBe(c.described);
      expect({ unboundedParallel: m.unboundedParallel, uncertain: m.uncertain, repeats: m.repeats.length }).toEqual({
        unboundedParallel: c.unboundedParallel ?? false,
        uncertain: c.uncertain ?? false,
        repeats: c.repeats ?? 0,
      });
    });
  }
  for (const t of todo) it.todo(`${t.name} (${t.reason})`);
});

describe('compareMultiplicity', () => {
  it.each([
    ['N', [{ over: 'ids', bound: 'unbounded' }], '3', [{ over: 'REGIONS', bound: 'literal', count: 3 }]],
    ['N*M', [{ over: 'a', bound: 'unbounded' }, { over: 'b', bound: 'unbounded' }], '3*N', [{ over: 'R', bound: 'literal', count: 3 }, { over: 'ids', bound: 'unbounded' }]],
    ['3*N', [{ over: 'R', bound: 'literal', count: 3 }, { over: 'ids', bound: 'unbounded' }], 'N', [{ over: 'ids', bound: 'unbounded' }]],
  ] as Array<[string, Loop[], string, Loop[]]>)('%s runs more often than %s', (_more, more, _less, less) => {
    expect(compareMultiplicity(multiplicityOf(more.map(ref)), multiplicityOf(less.map(ref)))).toBeGreaterThan(0);
    expect(compareMultiplicity(multiplicityOf(less.map(ref)), multiplicityOf(more.map(ref)))).toBeLessThan(0);
  });
});
