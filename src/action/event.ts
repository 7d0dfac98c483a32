/**
 * What the workflow run is about, read from the runner's event payload (GITHUB_EVENT_PATH) and
 * environment: the repository, the revisions to compare, and the pull request if there is one.
 * Everything here is data a contributor may control (branch names, the pull request body): it
 * is carried, never executed, and escaped wherever it is shown.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';

export const ZERO_SHA = /^0+$/;

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  headRef: string;
  body: string;
  /** The head branch lives in another repository: the token is read-only unless the repository says otherwise. */
  fromFork: boolean;
}

export interface RunEvent {
  name: string;
  owner: string;
  repo: string;
  defaultBranch: string | undefined;
  /** The revisions the event names; `undefined` base means "the merge base with the default branch". */
  base: string | undefined;
  head: string;
  /** The branch the change is on (origin signal: `copilot/...`, `claude/...`). */
  headRef: string | undefined;
  pullRequest: PullRequestInfo | undefined;
  /** `push` of a branch deletion: nothing to analyze. */
  deleted: boolean;
}

type Json = Record<string, unknown>;

export async function readRunEvent(env: NodeJS.ProcessEnv): Promise<RunEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new InputError('GITHUB_REPOSITORY is not set: this does not look like a GitHub Actions run', 'run the action from a workflow, or the CLI (opsdiff check) locally');
  const payload = await readPayload(env.GITHUB_EVENT_PATH);
  const repository = object(payload.repository);
  const defaultBranch = string(repository?.default_branch);
  const sha = env.GITHUB_SHA ?? '';
  const common = { name, owner, repo, defaultBranch, pullRequest: undefined, deleted: false };

  const pull = object(payload.pull_request);
  // pull_request_target too: the head is only read as git objects, never checked out or run.
  if (pull && (name === 'pull_request' || name === 'pull_request_target')) {
    const base = object(pull.base);
    const head = object(pull.head);
    const headRepo = string(object(head?.repo)?.full_name);
    const baseRepo = string(object(base?.repo)?.full_name);
    const pullRequest: PullRequestInfo = {
      number: Number(pull.number ?? payload.number),
      baseSha: string(base?.sha) ?? '',
      headSha: string(head?.sha) ?? '',
      headRef: string(head?.ref) ?? '',
      body: string(pull.body) ?? '',
      fromFork: headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo,
    };
    if (!pullRequest.baseSha || !pullRequest.headSha || !Number.isInteger(pullRequest.number)) {
      throw new InputError('the pull_request event payload has no base/head sha or number', 'is GITHUB_EVENT_PATH a pull_request event?');
    }
    return { ...common, base: pullRequest.baseSha, head: pullRequest.headSha, headRef: pullRequest.headRef, pullRequest };
  }
  if (name === 'push') {
    const before = string(payload.before);
    const after = string(payload.after) ?? sha;
    const deleted = payload.deleted === true || ZERO_SHA.test(after);
    // A new branch has no "before": its change is what it adds to the default branch.
    return { ...common, base: before && !ZERO_SHA.test(before) ? before : undefined, head: after, headRef: refName(string(payload.ref) ?? env.GITHUB_REF), deleted };
  }
  if (name === 'merge_group') {
    const group = object(payload.merge_group);
    const base = string(group?.base_sha);
    const head = string(group?.head_sha) ?? sha;
    return { ...common, base, head, headRef: refName(string(group?.head_ref)) };
  }
  // workflow_dispatch (its inputs may name the revisions), schedule and the rest.
  const inputs = object(payload.inputs);
  return { ...common, base: nonEmpty(string(inputs?.base)), head: nonEmpty(string(inputs?.head)) ?? sha, headRef: refName(env.GITHUB_REF) };
}

async function readPayload(path: string | undefined): Promise<Json> {
  if (!path) return {};
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError(`cannot read the event payload ${path}`, 'GITHUB_EVENT_PATH must name the runner event file');
  }
  try {
    return object(JSON.parse(text)) ?? {};
  } catch {
    throw new InputError(`the event payload ${path} is not JSON`);
  }
}

function refName(ref: string | undefined): string | undefined {
  return ref?.replace(/^refs\/(heads|tags)\//, '') || undefined;
}

function object(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function string(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}
