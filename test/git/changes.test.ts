import { afterEach, describe, expect, it } from 'vitest';
import { listChangedFiles, parseNameStatus } from '../../src/git/changes.js';
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

const body = (name: string): string => Array.from({ length: 20 }, (_, i) => `export const ${name}${i} = ${i};`).join('\n') + '\n';

describe('listChangedFiles', () => {
  it('lists added, modified, deleted and renamed source files, sorted by path', async () => {
    const repo = tempRepo();
    repo.write('src/keep.ts', body('keep'));
    repo.write('src/old-name.ts', body('moved'));
    repo.write('src/gone.js', body('gone'));
    repo.write('README.md', '# x\n');
    const base = repo.commit('base');
    repo.write('src/keep.ts', body('keep') + 'export const extra = 1;\n');
    repo.rename('src/old-name.ts', 'src/lib/new-name.ts');
    repo.remove('src/gone.js');
    repo.write('src/added.tsx', 'export const A = () => null;\n');
    repo.write('README.md', '# y\n');
    const head = repo.commit('head');

    const files = await listChangedFiles(await openRepository(repo.root), { base, head, staged: false });
    expect(files).toEqual([
      { status: 'added', path: 'src/added.tsx', oldPath: null },
      { status: 'deleted', path: 'src/gone.js', oldPath: 'src/gone.js' },
      { status: 'modified', path: 'src/keep.ts', oldPath: 'src/keep.ts' },
      { status: 'renamed', path: 'src/lib/new-name.ts', oldPath: 'src/old-name.ts', similarity: 100 },
    ]);
  });

  it('skips non-source files, and keeps every source extension and declaration files (the scope leaves those out, saying so)', async () => {
    const repo = tempRepo();
    repo.write('placeholder.txt', 'x\n');
    const base = repo.commit('base');
    for (const file of ['a.ts', 'b.tsx', 'c.mts', 'd.cts', 'e.js', 'f.jsx', 'g.mjs', 'h.cjs', 'types.d.ts', 'm.d.mts', 'style.css', 'data.json']) {
      repo.write(file, `// ${file}\n`);
    }
    const head = repo.commit('head');
    const files = await listChangedFiles(await openRepository(repo.root), { base, head, staged: false });
    expect(files.map((file) => file.path)).toEqual(['a.ts', 'b.tsx', 'c.mts', 'd.cts', 'e.js', 'f.jsx', 'g.mjs', 'h.cjs', 'm.d.mts', 'types.d.ts']);
  });

  it('keeps a rename when only one side is a source file', async () => {
    const repo = tempRepo();
    repo.write('script.txt', body('s'));
    const base = repo.commit('base');
    repo.rename('script.txt', 'script.js');
    const head = repo.commit('head');
    const files = await listChangedFiles(await openRepository(repo.root), { base, head, staged: false });
    expect(files).toEqual([{ status: 'renamed', path: 'script.js', oldPath: 'script.txt', similarity: 100 }]);
  });

  it('keeps paths with spaces, quotes and non-ASCII characters verbatim', async () => {
    const repo = tempRepo();
    repo.write('x.txt', 'x\n');
    const base = repo.commit('base');
    repo.write('dir with space/ünï "q".ts', 'export {};\n');
    const head = repo.commit('head');
    const files = await listChangedFiles(await openRepository(repo.root), { base, head, staged: false });
    expect(files).toEqual([{ status: 'added', path: 'dir with space/ünï "q".ts', oldPath: null }]);
  });

  it('lists staged changes only, with the index as head', async () => {
    const repo = tempRepo();
    repo.write('a.ts', body('a'));
    repo.write('b.ts', body('b'));
    repo.commit('base');
    repo.write('a.ts', body('a') + '// staged\n');
    repo.git('add', 'a.ts');
    repo.write('b.ts', body('b') + '// not staged\n');
    const opened = await openRepository(repo.root);
    const files = await listChangedFiles(opened, await resolveRevisions(opened, { staged: true }));
    expect(files).toEqual([{ status: 'modified', path: 'a.ts', oldPath: 'a.ts' }]);
  });

  it('lists staged files of a repository without commits as added', async () => {
    const repo = tempRepo();
    repo.write('a.ts', 'export {};\n');
    repo.git('add', 'a.ts');
    const opened = await openRepository(repo.root);
    const files = await listChangedFiles(opened, await resolveRevisions(opened, { staged: true }));
    expect(files).toEqual([{ status: 'added', path: 'a.ts', oldPath: null }]);
  });
});

describe('parseNameStatus', () => {
  it('reads every status letter git prints', () => {
    const output = ['A', 'a.ts', 'M', 'b.ts', 'D', 'c.ts', 'T', 'd.ts', 'R087', 'e.ts', 'f.ts', 'C100', 'g.ts', 'h.ts', 'U', 'i.ts', ''].join('\0');
    expect(parseNameStatus(output)).toEqual([
      { status: 'added', path: 'a.ts', oldPath: null },
      { status: 'modified', path: 'b.ts', oldPath: 'b.ts' },
      { status: 'deleted', path: 'c.ts', oldPath: 'c.ts' },
      { status: 'modified', path: 'd.ts', oldPath: 'd.ts' },
      { status: 'renamed', path: 'f.ts', oldPath: 'e.ts', similarity: 87 },
      { status: 'copied', path: 'h.ts', oldPath: 'g.ts', similarity: 100 },
    ]);
  });
});
