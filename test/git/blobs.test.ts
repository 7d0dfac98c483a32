import { afterEach, describe, expect, it } from 'vitest';
import { GitError } from '../../src/errors.js';
import { BlobStore } from '../../src/git/blobs.js';
import { openRepository, type Repository } from '../../src/git/repository.js';
import { EMPTY_TREE } from '../../src/git/revisions.js';
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

async function openStore(repo: Repository, maxBytes?: number): Promise<BlobStore> {
  const store = BlobStore.open(repo, maxBytes === undefined ? {} : { maxBytes });
  cleanups.push(() => store.close());
  return store;
}

/** Any blob id (SHA-1 or SHA-256). */
const OID = expect.stringMatching(/^[0-9a-f]{40}([0-9a-f]{24})?$/);

describe('BlobStore', () => {
  it('reads text at a revision and in the index', async () => {
    const repo = tempRepo();
    repo.write('src/a.ts', 'export const a = 1;\n');
    const first = repo.commit('one');
    repo.write('src/a.ts', 'export const a = 2;\n');
    repo.git('add', 'src/a.ts');
    repo.write('src/a.ts', 'export const a = 3; // work tree only\n');
    const store = await openStore(await openRepository(repo.root));
    // The blob's id comes with its text (the facts cache is keyed by it): git's own, at the revision and in the index.
    expect(await store.read(first, 'src/a.ts')).toEqual({ kind: 'text', text: 'export const a = 1;\n', oid: repo.git('rev-parse', `${first}:src/a.ts`) });
    expect(await store.read('INDEX', 'src/a.ts')).toEqual({ kind: 'text', text: 'export const a = 2;\n', oid: repo.git('rev-parse', ':0:src/a.ts') });
  });

  it('returns null for a path missing at the revision, a directory, and an unknown revision', async () => {
    const repo = tempRepo();
    repo.write('src/a.ts', 'a\n');
    const head = repo.commit('one');
    const store = await openStore(await openRepository(repo.root));
    expect(await store.read(head, 'src/missing.ts')).toBeNull();
    expect(await store.read(head, 'src')).toBeNull();
    expect(await store.read('INDEX', 'nope.ts')).toBeNull();
    expect(await store.read('0000000000000000000000000000000000000000', 'src/a.ts')).toBeNull();
    // The store keeps working after misses.
    expect(await store.read(head, 'src/a.ts')).toEqual({ kind: 'text', text: 'a\n', oid: OID });
  });

  it('finds nothing in the empty tree, the base of --staged before the first commit', async () => {
    const repo = tempRepo();
    repo.write('a.ts', 'a\n');
    repo.git('add', 'a.ts');
    const store = await openStore(await openRepository(repo.root));
    expect(await store.read(EMPTY_TREE, 'a.ts')).toBeNull();
    expect(await store.read('INDEX', 'a.ts')).toEqual({ kind: 'text', text: 'a\n', oid: OID });
  });

  it('reports binary content and oversized blobs, and keeps the stream in step after them', async () => {
    const repo = tempRepo();
    repo.write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    repo.write('big.js', `${'x'.repeat(5000)}\n`);
    repo.write('small.ts', 'small\n');
    repo.write('empty.ts', '');
    const head = repo.commit('one');
    const store = await openStore(await openRepository(repo.root), 1000);
    const [image, big, small, empty] = await Promise.all([
      store.read(head, 'image.png'),
      store.read(head, 'big.js'),
      store.read(head, 'small.ts'),
      store.read(head, 'empty.ts'),
    ]);
    expect(image).toEqual({ kind: 'binary' });
    expect(big).toEqual({ kind: 'too-large', bytes: 5001 });
    expect(small).toEqual({ kind: 'text', text: 'small\n', oid: OID });
    expect(empty).toEqual({ kind: 'text', text: '', oid: OID });
  });

  it('decodes UTF-8, strips a byte-order mark and keeps CRLF', async () => {
    const repo = tempRepo();
    repo.write('bom.ts', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('const s = "ünï 日本";\r\n')]));
    const head = repo.commit('one');
    const store = await openStore(await openRepository(repo.root));
    expect(await store.read(head, 'bom.ts')).toEqual({ kind: 'text', text: 'const s = "ünï 日本";\r\n', oid: OID });
  });

  it('reads names with spaces, colons and newlines', async () => {
    const repo = tempRepo();
    repo.write('dir with space/1:odd.ts', 'colon\n');
    repo.write('line\nbreak.ts', 'newline\n');
    const head = repo.commit('one');
    const store = await openStore(await openRepository(repo.root));
    expect(await store.read(head, 'dir with space/1:odd.ts')).toEqual({ kind: 'text', text: 'colon\n', oid: OID });
    expect(await store.read('INDEX', 'dir with space/1:odd.ts')).toEqual({ kind: 'text', text: 'colon\n', oid: OID });
    expect(await store.read(head, 'line\nbreak.ts')).toEqual({ kind: 'text', text: 'newline\n', oid: OID });
    expect(await store.read('INDEX', 'line\nbreak.ts')).toEqual({ kind: 'text', text: 'newline\n', oid: OID });
    expect(await store.read(head, 'no\nsuch.ts')).toBeNull();
  });

  it('answers 1,000 concurrent reads correctly, each with its own content (speed is for npm run bench)', async () => {
    const repo = tempRepo();
    const count = 500;
    // Sizes vary so that objects straddle pipe chunks and many small ones share a chunk.
    const contentAt = (i: number, side: string): string => `// ${side} ${i}\n${'y'.repeat((i * 37) % 3000)}\nexport const v${i} = ${i};\n`;
    for (let i = 0; i < count; i++) repo.write(`src/f${i}.ts`, contentAt(i, 'base'));
    const base = repo.commit('base');
    for (let i = 0; i < count; i++) repo.write(`src/f${i}.ts`, contentAt(i, 'head'));
    const head = repo.commit('head');
    const store = await openStore(await openRepository(repo.root));

    const reads = [];
    for (let i = 0; i < count; i++) reads.push(store.read(base, `src/f${i}.ts`), store.read(head, `src/f${i}.ts`));
    const blobs = await Promise.all(reads);

    for (let i = 0; i < count; i++) {
      expect(blobs[2 * i]).toEqual({ kind: 'text', text: contentAt(i, 'base'), oid: OID });
      expect(blobs[2 * i + 1]).toEqual({ kind: 'text', text: contentAt(i, 'head'), oid: OID });
    }
  });

  it('rejects pending and later reads with a GitError when git dies', async () => {
    const repo = tempRepo();
    repo.write('a.ts', 'a\n');
    repo.commit('one');
    const store = await openStore(await openRepository(repo.root));
    // Reach the child only to kill it: the failure path is otherwise hard to provoke.
    const child = (store as unknown as { child: { kill(signal: string): boolean } }).child;
    const pending = store.read('HEAD', 'a.ts');
    child.kill('SIGKILL');
    const error = await pending.then(
      () => undefined,
      (e: unknown) => e,
    );
    // The read may have been answered before the kill landed; if not, it must be a GitError.
    if (error !== undefined) expect(error).toBeInstanceOf(GitError);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(store.read('HEAD', 'a.ts')).rejects.toMatchObject({ code: 'git-failed' });
  });

  it('finishes reads issued before close()', async () => {
    const repo = tempRepo();
    repo.write('a.ts', 'a\n');
    const head = repo.commit('one');
    const store = BlobStore.open(await openRepository(repo.root));
    const pending = store.read(head, 'a.ts');
    store.close();
    expect(await pending).toEqual({ kind: 'text', text: 'a\n', oid: OID });
    await expect(store.read(head, 'a.ts')).rejects.toBeInstanceOf(GitError);
  });
});
