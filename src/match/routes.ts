/**
 * Pairing the routes of one entry to one operation (an effect key) across base and head: which
 * head route is the same work as which base route, so that a rule compares how often each runs.
 *
 * A route is one way an entry reaches a call site: the site and the outermost loop it starts in.
 * Pairs are made in order of evidence:
 *   1. the same call in the same function, through the same outermost loop (`site`);
 *   2. through the same outermost loop, the call moved or rewritten (`loop`): a second rewritten
 *      head call through that loop compares with the same base route (one read split into two
 *      branches of one function runs no more often than the one before; a call added beside one
 *      that stayed as it was is not a rewrite and stays unpaired);
 *   3. what is left, most multiplied with most multiplied (`rank`).
 * A head route with no partner is new.
 */
import { compareMultiplicity, multiplicityOf, type Multiplicity } from '../model/multiplicity.js';
import type { EffectPath } from '../model/summaries.js';

export interface Scored {
  path: EffectPath;
  m: Multiplicity;
}

export interface RoutePair {
  head: Scored;
  /** Null for a head route with no partner. */
  base: Scored | null;
  by: 'site' | 'loop' | 'rank' | 'none';
}

/** The routes of one side grouped by operation (`prisma.user.findUnique`), each with its multiplicity. */
export function groupByKey(paths: EffectPath[]): Map<string, Scored[]> {
  const out = new Map<string, Scored[]>();
  for (const path of paths) {
    const list = out.get(path.effect.key) ?? [];
    list.push({ path, m: multiplicityOf(path.loops) });
    out.set(path.effect.key, list);
  }
  return out;
}

/** The loop a route starts in, by what it says (not where it is): routes through two loops are two sites. */
export function outerLoop(p: EffectPath): string {
  const loop = p.loops[0];
  return loop ? `${loop.file}|${loop.fnId}|${loop.header}` : '';
}

/** The same call in the same function, wherever it sits in the file and by whichever route. */
export function siteIdentity(p: EffectPath): string {
  return `${p.fnId}|${p.callText}`;
}

/**
 * Pairs the head routes of one operation with its base routes. `claim` is asked first for each
 * head route left after same-site pairing, most multiplied first: returning true takes that route
 * out of the pairing (a rule's own reading of it, such as a batch call replaced by per-item calls).
 */
export function pairRoutes(base: Scored[], head: Scored[], claim: (h: Scored) => boolean = () => false): RoutePair[] {
  const out: RoutePair[] = [];
  const left = [...base];
  // Base routes paired with a head route that moved or was rewritten: a second head call through the
  // same loop may be the other half of that rewrite. One whose call stayed as it was is not rewritten.
  const rewritten: Scored[] = [];
  const remaining: Scored[] = [];
  for (const h of head) {
    const i = left.findIndex((b) => siteIdentity(b.path) === siteIdentity(h.path) && outerLoop(b.path) === outerLoop(h.path));
    if (i < 0) {
      remaining.push(h);
      continue;
    }
    out.push({ head: h, base: left.splice(i, 1)[0]!, by: 'site' });
  }
  const byRank = (a: Scored, b: Scored) => compareMultiplicity(b.m, a.m);
  left.sort(byRank);
  const unclaimed = remaining.sort(byRank).filter((h) => !claim(h));
  const unpaired: Scored[] = [];
  for (const h of unclaimed) {
    const loop = outerLoop(h.path);
    const i = loop ? left.findIndex((b) => outerLoop(b.path) === loop) : -1;
    if (i >= 0) {
      const b = left.splice(i, 1)[0]!;
      rewritten.push(b);
      out.push({ head: h, base: b, by: 'loop' });
    } else unpaired.push(h);
  }
  for (const h of unpaired) {
    const loop = outerLoop(h.path);
    const again = loop ? rewritten.filter((b) => outerLoop(b.path) === loop).sort(byRank)[0] : undefined;
    if (again) {
      out.push({ head: h, base: again, by: 'loop' });
      continue;
    }
    const b = left.shift();
    out.push({ head: h, base: b ?? null, by: b ? 'rank' : 'none' });
  }
  return out;
}
