/**
 * Turns --base/--head/--staged (and the CI environment) into two full object names, applying
 * the contract's defaults. Every "that revision is not here" becomes a GitError the user can act on.
 */
import { readFile } from 'node:fs/promises';
import { GitError, InputError } from '../errors.js';
import type { Repository } from './repository.js';

/** git's well-known empty tree: the base of --staged before the first commit. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export interface Revisions {
  /** A full commit sha; EMPTY_TREE when --staged runs in a repository without a commit. */
  base: string;
  /** A full commit sha, or 'INDEX' for the staged changes. */
  head: string | 'INDEX';
  staged: boolean;
}

export interface RevisionOptions {
  base?: string;
  head?: string;
  staged?: boolean;
  /** Where GITHUB_ACTIONS / GITHUB_EVENT_PATH are read; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

/** Tried in this order for the default base; the first that exists wins. */
export const DEFAULT_BRANCH_CANDIDATES = ['origin/HEAD', 'main', 'master', 'origin/main', 'origin/master'];

export async function resolveRevisions(repo: Repository, opts: RevisionOptions): Promise<Revisions> {
  if (opts.staged && opts.head !== undefined) {
    throw new InputError('--staged cannot be combined with --head', '--staged compares the index with HEAD; drop --head, or drop --staged to compare two commits');
  }
  if (opts.staged) {
    // --base is still honoured with --staged: comparing the index with another commit is legitimate.
    const base = opts.base !== undefined ? await resolveCommit(repo, opts.base, 'base') : ((await tryResolveCommit(repo, 'HEAD')) ?? EMPTY_TREE);
    return { base, head: 'INDEX', staged: true };
  }

  const headRev = opts.head ?? 'HEAD';
  const head = await resolveCommit(repo, headRev, 'head');
  const base = opts.base !== undefined ? await resolveCommit(repo, opts.base, 'base') : await defaultBase(repo, head, opts.env ?? process.env);
  return { base, head, staged: false };
}

async function defaultBase(repo: Repository, head: string, env: NodeJS.ProcessEnv): Promise<string> {
  const pullRequestBase = await pullRequestBaseSha(env);
  if (pullRequestBase) return resolveCommit(repo, pullRequestBase, 'base');

  const candidate = await firstExistingCommit(repo, DEFAULT_BRANCH_CANDIDATES);
  if (!candidate) {
    throw new GitError(
      'bad-ref',
      `no default branch found to compare with (tried ${DEFAULT_BRANCH_CANDIDATES.join(', ')})`,
      { cli: 'pass --base <rev> with the commit or branch the change starts from', action: 'set the base input to the commit or branch the change starts from' },
    );
  }
  const stdout = await repo.run(['merge-base', candidate.sha, head], { allowedExitCodes: [0, 1] });
  const mergeBase = stdout.trim();
  if (mergeBase) return mergeBase;
  if (repo.isShallow) {
    throw new GitError(
      'shallow-clone',
      `the merge-base of ${short(head)} and ${candidate.name} is not in this shallow clone`,
      { cli: 'fetch more history: git fetch --no-tags --deepen=50 origin (or use fetch-depth: 0 in actions/checkout), or pass --base <rev>', action: 'use fetch-depth: 0 in actions/checkout, or set the base input' },
    );
  }
  throw new GitError('bad-ref', `${short(head)} and ${candidate.name} have no common ancestor`, { cli: 'pass --base <rev> with the commit the change starts from', action: 'set the base input to the commit the change starts from' });
}

/** The pull request's base sha from the GitHub Actions event payload, if this is such a run. */
async function pullRequestBaseSha(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event: unknown = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
    const sha = (event as { pull_request?: { base?: { sha?: unknown } } } | null)?.pull_request?.base?.sha;
    return typeof sha === 'string' && sha !== '' ? sha : undefined;
  } catch {
    // Not a pull request event we can read (push, schedule, a missing file): use the local default.
    return undefined;
  }
}

/** One `cat-file --batch-check` answers for all candidates instead of one rev-parse each. */
async function firstExistingCommit(repo: Repository, names: string[]): Promise<{ name: string; sha: string } | undefined> {
  const input = names.map((name) => `${name}^{commit}\n`).join('');
  const stdout = await repo.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], { input });
  const lines = stdout.split('\n');
  for (const [index, name] of names.entries()) {
    const match = /^([0-9a-f]{40,64}) commit$/.exec(lines[index] ?? '');
    if (match?.[1]) return { name, sha: match[1] };
  }
  return undefined;
}

async function tryResolveCommit(repo: Repository, rev: string): Promise<string | undefined> {
  const stdout = await repo.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowedExitCodes: [0, 1, 128] });
  const sha = stdout.trim();
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

async function resolveCommit(repo: Repository, rev: string, role: 'base' | 'head'): Promise<string> {
  // A leading '-' would be read as an option by rev-parse; no ref can start with one anyway.
  if (rev === '' || rev.startsWith('-') || /[\s\0]/.test(rev)) {
    throw new InputError(`--${role} ${JSON.stringify(rev)} is not a revision`, { cli: `pass --${role} with a branch, tag or commit sha`, action: `set the ${role} input to a branch, tag or commit sha` });
  }
  const sha = await tryResolveCommit(repo, rev);
  if (sha) return sha;
  if (repo.isShallow) {
    throw new GitError(
      'shallow-clone',
      `${role} commit ${short(rev)} is not in this shallow clone`,
      `fetch it: git fetch --no-tags --depth=50 ${await fetchSpec(repo, rev)} (or use fetch-depth: 0 in actions/checkout)`,
    );
  }
  if (rev === 'HEAD' && role === 'head') {
    throw new GitError('bad-ref', `unknown revision 'HEAD': the repository has no commit yet`, 'commit first, or use --staged to analyze the staged changes');
  }
  throw new GitError('bad-ref', `unknown revision '${rev}'`, { cli: `pass --${role} with a branch, tag or commit sha that exists here (fetch it first if it is only on the remote)`, action: `set the ${role} input to a commit of this repository, or use fetch-depth: 0 in actions/checkout` });
}

/**
 * What to fetch so that `rev` resolves: a commit by its sha; a remote-tracking branch
 * (`origin/main`) into itself, `+refs/heads/main:refs/remotes/origin/main` (a plain `origin
 * origin/main` names no ref on the remote); a branch or tag name into the same local ref.
 */
async function fetchSpec(repo: Repository, rev: string): Promise<string> {
  if (/^[0-9a-f]{7,64}$/.test(rev)) return `origin ${rev}`;
  const remotes = (await repo.run(['remote'], { allowedExitCodes: [0, 1, 128] })).split('\n').filter(Boolean);
  const remote = remotes.find((r) => rev.startsWith(`${r}/`));
  if (remote) return `${remote} +refs/heads/${rev.slice(remote.length + 1)}:refs/remotes/${rev}`;
  if (rev.startsWith('refs/')) return `origin +${rev}:${rev}`;
  return `origin +refs/heads/${rev}:refs/remotes/origin/${rev} (then pass --base origin/${rev})`;
}

function short(rev: string): string {
  return /^[0-9a-f]{40,64}$/.test(rev) ? rev.slice(0, 7) : rev;
}
