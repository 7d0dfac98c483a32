/**
 * The GitHub REST stand-in (test/support/githubApi.ts) driven by real octokit, the way the Action
 * drives it: its state and its answers, its checks against GitHub's OpenAPI description (request and
 * response side), and the faults it injects as octokit's retry and throttling plugins see them.
 */
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { RequestError } from '@octokit/request-error';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS_BOT, FakeGitHub } from './support/githubApi.js';
import { openApi } from './support/openapi.js';

const TOKEN = 'ghs_standintoken';
const HEAD = 'a1'.repeat(20);
const BASE = 'b2'.repeat(20);
const repo = { owner: 'acme', repo: 'app' };

const Rest = Octokit.plugin(restEndpointMethods, paginateRest);
const WithRetry = Rest.plugin(retry);
const WithThrottling = Rest.plugin(throttling);
// The plugin order of src/action/github.ts: getOctokit(token, options, retry, throttling).
const Full = Rest.plugin(retry, throttling);

let fake: FakeGitHub;

beforeEach(async () => {
  fake = await FakeGitHub.start({
    ...repo,
    token: TOKEN,
    pulls: [{ number: 7, headSha: HEAD, baseSha: BASE, headRef: 'feature/x', baseRef: 'main', labels: ['bug'] }],
  });
});

afterEach(async () => {
  await fake.close();
});

const client = (options: Record<string, unknown> = {}) => new Rest({ auth: TOKEN, baseUrl: fake.url, ...options });

async function failure(promise: Promise<unknown>): Promise<RequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof RequestError)) throw new Error(`expected a RequestError, got ${String(error)}`);
  return error;
}

describe('the OpenAPI route table', () => {
  it('matches templates, decodes parameters and flags non-integer ids', () => {
    const api = openApi();
    expect(api.operations.length).toBeGreaterThan(1000);
    expect(api.match('GET', '/repos/acme/app/labels/opsdiff%3A%20high%20risk')).toMatchObject({ operation: { operationId: 'issues/get-label' }, params: { name: 'opsdiff: high risk' }, violations: [] });
    // A literal segment beats a parameter: comments/5 is a comment, not issue "comments".
    expect(api.match('GET', '/repos/acme/app/issues/comments/5')?.operation.operationId).toBe('issues/get-comment');
    // The multi-segment {ref} must not swallow the trailing /statuses.
    expect(api.match('GET', '/repos/acme/app/commits/heads/main/statuses')).toMatchObject({ operation: { operationId: 'repos/list-commit-statuses-for-ref' }, params: { ref: 'heads/main' } });
    expect(api.match('GET', '/repos/acme/app/issues/abc')?.violations).toEqual(['path parameter issue_number="abc": $: expected integer, got string "abc"']);
    expect(api.match('POST', '/repos/acme/app/not-a-thing')).toBeNull();
  });
});

describe('issue comments', () => {
  it('creates, lists over two pages and updates with zero violations', async () => {
    const gh = client();
    fake.seedComment(7, 'first, by a human');
    fake.seedComment(7, 'second, by another bot', { login: 'renovate[bot]', type: 'Bot' });
    const created = await gh.rest.issues.createComment({ ...repo, issue_number: 7, body: 'opsdiff report v1' });
    expect(created.status).toBe(201);
    expect(created.data.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    expect(created.data.performed_via_github_app?.slug).toBe('github-actions');

    const listed = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: 7, per_page: 2 });
    expect(listed.map((c) => c.body)).toEqual(['first, by a human', 'second, by another bot', 'opsdiff report v1']);
    const pages = fake.requests.filter((r) => r.operationId === 'issues/list-comments');
    expect(pages.map((r) => r.query)).toEqual([{ per_page: '2' }, { per_page: '2', page: '2' }]);

    await gh.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: 'opsdiff report v2' });
    const stored = fake.comments(7);
    expect(stored.map((c) => [c.user.login, c.body])).toEqual([
      ['octocat', 'first, by a human'],
      ['renovate[bot]', 'second, by another bot'],
      [ACTIONS_BOT.login, 'opsdiff report v2'],
    ]);
    expect(stored[2]!.history).toEqual(['opsdiff report v1']);
    expect(fake.requests.every((r) => r.authorization === 'token')).toBe(true);
    expect(fake.violations()).toEqual([]);
  });

  it("enforces GitHub's 65,536-character body limit and 404s unknown issues", async () => {
    const gh = client();
    await gh.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x'.repeat(65536) });
    const tooLong = await failure(gh.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x'.repeat(65537) }));
    expect(tooLong.status).toBe(422);
    expect(tooLong.message).toContain('Body is too long (maximum is 65536 characters)');
    expect((await failure(gh.rest.issues.createComment({ ...repo, issue_number: 8, body: 'hi' }))).status).toBe(404);
    expect(fake.comments(7)).toHaveLength(1);
    expect(fake.violations()).toEqual([]);
  });
});

describe('labels', () => {
  it('creates repository labels and adds/removes them on a pull request', async () => {
    const gh = client();
    const name = 'opsdiff: high risk';
    expect((await failure(gh.rest.issues.getLabel({ ...repo, name }))).status).toBe(404);
    await gh.rest.issues.createLabel({ ...repo, name, color: 'b60205', description: 'opsdiff found a high-risk change' });
    expect((await gh.rest.issues.getLabel({ ...repo, name })).data.name).toBe(name);
    expect(fake.requests.at(-1)!.path).toBe('/repos/acme/app/labels/opsdiff%3A%20high%20risk');
    const again = await failure(gh.rest.issues.createLabel({ ...repo, name: 'OPSDIFF: High Risk', color: 'b60205' }));
    expect(again.status).toBe(422);
    expect(again.response?.data).toMatchObject({ errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] });

    const added = await gh.rest.issues.addLabels({ ...repo, issue_number: 7, labels: [name, 'opsdiff: ai-assisted'] });
    expect(added.data.map((l) => l.name)).toEqual(['bug', name, 'opsdiff: ai-assisted']);
    await gh.rest.issues.removeLabel({ ...repo, issue_number: 7, name: 'bug' });
    expect((await failure(gh.rest.issues.removeLabel({ ...repo, issue_number: 7, name: 'bug' }))).status).toBe(404);

    expect(fake.issueLabels(7)).toEqual([name, 'opsdiff: ai-assisted']);
    expect(fake.repoLabels()).toEqual([
      { name: 'bug', color: 'ededed', description: null },
      { name, color: 'b60205', description: 'opsdiff found a high-risk change' },
      // Adding an unknown label to an issue creates it with GitHub's default color.
      { name: 'opsdiff: ai-assisted', color: 'ededed', description: null },
    ]);
    expect(fake.violations()).toEqual([]);
  });
});

describe('check runs', () => {
  const annotations = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({ path: `src/file${from + i}.ts`, start_line: from + i + 1, end_line: from + i + 1, annotation_level: 'warning' as const, message: `finding ${from + i}` }));

  it('takes 120 annotations in three requests of at most 50, appending them', async () => {
    const gh = client();
    const created = await gh.rest.checks.create({
      ...repo,
      name: 'opsdiff',
      head_sha: HEAD,
      status: 'in_progress',
      output: { title: 'opsdiff', summary: 'first batch', annotations: annotations(0, 50) },
    });
    expect(created.data.pull_requests.map((p) => p.number)).toEqual([7]);
    await gh.rest.checks.update({ ...repo, check_run_id: created.data.id, output: { title: 'opsdiff', summary: 'second batch', annotations: annotations(50, 50) } });
    const last = await gh.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      conclusion: 'neutral',
      output: { title: 'opsdiff', summary: 'all done', annotations: annotations(100, 20) },
    });
    expect(last.data).toMatchObject({ status: 'completed', conclusion: 'neutral', output: { annotations_count: 120, summary: 'all done' } });

    const listed = await gh.paginate(gh.rest.checks.listAnnotations, { ...repo, check_run_id: created.data.id, per_page: 50 });
    expect(listed.map((a) => a.message)).toEqual(annotations(0, 120).map((a) => a.message));
    const [run] = fake.checkRuns();
    expect(run!.annotations).toHaveLength(120);
    expect(run!.updates.map((u) => u.method)).toEqual(['POST', 'PATCH', 'PATCH']);

    // 51 in one request is what GitHub refuses; the schema says maxItems 50.
    const tooMany = await failure(gh.rest.checks.update({ ...repo, check_run_id: created.data.id, output: { title: 'opsdiff', summary: 's', annotations: annotations(0, 51) } }));
    expect(tooMany.status).toBe(422);
    expect(fake.violations().map((v) => v.message)).toEqual(['$body.output.annotations: expected at most 50 items, got 51']);
    expect(fake.checkRuns()[0]!.annotations).toHaveLength(120);
  });

  it('flags bodies the spec forbids and answers 422', async () => {
    const gh = client();
    // Widened to string so octokit's typings let the wrong bodies through.
    const route: string = 'POST /repos/{owner}/{repo}/check-runs';
    const bogus = await failure(gh.request(route, { ...repo, name: 'opsdiff', head_sha: HEAD, conclusion: 'bogus' }));
    expect(bogus.status).toBe(422);
    expect(bogus.message).toContain('Validation Failed (stand-in)');
    const noSha = await failure(gh.request(route, { ...repo, name: 'opsdiff' }));
    expect(noSha.status).toBe(422);
    const longSummary = await failure(gh.rest.checks.create({ ...repo, name: 'opsdiff', head_sha: HEAD, output: { title: 't', summary: 's'.repeat(65536) } }));
    expect(longSummary.status).toBe(422);

    expect(fake.violations()).toEqual([
      expect.objectContaining({ side: 'request', operationId: 'checks/create', message: expect.stringMatching(/^\$body\.conclusion: expected one of .*got "bogus"$/) }),
      expect.objectContaining({ side: 'request', message: '$body: missing required property "head_sha"' }),
      expect.objectContaining({ side: 'request', message: '$body.output.summary: expected at most 65535 characters, got 65536' }),
    ]);
    expect(fake.checkRuns()).toEqual([]);
  });

  it("applies GitHub's rules beyond the schema: known head_sha, output.title on update, single-line columns", async () => {
    const gh = client();
    const unknown = await failure(gh.rest.checks.create({ ...repo, name: 'opsdiff', head_sha: 'f'.repeat(39) }));
    expect([unknown.status, unknown.response?.data]).toMatchObject([422, { message: `No commit found for SHA: ${'f'.repeat(39)}` }]);
    const created = await gh.rest.checks.create({ ...repo, name: 'opsdiff', head_sha: HEAD });
    const untitled = await failure(gh.rest.checks.update({ ...repo, check_run_id: created.data.id, output: { summary: 'no title' } }));
    expect([untitled.status, untitled.response?.data]).toMatchObject([422, { message: 'Invalid request.\n\n"title" wasn\'t supplied.' }]);
    const columns = await failure(
      gh.rest.checks.update({
        ...repo,
        check_run_id: created.data.id,
        output: { title: 't', summary: 's', annotations: [{ path: 'a.ts', start_line: 1, end_line: 2, start_column: 3, annotation_level: 'notice', message: 'm' }] },
      }),
    );
    expect(columns.message).toContain('annotations[0]: start_column/end_column are only supported when start_line equals end_line.');
    expect(fake.checkRuns()[0]).toMatchObject({ status: 'queued', conclusion: null, annotations: [], updates: [{ method: 'POST' }] });
    expect(fake.violations()).toEqual([]);
  });
});

describe('commit statuses', () => {
  it('refuses a description over 140 characters, as GitHub does', async () => {
    const gh = client();
    await gh.rest.repos.createCommitStatus({ ...repo, sha: HEAD, state: 'failure', context: 'opsdiff', description: 'd'.repeat(140) });
    const long = await failure(gh.rest.repos.createCommitStatus({ ...repo, sha: HEAD, state: 'failure', context: 'opsdiff', description: 'd'.repeat(141) }));
    expect(long.status).toBe(422);
    expect(long.message).toContain('description is too long (maximum is 140 characters)');
    expect(fake.statuses().map((s) => s.description?.length)).toEqual([140]);
    const listed = await gh.rest.repos.listCommitStatusesForRef({ ...repo, ref: 'feature/x' });
    expect(listed.data.map((s) => [s.context, s.state])).toEqual([['opsdiff', 'failure']]);
    // Not in the schema, so a GitHub rule rather than a spec violation: recorded as the 422 only.
    expect(fake.violations()).toEqual([]);
    expect(fake.requests.map((r) => r.status)).toEqual([201, 422, 200]);
  });
});

describe('routes and answers', () => {
  it('flags unknown routes, undeclared query parameters and non-integer ids', async () => {
    const gh = client();
    expect((await failure(gh.request('POST /repos/{owner}/{repo}/not-a-thing', { ...repo, x: 1 }))).status).toBe(404);
    expect((await failure(gh.request('GET /repos/{owner}/{repo}/labels', { ...repo, colour: 'red' }))).status).toBe(422);
    expect((await failure(gh.request('GET /repos/{owner}/{repo}/issues/{n}', { ...repo, n: 'seven' }))).status).toBe(404);
    expect(fake.violations().map((v) => v.message)).toEqual([
      "no operation in GitHub's OpenAPI description matches POST /repos/acme/app/not-a-thing",
      'query parameter "colour" is not declared for issues/list-labels-for-repo',
      'path parameter issue_number="seven": $: expected integer, got string "seven"',
    ]);
  });

  it('serves pull requests and issues in the full shape the response schemas demand', async () => {
    const gh = client();
    const pull = await gh.rest.pulls.get({ ...repo, pull_number: 7 });
    expect(pull.data).toMatchObject({ number: 7, head: { sha: HEAD, ref: 'feature/x', repo: { full_name: 'acme/app' } }, base: { sha: BASE, ref: 'main' }, labels: [{ name: 'bug' }] });
    expect((await gh.rest.issues.get({ ...repo, issue_number: 7 })).data.pull_request).toBeDefined();
    expect((await gh.rest.rateLimit.get()).data.resources.core.limit).toBe(5000);
    expect((await failure(gh.rest.pulls.get({ ...repo, pull_number: 99 }))).status).toBe(404);
    expect(fake.violations()).toEqual([]);

    // The response check is real: a made-up answer that drifts from the schema is flagged.
    const { full_name: _dropped, ...headRepo } = pull.data.head.repo;
    fake.fail({ path: '/repos/{owner}/{repo}/pulls/{pull_number}', status: 200, times: 1, body: { ...pull.data, head: { ...pull.data.head, sha: 42, repo: headRepo } } });
    expect((await gh.rest.pulls.get({ ...repo, pull_number: 7 })).data.head.sha).toBe(42);
    expect(fake.violations()).toEqual([
      { side: 'response', method: 'GET', path: '/repos/acme/app/pulls/7', operationId: 'pulls/get', message: '$response.head.repo: missing required property "full_name"' },
      { side: 'response', method: 'GET', path: '/repos/acme/app/pulls/7', operationId: 'pulls/get', message: '$response.head.sha: expected string, got number 42' },
    ]);
  });

  it('requires a token, and the right one when the stand-in was given one', async () => {
    expect((await failure(new Rest({ baseUrl: fake.url }).rest.issues.get({ ...repo, issue_number: 7 }))).status).toBe(401);
    const wrong = await failure(new Rest({ auth: 'ghs_other', baseUrl: fake.url }).rest.issues.get({ ...repo, issue_number: 7 }));
    expect(wrong.status).toBe(401);
    expect(wrong.message).toContain('Bad credentials');
    expect(fake.requests.map((r) => r.authorization)).toEqual([null, 'token']);
  });
});

describe('faults', () => {
  it('readOnly: writes get 403 "Resource not accessible by integration", reads still work, nothing is retried', async () => {
    fake.readOnly();
    const gh = new Full({ auth: TOKEN, baseUrl: fake.url, throttle: { onRateLimit: () => true, onSecondaryRateLimit: () => true } });
    const denied = await failure(gh.rest.issues.createComment({ ...repo, issue_number: 7, body: 'report' }));
    expect(denied.status).toBe(403);
    expect(denied.message).toMatch(/^Resource not accessible by integration - https:\/\/docs\.github\.com\//);
    expect((await gh.rest.issues.listComments({ ...repo, issue_number: 7 })).status).toBe(200);
    expect(fake.requests.map((r) => [r.method, r.status, r.injected])).toEqual([
      ['POST', 403, 'read-only'],
      ['GET', 200, null],
    ]);
    expect(fake.comments(7)).toEqual([]);
  });

  it('a 500 once is retried by plugin-retry (backoff shortened here; the default waits 1 s, 4 s, 9 s)', async () => {
    fake.serverErrors(1);
    const gh = new WithRetry({ auth: TOKEN, baseUrl: fake.url, retry: { retryAfterBaseValue: 10 } });
    const created = await gh.rest.issues.createComment({ ...repo, issue_number: 7, body: 'report' });
    expect(created.status).toBe(201);
    expect(fake.requests.map((r) => [r.status, r.injected])).toEqual([
      [500, 'fail#1'],
      [201, null],
    ]);
    expect(fake.comments(7)).toHaveLength(1);
  });

  it('a 502 after GitHub did the write: the retry posts a duplicate comment', async () => {
    fake.fail({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 502, times: 1, body: '<html><body>502 Bad Gateway</body></html>', apply: true });
    const gh = new WithRetry({ auth: TOKEN, baseUrl: fake.url, retry: { retryAfterBaseValue: 10 } });
    await gh.rest.issues.createComment({ ...repo, issue_number: 7, body: 'report' });
    expect(fake.requests.map((r) => r.status)).toEqual([502, 201]);
    expect(fake.comments(7).map((c) => c.body)).toEqual(['report', 'report']);
  });

  it('a 429 secondary rate limit and a 403 primary one are waited out by plugin-throttling', async () => {
    const seen: string[] = [];
    const gh = new WithThrottling({
      auth: TOKEN,
      baseUrl: fake.url,
      throttle: {
        onRateLimit: (after: number) => (seen.push(`primary ${after}`), true),
        onSecondaryRateLimit: (after: number) => (seen.push(`secondary ${after}`), true),
      },
    });
    fake.rateLimited(1, 1);
    const started = Date.now();
    expect((await gh.rest.repos.createCommitStatus({ ...repo, sha: HEAD, state: 'success', context: 'opsdiff' })).status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    fake.primaryRateLimited(1, 0);
    expect((await gh.rest.issues.get({ ...repo, issue_number: 7 })).status).toBe(200);
    expect(seen).toEqual(['secondary 1', 'primary 1']);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 201, 403, 200]);
    expect(fake.statuses()).toHaveLength(1);
  });

  it('with retry before throttling (the Action\'s order), a 429 is retried by plugin-retry, ignoring retry-after', async () => {
    const seen: number[] = [];
    const throttle = { onRateLimit: () => false, onSecondaryRateLimit: (after: number) => (seen.push(after), false) };
    fake.rateLimited(1, 30);
    const started = Date.now();
    const gh = new Full({ auth: TOKEN, baseUrl: fake.url, throttle });
    expect((await gh.rest.issues.get({ ...repo, issue_number: 7 })).status).toBe(200);
    // plugin-retry's own 1 s backoff, not the 30 s GitHub asked for; onSecondaryRateLimit never ran.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(seen).toEqual([]);

    // Leaving 429 to plugin-throttling (doNotRetry + 429) hands the decision to onSecondaryRateLimit.
    fake.rateLimited(1, 30);
    const handedOver = new Full({ auth: TOKEN, baseUrl: fake.url, throttle, retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] } });
    expect((await failure(handedOver.rest.issues.get({ ...repo, issue_number: 7 }))).status).toBe(429);
    expect(seen).toEqual([30]);
  });
});
