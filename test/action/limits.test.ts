/**
 * The Action at GitHub's limits and against hostile text, run in-process with the runner's
 * environment, the stand-in and fake timers (see run.test.ts): 100+ findings (annotation batches, per-level display caps, the comment's
 * size limit) and a contributor's file name, branch and commit message full of Markdown, HTML
 * and mentions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../support/githubApi.js';
import { TOKEN } from '../support/actionRunner.js';
import { runActionInProcess } from '../support/inProcessAction.js';
import { OWNER, PullRequestScenario, REPO } from '../support/pullRequestScenario.js';

const HIGH = 110;
const LOW = 5;
const REDIS = "import Redis from 'ioredis';\n\nexport const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');\n";

/** HIGH functions whose Redis read moves into their loop, and LOW new reads over a literal list. */
function manyFindings(side: 'before' | 'after'): string {
  const parts = ["import { redis } from './redis';", 'declare function use(item: string, value: string | null): void;'];
  for (let i = 0; i < HIGH; i++) {
    parts.push(
      side === 'before'
        ? `export async function load${i}(items: string[]) {\n  const value = await redis.get('key${i}');\n  for (const item of items) use(item, value);\n}`
        : `export async function load${i}(items: string[]) {\n  for (const item of items) {\n    const value = await redis.get('key${i}');\n    use(item, value);\n  }\n}`,
    );
  }
  for (let i = 0; i < LOW; i++) {
    parts.push(
      side === 'before'
        ? `export async function warm${i}() {\n  return 0;\n}`
        : `export async function warm${i}() {\n  for (const region of ['eu', 'us', 'ap']) await redis.get('warm${i}:' + region);\n  return 0;\n}`,
    );
  }
  return parts.join('\n\n') + '\n';
}

let cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function scenario(files: Record<string, string>, after: Record<string, string | null>, message = 'Refactor', headRef = 'feature/many') {
  const pr = new PullRequestScenario();
  pr.headRef = headRef;
  cleanups.push(() => pr.cleanup());
  pr.start(files);
  pr.push(message, after);
  const fake = await FakeGitHub.start({ owner: OWNER, repo: REPO, token: TOKEN, pulls: [{ number: pr.number, headSha: pr.head, baseSha: pr.base, headRef: pr.headRef, baseRef: 'main' }] });
  cleanups.push(() => fake.close());
  const run = (inputs: Record<string, string> = {}) =>
    runActionInProcess({ workspace: pr.checkout(), eventName: 'pull_request', event: pr.pullRequestEvent('opened'), repository: `${OWNER}/${REPO}`, sha: pr.merge, fake, inputs });
  return { pr, fake, run };
}

describe('the Action at GitHub limits', () => {
  it('115 findings: check run annotations in batches of 50, and a comment cut to fit with a note', async () => {
    const { pr, fake, run } = await scenario({ 'src/redis.ts': REDIS, 'src/many.ts': manyFindings('before') }, { 'src/many.ts': manyFindings('after') });
    const result = await run();
    expect(fake.violations()).toEqual([]);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ risk: 'high', findings: String(HIGH + LOW) });

    const [checkRun] = fake.checkRuns();
    expect(checkRun!.annotations).toHaveLength(HIGH + LOW);
    expect(checkRun!.updates.map((u) => ((u.body.output as { annotations?: unknown[] }).annotations ?? []).length)).toEqual([50, 50, 15]);
    // Most severe first: every failure before every notice.
    const levels = checkRun!.annotations.map((a) => a.annotation_level);
    expect(levels.lastIndexOf('failure')).toBeLessThan(levels.indexOf('notice'));
    for (const update of checkRun!.updates) expect(((update.body.output as { summary: string }).summary).length).toBeLessThanOrEqual(65_535);

    const [comment] = fake.comments(pr.number);
    expect(comment!.body.length).toBeLessThanOrEqual(65_536);
    expect(comment!.body).toMatch(/> \[!NOTE\]\n> Shortened to fit: \d+ findings shown without details\. The full report: the job summary/);
    // The table still lists every finding; only details were cut.
    expect(comment!.body.match(/^\| (\*\*high\*\*|low) \|/gm)).toHaveLength(HIGH + LOW);
    // The job summary has room for everything.
    expect(result.summary).not.toContain('Shortened to fit');
    expect(result.summary.match(/^### \d+\. /gm)).toHaveLength(HIGH + LOW);
  }, 120_000);

  it('workflow-command annotations: at most 10 per level, most severe first, the rest counted in the summary', async () => {
    const { fake, run } = await scenario({ 'src/redis.ts': REDIS, 'src/many.ts': manyFindings('before') }, { 'src/many.ts': manyFindings('after') });
    const result = await run({ 'check-run': 'false', comment: 'false', labels: 'false' });
    expect(fake.requests).toEqual([]);
    const annotations = result.commands.filter((c) => c.properties.file);
    expect(annotations.map((a) => a.command)).toEqual([...Array(10).fill('error'), ...Array(LOW).fill('notice')]);
    expect(result.summary).toContain(`- **annotations:** 15 workflow-command annotations; ${HIGH + LOW - 15} more not annotated (GitHub shows at most 10 per level per step): see the table above`);
  }, 120_000);
});

describe('the Action and text a contributor controls', () => {
  it('file names, branch names and commit messages are escaped: no HTML, no mentions, no broken tables', async () => {
    const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'io-in-loop', 'flagship-helper-in-loop');
    const file = 'src/<img src=x onerror=alert(1)>@org|team.ts';
    const redis = readFileSync(join(fixture, 'before', 'src', 'redis.ts'), 'utf8');
    const { pr, fake, run } = await scenario(
      { 'src/redis.ts': redis, [file]: readFileSync(join(fixture, 'before', 'src', 'pricing.ts'), 'utf8') },
      { [file]: readFileSync(join(fixture, 'after', 'src', 'pricing.ts'), 'utf8') },
      'Ping @everyone <script>alert(1)</script> | a | b\n\nCo-authored-by: @admin <noreply@anthropic.com>',
      'claude/<b>x</b>|@team',
    );
    const result = await run({ 'commit-statuses': 'true' });
    expect(fake.violations()).toEqual([]);
    expect(result.exitCode).toBe(1);
    for (const text of [fake.comments(pr.number)[0]!.body, result.summary, fake.checkRuns()[0]!.output.summary!]) {
      // Inside code spans GitHub renders HTML and mentions as plain text; everywhere else they must be disarmed.
      const prose = text.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
      expect(prose).not.toMatch(/<(img|script|b)\b/i);
      expect(prose).not.toMatch(/@(everyone|org|team|admin)\b/);
      expect(text).toContain('@&#8205;everyone');
      // Every row of every table has the four columns of its header.
      for (const row of text.split('\n').filter((l) => l.startsWith('| '))) expect(row.split(/(?<!\\)\|/).length - 2, row).toBe(4);
    }
  }, 60_000);
});
