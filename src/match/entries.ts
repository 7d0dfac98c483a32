/**
 * Pairs the entry functions of base with those of head, so that effects are compared per
 * invocation of the same entry. Same file (through git's renames) and name first, then the
 * same name in another file (a function moved), then, within a file, a renamed function
 * recognized by the I/O it performs.
 */
import type { EntryRef } from '../rule.js';

export interface EntryCandidate extends EntryRef {
  keys: Set<string>; // effect keys reachable from it
}

export interface EntryPair {
  base?: EntryCandidate;
  head?: EntryCandidate;
}

export function pairEntries(base: EntryCandidate[], head: EntryCandidate[], baseFileOf: (headFile: string) => string | null): EntryPair[] {
  const pairs: EntryPair[] = [];
  const unmatchedBase = new Map<string, EntryCandidate>();
  for (const b of base) unmatchedBase.set(`${b.file}\0${b.fnId}`, b);
  const leftover: EntryCandidate[] = [];

  for (const h of head) {
    const baseFile = baseFileOf(h.file);
    const key = baseFile ? `${baseFile}\0${h.fnId}` : undefined;
    const b = key ? unmatchedBase.get(key) : undefined;
    if (b && key) {
      unmatchedBase.delete(key);
      pairs.push({ base: b, head: h });
    } else leftover.push(h);
  }

  // Moved to another file: the same name, if it is unique among what is left.
  const byName = new Map<string, EntryCandidate[]>();
  for (const b of unmatchedBase.values()) byName.set(b.fnId, [...(byName.get(b.fnId) ?? []), b]);
  const stillLeft: EntryCandidate[] = [];
  for (const h of leftover) {
    const candidates = byName.get(h.fnId);
    if (candidates?.length === 1 && leftover.filter((x) => x.fnId === h.fnId).length === 1) {
      const b = candidates[0]!;
      unmatchedBase.delete(`${b.file}\0${b.fnId}`);
      byName.delete(h.fnId);
      pairs.push({ base: b, head: h });
    } else stillLeft.push(h);
  }

  // Renamed in place: same file, most similar set of effects (at least half shared).
  for (const h of stillLeft) {
    const baseFile = baseFileOf(h.file);
    let best: EntryCandidate | undefined;
    let bestScore = 0;
    for (const b of unmatchedBase.values()) {
      if (b.file !== baseFile || h.keys.size === 0 || b.keys.size === 0) continue;
      const score = jaccard(h.keys, b.keys);
      if (score > bestScore) {
        best = b;
        bestScore = score;
      }
    }
    if (best && bestScore >= 0.5) {
      unmatchedBase.delete(`${best.file}\0${best.fnId}`);
      pairs.push({ base: best, head: h });
    } else pairs.push({ head: h });
  }
  for (const b of unmatchedBase.values()) pairs.push({ base: b });
  return pairs;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
