/**
 * The Action end to end, as a runner runs it: the committed tree extracted with no node_modules
 * (as the runner downloads an action), its bundle in a child `node` process (this Node, and
 * Node 24 as `runs.using: node24` when a binary is at hand: npm run setup:node24), the runner's
 * environment and files, a genuine GitHub event payload, a real git repository checked out the
 * way actions/checkout does (the merge commit, depth 1), and a local stand-in for the GitHub REST
 * API that checks every request against GitHub's OpenAPI description. The many other cases run
 * in-process with fake timers: run.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../support/githubApi.js';
import { runBundledAction, TOKEN, type RunnerResult } from '../support/actionRunner.js';
import { OWNER, PullRequestScenario, REPO } from '../support/pullRequestScenario.js';
import { actionRuntimes, type NodeRuntime } from '../support/runtimes.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'io-in-loop', 'flagship-helper-in-loop');
const read = (side: string, file: string) => readFileSync(join(FIXTURE, side, file), 'utf8');
const BEFORE = { 'src/pricing.ts': read('before', 'src/pricing.ts'), 'src/redis.ts': read('before', 'src/redis.ts') };
const AFTER = { 'src/pricing.ts': read('after', 'src/pricing.ts') };
const CLAUDE = 'Co-authored-by: Claude <noreply@anthropic.com>';

let cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

const runtimes = actionRuntimes();

it('runs on Node 24, the runtime action.yml names, where one is installed (.ci/run installs it)', () => {
  const required = process.env.OPSDIFF_REQUIRE_NODE24 === '1';
  if (!required && runtimes.every((r) => !r.name.startsWith('node v24.'))) console.warn(`no Node 24 binary (npm run setup:node24): the bundle ran on ${process.version} only`);
  if (required) expect(runtimes.map((r) => r.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^node v24\./)]));
});

async function setUp(options: { fork?: boolean; body?: string; headRef?: string } = {}) {
  const pr = new PullRequestScenario();
  if (options.headRef) pr.headRef = options.headRef;
  if (options.body !== undefined) pr.body = options.body;
  pr.fromFork = !!options.fork;
  cleanups.push(() => pr.cleanup());
  pr.start(BEFORE);
  return pr;
}

async function api(pr: PullRequestScenario): Promise<FakeGitHub> {
  const fake = await FakeGitHub.start({
    owner: OWNER,
    repo: REPO,
    token: TOKEN,
    pulls: [{ number: pr.number, headSha: pr.head, baseSha: pr.base, headRef: pr.headRef, baseRef: 'main', commits: pr.commits(), ...(pr.fromFork ? { headRepo: `contributor/${REPO}` } : {}) }],
  });
  cleanups.push(() => fake.close());
  return fake;
}

function runOnPullRequest(pr: PullRequestScenario, fake: FakeGitHub | undefined, action: 'opened' | 'synchronize', inputs: Record<string, string> = {}, workspace = pr.checkout(), node: NodeRuntime = runtimes[0]!): Promise<RunnerResult> {
  return runBundledAction({
    workspace,
    eventName: 'pull_request',
    event: pr.pullRequestEvent(action),
    repository: `${OWNER}/${REPO}`,
    sha: pr.merge,
    ref: `refs/pull/${pr.number}/merge`,
    inputs,
    ...(fake ? { apiUrl: fake.url } : {}),
    env: { GITHUB_HEAD_REF: pr.headRef, GITHUB_BASE_REF: 'main' },
  }, node.path);
}

function expectNoCrash(result: RunnerResult): void {
  expect(result.stdout + result.stderr).not.toMatch(/crashed|\n\s+at .+:\d+:\d+\)?\n/);
}

describe('the extracted Action bundle on a pull request', () => {
  it.each(runtimes.map((r) => [r.name, r] as const))('%s: a fresh pull request: annotations in a check run, one comment, labels, statuses, outputs, summary and SARIF', async (_name, node) => {
    const pr = await setUp({ headRef: 'claude/reduce-duplication' });
    pr.push('Reduce duplication in pricing', AFTER);
    pr.push('Extract discount lookup', { 'src/pricing.ts': AFTER['src/pricing.ts'] + '\n' });
    const fake = await api(pr);
    const result = await runOnPullRequest(pr, fake, 'opened', { 'commit-statuses': 'true' }, pr.checkout(), node);

    expectNoCrash(result);
    expect(fake.violations()).toEqual([]);
    // The verdict: a high finding fails the step, whatever the channels did.
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ risk: 'high', findings: '1', origin: 'ai-assisted' });
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ ruleId: 'io-in-loop', file: 'src/pricing.ts', line: 22, effect: { kind: 'cache', callee: 'redis.get' } });
    // Measured from the merge base to the pull request's head, not the merge commit.
    expect(report.head).toBe(pr.head);
    expect(report.commits).toHaveLength(2);
    const sarif = JSON.parse(readFileSync(result.outputs.sarif!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(1);

    const [run, ...otherRuns] = fake.checkRuns();
    expect(otherRuns).toEqual([]);
    expect(run).toMatchObject({ name: 'opsdiff', headSha: pr.head, status: 'completed', conclusion: 'failure' });
    expect(run!.annotations).toEqual([expect.objectContaining({ path: 'src/pricing.ts', start_line: 22, end_line: 22, annotation_level: 'failure' })]);
    expect(run!.annotations[0]!.message).toContain('“redis.get” (cache) now runs once per item of “cart.items”');
    expect(run!.annotations[0]!.message + run!.annotations[0]!.title).not.toContain('`');
    // No workflow-command annotations when the check run carries them.
    expect(result.commands.filter((c) => c.command === 'error' && c.properties.file)).toEqual([]);

    const comments = fake.comments(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^<!-- opsdiff:pull-request-report -->\n## opsdiff: high risk/);
    expect(comments[0]!.body).toContain('`src/pricing.ts:22`');

    expect(fake.issueLabels(pr.number).sort()).toEqual(['opsdiff: high risk', 'origin: ai-assisted']);
    expect(fake.repoLabels()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'opsdiff: high risk', color: 'b60205' }),
        expect.objectContaining({ name: 'origin: ai-assisted', color: '8250df' }),
      ]),
    );
    const statuses = fake.statuses();
    expect(statuses.map((s) => s.sha).sort()).toEqual(report.commits.map((c: { sha: string }) => c.sha).sort());
    for (const status of statuses) {
      expect(status).toMatchObject({ context: 'opsdiff/origin', state: 'success' });
      expect(status.description!.length).toBeLessThanOrEqual(140);
      expect(status.description).toMatch(/^AI-assisted: branch: claude\/reduce-duplication/);
    }

    expect(result.summary).toContain('## opsdiff: high risk');
    expect(result.summary).toContain('| **high** | `src/pricing.ts:22` | io\\-in\\-loop | `redis.get` (cache) |');
    expect(result.summary).toContain('### Commits');
    expect(result.summary).toMatch(/- \*\*check run:\*\* `opsdiff` with 1 annotation/);
    expect(result.summary).toMatch(/- \*\*comment:\*\* created/);
  }, 60_000);

  it('a fork: every write answers 403; the summary and workflow-command annotations carry the report, with a notice, and the verdict is unchanged', async () => {
    const pr = await setUp({ fork: true });
    pr.push('Reduce duplication in pricing', AFTER);
    const fake = await api(pr);
    fake.readOnly();
    const result = await runOnPullRequest(pr, fake, 'opened', { 'commit-statuses': 'true' });

    expectNoCrash(result);
    expect(fake.violations()).toEqual([]);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ risk: 'high', findings: '1', origin: 'human' });
    expect(existsSync(result.outputs.report!)).toBe(true);
    expect(existsSync(result.outputs.sarif!)).toBe(true);
    const annotations = result.commands.filter((c) => c.command === 'error' && c.properties.file);
    expect(annotations).toEqual([expect.objectContaining({ properties: expect.objectContaining({ file: 'src/pricing.ts', line: '22', endLine: '22' }) })]);
    expect(result.commands.some((c) => c.command === 'notice' && /read-only GITHUB_TOKEN/.test(c.message))).toBe(true);
    expect(result.summary).toContain('## opsdiff: high risk');
    expect(result.summary).toMatch(/- \*\*check run:\*\* not written: the token may not \(403/);
    expect(result.summary).toMatch(/- \*\*annotations:\*\* 1 workflow-command annotation/);
    expect(result.summary).toMatch(/- \*\*comment:\*\* not written/);
    expect(fake.comments(pr.number)).toEqual([]);
    expect(fake.requests.filter((r) => r.method !== 'GET').every((r) => r.status === 403)).toBe(true);
    // The run still says why it failed, in one line.
    expect(result.commands.filter((c) => c.command === 'error' && !c.properties.file).map((c) => c.message)).toEqual(['opsdiff: 1 risky change, risk high (fail-on: high)']);
  }, 60_000);

});
