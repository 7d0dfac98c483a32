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
import { exitCodeFor } from '../verdict.js';
import { createGitHub } from './github.js';
import type { ActionInputs } from './inputs.js';
import { publish, writeSummary, type Delivery } from './publish.js';
import { finish, runUrl, setOutputs } from './outputs.js';

export const PULL_REQUEST_FILE = 'pull-request.json';

export async function relayReport(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<number> {
  const location = path.resolve(env.GITHUB_WORKSPACE ?? '.', inputs.fromReport!);
  const dir = (await stat(location).catch(() => undefined))?.isDirectory() ? location : path.dirname(location);
  const reportPath = dir === location ? path.join(dir, 'report.json') : location;
  const text = await readFile(reportPath, 'utf8').catch(() => {
    throw new InputError(`from-report: cannot read ${reportPath}`, 'download the artifact the pull_request run uploaded first (actions/download-artifact)');
  });
  const report = readJsonReport(text, 'the downloaded report');
  const failOn = inputs.failOn ?? 'high';
  const verdict = exitCodeFor(report, failOn, inputs.failOnAi) as 0 | 1;
  setOutputs(report, reportPath, undefined);

  const run = await workflowRun(env);
  const github = inputs.token ? createGitHub(inputs.token, env, (line) => core.info(line)) : undefined;
  let pullRequest: number | undefined;
  const claimed = await readFile(path.join(dir, PULL_REQUEST_FILE), 'utf8').then(
    (t) => Number((JSON.parse(t) as { number?: unknown }).number),
    () => undefined,
  );
  if (claimed !== undefined && Number.isInteger(claimed) && claimed > 0 && github) {
    // The artifact says which pull request; GitHub must agree that its head is the commit the first run analyzed.
    const pull = await github.rest.pulls.get({ owner: run.owner, repo: run.repo, pull_number: claimed });
    if (pull.data.head.sha !== run.headSha || report.head !== run.headSha) {
      throw new InputError(`the report names pull request #${claimed}, whose head is ${pull.data.head.sha.slice(0, 7)}, but the workflow run analyzed ${run.headSha.slice(0, 7)}`, 'a newer push may have superseded this run; nothing was posted');
    }
    pullRequest = claimed;
  }

  const deliveries: Delivery[] = [];
  try {
    deliveries.push(...(await publish(report, { owner: run.owner, repo: run.repo, headSha: run.headSha, pullRequest, runUrl: run.url ?? runUrl(env), verdict }, inputs, github)));
  } finally {
    if (inputs.channels.summary) await writeSummary(report, deliveries, env).catch(() => undefined);
  }
  return finish(report, verdict, failOn, inputs.failOnAi);
}

/** The run that produced the artifact, from the workflow_run event. */
async function workflowRun(env: NodeJS.ProcessEnv): Promise<{ owner: string; repo: string; headSha: string; url: string | undefined }> {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const payload = env.GITHUB_EVENT_PATH ? (JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as { workflow_run?: { head_sha?: unknown; html_url?: unknown } }) : {};
  const headSha = payload.workflow_run?.head_sha;
  if (env.GITHUB_EVENT_NAME !== 'workflow_run' || typeof headSha !== 'string') {
    throw new InputError('from-report is for workflow_run events', 'see the two-workflow setup in the opsdiff README');
  }
  const url = payload.workflow_run?.html_url;
  return { owner, repo, headSha, url: typeof url === 'string' ? url : undefined };
}
