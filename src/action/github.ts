/**
 * The GitHub REST client: @actions/github's octokit (GITHUB_API_URL, the runner's proxy) with
 * octokit's own retry plugin for server errors and throttling plugin for rate limits, so a
 * flaky API costs time, not the report; and a budget, so a broken API costs seconds, not minutes.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Octokit } from '@octokit/core';

export type GitHub = ReturnType<typeof getOctokit>;

/** Rate-limit waits longer than this are not worth holding a runner for: that write is given up. */
const MAX_RATE_LIMIT_WAIT_S = 120;
const MAX_RATE_LIMIT_RETRIES = 3;
/** Server errors: 3 retries after 1 s, 4 s, 9 s (plugin-retry's (n+1)^2 seconds). */
const SERVER_ERROR_RETRIES = 3;
/**
 * All the API work of one run (every channel) gets this long; a request still running then is
 * cancelled and what is left is skipped. The step then ends within ~25 s of its analysis,
 * whatever the API does: answers 500, hangs, or asks to wait ten minutes.
 */
export const API_BUDGET_MS = 25_000;
/** One call (with its retries) never takes more than this, so one hang cannot eat the budget alone. */
const CALL_TIMEOUT_MS = 15_000;

export interface GitHubOptions {
  /** The transport (tests answer in-process); default @actions/github's proxy-aware fetch. */
  fetch?: typeof fetch;
  /** The API budget of this client, from its creation. */
  budgetMs?: number;
}

/** The time budget ran out: the request was not sent (or was cancelled). */
export class ApiBudgetSpent extends Error {
  constructor(readonly budgetMs: number) {
    super(`the GitHub API time budget of this run (${Math.round(budgetMs / 1000)} s) was spent on earlier failures`);
  }
}

export function createGitHub(token: string, env: NodeJS.ProcessEnv, log: (line: string) => void, options: GitHubOptions = {}): GitHub {
  const budget = new Budget(options.budgetMs ?? API_BUDGET_MS);
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    const retrying = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S && retryAfter * 1000 < budget.remaining();
    log(`GitHub ${kind} rate limit on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`);
    return retrying;
  };
  return getOctokit(
    token,
    {
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
      ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
      userAgent: 'opsdiff-action',
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      // GitHub's rate-limit answers (403/429 with "secondary rate limit" or x-ratelimit-remaining: 0) belong to
      // the throttling plugin, which waits as long as GitHub asks; plugin-retry would retry a 429 after a fixed 1 s.
      retry: { retries: SERVER_ERROR_RETRIES, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      log: { debug: () => {}, info: () => {}, warn: log, error: log },
    },
    retry,
    throttling,
    // Last, so its hook wraps the other two: they see this request's own copy of the options.
    guard(budget, log),
  );
}

/** The time left of one client's API budget; and whether the server has been failing. */
class Budget {
  private readonly deadline: number;
  serverFailing = false;
  constructor(readonly ms: number) {
    this.deadline = Date.now() + ms;
  }
  remaining(): number {
    return this.deadline - Date.now();
  }
}

/**
 * An octokit plugin that gives each request its own state and the run a budget:
 * - plugin-retry and plugin-throttling count attempts in `options.request`, which is otherwise
 *   the object shared by every call of the client (endpoint.merge keeps the defaults' object):
 *   after one failure, every later call started with a count above zero and waited (n+1)^2 s =
 *   25 s before its first retry. Each request now gets a copy.
 * - once a call has failed with a server error after its retries, later calls get no retries
 *   (until one succeeds): an API that is down is not asked four times per channel.
 * - each call is cancelled at CALL_TIMEOUT_MS or at the end of the budget; past the budget no
 *   call is sent.
 */
function guard(budget: Budget, log: (line: string) => void) {
  return (octokit: Octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const remaining = budget.remaining();
      if (remaining <= 0) throw new ApiBudgetSpent(budget.ms);
      const limit = Math.min(CALL_TIMEOUT_MS, remaining);
      const abort = new AbortController();
      // The abort stops the fetch under way and any retry still to come (its fetch fails at once);
      // the race stops waiting for a retry's back-off, which the abort does not cut short.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => {
          abort.abort();
          reject(new Error('timed out'));
        }, limit);
      });
      // before-after-hook hands every hook of the chain this same options object (what a hook
      // passes on is ignored), so the copy goes in here. `options` is this call's own; its
      // `request` was the client's shared defaults until now.
      options.request = { ...options.request, signal: abort.signal, ...(budget.serverFailing ? { retries: 0 } : {}) };
      try {
        const pending = Promise.resolve(request(options));
        pending.catch(() => {}); // settled after a time-out: nobody waits for it any more
        const response = await Promise.race([pending, timedOut]);
        budget.serverFailing = false;
        return response;
      } catch (error) {
        const status = (error as { status?: unknown }).status;
        if (abort.signal.aborted) {
          log(`GitHub ${options.method} ${options.url}: no answer in time, cancelled`);
          budget.serverFailing = true;
          throw budget.remaining() <= 0 ? new ApiBudgetSpent(budget.ms) : new Error(`no answer from GitHub within ${Math.round(limit / 1000)} s`);
        }
        if (typeof status !== 'number' || status >= 500) budget.serverFailing = true;
        throw error;
      } finally {
        clearTimeout(timer);
      }
    });
  };
}

export interface ApiFailure {
  status: number | undefined;
  message: string;
  /** The run's API budget was spent: the call was never (fully) made. */
  budgetSpent?: boolean;
}

/** The status and GitHub's message of a failed call, in one line. */
export function apiFailure(error: unknown): ApiFailure {
  if (error instanceof ApiBudgetSpent) return { status: undefined, message: error.message, budgetSpent: true };
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
