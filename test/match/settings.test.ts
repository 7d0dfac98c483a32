/**
 * Pairing setting sites, the calls and constructions that carry timeouts, retries and concurrency
 * (`pairSettings`, src/match/settings.ts): one literal table, each case the sites of both sides
 * and the pairing that must come out, written `base -> head`, `- base` or `+ head`, a site as
 * `file:fnId key@line`. Order does not matter; every site appears exactly once.
 */
import { describe, expect, it } from 'vitest';
import type { SettingSite } from '../../src/model/settings.js';
import { pairSettings, type SettingPair } from '../../src/match/settings.js';

interface Site {
  /** `file:fnId` */
  at: string;
  key: string;
  line: number;
  /** The non-options arguments as text. */
  identity?: string;
  role?: SettingSite['role'];
}

interface Case {
  name: string;
  base: Site[];
  head: Site[];
  /** Head file -> base file (a rename), or null (a new file). Unlisted: the same path when base has it, else new. */
  renames?: Record<string, string | null>;
  /** Head calls still there without their options, found for an unpaired base site of the same function and key. */
  bare?: Site[];
  expected: string[];
}

const cases: Case[] = [
  {
    name: 'the same function and key in the same file pairs',
    base: [{ at: 'src/redis.ts:<module>', key: 'new Redis', line: 3 }],
    head: [{ at: 'src/redis.ts:<module>', key: 'new Redis', line: 5 }],
    expected: ['src/redis.ts:<module> new Redis@3 -> src/redis.ts:<module> new Redis@5'],
  },
  {
    name: 'another key in the same function is an addition and a removal',
    base: [{ at: 'src/cache.ts:<module>', key: 'new Redis', line: 3 }],
    head: [{ at: 'src/cache.ts:<module>', key: 'new Memcached', line: 3 }],
    expected: ['- src/cache.ts:<module> new Redis@3', '+ src/cache.ts:<module> new Memcached@3'],
  },
  {
    name: 'two calls of one client in a function pair by their non-options arguments, not by order',
    base: [
      { at: 'src/users.ts:sync', key: 'axios.get', line: 4, identity: "'/users'" },
      { at: 'src/users.ts:sync', key: 'axios.get', line: 5, identity: "'/teams'" },
    ],
    head: [
      { at: 'src/users.ts:sync', key: 'axios.get', line: 4, identity: "'/teams'" },
      { at: 'src/users.ts:sync', key: 'axios.get', line: 5, identity: "'/users'" },
    ],
    expected: ['src/users.ts:sync axios.get@4 -> src/users.ts:sync axios.get@5', 'src/users.ts:sync axios.get@5 -> src/users.ts:sync axios.get@4'],
  },
  {
    name: 'two calls of one client whose arguments all changed pair in order',
    base: [
      { at: 'src/users.ts:sync', key: 'axios.get', line: 4, identity: "'/users'" },
      { at: 'src/users.ts:sync', key: 'axios.get', line: 5, identity: "'/teams'" },
    ],
    head: [
      { at: 'src/users.ts:sync', key: 'axios.get', line: 4, identity: "'/v2/users'" },
      { at: 'src/users.ts:sync', key: 'axios.get', line: 5, identity: "'/v2/teams'" },
    ],
    expected: ['src/users.ts:sync axios.get@4 -> src/users.ts:sync axios.get@4', 'src/users.ts:sync axios.get@5 -> src/users.ts:sync axios.get@5'],
  },
  {
    name: 'a site pairs across a file renamed by git',
    base: [{ at: 'src/http.ts:client', key: 'axios.create', line: 2 }],
    head: [{ at: 'src/lib/http.ts:client', key: 'axios.create', line: 2 }],
    renames: { 'src/lib/http.ts': 'src/http.ts' },
    expected: ['src/http.ts:client axios.create@2 -> src/lib/http.ts:client axios.create@2'],
  },
  {
    name: 'a function moved to a new file keeps its site',
    base: [{ at: 'src/pricing.ts:discountFor', key: 'redis.get', line: 8 }],
    head: [{ at: 'src/discounts.ts:discountFor', key: 'redis.get', line: 3 }],
    expected: ['src/pricing.ts:discountFor redis.get@8 -> src/discounts.ts:discountFor redis.get@3'],
  },
  {
    name: 'a construction moved into another function of its file pairs when it is the only one of its kind',
    base: [{ at: 'src/db.ts:<module>', key: 'new Pool', line: 2 }],
    head: [{ at: 'src/db.ts:makePool', key: 'new Pool', line: 3 }],
    expected: ['src/db.ts:<module> new Pool@2 -> src/db.ts:makePool new Pool@3'],
  },
  {
    name: 'a construction moved into another function stays unpaired when base had two of its kind there',
    base: [
      { at: 'src/db.ts:<module>', key: 'new Pool', line: 2 },
      { at: 'src/db.ts:replica', key: 'new Pool', line: 6 },
    ],
    head: [{ at: 'src/db.ts:makePool', key: 'new Pool', line: 3 }],
    expected: ['- src/db.ts:<module> new Pool@2', '- src/db.ts:replica new Pool@6', '+ src/db.ts:makePool new Pool@3'],
  },
  {
    name: 'a timer that aborts a request is not paired across functions',
    base: [{ at: 'src/http.ts:get', key: 'setTimeout', line: 4, role: 'abort-timer' }],
    head: [{ at: 'src/http.ts:request', key: 'setTimeout', line: 4, role: 'abort-timer' }],
    expected: ['- src/http.ts:get setTimeout@4', '+ src/http.ts:request setTimeout@4'],
  },
  {
    name: 'a site whose call is still there without options pairs with that bare call',
    base: [{ at: 'src/http.ts:get', key: 'axios.get', line: 4, identity: 'url' }],
    head: [],
    bare: [{ at: 'src/http.ts:get', key: 'axios.get', line: 4 }],
    expected: ['src/http.ts:get axios.get@4 -> src/http.ts:get axios.get@4'],
  },
  {
    name: 'a timer that aborts a request is never paired with a bare call',
    base: [{ at: 'src/http.ts:get', key: 'setTimeout', line: 4, role: 'abort-timer' }],
    head: [],
    bare: [{ at: 'src/http.ts:get', key: 'setTimeout', line: 4 }],
    expected: ['- src/http.ts:get setTimeout@4'],
  },
];

function site(s: Site): SettingSite {
  const colon = s.at.lastIndexOf(':');
  if (colon <= 0) throw new Error(`site "${s.at}" is not written file:fnId`);
  const span = { line: s.line, column: 1, endLine: s.line, endColumn: 1 };
  return { file: s.at.slice(0, colon), fnId: s.at.slice(colon + 1), key: s.key, text: s.key, span, ...(s.role ? { role: s.role } : {}), args: [], options: new Map(), loops: [], kind: 'other', identity: s.identity ?? '' };
}

const name = (s: SettingSite) => `${s.file}:${s.fnId} ${s.key}@${s.span.line}`;

function render(p: SettingPair): string {
  if (p.base && p.head) return `${name(p.base)} -> ${name(p.head)}`;
  return p.base ? `- ${name(p.base)}` : `+ ${name(p.head!)}`;
}

describe('pairSettings', () => {
  const names = new Set<string>();
  for (const c of cases) {
    it(c.name, () => {
      expect(names.has(c.name), 'duplicate case name').toBe(false);
      names.add(c.name);
      const base = c.base.map(site);
      const head = c.head.map(site);
      const bare = (c.bare ?? []).map(site);
      const baseFiles = new Set(base.map((b) => b.file));
      const baseFileOf = (file: string) => (c.renames && file in c.renames ? c.renames[file]! : baseFiles.has(file) ? file : null);
      const bareOf = (b: SettingSite) => bare.find((h) => h.file === b.file && h.fnId === b.fnId && h.key === b.key);
      const pairs = pairSettings(base, head, baseFileOf, bareOf).map(render);
      expect(pairs.sort()).toEqual([...c.expected].sort());
    });
  }
});
