/**
 * Pairing of setting sites between base and head: the same call or construction in the function
 * (or file) it became, a call that lost or gained its options with its bare form, and the spreads
 * a head site took on that base did not have.
 */
import { bareSites, linkClients, spreadsOf, type SettingSite } from '../model/settings.js';
import type { RevisionModel } from '../model/program.js';

export interface SettingPair {
  base?: SettingSite;
  head?: SettingSite;
}

/**
 * Spreads of head's options that base did not have: only these may have brought back a key
 * that head no longer writes. A spread both sides share (`{ ...conn, connectionTimeoutMillis }`
 * -> `{ ...conn }`) was there when base wrote the key over it, so it explains nothing.
 */
export function newSpreads(base: SettingSite, head: SettingSite): string[] {
  const before = spreadsOf(base);
  return [...spreadsOf(head)].filter((x) => !before.has(x));
}

/**
 * A site for a call that no longer passes options: the same call (by key) in the function that
 * had the other side's site; the same non-options arguments first (`fetch(refundUrl)`, not the
 * `fetch(sessionUrl)` before it), then order. The one chosen is claimed.
 */
export function bareCallSite(model: RevisionModel, file: string, fnId: string, key: string, wanted: string, claimed?: Set<string>, sites: SettingSite[] = []): SettingSite | undefined {
  const candidates = bareSites(model, file, fnId, key, claimed);
  const site = candidates.find((c) => c.identity === wanted) ?? candidates[0];
  if (site) {
    claimed?.add(`${site.span.line}:${site.span.column}`);
    linkClients([site], sites);
  }
  return site;
}

/**
 * Pairs sites: same file (through renames), same function, same key, in order; then the same
 * function and key in another file (moved); what is left is added or removed, unless the call
 * is still there without options (`bare`).
 */
export function pairSettings(
  base: SettingSite[],
  head: SettingSite[],
  baseFileOf: (headFile: string) => string | null,
  bare?: (base: SettingSite) => SettingSite | undefined,
  bareBase?: (head: SettingSite) => SettingSite | undefined,
): SettingPair[] {
  const pairs: SettingPair[] = [];
  const groups = new Map<string, SettingSite[]>();
  const groupKey = (file: string, s: SettingSite) => `${file}\0${s.fnId}\0${s.key}`;
  for (const b of base) groups.set(groupKey(b.file, b), [...(groups.get(groupKey(b.file, b)) ?? []), b]);
  const leftover: SettingSite[] = [];
  // Within a group, the same non-options arguments pair first, then order decides.
  const unpairedHead: SettingSite[] = [];
  for (const h of head) {
    const baseFile = baseFileOf(h.file);
    const list = baseFile ? groups.get(groupKey(baseFile, h)) : undefined;
    const i = list ? list.findIndex((b) => (b.identity ?? '') === (h.identity ?? '')) : -1;
    if (list && i >= 0) pairs.push({ base: list.splice(i, 1)[0]!, head: h });
    else unpairedHead.push(h);
  }
  for (const h of unpairedHead) {
    const baseFile = baseFileOf(h.file);
    const b = baseFile ? groups.get(groupKey(baseFile, h))?.shift() : undefined;
    if (b) pairs.push({ base: b, head: h });
    else leftover.push(h);
  }
  const byFnKey = new Map<string, SettingSite[]>();
  for (const list of groups.values()) for (const b of list) byFnKey.set(`${b.fnId}\0${b.key}`, [...(byFnKey.get(`${b.fnId}\0${b.key}`) ?? []), b]);
  for (const h of leftover) {
    const b = byFnKey.get(`${h.fnId}\0${h.key}`)?.shift();
    if (b) {
      const list = groups.get(groupKey(b.file, b));
      list?.splice(list.indexOf(b), 1);
      pairs.push({ base: b, head: h });
    } else pairs.push({ head: h });
  }
  // Last resort: a construction that moved to another function of the same file (module level
  // into `makePool()`), when it is the only one of its kind left on each side.
  const unpairedByFileKey = new Map<string, SettingPair[]>();
  for (const p of pairs) {
    // A timeout wrapper guards the call it is given, in its function: it does not move as a client does.
    if (p.base || !p.head || p.head.role || p.head.wraps) continue;
    const k = `${baseFileOf(p.head.file)}\0${p.head.key}`;
    unpairedByFileKey.set(k, [...(unpairedByFileKey.get(k) ?? []), p]);
  }
  const baseLeftByFileKey = new Map<string, number>();
  for (const list of groups.values()) for (const b of list) baseLeftByFileKey.set(`${b.file}\0${b.key}`, (baseLeftByFileKey.get(`${b.file}\0${b.key}`) ?? 0) + 1);
  for (const list of groups.values()) {
    for (const b of list) {
      const k = `${b.file}\0${b.key}`;
      const mapped = unpairedByFileKey.get(k) ?? [];
      if (!b.role && !b.wraps && mapped.length === 1 && baseLeftByFileKey.get(k) === 1) {
        mapped[0]!.base = b;
        unpairedByFileKey.delete(k);
        continue;
      }
      const h = b.role ? undefined : bare?.(b);
      pairs.push(h ? { base: b, head: h } : { base: b });
    }
  }
  // A call that gained its options: its base is the same call without them, when base still made it.
  if (bareBase) {
    for (const p of pairs) {
      if (p.base || !p.head || p.head.role || p.head.options.size === 0) continue;
      const b = bareBase(p.head);
      if (b) p.base = b;
    }
  }
  return pairs;
}
