/**
 * The Action end to end, in this process (test/support/inProcessAction.ts): the runner's
 * environment and files, a genuine GitHub event payload, a real git repository checked out the
 * way actions/checkout does (the merge commit, depth 1), the GitHub stand-in that checks every
 * request against GitHub's OpenAPI description as the client's transport, and fake timers: retry
 * back-offs and rate-limit waits are measured on the fake clock, not waited for.
 * test/e2e/action.test.ts runs the extracted bundle itself as a child process.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeGitHub, FakeUser, RequestRecord } from '../support/githubApi.js';
import { ActionScenarios, AFTER, BEFORE, CLAUDE, expectNoCrash } from '../support/actionScenarios.js';
import { runActionInProcess as runAction, type InProcessOptions, type InProcessResult } from '../support/inProcessAction.js';
import { genuinePayload, OWNER, PullRequestScenario, REPO } from '../support/pullRequestScenario.js';

const scenarios = new ActionScenarios();
/** An API budget no test about delivery can spend (see the two-workflow test). */
const ROOMY_BUDGET_MS = 600_000;
afterEach(() => scenarios.cleanup());
const setUp = (options: Parameters<ActionScenarios['setUp']>[0] = {}) => Promise.resolve(scenarios.setUp(options));
const api = (pr: PullRequestScenario, options: Parameters<ActionScenarios['api']>[1] = {}) => scenarios.api(pr, options);

function runOnPullRequest(pr: PullRequestScenario, fake: FakeGitHub | undefined, action: 'opened' | 'synchronize', inputs: Record<string, string> = {}, workspace = pr.checkout(), extra: Partial<InProcessOptions> = {}): Promise<InProcessResult> {
  return runAction({
    workspace,
    eventName: 'pull_request',
    event: pr.pullRequestEvent(action),
    repository: `${OWNER}/${REPO}`,
    sha: pr.merge,
    ref: `refs/pull/${pr.number}/merge`,
    inputs,
    ...(fake ? { fake } : {}),
    env: { GITHUB_HEAD_REF: pr.headRef, GITHUB_BASE_REF: 'main' },
    ...extra,
  });
}


describe('the Action on a pull request', () => {
  it('a second push: the same comment is updated ("no risky changes remain") and the labels are swapped', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER, { env: { GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com' } });
    // The first push was AI-assisted...
    pr.source.git('commit', '-q', '--amend', '-m', `Reduce duplication in pricing\n\n${CLAUDE}`);
    pr.head = pr.source.git('rev-parse', 'HEAD');
    pr.push('Touch', { 'README.md': 'pricing\n' });
    const fake = await api(pr);
    const first = await runOnPullRequest(pr, fake, 'opened', { 'commit-statuses': 'true' });
    expect(first.exitCode).toBe(1);
    expect(fake.statuses()).toHaveLength(2);
    expect(fake.issueLabels(pr.number).sort()).toEqual(['opsdiff: high risk', 'origin: mixed']);
    const [comment] = fake.comments(pr.number);

    // ...the second, by a person, takes the Redis read out of the loop again.
    pr.push('Read the discount rules once per cart', BEFORE);
    const second = await runOnPullRequest(pr, fake, 'synchronize', { 'commit-statuses': 'true' });
    expectNoCrash(second);
    expect(fake.violations()).toEqual([]);
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ risk: 'none', findings: '0', origin: 'mixed' });
    const comments = fake.comments(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(comment!.id);
    expect(comments[0]!.history).toHaveLength(1);
    expect(comments[0]!.body).toContain('## opsdiff: no risky changes remain');
    expect(fake.issueLabels(pr.number)).toEqual(['origin: mixed']);
    expect(fake.checkRuns().map((r) => r.conclusion)).toEqual(['failure', 'success']);
    // Only the new commit gets a status write; the others already carry theirs.
    expect(fake.statuses()).toHaveLength(3);
    expect(second.summary).toContain('- **commit statuses:** 1 commit labeled (opsdiff/origin), 2 already were');
  }, 90_000);

  it('a pull request that never had a finding gets no comment, and a person quoting the marker is left alone', async () => {
    const pr = await setUp();
    pr.push('Docs', { 'README.md': 'hello\n' });
    const fake = await api(pr);
    fake.seedComment(pr.number, '<!-- opsdiff:pull-request-report -->\nquoted by a person', 'octocat');
    const result = await runOnPullRequest(pr, fake, 'opened');
    expect(result.exitCode).toBe(0);
    expect(fake.violations()).toEqual([]);
    expect(fake.comments(pr.number).map((c) => c.body)).toEqual(['<!-- opsdiff:pull-request-report -->\nquoted by a person']);
    expect(fake.issueLabels(pr.number)).toEqual(['origin: human']);
    expect(result.outputs).toMatchObject({ risk: 'none', findings: '0', origin: 'human' });
  }, 60_000);

  it('a server that answers 500s and 429s: retried with backoff, nothing posted twice, nothing lost', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER);
    const fake = await api(pr);
    fake.serverErrors(2);
    fake.rateLimited(1, 1);
    const result = await runOnPullRequest(pr, fake, 'opened');

    expectNoCrash(result);
    expect(fake.violations()).toEqual([]);
    expect(result.exitCode).toBe(1);
    expect(fake.requests.filter((r) => r.status === 500)).toHaveLength(2);
    expect(fake.requests.filter((r) => r.status === 429)).toHaveLength(1);
    expect(fake.checkRuns()).toHaveLength(1);
    expect(fake.comments(pr.number)).toHaveLength(1);
    expect(fake.issueLabels(pr.number).sort()).toEqual(['opsdiff: high risk', 'origin: human']);
    expect(result.summary).not.toMatch(/failed:/);
  }, 90_000);

  it('a channel whose API keeps failing costs that channel only: summary, files, other channels and the verdict stay', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER);
    const fake = await api(pr);
    fake.fail({ path: /\/issues\/\d+\/comments$/, status: 502 });
    const result = await runOnPullRequest(pr, fake, 'opened');
    expectNoCrash(result);
    expect(result.exitCode).toBe(1);
    expect(result.summary).toMatch(/- \*\*comment:\*\* failed: 502/);
    expect(fake.checkRuns()).toHaveLength(1);
    expect(fake.issueLabels(pr.number).sort()).toEqual(['opsdiff: high risk', 'origin: human']);
    expect(result.outputs).toMatchObject({ risk: 'high', findings: '1' });
  }, 90_000);

  it('a shallow clone far from the merge base: the history is fetched by deepening, and the change is measured from the merge base', async () => {
    const pr = await setUp();
    for (let i = 0; i < 60; i++) {
      pr.source.write(`docs/step-${i}.md`, `${i}\n`);
      pr.source.commit(`step ${i}`);
    }
    pr.push('Reduce duplication in pricing', AFTER);
    const mergeBase = pr.base;
    for (let i = 0; i < 3; i++) pr.advanceBase(`base moves ${i}`, { [`base-${i}.md`]: `${i}\n` });
    const fake = await api(pr);
    const workspace = pr.checkout();
    const result = await runOnPullRequest(pr, fake, 'opened', {}, workspace);

    expectNoCrash(result);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report.base).toBe(mergeBase);
    expect(report.head).toBe(pr.head);
    expect(report.commits).toHaveLength(61);
    expect(report.files.analyzed).toEqual(['src/pricing.ts']);
    expect(result.stdout).toMatch(/fetched: .*depth 200/);
  }, 90_000);

  it('a clone whose remote cannot give the base: one clear line, no stack trace', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER);
    const workspace = pr.checkout();
    const event = pr.pullRequestEvent('opened');
    event.pull_request.base.sha = 'f'.repeat(40);
    const result = await runAction({ workspace, eventName: 'pull_request', event, repository: `${OWNER}/${REPO}`, sha: pr.merge, inputs: { 'github-token': '' } });
    expectNoCrash(result);
    expect(result.exitCode).toBe(1);
    const errors = result.commands.filter((c) => c.command === 'error');
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^opsdiff: commit fffffff is not in the clone and cannot be fetched from origin \(.+\)$/)]);
    expect(result.outputs).toEqual({});
  }, 60_000);

  it('bad inputs fail at once with one line', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER);
    const result = await runOnPullRequest(pr, undefined, 'opened', { 'fail-on': 'critical', 'github-token': '' });
    expect(result.exitCode).toBe(1);
    expect(result.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      "opsdiff: unknown input 'fail-on' level 'critical' (use one of: high, medium, low, none)",
    ]);
  }, 30_000);
  it('a bad configuration in the repository fails with the same one line as the CLI', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', { ...AFTER, 'opsdiff.config.json': '{ "fail-on": "critical" }\n' });
    const result = await runOnPullRequest(pr, undefined, 'opened', { 'github-token': '' });
    expectNoCrash(result);
    expect(result.exitCode).toBe(1);
    expect(result.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([expect.stringMatching(/^opsdiff: opsdiff\.config\.json:1:14: fail-on: expected .*, got "critical"/)]);
    // Annotated at the key, so the pull request shows it on the configuration's line.
    expect(result.commands.filter((c) => c.command === 'error').map((c) => c.properties)).toEqual([{ file: 'opsdiff.config.json', line: '1', col: '14' }]);
  }, 30_000);
});

describe('the Action on other events', () => {
  it('push: before..after of a genuine push payload, a check run on the pushed commit, no pull request channels', async () => {
    const pr = await setUp();
    const before = pr.base;
    pr.push('Reduce duplication in pricing', AFTER);
    const fake = await api(pr);
    const event = genuinePayload('push');
    Object.assign(event, { ref: `refs/heads/${pr.headRef}`, before, after: pr.head, created: false, deleted: false, forced: false });
    Object.assign(event.repository, { name: REPO, full_name: `${OWNER}/${REPO}`, default_branch: 'main', master_branch: 'main' });
    const workspace = pr.checkout({ ref: `refs/heads/${pr.headRef}` });
    const result = await runAction({ workspace, eventName: 'push', event, repository: `${OWNER}/${REPO}`, sha: pr.head, ref: `refs/heads/${pr.headRef}`, fake });

    expectNoCrash(result);
    expect(fake.violations()).toEqual([]);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ risk: 'high', findings: '1' });
    expect(fake.checkRuns()).toEqual([expect.objectContaining({ headSha: pr.head, conclusion: 'failure' })]);
    expect(fake.comments(pr.number)).toEqual([]);
    expect(result.summary).toMatch(/comment and labels:\*\* skipped: this run is not about a pull request/);
  }, 60_000);

  it('push of a new branch (zero before): compared with the default branch', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER);
    const event = genuinePayload('push');
    Object.assign(event, { ref: `refs/heads/${pr.headRef}`, before: '0'.repeat(40), after: pr.head, created: true, deleted: false });
    Object.assign(event.repository, { name: REPO, full_name: `${OWNER}/${REPO}`, default_branch: 'main', master_branch: 'main' });
    const workspace = pr.checkout({ ref: `refs/heads/${pr.headRef}` });
    const result = await runAction({ workspace, eventName: 'push', event, repository: `${OWNER}/${REPO}`, sha: pr.head, inputs: { 'github-token': '' } });
    expectNoCrash(result);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report.base).toBe(pr.base);
    expect(report.commits).toHaveLength(1);
  }, 60_000);

  it('merge_group: base_sha..head_sha of a genuine merge_group payload', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER);
    const event = genuinePayload('merge_group');
    Object.assign(event.merge_group, { base_sha: pr.base, head_sha: pr.merge, head_ref: `refs/heads/gh-readonly-queue/main/pr-${pr.number}-${pr.merge}`, base_ref: 'refs/heads/main' });
    Object.assign(event.repository, { name: REPO, full_name: `${OWNER}/${REPO}`, default_branch: 'main' });
    const workspace = pr.checkout();
    const result = await runAction({ workspace, eventName: 'merge_group', event, repository: `${OWNER}/${REPO}`, sha: pr.merge, inputs: { 'github-token': '' } });
    expectNoCrash(result);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ risk: 'high', findings: '1' });
  }, 60_000);

  it('workflow_dispatch: the revisions come from the dispatch inputs of a genuine payload', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER);
    pr.push('Docs', { 'README.md': 'docs\n' });
    const event = genuinePayload('workflow_dispatch');
    event.inputs = { base: pr.base, head: pr.source.git('rev-parse', `${pr.head}~1`) };
    Object.assign(event.repository, { name: REPO, full_name: `${OWNER}/${REPO}`, default_branch: 'main' });
    const result = await runAction({ workspace: pr.checkout(), eventName: 'workflow_dispatch', event, repository: `${OWNER}/${REPO}`, sha: pr.merge, inputs: { 'github-token': '' } });
    expectNoCrash(result);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report.commits.map((c: { subject: string }) => c.subject)).toEqual(['Reduce duplication in pricing']);
  }, 60_000);

  // Under load the fake clock once ran ~34 s in the third (superseded) run instead of ~0.85 s, past
  // the default 25 s API budget, before pulls.get: a wait Node does not report (getActiveResourcesInfo
  // saw only pipes, TCP servers and close requests). This test is about what is posted, not about
  // the budget (the budget tests below are): its runs get 10 minutes of API budget. Notices and
  // warnings are compared as lists, so a failure says what the run said instead. One retry stays.
  it('the two-workflow mode: a fork run leaves its report; a workflow_run run posts it after checking the pull request head', { timeout: 120_000, retry: 1 }, async () => {
    const pr = await setUp({ fork: true, headRef: 'claude/reduce-duplication' });
    pr.push('Reduce duplication in pricing', AFTER);
    const fake = await api(pr);
    fake.readOnly();
    const first = await runOnPullRequest(pr, fake, 'opened', { 'output-dir': 'opsdiff-report', annotations: 'false' }, undefined, { budgetMs: ROOMY_BUDGET_MS });
    expect(first.exitCode).toBe(1);
    expect(first.outputs.origin).toBe('ai-assisted');
    fake.readOnly(false);
    const artifact = join(pr.dir, 'relay', 'artifact');
    cpSync(join(first.outputs.report!, '..'), artifact, { recursive: true });
    // The artifact comes from the fork's run: its claims about origin are not believed.
    const tampered = JSON.parse(readFileSync(join(artifact, 'report.json'), 'utf8'));
    for (const commit of tampered.commits) Object.assign(commit, { origin: 'human', evidence: [] });
    for (const finding of tampered.findings) finding.origin = 'human';
    writeFileSync(join(artifact, 'report.json'), JSON.stringify(tampered));

    const event = genuinePayload('workflow_run', 'completed');
    Object.assign(event.workflow_run, { head_sha: pr.head, event: 'pull_request', conclusion: 'failure', pull_requests: [] });
    Object.assign(event.repository, { name: REPO, full_name: `${OWNER}/${REPO}`, default_branch: 'main' });
    const relay = (headSha: string) => {
      Object.assign(event.workflow_run, { head_sha: headSha });
      return runAction({ workspace: join(pr.dir, 'relay'), eventName: 'workflow_run', event, repository: `${OWNER}/${REPO}`, sha: pr.base, fake, budgetMs: ROOMY_BUDGET_MS, inputs: { 'from-report': 'artifact', 'fail-on-ai': 'medium' } });
    };
    const second = await relay(pr.head);
    expectNoCrash(second);
    expect(fake.violations()).toEqual([]);
    expect(second.exitCode).toBe(1);
    expect(second.outputs).toMatchObject({ risk: 'high', findings: '1', origin: 'ai-assisted' });
    expect(fake.comments(pr.number)).toHaveLength(1);
    expect(fake.comments(pr.number)[0]!.body).toContain('## opsdiff: high risk');
    expect(fake.comments(pr.number)[0]!.body).toContain('branch: claude/reduce\\-duplication');
    expect(fake.issueLabels(pr.number).sort()).toEqual(['opsdiff: high risk', 'origin: ai-assisted']);
    expect(fake.checkRuns()).toEqual([expect.objectContaining({ headSha: pr.head })]);

    // A report about another commit than the run's (a forged or mixed-up artifact) is not posted.
    const forged = await relay(pr.base);
    expect(forged.exitCode).toBe(1);
    expect(forged.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([expect.stringMatching(/^opsdiff: the report is about .+ nothing was posted\)$/)]);
    expect(fake.comments(pr.number)).toHaveLength(1);

    // The pull request moved on: its newer run will post; this one only leaves its check run.
    pr.push('Docs', { 'README.md': 'docs\n' });
    const superseded = await runAction({ workspace: join(pr.dir, 'relay'), eventName: 'workflow_run', event: { ...event, workflow_run: { ...event.workflow_run, head_sha: tampered.head } }, repository: `${OWNER}/${REPO}`, sha: pr.base, fake: await api(pr), budgetMs: ROOMY_BUDGET_MS, inputs: { 'from-report': 'artifact' } });
    expectNoCrash(superseded);
    expect(superseded.exitCode).toBe(1);
    expect(superseded.commands.filter((c) => c.command === 'notice' || c.command === 'warning').map((c) => c.message)).toContainEqual(expect.stringMatching(/has moved on to/));
  });
});

/** Fake-clock gaps between consecutive attempts of one request (same method and path). */
function attemptGaps(requests: readonly RequestRecord[], method: string, path: RegExp): number[] {
  const attempts = requests.filter((r) => r.method === method && path.test(r.path));
  return attempts.slice(1).map((r, i) => r.at - attempts[i]!.at);
}

/** Each documented wait (1 s, 4 s, 9 s), give or take the harness's 50 ms step and octokit's pacing. */
function expectWaits(gaps: number[], waits: number[]): void {
  expect(gaps).toHaveLength(waits.length);
  gaps.forEach((gap, i) => {
    expect(gap, `wait ${i + 1}`).toBeGreaterThanOrEqual(waits[i]! - 100);
    expect(gap, `wait ${i + 1}`).toBeLessThanOrEqual(waits[i]! + 1_100);
  });
}

describe('the Action when the API fails', () => {
  it('every request keeps its own retry count: a call after one that used up its retries waits 1 s and 4 s, not 25 s', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER);
    // A personal token: GET /user answers 200. (An installation token's 403 there went through
    // plugin-throttling, which happened to reset the shared count and hid the defect.)
    const fake = await api(pr, { tokenUser: { login: 'ci-user', id: 5, type: 'User' } });
    fake.fail({ method: 'POST', path: /\/check-runs$/, status: 500, times: 4 });
    fake.fail({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 502, times: 2 });
    const result = await runOnPullRequest(pr, fake, 'opened');
    expectNoCrash(result);
    expect(fake.violations()).toEqual([]);
    expectWaits(attemptGaps(fake.requests, 'POST', /\/check-runs$/), [1_000, 4_000, 9_000]);
    expect(result.summary).toMatch(/- \*\*check run:\*\* failed: 500/);
    // The comment's calls come after successful reads (the API is back): full retries, from 1 s.
    expectWaits(attemptGaps(fake.requests, 'POST', /\/issues\/\d+\/comments$/), [1_000, 4_000]);
    expect(fake.comments(pr.number)).toHaveLength(1);
    expect(result.summary).toMatch(/- \*\*comment:\*\* created/);
  }, 30_000);

  it('an API answering 500 to everything: one call spends the retries, the rest fail at once; the step ends within 30 s of its analysis with outputs, summary and SARIF', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER);
    const fake = await api(pr);
    fake.fail({ status: 500, body: { message: 'Server Error' } });
    const result = await runOnPullRequest(pr, fake, 'opened', { 'commit-statuses': 'true' });
    expectNoCrash(result);
    expect(fake.violations()).toEqual([]);
    // The API work: from the first request to the last (the fake clock; what follows is only
    // writing files, which takes no waits).
    const apiMs = fake.requests.at(-1)!.at - fake.requests[0]!.at;
    expect(apiMs).toBeLessThan(30_000);
    // The first call: 1 + 3 retries; every later call: once.
    expect(fake.requests.filter((r) => r.method === 'POST' && /\/check-runs$/.test(r.path))).toHaveLength(4);
    expect(fake.requests.length).toBeLessThanOrEqual(4 + 6);
    // The verdict is the findings', not the API's.
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ risk: 'high', findings: '1', origin: 'human' });
    expect(existsSync(result.outputs.report!)).toBe(true);
    expect(existsSync(result.outputs.sarif!)).toBe(true);
    expect(result.summary).toContain('## opsdiff: high risk');
    expect(result.summary).toMatch(/- \*\*check run:\*\* failed: 500 Server Error/);
    expect(result.summary).toMatch(/- \*\*annotations:\*\* 1 workflow-command annotation/);

    expect(result.summary).toMatch(/- \*\*comment:\*\* failed: 500/);
    expect(result.summary).toMatch(/- \*\*labels:\*\* failed: 500/);
    expect(result.commands.filter((c) => c.command === 'error' && !c.properties.file).map((c) => c.message)).toEqual(['opsdiff: 1 risky change, risk high (fail-on: high)']);
  }, 30_000);

  it('an API that never answers: calls are cancelled, the budget ends the API work within 30 s, nothing is lost', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER);
    const fake = await api(pr);
    let sent = 0;
    let first = 0;
    let lastAbort = 0;
    const hanging: typeof fetch = (_input, init) => {
      sent++;
      if (sent === 1) first = Date.now();
      return new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => {
          lastAbort = Date.now();
          reject(new DOMException('aborted', 'AbortError'));
        }),
      );
    };
    const result = await runOnPullRequest(pr, fake, 'opened', {}, pr.checkout(), { transport: hanging });
    expectNoCrash(result);
    expect(lastAbort - first).toBeGreaterThanOrEqual(15_000);
    expect(lastAbort - first).toBeLessThan(30_000);
    expect(sent).toBeLessThanOrEqual(3);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ risk: 'high', findings: '1' });
    expect(existsSync(result.outputs.sarif!)).toBe(true);
    expect(result.summary).toMatch(/- \*\*check run:\*\* failed: no answer from GitHub within 15 s/);
    expect(result.summary).toMatch(/- \*\*labels:\*\* skipped: the GitHub API time budget of this run \\\(25 s\\\) was spent/);
  }, 30_000);
});

describe('the Action with other tokens', () => {
  const PERSON: FakeUser = { login: 'release-bot-account', id: 9_001, type: 'User' };

  it('a personal access token: its own marked comment is found again (GET /user), a bot\'s or a person\'s marked comment is not taken', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER);
    const fake = await api(pr, { tokenUser: PERSON });
    fake.seedComment(pr.number, '<!-- opsdiff:pull-request-report -->\nquoted by a person', 'octocat');
    fake.seedComment(pr.number, '<!-- opsdiff:pull-request-report -->\nanother bot', { login: 'other-app[bot]', id: 77, type: 'Bot' });
    const first = await runOnPullRequest(pr, fake, 'opened');
    expect(fake.violations()).toEqual([]);
    expect(first.exitCode).toBe(1);
    const ours = () => fake.comments(pr.number).filter((c) => c.user.login === PERSON.login);
    expect(ours()).toHaveLength(1);
    pr.push('Read the discount rules once per cart', BEFORE);
    const second = await runOnPullRequest(pr, fake, 'synchronize');
    expect(second.exitCode).toBe(0);
    expect(fake.comments(pr.number)).toHaveLength(3);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('## opsdiff: no risky changes remain');
    expect(fake.comments(pr.number).map((c) => c.body.split('\n')[1])).toEqual(['quoted by a person', 'another bot', '## opsdiff: no risky changes remain']);
  }, 30_000);

  it('the workflow token (an installation token, GET /user 403): the bot\'s marked comment is found again', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER);
    const fake = await api(pr);
    await runOnPullRequest(pr, fake, 'opened');
    pr.push('More', { 'README.md': 'x\n' });
    await runOnPullRequest(pr, fake, 'synchronize');
    expect(fake.comments(pr.number)).toHaveLength(1);
    expect(fake.requests.filter((r) => r.operationId === 'users/get-authenticated').map((r) => r.status)).toEqual([403, 403]);
  }, 30_000);
});

describe('errors in the Action\'s own words', () => {
  const errorsOf = (result: InProcessResult) => result.commands.filter((c) => c.command === 'error').map((c) => c.message);

  it('no checkout before the step: names actions/checkout, and the job summary says it too', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER);
    const empty = join(pr.dir, 'empty-workspace');
    mkdirSync(empty);
    const result = await runOnPullRequest(pr, undefined, 'opened', { 'github-token': '' }, empty);
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual([expect.stringMatching(/^opsdiff: .* is not inside a git work tree \(add actions\/checkout before this step, or set working-directory to the path it checks out to\)$/)]);
    expect(result.summary).toContain('## opsdiff did not run to the end');
    expect(result.summary).toContain('add actions/checkout before this step');
    expect(result.stdout).not.toMatch(/--cwd|--base|--config/);
  }, 30_000);

  it('a working-directory that does not exist', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER);
    const result = await runOnPullRequest(pr, undefined, 'opened', { 'github-token': '', 'working-directory': 'services/shop' });
    expect(errorsOf(result)).toEqual(["opsdiff: working-directory 'services/shop' does not exist in the workspace (set working-directory to the path actions/checkout checks out to (its path input))"]);
    expect(result.summary).toContain("working\\-directory 'services/shop' does not exist");
  }, 30_000);

  it('a config input that names no file', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', AFTER);
    const result = await runOnPullRequest(pr, undefined, 'opened', { 'github-token': '', config: 'ci/opsdiff.json' });
    expect(errorsOf(result)).toEqual(["opsdiff: config 'ci/opsdiff.json' is not a file in working-directory (the config input is relative to working-directory; leave it empty to use the repository's own configuration)"]);
  }, 30_000);

  it('two configuration files: the hint names the config input, not --config', async () => {
    const pr = await setUp();
    pr.push('Reduce duplication in pricing', { ...AFTER, 'opsdiff.config.json': '{}\n', '.opsdiffrc.json': '{}\n' });
    const result = await runOnPullRequest(pr, undefined, 'opened', { 'github-token': '' });
    expect(errorsOf(result)).toEqual([expect.stringMatching(/^opsdiff: more than one configuration file: .* \(keep one of them \(opsdiff reads only one\), or choose one with the config input\)$/)]);
  }, 30_000);
});

describe('the Action on pull_request_target', () => {
  it('analyzes merge base..head without checking the head out, with the base branch\'s configuration, and posts with the base repository\'s token', async () => {
    const pr = await setUp({ fork: true });
    pr.push('Reduce duplication in pricing', { ...AFTER, 'opsdiff.config.json': '{ "fail-on": "none" }\n' });
    const fake = await api(pr);
    // pull_request_target's checkout is the base branch, not the merge commit.
    const workspace = pr.checkout({ ref: 'refs/heads/main' });
    const result = await runAction({
      workspace,
      eventName: 'pull_request_target',
      event: pr.pullRequestEvent('opened'),
      repository: `${OWNER}/${REPO}`,
      sha: pr.base,
      ref: 'refs/heads/main',
      fake,
      env: { GITHUB_HEAD_REF: pr.headRef, GITHUB_BASE_REF: 'main' },
    });
    expectNoCrash(result);
    expect(fake.violations()).toEqual([]);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report.head).toBe(pr.head);
    expect(report.findings).toHaveLength(1);
    // The fork's opsdiff.config.json (fail-on: none) is not the one read: the base branch has none, so high fails.
    expect(result.exitCode).toBe(1);
    expect(fake.comments(pr.number)).toHaveLength(1);
    expect(fake.checkRuns()).toEqual([expect.objectContaining({ headSha: pr.head })]);
    // Nothing of the head is in the work tree.
    expect(existsSync(join(workspace, 'opsdiff.config.json'))).toBe(false);
  }, 30_000);
});
