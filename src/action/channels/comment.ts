/**
 * One pull request comment, found again by a hidden marker and edited in place on every push:
 * a reviewer gets one place to look and one notification, never a thread of stale reports.
 */
import { shortSha } from '../../report/describe.js';
import type { Report } from '../../types.js';
import type { GitHub } from '../github.js';
import { commitsSection } from '../../report/markdown.js';
import { fitMarkdown } from './fit.js';

export const COMMENT_MARKER = '<!-- opsdiff:pull-request-report -->';
/** GitHub rejects longer bodies ("Body is too long (maximum is 65536 characters)"). */
export const COMMENT_LIMIT = 65_536;
/** Commit rows in the "no risky changes remain" comment: well inside the limit. */
const MAX_COMMIT_ROWS = 200;

export interface CommentTarget {
  owner: string;
  repo: string;
  number: number;
  runUrl: string | undefined;
}

export type CommentResult = { action: 'created' | 'updated' | 'unchanged' | 'skipped'; id?: number; url?: string };

/** The comment's text. Without findings it only ever replaces an earlier report (see publishComment). */
export function commentBody(report: Report, runUrl: string | undefined): string {
  const footer = `\n---\n<sub>opsdiff ${report.tool.version} · ${shortSha(report.base)}..${shortSha(report.head)}${runUrl ? ` · [workflow run](${runUrl})` : ''}</sub>\n`;
  if (report.findings.length === 0) {
    // The earlier report is replaced, not deleted, so the thread still explains what happened.
    const body = `## opsdiff: no risky changes remain\n\nThe risky changes reported earlier are gone as of ${'`'}${shortSha(report.head)}${'`'}.\n`;
    // The origin label still stands on these commits: the count, and the AI-assisted ones with their evidence.
    const aiAssisted = report.commits.filter((c) => c.origin === 'ai-assisted').slice(0, MAX_COMMIT_ROWS);
    const commits = report.commits.length > 0 ? `\n${commitsSection(report.commits, aiAssisted)}\n` : '';
    return `${COMMENT_MARKER}\n${body}${commits}${footer}`;
  }
  return fitMarkdown(report, COMMENT_LIMIT, { prefix: `${COMMENT_MARKER}\n`, suffix: footer, elsewhere: runUrl ? `the job summary of the [workflow run](${runUrl})` : 'the job summary' });
}

/**
 * Updates our comment, or creates it when there is something to say. A pull request that never
 * had a finding gets no comment at all: silence is the clean result.
 */
export async function publishComment(github: GitHub, target: CommentTarget, report: Report): Promise<CommentResult> {
  const existing = await findComment(github, target);
  if (!existing && report.findings.length === 0) return { action: 'skipped' };
  const body = commentBody(report, target.runUrl);
  if (existing) {
    if (sameReport(existing.body ?? '', body)) return { action: 'unchanged', id: existing.id, url: existing.html_url };
    const updated = await github.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
    return { action: 'updated', id: updated.data.id, url: updated.data.html_url };
  }
  const created = await github.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.number, body });
  return { action: 'created', id: created.data.id, url: created.data.html_url };
}

/**
 * Our comment: the marker, written by the token the Action runs with. A personal access token
 * (classic or fine-grained) tells who it is (GET /user): only that account's marked comment is
 * ours. An installation token (the workflow's GITHUB_TOKEN, a GitHub App's) cannot say, and
 * writes as a bot: then a bot's marked comment is ours. Either way a person quoting the marker
 * does not get their comment overwritten.
 */
async function findComment(github: GitHub, target: CommentTarget) {
  const [login, comments] = await Promise.all([
    tokenLogin(github),
    github.paginate(github.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.number, per_page: 100 }),
  ]);
  const ours = (user: { login: string; type: string } | null | undefined) => (login ? user?.login === login : user?.type === 'Bot');
  return comments.find((c) => (c.body ?? '').startsWith(COMMENT_MARKER) && ours(c.user));
}

/** The account behind the token, or undefined for an installation token (403 "Resource not accessible by integration"). */
async function tokenLogin(github: GitHub): Promise<string | undefined> {
  try {
    return (await github.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 403 || status === 401 || status === 404) return undefined;
    throw error;
  }
}

/** The footer names the run; an otherwise identical report is not worth a notification. */
function sameReport(a: string, b: string): boolean {
  const strip = (text: string) => text.replace(/\n---\n<sub>[^\n]*<\/sub>\n?$/, '');
  return strip(a) === strip(b);
}
