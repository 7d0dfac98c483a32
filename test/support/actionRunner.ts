/**
 * Runs the committed Action bundle the way a GitHub runner does: a child `node` process in the
 * workspace, with the runner's environment (GITHUB_*, RUNNER_*), every input of action.yml as
 * INPUT_<NAME> (defaults filled in from action.yml, as the runner does), an event payload file,
 * and the file commands GITHUB_OUTPUT / GITHUB_STEP_SUMMARY read back afterwards.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.join(import.meta.dirname, '..', '..');
export const BUNDLE = path.join(ROOT, 'dist', 'action', 'index.js');
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

/** action.yml's inputs and their defaults, read the simple way its flat layout allows. */
export function actionInputs(): Map<string, string> {
  const yml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
  const section = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'));
  const inputs = new Map<string, string>();
  let current: string | undefined;
  for (const line of section.split('\n')) {
    const name = /^ {2}([a-z-]+):\s*$/.exec(line);
    if (name) {
      current = name[1]!;
      inputs.set(current, '');
      continue;
    }
    const value = /^ {4}default:\s*(.*)$/.exec(line);
    if (value && current) inputs.set(current, value[1]!.replace(/^'(.*)'$/, '$1'));
  }
  return inputs;
}

export async function runBundledAction(options: RunnerOptions): Promise<RunnerResult> {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'opsdiff-runner-'));
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
    GITHUB_ACTION_PATH: ROOT,
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
  for (const [name, fallback] of actionInputs()) {
    const value = options.inputs?.[name] ?? (fallback === '${{ github.token }}' ? TOKEN : fallback);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }

  const started = performance.now();
  const child = spawn(process.execPath, [BUNDLE], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(env.GITHUB_OUTPUT!, 'utf8')),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
    commands: parseCommands(stdout),
    runnerTemp,
    durationMs: performance.now() - started,
  };
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
