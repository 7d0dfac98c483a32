import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GitError } from '../../src/errors.js';
import { openRepository } from '../../src/git/repository.js';
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

describe('openRepository', () => {
  it('finds the top level from a subdirectory', async () => {
    const repo = tempRepo();
    repo.write('src/deep/a.ts', 'export {};\n');
    const opened = await openRepository(path.join(repo.root, 'src', 'deep'));
    expect(opened.root).toBe(realpathSync(repo.root));
    expect(opened.isShallow).toBe(false);
  });

  it('rejects a directory outside any work tree with a one-line message naming it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opsdiff-plain-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const error = await openRepository(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect(error).toMatchObject({ code: 'not-a-git-repo' });
    const { message, hint } = error as GitError;
    expect(message).toContain(dir);
    expect(message).not.toContain('\n');
    expect(hint).toBeTruthy();
  });

  it('rejects a path that does not exist', async () => {
    const missing = path.join(tmpdir(), 'opsdiff-does-not-exist-9f2c');
    await expect(openRepository(missing)).rejects.toMatchObject({ code: 'not-a-git-repo', message: expect.stringContaining(missing) });
  });

  it('turns a failing git command into a git-failed GitError naming the command', async () => {
    const repo = await openRepository(tempRepo().root);
    const error = await repo.run(['cat-file', '-p', 'no-such-object']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect(error).toMatchObject({ code: 'git-failed', hint: expect.stringContaining('git cat-file -p no-such-object') });
    expect((error as GitError).message).not.toContain('\n');
  });

  it('accepts exit codes the caller declares as answers', async () => {
    const repo = await openRepository(tempRepo().root);
    await expect(repo.run(['rev-parse', '--verify', '--quiet', 'nope'], { allowedExitCodes: [0, 1] })).resolves.toBe('');
  });

  it('says so when git itself cannot be found', async () => {
    const repo = tempRepo();
    vi.stubEnv('PATH', '');
    await expect(openRepository(repo.root)).rejects.toMatchObject({ code: 'git-failed', message: 'git is not installed or not on PATH' });
  });
});
