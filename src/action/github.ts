/**
 * The GitHub REST client: @actions/github's octokit (GITHUB_API_URL, the runner's proxy) with
 * octokit's own retry plugin for server errors and throttling plugin for rate limits, so a
 * flaky API costs time, not the report.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHub = ReturnType<typeof getOctokit>;

/** Rate-limit waits longer than this are not worth holding a runner for: that write is given up. */
const MAX_RATE_LIMIT_WAIT_S = 120;
const MAX_RATE_LIMIT_RETRIES = 3;

export function createGitHub(token: string, env: NodeJS.ProcessEnv, log: (line: string) => void): GitHub {
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    const retrying = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    log(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`);
    return retrying;
  };
  return getOctokit(
    token,
    {
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
      userAgent: 'opsdiff-action',
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      // GitHub's rate-limit answers (403/429 with "secondary rate limit" or x-ratelimit-remaining: 0) belong to
      // the throttling plugin, which waits as long as GitHub asks; plugin-retry would retry a 429 after a fixed 1 s.
      retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      log: { debug: () => {}, info: () => {}, warn: log, error: log },
    },
    retry,
    throttling,
  );
}

export interface ApiFailure {
  status: number | undefined;
  message: string;
}

/** The status and GitHub's message of a failed call, in one line. */
export function apiFailure(error: unknown): ApiFailure {
  const e = error as { status?: unknown; message?: unknown; response?: { data?: { message?: unknown } } };
  const status = typeof e?.status === 'number' ? e.status : undefined;
  const message = typeof e?.response?.data?.message === 'string' ? e.response.data.message : typeof e?.message === 'string' ? e.message : String(error);
  return { status, message: message.split('\n')[0]!.slice(0, 300) };
}

/** A token that may read but not write this (a fork's pull request, or `permissions:` without it). */
export function isPermissionDenied(failure: ApiFailure): boolean {
  if (/rate limit/i.test(failure.message)) return false;
  return failure.status === 403 || failure.status === 401 || (failure.status === 404 && /not accessible/i.test(failure.message));
}
