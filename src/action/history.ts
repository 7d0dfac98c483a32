/**
 * The history a comparison needs, fetched on demand. actions/checkout clones one commit by
 * default (often the pull request's merge commit), so the base, the head and the commits
 * between them are usually missing: fetch exactly the tips, then deepen until their merge base
 * appears, and only then give up with one line saying what to change.
 */
import { GitError } from '../errors.js';
import type { Repository } from '../git/repository.js';

/** Depths tried in turn; after the last one the rest of the history is fetched. */
const DEPTHS = [50, 200, 1000, 5000];

export interface Range {
  /** The merge base of the requested base and the head: what the change is measured from. */
  base: string;
  head: string;
  /** The fetches that were needed, for the log. */
  fetched: string[];
}

export interface RangeRequest {
  /** A commit sha, or undefined for "the merge base with the default branch". */
  base: string | undefined;
  head: string;
  defaultBranch: string | undefined;
  remote?: string;
}

export async function ensureRange(repo: Repository, request: RangeRequest): Promise<Range> {
  const remote = request.remote ?? 'origin';
  const fetched: string[] = [];
  const fetch = async (args: string[], what: string): Promise<boolean> => {
    const ok = await tryGit(repo, ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', ...args]);
    if (ok) fetched.push(what);
    return ok;
  };

  // The tips first: a pull request's head is not in a checkout of its merge commit.
  let baseRev = request.base;
  if (baseRev === undefined) {
    if (!request.defaultBranch) throw new GitError('bad-ref', 'no base revision: the event names none and the repository has no default branch', 'set the base input');
    baseRev = `refs/remotes/${remote}/${request.defaultBranch}`;
    if (!(await hasCommit(repo, baseRev)) && !(await fetch(['--depth=1', remote, `+refs/heads/${request.defaultBranch}:${baseRev}`], request.defaultBranch))) {
      throw new GitError('bad-ref', `cannot fetch the default branch '${request.defaultBranch}' from ${remote}`, 'set the base input, or set fetch-depth: 0 on actions/checkout');
    }
  }
  const tips = [baseRev, request.head];
  const missing: string[] = [];
  for (const tip of tips) if (!(await hasCommit(repo, tip))) missing.push(tip);
  // One fetch for both; if the remote refuses one of them, find out which.
  if (missing.length > 0 && !(await fetch(['--depth=1', remote, ...missing], missing.map(short).join(' ')))) {
    const unavailable = [];
    for (const tip of missing) if (!(await fetch(['--depth=1', remote, tip], short(tip)))) unavailable.push(short(tip));
    if (unavailable.length) {
      const what = unavailable.length === 1 ? `commit ${unavailable[0]} is` : `commits ${unavailable.join(' and ')} are`;
      throw new GitError('bad-ref', `${what} not in the clone and cannot be fetched from ${remote}`, 'set fetch-depth: 0 on actions/checkout, or check that the revision still exists (a force push removes it)');
    }
  }
  const head = await resolve(repo, request.head);
  const base = await resolve(repo, baseRev);

  // Then deepen both tips until they meet.
  const refspecs = tips.map((tip) => (tip.startsWith('refs/') ? `+${tip.replace(`refs/remotes/${remote}/`, 'refs/heads/')}:${tip}` : tip));
  for (const depth of DEPTHS) {
    const mergeBase = await findMergeBase(repo, base, head);
    if (mergeBase) return { base: mergeBase, head, fetched };
    if (!(await isShallow(repo))) break;
    await fetch([`--depth=${depth}`, remote, ...refspecs], `depth ${depth}`);
  }
  let mergeBase = await findMergeBase(repo, base, head);
  if (!mergeBase && (await isShallow(repo))) {
    await fetch(['--unshallow', remote, ...refspecs], 'full history');
    mergeBase = await findMergeBase(repo, base, head);
  }
  if (mergeBase) return { base: mergeBase, head, fetched };
  if (await isShallow(repo)) throw new GitError('shallow-clone', `the merge base of ${short(base)} and ${short(head)} could not be fetched from ${remote}`, 'set fetch-depth: 0 on actions/checkout');
  throw new GitError('bad-ref', `${short(base)} and ${short(head)} have no common ancestor`, 'set the base input to the commit the change starts from');
}

/** Fetches AI-authorship notes (git-ai style) when the remote has them; their absence is normal. */
export async function fetchOriginNotes(repo: Repository, remote = 'origin'): Promise<boolean> {
  return tryGit(repo, ['fetch', '--no-tags', '--quiet', remote, '+refs/notes/ai:refs/notes/ai']);
}

async function findMergeBase(repo: Repository, base: string, head: string): Promise<string | undefined> {
  const out = await repo.run(['merge-base', base, head], { allowedExitCodes: [0, 1] });
  return out.trim() || undefined;
}

async function hasCommit(repo: Repository, rev: string): Promise<boolean> {
  const out = await repo.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowedExitCodes: [0, 1, 128] });
  return out.trim() !== '';
}

async function resolve(repo: Repository, rev: string): Promise<string> {
  return (await repo.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).trim();
}

async function isShallow(repo: Repository): Promise<boolean> {
  return (await repo.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

async function tryGit(repo: Repository, args: string[]): Promise<boolean> {
  try {
    await repo.run(args);
    return true;
  } catch {
    return false;
  }
}

function short(rev: string): string {
  return /^[0-9a-f]{40,64}$/.test(rev) ? rev.slice(0, 7) : rev;
}
