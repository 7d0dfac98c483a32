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

export async function publishStatuses(github: GitHub, target: { owner: string; repo: string; targetUrl: string | undefined }, commits: readonly CommitInfo[]): Promise<number> {
  for (const commit of commits) {
    await github.rest.repos.createCommitStatus({
      owner: target.owner,
      repo: target.repo,
      sha: commit.sha,
      state: 'success',
      context: STATUS_CONTEXT,
      description: statusDescription(commit),
      ...(target.targetUrl ? { target_url: target.targetUrl } : {}),
    });
  }
  return commits.length;
}
