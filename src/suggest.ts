/**
 * Did-you-mean: the closest known spelling of a mistyped name, when it is close (case, dashes and
 * underscores do not count). Used for configuration keys and values and for command-line options.
 */
export function closest(input: string, known: readonly string[], spellingsOf: (name: string) => readonly string[] = (name) => [name]): string | undefined {
  const normalize = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');
  const wanted = normalize(input);
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    for (const candidate of spellingsOf(name)) {
      const edits = distance(wanted, normalize(candidate));
      if (!best || edits < best.distance) best = { name, distance: edits };
    }
  }
  if (!best) return undefined;
  const allowed = wanted.length <= 4 ? 1 : wanted.length <= 8 ? 2 : 3;
  return best.distance <= allowed ? best.name : undefined;
}

/** Edit distance where swapping two neighbours counts one edit, as in git's suggestions (optimal string alignment). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
