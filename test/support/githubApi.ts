/**
 * A local stand-in for the GitHub REST API, for driving the Action (a child `node` process with
 * GITHUB_API_URL=fake.url) and anything else built on octokit.
 *
 *   const fake = await FakeGitHub.start({ owner: 'acme', repo: 'app', pulls: [{ number: 7, headSha, baseSha, headRef: 'feature', baseRef: 'main' }] });
 *   ... run the client against fake.url ...
 *   expect(fake.violations()).toEqual([]);
 *   expect(fake.comments(7).map((c) => c.body)).toEqual([...]);
 *   await fake.close();
 *
 * Every request is recorded and checked against GitHub's published OpenAPI description
 * (./openapi.ts): the route, the path and query parameters, and the JSON body. A request that does
 * not fit is a violation and is answered 404 (no such route) or 422, as GitHub would. Every 2xx
 * answer the stand-in itself builds is checked against the response schema too, so its objects
 * cannot drift from GitHub's real shapes. On top of the schema it enforces the limits GitHub
 * documents but the description does not encode (comment body 65,536 characters, status
 * description 140, label description 100, check run `output.title`), answering 422 like GitHub.
 *
 * Faults: readOnly() (a fork pull request's token), fail({...}) for any status/headers/body on
 * matching requests, and serverErrors()/rateLimited()/primaryRateLimited() shaped the way
 * @octokit/plugin-retry and @octokit/plugin-throttling recognise them.
 *
 * The server runs in the test's own event loop: start the client under test asynchronously
 * (spawn/execFile with a promise), never with spawnSync/execFileSync, or nobody answers it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openApi, type Operation } from './openapi.js';

// ---------------------------------------------------------------------------------------------
// Public types

export interface SeedPull {
  number: number;
  headSha: string;
  baseSha: string;
  headRef: string;
  baseRef: string;
  labels?: string[];
  title?: string;
  body?: string;
  /** Login of the author; default "octocat". */
  author?: string;
  /** "owner/name" of the head repository when the pull request comes from a fork. */
  headRepo?: string;
  draft?: boolean;
  /** The pull request's commits, oldest first (GET .../pulls/{n}/commits). */
  commits?: SeedCommit[];
}

export interface SeedCommit {
  sha: string;
  message: string;
  author: { name: string; email: string };
  committer: { name: string; email: string };
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  pulls?: SeedPull[];
  /** Plain issue numbers (not pull requests) that exist. */
  issues?: number[];
  /** Repository labels that exist from the start. */
  labels?: Array<{ name: string; color?: string; description?: string | null }>;
  /** When set, any other token is answered 401 Bad credentials. */
  token?: string;
  /**
   * Whose token it is. A person's (a personal access token, classic or fine-grained): GET /user
   * answers with them and they author what the token writes. Default: the workflow's
   * GITHUB_TOKEN, an installation token: GET /user is 403 and github-actions[bot] writes.
   */
  tokenUser?: FakeUser;
}

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
  /** Earlier bodies, oldest first (one per PATCH). */
  history: string[];
}

export interface StoredLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface StoredAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRunOutput {
  title: string | null;
  summary: string | null;
  text: string | null;
}

export interface StoredCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  externalId: string;
  detailsUrl: string | null;
  startedAt: string;
  completedAt: string | null;
  output: CheckRunOutput;
  annotations: StoredAnnotation[];
  /** Every request body that created or updated the run, in order (the POST first). */
  updates: Array<{ method: 'POST' | 'PATCH'; body: Record<string, unknown> }>;
}

export interface StoredStatus {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  description: string | null;
  targetUrl: string | null;
  context: string;
  createdAt: string;
}

export interface RequestRecord {
  seq: number;
  /** When it arrived (Date.now(): the fake clock under fake timers). */
  at: number;
  method: string;
  /** Pathname as sent (still percent-encoded). */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or undefined when none was sent (the raw text when it was not JSON). */
  body: unknown;
  /** The OpenAPI path parameters, decoded. */
  params: Record<string, string>;
  status: number;
  operationId: string | null;
  /** Request-side violations (route, parameters, body). */
  violations: string[];
  /** Problems with the answer the stand-in built (its schema, or an operation it does not implement). */
  responseViolations: string[];
  /** Scheme of the Authorization header, or null when there was none. */
  authorization: 'token' | 'bearer' | 'other' | null;
  /** Which fault answered it ('read-only', 'fail#<n>'), or null for a normal answer. */
  injected: string | null;
  userAgent: string | null;
  /** GitHub's (or the stand-in's) error message for non-2xx answers. */
  error: string | null;
}

export interface Violation {
  side: 'request' | 'response';
  method: string;
  path: string;
  operationId: string | null;
  message: string;
}

export interface FaultRule {
  method?: string;
  /** Raw pathname, the OpenAPI template ('/repos/{owner}/{repo}/check-runs'), or a RegExp over the pathname. */
  path?: string | RegExp;
  operationId?: string;
  status: number;
  /** How many matching requests to fail; default: all of them. */
  times?: number;
  /** Extra headers; a function is evaluated when the answer is sent (e.g. a reset time). */
  headers?: Record<string, string | (() => string)>;
  /** JSON body (default `{ message, documentation_url, status }`); a string is sent as text/html. */
  body?: unknown;
  /** Perform the request first, then answer the fault anyway: GitHub did the write but the answer was lost. */
  apply?: boolean;
}

// ---------------------------------------------------------------------------------------------

const HTML = 'https://github.com';
const DOCS = 'https://docs.github.com/rest';
const COMMENT_BODY_LIMIT = 65536;
const STATUS_DESCRIPTION_LIMIT = 140;
const LABEL_DESCRIPTION_LIMIT = 100;
const RATE_LIMIT = 5000;
const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID';

/** The user behind a workflow's GITHUB_TOKEN, and the app it acts as. */
export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
const ACTIONS_APP_ID = 15368;

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Context {
  operation: Operation;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  pathname: string;
}

type ValidationItem = { resource: string; code: string; field?: string; message?: string };

interface StoredIssue {
  number: number;
  pull: SeedPull | null;
  labelIds: number[];
  createdAt: string;
}

export class FakeGitHub {
  /** Base URL for GITHUB_API_URL / octokit's baseUrl, e.g. http://127.0.0.1:43123 */
  url = '';
  readonly requests: RequestRecord[] = [];

  private readonly server: Server;
  private readonly owner: string;
  private readonly repo: string;
  private readonly token: string | undefined;
  private readonly issues = new Map<number, StoredIssue>();
  private readonly commentStore: StoredComment[] = [];
  private readonly labelStore: StoredLabel[] = [];
  private readonly checkRunStore: StoredCheckRun[] = [];
  private readonly statusStore: StoredStatus[] = [];
  private readonly users = new Map<string, FakeUser>();
  /** Who the token is: the author of every comment it writes. */
  private readonly author: FakeUser;
  private faults: Array<FaultRule & { id: number }> = [];
  private faultCount = 0;
  private readOnlyMode = false;
  private nextId = { comment: 1_000_000_001, label: 4_000_000_001, checkRun: 20_000_000_001, status: 30_000_000_001, user: 100_001 };
  private rateUsed = 0;
  private readonly rateReset = Math.floor(Date.now() / 1000) + 3600;
  private readonly created = timestamp();

  private constructor(options: FakeGitHubOptions) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.token = options.token;
    this.users.set(ACTIONS_BOT.login, ACTIONS_BOT);
    this.author = options.tokenUser ?? ACTIONS_BOT;
    this.users.set(this.author.login, this.author);
    for (const label of options.labels ?? []) this.seedLabel(label.name, label.color, label.description ?? null);
    for (const pull of options.pulls ?? []) {
      const labelIds = (pull.labels ?? []).map((name) => (this.findLabel(name) ?? this.addLabel(name)).id);
      this.issues.set(pull.number, { number: pull.number, pull, labelIds, createdAt: this.created });
    }
    for (const number of options.issues ?? []) this.issues.set(number, { number, pull: null, labelIds: [], createdAt: this.created });
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        // A bug in the stand-in itself: answer 500 so the client fails visibly, and keep the stack.
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ message: `stand-in crashed: ${(error as Error)?.stack ?? String(error)}` }));
      });
    });
  }

  /** Loads (once per process) the OpenAPI description, then listens on 127.0.0.1 at a free port. */
  static async start(options: FakeGitHubOptions): Promise<FakeGitHub> {
    openApi();
    const fake = new FakeGitHub(options);
    await new Promise<void>((resolve, reject) => {
      fake.server.once('error', reject);
      fake.server.listen(0, '127.0.0.1', () => resolve());
    });
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  async close(): Promise<void> {
    // undici keeps connections alive; without this close() waits for their idle timeout.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Environment for a child process using @actions/github against the stand-in. */
  env(): Record<string, string> {
    return { GITHUB_API_URL: this.url, GITHUB_REPOSITORY: `${this.owner}/${this.repo}` };
  }

  // --- assertions -------------------------------------------------------------------------------

  violations(): Violation[] {
    return this.requests.flatMap((r) => [
      ...r.violations.map((message) => ({ side: 'request' as const, method: r.method, path: r.path, operationId: r.operationId, message })),
      ...r.responseViolations.map((message) => ({ side: 'response' as const, method: r.method, path: r.path, operationId: r.operationId, message })),
    ]);
  }

  comments(issueNumber: number): StoredComment[] {
    return structuredClone(this.commentStore.filter((c) => c.issueNumber === issueNumber));
  }

  issueLabels(issueNumber: number): string[] {
    return (this.issues.get(issueNumber)?.labelIds ?? []).map((id) => this.labelById(id).name);
  }

  repoLabels(): Array<{ name: string; color: string; description: string | null }> {
    return this.labelStore.map(({ name, color, description }) => ({ name, color, description }));
  }

  checkRuns(): StoredCheckRun[] {
    return structuredClone(this.checkRunStore);
  }

  statuses(): StoredStatus[] {
    return structuredClone(this.statusStore);
  }

  // --- seeding ----------------------------------------------------------------------------------

  /** A comment written by someone else before the run (default user: octocat). */
  seedComment(issueNumber: number, body: string, user: string | Partial<FakeUser> = 'octocat'): StoredComment {
    if (!this.issues.has(issueNumber)) throw new Error(`FakeGitHub.seedComment: issue #${issueNumber} does not exist; pass it in options.pulls or options.issues`);
    const comment = this.addComment(issueNumber, body, this.userFor(user));
    return structuredClone(comment);
  }

  /** A repository label that exists before the run. */
  seedLabel(name: string, color = 'ededed', description: string | null = null): StoredLabel {
    if (this.findLabel(name)) throw new Error(`FakeGitHub.seedLabel: label "${name}" already exists`);
    return { ...this.addLabel(name, color, description) };
  }

  // --- faults -----------------------------------------------------------------------------------

  /** Every non-GET request answers 403 "Resource not accessible by integration", as with a fork's token. */
  readOnly(on = true): void {
    this.readOnlyMode = on;
  }

  /**
   * Answer matching requests with the given status (for `times` requests, default all). Rules apply in
   * order. A 2xx with a custom body is checked against the response schema like the stand-in's own.
   */
  fail(rule: FaultRule): void {
    if (rule.times !== undefined && !(rule.times > 0)) throw new Error('FakeGitHub.fail: times must be positive');
    this.faults.push({ ...rule, id: ++this.faultCount });
  }

  /** The next `times` requests, of any method, answer 500 (or `status`). */
  serverErrors(times: number, status = 500): void {
    this.fail({ status, times, body: { message: 'Server Error' } });
  }

  /**
   * The next `times` requests hit a secondary rate limit: 429 (or 403) with `retry-after` and GitHub's
   * message, which is what plugin-throttling keys on (/\bsecondary rate\b/i, then the retry-after header).
   */
  rateLimited(times: number, retryAfterSeconds = 1, status: 403 | 429 = 429): void {
    this.fail({
      status,
      times,
      headers: { 'retry-after': String(retryAfterSeconds) },
      body: {
        message: `${SECONDARY_RATE_LIMIT_MESSAGE} 0000:1111:2222:3333:44444444 and timestamp ${new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}.`,
        documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(status),
      },
    });
  }

  /**
   * The next `times` requests find the primary rate limit used up: 403 (or 429) with
   * `x-ratelimit-remaining: 0` and `x-ratelimit-reset` `resetInSeconds` after the answer.
   */
  primaryRateLimited(times: number, resetInSeconds = 0, status: 403 | 429 = 403): void {
    this.fail({
      status,
      times,
      headers: {
        'x-ratelimit-limit': String(RATE_LIMIT),
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': String(RATE_LIMIT),
        'x-ratelimit-reset': () => String(Math.floor(Date.now() / 1000) + resetInSeconds),
      },
      body: {
        message: 'API rate limit exceeded for installation ID 12345678.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-rate-limits',
        status: String(status),
      },
    });
  }

  clearFaults(): void {
    this.faults = [];
    this.readOnlyMode = false;
  }

  // --- HTTP -------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const header = (name: string) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    };
    const answer = this.exchange((req.method ?? 'GET').toUpperCase(), new URL(req.url ?? '/', this.url), await readText(req), header);
    res.writeHead(answer.status, answer.headers);
    res.end(answer.payload);
  }

  /**
   * The stand-in without sockets: a `fetch` for octokit's `request.fetch` that answers
   * in-process, exactly as the HTTP server would (same checks, same records). With it, a test can
   * run the Action in-process under fake timers, where a socket's own timers would not advance.
   */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const text = await request.text();
    const answer = this.exchange(request.method.toUpperCase(), new URL(request.url), text, (name) => request.headers.get(name) ?? undefined);
    return new Response(answer.status === 204 || answer.payload === undefined ? null : answer.payload, { status: answer.status, headers: answer.headers });
  };

  private exchange(method: string, url: URL, text: string, header: (name: string) => string | undefined): { status: number; headers: Record<string, string>; payload: string | undefined } {
    const contentType = header('content-type');
    const authorization = header('authorization');
    const scheme = authorization === undefined ? null : /^token\s/i.test(authorization) ? 'token' : /^bearer\s/i.test(authorization) ? 'bearer' : 'other';
    const record: RequestRecord = {
      seq: this.requests.length + 1,
      at: Date.now(),
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      params: {},
      status: 0,
      operationId: null,
      violations: [],
      responseViolations: [],
      authorization: scheme,
      injected: null,
      userAgent: header('user-agent') ?? null,
      error: null,
    };
    this.requests.push(record);

    let body: unknown;
    let unparsable = false;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
        unparsable = true;
      }
    }
    record.body = body;

    const api = openApi();
    const match = api.match(method, url.pathname);
    if (!match) {
      record.violations.push(`no operation in GitHub's OpenAPI description matches ${method} ${url.pathname}`);
    } else {
      record.operationId = match.operation.operationId;
      record.params = match.params;
      record.violations.push(...match.violations);
      if (unparsable) record.violations.push('request body is not valid JSON');
      else record.violations.push(...api.checkRequest(match.operation, url.searchParams, body, contentType));
    }
    const docs = match?.operation.docsUrl ?? DOCS;

    const reply = ((): Reply & { injected?: string } => {
      const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
      if (token === undefined) return errorReply(401, 'Requires authentication', docs);
      if (this.token !== undefined && token !== this.token) return errorReply(401, 'Bad credentials', docs);

      const fault = this.takeFault(method, url.pathname, match?.operation);
      if (fault) {
        if (fault.apply && match && record.violations.length === 0) this.answer(match.operation, match.params, url, body, record);
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(fault.headers ?? {})) headers[name.toLowerCase()] = typeof value === 'function' ? value() : value;
        const injected: Reply = { status: fault.status, headers, body: fault.body ?? (fault.status >= 400 ? defaultErrorBody(fault.status, docs) : undefined) };
        // A made-up success must look like GitHub's too.
        if (match) this.checkAnswer(match.operation, injected, record);
        return { ...injected, injected: `fail#${fault.id}` };
      }
      if (this.readOnlyMode && method !== 'GET' && method !== 'HEAD') {
        return { ...errorReply(403, 'Resource not accessible by integration', docs), injected: 'read-only' };
      }

      if (unparsable) return errorReply(400, 'Problems parsing JSON', docs);
      if (!match) return errorReply(404, 'Not Found', DOCS);
      if (match.violations.length > 0) return errorReply(404, 'Not Found', docs);
      if (record.violations.length > 0) return errorReply(422, `Validation Failed (stand-in): ${record.violations.join('; ')}`, docs);
      return this.answer(match.operation, match.params, url, body, record);
    })();

    record.injected = reply.injected ?? null;
    return this.encode(reply, record);
  }

  /** Runs the operation and checks a 2xx answer against the declared response schema. */
  private answer(operation: Operation, params: Record<string, string>, url: URL, body: unknown, record: RequestRecord): Reply {
    const docs = operation.docsUrl ?? DOCS;
    if (params['owner'] !== undefined && (params['owner'].toLowerCase() !== this.owner.toLowerCase() || params['repo']?.toLowerCase() !== this.repo.toLowerCase())) {
      return errorReply(404, 'Not Found', docs);
    }
    const handler = this.handlers[operation.operationId];
    if (!handler) {
      record.responseViolations.push(`the stand-in does not implement ${operation.operationId} (${operation.method} ${operation.template}); extend test/support/githubApi.ts`);
      return errorReply(404, 'Not Found', docs);
    }
    const reply = handler({ operation, params, query: url.searchParams, body, pathname: url.pathname });
    this.checkAnswer(operation, reply, record);
    return reply;
  }

  private checkAnswer(operation: Operation, reply: Reply, record: RequestRecord): void {
    if (reply.status >= 200 && reply.status < 300) record.responseViolations.push(...openApi().checkResponse(operation, reply.status, reply.body));
  }

  private encode(reply: Reply, record: RequestRecord): { status: number; headers: Record<string, string>; payload: string | undefined } {
    if (record.operationId !== 'rate-limit/get') this.rateUsed++;
    const headers: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `0000:${record.seq.toString(16).padStart(4, '0')}:FAKE`,
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(RATE_LIMIT - this.rateUsed, 0)),
      'x-ratelimit-reset': String(this.rateReset),
      'x-ratelimit-used': String(this.rateUsed),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    record.status = reply.status;
    if (reply.status >= 400) {
      const message = (reply.body as { message?: unknown } | undefined)?.message;
      record.error = typeof message === 'string' ? message : typeof reply.body === 'string' ? reply.body.slice(0, 200) : null;
    }
    if (reply.body === undefined || reply.status === 204) return { status: reply.status, headers, payload: undefined };
    const isText = typeof reply.body === 'string';
    const payload = isText ? (reply.body as string) : JSON.stringify(reply.body);
    headers['content-type'] = isText ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8';
    headers['content-length'] = String(Buffer.byteLength(payload));
    return { status: reply.status, headers, payload };
  }

  private takeFault(method: string, pathname: string, operation: Operation | undefined): (FaultRule & { id: number }) | undefined {
    const index = this.faults.findIndex((rule) => {
      if (rule.method && rule.method.toUpperCase() !== method) return false;
      if (rule.operationId && rule.operationId !== operation?.operationId) return false;
      if (rule.path instanceof RegExp) return rule.path.test(pathname);
      if (typeof rule.path === 'string') return rule.path === pathname || rule.path === operation?.template;
      return true;
    });
    if (index < 0) return undefined;
    const rule = this.faults[index]!;
    if (rule.times !== undefined) {
      rule.times -= 1;
      if (rule.times === 0) this.faults.splice(index, 1);
    }
    return rule;
  }

  // --- operations -------------------------------------------------------------------------------

  private readonly handlers: Record<string, (ctx: Context) => Reply> = {
    'rate-limit/get': () => {
      const core = { limit: RATE_LIMIT, remaining: Math.max(RATE_LIMIT - this.rateUsed, 0), reset: this.rateReset, used: this.rateUsed };
      const fresh = (limit: number) => ({ limit, remaining: limit, reset: this.rateReset, used: 0 });
      return { status: 200, body: { resources: { core, search: fresh(30), graphql: fresh(5000), integration_manifest: fresh(5000), code_search: fresh(10) }, rate: core } };
    },

    // The token's own identity: an installation token (GITHUB_TOKEN) has none to give.
    'users/get-authenticated': (ctx) => {
      if (this.author === ACTIONS_BOT) return errorReply(403, 'Resource not accessible by integration', ctx.operation.docsUrl ?? DOCS);
      const now = this.created;
      return {
        status: 200,
        body: { ...this.userJson(this.author), name: null, company: null, blog: '', location: null, email: null, hireable: null, bio: null, public_repos: 1, public_gists: 0, followers: 0, following: 0, created_at: now, updated_at: now },
      };
    },

    // Issues and pull requests
    'issues/get': (ctx) => {
      const issue = this.issues.get(Number(ctx.params['issue_number']));
      return issue ? { status: 200, body: this.issueJson(issue) } : notFound(ctx);
    },
    'pulls/get': (ctx) => {
      const issue = this.issues.get(Number(ctx.params['pull_number']));
      return issue?.pull ? { status: 200, body: this.pullJson(issue) } : notFound(ctx);
    },
    'pulls/list-commits': (ctx) => {
      const issue = this.issues.get(Number(ctx.params['pull_number']));
      if (!issue?.pull) return notFound(ctx);
      return this.page(ctx, (issue.pull.commits ?? []).map((c) => this.commitJson(c)));
    },

    // Issue comments
    'issues/list-comments': (ctx) => {
      const number = Number(ctx.params['issue_number']);
      if (!this.issues.has(number)) return notFound(ctx);
      const since = ctx.query.get('since');
      const list = this.commentStore.filter((c) => c.issueNumber === number && (!since || c.updatedAt >= since));
      return this.page(ctx, list.map((c) => this.commentJson(c)));
    },
    'issues/create-comment': (ctx) => {
      const number = Number(ctx.params['issue_number']);
      if (!this.issues.has(number)) return notFound(ctx);
      const { body } = ctx.body as { body: string };
      const invalid = commentBodyProblem(body);
      if (invalid) return validationFailed(ctx, [invalid]);
      const comment = this.addComment(number, body, this.author);
      return { status: 201, body: this.commentJson(comment), headers: { location: this.commentJson(comment).url } };
    },
    'issues/get-comment': (ctx) => {
      const comment = this.commentStore.find((c) => c.id === Number(ctx.params['comment_id']));
      return comment ? { status: 200, body: this.commentJson(comment) } : notFound(ctx);
    },
    'issues/update-comment': (ctx) => {
      const comment = this.commentStore.find((c) => c.id === Number(ctx.params['comment_id']));
      if (!comment) return notFound(ctx);
      const { body } = ctx.body as { body: string };
      const invalid = commentBodyProblem(body);
      if (invalid) return validationFailed(ctx, [invalid]);
      comment.history.push(comment.body);
      comment.body = body;
      comment.updatedAt = timestamp();
      return { status: 200, body: this.commentJson(comment) };
    },
    'issues/delete-comment': (ctx) => {
      const index = this.commentStore.findIndex((c) => c.id === Number(ctx.params['comment_id']));
      if (index < 0) return notFound(ctx);
      this.commentStore.splice(index, 1);
      return { status: 204 };
    },

    // Repository labels
    'issues/list-labels-for-repo': (ctx) => this.page(ctx, this.labelStore.map((l) => this.labelJson(l))),
    'issues/get-label': (ctx) => {
      const label = this.findLabel(ctx.params['name']!);
      return label ? { status: 200, body: this.labelJson(label) } : notFound(ctx);
    },
    'issues/create-label': (ctx) => {
      const input = ctx.body as { name: string; color?: string; description?: string };
      const problems = labelProblems(input.color, input.description);
      if (this.findLabel(input.name)) problems.unshift({ resource: 'Label', code: 'already_exists', field: 'name' });
      if (input.name.trim() === '') problems.unshift({ resource: 'Label', code: 'missing_field', field: 'name' });
      if (problems.length > 0) return validationFailed(ctx, problems);
      const label = this.addLabel(input.name, input.color ?? 'ededed', input.description ?? null);
      return { status: 201, body: this.labelJson(label), headers: { location: this.labelJson(label).url } };
    },
    'issues/update-label': (ctx) => {
      const label = this.findLabel(ctx.params['name']!);
      if (!label) return notFound(ctx);
      const input = (ctx.body ?? {}) as { new_name?: string; color?: string; description?: string };
      const problems = labelProblems(input.color, input.description);
      const clash = input.new_name === undefined ? undefined : this.findLabel(input.new_name);
      if (clash && clash !== label) problems.unshift({ resource: 'Label', code: 'already_exists', field: 'name' });
      if (problems.length > 0) return validationFailed(ctx, problems);
      if (input.new_name !== undefined) label.name = input.new_name;
      if (input.color !== undefined) label.color = input.color;
      if (input.description !== undefined) label.description = input.description;
      return { status: 200, body: this.labelJson(label) };
    },
    'issues/delete-label': (ctx) => {
      const label = this.findLabel(ctx.params['name']!);
      if (!label) return notFound(ctx);
      this.labelStore.splice(this.labelStore.indexOf(label), 1);
      for (const issue of this.issues.values()) issue.labelIds = issue.labelIds.filter((id) => id !== label.id);
      return { status: 204 };
    },

    // Labels on an issue
    'issues/list-labels-on-issue': (ctx) => {
      const issue = this.issues.get(Number(ctx.params['issue_number']));
      return issue ? this.page(ctx, issue.labelIds.map((id) => this.labelJson(this.labelById(id)))) : notFound(ctx);
    },
    'issues/add-labels': (ctx) => {
      const issue = this.issues.get(Number(ctx.params['issue_number']));
      if (!issue) return notFound(ctx);
      for (const name of labelNames(ctx.body)) {
        // GitHub creates a label it does not know yet, with its default color.
        const label = this.findLabel(name) ?? this.addLabel(name);
        if (!issue.labelIds.includes(label.id)) issue.labelIds.push(label.id);
      }
      return { status: 200, body: issue.labelIds.map((id) => this.labelJson(this.labelById(id))) };
    },
    'issues/set-labels': (ctx) => {
      const issue = this.issues.get(Number(ctx.params['issue_number']));
      if (!issue) return notFound(ctx);
      issue.labelIds = [...new Set(labelNames(ctx.body).map((name) => (this.findLabel(name) ?? this.addLabel(name)).id))];
      return { status: 200, body: issue.labelIds.map((id) => this.labelJson(this.labelById(id))) };
    },
    'issues/remove-label': (ctx) => {
      const issue = this.issues.get(Number(ctx.params['issue_number']));
      if (!issue) return notFound(ctx);
      const label = this.findLabel(ctx.params['name']!);
      if (!label || !issue.labelIds.includes(label.id)) return { status: 404, body: { message: 'Label does not exist', documentation_url: ctx.operation.docsUrl ?? DOCS, status: '404' } };
      issue.labelIds = issue.labelIds.filter((id) => id !== label.id);
      return { status: 200, body: issue.labelIds.map((id) => this.labelJson(this.labelById(id))) };
    },
    'issues/remove-all-labels': (ctx) => {
      const issue = this.issues.get(Number(ctx.params['issue_number']));
      if (!issue) return notFound(ctx);
      issue.labelIds = [];
      return { status: 204 };
    },

    // Check runs
    'checks/create': (ctx) => {
      const input = ctx.body as CheckRunInput & { name: string; head_sha: string };
      if (!this.knownCommit(input.head_sha)) return unprocessable(ctx, `No commit found for SHA: ${input.head_sha}`);
      const problems = checkRunProblems(input);
      if (problems.length > 0) return unprocessable(ctx, `Invalid request.\n\n${problems.join('\n')}`);
      const now = timestamp();
      const run: StoredCheckRun = {
        id: this.nextId.checkRun++,
        name: input.name,
        headSha: input.head_sha,
        status: 'queued',
        conclusion: null,
        externalId: '',
        detailsUrl: null,
        startedAt: input.started_at ?? now,
        completedAt: null,
        output: { title: null, summary: null, text: null },
        annotations: [],
        updates: [],
      };
      this.applyCheckRun(run, input, 'POST');
      this.checkRunStore.push(run);
      return { status: 201, body: this.checkRunJson(run), headers: { location: this.checkRunJson(run).url } };
    },
    'checks/update': (ctx) => {
      const run = this.checkRunStore.find((r) => r.id === Number(ctx.params['check_run_id']));
      if (!run) return notFound(ctx);
      const input = ctx.body as CheckRunInput;
      const problems = checkRunProblems(input);
      if (problems.length > 0) return unprocessable(ctx, `Invalid request.\n\n${problems.join('\n')}`);
      this.applyCheckRun(run, input, 'PATCH');
      return { status: 200, body: this.checkRunJson(run) };
    },
    'checks/get': (ctx) => {
      const run = this.checkRunStore.find((r) => r.id === Number(ctx.params['check_run_id']));
      return run ? { status: 200, body: this.checkRunJson(run) } : notFound(ctx);
    },
    'checks/list-annotations': (ctx) => {
      const run = this.checkRunStore.find((r) => r.id === Number(ctx.params['check_run_id']));
      if (!run) return notFound(ctx);
      return this.page(ctx, run.annotations.map((a) => this.annotationJson(run, a)));
    },
    'checks/list-for-ref': (ctx) => {
      const sha = this.resolveRef(ctx.params['ref']!);
      if (!sha) return unprocessable(ctx, `No commit found for SHA: ${ctx.params['ref']!}`);
      const name = ctx.query.get('check_name');
      const status = ctx.query.get('status');
      let runs = this.checkRunStore.filter((r) => r.headSha === sha && (!name || r.name === name) && (!status || r.status === status));
      // filter=latest (the default): the most recent run of each name.
      if (ctx.query.get('filter') !== 'all') runs = runs.filter((r) => !runs.some((other) => other.name === r.name && other.id > r.id));
      runs = [...runs].reverse();
      const reply = this.page(ctx, runs.map((r) => this.checkRunJson(r)));
      return { ...reply, body: { total_count: runs.length, check_runs: reply.body } };
    },

    // Commit statuses
    'repos/create-commit-status': (ctx) => {
      const sha = ctx.params['sha']!;
      const input = ctx.body as { state: StoredStatus['state']; target_url?: string | null; description?: string | null; context?: string };
      if (!this.knownCommit(sha)) return unprocessable(ctx, `No commit found for SHA: ${sha}`);
      if (input.description && [...input.description].length > STATUS_DESCRIPTION_LIMIT) {
        return validationFailed(ctx, [{ resource: 'Status', code: 'custom', field: 'description', message: `description is too long (maximum is ${STATUS_DESCRIPTION_LIMIT} characters)` }]);
      }
      const status: StoredStatus = {
        id: this.nextId.status++,
        sha,
        state: input.state,
        description: input.description ?? null,
        targetUrl: input.target_url ?? null,
        context: input.context ?? 'default',
        createdAt: timestamp(),
      };
      this.statusStore.push(status);
      return { status: 201, body: this.statusJson(status), headers: { location: this.statusJson(status).url } };
    },
    'repos/list-commit-statuses-for-ref': (ctx) => {
      const sha = this.resolveRef(ctx.params['ref']!);
      if (!sha) return notFound(ctx);
      const list = this.statusStore.filter((s) => s.sha === sha).reverse();
      return this.page(ctx, list.map((s) => this.statusJson(s)));
    },
    'repos/get-combined-status-for-ref': (ctx) => {
      const sha = this.resolveRef(ctx.params['ref']!);
      if (!sha) return notFound(ctx);
      const latest = this.statusStore.filter((s) => s.sha === sha).reverse().filter((s, i, all) => all.findIndex((o) => o.context === s.context) === i);
      const state = latest.some((s) => s.state === 'error' || s.state === 'failure') ? 'failure' : latest.length === 0 || latest.some((s) => s.state === 'pending') ? 'pending' : 'success';
      const reply = this.page(ctx, latest);
      // simple-commit-status: a status without its creator.
      const statuses = (reply.body as StoredStatus[]).map((s) => {
        const { creator: _creator, ...rest } = this.statusJson(s);
        return rest;
      });
      return {
        ...reply,
        body: { state, statuses, sha, total_count: latest.length, repository: this.repositoryJson(`${this.owner}/${this.repo}`), commit_url: `${this.api()}/commits/${sha}`, url: `${this.api()}/commits/${sha}/status` },
      };
    },
  };

  // --- semantics --------------------------------------------------------------------------------

  private applyCheckRun(run: StoredCheckRun, input: CheckRunInput, method: 'POST' | 'PATCH'): void {
    run.updates.push({ method, body: structuredClone(input) as Record<string, unknown> });
    if (input.name !== undefined) run.name = input.name;
    if (input.external_id !== undefined) run.externalId = input.external_id;
    if (input.details_url !== undefined) run.detailsUrl = input.details_url;
    if (input.started_at !== undefined) run.startedAt = input.started_at;
    if (input.status !== undefined) run.status = input.status;
    if (input.conclusion !== undefined) {
      // Providing a conclusion completes the run.
      run.conclusion = input.conclusion;
      run.status = 'completed';
    }
    if (run.status === 'completed') run.completedAt = input.completed_at ?? run.completedAt ?? timestamp();
    if (input.output) {
      if (input.output.title !== undefined) run.output.title = input.output.title;
      if (input.output.summary !== undefined) run.output.summary = input.output.summary;
      if (input.output.text !== undefined) run.output.text = input.output.text;
      // Annotations append across requests; that is how more than 50 get onto one run.
      run.annotations.push(...structuredClone(input.output.annotations ?? []));
    }
  }

  private knownCommit(sha: string): boolean {
    return /^[0-9a-f]{40}$/i.test(sha) || [...this.issues.values()].some((i) => i.pull && (i.pull.headSha === sha || i.pull.baseSha === sha));
  }

  /** A sha, or a branch of a seeded pull request (heads/x, refs/heads/x, x). */
  private resolveRef(ref: string): string | undefined {
    if (this.knownCommit(ref)) return ref;
    const branch = ref.replace(/^(refs\/)?heads\//, '');
    for (const issue of this.issues.values()) {
      if (issue.pull?.headRef === branch) return issue.pull.headSha;
      if (issue.pull?.baseRef === branch) return issue.pull.baseSha;
    }
    return undefined;
  }

  private addComment(issueNumber: number, body: string, user: FakeUser): StoredComment {
    const now = timestamp();
    const comment: StoredComment = { id: this.nextId.comment++, issueNumber, body, user, createdAt: now, updatedAt: now, history: [] };
    this.commentStore.push(comment);
    return comment;
  }

  private addLabel(name: string, color = 'ededed', description: string | null = null): StoredLabel {
    const label = { id: this.nextId.label++, name, color, description };
    this.labelStore.push(label);
    return label;
  }

  private findLabel(name: string): StoredLabel | undefined {
    // GitHub label names are unique regardless of case.
    return this.labelStore.find((l) => l.name.toLowerCase() === name.toLowerCase());
  }

  private labelById(id: number): StoredLabel {
    const label = this.labelStore.find((l) => l.id === id);
    if (!label) throw new Error(`FakeGitHub: label ${id} vanished`);
    return label;
  }

  private userFor(user: string | Partial<FakeUser>): FakeUser {
    const login = typeof user === 'string' ? user : (user.login ?? 'octocat');
    const known = this.users.get(login);
    if (known) return known;
    const made: FakeUser = { login, id: typeof user === 'string' ? this.nextId.user++ : (user.id ?? this.nextId.user++), type: typeof user === 'string' ? (login.endsWith('[bot]') ? 'Bot' : 'User') : (user.type ?? 'User') };
    this.users.set(login, made);
    return made;
  }

  /** One page of a list, with GitHub's Link header (first/prev/next/last) when there is more than one. */
  private page(ctx: Context, items: unknown[]): Reply {
    const perPage = Math.min(Math.max(Number(ctx.query.get('per_page') ?? 30) || 30, 1), 100);
    const pageNumber = Math.max(Number(ctx.query.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (n: number): string => {
      const next = new URL(ctx.pathname, this.url);
      for (const [name, value] of ctx.query) next.searchParams.append(name, value);
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(n));
      return `<${next.href}>`;
    };
    const rels: string[] = [];
    if (pageNumber > 1) rels.push(`${link(pageNumber - 1)}; rel="prev"`);
    if (pageNumber < last) rels.push(`${link(pageNumber + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (pageNumber > 1) rels.push(`${link(1)}; rel="first"`);
    return { status: 200, body: items.slice((pageNumber - 1) * perPage, pageNumber * perPage), headers: rels.length > 0 ? { link: rels.join(', ') } : {} };
  }

  // --- GitHub-shaped objects --------------------------------------------------------------------

  private commitJson(c: SeedCommit): Record<string, unknown> {
    const url = `${this.api()}/commits/${c.sha}`;
    const html = `${HTML}/${this.owner}/${this.repo}/commit/${c.sha}`;
    const date = new Date(0).toISOString();
    return {
      url,
      sha: c.sha,
      node_id: `C_${c.sha.slice(0, 12)}`,
      html_url: html,
      comments_url: `${url}/comments`,
      commit: {
        url: `${this.api()}/git/commits/${c.sha}`,
        author: { ...c.author, date },
        committer: { ...c.committer, date },
        message: c.message,
        comment_count: 0,
        tree: { sha: '4b825dc642cb6eb9a060e54bf8d69288fbee4904', url: `${this.api()}/git/trees/4b825dc642cb6eb9a060e54bf8d69288fbee4904` },
      },
      author: null,
      committer: null,
      parents: [],
    };
  }

  private api(): string {
    return `${this.url}/repos/${this.owner}/${this.repo}`;
  }

  private userJson(user: FakeUser): Record<string, unknown> {
    const api = `${this.url}/users/${encodeURIComponent(user.login)}`;
    const bot = user.type === 'Bot';
    return {
      login: user.login,
      id: user.id,
      node_id: nodeId(bot ? 'BOT' : user.type === 'Organization' ? 'O' : 'U', user.id),
      avatar_url: bot && user.id === ACTIONS_BOT.id ? `https://avatars.githubusercontent.com/in/${ACTIONS_APP_ID}?v=4` : `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: bot ? `${HTML}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${HTML}/${user.login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: user.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  /** The GitHub Actions app, as `app` on check runs and `performed_via_github_app` on its comments. */
  private actionsAppJson(): Record<string, unknown> {
    return {
      id: ACTIONS_APP_ID,
      slug: 'github-actions',
      node_id: 'MDM6QXBwMTUzNjg=',
      client_id: 'Iv1.05c79e9ad1f6bdfa',
      owner: this.userJson({ login: 'github', id: 9919, type: 'Organization' }),
      name: 'GitHub Actions',
      description: 'Automate your workflow from idea to production',
      external_url: 'https://help.github.com/en/actions',
      html_url: `${HTML}/apps/github-actions`,
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2024-04-10T20:33:16Z',
      permissions: { actions: 'write', checks: 'write', contents: 'write', issues: 'write', metadata: 'read', pull_requests: 'write', statuses: 'write' },
      events: ['check_run', 'check_suite', 'issue_comment', 'pull_request', 'push', 'status'],
    };
  }

  private repositoryJson(fullName: string): Record<string, unknown> {
    const [owner = this.owner, name = this.repo] = fullName.split('/');
    const fork = fullName.toLowerCase() !== `${this.owner}/${this.repo}`.toLowerCase();
    const id = fork ? 200_000_002 : 200_000_001;
    const api = `${this.url}/repos/${owner}/${name}`;
    const html = `${HTML}/${owner}/${name}`;
    return {
      id,
      node_id: nodeId('R', id),
      name,
      full_name: `${owner}/${name}`,
      license: null,
      forks: 0,
      owner: this.userJson(this.userFor(owner)),
      private: false,
      html_url: html,
      description: null,
      fork,
      url: api,
      archive_url: `${api}/{archive_format}{/ref}`,
      assignees_url: `${api}/assignees{/user}`,
      blobs_url: `${api}/git/blobs{/sha}`,
      branches_url: `${api}/branches{/branch}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      comments_url: `${api}/comments{/number}`,
      commits_url: `${api}/commits{/sha}`,
      compare_url: `${api}/compare/{base}...{head}`,
      contents_url: `${api}/contents/{+path}`,
      contributors_url: `${api}/contributors`,
      deployments_url: `${api}/deployments`,
      downloads_url: `${api}/downloads`,
      events_url: `${api}/events`,
      forks_url: `${api}/forks`,
      git_commits_url: `${api}/git/commits{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      git_url: `git://github.com/${owner}/${name}.git`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      issue_events_url: `${api}/issues/events{/number}`,
      issues_url: `${api}/issues{/number}`,
      keys_url: `${api}/keys{/key_id}`,
      labels_url: `${api}/labels{/name}`,
      languages_url: `${api}/languages`,
      merges_url: `${api}/merges`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      pulls_url: `${api}/pulls{/number}`,
      releases_url: `${api}/releases{/id}`,
      ssh_url: `git@github.com:${owner}/${name}.git`,
      stargazers_url: `${api}/stargazers`,
      statuses_url: `${api}/statuses/{sha}`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      tags_url: `${api}/tags`,
      teams_url: `${api}/teams`,
      trees_url: `${api}/git/trees{/sha}`,
      clone_url: `${html}.git`,
      mirror_url: null,
      hooks_url: `${api}/hooks`,
      svn_url: html,
      homepage: null,
      language: 'TypeScript',
      forks_count: 0,
      stargazers_count: 0,
      watchers_count: 0,
      size: 1024,
      default_branch: 'main',
      open_issues_count: this.issues.size,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: 'public',
      pushed_at: this.created,
      created_at: '2024-01-02T03:04:05Z',
      updated_at: this.created,
      allow_forking: true,
      web_commit_signoff_required: false,
      open_issues: this.issues.size,
      watchers: 0,
    };
  }

  private labelJson(label: StoredLabel): { url: string } & Record<string, unknown> {
    return {
      id: label.id,
      node_id: nodeId('LA', label.id),
      url: `${this.api()}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      color: label.color,
      default: false,
      description: label.description,
    };
  }

  private commentJson(comment: StoredComment): { url: string } & Record<string, unknown> {
    const issue = this.issues.get(comment.issueNumber);
    const byActions = comment.user.id === ACTIONS_BOT.id;
    return {
      url: `${this.api()}/issues/comments/${comment.id}`,
      html_url: `${HTML}/${this.owner}/${this.repo}/${issue?.pull ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.api()}/issues/${comment.issueNumber}`,
      id: comment.id,
      node_id: nodeId('IC', comment.id),
      user: this.userJson(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: byActions ? 'NONE' : comment.user.login.toLowerCase() === this.owner.toLowerCase() ? 'OWNER' : 'CONTRIBUTOR',
      body: comment.body,
      reactions: this.reactionsJson(`${this.api()}/issues/comments/${comment.id}/reactions`),
      performed_via_github_app: byActions ? this.actionsAppJson() : null,
    };
  }

  private reactionsJson(url: string): Record<string, unknown> {
    return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
  }

  private issueJson(issue: StoredIssue): Record<string, unknown> {
    const n = issue.number;
    const pull = issue.pull;
    const html = `${HTML}/${this.owner}/${this.repo}/${pull ? 'pull' : 'issues'}/${n}`;
    return {
      url: `${this.api()}/issues/${n}`,
      repository_url: this.api(),
      labels_url: `${this.api()}/issues/${n}/labels{/name}`,
      comments_url: `${this.api()}/issues/${n}/comments`,
      events_url: `${this.api()}/issues/${n}/events`,
      html_url: html,
      id: 300_000_000 + n,
      node_id: nodeId(pull ? 'PR' : 'I', n),
      number: n,
      title: pull?.title ?? `Issue ${n}`,
      user: this.userJson(this.userFor(pull?.author ?? 'octocat')),
      labels: issue.labelIds.map((id) => this.labelJson(this.labelById(id))),
      state: 'open',
      locked: false,
      assignee: null,
      assignees: [],
      milestone: null,
      comments: this.commentStore.filter((c) => c.issueNumber === n).length,
      created_at: issue.createdAt,
      updated_at: issue.createdAt,
      closed_at: null,
      author_association: 'CONTRIBUTOR',
      active_lock_reason: null,
      ...(pull
        ? {
            draft: pull.draft ?? false,
            pull_request: { url: `${this.api()}/pulls/${n}`, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`, merged_at: null },
          }
        : {}),
      body: pull?.body ?? null,
      reactions: this.reactionsJson(`${this.api()}/issues/${n}/reactions`),
      timeline_url: `${this.api()}/issues/${n}/timeline`,
      performed_via_github_app: null,
      state_reason: null,
    };
  }

  private pullJson(issue: StoredIssue): Record<string, unknown> {
    const pull = issue.pull!;
    const n = pull.number;
    const api = `${this.api()}/pulls/${n}`;
    const html = `${HTML}/${this.owner}/${this.repo}/pull/${n}`;
    const author = this.userFor(pull.author ?? 'octocat');
    const headRepo = pull.headRepo ?? `${this.owner}/${this.repo}`;
    const headOwner = headRepo.split('/')[0]!;
    const side = (ref: string, sha: string, fullName: string, owner: string) => ({
      label: `${owner}:${ref}`,
      ref,
      sha,
      user: this.userJson(this.userFor(owner)),
      repo: this.repositoryJson(fullName),
    });
    const link = (href: string) => ({ href });
    return {
      url: api,
      id: 400_000_000 + n,
      node_id: nodeId('PR', n),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${this.api()}/issues/${n}`,
      number: n,
      state: 'open',
      locked: false,
      title: pull.title ?? `Pull request ${n}`,
      user: this.userJson(author),
      body: pull.body ?? null,
      created_at: issue.createdAt,
      updated_at: issue.createdAt,
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      labels: issue.labelIds.map((id) => this.labelJson(this.labelById(id))),
      milestone: null,
      draft: pull.draft ?? false,
      commits_url: `${api}/commits`,
      review_comments_url: `${api}/comments`,
      review_comment_url: `${this.api()}/pulls/comments{/number}`,
      comments_url: `${this.api()}/issues/${n}/comments`,
      statuses_url: `${this.api()}/statuses/${pull.headSha}`,
      head: side(pull.headRef, pull.headSha, headRepo, headOwner),
      base: side(pull.baseRef, pull.baseSha, `${this.owner}/${this.repo}`, this.owner),
      _links: {
        self: link(api),
        html: link(html),
        issue: link(`${this.api()}/issues/${n}`),
        comments: link(`${this.api()}/issues/${n}/comments`),
        review_comments: link(`${api}/comments`),
        review_comment: link(`${this.api()}/pulls/comments{/number}`),
        commits: link(`${api}/commits`),
        statuses: link(`${this.api()}/statuses/${pull.headSha}`),
      },
      author_association: author.login.toLowerCase() === this.owner.toLowerCase() ? 'OWNER' : 'CONTRIBUTOR',
      auto_merge: null,
      active_lock_reason: null,
      merged: false,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: this.commentStore.filter((c) => c.issueNumber === n).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 10,
      deletions: 2,
      changed_files: 1,
    };
  }

  private checkRunJson(run: StoredCheckRun): { url: string } & Record<string, unknown> {
    const url = `${this.api()}/check-runs/${run.id}`;
    const html = `${HTML}/${this.owner}/${this.repo}/runs/${run.id}`;
    const minimalRepo = { id: 200_000_001, url: `${this.url}/repos/${this.owner}/${this.repo}`, name: this.repo };
    const pulls = [...this.issues.values()].filter((i) => i.pull?.headSha === run.headSha && !i.pull.headRepo);
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('CR', run.id),
      head_sha: run.headSha,
      external_id: run.externalId,
      url,
      html_url: html,
      details_url: run.detailsUrl ?? html,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      output: { ...run.output, annotations_count: run.annotations.length, annotations_url: `${url}/annotations` },
      check_suite: { id: 50_000_000_001 },
      app: this.actionsAppJson(),
      pull_requests: pulls.map((i) => ({
        url: `${this.api()}/pulls/${i.number}`,
        id: 400_000_000 + i.number,
        number: i.number,
        head: { ref: i.pull!.headRef, sha: i.pull!.headSha, repo: minimalRepo },
        base: { ref: i.pull!.baseRef, sha: i.pull!.baseSha, repo: minimalRepo },
      })),
    };
  }

  private annotationJson(run: StoredCheckRun, a: StoredAnnotation): Record<string, unknown> {
    return {
      path: a.path,
      blob_href: `${HTML}/${this.owner}/${this.repo}/blob/${run.headSha}/${a.path.split('/').map(encodeURIComponent).join('/')}`,
      start_line: a.start_line,
      start_column: a.start_column ?? null,
      end_line: a.end_line,
      end_column: a.end_column ?? null,
      annotation_level: a.annotation_level,
      title: a.title ?? '',
      message: a.message,
      raw_details: a.raw_details ?? '',
    };
  }

  private statusJson(status: StoredStatus): { url: string } & Record<string, unknown> {
    return {
      url: `${this.api()}/statuses/${status.sha}`,
      avatar_url: `https://avatars.githubusercontent.com/in/${ACTIONS_APP_ID}?v=4`,
      id: status.id,
      node_id: nodeId('SC', status.id),
      state: status.state,
      description: status.description,
      target_url: status.targetUrl,
      context: status.context,
      created_at: status.createdAt,
      updated_at: status.createdAt,
      creator: this.userJson(ACTIONS_BOT),
    };
  }
}

// -----------------------------------------------------------------------------------------------

interface CheckRunInput {
  name?: string;
  details_url?: string;
  external_id?: string;
  status?: string;
  started_at?: string;
  conclusion?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: StoredAnnotation[] };
}

/**
 * What GitHub rejects about a check run body that the schema allows, in the checks API's own
 * wording ("Invalid request.\n\n\"title\" wasn't supplied.").
 */
function checkRunProblems(input: CheckRunInput): string[] {
  const problems: string[] = [];
  // The description says "**Required**." for output.title on update too, though only create's schema requires it.
  if (input.output && typeof input.output.title !== 'string') problems.push('"title" wasn\'t supplied.');
  if (input.conclusion === 'stale') problems.push('Only GitHub can set a conclusion of "stale".');
  if ((input.status === 'completed' || input.completed_at) && !input.conclusion) problems.push('"conclusion" wasn\'t supplied.');
  // Limits the parameter descriptions state; the wording is the stand-in's.
  (input.output?.annotations ?? []).forEach((a, i) => {
    const at = `annotations[${i}]`;
    if (a.start_line < 1 || a.end_line < a.start_line) problems.push(`${at}: lines start at 1 and end_line may not precede start_line.`);
    if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) problems.push(`${at}: start_column/end_column are only supported when start_line equals end_line.`);
    if (a.title !== undefined && [...a.title].length > 255) problems.push(`${at}: title is longer than 255 characters.`);
    if (Buffer.byteLength(a.message) > 64 * 1024) problems.push(`${at}: message is larger than 64 KB.`);
    if (a.raw_details !== undefined && Buffer.byteLength(a.raw_details) > 64 * 1024) problems.push(`${at}: raw_details is larger than 64 KB.`);
  });
  return problems;
}

/** Names from an add/set-labels body: `{ labels: ["a", { name: "b" }] }` (validated by then). */
function labelNames(body: unknown): string[] {
  const labels = (body as { labels?: Array<string | { name: string }> } | undefined)?.labels ?? [];
  return labels.map((l) => (typeof l === 'string' ? l : l.name));
}

function commentBodyProblem(body: string): ValidationItem | undefined {
  if (body.trim() === '') return { resource: 'IssueComment', code: 'missing_field', field: 'body', message: 'Body cannot be blank' };
  // GitHub counts characters; code points here, so an emoji counts once.
  if ([...body].length > COMMENT_BODY_LIMIT) return { resource: 'IssueComment', code: 'custom', field: 'body', message: `Body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)` };
  return undefined;
}

function labelProblems(color: string | undefined, description: string | undefined): ValidationItem[] {
  const problems: ValidationItem[] = [];
  // Six hex digits, no leading '#'.
  if (color !== undefined && !/^[0-9a-f]{6}$/i.test(color)) problems.push({ resource: 'Label', code: 'invalid', field: 'color' });
  if (description !== undefined && [...description].length > LABEL_DESCRIPTION_LIMIT) {
    problems.push({ resource: 'Label', code: 'custom', field: 'description', message: `description is too long (maximum is ${LABEL_DESCRIPTION_LIMIT} characters)` });
  }
  return problems;
}

function errorReply(status: number, message: string, docs: string): Reply {
  return { status, body: { message, documentation_url: docs, status: String(status) } };
}

function defaultErrorBody(status: number, docs: string): Record<string, string> {
  const message = status >= 500 ? 'Server Error' : status === 404 ? 'Not Found' : status === 403 ? 'Forbidden' : status === 401 ? 'Bad credentials' : 'Error';
  return { message, documentation_url: docs, status: String(status) };
}

function notFound(ctx: Context): Reply {
  return errorReply(404, 'Not Found', ctx.operation.docsUrl ?? DOCS);
}

/** A 422 with a message and no `errors` list, as the checks API and unknown commits answer. */
function unprocessable(ctx: Context, message: string): Reply {
  return errorReply(422, message, ctx.operation.docsUrl ?? DOCS);
}

function validationFailed(ctx: Context, errors: ValidationItem[]): Reply {
  return { status: 422, body: { message: 'Validation Failed', errors, documentation_url: ctx.operation.docsUrl ?? DOCS, status: '422' } };
}

/** GitHub's timestamp format: ISO 8601 to the second, UTC. */
function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}

function readText(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
