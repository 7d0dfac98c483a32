/**
 * How retry-changed says what it found: the words for a retry site, what it repeats and one
 * failing operation, and the shape of its findings on an option (rules/shared/present.ts for
 * what the settings rules share).
 */
import type { Anchor } from './anchor.js';
import { beforeAndSetHere, inSite, lineAt, sideOf, stepDown } from './present.js';
import type { LostLoop, Target } from './retry-target.js';
import { canonical, type Count } from '../../src/model/options/retry.js';
import type { RuleFinding } from '../../src/rule.js';
import type { SettingSite, Value } from '../../src/model/settings.js';
import type { EffectPath } from '../../src/model/summaries.js';
import type { EffectKind, Severity } from '../../src/types.js';

/** `` `pRetry` ``, or `` The retry loop `for (...)` `` (at the start of a sentence) / `` the retry loop `for (...)` ``. */
export function siteText(site: SettingSite, lower = false): string {
  if (site.role !== 'retry-loop') return `\`${site.key}\``;
  return `${lower ? 'the' : 'The'} retry loop \`${site.text}\``;
}

/** `` around `fetch` ``: what a wrapper or loop repeats, when it is not the site itself. */
export function aroundText(site: SettingSite, target: Target): string {
  if (site.kind !== 'other' || !target.callee || target.callee === site.key) return '';
  return ` around \`${target.callee}\``;
}

/** What one failing operation is called: a request, a query, a job. */
export function unitOf(kind: EffectKind, key: string): string {
  if (/bullmq|queue/i.test(key)) return 'job';
  return kind === 'network' ? 'request' : kind === 'db' ? 'query' : kind === 'cache' ? 'command' : kind === 'queue' ? 'message' : 'call';
}

/** `up to 5 attempts`, `3 -> 10 attempts`, `unbounded attempts`. */
export function attemptsText(count: { before: Count; after: Count } | undefined): string {
  const [b, a] = [count?.before.amount, count?.after.amount];
  const n = (x: number) => (x === Infinity ? 'unbounded' : String(x));
  if (a === undefined) return 'every attempt';
  if (b !== undefined && b !== a) return `${n(b)} -> ${n(a)} attempts`;
  return a === Infinity ? 'unbounded attempts' : `up to ${a} attempts`;
}

/** How a new retry states its bound: `up to 5 attempts` (a loop), `retries: 3`, `default retries`. */
export function boundText(site: SettingSite, count: Pick<Count, 'path' | 'shown' | 'amount' | 'value'>): string {
  const n = count.amount;
  if (site.role !== 'retry-loop') return count.value ? `${count.path}: ${count.shown}` : 'default retries';
  return n !== undefined ? `up to ${n === Infinity ? 'unbounded' : n} attempts` : count.value ? `bound ${count.shown}` : 'no visible bound';
}

/** `{ calls }` of a side of a finding: the calls per failing operation, when known. */
export function callsOf(n: number | undefined): { calls?: number | 'unbounded' } {
  return n !== undefined ? { calls: n === Infinity ? 'unbounded' : n } : {};
}

/** What a lost backoff or jitter does to the retries of one failing operation (`per`: `up to 5 attempts per failing request`). */
export function stormText(what: 'jitter' | 'no delay' | 'no growth', per: string | undefined, unit: string): string {
  if (what === 'jitter') return `clients that failed together now retry at the same moments, in synchronized waves${per ? ` (${per})` : ''}`;
  if (what === 'no delay') return per ? `${per} now hit the dependency back to back` : `every failing ${unit} now retries back to back`;
  return `retries ${per ? `(${per}) ` : ''}now keep the same pace however long the dependency struggles`;
}

/** One side of an option in a finding: how it reads, where it is written, and what else the side records. */
export interface OptionSide {
  shown: string;
  value?: Value;
  extra?: Record<string, unknown>;
}

/** A finding on an option that changed, at the anchor (its head value, or the call), with the `before:` and `set here:` lines. */
export function optionFinding<M extends string>(messageId: M, severity: Severity, data: Record<string, string>, head: SettingSite, target: Target, anchor: Anchor, option: string, before: OptionSide, after: OptionSide): RuleFinding<M> {
  return {
    messageId,
    severity: stepDown(severity, target.local),
    data: { ...data, callee: head.key, around: aroundText(head, target), option },
    at: { side: 'head', file: anchor.file, span: anchor.span },
    related: [...beforeAndSetHere(option, before.value, before.shown, head, anchor.atOrigin ? undefined : after.value, after.shown), ...anchor.related],
    effect: { kind: target.kind, callee: target.callee ?? head.key },
    before: sideOf(option, before.shown, before.value, before.extra),
    after: sideOf(option, after.shown, after.value, after.extra),
    identity: `${head.fnId}|${head.key}|${canonical(option)}|${messageId}`,
  };
}

/** A finding on a circuit breaker, at the option that disabled it (its own line in the call) or at the breaker. */
export function breakerFinding<M extends string>(messageId: M, site: SettingSite, side: 'base' | 'head', target: Target, how: string, option: string, before: OptionSide, after: OptionSide): RuleFinding<M> {
  const v = after.value;
  const own = v && inSite(site, v.at) && v.at.line !== site.span.line ? v.at.line : undefined;
  return {
    messageId,
    severity: stepDown('medium', target.local),
    data: { callee: site.key, around: aroundText(site, target), how, before: before.shown, after: after.shown },
    at: { side, file: site.file, span: own ? { line: own, column: 1, endLine: own, endColumn: 1 } : site.span },
    related: before.value ? [lineAt('base', before.value.at, `before: ${before.shown}`)] : [],
    effect: { kind: target.kind, callee: target.callee ?? site.key },
    before: sideOf(option, before.shown, before.value),
    after: sideOf(option, after.shown, v),
    identity: `${site.fnId}|${site.key}|${messageId}`,
  };
}

/** A retry loop gone from a call's route, at the head function's own call on the route (the call, or the call into the helper that makes it). */
export function loopFinding<M extends string>(messageId: M, severity: Severity, { loop, route, fnId }: LostLoop): RuleFinding<M> {
  const at = route.steps[0] ?? route;
  const { kind, key } = route.effect;
  return {
    messageId,
    severity,
    data: { header: loop.header, callee: key, unit: unitOf(kind, key) },
    at: { side: 'head', file: at.file, span: at.span },
    related: [{ side: 'base', file: loop.file, line: loop.line, column: loop.column, endLine: loop.line, endColumn: loop.column, message: `before: ${loop.header}` }],
    effect: { kind, callee: key },
    before: { option: 'retry loop', value: loop.header },
    after: { option: 'retry loop', value: 'none', calls: 1 },
    identity: `${fnId}|${key}|${messageId}`,
  };
}

/** A retry wrapper gone while the call it retried is still made: at the head function's call, the wrapper related. */
export function wrapperFinding<M extends string>(messageId: M, severity: Severity, base: SettingSite, count: Count, { route, fnId }: { route: EffectPath; fnId: string }): RuleFinding<M> {
  const { kind, key } = route.effect;
  const at = route.steps[0] ?? route;
  return {
    messageId,
    severity,
    data: { wrapper: base.key, before: count.amount !== undefined ? attemptsText({ before: count, after: count }) : count.shown, callee: key, unit: unitOf(kind, key) },
    at: { side: 'head', file: at.file, span: at.span },
    related: [lineAt('base', { file: base.file, line: base.span.line }, `before: ${base.text}`)],
    effect: { kind, callee: key },
    before: sideOf('retry wrapper', base.key, count.value, callsOf(count.amount)),
    after: { option: 'retry wrapper', value: 'none', calls: 1 },
    identity: `${fnId}|${key}|${messageId}`,
  };
}

/** A retry loop whose error test now lets more (`wider`) or fewer kinds of error through: low, for a reviewer to judge. */
export function errorsFinding<M extends string>(messageId: M, base: SettingSite, head: SettingSite, target: Target, before: string, after: string, wider: boolean): RuleFinding<M> {
  const unit = unitOf(target.kind, head.key);
  return {
    messageId,
    severity: 'low',
    data: {
      header: head.text, around: aroundText(head, target), before, after,
      how: wider ? 'now retries more kinds of error' : 'no longer retries a kind of error it did',
      consequence: wider ? `: each of them now costs up to the loop's attempts per failing ${unit}` : `: those failures now fail the ${unit} at once`,
    },
    at: { side: 'head', file: head.file, span: head.span },
    related: [{ side: 'base', file: base.file, line: base.span.line, column: base.span.column, endLine: base.span.line, endColumn: base.span.column, message: `before: retried only when ${before}` }],
    effect: { kind: target.kind, callee: target.callee ?? head.key },
    before: { option: 'retried errors', value: before },
    after: { option: 'retried errors', value: after },
    identity: `${head.fnId}|${head.key}|${messageId}`,
  };
}
