/**
 * A pull request the way GitHub and actions/checkout leave it: an origin repository with the
 * base branch, the head branch and the refs/pull/N/{head,merge} refs GitHub maintains, and a
 * workspace that, like actions/checkout's default, holds only the merge commit (depth 1).
 * Event payloads are GitHub's own examples (@octokit/webhooks-examples) with this repository's
 * numbers, shas and names written in.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeRepo, type CommitOptions, type TempRepo } from './tempRepo.js';

export const OWNER = 'acme';
export const REPO = 'checkout-service';

interface WebhookExample {
  name: string;
  examples: Array<Record<string, unknown>>;
}
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExample[];

/** A genuine payload of GitHub's for `event` (and `action`), deep-copied. */
export function genuinePayload(event: string, action?: string): Record<string, any> {
  const found = examples.find((e) => e.name === event)?.examples.find((p) => action === undefined || p.action === action);
  if (!found) throw new Error(`no example payload for ${event}${action ? `.${action}` : ''}`);
  return structuredClone(found) as Record<string, any>;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }, stdio: ['ignore', 'pipe', 'pipe'] }).trim();

export class PullRequestScenario {
  readonly source: TempRepo = makeRepo();
  readonly dir = mkdtempSync(path.join(tmpdir(), 'opsdiff-pr-'));
  readonly origin = path.join(this.dir, 'origin.git');
  readonly number = 17;
  headRef = 'feature/pricing';
  body = 'Refactors the pricing service.';
  fromFork = false;
  base = '';
  head = '';
  merge = '';

  /** The base branch's first commit. */
  start(files: Record<string, string>): string {
    for (const [file, text] of Object.entries(files)) this.source.write(file, text);
    this.base = this.source.commit('Initial pricing service');
    this.source.git('checkout', '-q', '-b', this.headRef);
    return this.base;
  }

  /** A commit on the pull request's branch; then GitHub's refs are refreshed (a push). */
  push(message: string, files: Record<string, string | null>, options?: CommitOptions): string {
    for (const [file, text] of Object.entries(files)) {
      if (text === null) this.source.remove(file);
      else this.source.write(file, text);
    }
    this.head = this.source.commit(message, options);
    this.publish();
    return this.head;
  }

  /** A commit on the base branch after the pull request was opened. */
  advanceBase(message: string, files: Record<string, string>): string {
    this.source.git('checkout', '-q', 'main');
    for (const [file, text] of Object.entries(files)) this.source.write(file, text);
    this.base = this.source.commit(message);
    this.source.git('checkout', '-q', this.headRef);
    this.publish();
    return this.base;
  }

  /** refs/pull/N/merge: GitHub's test merge of head into the base branch's tip. */
  private publish(): void {
    this.source.git('checkout', '-q', '--detach', 'main');
    this.source.git('merge', '-q', '--no-ff', '--no-edit', '-m', `Merge ${this.head} into ${this.base}`, this.head);
    this.merge = this.source.git('rev-parse', 'HEAD');
    this.source.git('checkout', '-q', this.headRef);
    this.source.git('update-ref', `refs/pull/${this.number}/head`, this.head);
    this.source.git('update-ref', `refs/pull/${this.number}/merge`, this.merge);
    rmSync(this.origin, { recursive: true, force: true });
    git(this.dir, 'clone', '-q', '--mirror', this.source.root, this.origin);
  }

  /** The pull request's commits as GitHub's API lists them (oldest first). */
  commits(): Array<{ sha: string; message: string; author: { name: string; email: string }; committer: { name: string; email: string } }> {
    const log = this.source.git('log', '--reverse', '--format=%H%x1f%B%x1f%an%x1f%ae%x1f%cn%x1f%ce%x1e', `main..${this.head}`);
    return log
      .split('\x1e')
      .map((record) => record.replace(/^\n/, ''))
      .filter(Boolean)
      .map((record) => {
        const [sha, message, authorName, authorEmail, committerName, committerEmail] = record.split('\x1f') as [string, string, string, string, string, string];
        return { sha, message: message.trim(), author: { name: authorName, email: authorEmail }, committer: { name: committerName, email: committerEmail } };
      });
  }

  /** What actions/checkout does for a pull_request event with its default fetch-depth: 1. */
  checkout(options: { depth?: number; ref?: string } = {}): string {
    const workspace = mkdtempSync(path.join(this.dir, 'workspace-'));
    const ref = options.ref ?? `refs/pull/${this.number}/merge`;
    git(workspace, 'init', '-q');
    git(workspace, 'remote', 'add', 'origin', `file://${this.origin}`);
    const depth = options.depth === 0 ? [] : [`--depth=${options.depth ?? 1}`];
    git(workspace, 'fetch', '-q', '--no-tags', ...depth, 'origin', `+${ref}:refs/remotes/checkout`);
    git(workspace, 'checkout', '-q', '--detach', 'refs/remotes/checkout');
    return workspace;
  }

  /** A genuine pull_request payload of GitHub's, for this pull request. */
  pullRequestEvent(action: 'opened' | 'synchronize'): Record<string, any> {
    const payload = genuinePayload('pull_request', action);
    const pr = payload.pull_request;
    payload.number = this.number;
    pr.number = this.number;
    pr.body = this.body;
    pr.head.sha = this.head;
    pr.head.ref = this.headRef;
    pr.head.label = `${this.fromFork ? 'contributor' : OWNER}:${this.headRef}`;
    pr.base.sha = this.base;
    pr.base.ref = 'main';
    for (const repo of [payload.repository, pr.base.repo, pr.head.repo]) {
      repo.name = REPO;
      repo.full_name = `${OWNER}/${REPO}`;
      repo.owner.login = OWNER;
      repo.default_branch = 'main';
      repo.fork = false;
    }
    if (this.fromFork) {
      pr.head.repo.full_name = `contributor/${REPO}`;
      pr.head.repo.owner.login = 'contributor';
      pr.head.repo.fork = true;
    }
    if (action === 'synchronize') {
      payload.before = this.source.git('rev-parse', `${this.head}~1`);
      payload.after = this.head;
    }
    return payload;
  }

  cleanup(): void {
    this.source.cleanup();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
