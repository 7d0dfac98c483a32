import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GitError, InputError } from '../../src/errors.js';
import { openRepository } from '../../src/git/repository.js';
import { EMPTY_TREE, resolveRevisions } from '../../src/git/revisions.js';
import { makeRepo, type TempRepo } from '../support/tempRepo.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

function tempRepo(): TempRepo {
  const repo = makeRepo();
  cleanups.push(() => repo.cleanup());
  return repo;
}

/** main: m1 - m2 - m3;  feature branches off m2 with f1 - f2. HEAD is on feature. */
function featureBranchRepo(): { repo: TempRepo; m2: string; m3: string; f2: string } {
  const repo = tempRepo();
  repo.write('a.ts', 'export const a = 1;\n');
  repo.commit('m1');
  repo.write('a.ts', 'export const a = 2;\n');
  const m2 = repo.commit('m2');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('b.ts', 'export const b = 1;\n');
  repo.commit('f1');
  repo.write('b.ts', 'export const b = 2;\n');
  const f2 = repo.commit('f2');
  repo.git('checkout', '-q', 'main');
  repo.write('c.ts', 'export const c = 1;\n');
  const m3 = repo.commit('m3');
  repo.git('checkout', '-q', 'feature');
  return { repo, m2, m3, f2 };
}

const noCi = {};

describe('resolveRevisions', () => {
  it('defaults base to the merge-base of HEAD with main, and head to HEAD', async () => {
    const { repo, m2, f2 } = featureBranchRepo();
    const revs = await resolveRevisions(await openRepository(repo.root), { env: noCi });
    expect(revs).toEqual({ base: m2, head: f2, staged: false });
  });

  it('uses the merge-base with master when there is no main', async () => {
    const { repo, m2, f2 } = featureBranchRepo();
    repo.git('branch', '-m', 'main', 'master');
    const revs = await resolveRevisions(await openRepository(repo.root), { env: noCi });
    expect(revs).toEqual({ base: m2, head: f2, staged: false });
  });

  it('prefers origin/HEAD over a local main', async () => {
    const { repo, m2, f2 } = featureBranchRepo();
    repo.git('checkout', '-q', 'main'); // so that the clone's origin/HEAD is origin/main
    const clone = repo.clone({ branch: 'feature' });
    // The clone's local main is moved back before the fork point; origin/HEAD must win.
    clone.git('branch', '-f', 'main', 'origin/main~2');
    const revs = await resolveRevisions(await openRepository(clone.root), { env: noCi });
    expect(revs).toEqual({ base: m2, head: f2, staged: false });
  });

  it('takes the merge-base with the given --head, not with HEAD', async () => {
    const { repo, m2, f2 } = featureBranchRepo();
    repo.git('checkout', '-q', 'main');
    const revs = await resolveRevisions(await openRepository(repo.root), { head: 'feature', env: noCi });
    expect(revs).toEqual({ base: m2, head: f2, staged: false });
  });

  it('fails with bad-ref and a hint to pass --base when no default branch exists', async () => {
    const repo = tempRepo();
    repo.write('a.ts', 'x\n');
    repo.commit('one');
    repo.git('branch', '-m', 'main', 'trunk');
    const error = await resolveRevisions(await openRepository(repo.root), { env: noCi }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'bad-ref', hint: expect.stringContaining('--base') });
  });

  it('uses the pull request base sha from the GitHub Actions event', async () => {
    const { repo, m3, f2 } = featureBranchRepo();
    const eventDir = mkdtempSync(path.join(tmpdir(), 'opsdiff-event-'));
    cleanups.push(() => rmSync(eventDir, { recursive: true, force: true }));
    const eventPath = path.join(eventDir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { base: { sha: m3 }, head: { sha: f2 } } }));
    const revs = await resolveRevisions(await openRepository(repo.root), { env: { GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: eventPath } });
    expect(revs.base).toBe(m3);
  });

  it('ignores a GitHub event that is not a pull request', async () => {
    const { repo, m2 } = featureBranchRepo();
    const eventDir = mkdtempSync(path.join(tmpdir(), 'opsdiff-event-'));
    cleanups.push(() => rmSync(eventDir, { recursive: true, force: true }));
    const eventPath = path.join(eventDir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ ref: 'refs/heads/main' }));
    const revs = await resolveRevisions(await openRepository(repo.root), { env: { GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: eventPath } });
    expect(revs.base).toBe(m2);
  });

  it('resolves explicit names to full shas', async () => {
    const { repo, m2, m3 } = featureBranchRepo();
    const revs = await resolveRevisions(await openRepository(repo.root), { base: 'main~1', head: 'main' });
    expect(revs).toEqual({ base: m2, head: m3, staged: false });
  });

  it('reports an unknown revision as bad-ref with a one-line message', async () => {
    const { repo } = featureBranchRepo();
    const error = await resolveRevisions(await openRepository(repo.root), { base: 'xyz' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect(error).toMatchObject({ code: 'bad-ref', message: "unknown revision 'xyz'" });
    expect((error as GitError).hint).toContain('--base');
  });

  it('reports an unknown --head as bad-ref too', async () => {
    const { repo } = featureBranchRepo();
    await expect(resolveRevisions(await openRepository(repo.root), { base: 'main', head: 'nope/nope' })).rejects.toMatchObject({
      code: 'bad-ref',
      message: "unknown revision 'nope/nope'",
    });
  });

  it('refuses a revision that looks like an option', async () => {
    const { repo } = featureBranchRepo();
    await expect(resolveRevisions(await openRepository(repo.root), { base: '--all' })).rejects.toBeInstanceOf(InputError);
  });

  describe('in a shallow clone', () => {
    it('says the base commit is missing and how to fetch it', async () => {
      const repo = tempRepo();
      const shas: string[] = [];
      for (const n of [1, 2, 3]) {
        repo.write('a.ts', `export const a = ${n};\n`);
        shas.push(repo.commit(`c${n}`));
      }
      const clone = repo.clone({ depth: 1 });
      const opened = await openRepository(clone.root);
      expect(opened.isShallow).toBe(true);
      const first = shas[0] as string;
      const error = await resolveRevisions(opened, { base: first }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitError);
      expect(error).toMatchObject({
        code: 'shallow-clone',
        message: `base commit ${first.slice(0, 7)} is not in this shallow clone`,
        hint: `fetch it: git fetch --no-tags --depth=50 origin ${first} (or use fetch-depth: 0 in actions/checkout)`,
      });
    });

    it('gives a refspec that fetches a missing remote-tracking branch, and it works', async () => {
      const repo = tempRepo();
      repo.write('a.ts', 'export const a = 1;\n');
      const main = repo.commit('m1');
      repo.git('checkout', '-q', '-b', 'feature');
      repo.write('a.ts', 'export const a = 2;\n');
      repo.commit('f1');
      // As actions/checkout leaves it: one branch, one commit, no origin/main.
      const clone = repo.clone({ depth: 1, branch: 'feature' });
      cleanups.push(() => clone.cleanup());
      const error = (await resolveRevisions(await openRepository(clone.root), { base: 'origin/main' }).catch((e: unknown) => e)) as GitError;
      expect(error).toMatchObject({ code: 'shallow-clone', hint: 'fetch it: git fetch --no-tags --depth=50 origin +refs/heads/main:refs/remotes/origin/main (or use fetch-depth: 0 in actions/checkout)' });
      const command = /fetch it: git (.*) \(or use/.exec(error.hint!)![1]!.split(' ');
      clone.git(...command);
      const revs = await resolveRevisions(await openRepository(clone.root), { base: 'origin/main' });
      expect(revs.base).toBe(main);
    });

    it('still resolves the commits it has', async () => {
      const repo = tempRepo();
      repo.write('a.ts', '1\n');
      repo.commit('c1');
      repo.write('a.ts', '2\n');
      const last = repo.commit('c2');
      const clone = repo.clone({ depth: 1 });
      const revs = await resolveRevisions(await openRepository(clone.root), { env: noCi });
      // origin/HEAD is HEAD itself here: an empty change, not an error.
      expect(revs).toEqual({ base: last, head: last, staged: false });
    });
  });

  describe('--staged', () => {
    it('compares the index with HEAD', async () => {
      const repo = tempRepo();
      repo.write('a.ts', '1\n');
      const head = repo.commit('c1');
      const revs = await resolveRevisions(await openRepository(repo.root), { staged: true });
      expect(revs).toEqual({ base: head, head: 'INDEX', staged: true });
    });

    it('compares the index with the empty tree before the first commit', async () => {
      const repo = tempRepo();
      repo.write('a.ts', '1\n');
      repo.git('add', 'a.ts');
      const revs = await resolveRevisions(await openRepository(repo.root), { staged: true });
      expect(revs).toEqual({ base: EMPTY_TREE, head: 'INDEX', staged: true });
    });

    it('is a usage error together with --head', async () => {
      const repo = tempRepo();
      const error = await resolveRevisions(await openRepository(repo.root), { staged: true, head: 'HEAD' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect(error).toMatchObject({ code: 'bad-input' });
    });
  });

  it('explains a repository without commits when --staged is not used', async () => {
    const repo = tempRepo();
    await expect(resolveRevisions(await openRepository(repo.root), { env: noCi })).rejects.toMatchObject({
      code: 'bad-ref',
      hint: expect.stringContaining('--staged'),
    });
  });
});
