import { afterEach, describe, expect, it } from 'vitest';
import { blameLines, grepFiles, grepLines, grepWordLines, listCommits, removingCommits } from '../../src/git/commits.js';
import { openRepository } from '../../src/git/repository.js';
import { resolveRevisions } from '../../src/git/revisions.js';
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

describe('listCommits', () => {
  it('lists base..head oldest first, with trailers, notes and both identities', async () => {
    const repo = tempRepo();
    repo.write('a.ts', '1\n');
    const base = repo.commit('base');
    repo.write('a.ts', '2\n');
    const first = repo.commit(
      [
        'Add retries to the pricing client',
        '',
        'The upstream flakes under load.',
        '',
        'Co-authored-by: Claude <noreply@anthropic.com>',
        'Reviewed-by: Some One',
        '  <some.one@example.com>',
      ].join('\n'),
      { author: 'Ada Author <ada@example.com>', env: { GIT_COMMITTER_NAME: 'Cee Committer', GIT_COMMITTER_EMAIL: 'cee@example.com' } },
    );
    repo.write('a.ts', '3\n');
    const second = repo.commit('Plain change with: a colon in the subject');
    repo.git('notes', '--ref=ai', 'add', '-m', 'generated-by: some-agent', second);

    const commits = await listCommits(await openRepository(repo.root), { base, head: second, staged: false });
    expect(commits).toEqual([
      {
        sha: first,
        subject: 'Add retries to the pricing client',
        body: 'The upstream flakes under load.\n\nCo-authored-by: Claude <noreply@anthropic.com>\nReviewed-by: Some One\n  <some.one@example.com>',
        authorName: 'Ada Author',
        authorEmail: 'ada@example.com',
        committerName: 'Cee Committer',
        committerEmail: 'cee@example.com',
        trailers: [
          { key: 'Co-authored-by', value: 'Claude <noreply@anthropic.com>' },
          { key: 'Reviewed-by', value: 'Some One <some.one@example.com>' },
        ],
        notes: '',
      },
      {
        sha: second,
        subject: 'Plain change with: a colon in the subject',
        body: '',
        authorName: 'Test User',
        authorEmail: 'test@example.com',
        committerName: 'Test User',
        committerEmail: 'test@example.com',
        trailers: [],
        notes: 'generated-by: some-agent',
      },
    ]);
  });

  it('does not take a colon in the body for a trailer unless git does', async () => {
    const repo = tempRepo();
    repo.write('a.ts', '1\n');
    const base = repo.commit('base');
    repo.write('a.ts', '2\n');
    const head = repo.commit('Subject\n\nNote: this is prose, then more prose\nthat continues here without a colon.');
    const [commit] = await listCommits(await openRepository(repo.root), { base, head, staged: false });
    expect(commit?.trailers).toEqual([]);
  });

  it('returns [] for an empty range and in --staged mode', async () => {
    const repo = tempRepo();
    repo.write('a.ts', '1\n');
    const head = repo.commit('base');
    const opened = await openRepository(repo.root);
    expect(await listCommits(opened, { base: head, head, staged: false })).toEqual([]);
    expect(await listCommits(opened, await resolveRevisions(opened, { staged: true }))).toEqual([]);
  });
});

describe('removingCommits', () => {
  it('names the commit in base..head that removed each base line, and leaves kept lines out', async () => {
    const repo = tempRepo();
    repo.write('a.ts', 'one\ntwo\nthree\nfour\n');
    const base = repo.commit('base');
    repo.write('a.ts', 'one\nthree\nfour\n');
    const first = repo.commit('first: drop two');
    repo.write('a.ts', 'one\nthree\nfour\nfive\n');
    repo.commit('second: add five');
    repo.write('a.ts', 'three\nfour\nfive\n');
    const third = repo.commit('third: drop one');
    const opened = await openRepository(repo.root);
    const removed = await removingCommits(opened, { base, head: third, staged: false }, 'a.ts', [1, 2, 3, 4, 2]);
    expect(Object.fromEntries(removed)).toEqual({ 1: third, 2: first });
  });

  it('returns an empty map for a path base lacks, lines past its end, and in --staged mode', async () => {
    const repo = tempRepo();
    repo.write('a.ts', 'one\n');
    const base = repo.commit('base');
    repo.write('a.ts', 'two\n');
    const head = repo.commit('head');
    const opened = await openRepository(repo.root);
    expect((await removingCommits(opened, { base, head, staged: false }, 'missing.ts', [1])).size).toBe(0);
    expect((await removingCommits(opened, { base, head, staged: false }, 'a.ts', [7])).size).toBe(0);
    expect((await removingCommits(opened, { base, head: 'INDEX', staged: true }, 'a.ts', [1])).size).toBe(0);
    expect(Object.fromEntries(await removingCommits(opened, { base, head, staged: false }, 'a.ts', [1]))).toEqual({ 1: head });
  });
});

describe('blameLines', () => {
  it('attributes head lines to the commits in base..head and leaves older lines out', async () => {
    const repo = tempRepo();
    repo.write('a.ts', 'one\ntwo\nthree\nfour\n');
    repo.commit('before base');
    repo.write('a.ts', 'one\ntwo (base)\nthree\nfour\n');
    const base = repo.commit('base');
    repo.write('a.ts', 'one\ntwo (base)\nTHREE\nfour\nfive\n');
    const first = repo.commit('first');
    repo.write('a.ts', 'one\ntwo (base)\nTHREE\nfour\nfive\nsix\n');
    const second = repo.commit('second');

    const blame = await blameLines(await openRepository(repo.root), { base, head: second, staged: false }, 'a.ts', [1, 2, 3, 5, 6, 3]);
    expect(Object.fromEntries(blame)).toEqual({ 3: first, 5: first, 6: second });
  });

  it('skips lines past the end of the file instead of failing', async () => {
    const repo = tempRepo();
    repo.write('a.ts', 'one\n');
    const base = repo.commit('base');
    repo.write('a.ts', 'one\ntwo\n');
    const head = repo.commit('head');
    const blame = await blameLines(await openRepository(repo.root), { base, head, staged: false }, 'a.ts', [2, 40, 41]);
    expect(Object.fromEntries(blame)).toEqual({ 2: head });
  });

  it('follows a file renamed within the range', async () => {
    const repo = tempRepo();
    const body = Array.from({ length: 10 }, (_, i) => `export const v${i} = ${i};`).join('\n');
    repo.write('old.ts', `${body}\n`);
    const base = repo.commit('base');
    repo.rename('old.ts', 'new.ts');
    repo.write('new.ts', `${body}\nexport const added = 1;\n`);
    const head = repo.commit('rename and add');
    const blame = await blameLines(await openRepository(repo.root), { base, head, staged: false }, 'new.ts', [1, 11]);
    expect(Object.fromEntries(blame)).toEqual({ 11: head });
  });

  it('returns an empty map for a path missing at head, for no lines and in --staged mode', async () => {
    const repo = tempRepo();
    repo.write('a.ts', 'one\n');
    const base = repo.commit('base');
    repo.write('a.ts', 'two\n');
    const head = repo.commit('head');
    const opened = await openRepository(repo.root);
    expect((await blameLines(opened, { base, head, staged: false }, 'missing.ts', [1])).size).toBe(0);
    expect((await blameLines(opened, { base, head, staged: false }, 'a.ts', [])).size).toBe(0);
    expect((await blameLines(opened, { base, head: 'INDEX', staged: true }, 'a.ts', [1])).size).toBe(0);
  });
});

describe('grepLines', () => {
  function grepRepo(): { repo: TempRepo; first: string } {
    const repo = tempRepo();
    repo.write('src/cache.ts', 'import { redis } from "./redis";\nredis.get(key);\n');
    repo.write('src/db.ts', 'db.query("select 1");\n');
    repo.write('src/none.ts', 'export {};\n');
    repo.write('docs/readme.md', 'redis.get is documented here\n');
    const first = repo.commit('first');
    repo.write('src/later.ts', 'redis.get(other);\n');
    repo.commit('second');
    return { repo, first };
  }

  const paths = (lines: Array<{ path: string }>) => lines.map((l) => l.path);

  it('lists the lines at a revision that contain any of the fixed strings, with their files, without the rev prefix', async () => {
    const { repo, first } = grepRepo();
    const opened = await openRepository(repo.root);
    expect(await grepLines(opened, first, ['redis', 'db.query('])).toEqual([
      { path: 'docs/readme.md', text: 'redis.get is documented here' },
      { path: 'src/cache.ts', text: 'import { redis } from "./redis";' },
      { path: 'src/cache.ts', text: 'redis.get(key);' },
      { path: 'src/db.ts', text: 'db.query("select 1");' },
    ]);
    expect(paths(await grepLines(opened, first, ['redis.get'], ['src/']))).toEqual(['src/cache.ts']);
    expect(paths(await grepLines(opened, first, ['redis.get'], ['*.ts']))).toEqual(['src/cache.ts']);
  });

  it('grepFiles: the files at a revision (or in the index) that contain any of the fixed strings', async () => {
    const { repo, first } = grepRepo();
    const opened = await openRepository(repo.root);
    expect(await grepFiles(opened, first, ['redis.get', 'db.query('])).toEqual(['docs/readme.md', 'src/cache.ts', 'src/db.ts']);
    expect(await grepFiles(opened, first, ['redis.get'], ['*.ts'])).toEqual(['src/cache.ts']);
    expect(await grepFiles(opened, first, ['db.query(', '--all-match', '.*'])).toEqual(['src/db.ts']);
    expect(await grepFiles(opened, first, [])).toEqual([]);
    repo.write('src/staged.ts', 'redis.get(staged);\n');
    repo.git('add', 'src/staged.ts');
    expect(await grepFiles(opened, 'INDEX', ['redis.get'], ['src'])).toEqual(['src/cache.ts', 'src/later.ts', 'src/staged.ts']);
  });

  it('treats needles as fixed strings, even ones that look like options or regexes', async () => {
    const { repo, first } = grepRepo();
    const opened = await openRepository(repo.root);
    expect(paths(await grepLines(opened, first, ['db.query(', '--all-match', '.*']))).toEqual(['src/db.ts']);
  });

  it('grepWordLines: the lines with a word and one of the names as words, with their files (implements and an interface)', async () => {
    const repo = tempRepo();
    repo.write('src/redis-store.ts', 'export class RedisStore implements SessionStore, OnInit {}\n');
    repo.write('src/memory.ts', 'export class MemoryStore implements Store {}\nconst s: SessionStore = x;\n');
    repo.write('src/wide.ts', 'export class Wide implements BigSessionStore {}\n');
    repo.write('src/other.ts', 'export class Other\n  implements OnInit {}\n');
    const first = repo.commit('implementers');
    const opened = await openRepository(repo.root);
    // memory.ts names SessionStore on another line; wide.ts only inside a longer word.
    expect(await grepWordLines(opened, first, 'implements', ['SessionStore'], ['*.ts'])).toEqual([{ path: 'src/redis-store.ts', text: 'export class RedisStore implements SessionStore, OnInit {}' }]);
    expect(await grepWordLines(opened, first, 'implements', ['SessionStore', 'OnInit'], ['*.ts'])).toEqual([
      { path: 'src/other.ts', text: '  implements OnInit {}' },
      { path: 'src/redis-store.ts', text: 'export class RedisStore implements SessionStore, OnInit {}' },
    ]);
    expect(await grepWordLines(opened, first, 'implements', [], ['*.ts'])).toEqual([]);
    // INDEX: the staged versions (a pre-commit hook's head).
    repo.write('src/staged.ts', 'export class Staged implements SessionStore {}\n');
    repo.git('add', 'src/staged.ts');
    expect((await grepWordLines(opened, 'INDEX', 'implements', ['SessionStore'], ['*.ts'])).map((l) => l.path)).toEqual(['src/redis-store.ts', 'src/staged.ts']);
  });

  it('searches the index with INDEX', async () => {
    const { repo } = grepRepo();
    repo.write('src/staged.ts', 'redis.get(staged);\n');
    repo.git('add', 'src/staged.ts');
    repo.write('src/unstaged.ts', 'redis.get(unstaged);\n');
    expect(paths(await grepLines(await openRepository(repo.root), 'INDEX', ['redis.get'], ['src']))).toEqual(['src/cache.ts', 'src/later.ts', 'src/staged.ts']);
  });

  it('returns [] when nothing matches or nothing is asked', async () => {
    const { repo, first } = grepRepo();
    const opened = await openRepository(repo.root);
    expect(await grepLines(opened, first, ['no such text anywhere'])).toEqual([]);
    expect(await grepLines(opened, first, [])).toEqual([]);
    // Aborted (the search was not needed after all): an empty answer, not an error.
    const abort = new AbortController();
    abort.abort();
    expect(await grepLines(opened, first, ['redis'], [], { signal: abort.signal })).toEqual([]);
  });
});
