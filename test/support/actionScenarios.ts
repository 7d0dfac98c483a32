/**
 * The flagship pull request (fixtures/io-in-loop/flagship-helper-in-loop) as the Action meets
 * it, and what a run on it must deliver: shared by the run of the extracted bundle
 * (action.test.ts) and the in-process runs (run.test.ts), so both hold the Action to one standard.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { FakeGitHub, type FakeUser } from './githubApi.js';
import { TOKEN, type RunnerResult } from './actionRunner.js';
import { OWNER, PullRequestScenario, REPO } from './pullRequestScenario.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'io-in-loop', 'flagship-helper-in-loop');
const read = (side: string, file: string) => readFileSync(join(FIXTURE, side, file), 'utf8');
export const BEFORE = { 'src/pricing.ts': read('before', 'src/pricing.ts'), 'src/redis.ts': read('before', 'src/redis.ts') };
export const AFTER = { 'src/pricing.ts': read('after', 'src/pricing.ts') };
export const CLAUDE = 'Co-authored-by: Claude <noreply@anthropic.com>';

/** Pull requests and API stand-ins of one test, and their clean-up (call `cleanup` in afterEach). */
export class ActionScenarios {
  private cleanups: Array<() => unknown> = [];

  async cleanup(): Promise<void> {
    for (const cleanup of this.cleanups.reverse()) await cleanup();
    this.cleanups = [];
  }

  setUp(options: { fork?: boolean; body?: string; headRef?: string } = {}): PullRequestScenario {
    const pr = new PullRequestScenario();
    if (options.headRef) pr.headRef = options.headRef;
    if (options.body !== undefined) pr.body = options.body;
    pr.fromFork = !!options.fork;
    this.cleanups.push(() => pr.cleanup());
    pr.start(BEFORE);
    return pr;
  }

  async api(pr: PullRequestScenario, options: { tokenUser?: FakeUser } = {}): Promise<FakeGitHub> {
    const fake = await FakeGitHub.start({
      owner: OWNER,
      repo: REPO,
      token: TOKEN,
      ...options,
      pulls: [{ number: pr.number, headSha: pr.head, baseSha: pr.base, headRef: pr.headRef, baseRef: 'main', commits: pr.commits(), ...(pr.fromFork ? { headRepo: `contributor/${REPO}` } : {}) }],
    });
    this.cleanups.push(() => fake.close());
    return fake;
  }

  /** The flagship: an AI-assisted branch whose two commits move the Redis read into the loop. */
  async freshPullRequest(): Promise<{ pr: PullRequestScenario; fake: FakeGitHub }> {
    const pr = this.setUp({ headRef: 'claude/reduce-duplication' });
    pr.push('Reduce duplication in pricing', AFTER);
    pr.push('Extract discount lookup', { 'src/pricing.ts': AFTER['src/pricing.ts'] + '\n' });
    return { pr, fake: await this.api(pr) };
  }

  /** The flagship from a fork: every write answers 403. */
  async forkPullRequest(): Promise<{ pr: PullRequestScenario; fake: FakeGitHub }> {
    const pr = this.setUp({ fork: true });
    pr.push('Reduce duplication in pricing', AFTER);
    const fake = await this.api(pr);
    fake.readOnly();
    return { pr, fake };
  }
}

export function expectNoCrash(result: RunnerResult): void {
  expect(result.stdout + result.stderr).not.toMatch(/crashed|\n\s+at .+:\d+:\d+\)?\n/);
}

/** Run with commit-statuses: true: annotations in a check run, one comment, labels, statuses, outputs, summary and SARIF. */
export function expectFreshPullRequestDelivered(result: RunnerResult, pr: PullRequestScenario, fake: FakeGitHub): void {
    expectNoCrash(result);
    expect(fake.violations()).toEqual([]);
    // The verdict: a high finding fails the step, whatever the channels did.
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ risk: 'high', findings: '1', origin: 'ai-assisted' });
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ ruleId: 'io-in-loop', file: 'src/pricing.ts', line: 31, effect: { kind: 'cache', callee: 'redis.get' } });
    // Measured from the merge base to the pull request's head, not the merge commit.
    expect(report.head).toBe(pr.head);
    expect(report.commits).toHaveLength(2);
    const sarif = JSON.parse(readFileSync(result.outputs.sarif!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(1);

    const [run, ...otherRuns] = fake.checkRuns();
    expect(otherRuns).toEqual([]);
    expect(run).toMatchObject({ name: 'opsdiff', headSha: pr.head, status: 'completed', conclusion: 'failure' });
    expect(run!.annotations).toEqual([expect.objectContaining({ path: 'src/pricing.ts', start_line: 31, end_line: 31, annotation_level: 'failure' })]);
    expect(run!.annotations[0]!.message).toContain('“redis.get” (cache) now runs once per item of “cart.items”');
    expect(run!.annotations[0]!.message + run!.annotations[0]!.title).not.toContain('`');
    // No workflow-command annotations when the check run carries them.
    expect(result.commands.filter((c) => c.command === 'error' && c.properties.file)).toEqual([]);

    const comments = fake.comments(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^<!-- opsdiff:pull-request-report -->\n## opsdiff: high risk/);
    expect(comments[0]!.body).toContain('`src/pricing.ts:31`');

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
    expect(result.summary).toContain('| **high** | `src/pricing.ts:31` | io\\-in\\-loop | `redis.get` (cache) |');
    expect(result.summary).toContain('### Commits');
    expect(result.summary).toMatch(/- \*\*check run:\*\* `opsdiff` with 1 annotation/);
    expect(result.summary).toMatch(/- \*\*comment:\*\* created/);
}

/** Every write refused: the summary and workflow-command annotations carry the report, with a notice, and the verdict is unchanged. */
export function expectForkDelivered(result: RunnerResult, pr: PullRequestScenario, fake: FakeGitHub): void {
    expectNoCrash(result);
    expect(fake.violations()).toEqual([]);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ risk: 'high', findings: '1', origin: 'human' });
    expect(existsSync(result.outputs.report!)).toBe(true);
    expect(existsSync(result.outputs.sarif!)).toBe(true);
    const annotations = result.commands.filter((c) => c.command === 'error' && c.properties.file);
    expect(annotations).toEqual([expect.objectContaining({ properties: expect.objectContaining({ file: 'src/pricing.ts', line: '31', endLine: '31' }) })]);
    expect(result.commands.some((c) => c.command === 'notice' && /read-only GITHUB_TOKEN/.test(c.message))).toBe(true);
    expect(result.summary).toContain('## opsdiff: high risk');
    expect(result.summary).toMatch(/- \*\*check run:\*\* not written: the token may not \(403/);
    expect(result.summary).toMatch(/- \*\*annotations:\*\* 1 workflow-command annotation/);
    expect(result.summary).toMatch(/- \*\*comment:\*\* not written/);
    expect(fake.comments(pr.number)).toEqual([]);
    expect(fake.requests.filter((r) => r.method !== 'GET').every((r) => r.status === 403)).toBe(true);
    // The run still says why it failed, in one line.
    expect(result.commands.filter((c) => c.command === 'error' && !c.properties.file).map((c) => c.message)).toEqual(['opsdiff: 1 risky change, risk high (fail-on: high)']);
}
