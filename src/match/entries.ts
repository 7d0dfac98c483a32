/**
 * Pairs the entry functions of base with those of head, so that effects are compared per
 * invocation of the same entry. Same file (through git's renames) and name first, then the
 * same name in another file (a function moved), then, within a file, a renamed function
 * recognized by the I/O it performs.
 */
import type { EntryRef } from '../rule.js';

export interface EntryCandidate extends EntryRef {
  keys: Set<string>; // effect keys reachable from it
  size: number; // characters: a renamed function keeps roughly its size
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

  // Renamed in place: same file, most similar I/O (at least half of the effect keys shared);
  // ties go to the same visibility, then the closest size. Best pairs first, across the file.
  const scored: Array<{ h: EntryCandidate; b: EntryCandidate; score: number }> = [];
  for (const h of stillLeft) {
    const baseFile = baseFileOf(h.file);
    for (const b of unmatchedBase.values()) {
      if (b.file !== baseFile || h.keys.size === 0 || b.keys.size === 0) continue;
      const overlap = jaccard(h.keys, b.keys);
      if (overlap < 0.5) continue;
      const sameVisibility = h.exported === b.exported ? 1 : 0;
      const sizeSimilarity = Math.min(h.size, b.size) / Math.max(h.size, b.size, 1);
      scored.push({ h, b, score: overlap * 10 + sameVisibility * 2 + sizeSimilarity });
    }
  }
  scored.sort((x, y) => y.score - x.score);
  const pairedHead = new Set<EntryCandidate>();
  for (const { h, b } of scored) {
    if (pairedHead.has(h) || !unmatchedBase.has(`${b.file}\0${b.fnId}`)) continue;
    unmatchedBase.delete(`${b.file}\0${b.fnId}`);
    pairedHead.add(h);
    pairs.push({ base: b, head: h });
  }
  for (const h of stillLeft) if (!pairedHead.has(h)) pairs.push({ head: h });
  for (const b of unmatchedBase.values()) pairs.push({ base: b });
  return pairs;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
