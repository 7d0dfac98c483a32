/**
 * Runs the Action the way a GitHub runner does: the committed bundle, extracted from the
 * committed tree (`git archive HEAD`, as the runner downloads an action: no node_modules), in a
 * child `node` process in the workspace, with the runner's environment (GITHUB_*, RUNNER_*),
 * every input of action.yml as INPUT_<NAME> (defaults filled in from action.yml, as the runner
 * does), an event payload file, and the file commands GITHUB_OUTPUT / GITHUB_STEP_SUMMARY read
 * back afterwards. `runActionInProcess` runs the same sources in this process, with the same
 * environment, a stand-in transport and fake timers, for the many cases that need no bundle.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { parse } from 'yaml';

export const ROOT = path.join(import.meta.dirname, '..', '..');
export const TOKEN = 'ghs_standintoken0000000000000000000000';

export interface RunnerOptions {
  workspace: string;
  eventName: string;
  event: unknown;
  repository: string;
  sha: string;
  ref?: string;
  /** Inputs as written in a workflow's `with:`; the others get action.yml's defaults. */
  inputs?: Record<string, string>;
  apiUrl?: string;
  env?: Record<string, string>;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface RunnerResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  runnerTemp: string;
  durationMs: number;
}

export interface ActionMetadata {
  name: string;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

/** action.yml as the runner reads it: a YAML document (a parse error throws). */
export function actionMetadata(root = ROOT): ActionMetadata {
  return parse(readFileSync(path.join(root, 'action.yml'), 'utf8'), { strict: true, uniqueKeys: true, prettyErrors: true }) as ActionMetadata;
}

/** action.yml's inputs and their defaults. */
export function actionInputs(root = ROOT): Map<string, string> {
  return new Map(Object.entries(actionMetadata(root).inputs).map(([name, input]) => [name, input.default === undefined ? '' : String(input.default)]));
}

/**
 * The action as a runner gets it: the committed tree (HEAD), extracted into a fresh temporary
 * directory with no node_modules in it or in any folder above it. One extraction per test file.
 */
let extraction: string | undefined;
export function extractedAction(): string {
  if (extraction) return extraction;
  const dir = mkdtempSync(path.join(tmpdir(), 'opsdiff-action-'));
  const tar = path.join(dir, '..', `${path.basename(dir)}.tar`);
  execFileSync('git', ['archive', '--format=tar', `--output=${tar}`, 'HEAD'], { cwd: ROOT });
  execFileSync('tar', ['-xf', tar, '-C', dir]);
  rmSync(tar, { force: true });
  for (let folder = dir; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'node_modules'))) throw new Error(`${folder} has a node_modules: the extraction would not be what a runner has`);
    if (path.dirname(folder) === folder) break;
  }
  extraction = dir;
  return dir;
}

/** The runner's environment for one step of this action, and the files it reads back. */
export function runnerEnvironment(options: RunnerOptions, actionPath: string): { env: Record<string, string>; runnerTemp: string } {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'opsdiff-runner-'));
  // A runner empties RUNNER_TEMP after each job; the test's results are read before it ends.
  onTestFinished(() => rmSync(runnerTemp, { recursive: true, force: true }));
  const files = path.join(runnerTemp, '_runner_file_commands');
  mkdirSync(files);
  const eventPath = path.join(runnerTemp, '_github_workflow', 'event.json');
  mkdirSync(path.dirname(eventPath), { recursive: true });
  writeFileSync(eventPath, JSON.stringify(options.event, null, 2));
  const fileCommand = (name: string) => {
    const file = path.join(files, `${name}_${Math.random().toString(16).slice(2)}`);
    writeFileSync(file, '');
    return file;
  };
  const [owner] = options.repository.split('/');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerTemp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_REPOSITORY_OWNER: owner!,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SHA: options.sha,
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_OUTPUT: fileCommand('set_output'),
    GITHUB_STEP_SUMMARY: fileCommand('step_summary'),
    GITHUB_STATE: fileCommand('save_state'),
    GITHUB_ENV: fileCommand('set_env'),
    GITHUB_PATH: fileCommand('add_path'),
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: `${options.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'opsdiff',
    GITHUB_ACTION: 'opsdiff',
    GITHUB_ACTION_PATH: actionPath,
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'opsdiff',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    // Tests must not read the developer's git configuration.
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    ...options.env,
  };
  for (const [name, fallback] of actionInputs(actionPath)) {
    const value = options.inputs?.[name] ?? (fallback === '${{ github.token }}' ? TOKEN : fallback);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return { env, runnerTemp };
}

/** The runner's result of a finished step: exit code, file commands, workflow commands. */
export function stepResult(env: Record<string, string>, runnerTemp: string, run: { exitCode: number; stdout: string; stderr: string; durationMs: number }): RunnerResult {
  return {
    ...run,
    outputs: parseOutputs(readFileSync(env.GITHUB_OUTPUT!, 'utf8')),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
    commands: parseCommands(run.stdout),
    runnerTemp,
  };
}

/**
 * The extracted action's `runs.main` in a child process of `node` (default: this test's Node;
 * pass another binary to run it as the runner's node24 does).
 */
export async function runBundledAction(options: RunnerOptions, node = process.execPath): Promise<RunnerResult> {
  const actionPath = extractedAction();
  const { env, runnerTemp } = runnerEnvironment(options, actionPath);
  const main = path.join(actionPath, actionMetadata(actionPath).runs.main);
  const started = performance.now();
  const child = spawn(node, [main], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  return stepResult(env, runnerTemp, { exitCode, stdout, stderr, durationMs: performance.now() - started });
}

/** `name<<delimiter\nvalue\ndelimiter` blocks, as the runner reads GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const plain = /^([^=]+)=(.*)$/.exec(lines[i]!);
    if (plain) outputs[plain[1]!] = plain[2]!;
  }
  return outputs;
}

/** `::command key=value,key=value::message`, with the runner's escapes undone. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const unescape = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
    }
    commands.push({ command: match[1]!, properties, message: unescape(match[3]!) });
  }
  return commands;
}
