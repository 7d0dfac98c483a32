/**
 * The options model: what each option of a setting site means. The settings model
 * (src/model/settings.ts) evaluates option values; the families here read them as typed
 * settings (a timeout in milliseconds, a count of attempts, a backoff, a concurrency limit),
 * each with how it is shown, where it is set and where its value came from. The three settings
 * rules read this model and hold only policy: which change of which setting is a risk.
 *
 * Families (one file each): timeout.ts (timeouts, abort signals, guards), retry.ts (attempts,
 * backoff, jitter, breakers), limits.ts (task limits, pools, sockets, queues, rates).
 */
import type { SettingSite, Value, Where } from '../settings.js';

export type SettingKind = 'timeout' | 'signal' | 'guard' | 'attempts' | 'backoff' | 'jitter' | 'breaker' | 'limit';

/**
 * Where a value came from: written at the option (`timeout: 5000`), read through a name (a
 * constant, a field, a configuration object), set from the environment (with or without a
 * default), or not written at all (the library's or the project callee's default).
 */
export type Provenance = 'written' | 'named' | 'environment' | 'library default' | 'callee default' | 'client default';

export interface Setting<K extends SettingKind = SettingKind> {
  kind: K;
  /** The option as written: `timeout`, `socket.connectTimeout`, `retry.limit`, `pool.max`; a guard's or a positional name. */
  path: string;
  value: Value;
  /** Milliseconds (a timeout, a delay) or a count (attempts, a limit), when the code states it. */
  amount?: number;
  /** How the value reads in a message. */
  shown: string;
  /** Where the value is set (its own line; `value.via` is the option's line when read through a name). */
  at: Where;
  provenance: Provenance;
}

/** `setTimeout` cannot wait longer (2^31 - 1 ms, about 24.8 days): a timeout at or past it never fires. */
export const NEVER_MS = 2 ** 31 - 1;

/** `250 ms`, `1.5 s`, `30 s`, `5 min`, `2 h`; `Infinity`; a wait too long for a timer in ms. */
export function formatMs(ms: number): string {
  if (ms === Infinity) return 'Infinity';
  if (ms <= 0) return String(ms);
  if (ms >= NEVER_MS) return `${ms} ms`;
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000} s`;
  if (ms >= 1000) return `${Math.round(ms / 100) / 10} s`;
  return `${ms} ms`;
}

export function provenanceOf(v: Value, fallback?: 'library default' | 'callee default' | 'client default'): Provenance {
  if (fallback) return fallback;
  if (v.k === 'env') return 'environment';
  return v.via ? 'named' : 'written';
}

/**
 * The options of every site a run looks at, read once per site and family. One instance per
 * view: nothing is kept between runs.
 */
export class OptionsModel {
  private readonly memo = new Map<(site: SettingSite) => unknown, Map<SettingSite, unknown>>();

  /** A family's reading of a site (`options.of(site, timeoutsOf)`), computed once. */
  of<T>(site: SettingSite, family: (site: SettingSite) => T): T {
    let bySite = this.memo.get(family);
    if (!bySite) this.memo.set(family, (bySite = new Map()));
    if (bySite.has(site)) return bySite.get(site) as T;
    const value = family(site);
    bySite.set(site, value);
    return value;
  }

  /** Lets go of every reading: a rule's readings are its own, and the next rule reads what it needs. */
  clear(): void {
    this.memo.clear();
  }
}
