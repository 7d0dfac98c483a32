/**
 * Delivers one report through the channels the inputs switch on. Every channel stands alone:
 * an API that refuses (a fork's read-only token), fails or rate-limits costs that channel,
 * never the others, the summary, the files or the verdict.
 */
import * as core from '@actions/core';
import { plural } from '../report/describe.js';
import { escapeMarkdown } from '../report/markdown.js';
import { combinedOrigin } from '../origin/index.js';
import type { Report } from '../types.js';
import { annotationsOf, printWorkflowAnnotations, publishCheckRun, type Annotation } from './channels/annotations.js';
import { publishComment } from './channels/comment.js';
import { fitMarkdown } from './channels/fit.js';
import { labelsFor, publishLabels } from './channels/labels.js';
import { publishStatuses } from './channels/statuses.js';
import { apiFailure, isPermissionDenied, type GitHub } from './github.js';
import type { ActionInputs } from './inputs.js';

/** GITHUB_STEP_SUMMARY takes at most 1 MiB per step. */
const SUMMARY_LIMIT = 1024 * 1024 - 4096;

export interface PublishTarget {
  owner: string;
  repo: string;
  /** The commit the check run belongs to: the pull request's head, not its merge commit. */
  headSha: string;
  pullRequest: number | undefined;
  runUrl: string | undefined;
  verdict: 0 | 1;
}

/** One line per channel for the job summary: what was delivered, or why not. */
export interface Delivery {
  channel: string;
  outcome: string;
  denied?: boolean;
}

export async function publish(report: Report, target: PublishTarget, inputs: ActionInputs, github: GitHub | undefined): Promise<Delivery[]> {
  const deliveries: Delivery[] = [];
  const { channels } = inputs;
  /** Runs one channel's API work; whatever goes wrong is that channel's outcome, nothing more. */
  const attempt = async (channel: string, work: (github: GitHub) => Promise<string>): Promise<boolean> => {
    if (!github) {
      deliveries.push({ channel, outcome: 'skipped: no github-token' });
      return false;
    }
    try {
      deliveries.push({ channel, outcome: await work(github) });
      return true;
    } catch (error) {
      const failure = apiFailure(error);
      const denied = isPermissionDenied(failure);
      const reason = escapeMarkdown(failure.message);
      const outcome = denied
        ? `not written: the token may not (${failure.status} ${reason})`
        : failure.budgetSpent
          ? `skipped: ${reason}`
          : `failed: ${failure.status ? `${failure.status} ` : ''}${reason}`;
      deliveries.push({ channel, outcome, denied });
      core.info(`opsdiff: ${channel} ${outcome}`);
      return false;
    }
  };

  if (channels.annotations) {
    const { annotations, unplaced } = annotationsOf(report);
    let delivered = false;
    if (channels.checkRun && github) {
      // Without a token the workflow commands below are the way, not a skipped channel.
      delivered = await attempt('check run', async (github) => {
        const run = await publishCheckRun(github, checkRunRequest(report, target, annotations.length), annotations);
        return `\`opsdiff\` with ${plural(annotations.length, 'annotation')}${run.requests > 1 ? ` (${run.requests} requests of at most 50)` : ''}`;
      });
    }
    if (!delivered) deliveries.push({ channel: 'annotations', outcome: workflowAnnotations(annotations) });
    if (unplaced.length > 0) deliveries.push({ channel: 'annotations', outcome: `${plural(unplaced.length, 'finding')} about removed code, with no head line to annotate: listed above` });
  }

  if (target.pullRequest !== undefined) {
    const pr = { owner: target.owner, repo: target.repo, number: target.pullRequest };
    if (channels.comment) {
      await attempt('comment', async (github) => {
        const result = await publishComment(github, { ...pr, runUrl: target.runUrl }, report);
        return result.action === 'skipped' ? 'none needed (no finding, no earlier comment)' : `${result.action}${result.url ? ` (${result.url})` : ''}`;
      });
    }
    if (channels.labels) {
      await attempt('labels', async (github) => {
        const { added, removed } = await publishLabels(github, pr, labelsFor(report.summary.risk, combinedOrigin(report.commits)));
        return [added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean).join('; ') || 'unchanged';
      });
    }
  } else if (channels.comment || channels.labels) {
    deliveries.push({ channel: 'comment and labels', outcome: 'skipped: this run is not about a pull request' });
  }

  if (channels.commitStatuses && report.commits.length > 0) {
    await attempt('commit statuses', async (github) => {
      const { written, unchanged } = await publishStatuses(github, { owner: target.owner, repo: target.repo, targetUrl: target.runUrl }, report.commits);
      return `${plural(written, 'commit')} labeled (opsdiff/origin)${unchanged ? `, ${unchanged} already were` : ''}`;
    });
  }

  if (deliveries.some((d) => d.denied)) {
    core.notice(`opsdiff: the token may not write ${deliveries.filter((d) => d.denied).map((d) => d.channel).join(', ')}: a fork pull request gets a read-only GITHUB_TOKEN; otherwise check the workflow's permissions:. The report is in the job summary and the annotations; for comments and labels on fork pull requests, see the two-workflow setup in the opsdiff docs (docs/action.md).`);
  }
  return deliveries;
}

function checkRunRequest(report: Report, target: PublishTarget, annotationCount: number) {
  const findings = report.findings.length;
  return {
    owner: target.owner,
    repo: target.repo,
    headSha: target.headSha,
    detailsUrl: target.runUrl,
    conclusion: target.verdict === 1 ? ('failure' as const) : findings > 0 ? ('neutral' as const) : ('success' as const),
    title: findings === 0 ? 'No risky changes' : `${report.summary.risk} risk: ${plural(findings, 'risky change')}${annotationCount < findings ? ` (${annotationCount} annotated)` : ''}`,
    summary: fitMarkdown(report, 65_535, { ...(target.runUrl ? { elsewhere: `the job summary of the [workflow run](${target.runUrl})` } : {}) }),
  };
}

function workflowAnnotations(annotations: readonly Annotation[]): string {
  const { shown, overflow } = printWorkflowAnnotations(annotations);
  if (annotations.length === 0) return 'none needed';
  return `${plural(shown, 'workflow-command annotation')}${overflow > 0 ? `; ${overflow} more not annotated (GitHub shows at most 10 per level per step): see the table above` : ''}`;
}

/** The job summary: the report, then how it was delivered. */
export async function writeSummary(report: Report, deliveries: readonly Delivery[], env: NodeJS.ProcessEnv): Promise<boolean> {
  if (!env.GITHUB_STEP_SUMMARY) return false;
  const delivery = deliveries.length ? `\n### Delivery\n\n${deliveries.map((d) => `- **${d.channel}:** ${d.outcome}`).join('\n')}\n` : '';
  const notes = report.notes.length ? `\n### Notes\n\n${report.notes.map((n) => `- ${escapeMarkdown(n)}`).join('\n')}\n` : '';
  const text = fitMarkdown(report, SUMMARY_LIMIT - delivery.length - notes.length, { suffix: `${notes}${delivery}` });
  await core.summary.addRaw(text).write();
  return true;
}
