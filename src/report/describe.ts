/**
 * Plain-language pieces every format shares: how a side of a change reads, how findings are
 * ordered, and how the commits behind a finding are named. No format-specific escaping here:
 * each format escapes what these return.
 */
import { SEVERITY_RANK } from '../types.js';
import type { CommitInfo, Finding, Location, Report, Severity } from '../types.js';

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** Shown for a side whose detail is null: the I/O did not exist there (new) or no longer does. */
const ABSENT = 'none';

const MAX_JSON_CHARS = 160;

/**
 * One side of a change in a few words. Rules fill `before`/`after` freely, so prefer the
 * fields written for people (`summary`), then the bare measure (`multiplicity`, `value`),
 * and only then the raw object, without the keys shown elsewhere (`path`, `loops`).
 */
export function describeSide(detail: Record<string, unknown> | null): string {
  if (detail === null) return ABSENT;
  const { summary, multiplicity, value } = detail;
  if (isText(summary)) return String(summary);
  if (isText(multiplicity)) return `${String(multiplicity)} per invocation`;
  if (isText(value)) return String(value);
  const { path: _path, loops: _loops, ...rest } = detail;
  const json = JSON.stringify(Object.keys(rest).length > 0 ? rest : detail);
  return json.length > MAX_JSON_CHARS ? `${json.slice(0, MAX_JSON_CHARS - 1)}…` : json;
}

export function describeChange(finding: Finding): string {
  return `${describeSide(finding.before)} -> ${describeSide(finding.after)}`;
}

/** The head-side call path, noting the base one when the route to the I/O changed. */
export function callPathOf(finding: Finding): string | undefined {
  const head = stringField(finding.after, 'path');
  const base = stringField(finding.before, 'path');
  if (head && base && head !== base) return `${head} (was ${base})`;
  return head ?? base;
}

export function formatLocation(location: Pick<Location, 'file' | 'line' | 'column'>): string {
  return `${location.file}:${location.line}:${location.column}`;
}

/**
 * Rule messages and rule docs mark names with backticks, as Markdown code. Where text is shown
 * as is (check-run and workflow-command annotations), quote the names instead. An unpaired
 * backtick is text.
 */
export function plainMessage(message: string): string {
  const parts = message.split('`');
  if (parts.length % 2 === 0) return message;
  return parts.map((part, index) => (index % 2 === 1 ? `\u201c${part}\u201d` : part)).join('');
}

/** Base and head are one commit (`--base HEAD`, a branch not ahead of its base): there is no change at all. */
export function sameRevision(report: { base: string; head: string }): boolean {
  return report.head !== 'INDEX' && report.base === report.head;
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** The commits a finding names, with their subjects when the report knows them. */
export function commitsOf(finding: Finding, report: Report): Array<{ sha: string; commit?: CommitInfo }> {
  const bySha = new Map(report.commits.map((commit) => [commit.sha, commit]));
  return finding.commits.map((sha) => {
    const commit = bySha.get(sha);
    return commit ? { sha, commit } : { sha };
  });
}

/**
 * The commits that introduced a finding (wrote its lines, or removed them for removed code) and
 * their origin: `3c9d2e4 Subject (ai-assisted)`. Each format names a commit its own way.
 */
export function describeIntroduction(finding: Finding, report: Report, nameCommit: (shortSha: string, subject?: string) => string): string | undefined {
  const commits = commitsOf(finding, report).map(({ sha, commit }) => nameCommit(shortSha(sha), commit?.subject));
  if (finding.origin === undefined && commits.length === 0) return undefined;
  const origin = finding.origin === undefined ? '' : ` (${finding.origin})`;
  return `${commits.length > 0 ? commits.join('; ') : 'unknown commit'}${origin}`;
}

/** Most severe first; then by place, so output is stable whatever order the engine used. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.ruleId, b.ruleId)
  );
}

export interface FileGroup {
  file: string;
  findings: Finding[];
}

/** Files ordered by their most severe finding, then path; findings most severe first. */
export function groupByFile(findings: readonly Finding[]): FileGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of [...findings].sort(compareFindings)) {
    const group = groups.get(finding.location.file);
    if (group) group.push(finding);
    else groups.set(finding.location.file, [finding]);
  }
  return [...groups]
    .map(([file, grouped]) => ({ file, findings: grouped }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[worstSeverity(b.findings)] - SEVERITY_RANK[worstSeverity(a.findings)] ||
        compareText(a.file, b.file),
    );
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** "1 high, 1 medium": only the severities present, most severe first. */
export function describeCounts(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  return SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(', ');
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * File names, subjects and callees come from the analyzed repository: a control character in
 * one could move a terminal's cursor or split a line of any format, so show it as an escape.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    switch (char) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
}

function worstSeverity(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>(
    (worst, finding) => (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[worst] ? finding.severity : worst),
    'low',
  );
}

function isText(value: unknown): value is string | number {
  return (typeof value === 'string' && value.length > 0) || typeof value === 'number';
}

function stringField(detail: Record<string, unknown> | null, key: string): string | undefined {
  const value = detail?.[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

// Locale-independent, so the order is the same on every machine.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
