/**
 * Facts at their smallest, for the rest of a run. The fact pass builds them as it walks, so:
 * an array built by `push` keeps the room it grew into (up to 16 spare slots), every empty list is
 * an array of its own, and a string is a slice of the file's text, which keeps that whole text
 * alive as long as the facts live, and the same name is a string per use. A large change holds
 * the facts of thousands of files at once: on the generated 2,124-file change, 1,200 files' facts
 * took 36.6 MB as built and 26.4 MB compacted (exact arrays 33.0, shared empty lists 35.8, own
 * strings 31.6). Facts read back from the cache or the worker are compacted too: JSON.parse
 * makes exact arrays and strings of their own, but an empty list each and a string per use.
 */

/** The one empty list compacted facts share: nothing may add to a fact after the fact pass. */
const EMPTY: readonly never[] = Object.freeze([]);

/** Shorter substrings are copies already (V8 slices only from 13 characters). */
const MIN_SLICED = 13;

export class FactCompactor {
  /** One string per text, across the files of a run. */
  private readonly strings = new Map<string, string>();

  compact<T>(value: T): T {
    return this.copy(value) as T;
  }

  private copy(v: unknown): unknown {
    if (typeof v === 'string') return v.length < MIN_SLICED ? v : this.own(v);
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      if (v.length === 0) return EMPTY;
      // slice() allocates exactly the length.
      const out = v.slice();
      for (let i = 0; i < out.length; i++) out[i] = this.copy(out[i]);
      return out;
    }
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = this.copy(o[k]);
    return o;
  }

  /** The run's copy of a text: flat (parsed anew, so it holds no file's text), once per text. */
  private own(s: string): string {
    let kept = this.strings.get(s);
    if (kept === undefined) {
      kept = JSON.parse(JSON.stringify(s)) as string;
      this.strings.set(kept, kept);
    }
    return kept;
  }
}
