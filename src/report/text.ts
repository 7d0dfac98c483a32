/**
 * The terminal report: findings grouped by file, each headed `path:line:col` so editors and
 * terminals can open it, then the skipped files and a one-line summary.
 */
import { isLeftOut, LEFT_OUT, type Finding, type Report, type Severity, type SkippedFile } from '../types.js';
import {
  callPathOf,
  commitsOf,
  describeCounts,
  formatLocation,
  groupByFile,
  plural,
  printable,
  sameRevision,
  shortSha,
} from './describe.js';

export interface TextOptions {
  /** ANSI colors; the caller decides (TTY, NO_COLOR), so the default is plain text. */
  color?: boolean;
}

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan';

const ANSI: Record<Style, string> = {
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
};
const RESET = '\u001b[0m';

const SEVERITY_STYLE: Record<Severity, Style[]> = {
  high: ['bold', 'red'],
  medium: ['yellow'],
  low: ['cyan'],
};

// Labels padded to one width so the values line up under each other.
const LABEL_WIDTH = 8;

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = painter(options.color === true);
  const lines: string[] = [];

  for (const group of groupByFile(report.findings)) {
    const count = paint(`(${plural(group.findings.length, 'finding')})`, 'dim');
    lines.push(`${paint(printable(group.file), 'bold')} ${count}`);
    for (const finding of group.findings) lines.push(...findingLines(finding, report, paint), '');
  }

  const { failed, leftOut } = splitSkipped(report.files.skipped);
  for (const skipped of failed) {
    lines.push(`${paint('note:', 'yellow')} skipped ${printable(skipped.path)}: ${printable(skipped.reason)}`);
  }
  if (leftOut.length) lines.push(`${paint('note:', 'yellow')} ${printable(leftOutLine(leftOut))}`);
  for (const note of report.notes ?? []) lines.push(`${paint('note:', 'yellow')} ${printable(note)}`);
  if (report.files.skipped.length > 0 || (report.notes ?? []).length > 0) lines.push('');

  lines.push(paint(summaryLine(report), 'bold'));
  const first = report.findings[0];
  if (first) {
    lines.push(paint(`hint: a finding judged acceptable can be suppressed where it is, with the reason: // opsdiff-ignore-next-line ${first.ruleId} -- <why this is fine>`, 'dim'));
  }
  return `${lines.join('\n')}\n`;
}

/** `2 findings (1 high, 1 medium) in 3 files analyzed; risk: high`, the all-clear, or that there was nothing to compare. */
export function summaryLine(report: Report): string {
  const analyzed = `${plural(report.files.analyzed.length, 'file')} analyzed`;
  const { failed, leftOut } = splitSkipped(report.files.skipped);
  const skipped = `${failed.length > 0 ? `, ${failed.length} skipped` : ''}${leftOut.length > 0 ? `, ${leftOut.length} left out` : ''}`;
  const { findings } = report;
  if (sameRevision(report)) return `nothing to compare: base and head are the same commit (${shortSha(report.head)})`;
  if (findings.length === 0) return `no risky changes in ${analyzed}${skipped}`;
  const counted = `${plural(findings.length, 'finding')} (${describeCounts(findings)})`;
  return `${counted} in ${analyzed}${skipped}; risk: ${report.summary.risk}`;
}

function findingLines(finding: Finding, report: Report, paint: Painter): string[] {
  const label = (name: string): string => paint(name.padEnd(LABEL_WIDTH), 'dim');
  const baseMark = finding.side === 'base' ? paint(' (base)', 'dim') : '';
  const heading = [
    paint(printable(formatLocation(finding.location)), 'bold') + baseMark,
    paint(finding.severity, ...SEVERITY_STYLE[finding.severity]),
    finding.ruleId,
    paint(`${finding.category}, ${finding.effect.kind} ${printable(finding.effect.callee)}`, 'dim'),
  ].join('  ');

  // The message says what changed (before -> after); the lines below add what it does not say.
  const lines = [`  ${heading}`, `    ${printable(finding.message)}`];
  const callPath = callPathOf(finding);
  if (callPath) lines.push(`    ${label('path')} ${printable(callPath)}`);

  for (const related of finding.related) {
    const side = related.side === 'base' ? paint(' (base)', 'dim') : '';
    lines.push(`    ${label('related')} ${printable(formatLocation(related))}${side}  ${printable(related.message)}`);
  }

  const origin = describeOrigin(finding, report);
  if (origin) lines.push(`    ${label('origin')} ${origin}`);
  lines.push(...codeFrame(finding, paint));
  return lines;
}

/** The finding's line and the loop and calls around it, numbered, the finding's line marked. */
function codeFrame(finding: Finding, paint: Painter): string[] {
  const snippet = finding.snippet ?? [];
  if (snippet.length === 0) return [];
  const width = String(snippet[snippet.length - 1]!.line).length;
  const out: string[] = [];
  let previous: number | undefined;
  for (const { line, text } of snippet) {
    if (previous !== undefined && line > previous + 1) out.push(paint(`      ${' '.repeat(width)} :`, 'dim'));
    const here = line === finding.location.line;
    const gutter = `${here ? '>' : ' '} ${String(line).padStart(width)} |`;
    out.push(`    ${here ? paint(gutter, 'bold') : paint(gutter, 'dim')} ${printable(text)}`);
    previous = line;
  }
  return out;
}

function describeOrigin(finding: Finding, report: Report): string | undefined {
  const commits = commitsOf(finding, report).map(({ sha, commit }) =>
    commit ? `${shortSha(sha)} ${printable(commit.subject)}` : shortSha(sha),
  );
  if (finding.origin === undefined && commits.length === 0) return undefined;
  const parts = [finding.origin ?? 'origin unknown'];
  if (commits.length > 0) parts.push(`from ${commits.join('; ')}`);
  return parts.join(', ');
}

type Painter = (text: string, ...styles: Style[]) => string;

function painter(enabled: boolean): Painter {
  if (!enabled) return (text) => text;
  return (text, ...styles) => `${styles.map((style) => ANSI[style]).join('')}${text}${RESET}`;
}

/** The files that could not be read, and those the scope leaves out. */
export function splitSkipped(skipped: readonly SkippedFile[]): { failed: SkippedFile[]; leftOut: SkippedFile[] } {
  return { failed: skipped.filter((f) => !isLeftOut(f)), leftOut: skipped.filter(isLeftOut) };
}

/** `left out 7 changed files: 5 test files, 1 declaration file, 1 excluded by configuration (exclude: "gen/**")`. */
export function leftOutLine(leftOut: readonly SkippedFile[]): string {
  const counts = new Map<string, number>();
  for (const f of leftOut) {
    const why = f.reason.slice(LEFT_OUT.length);
    counts.set(why, (counts.get(why) ?? 0) + 1);
  }
  // A kind of file (`test file`) is counted in the plural; a rule (`excluded by configuration (...)`) is not a noun.
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([why, n]) => (/^(excluded|outside) /.test(why) ? `${n} ${why}` : plural(n, why, why.endsWith('y') ? `${why.slice(0, -1)}ies` : `${why}s`)));
  return `left out ${plural(leftOut.length, 'changed file')}: ${parts.join(', ')}`;
}
