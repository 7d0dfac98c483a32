/**
 * The configuration as the engine and the CLI use it, after loading and validation
 * (src/config/load.ts). Every field has its default filled in.
 */
import type { EffectKind, Severity } from '../types.js';

export type FailLevel = Severity | 'none';

/** An extra client library: `{ "module": "@acme/cache", "kind": "cache", "methods": ["get", "set"] }`. */
export interface ClientConfig {
  module: string;
  kind: EffectKind;
  /** Short name in keys and messages (default: the module's last path segment). */
  label?: string;
  /** Methods that are round trips; omitted: every method but event/config ones. */
  methods?: string[];
  /** How handles are born from the module's exports (default: `{ "default": "handle", "*": "handle" }`). */
  exports?: Record<string, 'constructor' | 'factory' | 'handle' | 'callable' | 'not-io'>;
  /** Batch methods and their per-item forms, as in the catalog. */
  batches?: Array<{ batch: string; single: string[] }>;
}

/** Names that tell a client when nothing else is known: `{ "pattern": "^(ledger|billing)Client$", "kind": "network" }`. */
export interface NameConfig {
  pattern: string;
  kind: EffectKind;
  /** Which methods count (a regular expression; default: any). */
  methods?: string;
}

export interface Thresholds {
  /** timeout-changed: a raise counts as sharp beyond this factor... */
  timeoutRaiseFactor: number;
  /** ...or when it crosses this many milliseconds. */
  timeoutCeilingMs: number;
  /** io-in-loop: a literal list up to this many items is a small bounded loop (low severity). */
  smallLoop: number;
}

export interface ResolvedConfig {
  /** The file it came from, for messages (undefined: defaults only). */
  source?: string;
  include: string[];
  exclude: string[];
  /** Per rule: `off`, or the severity every finding of the rule takes. */
  rules: Record<string, 'off' | Severity>;
  /** Per rule: the thresholds set for it (`"rules": { "timeout-changed": ["high", { "raiseFactor": 10 }] }`), over the rule's defaults. */
  ruleOptions?: Record<string, Record<string, number>>;
  failOn: FailLevel;
  /** A stricter threshold for findings whose lines come from AI-assisted commits. */
  failOnAi?: FailLevel;
  clients: ClientConfig[];
  names: NameConfig[];
  thresholds: Thresholds;
  /** Extra commit-origin patterns (src/origin OriginPattern shape). */
  origin: Array<{ signal: 'trailer' | 'author' | 'committer' | 'message' | 'branch'; pattern: string; label?: string }>;
  /** Path of the baseline file (default `.opsdiff-baseline.json` at the repository root when it exists). */
  baseline?: string;
}

export const DEFAULT_THRESHOLDS: Thresholds = { timeoutRaiseFactor: 5, timeoutCeilingMs: 60_000, smallLoop: 10 };

/** The `thresholds` keys are options of rules, written before rules had options: each names its rule and option. */
export const THRESHOLD_OPTIONS: Record<keyof Thresholds, { rule: string; option: string }> = {
  timeoutRaiseFactor: { rule: 'timeout-changed', option: 'raiseFactor' },
  timeoutCeilingMs: { rule: 'timeout-changed', option: 'ceilingMs' },
  smallLoop: { rule: 'io-in-loop', option: 'smallLoop' },
};

/** A rule's configured options: its `thresholds` keys, then what `rules` sets for it (which wins). */
export function configuredOptions(config: Pick<ResolvedConfig, 'thresholds' | 'ruleOptions'> | undefined, ruleId: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, { rule, option }] of Object.entries(THRESHOLD_OPTIONS)) if (rule === ruleId && config?.thresholds) out[option] = config.thresholds[key as keyof Thresholds];
  return { ...out, ...config?.ruleOptions?.[ruleId] };
}
