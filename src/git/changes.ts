/**
 * Which source files the change touches, with renames paired, from one `git diff --name-status`.
 */
import type { Repository } from './repository.js';
import type { Revisions } from './revisions.js';

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

export interface ChangedFile {
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'copied';
  /** Head-side path; for a deleted file, its base path. */
  path: string;
  /** Base-side path; null when added. */
  oldPath: string | null;
  /** Rename/copy similarity in percent, as git scored it. */
  similarity?: number;
}

/** True for a JS/TS path (declaration files included: the scope leaves them out, and says so). */
export function isSourcePath(path: string): boolean {
  const lower = path.toLowerCase();
  return SOURCE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

export async function listChangedFiles(repo: Repository, revs: Revisions): Promise<ChangedFile[]> {
  const stdout = await repo.run(diffArgs(revs));
  return parseNameStatus(stdout)
    .filter((file) => isSourcePath(file.path) || (file.oldPath !== null && isSourcePath(file.oldPath)))
    .sort((a, b) => compareStrings(a.path, b.path));
}

function diffArgs(revs: Revisions): string[] {
  // Pin what user config could change (rename detection, external diff drivers); submodules are not source.
  const common = ['--name-status', '-z', '-M', '--no-ext-diff', '--ignore-submodules=all'];
  return revs.head === 'INDEX' ? ['diff', '--cached', ...common, revs.base, '--'] : ['diff', ...common, revs.base, revs.head, '--'];
}

/** Parses `git diff --name-status -z`: `<status>\0<path>\0` or `<R|C><score>\0<old>\0<new>\0`. */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0');
  const files: ChangedFile[] = [];
  let index = 0;
  while (index < fields.length) {
    const status = fields[index++];
    if (!status) continue;
    const letter = status[0];
    if (letter === 'R' || letter === 'C') {
      const oldPath = fields[index++] ?? '';
      const newPath = fields[index++] ?? '';
      const similarity = Number.parseInt(status.slice(1), 10);
      files.push({
        status: letter === 'R' ? 'renamed' : 'copied',
        path: newPath,
        oldPath,
        ...(Number.isNaN(similarity) ? {} : { similarity }),
      });
      continue;
    }
    const path = fields[index++] ?? '';
    switch (letter) {
      case 'A':
        files.push({ status: 'added', path, oldPath: null });
        break;
      case 'D':
        files.push({ status: 'deleted', path, oldPath: path });
        break;
      case 'M':
      case 'T': // a type change (e.g. symlink -> file) still has both sides to compare
        files.push({ status: 'modified', path, oldPath: path });
        break;
      default:
        // 'U' (unmerged) has no stage-0 content to analyze; 'X'/'B' do not occur without -B.
        break;
    }
  }
  return files;
}

/** Code-unit order, so the result does not depend on the process locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
