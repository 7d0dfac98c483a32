/**
 * Which lines changed, per file: one `git diff -U0` for all files, parsed from its headers.
 * With no context lines, a hunk header alone says exactly which lines were removed and added.
 */
import type { ChangedFile } from './changes.js';
import type { Repository } from './repository.js';
import type { Revisions } from './revisions.js';

/** Inclusive, 1-based. */
export interface LineRange {
  start: number;
  end: number;
}

export interface FileHunks {
  /** Head-side lines added or modified, ascending. */
  added: LineRange[];
  /** Base-side lines removed or modified, ascending. */
  removed: LineRange[];
  /** Head-side lines after which base lines were removed with nothing added in their place (an argument deleted), ascending; absent when none. */
  deletedAfter?: number[];
}

// Above this many bytes of pathspecs, a command line risks the OS limit (about 32 KB on Windows).
const MAX_PATHSPEC_BYTES = process.platform === 'win32' ? 24_000 : 200_000;

/** Both sides of every file, so that renames stay paired inside the pathspec. */
export function pathsOf(files: readonly ChangedFile[]): string[] {
  const paths = new Set<string>();
  for (const file of files) {
    paths.add(file.path);
    if (file.oldPath !== null) paths.add(file.oldPath);
  }
  return [...paths];
}

/**
 * Keyed by head path (base path for a deleted file). Pass both sides of renames in `paths`
 * (see `pathsOf`); a rename whose old path is missing from `paths` shows up as an addition.
 */
export async function diffHunks(repo: Repository, revs: Revisions, paths: string[]): Promise<Map<string, FileHunks>> {
  if (paths.length === 0) return new Map();
  const args = [
    'diff',
    '-U0',
    '-M',
    '--no-color',
    '--no-ext-diff',
    // textconv would change line numbers; inter-hunk context would merge hunks with context lines.
    '--no-textconv',
    '--inter-hunk-context=0',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--ignore-submodules=all',
    ...(revs.head === 'INDEX' ? ['--cached', revs.base] : [revs.base, revs.head]),
    '--',
    ...pathspecsFor(paths),
  ];
  const requested = new Set(paths);
  const hunks = parseUnifiedDiff(await repo.run(args));
  for (const [key, file] of hunks) {
    // The wide pathspec fallback also matches files nobody asked for.
    if (!requested.has(key) && !(file.oldPath !== null && requested.has(file.oldPath))) hunks.delete(key);
  }
  return new Map([...hunks].map(([key, file]) => [key, { added: file.added, removed: file.removed, ...(file.deletedAfter ? { deletedAfter: file.deletedAfter } : {}) }]));
}

/**
 * git diff has no --pathspec-from-file (only add/commit/reset and friends do), so a list too long
 * for one command line is widened to its extensions; diffHunks then filters the output.
 */
function pathspecsFor(paths: string[]): string[] {
  const literal = paths.map((path) => `:(literal)${path}`);
  const bytes = literal.reduce((total, spec) => total + Buffer.byteLength(spec) + 1, 0);
  if (bytes <= MAX_PATHSPEC_BYTES) return literal;
  const extensions = new Set<string>();
  for (const path of paths) {
    const match = /\.[^./]+$/.exec(path);
    if (!match) return []; // a name without extension: only the whole diff is sure to include it
    extensions.add(match[0]);
  }
  return [...extensions].map((extension) => `:(glob)**/*${extension}`);
}

/** FileHunks plus the base path, so callers can match a rename by either side. */
export interface ParsedFileDiff extends FileHunks {
  oldPath: string | null;
  newPath: string | null;
}

/** Parses `git diff -U0` output (a/ and b/ prefixes). Keyed by new path, or old path when deleted. */
export function parseUnifiedDiff(patch: string): Map<string, ParsedFileDiff> {
  const files = new Map<string, ParsedFileDiff>();
  let current: ParsedFileDiff | null = null;
  let oldLinesLeft = 0;
  let newLinesLeft = 0;

  const flush = (): void => {
    if (!current) return;
    const key = current.newPath ?? current.oldPath;
    if (key !== null) files.set(key, current);
    current = null;
  };

  for (const line of patch.split('\n')) {
    // Inside a hunk, count lines instead of matching prefixes: a removed line "-- x" reads "--- x".
    if (oldLinesLeft > 0 || newLinesLeft > 0) {
      if (line.startsWith('-')) oldLinesLeft--;
      else if (line.startsWith('+')) newLinesLeft--;
      else if (line.startsWith(' ')) {
        oldLinesLeft--;
        newLinesLeft--;
      }
      continue;
    }
    if (line.startsWith('diff --git ')) {
      flush();
      const [oldPath, newPath] = parseDiffGitPaths(line.slice('diff --git '.length));
      current = { added: [], removed: [], oldPath, newPath };
      continue;
    }
    if (!current) continue;
    if (line.startsWith('@@ ')) {
      const hunk = parseHunkHeader(line);
      if (!hunk) continue;
      if (hunk.oldCount > 0) current.removed.push({ start: hunk.oldStart, end: hunk.oldStart + hunk.oldCount - 1 });
      if (hunk.newCount > 0) current.added.push({ start: hunk.newStart, end: hunk.newStart + hunk.newCount - 1 });
      else if (hunk.oldCount > 0) (current.deletedAfter ??= []).push(hunk.newStart);
      oldLinesLeft = hunk.oldCount;
      newLinesLeft = hunk.newCount;
    } else if (line.startsWith('--- ')) {
      current.oldPath = parseFileHeaderPath(line.slice(4), 'a/');
    } else if (line.startsWith('+++ ')) {
      current.newPath = parseFileHeaderPath(line.slice(4), 'b/');
    } else if (line.startsWith('rename from ') || line.startsWith('copy from ')) {
      current.oldPath = unquotePath(line.slice(line.indexOf(' from ') + 6));
    } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      current.newPath = unquotePath(line.slice(line.indexOf(' to ') + 4));
    } else if (line.startsWith('new file mode ')) {
      current.oldPath = null;
    } else if (line.startsWith('deleted file mode ')) {
      current.newPath = null;
    }
  }
  flush();
  return files;
}

interface HunkHeader {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
}

/** `@@ -a[,b] +c[,d] @@ ...`: an omitted count means 1; a count of 0 means nothing on that side. */
export function parseHunkHeader(line: string): HunkHeader | null {
  const match = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
  if (!match) return null;
  return {
    oldStart: Number(match[1]),
    oldCount: match[2] === undefined ? 1 : Number(match[2]),
    newStart: Number(match[3]),
    newCount: match[4] === undefined ? 1 : Number(match[4]),
  };
}

/** `--- a/path`, `+++ "b/quoted\tpath"` or `/dev/null`; git appends a tab when the name has a space. */
function parseFileHeaderPath(text: string, prefix: string): string | null {
  // A name that really ends in a tab would be quoted, so a bare trailing tab is always git's.
  const raw = text.replace(/\t$/, '');
  if (raw === '/dev/null') return null;
  const path = unquotePath(raw);
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

/**
 * Best effort from `a/x b/y`, which is ambiguous when names contain " b/"; the `---`/`+++` and
 * `rename` lines that follow override it, so it only decides for mode-only and binary changes.
 */
function parseDiffGitPaths(text: string): [string | null, string | null] {
  let oldRaw: string;
  let newRaw: string;
  if (text.startsWith('"')) {
    const end = quotedEnd(text);
    oldRaw = text.slice(0, end);
    newRaw = text.slice(end + 1);
  } else if (text.endsWith('"')) {
    const start = text.lastIndexOf(' "');
    oldRaw = text.slice(0, start);
    newRaw = text.slice(start + 1);
  } else {
    // Same name on both sides is the common case: "a/P b/P".
    const half = (text.length - 1) / 2;
    if (Number.isInteger(half) && text.slice(2, half) === text.slice(half + 3)) {
      oldRaw = text.slice(0, half);
      newRaw = text.slice(half + 1);
    } else {
      const split = text.indexOf(' b/');
      oldRaw = split < 0 ? text : text.slice(0, split);
      newRaw = split < 0 ? text : text.slice(split + 1);
    }
  }
  const strip = (path: string, prefix: string): string => (path.startsWith(prefix) ? path.slice(prefix.length) : path);
  return [strip(unquotePath(oldRaw), 'a/'), strip(unquotePath(newRaw), 'b/')];
}

/** Index just past the closing quote of a C-quoted string that starts at 0. */
function quotedEnd(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92, '"': 34 };

/** Undoes git's C-style quoting; octal escapes are bytes, so they are decoded as UTF-8 together. */
export function unquotePath(text: string): string {
  if (!(text.length >= 2 && text.startsWith('"') && text.endsWith('"'))) return text;
  const body = text.slice(1, -1);
  const parts: Buffer[] = [];
  let plainStart = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') continue;
    parts.push(Buffer.from(body.slice(plainStart, i), 'utf8'));
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      parts.push(Buffer.of(Number.parseInt(octal[0], 8)));
      i += 3;
    } else {
      const next = body[i + 1] ?? '';
      parts.push(Buffer.of(ESCAPES[next] ?? next.charCodeAt(0)));
      i += 1;
    }
    plainStart = i + 1;
  }
  parts.push(Buffer.from(body.slice(plainStart), 'utf8'));
  return Buffer.concat(parts).toString('utf8');
}

/** Binary search: `ranges` must be ascending and disjoint, as diffHunks returns them. */
export function lineInRanges(line: number, ranges: LineRange[]): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const range = ranges[mid] as LineRange;
    if (line < range.start) high = mid - 1;
    else if (line > range.end) low = mid + 1;
    else return true;
  }
  return false;
}
