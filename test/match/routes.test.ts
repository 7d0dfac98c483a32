/**
 * Pairing the routes of one entry to one operation (src/match/routes.ts): one literal table, each
 * case the routes of both sides written `fn:call@loop` (the function making the call, its call
 * text, the header of the outermost loop, `-` for none) with their degree, and the pairs that must
 * come out, written `base => head [by]` or `+ head` for a head route left new. The loops sit in
 * the entry, so two routes through the same loop header start in the same loop.
 */
import { describe, expect, it } from 'vitest';
import { pairRoutes, type Scored } from '../../src/match/routes.js';
import type { LoopRef } from '../../src/model/multiplicity.js';
import { multiplicityOf } from '../../src/model/multiplicity.js';
import type { EffectPath } from '../../src/model/summaries.js';

interface Route {
  /** `fnId:callText@loop header` */
  at: string;
  /** Unbounded loops around the call (the first one is the outermost, named in `at`). */
  degree?: number;
}

interface Case {
  name: string;
  base: Route[];
  head: Route[];
  expected: string[];
}

const cases: Case[] = [
  {
    name: 'the same call through the same loop pairs by site',
    base: [{ at: 'price:redis.get@items', degree: 1 }],
    head: [{ at: 'price:redis.get@items', degree: 1 }],
    expected: ['price:redis.get@items => price:redis.get@items [site]'],
  },
  {
    name: 'a call moved to a helper pairs through the loop it runs in',
    base: [{ at: 'price:redis.get@-' }],
    head: [{ at: 'discountFor:redis.get@items', degree: 1 }],
    expected: ['price:redis.get@- => discountFor:redis.get@items [rank]'],
  },
  {
    name: 'moved calls pair through the same loop before the most multiplied',
    base: [
      { at: 'load:db.find@orders', degree: 2 },
      { at: 'load:db.find@users', degree: 1 },
    ],
    head: [
      { at: 'fetch:db.find@users', degree: 2 },
      { at: 'fetch:db.find@orders', degree: 2 },
    ],
    expected: ['load:db.find@users => fetch:db.find@users [loop]', 'load:db.find@orders => fetch:db.find@orders [loop]'],
  },
  {
    name: 'one call rewritten as two (exclusive branches of a new helper) both compare with it',
    base: [{ at: 'get:db.find@activities', degree: 1 }],
    head: [
      { at: 'getFresh:db.find@activities', degree: 1 },
      { at: 'getCached:db.find@activities', degree: 1 },
    ],
    expected: ['get:db.find@activities => getFresh:db.find@activities [loop]', 'get:db.find@activities => getCached:db.find@activities [loop]'],
  },
  {
    name: 'a second call beside one that stayed is not a rewrite: new',
    base: [{ at: 'adjust:db.remove@lines', degree: 1 }],
    head: [
      { at: 'adjust:db.remove@lines', degree: 1 },
      { at: 'adjust:db.delete@lines', degree: 1 },
    ],
    expected: ['adjust:db.remove@lines => adjust:db.remove@lines [site]', '+ adjust:db.delete@lines'],
  },
  {
    name: 'a route through a second loop with nothing left on the base side is new',
    base: [{ at: 'sync:api.post@accounts', degree: 1 }],
    head: [
      { at: 'sync:api.post@accounts', degree: 1 },
      { at: 'sync:api.post@retries', degree: 1 },
    ],
    expected: ['sync:api.post@accounts => sync:api.post@accounts [site]', '+ sync:api.post@retries'],
  },
];

function scored(r: Route): Scored {
  const [fnCall, loop] = r.at.split('@') as [string, string];
  const [fnId, callText] = fnCall.split(':') as [string, string];
  const degree = r.degree ?? 0;
  const loops: LoopRef[] = [];
  for (let i = 0; i < degree; i++) {
    const over = i === 0 ? loop : `inner${i}`;
    loops.push({ file: 'src/a.ts', fnId: 'entry', kind: 'for-of', over, bound: 'unbounded', parallel: false, line: 1 + i, column: 1, header: over });
  }
  const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const path: EffectPath = {
    effect: { kind: 'db', key: 'db.find', label: 'db', confidence: 'high' } as EffectPath['effect'],
    file: 'src/a.ts',
    fnId,
    fnSpan: span,
    callText,
    span,
    loops,
    steps: [],
  };
  return { path, m: multiplicityOf(loops) };
}

function label(s: Scored): string {
  return `${s.path.fnId}:${s.path.callText}@${s.path.loops[0]?.header ?? '-'}`;
}

describe('pairRoutes', () => {
  const names = new Set<string>();
  for (const c of cases) {
    it(c.name, () => {
      expect(names.has(c.name), 'duplicate case name').toBe(false);
      names.add(c.name);
      const pairs = pairRoutes(c.base.map(scored), c.head.map(scored));
      const got = pairs.map((p) => (p.base ? `${label(p.base)} => ${label(p.head)} [${p.by}]` : `+ ${label(p.head)}`));
      expect(got.sort()).toEqual([...c.expected].sort());
    });
  }

  it('a head route the rule claims is left out of the pairing', () => {
    const base = [scored({ at: 'load:redis.mget@-' })];
    const head = [scored({ at: 'load:redis.get@keys', degree: 1 })];
    expect(pairRoutes(base, head, () => true)).toEqual([]);
  });
});
