/**
 * A commit status per commit, context `opsdiff/origin`: how a single commit is labeled on
 * GitHub itself (the commit list, the commit page), with the origin and its evidence.
 * Informational: the state is always `success`; the verdict lives in the check and the exit code.
 */
import type { CommitInfo } from '../../types.js';
import type { GitHub } from '../github.js';
import { clip } from './annotations.js';

export const STATUS_CONTEXT = 'opsdiff/origin';
/** GitHub answers 422 to longer descriptions. */
export const STATUS_DESCRIPTION_LIMIT = 140;

export function statusDescription(commit: CommitInfo): string {
  if (commit.origin === 'human') return 'human: no AI-assistance signal found';
  const evidence = commit.evidence.map((e) => `${e.signal}: ${e.detail}`).join('; ');
  return clip(`AI-assisted: ${evidence || 'signal found'}`.replace(/\s+/g, ' '), STATUS_DESCRIPTION_LIMIT);
}

/**
 * Sets the status on each commit that lacks it. Writes are paced a second apart (octokit's
 * throttling, GitHub's advice for writes), reads are not: a push re-runs over every commit of
 * the pull request, and only the new ones cost a write.
 */
export async function publishStatuses(github: GitHub, target: { owner: string; repo: string; targetUrl: string | undefined }, commits: readonly CommitInfo[]): Promise<{ written: number; unchanged: number }> {
  let written = 0;
  for (const commit of commits) {
    const description = statusDescription(commit);
    const existing = await github.rest.repos.listCommitStatusesForRef({ owner: target.owner, repo: target.repo, ref: commit.sha, per_page: 100 });
    // Newest first: the first one of our context is the one GitHub shows.
    const current = existing.data.find((s) => s.context === STATUS_CONTEXT);
    if (current?.description === description && current.state === 'success') continue;
    await github.rest.repos.createCommitStatus({
      owner: target.owner,
      repo: target.repo,
      sha: commit.sha,
      state: 'success',
      context: STATUS_CONTEXT,
      description,
      ...(target.targetUrl ? { target_url: target.targetUrl } : {}),
    });
    written++;
  }
  return { written, unchanged: commits.length - written };
}
