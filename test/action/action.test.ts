/**
 * The Action end to end, as a runner runs it: the committed bundle in a child `node` process,
 * the runner's environment and files, a genuine GitHub event payload, a real git repository
 * checked out the way actions/checkout does (the merge commit, depth 1), and a local stand-in
 * for the GitHub REST API that checks every request against GitHub's OpenAPI description.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../support/githubApi.js';
import { runBundledAction, TOKEN, type RunnerResult } from '../support/actionRunner.js';
import { genuinePayload, OWNER, PullRequestScenario, REPO } from '../support/pullRequestScenario.js';

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

beforeAll(() => {
  if (!existsSync(join(import.meta.dirname, '..', '..', 'dist', 'action', 'index.js'))) throw new Error('dist/action/index.js is missing: node scripts/bundle-action.mjs');
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

function runOnPullRequest(pr: PullRequestScenario, fake: FakeGitHub | undefined, action: 'opened' | 'synchronize', inputs: Record<string, string> = {}, workspace = pr.checkout()): Promise<RunnerResult> {
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
  });
}

function expectNoCrash(result: RunnerResult): void {
  expect(result.stdout + result.stderr).not.toMatch(/crashed|\n\s+at .+:\d+:\d+\)?\n/);
}

describe('the Action on a pull request', () => {
  it('a fresh pull request: annotations in a check run, one comment, labels, statuses, outputs, summary and SARIF', async () => {
    const pr = await setUp({ headRef: 'claude/reduce-duplication' });
    pr.push('Reduce duplication in pricing', AFTER);
    pr.push('Extract discount lookup', { 'src/pricing.ts': AFTER['src/pricing.ts'] + '\n' });
    const fake = await api(pr);
    const result = await runOnPullRequest(pr, fake, 'opened', { 'commit-statuses': 'true' });

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
    expect(run!.annotations[0]!.message).toContain('`redis.get` (cache) now runs once per item of `cart.items`');
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
    expect(result.summary).toContain('| **high** | `src/pricing.ts:22` | fan\\-out |');
    expect(result.summary).toContain('### Commits');
    expect(result.summary).toMatch(/- \*\*check run:\*\* `opsdiff` with 1 annotation/);
    expect(result.summary).toMatch(/- \*\*comment:\*\* created/);
  }, 60_000);

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
    const result = await runBundledAction({ workspace, eventName: 'pull_request', event, repository: `${OWNER}/${REPO}`, sha: pr.merge, inputs: { 'github-token': '' } });
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
    expect(result.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([expect.stringMatching(/^opsdiff: opsdiff\.config\.json: .*fail-on.*critical/)]);
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
    const result = await runBundledAction({ workspace, eventName: 'push', event, repository: `${OWNER}/${REPO}`, sha: pr.head, ref: `refs/heads/${pr.headRef}`, apiUrl: fake.url });

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
    const result = await runBundledAction({ workspace, eventName: 'push', event, repository: `${OWNER}/${REPO}`, sha: pr.head, inputs: { 'github-token': '' } });
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
    const result = await runBundledAction({ workspace, eventName: 'merge_group', event, repository: `${OWNER}/${REPO}`, sha: pr.merge, inputs: { 'github-token': '' } });
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
    const result = await runBundledAction({ workspace: pr.checkout(), eventName: 'workflow_dispatch', event, repository: `${OWNER}/${REPO}`, sha: pr.merge, inputs: { 'github-token': '' } });
    expectNoCrash(result);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report.commits.map((c: { subject: string }) => c.subject)).toEqual(['Reduce duplication in pricing']);
  }, 60_000);

  it('the two-workflow mode: a fork run leaves its report; a workflow_run run posts it after checking the pull request head', async () => {
    const pr = await setUp({ fork: true, headRef: 'claude/reduce-duplication' });
    pr.push('Reduce duplication in pricing', AFTER);
    const fake = await api(pr);
    fake.readOnly();
    const first = await runOnPullRequest(pr, fake, 'opened', { 'output-dir': 'opsdiff-report', annotations: 'false' });
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
      return runBundledAction({ workspace: join(pr.dir, 'relay'), eventName: 'workflow_run', event, repository: `${OWNER}/${REPO}`, sha: pr.base, apiUrl: fake.url, inputs: { 'from-report': 'artifact', 'fail-on-ai': 'medium' } });
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
    const superseded = await runBundledAction({ workspace: join(pr.dir, 'relay'), eventName: 'workflow_run', event: { ...event, workflow_run: { ...event.workflow_run, head_sha: tampered.head } }, repository: `${OWNER}/${REPO}`, sha: pr.base, apiUrl: (await api(pr)).url, inputs: { 'from-report': 'artifact' } });
    expectNoCrash(superseded);
    expect(superseded.exitCode).toBe(1);
    expect(superseded.commands.some((c) => c.command === 'notice' && /has moved on to/.test(c.message))).toBe(true);
  }, 120_000);
});
