/**
 * What a rule is: data (id, category, docs, message templates) and one pure function from the
 * matched base/head view to findings. Rules never read git, format text or decide the exit code.
 */
import type { Category, EffectKind, RelatedLocation, RuleMeta, Severity } from './types.js';
import type { EffectPath } from './model/summaries.js';
import type { Span } from './model/facts/index.js';
import type { SettingPair } from './match/settings.js';
import type { SettingSite } from './model/settings.js';
import type { MovedCall } from './match/calls.js';
import type { OptionsModel } from './model/options/index.js';

export const DOCS_BASE = 'https://github.com/opsdiff/opsdiff/blob/main/docs/rules.md#rule-';

export interface EntryRef {
  file: string;
  fnId: string;
  span: Span;
  exported: boolean;
}

/** One entry function in base and/or head, with every I/O path reachable from it. */
export interface EntryChange {
  base?: EntryRef;
  head?: EntryRef;
  basePaths: EffectPath[];
  headPaths: EffectPath[];
  /** Routes to the same call sites through other outermost loops of the entry (src/model/summaries.ts `alternatesOf`): io-in-loop tells loops apart. */
  baseAlternates?: EffectPath[];
  headAlternates?: EffectPath[];
}

export interface ChangeView {
  entries: EntryChange[];
  /** The entry whose function on `side` is `fnId` of `file`, found by key (a change can have thousands). */
  entryOf(side: 'base' | 'head', file: string, fnId: string): EntryChange | undefined;
  /** Calls and constructions with time, retry or concurrency options, paired across base and head. */
  settings: SettingPair[];
  /** Calls that now go through another client or library (src/match/calls.ts), found once for every rule that asks. */
  movedCalls(): MovedCall[];
  /** The setting sites of each side (those of `settings`, in order). */
  sites: { base: SettingSite[]; head: SettingSite[] };
  /** What the options of each setting site mean (src/model/options/): read once per site and family. */
  options: OptionsModel;
  /** Whether a line was added or modified in head (side 'head') or removed/modified in base. */
  isChanged(side: 'base' | 'head', file: string, line: number): boolean;
  /** Whether head changed anything inside these head lines: a line added or modified, or base lines removed between two of them. */
  touches(file: string, span: { line: number; endLine: number }): boolean;
}

export interface RuleFinding<M extends string = string> {
  messageId: M;
  data: Record<string, string>;
  severity: Severity;
  at: { side: 'base' | 'head'; file: string; span: Span };
  related: RelatedLocation[];
  effect: { kind: EffectKind; callee: string };
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Identifies the finding across unrelated edits (no line numbers): entry and effect. */
  identity: string;
}

export interface RuleDocs {
  summary: string;
  why: string;
  fix: string;
  notFor: string[];
}

/** A number a rule's policy turns on, as a configuration may set it: its JSON Schema, in the style of typescript-eslint's rule options. */
export interface OptionSchema {
  type: 'number' | 'integer';
  description: string;
  minimum?: number;
  exclusiveMinimum?: number;
}

/** The thresholds of a rule: their defaults and the schema of what a configuration may set. */
export interface RuleOptions<O extends Record<string, number>> {
  defaults: O;
  schema: { [K in keyof O]: OptionSchema };
}

export type Options = Record<string, number>;

export interface Rule<M extends string = string, O extends Options = Options> {
  id: string;
  category: Category;
  severity: Severity;
  docs: RuleDocs;
  messages: Record<M, string>;
  /** Thresholds a configuration may set (`"rules": { "timeout-changed": ["high", { "raiseFactor": 10 }] }`). */
  options?: RuleOptions<O>;
  /** `options` holds every threshold: the configured ones over the defaults. */
  check(view: ChangeView, options: O): RuleFinding<M>[];
}

export function defineRule<M extends string, O extends Options = Options>(rule: Rule<M, O>): Rule<M, O> {
  return rule;
}

/** A rule's options: the given ones over its defaults. */
export function optionsOf<O extends Options>(rule: Rule<string, O>, given?: Partial<O>): O {
  return { ...(rule.options?.defaults ?? ({} as O)), ...(given ?? {}) } as O;
}

export function ruleMeta(rule: Rule): RuleMeta {
  return { id: rule.id, category: rule.category, severity: rule.severity, ...rule.docs, helpUri: DOCS_BASE + rule.id };
}

/** `{{name}}` placeholders filled from data; a missing one is a bug in the rule, so it shows. */
export function renderMessage(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => data[name] ?? `{{${name}}}`);
}
