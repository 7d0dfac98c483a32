/**
 * Where a settings finding points: one policy for the timeout, retry and concurrency rules.
 *
 * A reviewer fixes a setting where its value is written, so a finding points at the changed head
 * line nearest the value's origin: the option's own line when it is written in the call; else
 * the changed line that sets the value (a constant, an environment default, a shared options
 * object, in this file or another); else the call. When the finding moves away from the call,
 * the call becomes a related location ("used by"), so the consumers of one shared definition
 * are listed at that definition (the engine merges findings that land on one place).
 */
import type { ChangeView } from '../../src/rule.js';
import type { SettingSite, Value, Where } from '../../src/model/settings.js';
import type { RelatedLocation } from '../../src/types.js';
import type { Span } from '../../src/model/facts/index.js';

export interface Anchor {
  file: string;
  span: Span;
  /** The call the setting applies to, when the finding points elsewhere. */
  related: RelatedLocation[];
  /** Whether the finding points at the value's definition rather than at the call. */
  atOrigin: boolean;
}

export function anchorOf(view: ChangeView, site: SettingSite, value: Value | Where | undefined, what = site.text): Anchor {
  const origin = value && 'k' in value ? value.at : value;
  const via = value && 'k' in value ? value.via : undefined;
  // The option's own line, when it changed: `timeout: DEFAULT_TIMEOUT` written into the call.
  if (via && inSite(site, via) && view.isChanged('head', via.file, via.line)) return atLine(site, via);
  if (origin && inSite(site, origin)) {
    return atLine(site, origin);
  }
  if (origin && view.isChanged('head', origin.file, origin.line)) {
    const used: RelatedLocation = { side: 'head', file: site.file, line: site.span.line, column: site.span.column, endLine: site.span.endLine, endColumn: site.span.endColumn, message: `used by: ${what.replace(/\s+\./g, '.')}` };
    return { file: origin.file, span: { line: origin.line, column: 1, endLine: origin.line, endColumn: 1 }, related: [used], atOrigin: true };
  }
  if (via && inSite(site, via)) return atLine(site, via);
  return { file: site.file, span: site.span, related: [], atOrigin: false };
}

/**
 * A removed option: the head line where the removed key's hunk lands in the call that lost it
 * (the line its deletion left, or the changed line nearest where it was). A key that came from
 * an object written elsewhere (a shared spread) points at the call.
 */
export function removalAnchor(view: ChangeView, base: SettingSite, head: SettingSite, removed: Value | undefined): Anchor {
  const call: Anchor = { file: head.file, span: head.span, related: [], atOrigin: false };
  const at = removed?.via ?? removed?.at;
  if (!at || at.file !== base.file || at.line < base.span.line || at.line > base.span.endLine) return call;
  const { line: first, endLine: last } = head.span;
  const estimate = Math.min(Math.max(at.line - base.span.line + first, first), last);
  for (let d = 0; d <= last - first; d++) {
    for (const line of d ? [estimate - d, estimate + d] : [estimate]) {
      if (line < first || line > last) continue;
      if (view.isChanged('head', head.file, line) || deletedBefore(view, head.file, line)) return atLine(head, { file: head.file, line });
    }
  }
  return call;
}

/** Whether base lines were deleted just above this head line (the line now standing where they were). */
function deletedBefore(view: ChangeView, file: string, line: number): boolean {
  return line > 1 && !view.isChanged('head', file, line - 1) && view.touches(file, { line: line - 1, endLine: line });
}

function inSite(site: SettingSite, w: Where): boolean {
  return w.file === site.file && w.line >= site.span.line && w.line <= site.span.endLine;
}

function atLine(site: SettingSite, w: Where): Anchor {
  const first = w.line === site.span.line;
  const last = w.line === site.span.endLine;
  return { file: site.file, span: { line: w.line, column: first ? site.span.column : 1, endLine: w.line, endColumn: last ? site.span.endColumn : 1 }, related: [], atOrigin: false };
}
