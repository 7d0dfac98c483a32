/**
 * How the settings rules say what they found: one owner for durations, factors, the "before: /
 * set here:" related locations, the severity step-down, and where a value is set.
 */
import type { RuleFinding } from '../../src/rule.js';
import type { MovedCall } from '../../src/match/calls.js';
import { receiverOf, type SettingSite, type Value, type Where } from '../../src/model/settings.js';
import type { RelatedLocation, Severity } from '../../src/types.js';

/** Durations are shown as the options model shows them. */
export { formatMs, NEVER_MS } from '../../src/model/options/index.js';

/** `12x`, `2.5x`, `unbounded`: how many times larger. */
export function formatFactor(f: number): string {
  if (f === Infinity) return 'unbounded';
  return `${f >= 10 ? Math.round(f) : Math.round(f * 10) / 10}x`;
}

/** The factor from one amount to another, for a message; empty when either is not known. */
export function factorText(before: number | undefined, after: number | undefined): string {
  if (!before || before <= 0 || after === undefined) return '';
  return formatFactor(after / before);
}

/** One severity step lower (high -> medium -> low) when `yes`. */
export function stepDown(s: Severity, yes = true): Severity {
  return !yes ? s : s === 'high' ? 'medium' : 'low';
}

/** `file:line` of a value. */
export function whereText(v: Value | Where): string {
  const at = 'k' in v ? v.at : v;
  return `${at.file}:${at.line}`;
}

/** A related location at a line: what was there before (base), or where a value is set (head). */
export function lineAt(side: 'base' | 'head', at: Where, message: string): RelatedLocation {
  return { side, file: at.file, line: at.line, column: 1, endLine: at.line, endColumn: 1, message };
}

/** Whether a place lies inside the call or construction of a site. */
export function inSite(site: SettingSite, at: Where): boolean {
  return at.file === site.file && at.line >= site.span.line && at.line <= site.span.endLine;
}

/**
 * `before: option = value` at the base value, and `set here: option = value` at the head value
 * when it is written away from the call (a constant, an environment module) and the finding does
 * not already point there.
 */
export function beforeAndSetHere(option: string, before: Value | undefined, beforeShown: string, head: SettingSite, after: Value | undefined, afterShown: string): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  if (before) out.push(lineAt('base', before.at, `before: ${option} = ${beforeShown}`));
  if (after && !inSite(head, after.at)) out.push(lineAt('head', after.at, `set here: ${option} = ${afterShown}`));
  return out;
}

/** `{ option, value, setAt }`: one side of a settings finding's `before`/`after`. */
export function sideOf(option: string | undefined, shown: string, v: Value | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...(option ? { option } : {}), value: shown, ...extra, ...(v ? { setAt: whereText(v) } : {}) };
}

/** `new Upload({ client, params: {...} }).done` -> `new Upload(...).done`: a call by its names, for a message. */
export function shortCall(text: string): string {
  if (text.length <= 48) return text;
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') {
      if (depth++ === 0) out += '(...)';
    } else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out.replace(/\s+/g, ' ');
}

/** One finding per place and identity. */
export function dedupe<M extends string>(findings: RuleFinding<M>[]): RuleFinding<M>[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.at.file}:${f.at.span.line}|${f.identity}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One side of a moved call's setting: how it reads, the value and place that set it, extra report fields. */
export interface MovedSide {
  shown: string;
  value?: Value;
  extra?: Record<string, unknown>;
}

/**
 * A finding on a call that now goes through another client or library (src/match/calls.ts): at
 * the head call, naming the change (`goes through \`plain\` instead of \`slow\``, `uses axios
 * instead of ky`), the base call or the value that set the setting there related.
 */
export function movedFinding<M extends string>(messageId: M, severity: Severity, { entry, base, head, how }: MovedCall, option: string, before: MovedSide, after: MovedSide, data: Record<string, string> = {}): RuleFinding<M> {
  const moved = how === 'client' ? `goes through \`${receiverOf(head.callText)}\` instead of \`${receiverOf(base.callText)}\`` : `uses ${head.effect.lib?.label} instead of ${base.effect.lib?.label}`;
  return {
    messageId,
    severity,
    data: { callee: shortCall(head.callText), entry: entry.head!.fnId, how: moved, before: before.shown, after: after.shown, ...data },
    at: { side: 'head', file: head.file, span: head.span },
    related: [lineAt('base', before.value?.at ?? { file: base.file, line: base.span.line }, `before: ${base.callText}, ${option} ${before.shown}`)],
    effect: { kind: head.effect.kind, callee: head.effect.key },
    before: sideOf(option, before.shown, before.value, before.extra),
    after: sideOf(option, after.shown, after.value, after.extra),
    identity: `${entry.head!.fnId}|${head.effect.key}|${messageId}`,
  };
}
