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
import type { SettingSite, Where } from '../../src/model/settings.js';
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

export function anchorOf(view: ChangeView, site: SettingSite, origin: Where | undefined, what = site.text): Anchor {
  if (origin && origin.file === site.file && origin.line >= site.span.line && origin.line <= site.span.endLine) {
    const first = origin.line === site.span.line;
    const last = origin.line === site.span.endLine;
    return { file: site.file, span: { line: origin.line, column: first ? site.span.column : 1, endLine: origin.line, endColumn: last ? site.span.endColumn : 1 }, related: [], atOrigin: false };
  }
  if (origin && view.isChanged('head', origin.file, origin.line)) {
    const used: RelatedLocation = { side: 'head', file: site.file, line: site.span.line, column: site.span.column, endLine: site.span.endLine, endColumn: site.span.endColumn, message: `used by: ${what.replace(/\s+\./g, '.')}` };
    return { file: origin.file, span: { line: origin.line, column: 1, endLine: origin.line, endColumn: 1 }, related: [used], atOrigin: true };
  }
  return { file: site.file, span: site.span, related: [], atOrigin: false };
}
