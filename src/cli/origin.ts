/**
 * `opsdiff origin`: the origin (ai-assisted or human) of every commit in base..head, with the
 * evidence. Only git's commit log and the classifier: no file is read, parsed or analyzed, so it
 * answers in the time one `git log` takes.
 *
 * Subjects and evidence quote the commits, which anyone can write: the text format makes
 * control characters visible, the markdown one escapes everything a contributor controls.
 */
import { listCommits } from '../git/commits.js';
import type { Repository } from '../git/repository.js';
import { resolveRevisions } from '../git/revisions.js';
import { classifyCommits, combinedOrigin, type CombinedOrigin, type OriginContext, type OriginPattern } from '../origin/index.js';
import { plural, printable, shortSha } from '../report/describe.js';
import { escapeMarkdown, markdownCode, markdownEvidence } from '../report/markdown.js';
import type { CommitInfo } from '../types.js';

export interface OriginOptions {
  base?: string;
  head?: string;
  /** Where the GitHub Actions pull-request base is read from, as for `check`. */
  env?: NodeJS.ProcessEnv;
  /** The configuration's origin patterns (`origin` in the configuration file). */
  patterns?: readonly OriginPattern[];
  /** Pull-request context (head branch, body), when the caller knows it. */
  context?: OriginContext;
}

/** What `--format json` prints: the commits are the JSON report's commit objects. */
export interface OriginReport {
  base: string;
  head: string;
  origin: CombinedOrigin;
  commits: CommitInfo[];
}

export const ORIGIN_FORMATS = ['text', 'json', 'markdown'] as const;
export type OriginFormat = (typeof ORIGIN_FORMATS)[number];

export function isOriginFormat(name: string): name is OriginFormat {
  return (ORIGIN_FORMATS as readonly string[]).includes(name);
}

/** The commits of base..head (the same defaults as `check`), oldest first, classified. */
export async function collectOrigin(repo: Repository, options: OriginOptions = {}): Promise<OriginReport> {
  const revs = await resolveRevisions(repo, {
    ...(options.base !== undefined ? { base: options.base } : {}),
    ...(options.head !== undefined ? { head: options.head } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  const raw = await listCommits(repo, revs);
  const extraPatterns = [...(options.context?.extraPatterns ?? []), ...(options.patterns ?? [])];
  const commits = classifyCommits(raw, { ...options.context, ...(extraPatterns.length ? { extraPatterns } : {}) });
  return { base: revs.base, head: revs.head, origin: combinedOrigin(commits), commits };
}

export function renderOrigin(report: OriginReport, format: OriginFormat): string {
  switch (format) {
    case 'json':
      return renderOriginJson(report);
    case 'markdown':
      return renderOriginMarkdown(report);
    default:
      return renderOriginText(report);
  }
}

const NO_SIGNAL = 'no AI-assistance signal found';
/** Longer subjects are cut, so the evidence column starts where a terminal line still shows it. */
const MAX_SUBJECT = 60;
const ORIGIN_WIDTH = 'ai-assisted'.length;

/** One row per commit: `sha  origin  subject  evidence`, then the total. */
export function renderOriginText(report: OriginReport): string {
  if (report.commits.length === 0) return `${totalLine(report)}\n`;
  const subjects = report.commits.map((c) => truncate(printable(c.subject), MAX_SUBJECT));
  const width = Math.max(...subjects.map(length));
  const rows = report.commits.map((commit, i) => {
    const evidence = commit.evidence.length === 0 ? NO_SIGNAL : commit.evidence.map(({ signal, detail }) => `${signal}: ${printable(detail)}`).join('; ');
    return [shortSha(commit.sha), commit.origin.padEnd(ORIGIN_WIDTH), pad(subjects[i]!, width), evidence].join('  ');
  });
  return `${[...rows, totalLine(report)].join('\n')}\n`;
}

/** The contract's commit objects, rebuilt key by key like the JSON report's. */
export function renderOriginJson(report: OriginReport): string {
  const json: OriginReport = {
    base: report.base,
    head: report.head,
    origin: report.origin,
    commits: report.commits.map(({ sha, subject, origin, evidence }) => ({
      sha,
      subject,
      origin,
      evidence: evidence.map(({ signal, detail }) => ({ signal, detail })),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function renderOriginMarkdown(report: OriginReport): string {
  const range = markdownCode(`${shortSha(report.base)}..${shortSha(report.head)}`);
  const heading = `## opsdiff: commit origin (${report.origin})`;
  if (report.commits.length === 0) return `${heading}\n\nNo commits in ${range}.\n`;
  const rows = report.commits.map((commit) =>
    tableRow([
      markdownCode(shortSha(commit.sha), { inTable: true }),
      escapeMarkdown(commit.subject),
      commit.origin === 'ai-assisted' ? '**ai-assisted**' : commit.origin,
      commit.evidence.length === 0 ? NO_SIGNAL : commit.evidence.map(({ signal, detail }) => `${escapeMarkdown(signal)}: ${markdownEvidence(detail, { inTable: true })}`).join('; '),
    ]),
  );
  return [heading, '', `${plural(report.commits.length, 'commit')} in ${range}: ${counts(report)}.`, '', tableRow(['Commit', 'Subject', 'Origin', 'Evidence']), '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}

/** `3 commits: 2 ai-assisted, 1 human (mixed)`, or that there are none. */
function totalLine(report: OriginReport): string {
  if (report.commits.length === 0) return `no commits in ${shortSha(report.base)}..${shortSha(report.head)}`;
  return `${plural(report.commits.length, 'commit')}: ${counts(report)} (${report.origin})`;
}

/** `2 ai-assisted, 1 human`. */
function counts(report: OriginReport): string {
  const ai = report.commits.filter((c) => c.origin === 'ai-assisted').length;
  return `${ai} ai-assisted, ${report.commits.length - ai} human`;
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

// Widths in code points, so a subject with an emoji is neither cut in half nor padded short.
function length(text: string): number {
  return Array.from(text).length;
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - length(text)));
}
