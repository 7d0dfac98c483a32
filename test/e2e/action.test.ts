/**
 * The Action end to end, as a runner runs it: the committed tree extracted with no node_modules
 * (as the runner downloads an action), its bundle in a child `node` process (this Node, and
 * Node 24 as `runs.using: node24` when a binary is at hand: npm run setup:node24), the runner's
 * environment and files, a genuine GitHub event payload, a real git repository checked out the
 * way actions/checkout does (the merge commit, depth 1), and a local stand-in for the GitHub REST
 * API that checks every request against GitHub's OpenAPI description. The many other cases run
 * in-process with fake timers: run.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../support/githubApi.js';
import { runBundledAction, type RunnerResult } from '../support/actionRunner.js';
import { ActionScenarios, expectForkDelivered, expectFreshPullRequestDelivered } from '../support/actionScenarios.js';
import { OWNER, type PullRequestScenario, REPO } from '../support/pullRequestScenario.js';
import { actionRuntimes, type NodeRuntime } from '../support/runtimes.js';

const scenarios = new ActionScenarios();
afterEach(() => scenarios.cleanup());

const runtimes = actionRuntimes();

it('runs on Node 24, the runtime action.yml names, where one is installed (.ci/run installs it)', () => {
  const required = process.env.OPSDIFF_REQUIRE_NODE24 === '1';
  if (!required && runtimes.every((r) => !r.name.startsWith('node v24.'))) console.warn(`no Node 24 binary (npm run setup:node24): the bundle ran on ${process.version} only`);
  if (required) expect(runtimes.map((r) => r.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^node v24\./)]));
});

function runOnPullRequest(pr: PullRequestScenario, fake: FakeGitHub, inputs: Record<string, string>, node: NodeRuntime): Promise<RunnerResult> {
  return runBundledAction(
    {
      workspace: pr.checkout(),
      eventName: 'pull_request',
      event: pr.pullRequestEvent('opened'),
      repository: `${OWNER}/${REPO}`,
      sha: pr.merge,
      ref: `refs/pull/${pr.number}/merge`,
      inputs,
      apiUrl: fake.url,
      env: { GITHUB_HEAD_REF: pr.headRef, GITHUB_BASE_REF: 'main' },
    },
    node.path,
  );
}

describe.each(runtimes.map((r) => [r.name, r] as const))('the extracted Action bundle on %s', (_name, node) => {
  it('a fresh pull request: annotations in a check run, one comment, labels, statuses, outputs, summary and SARIF', async () => {
    const { pr, fake } = await scenarios.freshPullRequest();
    expectFreshPullRequestDelivered(await runOnPullRequest(pr, fake, { 'commit-statuses': 'true' }, node), pr, fake);
  }, 60_000);

  it('a fork: every write answers 403; the summary and workflow-command annotations carry the report, with a notice, and the verdict is unchanged', async () => {
    const { pr, fake } = await scenarios.forkPullRequest();
    expectForkDelivered(await runOnPullRequest(pr, fake, { 'commit-statuses': 'true' }, node), pr, fake);
  }, 60_000);
});
