/**
 * How many of a route's calls run at once: the loops around an I/O call reduced to one at a
 * time, n at a time through a limiter, batches of n (a chunk whose items run in parallel), at
 * most n over a list cut to a size, or all at once; and the pairing of a head route with the base
 * route it replaces. The concurrency rule compares the two.
 */
import { LIMITER_MODULES } from '../../src/catalog/index.js';
import { multiplicityOf, type LoopRef } from '../../src/model/multiplicity.js';
import { FIRST_ARG_LIMIT, taskLimit, type Limit } from '../../src/model/options/limits.js';
import type { SettingSite } from '../../src/model/settings.js';
import type { EffectPath } from '../../src/model/summaries.js';
import type { EntryChange } from '../../src/rule.js';
import type { EffectKind } from '../../src/types.js';

export interface AtOnce {
  /** Runs for every item at once, with nothing bounding it. */
  unbounded: boolean;
  /** What bounded it, when something did: the innermost bounding loop decides the message. */
  how: 'sequential' | 'limiter' | 'batch' | 'capped';
  n?: number;
  text: string;
  limiter?: string;
  limiterSite?: SettingSite;
  limiterPath?: string;
  loop?: LoopRef;
  /** The loop that runs everything at once. */
  parallel?: LoopRef;
  /** Unbounded factors, counting a batch loop and the parallel loop over its batch as one. */
  degree: number;
}

/** The limits of a site, as the options model reads them (`view.options.of(site, limitsOf)`). */
export type LimitsOf = (site: SettingSite) => Limit[];

/** A loop's `concurrency` that names a limiter's module (`p-limit`), not a limit (`5`, `CONCURRENCY`). */
function isLimiterModule(concurrency: string | undefined): boolean {
  return !!concurrency && LIMITER_MODULES.includes(concurrency);
}

const CHUNKING = /\b(_\.)?(chunk|chunks|chunked|chunkArray|chunkify|toChunks|inChunks|splitEvery|splitIntoChunks|batch|batches|batched|batchOf|inGroupsOf)\s*\(/;
/** A collection of batches by its name (`for (const batch of batches)`); not one batch (`for (const x of batch)`). */
const CHUNKED_NAME = /(chunks|batches)$/i;
const STEP = /\+=\s*([\w.]+)\s*\)\s*$/;

/** A sequential loop that hands out batches: `for (const c of chunk(xs, 10))`, `for (let i = 0; i < n; i += SIZE)`. */
function batchOf(loop: LoopRef): { size?: number; text: string } | undefined {
  if (loop.parallel) return undefined;
  const call = CHUNKING.exec(loop.over);
  if (call) {
    const args = loop.over.slice(call.index + call[0].length).replace(/\)\s*$/, '').split(',').map((s) => s.trim());
    const size = args.length > 1 ? args[args.length - 1]! : undefined;
    return sized(size);
  }
  if (loop.kind === 'for') {
    const step = STEP.exec(loop.header);
    if (step && step[1] !== '1') return sized(step[1]);
    return undefined;
  }
  if ((loop.kind === 'for-of' || loop.kind === 'for-await') && CHUNKED_NAME.test(loop.over)) return { text: `batches of \`${loop.over}\`` };
  return undefined;
}

function sized(size: string | undefined): { size?: number; text: string } {
  if (size && /^\d+$/.test(size.replace(/_/g, ''))) {
    const n = Number(size.replace(/_/g, ''));
    return { size: n, text: `batches of ${n}` };
  }
  return size ? { text: `batches of \`${size}\`` } : { text: 'batches' };
}

/** The values a loop iterates, named (`moved` in `_.chunk(moved, 20)`, `dto.data.features`), not the functions called on them. */
function collectionNames(over: string): Set<string> {
  return new Set([...over.matchAll(/[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*(?!\s*\()/g)].map((m) => m[0].replace(/\?\./g, '.')));
}

function sameCollection(a: string, b: string): boolean {
  const x = collectionNames(a);
  return [...collectionNames(b)].some((n) => x.has(n));
}

export function atOnce(path: EffectPath, sites: SettingSite[], limitsOf: LimitsOf): AtOnce {
  const m = multiplicityOf(path.loops);
  const result: AtOnce = { unbounded: false, how: 'sequential', text: 'one at a time', degree: 0 };
  let batch: { size?: number; text: string; loop: LoopRef } | undefined;
  // A batch loop and the loop over its batch are one factor: together they visit each item once.
  for (const f of m.factors) {
    if (f.bound === 'literal') {
      if (batch) result.degree += 1;
      batch = undefined;
      // Parallel over a list the code cuts to a size (`findMany({ take: 2 })`, `.slice(0, N)`): at most that many at once.
      if (f.parallel && f.capped && f.count !== undefined && result.how === 'sequential') {
        result.degree += 1;
        Object.assign(result, { how: 'capped', loop: f, n: f.count, text: `at most ${f.count} at once, \`${f.over}\` cut to \`${f.capped}\`` });
      }
      continue;
    }
    if (!f.parallel) {
      const b = batchOf(f);
      if (b) {
        if (batch) result.degree += 1; // the previous batch loop had no loop over its batch
        batch = { ...b, loop: f };
        continue;
      }
      // A sequential loop (over a batch or anything else): one item at a time.
      result.degree += 1;
      batch = undefined;
      continue;
    }
    result.degree += 1;
    if (f.concurrency) {
      Object.assign(result, { how: 'limiter', loop: f, ...loopLimiter(f, sites, limitsOf) });
    } else if (batch) {
      Object.assign(result, { how: 'batch', loop: batch.loop, text: batch.text, ...(batch.size !== undefined ? { n: batch.size } : {}) });
    } else if (!result.unbounded) {
      result.unbounded = true;
      result.parallel = f;
    }
    batch = undefined;
  }
  if (batch) result.degree += 1;
  return result;
}

/** The limit of a bounded parallel loop, read from the limiter or iteration that bounds it. */
function loopLimiter(loop: LoopRef, sites: SettingSite[], limitsOf: LimitsOf): Pick<AtOnce, 'n' | 'text' | 'limiter' | 'limiterSite' | 'limiterPath'> {
  const c = loop.concurrency!;
  const tasks = (s: SettingSite) => taskLimit(limitsOf(s));
  let candidates: SettingSite[];
  if (isLimiterModule(c)) {
    // `limit(() => ...)` names only its module: the one limiter of this file made outside a loop.
    candidates = sites.filter((s) => s.file === loop.file && tasks(s) && !s.loops.length && (FIRST_ARG_LIMIT.test(s.key) || /PQueue|Bottleneck|Sema|Throttle/i.test(s.key)));
    if (candidates.length !== 1) return loop.sharedLimit ? { n: loop.sharedLimit, text: `${loop.sharedLimit} at a time`, limiter: c } : { text: 'a bounded number at a time', limiter: c };
  } else {
    candidates = sites.filter((s) => s.file === loop.file && s.fnId === loop.fnId && s.span.line === loop.line && tasks(s));
  }
  const site = candidates[0];
  const limit = site ? tasks(site) : undefined;
  const limiter = site ? site.key : loop.header.replace(/\(\.\.\.\)$/, '');
  if (!limit) return /^\d+$/.test(c) ? { n: Number(c), text: `${c} at a time`, limiter } : { text: `\`${c}\` at a time`, limiter };
  const from = { limiter, limiterSite: site!, limiterPath: limit.path };
  if (limit.amount !== undefined && Number.isFinite(limit.amount)) return { n: limit.amount, text: limit.reads, ...from };
  return { text: `${limit.shown} at a time`, ...from };
}

/**
 * What a limit bounds: the site's own kind for clients and pools; for a limiter or an iteration
 * (`pLimit`, `pMap`), the I/O that runs under it in head (a database call first); a queue worker runs jobs.
 */
export function limitedKind(site: SettingSite, entries: EntryChange[]): EffectKind {
  if (site.kind !== 'other') return site.kind;
  if (/(^|[ .])Worker$/.test(site.key)) return 'queue';
  const kinds: EffectKind[] = [];
  for (const entry of entries) {
    for (const p of entry.headPaths) {
      if (p.effect.local || p.effect.kind === 'other') continue;
      const under = p.loops.some((l) => l.file === site.file && ((l.line === site.span.line && l.fnId === site.fnId) || isLimiterModule(l.concurrency)));
      if (under) kinds.push(p.effect.kind);
    }
  }
  return kinds.find((k) => k === 'db') ?? kinds.find((k) => k === 'network') ?? kinds[0] ?? 'other';
}

export interface RoutePair {
  b: EffectPath;
  h: EffectPath;
  before: AtOnce;
  after: AtOnce;
  /** The head loop the change is about: the one that runs everything at once, or the one now bounding the work. */
  loop: LoopRef;
}

/**
 * Each head route whose loop `chosen` picks, with the base route it replaces: the same call in
 * the same function first, then the same effect reached in base through a loop of the function
 * whose loop this is (a helper extracted); never an unrelated route that merely makes the same
 * operation. A base route pairs once (`unused` keeps the rest for a later pass). Pairs whose
 * routes differ in shape (not as many unbounded factors) or where base already ran everything at
 * once are left out: there is nothing to compare.
 */
export function pairLoopRoutes(entry: EntryChange, unused: EffectPath[], atOnceOf: { base: (p: EffectPath) => AtOnce; head: (p: EffectPath) => AtOnce }, chosen: (after: AtOnce) => LoopRef | undefined): RoutePair[] {
  const out: RoutePair[] = [];
  const alternate = new Set<EffectPath>([...(entry.baseAlternates ?? []), ...(entry.headAlternates ?? [])]);
  const heads = [...entry.headPaths, ...(entry.headAlternates ?? [])].sort((x, y) => rankOf(entry, x) - rankOf(entry, y));
  for (const h of heads) {
    const after = atOnceOf.head(h);
    const loop = chosen(after);
    if (!loop) continue;
    // A route through another outermost loop pairs only with a base route over the same collection:
    // two loops of one function reaching one call are told apart by what they iterate.
    const fits = (b: EffectPath) => (!alternate.has(h) && !alternate.has(b)) || b.loops.some((l) => l.file === loop.file && l.fnId === loop.fnId && sameCollection(l.over, loop.over));
    let i = unused.findIndex((b) => b.effect.key === h.effect.key && b.fnId === h.fnId && b.callText === h.callText && fits(b));
    if (i < 0) i = unused.findIndex((b) => b.effect.key === h.effect.key && b.loops.some((l) => l.file === loop.file && l.fnId === loop.fnId) && fits(b));
    if (i < 0) continue;
    const b = unused.splice(i, 1)[0]!;
    const before = atOnceOf.base(b);
    if (before.unbounded || before.degree !== after.degree || before.degree === 0) continue;
    out.push({ b, h, before, after, loop });
  }
  return out;
}

function rankOf(entry: EntryChange, p: EffectPath): number {
  return entry.basePaths.some((b) => b.fnId === p.fnId && b.callText === p.callText) ? 0 : 1;
}
