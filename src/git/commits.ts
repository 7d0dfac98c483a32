/**
 * The commits of the change and who touched which line: the raw material for origin
 * (ai-assisted or human) and for pointing a finding at the commits that introduced it.
 */
import { GitError } from '../errors.js';
import type { Repository } from './repository.js';
import { EMPTY_TREE, type Revisions } from './revisions.js';

export interface RawCommit {
  sha: string;
  subject: string;
  body: string;
  authorName: string;
  authorEmail: string;
  committerName: string;
  committerEmail: string;
  /** As git parses them from the message's last paragraph, continuation lines unfolded. */
  trailers: { key: string; value: string }[];
  /** The note under refs/notes/ai, '' if none. */
  notes: string;
}

export const AI_NOTES_REF = 'refs/notes/ai';

// NUL cannot occur in any of these fields, so it separates them unambiguously.
const LOG_FIELDS = ['%H', '%s', '%b', '%an', '%ae', '%cn', '%ce', '%(trailers:only,unfold)', '%N'];

export async function listCommits(repo: Repository, revs: Revisions): Promise<RawCommit[]> {
  if (revs.head === 'INDEX') return [];
  const range = revs.base === EMPTY_TREE ? [revs.head] : [`${revs.base}..${revs.head}`];
  const stdout = await repo.run([
    'log',
    '-z',
    '--reverse',
    '--no-color',
    '--no-show-signature', // log.showSignature would mix gpg output into stdout
    '--encoding=UTF-8',
    `--notes=${AI_NOTES_REF}`, // a missing notes ref is only a warning: every %N is empty
    `--format=${LOG_FIELDS.join('%x00')}`,
    ...range,
    '--',
  ]);
  return parseLog(stdout);
}

/** `-z` ends each record with NUL too, so the fields form one flat NUL-separated list. */
export function parseLog(output: string): RawCommit[] {
  const fields = output.split('\0');
  const commits: RawCommit[] = [];
  for (let i = 0; i + LOG_FIELDS.length <= fields.length; i += LOG_FIELDS.length) {
    const [sha, subject, body, authorName, authorEmail, committerName, committerEmail, trailers, notes] = fields.slice(i, i + LOG_FIELDS.length) as string[] as [
      string, string, string, string, string, string, string, string, string,
    ];
    if (!/^[0-9a-f]{40,64}$/.test(sha)) continue;
    commits.push({
      sha,
      subject,
      body: body.trimEnd(),
      authorName,
      authorEmail,
      committerName,
      committerEmail,
      trailers: parseTrailerLines(trailers),
      notes: notes.trim(),
    });
  }
  return commits;
}

/** `%(trailers:only,unfold)` prints one `Key: value` per line. */
function parseTrailerLines(text: string): { key: string; value: string }[] {
  const trailers: { key: string; value: string }[] = [];
  for (const line of text.split('\n')) {
    const separator = line.indexOf(':');
    if (separator <= 0) continue;
    trailers.push({ key: line.slice(0, separator).trim(), value: line.slice(separator + 1).trim() });
  }
  return trailers;
}

/**
 * For each asked head-side line, the commit in base..head that last touched it. Lines that are
 * older than base (git's boundary commit) or past the end of the file are left out.
 */
/** Line numbers worth asking git about: positive integers, once each, in order. */
function wantedLines(lines: number[]): number[] {
  return [...new Set(lines.filter((line) => Number.isInteger(line) && line > 0))].sort((a, b) => a - b);
}

export async function blameLines(repo: Repository, revs: Revisions, path: string, lines: number[]): Promise<Map<number, string>> {
  if (revs.head === 'INDEX') return new Map();
  let wanted = wantedLines(lines);
  // A second try only when git refuses a range past the end of the file (it says how long it is).
  for (let attempt = 0; attempt < 2 && wanted.length > 0; attempt++) {
    const args = [
      'blame',
      '--porcelain',
      '--ignore-revs-file=', // the repository's ignore list would credit lines to other commits
      ...toLineRanges(wanted).flatMap(([start, end]) => ['-L', `${start},${end}`]),
      revs.base === EMPTY_TREE ? revs.head : `${revs.base}..${revs.head}`,
      '--',
      path,
    ];
    try {
      return parseBlamePorcelain(await repo.run(args), new Set(wanted));
    } catch (error) {
      const message = error instanceof GitError ? error.message : '';
      if (/no such path/.test(message)) return new Map();
      const length = /has only (\d+) lines?/.exec(message);
      if (!length) throw error;
      wanted = wanted.filter((line) => line <= Number(length[1]));
    }
  }
  return new Map();
}

/**
 * For each asked base-side line that head no longer has, the commit in base..head that removed
 * it. Reverse blame names the last commit that still had the line; its `previous` is the commit
 * after it, the one that dropped the line. Lines still in head have no `previous`: left out.
 */
export async function removingCommits(repo: Repository, revs: Revisions, path: string, lines: number[]): Promise<Map<number, string>> {
  if (revs.head === 'INDEX' || revs.base === EMPTY_TREE) return new Map();
  const wanted = wantedLines(lines);
  if (wanted.length === 0) return new Map();
  const ranges = toLineRanges(wanted).flatMap(([start, end]) => ['-L', `${start},${end}`]);
  try {
    const output = await repo.run(['blame', '--reverse', '--porcelain', '--ignore-revs-file=', ...ranges, `${revs.base}..${revs.head}`, '--', path]);
    return parseReverseBlamePorcelain(output, new Set(wanted));
  } catch (error) {
    // A path base lacks, or a line past its end: nothing to name.
    if (error instanceof GitError && /no such path|has only \d+ lines?/.test(error.message)) return new Map();
    throw error;
  }
}

/** As parseBlamePorcelain, but each line maps to its commit's `previous`: the one that removed it. */
export function parseReverseBlamePorcelain(output: string, wanted: Set<number>): Map<number, string> {
  const removedBy = new Map<string, string>();
  const lineCommit: Array<[number, string]> = [];
  let currentSha = '';
  for (const line of output.split('\n')) {
    if (line.startsWith('\t')) continue;
    const header = /^([0-9a-f]{40,64}) \d+ (\d+)(?: \d+)?$/.exec(line);
    const previous = /^previous ([0-9a-f]{40,64}) /.exec(line);
    if (header) {
      currentSha = header[1] as string;
      lineCommit.push([Number(header[2]), currentSha]);
    } else if (previous) {
      removedBy.set(currentSha, previous[1] as string);
    }
  }
  const result = new Map<number, string>();
  for (const [line, sha] of lineCommit) {
    const remover = removedBy.get(sha);
    if (wanted.has(line) && remover) result.set(line, remover);
  }
  return result;
}

/** [start, end] pairs covering sorted, distinct lines. */
function toLineRanges(sortedLines: number[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const line of sortedLines) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === line - 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}

/**
 * Each line of output has a `<sha> <orig> <final>[ <count>]` header; commit details, including
 * `boundary`, come only the first time a commit appears, so the boundary set is kept across lines.
 */
export function parseBlamePorcelain(output: string, wanted: Set<number>): Map<number, string> {
  const boundary = new Set<string>();
  const lineCommit: Array<[number, string]> = [];
  let currentSha = '';
  for (const line of output.split('\n')) {
    if (line.startsWith('\t')) continue; // the line's content
    const header = /^([0-9a-f]{40,64}) \d+ (\d+)(?: \d+)?$/.exec(line);
    if (header) {
      currentSha = header[1] as string;
      lineCommit.push([Number(header[2]), currentSha]);
    } else if (line === 'boundary') {
      boundary.add(currentSha);
    }
  }
  const result = new Map<number, string>();
  for (const [line, sha] of lineCommit) {
    if (wanted.has(line) && !boundary.has(sha)) result.set(line, sha);
  }
  return result;
}

/** A line `git grep` found, with its file. */
export interface GrepLine {
  path: string;
  text: string;
}

/**
 * Files at `rev` that contain any of `needles` (fixed strings). `pathspecs` are git pathspecs, so
 * globs like `*.ts` work; the result is sorted and has no `<rev>:` prefix.
 */
export async function grepFiles(repo: Repository, rev: string | 'INDEX', needles: string[], pathspecs: string[] = [], opts: { signal?: AbortSignal } = {}): Promise<string[]> {
  if (needles.length === 0) return [];
  const files = new Set<string>();
  const target = grepTarget(rev);
  // Chunked only to stay under the OS command-line limit; usually one process.
  for (const chunk of chunkByBytes(pathspecs, 100_000)) {
    const args = ['grep', '-l', '-z', '-F', '--no-color', '--full-name', ...needles.flatMap((n) => ['-e', n]), ...target.args, '--', ...chunk];
    const stdout = await repo.run(args, { allowedExitCodes: [0, 1], ...(opts.signal ? { signal: opts.signal } : {}) });
    for (const name of stdout.split('\0')) if (name !== '') files.add(target.path(name));
  }
  return [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The lines at `rev` that contain any of `needles` (fixed strings, one `git grep`), with their
 * files. `pathspecs` are git pathspecs, so globs like `*.ts` work; paths have no `<rev>:` prefix.
 * Sorted by file, then line.
 */
export function grepLines(repo: Repository, rev: string | 'INDEX', needles: string[], pathspecs: string[] = [], opts: { signal?: AbortSignal } = {}): Promise<GrepLine[]> {
  if (needles.length === 0) return Promise.resolve([]);
  return grepMatching(repo, rev, needles.flatMap((n) => ['-e', n]), pathspecs, opts);
}

/**
 * The lines at `rev` that have `word` and one of `needles` as whole words (fixed strings, one
 * `git grep`), with their files: `class RedisStore implements SessionStore` for `implements` and
 * `SessionStore`. Sorted by file, then line.
 */
export function grepWordLines(repo: Repository, rev: string | 'INDEX', word: string, needles: string[], pathspecs: string[] = []): Promise<GrepLine[]> {
  if (needles.length === 0) return Promise.resolve([]);
  return grepMatching(repo, rev, ['-w', '-e', word, '--and', '(', ...needles.flatMap((n) => ['-e', n]), ')'], pathspecs, {});
}

async function grepMatching(repo: Repository, rev: string | 'INDEX', patternArgs: string[], pathspecs: string[], opts: { signal?: AbortSignal }): Promise<GrepLine[]> {
  const out: GrepLine[] = [];
  const target = grepTarget(rev);
  // Chunked only to stay under the OS command-line limit; usually one process.
  for (const chunk of chunkByBytes(pathspecs, 100_000)) {
    const args = ['grep', '-z', '-F', '--no-color', '--full-name', ...patternArgs, ...target.args, '--', ...chunk];
    const stdout = await repo.run(args, { allowedExitCodes: [0, 1], ...(opts.signal ? { signal: opts.signal } : {}) });
    // `<rev>:<path>\0<text>\n` per line (-z ends the name with a NUL); "Binary file ... matches" has none.
    for (const line of stdout.split('\n')) {
      const cut = line.indexOf('\0');
      if (cut < 0) continue;
      out.push({ path: target.path(line.slice(0, cut)), text: line.slice(cut + 1) });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** What git grep searches (a revision, or the index for INDEX), and a file name it prints as a repository path. */
function grepTarget(rev: string | 'INDEX'): { args: string[]; path: (name: string) => string } {
  if (rev === 'INDEX') return { args: ['--cached'], path: (name) => name };
  const prefix = `${rev}:`;
  return { args: [rev], path: (name) => (name.startsWith(prefix) ? name.slice(prefix.length) : name) };
}

/** At least one chunk, so an empty pathspec list still searches everything once. */
function chunkByBytes(items: string[], maxBytes: number): string[][] {
  const chunks: string[][] = [[]];
  let bytes = 0;
  for (const item of items) {
    const size = Buffer.byteLength(item) + 1;
    const current = chunks[chunks.length - 1] as string[];
    if (current.length > 0 && bytes + size > maxBytes) {
      chunks.push([item]);
      bytes = size;
    } else {
      current.push(item);
      bytes += size;
    }
  }
  return chunks;
}
