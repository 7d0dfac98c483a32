/**
 * The Action: the event's revisions -> the history they need -> the same check as the CLI ->
 * files and outputs (always) -> channels (each may fail alone) -> the job summary -> the verdict.
 * Nothing from the pull request is executed: its code is read as git objects only.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { runCheck } from '../check.js';
import { InputError, OpsdiffError, type ErrorLocation } from '../errors.js';
import { openRepository } from '../git/repository.js';
import { plural } from '../report/describe.js';
import { escapeMarkdown } from '../report/markdown.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { VERSION } from '../version.js';
import { readRunEvent } from './event.js';
import { createGitHub, type GitHubOptions } from './github.js';
import { ensureRange, fetchOriginNotes } from './history.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { publish, writeSummary, type Delivery } from './publish.js';
import { relayReport, PULL_REQUEST_FILE } from './relay.js';
import { finish, originOf, runUrl, setOutputs } from './outputs.js';

/** What a test may put in place of the real thing. */
export interface ActionDependencies {
  /** Options of the GitHub client (its transport, its time budget). */
  github?: GitHubOptions;
}

/** Runs the Action; resolves with the process exit code (0 pass, 1 findings at the threshold or an error). */
export async function runAction(env: NodeJS.ProcessEnv = process.env, deps: ActionDependencies = {}): Promise<number> {
  try {
    const inputs = readInputs();
    if (inputs.fromReport) return await relayReport(inputs, env, deps.github);
    return await analyzeAndPublish(inputs, env, deps);
  } catch (error) {
    if (error instanceof OpsdiffError) return await fail(`opsdiff: ${error.message}${error.actionHint ? ` (${error.actionHint})` : ''}`, env, error.where);
    const code = await fail(`opsdiff ${VERSION} crashed, please report this: ${(error as Error)?.message ?? String(error)}`, env);
    if ((error as Error)?.stack) core.info((error as Error).stack!);
    return code;
  }
}

/**
 * The step fails with one line, and the job summary says the same: a reader of either knows what
 * happened. A problem at a place in a file of the repository (a configuration key) is annotated
 * there too, so the pull request shows it on the line.
 */
async function fail(line: string, env: NodeJS.ProcessEnv, where?: ErrorLocation): Promise<number> {
  const file = where && path.relative(env.GITHUB_WORKSPACE ?? process.cwd(), where.file).split(path.sep).join('/');
  process.exitCode = core.ExitCode.Failure;
  core.error(line, where && file && !file.startsWith('../') && !path.isAbsolute(file) ? { file, startLine: where.line, startColumn: where.column } : {});
  if (env.GITHUB_STEP_SUMMARY) {
    await core.summary
      .addRaw(`## opsdiff did not run to the end\n\n${escapeMarkdown(line)}\n`)
      .write()
      .catch(() => {});
  }
  return 1;
}

/** The repository to analyze: the working-directory input, in the workspace actions/checkout filled. */
async function workingDirectory(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<string> {
  const workspace = env.GITHUB_WORKSPACE ?? '.';
  const cwd = path.resolve(workspace, inputs.workingDirectory);
  if (!(await stat(cwd).then((s) => s.isDirectory(), () => false))) {
    throw new InputError(
      `working-directory '${inputs.workingDirectory}' does not exist in the workspace`,
      inputs.workingDirectory === '.' ? 'add actions/checkout before this step' : 'set working-directory to the path actions/checkout checks out to (its path input)',
    );
  }
  if (inputs.config && !(await stat(path.resolve(cwd, inputs.config)).then((s) => s.isFile(), () => false))) {
    throw new InputError(`config '${inputs.config}' is not a file in working-directory`, 'the config input is relative to working-directory; leave it empty to use the repository\'s own configuration');
  }
  return cwd;
}

async function analyzeAndPublish(inputs: ActionInputs, env: NodeJS.ProcessEnv, deps: ActionDependencies): Promise<number> {
  const event = await readRunEvent(env);
  if (event.deleted) {
    core.notice('opsdiff: the branch was deleted; nothing to analyze');
    setOutputs(undefined, undefined, undefined);
    return 0;
  }
  const cwd = await workingDirectory(inputs, env);
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
    const github = inputs.token ? createGitHub(inputs.token, env, (line) => core.info(line), deps.github) : undefined;
    deliveries.push(
      ...(await publish(report, { owner: event.owner, repo: event.repo, headSha: range.head, pullRequest: event.pullRequest?.number, runUrl: runUrl(env), verdict }, inputs, github)),
    );
  } finally {
    if (inputs.channels.summary) await writeSummary(report, deliveries, env).catch((error) => core.warning(`opsdiff: could not write the job summary: ${(error as Error).message}`));
  }
  return finish(report, verdict, check.failOn, check.failOnAi);
}
