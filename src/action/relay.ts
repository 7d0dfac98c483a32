/**
 * The two-workflow mode's second half. A `pull_request` run on a fork has a read-only token;
 * it uploads its report as an artifact. A `workflow_run` run (write token, base-branch code,
 * never the fork's) downloads it and calls the Action with `from-report`: this publishes that
 * report. The artifact is untrusted data: the report is validated field by field, and the pull
 * request it names must have the head commit GitHub says the first run ran on.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { InputError } from '../errors.js';
import { readJsonReport } from '../report/read.js';
import { classifyCommits, type CommitFacts } from '../origin/index.js';
import type { Report } from '../types.js';
import { exitCodeFor } from '../verdict.js';
import { apiFailure, createGitHub, type GitHub, type GitHubOptions } from './github.js';
import type { ActionInputs } from './inputs.js';
import { publish, writeSummary, type Delivery } from './publish.js';
import { finish, runUrl, setOutputs } from './outputs.js';

export const PULL_REQUEST_FILE = 'pull-request.json';

export async function relayReport(inputs: ActionInputs, env: NodeJS.ProcessEnv, options: GitHubOptions = {}): Promise<number> {
  const location = path.resolve(env.GITHUB_WORKSPACE ?? '.', inputs.fromReport!);
  const dir = (await stat(location).catch(() => undefined))?.isDirectory() ? location : path.dirname(location);
  const reportPath = dir === location ? path.join(dir, 'report.json') : location;
  const text = await readFile(reportPath, 'utf8').catch(() => {
    throw new InputError(`from-report: cannot read ${reportPath}`, 'download the artifact the pull_request run uploaded first (actions/download-artifact)');
  });
  const report = readJsonReport(text, 'the downloaded report');

  const run = await workflowRun(env);
  if (report.head !== run.headSha) {
    throw new InputError(`the report is about ${report.head.slice(0, 7)}, but the workflow run analyzed ${run.headSha.slice(0, 7)}`, 'the artifact does not belong to this run; nothing was posted');
  }
  const github = inputs.token ? createGitHub(inputs.token, env, (line) => core.info(line), options) : undefined;
  const pullRequest = github ? await confirmPullRequest(github, run, dir, report) : undefined;
  // The configuration is not read here (nothing is checked out): fail-on defaults to high.
  const failOn = inputs.failOn ?? 'high';
  const verdict = exitCodeFor(report, failOn, inputs.failOnAi) as 0 | 1;
  setOutputs(report, reportPath, undefined);
  const deliveries: Delivery[] = [];
  try {
    deliveries.push(...(await publish(report, { owner: run.owner, repo: run.repo, headSha: run.headSha, pullRequest, runUrl: run.url ?? runUrl(env), verdict }, inputs, github)));
  } finally {
    if (inputs.channels.summary) await writeSummary(report, deliveries, env).catch(() => undefined);
  }
  return finish(report, verdict, failOn, inputs.failOnAi);
}

/**
 * The pull request the artifact names, used only when GitHub confirms its head is the commit
 * the first run analyzed. Then the commits' origin is decided again here, from GitHub's record
 * of the pull request's commits: the artifact's own claim ("human") is not taken on trust.
 */
async function confirmPullRequest(github: GitHub, run: { owner: string; repo: string; headSha: string }, dir: string, report: Report): Promise<number | undefined> {
  let claimed: number;
  try {
    claimed = Number((JSON.parse(await readFile(path.join(dir, PULL_REQUEST_FILE), 'utf8')) as { number?: unknown }).number);
  } catch {
    core.warning(`opsdiff: no readable ${PULL_REQUEST_FILE} beside the report: posting no comment or labels`);
    return undefined;
  }
  if (!Number.isInteger(claimed) || claimed <= 0) {
    core.warning(`opsdiff: ${PULL_REQUEST_FILE} names no pull request: posting no comment or labels`);
    return undefined;
  }
  try {
    const { owner, repo } = run;
    const pull = await github.rest.pulls.get({ owner, repo, pull_number: claimed });
    if (pull.data.head.sha !== run.headSha) {
      core.notice(`opsdiff: pull request #${claimed} has moved on to ${pull.data.head.sha.slice(0, 7)} since this report (${run.headSha.slice(0, 7)}); its newer run will post`);
      return undefined;
    }
    const commits = await github.paginate(github.rest.pulls.listCommits, { owner, repo, pull_number: claimed, per_page: 100 });
    const facts: CommitFacts[] = commits.map((c) => {
      const [subject = '', ...body] = c.commit.message.split('\n');
      return { sha: c.sha, subject, body: body.join('\n'), authorName: c.commit.author?.name ?? '', authorEmail: c.commit.author?.email ?? '', committerName: c.commit.committer?.name ?? '', committerEmail: c.commit.committer?.email ?? '' };
    });
    report.commits = classifyCommits(facts, { headBranch: pull.data.head.ref, pullRequestBody: pull.data.body ?? '' });
    const origins = new Map(report.commits.map((c) => [c.sha, c.origin]));
    for (const finding of report.findings) {
      finding.commits = finding.commits.filter((sha) => origins.has(sha));
      const origin = finding.commits[0] === undefined ? undefined : origins.get(finding.commits[0]);
      if (origin) finding.origin = origin;
      else delete finding.origin;
    }
    return claimed;
  } catch (error) {
    const failure = apiFailure(error);
    core.warning(`opsdiff: could not confirm pull request #${claimed} (${failure.status ?? ''} ${failure.message}): posting no comment or labels`);
    return undefined;
  }
}

/** The run that produced the artifact, from the workflow_run event. */
async function workflowRun(env: NodeJS.ProcessEnv): Promise<{ owner: string; repo: string; headSha: string; url: string | undefined }> {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const payload = env.GITHUB_EVENT_PATH ? (JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as { workflow_run?: { head_sha?: unknown; html_url?: unknown } }) : {};
  const headSha = payload.workflow_run?.head_sha;
  if (env.GITHUB_EVENT_NAME !== 'workflow_run' || typeof headSha !== 'string') {
    throw new InputError('from-report is for workflow_run events', 'see the two-workflow setup in the opsdiff docs (docs/action.md)');
  }
  const url = payload.workflow_run?.html_url;
  return { owner, repo, headSha, url: typeof url === 'string' ? url : undefined };
}
