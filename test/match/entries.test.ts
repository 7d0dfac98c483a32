/**
 * Pairing the entry functions of base with those of head (src/match/entries.ts): one literal
 * table, each case the functions of both sides (file, name, the effect keys reachable from it,
 * size, visibility) and the pairing that must come out, written `base -> head`, `- base` (only in
 * base) or `+ head` (only in head). Order does not matter; every function appears exactly once.
 */
import { describe, expect, it } from 'vitest';
import { pairEntries, type EntryCandidate, type EntryPair } from '../../src/match/entries.js';

interface Fn {
  /** `file:fnId` */
  at: string;
  keys?: string[];
  size?: number;
  exported?: boolean;
}

interface Case {
  name: string;
  base: Fn[];
  head: Fn[];
  /** Head file -> base file (a rename), or null (a new file). Unlisted: the same path when base has it, else new. */
  renames?: Record<string, string | null>;
  expected: string[];
}

const cases: Case[] = [
  {
    name: 'the same name in the same file pairs',
    base: [{ at: 'src/pricing.ts:price', keys: ['cache:redis.get'] }],
    head: [{ at: 'src/pricing.ts:price', keys: ['cache:redis.get', 'db:rules.find'] }],
    expected: ['src/pricing.ts:price -> src/pricing.ts:price'],
  },
  {
    name: 'the same name pairs across a file renamed by git',
    base: [{ at: 'src/price.ts:price' }],
    head: [{ at: 'src/pricing.ts:price' }],
    renames: { 'src/pricing.ts': 'src/price.ts' },
    expected: ['src/price.ts:price -> src/pricing.ts:price'],
  },
  {
    name: 'a function moved to a new file pairs by its name when that name is unique',
    base: [{ at: 'src/pricing.ts:discountFor', keys: ['cache:redis.get'] }, { at: 'src/pricing.ts:price' }],
    head: [{ at: 'src/discounts.ts:discountFor', keys: ['cache:redis.get'] }, { at: 'src/pricing.ts:price' }],
    expected: ['src/pricing.ts:discountFor -> src/discounts.ts:discountFor', 'src/pricing.ts:price -> src/pricing.ts:price'],
  },
  {
    name: 'a moved name that two base files had stays unpaired',
    base: [{ at: 'src/a.ts:load' }, { at: 'src/b.ts:load' }],
    head: [{ at: 'src/c.ts:load' }],
    expected: ['- src/a.ts:load', '- src/b.ts:load', '+ src/c.ts:load'],
  },
  {
    name: 'a moved name that two head files have stays unpaired',
    base: [{ at: 'src/a.ts:load' }],
    head: [{ at: 'src/c.ts:load' }, { at: 'src/d.ts:load' }],
    expected: ['- src/a.ts:load', '+ src/c.ts:load', '+ src/d.ts:load'],
  },
  {
    name: 'a name kept in its file pairs there, not with a copy in a new file',
    base: [{ at: 'src/a.ts:load' }],
    head: [{ at: 'src/a.ts:load' }, { at: 'src/b.ts:load' }],
    expected: ['src/a.ts:load -> src/a.ts:load', '+ src/b.ts:load'],
  },
  {
    name: 'renamed in place: the same file and at least half of the I/O shared',
    base: [{ at: 'src/users.ts:getUser', keys: ['db:users.findOne', 'cache:get'] }],
    head: [{ at: 'src/users.ts:loadUser', keys: ['db:users.findOne', 'cache:get', 'cache:set'] }],
    expected: ['src/users.ts:getUser -> src/users.ts:loadUser'],
  },
  {
    name: 'a rename sharing less than half of the I/O is a deletion and an addition',
    base: [{ at: 'src/users.ts:getUser', keys: ['db:users.findOne', 'db:users.update'] }],
    head: [{ at: 'src/users.ts:loadUser', keys: ['db:users.findOne', 'cache:get', 'cache:set'] }],
    expected: ['- src/users.ts:getUser', '+ src/users.ts:loadUser'],
  },
  {
    name: 'a rename into another file is not recognized by its I/O',
    base: [{ at: 'src/users.ts:getUser', keys: ['db:users.findOne'] }],
    head: [{ at: 'src/accounts.ts:loadUser', keys: ['db:users.findOne'] }],
    expected: ['- src/users.ts:getUser', '+ src/accounts.ts:loadUser'],
  },
  {
    name: 'functions without I/O are never paired by it',
    base: [{ at: 'src/format.ts:formatPrice' }],
    head: [{ at: 'src/format.ts:renderPrice' }],
    expected: ['- src/format.ts:formatPrice', '+ src/format.ts:renderPrice'],
  },
  {
    name: 'between renames with the same I/O, the one with the same visibility wins',
    base: [
      { at: 'src/jobs.ts:runOne', keys: ['queue:add'] },
      { at: 'src/jobs.ts:runAll', keys: ['queue:add'], exported: true },
    ],
    head: [{ at: 'src/jobs.ts:processAll', keys: ['queue:add'], exported: true }],
    expected: ['src/jobs.ts:runAll -> src/jobs.ts:processAll', '- src/jobs.ts:runOne'],
  },
  {
    name: 'between renames with the same I/O and visibility, the closest size wins',
    base: [
      { at: 'src/jobs.ts:small', keys: ['queue:add'], size: 100 },
      { at: 'src/jobs.ts:large', keys: ['queue:add'], size: 1000 },
    ],
    head: [{ at: 'src/jobs.ts:renamed', keys: ['queue:add'], size: 900 }],
    expected: ['src/jobs.ts:large -> src/jobs.ts:renamed', '- src/jobs.ts:small'],
  },
  {
    name: 'the best rename is taken first, whatever the order of the head functions',
    base: [{ at: 'src/sync.ts:syncAll', keys: ['db:a', 'db:b', 'network:fetch'] }],
    head: [
      { at: 'src/sync.ts:syncSome', keys: ['db:a', 'db:b'] },
      { at: 'src/sync.ts:syncEverything', keys: ['db:a', 'db:b', 'network:fetch'] },
    ],
    expected: ['src/sync.ts:syncAll -> src/sync.ts:syncEverything', '+ src/sync.ts:syncSome'],
  },
];

function candidate(side: 'base' | 'head', fn: Fn): EntryCandidate {
  const colon = fn.at.lastIndexOf(':');
  if (colon <= 0) throw new Error(`${side} function "${fn.at}" is not written file:fnId`);
  const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { file: fn.at.slice(0, colon), fnId: fn.at.slice(colon + 1), span, exported: fn.exported ?? false, keys: new Set(fn.keys ?? []), size: fn.size ?? 100 };
}

function render(p: EntryPair): string {
  const at = (c: EntryCandidate) => `${c.file}:${c.fnId}`;
  if (p.base && p.head) return `${at(p.base)} -> ${at(p.head)}`;
  return p.base ? `- ${at(p.base)}` : `+ ${at(p.head!)}`;
}

describe('pairEntries', () => {
  const names = new Set<string>();
  for (const c of cases) {
    it(c.name, () => {
      expect(names.has(c.name), 'duplicate case name').toBe(false);
      names.add(c.name);
      const base = c.base.map((f) => candidate('base', f));
      const head = c.head.map((f) => candidate('head', f));
      const baseFiles = new Set(base.map((b) => b.file));
      const baseFileOf = (file: string) => (c.renames && file in c.renames ? c.renames[file]! : baseFiles.has(file) ? file : null);
      const pairs = pairEntries(base, head, baseFileOf).map(render);
      expect(pairs.sort()).toEqual([...c.expected].sort());
      // Every function of the case is accounted for exactly once.
      expect(pairs.join('\n').split(/ -> |\n/).map((s) => s.replace(/^[-+] /, '')).sort()).toEqual([...c.base, ...c.head].map((f) => f.at).sort());
    });
  }
});
