/**
 * The pull-request report (comment, job summary): the overall risk, a table of findings, one
 * short section per finding, and the commits with their origin.
 *
 * File names, commit subjects, callees and messages come from the pull request, so every one
 * of them goes through `escapeMarkdown` or `markdownCode`: no raw HTML, no @mentions, no
 * broken table rows. Text written by opsdiff itself (rule docs, labels) is used as is.
 */
import { combinedOrigin } from '../origin/signals.js';
import type { CommitInfo, Finding, RelatedLocation, Report } from '../types.js';
import { leftOutLine, splitSkipped } from './text.js';
import {
  callPathOf,
  compareFindings,
  describeCounts,
  describeIntroduction,
  plural,
  printable,
  sameRevision,
  shortSha,
} from './describe.js';

// Both tables have four columns.
const TABLE_RULE = '| --- | --- | --- | --- |';

// U+200D between '@' and a name stops GitHub from reading it as a mention.
const MENTION_BREAK = '@&#8205;';

/**
 * Inline text that renders as itself, inside a table cell too: HTML and entities disarmed,
 * Markdown punctuation backslash-escaped, mentions broken, control characters made visible.
 */
export function escapeMarkdown(text: string): string {
  return printable(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~=]/g, '\\$&')
    .replace(/@/g, MENTION_BREAK);
}

/**
 * An inline code span that holds any text. In a table cell a `|` still ends the cell even
 * inside backticks (GFM), so there it must be escaped; elsewhere the backslash would show.
 */
export function markdownCode(text: string, options: { inTable?: boolean } = {}): string {
  const content = printable(text);
  if (content === '') return '` `';
  const longestBacktickRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestBacktickRun + 1);
  const padding = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  const span = `${fence}${padding}${content}${padding}${fence}`;
  return options.inTable ? span.replace(/\|/g, '\\|') : span;
}

// A URL of any scheme, or a bare www. host: what GitHub would link.
const URL_LIKE = /\b[a-z][a-z0-9+.-]*:\/\/|\bwww\./i;

/**
 * An origin signal's detail (a trailer, a line of the message): escaped as text, or, when it
 * holds a URL, whole in a code span, where the URL stays as written (escaping would put
 * backslashes into it) and markup, HTML and mentions are inert.
 */
export function markdownEvidence(detail: string, options: { inTable?: boolean } = {}): string {
  return URL_LIKE.test(detail) ? markdownCode(detail, options) : escapeMarkdown(detail);
}

/** Rule messages mark names with backticks: keep those as code, escape the text between. */
export function markdownMessage(message: string, options: { inTable?: boolean } = {}): string {
  const parts = message.split('`');
  if (parts.length % 2 === 0) return escapeMarkdown(message);
  return parts.map((part, index) => (index % 2 === 1 ? markdownCode(part, options) : escapeMarkdown(part))).join('');
}

/** How much a size-limited place (a pull request comment, a check run's summary) shows. */
export interface MarkdownLimits {
  /** Finding rows in the table (default: all). */
  tableRows?: number;
  /** Detailed finding sections (default: all). */
  sections?: number;
  /** Rows of the commits table (default: all). */
  commitRows?: number;
  /** Where the rest can be read, for the note on what was cut. */
  elsewhere?: string;
}

export function renderMarkdown(report: Report, limits: MarkdownLimits = {}): string {
  const findings = [...report.findings].sort(compareFindings);
  const rows = Math.min(findings.length, limits.tableRows ?? Infinity);
  const sections = Math.min(rows, limits.sections ?? Infinity);
  const commits = commitsToShow(report.commits, limits.commitRows ?? Infinity);
  const blocks = findings.length === 0 ? noFindings(report) : [
    `## opsdiff: ${report.summary.risk} risk`,
    `${plural(findings.length, 'risky change')} (${describeCounts(findings)}) in ${analyzed(report)}.`,
    findingsTable(findings.slice(0, rows)),
    ...findings.slice(0, sections).map((finding, index) => findingSection(finding, index + 1, report)),
  ];
  // What an origin label rests on: always there when there are commits, whatever was cut.
  if (report.commits.length > 0) blocks.push(commitsSection(report.commits, commits));
  if (report.files.skipped.length > 0) blocks.push(skippedList(report));
  const cut = [
    rows < findings.length ? `${plural(findings.length - rows, 'finding')} left out of the table` : '',
    sections < rows ? `${plural(rows - sections, 'finding')} shown without details` : '',
    commitsLeftOut(report.commits, commits),
  ].filter(Boolean);
  if (cut.length > 0) blocks.push(`> [!NOTE]\n> Shortened to fit: ${cut.join('; ')}.${limits.elsewhere ? ` The full report: ${limits.elsewhere}.` : ''}`);
  return `${blocks.join('\n\n')}\n`;
}

function analyzed(report: Report): string {
  return `${plural(report.files.analyzed.length, 'file')} analyzed`;
}

function noFindings(report: Report): string[] {
  if (sameRevision(report)) return ['## opsdiff: nothing to compare', `Base and head are the same commit (\`${shortSha(report.head)}\`): there is no change to analyze.`];
  return ['## opsdiff: no risky changes', `No risky changes in ${analyzed(report)}.`];
}

/** One row a finding, to find it by: how severe, where, which rule, on which call. */
function findingsTable(findings: readonly Finding[]): string {
  const rows = findings.map((finding) =>
    tableRow([
      finding.severity === 'high' ? `**${finding.severity}**` : finding.severity,
      markdownCode(`${finding.location.file}:${finding.location.line}`, { inTable: true }),
      escapeMarkdown(finding.ruleId),
      `${markdownCode(finding.effect.callee, { inTable: true })} (${escapeMarkdown(finding.effect.kind)})`,
    ]),
  );
  return [tableRow(['Severity', 'Location', 'Rule', 'Call']), TABLE_RULE, ...rows].join('\n');
}

/**
 * The rule's message says what changed (before -> after); the list adds only what it does not
 * say: the route to the call, the places around it, why and what to do, and who introduced it.
 */
function findingSection(finding: Finding, number: number, report: Report): string {
  const place = markdownCode(`${finding.location.file}:${finding.location.line}`);
  const side = finding.side === 'base' ? ' (base revision)' : '';
  const ruleId = escapeMarkdown(finding.ruleId);
  const rule = finding.helpUri ? `[${ruleId}](${finding.helpUri})` : ruleId;
  const heading = `### ${number}. ${finding.severity}: ${rule} in ${place}${side}`;
  const items: string[] = [];

  const callPath = callPathOf(finding);
  if (callPath) items.push(`- **Call path:** ${markdownCode(callPath)}`);
  if (finding.related.length > 0) {
    items.push('- **Related:**', ...finding.related.map((related) => `  - ${describeRelated(related)}`));
  }
  if (finding.why) items.push(`- **Why it matters:** ${finding.why}`);
  if (finding.fix) items.push(`- **What to do:** ${finding.fix}`);
  const origin = describeOrigin(finding, report);
  if (origin) items.push(`- **Introduced by:** ${origin}`);

  return [heading, markdownMessage(finding.message), ...(items.length > 0 ? [items.join('\n')] : [])].join('\n\n');
}

function describeRelated(related: RelatedLocation): string {
  const place = markdownCode(`${related.file}:${related.line}:${related.column}`);
  const side = related.side === 'base' ? ' (base revision)' : '';
  return `${place}${side} ${markdownMessage(related.message)}`;
}

function describeOrigin(finding: Finding, report: Report): string | undefined {
  return describeIntroduction(finding, report, (sha, subject) =>
    subject === undefined ? markdownCode(sha) : `${markdownCode(sha)} ${escapeMarkdown(subject)}`,
  );
}

/**
 * The commits, with the count an origin label is read from, and their rows: `shown` (all of
 * them unless the text had to be cut) in the order of the report.
 */
export function commitsSection(commits: readonly CommitInfo[], shown: readonly CommitInfo[] = commits): string {
  const ai = commits.filter((commit) => commit.origin === 'ai-assisted').length;
  const count = `${plural(commits.length, 'commit')}: ${ai} ai-assisted, ${commits.length - ai} human (origin: ${combinedOrigin([...commits])}).`;
  const rows = shown.map((commit) =>
    tableRow([
      markdownCode(shortSha(commit.sha), { inTable: true }),
      escapeMarkdown(commit.subject),
      commit.origin,
      commit.evidence.length === 0
        ? 'none'
        : commit.evidence
            .map(({ signal, detail }) => `${escapeMarkdown(signal)}: ${markdownEvidence(detail, { inTable: true })}`)
            .join('; '),
    ]),
  );
  const table = [tableRow(['Commit', 'Subject', 'Origin', 'Evidence']), TABLE_RULE, ...rows].join('\n');
  return ['### Commits', count, ...(rows.length > 0 ? [table] : [])].join('\n\n');
}

/** At most `limit` commits, the AI-assisted ones first (their evidence is what a label needs), in report order. */
function commitsToShow(commits: readonly CommitInfo[], limit: number): CommitInfo[] {
  const byPriority = [...commits.filter((c) => c.origin === 'ai-assisted'), ...commits.filter((c) => c.origin !== 'ai-assisted')];
  const kept = new Set(byPriority.slice(0, limit));
  return commits.filter((commit) => kept.has(commit));
}

/** `2 human commits left out of the commits table`, or with how many AI-assisted ones went too. */
function commitsLeftOut(commits: readonly CommitInfo[], shown: readonly CommitInfo[]): string {
  const left = commits.length - shown.length;
  if (left === 0) return '';
  const ai = commits.filter((c) => c.origin === 'ai-assisted').length - shown.filter((c) => c.origin === 'ai-assisted').length;
  const which = ai === 0 ? plural(left, 'human commit') : `${plural(left, 'commit')} (${ai} ai-assisted)`;
  return `${which} left out of the commits table`;
}

function skippedList(report: Report): string {
  const { failed, leftOut } = splitSkipped(report.files.skipped);
  const items = failed.map(({ path, reason }) => `- ${markdownCode(path)}: ${escapeMarkdown(reason)}`);
  const lines = failed.length ? [`**Skipped ${plural(failed.length, 'file')}** (not analyzed):`, ...items] : [];
  if (leftOut.length) lines.push(`${failed.length ? '\n' : ''}_${escapeMarkdown(leftOutLine(leftOut))}._`);
  return lines.join('\n');
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
