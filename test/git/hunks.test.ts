import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listChangedFiles } from '../../src/git/changes.js';
import { diffHunks, pathsOf } from '../../src/git/hunks.js';
import { openRepository } from '../../src/git/repository.js';
import { resolveRevisions } from '../../src/git/revisions.js';
import { makeRepo, type TempRepo } from '../support/tempRepo.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  vi.unstubAllEnvs();
  while (cleanups.length > 0) cleanups.pop()?.();
});

function tempRepo(): TempRepo {
  const repo = makeRepo();
  cleanups.push(() => repo.cleanup());
  return repo;
}

const lines = (count: number, label = 'line'): string[] => Array.from({ length: count }, (_, i) => `${label} ${i + 1}`);
const text = (items: string[]): string => `${items.join('\n')}\n`;

/** A base with four files, and a head that inserts, deletes, modifies and renames-and-edits. */
function scenario(): { repo: TempRepo; base: string; head: string } {
  const repo = tempRepo();
  repo.write('insert.ts', text(lines(10)));
  repo.write('delete.ts', text(lines(10)));
  repo.write('modify.ts', text(lines(10)));
  repo.write('old/name.ts', text(lines(30, 'stable')));
  repo.write('gone.ts', text(lines(3)));
  const base = repo.commit('base');
  const inserted = lines(10);
  inserted.splice(3, 0, 'new a', 'new b'); // after line 3
  repo.write('insert.ts', text(inserted));
  const deleted = lines(10);
  deleted.splice(4, 3); // lines 5-7
  repo.write('delete.ts', text(deleted));
  const modified = lines(10);
  modified[1] = 'changed 2';
  modified[8] = 'changed 9';
  repo.write('modify.ts', text(modified));
  repo.rename('old/name.ts', 'new/name.ts');
  const renamed = lines(30, 'stable');
  renamed[19] = 'edited 20';
  repo.write('new/name.ts', text(renamed));
  repo.remove('gone.ts');
  const head = repo.commit('head');
  return { repo, base, head };
}

describe('diffHunks', () => {
  it('reports inserted, deleted, modified and renamed lines', async () => {
    const { repo, base, head } = scenario();
    const opened = await openRepository(repo.root);
    const revs = { base, head, staged: false };
    const files = await listChangedFiles(opened, revs);
    const hunks = await diffHunks(opened, revs, pathsOf(files));
    expect(Object.fromEntries(hunks)).toEqual({
      'insert.ts': { added: [{ start: 4, end: 5 }], removed: [] },
      // Lines 5-7 of base removed after head line 4: a deletion head can point at.
      'delete.ts': { added: [], removed: [{ start: 5, end: 7 }], deletedAfter: [4] },
      'modify.ts': {
        added: [
          { start: 2, end: 2 },
          { start: 9, end: 9 },
        ],
        removed: [
          { start: 2, end: 2 },
          { start: 9, end: 9 },
        ],
      },
      'new/name.ts': { added: [{ start: 20, end: 20 }], removed: [{ start: 20, end: 20 }] },
      'gone.ts': { added: [], removed: [{ start: 1, end: 3 }], deletedAfter: [0] },
    });
  });

  it('only includes the files asked for', async () => {
    const { repo, base, head } = scenario();
    const hunks = await diffHunks(await openRepository(repo.root), { base, head, staged: false }, ['modify.ts']);
    expect([...hunks.keys()]).toEqual(['modify.ts']);
  });

  it('returns an empty map for no paths, without diffing everything', async () => {
    const { repo, base, head } = scenario();
    expect((await diffHunks(await openRepository(repo.root), { base, head, staged: false }, [])).size).toBe(0);
  });

  it('diffs the index against HEAD in --staged mode', async () => {
    const repo = tempRepo();
    repo.write('a.ts', text(lines(5)));
    repo.commit('base');
    const staged = lines(5);
    staged[2] = 'staged 3';
    repo.write('a.ts', text(staged));
    repo.git('add', 'a.ts');
    repo.write('a.ts', text(['work tree only']));
    const opened = await openRepository(repo.root);
    const hunks = await diffHunks(opened, await resolveRevisions(opened, { staged: true }), ['a.ts']);
    expect(hunks.get('a.ts')).toEqual({ added: [{ start: 3, end: 3 }], removed: [{ start: 3, end: 3 }] });
  });

  it('treats glob characters in file names literally', async () => {
    const repo = tempRepo();
    repo.write('a[1].ts', 'one\n');
    repo.write('a1.ts', 'one\n');
    const base = repo.commit('base');
    repo.write('a[1].ts', 'two\n');
    repo.write('a1.ts', 'two\n');
    const head = repo.commit('head');
    const hunks = await diffHunks(await openRepository(repo.root), { base, head, staged: false }, ['a[1].ts']);
    expect([...hunks.keys()]).toEqual(['a[1].ts']);
  });

  it('is not thrown off by user diff settings (noprefix, inter-hunk context, external diff)', async () => {
    const { repo, base, head } = scenario();
    const configDir = mkdtempSync(path.join(tmpdir(), 'opsdiff-gitconfig-'));
    cleanups.push(() => rmSync(configDir, { recursive: true, force: true }));
    const configPath = path.join(configDir, 'gitconfig');
    writeFileSync(configPath, '[diff]\n\tnoprefix = true\n\tinterHunkContext = 20\n\tcontext = 5\n\texternal = false\n\trenames = false\n[color]\n\tdiff = always\n');
    vi.stubEnv('GIT_CONFIG_GLOBAL', configPath);
    const hunks = await diffHunks(await openRepository(repo.root), { base, head, staged: false }, ['modify.ts', 'old/name.ts', 'new/name.ts']);
    expect(hunks.get('modify.ts')?.added).toEqual([
      { start: 2, end: 2 },
      { start: 9, end: 9 },
    ]);
    expect(hunks.get('new/name.ts')).toEqual({ added: [{ start: 20, end: 20 }], removed: [{ start: 20, end: 20 }] });
  });

  it('handles a path list longer than a command line in one diff', async () => {
    const repo = tempRepo();
    const names = Array.from({ length: 1200 }, (_, i) => `src/${'deeply-nested-directory-name/'.repeat(6)}file-${i}.ts`);
    for (const name of names) repo.write(name, 'a\n');
    repo.write('untouched.md', 'a\n');
    const base = repo.commit('base');
    for (const name of names) repo.write(name, 'a\nb\n');
    repo.write('untouched.md', 'a\nb\n');
    repo.write('other.js', 'not asked for\n');
    const head = repo.commit('head');
    const hunks = await diffHunks(await openRepository(repo.root), { base, head, staged: false }, names);
    expect(hunks.size).toBe(names.length);
    expect(hunks.get(names[777] as string)).toEqual({ added: [{ start: 2, end: 2 }], removed: [] });
    expect(hunks.has('other.js')).toBe(false);
  });
});
