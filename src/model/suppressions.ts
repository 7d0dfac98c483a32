/**
 * Suppressions written in the code, with the reason that keeps the judgement visible:
 *
 *   // opsdiff-ignore-next-line io-in-loop -- the cart is capped at 5 items by the API
 *   // opsdiff-ignore-start timeout-changed, retry-changed -- batch job, runs off the request path
 *   ...
 *   // opsdiff-ignore-end
 *
 * A rule is named by id or category (`fan-out`), or `all`. A directive without a reason is not
 * honoured, and one added by the change that suppresses nothing is reported, so stale ones do
 * not pile up.
 */
import type { Finding } from '../types.js';

export interface Directive {
  kind: 'next-line' | 'start' | 'end';
  line: number; // where the directive is written
  /** The lines it covers: the next line of code, or the block up to its end. */
  from: number;
  to: number;
  rules: string[];
  reason: string;
}

const DIRECTIVE = /(?:\/\/|\/\*|^\s*\*)\s*opsdiff-ignore-(next-line|start|end)\b(.*?)(?:\*\/\s*)?$/;

/** Cheap to call on every file: returns nothing unless the text mentions a directive. */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes('opsdiff-ignore-')) return [];
  const lines = text.split('\n');
  const out: Directive[] = [];
  const open: Directive[] = [];
  lines.forEach((raw, i) => {
    const m = DIRECTIVE.exec(raw);
    if (!m) return;
    const kind = m[1] as Directive['kind'];
    const [rulesPart = '', ...reasonParts] = (m[2] ?? '').split(/\s--\s?/);
    const rules = rulesPart.split(/[\s,]+/).filter(Boolean);
    const reason = reasonParts.join(' -- ').trim();
    const line = i + 1;
    if (kind === 'end') {
      const start = open.pop();
      if (start) start.to = line;
      return;
    }
    const d: Directive = { kind, line, from: line + 1, to: line + 1, rules, reason };
    if (kind === 'next-line') {
      // The next line that holds code: blank lines and comments in between do not count.
      let j = i + 1;
      while (j < lines.length && /^\s*(\/\/.*|\/\*.*|\*.*)?$/.test(lines[j]!)) j++;
      d.from = d.to = j + 1;
    } else {
      d.to = lines.length; // until its end, or the end of the file
      open.push(d);
    }
    out.push(d);
  });
  return out;
}

export interface SuppressionResult {
  kept: Finding[];
  suppressed: Array<{ finding: Finding; directive: Directive }>;
  /** Human-readable notices: directives without a reason, and new ones that suppress nothing. */
  notes: string[];
}

export function applySuppressions(findings: Finding[], directivesByFile: Map<string, Directive[]>, isChangedHead: (file: string, line: number) => boolean): SuppressionResult {
  const used = new Set<Directive>();
  const kept: Finding[] = [];
  const suppressed: SuppressionResult['suppressed'] = [];
  const notes: string[] = [];
  for (const [file, directives] of directivesByFile) {
    for (const d of directives) {
      if (!d.reason) notes.push(`${file}:${d.line}: opsdiff-ignore-${d.kind} has no reason (write \`-- why\` after the rule); it is not honoured`);
      else if (d.rules.length === 0) notes.push(`${file}:${d.line}: opsdiff-ignore-${d.kind} names no rule (a rule id, a category, or \`all\`); it is not honoured`);
    }
  }
  for (const f of findings) {
    const lines = [{ file: f.location.file, line: f.location.line }, ...f.related.filter((r) => r.side === 'head')];
    const match = lines
      .flatMap((l) => (directivesByFile.get(l.file) ?? []).filter((d) => d.reason && l.line >= d.from && l.line <= d.to))
      .find((d) => d.rules.some((r) => r === f.ruleId || r === f.category || r === 'all'));
    if (f.side === 'head' && match) {
      used.add(match);
      suppressed.push({ finding: f, directive: match });
    } else kept.push(f);
  }
  for (const [file, directives] of directivesByFile) {
    for (const d of directives) {
      if (used.has(d) || !d.reason || d.rules.length === 0) continue;
      // Only directives this change wrote: an old one may guard a risk this change does not touch.
      if (isChangedHead(file, d.line)) notes.push(`${file}:${d.line}: opsdiff-ignore-${d.kind} ${d.rules.join(', ')} suppresses nothing; remove it`);
    }
  }
  return { kept, suppressed, notes };
}
