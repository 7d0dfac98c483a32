/**
 * The Action: the event's revisions -> the history they need -> the same check as the CLI ->
 * files and outputs (always) -> channels (each may fail alone) -> the job summary -> the verdict.
 * Nothing from the pull request is executed: its code is read as git objects only.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { runCheck } from '../check.js';
import { OpsdiffError } from '../errors.js';
import { openRepository } from '../git/repository.js';
import { plural } from '../report/describe.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { VERSION } from '../version.js';
import { readRunEvent } from './event.js';
import { createGitHub } from './github.js';
import { ensureRange, fetchOriginNotes } from './history.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { publish, writeSummary, type Delivery } from './publish.js';
import { relayReport, PULL_REQUEST_FILE } from './relay.js';
import { finish, originOf, runUrl, setOutputs } from './outputs.js';

/** Runs the Action; resolves with the process exit code (0 pass, 1 findings at the threshold or an error). */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const inputs = readInputs();
    if (inputs.fromReport) return await relayReport(inputs, env);
    return await analyzeAndPublish(inputs, env);
  } catch (error) {
    if (error instanceof OpsdiffError) {
      core.setFailed(`opsdiff: ${error.message}${error.hint ? ` (${error.hint})` : ''}`);
      return 1;
    }
    core.setFailed(`opsdiff ${VERSION} crashed, please report this: ${(error as Error)?.message ?? String(error)}`);
    if ((error as Error)?.stack) core.info((error as Error).stack!);
    return 1;
  }
}

async function analyzeAndPublish(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<number> {
  const event = await readRunEvent(env);
  if (event.deleted) {
    core.notice('opsdiff: the branch was deleted; nothing to analyze');
    setOutputs(undefined, undefined, undefined);
    return 0;
  }
  const cwd = path.resolve(env.GITHUB_WORKSPACE ?? '.', inputs.workingDirectory);
  const repo = await openRepository(cwd);
  const range = await core.group('opsdiff: fetching the history the comparison needs', async () => {
    const found = await ensureRange(repo, { base: inputs.base ?? event.base, head: inputs.head ?? event.head, defaultBranch: event.defaultBranch });
    if (await fetchOriginNotes(repo)) found.fetched.push('refs/notes/ai');
    core.info(found.fetched.length ? `fetched: ${found.fetched.join(', ')}` : 'everything was already in the clone');
    core.info(`comparing ${found.base} (merge base) .. ${found.head}`);
    return found;
  });

  const check = await runCheck({
    cwd,
    base: range.base,
    head: range.head,
    ...(inputs.config ? { configPath: path.resolve(cwd, inputs.config) } : {}),
    ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
    ...(inputs.failOnAi ? { failOnAi: inputs.failOnAi } : {}),
    env,
    origin: { ...(event.headRef ? { headBranch: event.headRef } : {}), ...(event.pullRequest ? { pullRequestBody: event.pullRequest.body } : {}) },
  });
  const { report, verdict } = check;
  core.info(`opsdiff: ${plural(report.findings.length, 'finding')} (risk: ${report.summary.risk}) in ${plural(report.files.analyzed.length, 'file')}; ${plural(report.commits.length, 'commit')}, origin ${originOf(report)}`);

  // The files and outputs first: whatever the API does next, the report is not lost.
  const outputDir = inputs.outputDir ? path.resolve(cwd, inputs.outputDir) : path.join(env.RUNNER_TEMP || tmpdir(), 'opsdiff');
  await mkdir(outputDir, { recursive: true });
  const reportPath = path.join(outputDir, 'report.json');
  await writeFile(reportPath, renderJson(report));
  let sarifPath: string | undefined;
  if (inputs.channels.sarif) {
    sarifPath = path.join(outputDir, 'opsdiff.sarif');
    await writeFile(sarifPath, renderSarif(report));
  }
  if (event.pullRequest) {
    // For the two-workflow mode: which pull request the report is about (checked again by the relay).
    await writeFile(path.join(outputDir, PULL_REQUEST_FILE), `${JSON.stringify({ number: event.pullRequest.number, headSha: event.pullRequest.headSha })}\n`);
  }
  setOutputs(report, reportPath, sarifPath);

  const deliveries: Delivery[] = [];
  try {
    const github = inputs.token ? createGitHub(inputs.token, env, (line) => core.info(line)) : undefined;
    deliveries.push(
      ...(await publish(report, { owner: event.owner, repo: event.repo, headSha: range.head, pullRequest: event.pullRequest?.number, runUrl: runUrl(env), verdict }, inputs, github)),
    );
  } finally {
    if (inputs.channels.summary) await writeSummary(report, deliveries, env).catch((error) => core.warning(`opsdiff: could not write the job summary: ${(error as Error).message}`));
  }
  return finish(report, verdict, check.failOn, check.failOnAi);
}
