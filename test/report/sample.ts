/**
 * A realistic report for the format tests: the checkout service's pricing loop now reads a
 * discount from redis once per cart item (through a helper in another file), the HTTP client
 * lost its timeout, and a new bounded loop calls the database three times.
 */
import type { Finding, Report, RuleMeta } from '../../src/types.js';

export const BASE_SHA = '1111111111111111111111111111111111111111';
export const HEAD_SHA = '3c9d2e41f0a7b8c6d5e4f3a2b1c0d9e8f7a6b5c4';
export const HUMAN_SHA = '8a1f4c2be0d93f7a6c5b4d3e2f1a0b9c8d7e6f5a';
export const AI_SHA = HEAD_SHA;

export const rules: RuleMeta[] = [
  {
    id: 'io-in-loop',
    category: 'fan-out',
    severity: 'high',
    summary: 'A cache, database, network or queue call now runs more times per invocation.',
    why: 'Per-item I/O turns one round trip into N: latency and load grow with the input.',
    fix: 'Batch the call (`mget`, `findMany` with `in`) or hoist it out of the loop.',
    notFor: ['The loop has a small literal bound and the call is cheap.', 'The call hits an in-process cache.'],
    helpUri: 'https://example.test/opsdiff/rules/io-in-loop',
  },
  {
    id: 'timeout-removed',
    category: 'timeout',
    severity: 'high',
    summary: 'A call that had a timeout in base has none in head.',
    why: 'Without a bound, a slow dependency becomes a stuck request.',
    fix: 'Restore the timeout, or say in the code why this call may wait forever.',
    notFor: ['The timeout moved to a shared client that this call now uses.'],
    helpUri: 'https://example.test/opsdiff/rules/timeout-removed',
  },
  {
    id: 'retry-changed',
    category: 'retry',
    severity: 'medium',
    summary: 'A retry count or policy changed.',
    why: 'More attempts amplify load during an outage; none lose resilience.',
    fix: 'Keep attempts bounded, with backoff and jitter.',
    notFor: [],
    helpUri: 'https://example.test/opsdiff/rules/retry-changed',
  },
];

const ioInLoopDocs = { why: rules[0]!.why, fix: rules[0]!.fix, helpUri: rules[0]!.helpUri };

export const discountPerItem: Finding = {
  ruleId: 'io-in-loop',
  category: 'fan-out',
  severity: 'high',
  location: { file: 'src/pricing.ts', line: 16, column: 24, endLine: 16, endColumn: 51 },
  side: 'head',
  message: '`redis.get` now runs once per item of `cart.items` (was once per request).',
  effect: { kind: 'cache', callee: 'redis.get' },
  before: {
    multiplicity: '1',
    summary: 'once per request',
    path: 'price -> loadDiscounts -> redis.get',
    loops: [],
  },
  after: {
    multiplicity: 'N',
    summary: 'once per item of cart.items',
    path: 'price -> discountFor -> redis.get',
    loops: [{ kind: 'for-of', over: 'cart.items', line: 14, parallel: false }],
  },
  related: [
    {
      file: 'src/pricing.ts',
      line: 14,
      column: 3,
      endLine: 18,
      endColumn: 4,
      side: 'head',
      message: 'loop: for (const item of cart.items)',
    },
    {
      file: 'src/discounts.ts',
      line: 8,
      column: 10,
      endLine: 8,
      endColumn: 38,
      side: 'head',
      message: '`redis.get` reached through `discountFor`',
    },
  ],
  ...ioInLoopDocs,
  fingerprint: 'io-in-loop:src/pricing.ts:price:cache:redis.get',
  commits: [AI_SHA],
  origin: 'ai-assisted',
};

export const timeoutDropped: Finding = {
  ruleId: 'timeout-removed',
  category: 'timeout',
  severity: 'medium',
  location: { file: 'src/http.ts', line: 12, column: 10, endLine: 14, endColumn: 5 },
  side: 'head',
  message: '`fetch` to the inventory service no longer sets a timeout (was 5000 ms).',
  effect: { kind: 'network', callee: 'fetch' },
  before: { value: '5000 ms', setAt: 'src/http.ts:4' },
  after: { value: 'none' },
  related: [
    {
      file: 'src/http.ts',
      line: 4,
      column: 21,
      endLine: 4,
      endColumn: 49,
      side: 'base',
      message: 'timeout set here: AbortSignal.timeout(5000)',
    },
  ],
  why: rules[1]!.why,
  fix: rules[1]!.fix,
  helpUri: rules[1]!.helpUri,
  fingerprint: 'timeout-removed:src/http.ts:getStock:network:fetch',
  commits: [HUMAN_SHA],
  origin: 'human',
};

/** A call that did not exist in base (before is null), origin not known. */
export const newBoundedLoop: Finding = {
  ruleId: 'io-in-loop',
  category: 'fan-out',
  severity: 'low',
  location: { file: 'src/pricing.ts', line: 31, column: 7, endLine: 31, endColumn: 40 },
  side: 'head',
  message: '`db.query` runs 3 times per call of `refreshTiers` (new).',
  effect: { kind: 'db', callee: 'db.query' },
  before: null,
  after: {
    multiplicity: '3',
    path: 'refreshTiers -> db.query',
    loops: [{ kind: 'for', over: 'TIERS', line: 30, parallel: false }],
  },
  related: [
    {
      file: 'src/pricing.ts',
      line: 30,
      column: 5,
      endLine: 32,
      endColumn: 6,
      side: 'head',
      message: 'loop: for (let i = 0; i < TIERS.length; i++)',
    },
  ],
  ...ioInLoopDocs,
  fingerprint: 'io-in-loop:src/pricing.ts:refreshTiers:db:db.query',
  commits: [],
};

export function sampleReport(): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'opsdiff', version: '0.1.0' },
    base: BASE_SHA,
    head: HEAD_SHA,
    files: {
      analyzed: ['src/discounts.ts', 'src/http.ts', 'src/pricing.ts'],
      skipped: [{ path: 'src/legacy/broken.ts', reason: "parse error: ';' expected (12:7)" }],
    },
    commits: [
      {
        sha: HUMAN_SHA,
        subject: 'Simplify the inventory client',
        origin: 'human',
        evidence: [],
      },
      {
        sha: AI_SHA,
        subject: 'Price each cart item with its own discount',
        origin: 'ai-assisted',
        evidence: [{ signal: 'trailer', detail: 'Co-authored-by: Claude <noreply@anthropic.com>' }],
      },
    ],
    // Deliberately not in display order: the formats must sort.
    findings: [newBoundedLoop, timeoutDropped, discountPerItem],
    rules,
    summary: { risk: 'high', findings: 3 },
  };
}

export function cleanReport(): Report {
  return { ...sampleReport(), commits: [], findings: [], summary: { risk: 'none', findings: 0 } };
}

/** Everything a contributor controls, made hostile. */
export const HOSTILE_FILE = 'src/@octocat/<img src=x onerror=alert(1)>|a|b\nc.ts';
export const HOSTILE_SUBJECT = 'Fix @octocat <img src=x> a|b\nsecond line `code` [link](javascript:alert(1))';

export function hostileReport(): Report {
  const report = sampleReport();
  const hostile: Finding = {
    ...discountPerItem,
    location: { ...discountPerItem.location, file: HOSTILE_FILE },
    message: '`redis.get|x` now runs for @octocat <b>bold</b> per item of `a|b`.',
    effect: { kind: 'cache', callee: '@octocat|<script>' },
    before: { summary: 'once | per <i>request</i>' },
    after: { summary: 'per item of @octocat\nrow' },
    related: [{ ...discountPerItem.related[0]!, file: HOSTILE_FILE, message: 'loop over `x` <img src=y> @team' }],
  };
  return {
    ...report,
    commits: [{ ...report.commits[1]!, subject: HOSTILE_SUBJECT }],
    findings: [hostile],
    summary: { risk: 'high', findings: 1 },
  };
}
