/**
 * Callers in files the change did not touch: untouched files that import the changed ones,
 * directly or through barrels and other untouched modules (a few levels), so a loop that calls a
 * changed helper is seen wherever it is. Found by import-shaped fixed-string searches (`git grep`)
 * and by resolving the specifiers they find, without parsing a candidate; bounded, so that the
 * cost follows the change (src/engine.ts says when a bound was met).
 */
import { grepFiles, grepLines, type GrepLine } from '../git/commits.js';
import type { ChangedFile } from '../git/changes.js';
import type { Repository } from '../git/repository.js';
import type { Revisions } from '../git/revisions.js';
import { formatMultiplicity, multiplicityOf } from './multiplicity.js';
import { own } from './own.js';
import { importSpecifiers, type RevisionFiles, type Workspace } from './workspace.js';

/** What git grep searches for source files. */
export const SOURCE_GLOBS = ['*.ts', '*.tsx', '*.mts', '*.cts', '*.js', '*.jsx', '*.mjs', '*.cjs'];
/** Callers are looked for up to this many files and levels, to keep the cost bounded by the change. */
export const MAX_IMPORTERS = 400;
const IMPORTER_DEPTH = 3;
/** The specifiers of files whose lines name a changed module are resolved (the files are not parsed); a cap keeps that bounded too. */
export const MAX_CANDIDATES = 5000;
/** A longer line is minified code, not an import someone wrote. */
const MAX_IMPORT_LINE = 1000;
/** Up to this many needles (five per module: about twenty modules), the search prints lines; past it, files (see searchImporters). */
const MAX_LINE_SEARCH_NEEDLES = 100;

/** What a search for importers found: the lines that may import a target, or (for many targets) only their files. */
export type ImporterSearch = { lines: GrepLine[] } | { files: string[] };

/**
 * Files of the head revision that may import one of these: import-shaped fixed strings of their
 * names (`/discounts'`, `/discounts"`, `/discounts.js`, `'discounts'` for a baseUrl import), one
 * `git grep`, git's fastest search. For a few targets it prints the lines, whose specifiers are
 * all that is needed; for more only the files, whose texts are then read (git stops at a file's
 * first match: printing every line that matches one of a thousand names cost it four times as
 * much on typeorm's 1,888-file range, 2.4 s against 0.6 s).
 */
export function searchImporters(repo: Repository, revs: Revisions, targets: Iterable<string>, signal?: AbortSignal): Promise<ImporterSearch> {
  const needles = new Set<string>();
  for (const t of targets) {
    const stem = searchableStem(t);
    if (stem === undefined) continue;
    for (const q of [`'`, `"`, '.']) needles.add(`/${stem}${q}`);
    needles.add(`'${stem}'`).add(`"${stem}"`);
    // A directory's index is imported by the directory's name, or by its own (`./rates/index`).
    if (/(^|\/)index\.[^/]+$/.test(t)) needles.add(`/${stem}/index`);
  }
  const opts = signal ? { signal } : {};
  if (needles.size <= MAX_LINE_SEARCH_NEEDLES) return grepLines(repo, revs.head, [...needles], SOURCE_GLOBS, opts).then((lines) => ({ lines }));
  return grepFiles(repo, revs.head, [...needles], SOURCE_GLOBS, opts).then((files) => ({ files }));
}

/**
 * Untouched files that import the changed ones, directly or through barrels and other untouched
 * modules (a few levels), so a loop that calls a changed helper is seen wherever it is. Only
 * changed files whose functions now reach different I/O (or exported constants with other values)
 * are followed: the others cannot change what their callers do. A candidate is an importer when
 * one of its specifiers that names a target's module resolves to the target; none is parsed.
 */
export async function findImporters(repo: Repository, revs: Revisions, workspace: Workspace, focus: ChangedFile[], isInScope: (p: string) => boolean, firstSearch: Promise<ImporterSearch>, firstSearchAbort: AbortController, budget: { capped: boolean }): Promise<string[]> {
  let targets = new Set(focus.filter((f) => f.status !== 'deleted' && f.status !== 'added' && (ioChanged(workspace, f) || exportedConstantsChanged(workspace, f))).map((f) => f.path));
  // Nothing a caller could see changed: the search started early is not needed.
  if (targets.size === 0) {
    firstSearchAbort.abort();
    return [];
  }
  const focusPaths = new Set(focus.map((f) => f.path));
  const found: string[] = [];
  const isFound = new Set<string>();
  // A file the search names may import a target of a later level (through a barrel): it stays a candidate.
  const candidate = (path: string) => !focusPaths.has(path) && !isFound.has(path) && workspace.base.files.has(path) && isInScope(path);
  for (let level = 0; level < IMPORTER_DEPTH && targets.size > 0 && found.length < MAX_IMPORTERS; level++) {
    const search = await (level === 0 ? firstSearch : searchImporters(repo, revs, targets));
    const specifiers = 'lines' in search ? specifiersOnLines(search.lines, candidate) : await workspace.importSpecifiersIn('head', search.files.filter(candidate));
    // Only the specifiers that name a target's module are resolved.
    const stems = stemsOf(targets);
    const candidates = new Map<string, string[]>();
    for (const [path, specs] of specifiers) {
      const naming = specs.filter((spec) => namesStem(spec, stems));
      if (naming.length === 0) continue;
      if (candidates.size === MAX_CANDIDATES) {
        budget.capped = true;
        break;
      }
      candidates.set(path, naming);
    }
    if (candidates.size === 0) break;
    const importers = await workspace.filterImporters('head', candidates, targets);
    // An untouched caller matters only through its calls into the changed files: its own imports need no loading.
    if (importers.length) await workspace.load({ base: importers, head: importers });
    const room = importers.slice(0, MAX_IMPORTERS - found.length);
    if (room.length < importers.length) budget.capped = true;
    room.forEach((p) => isFound.add(p));
    found.push(...room);
    targets = new Set(room);
  }
  return found;
}

/** The import specifiers on the lines of each file. */
function specifiersOnLines(lines: GrepLine[], wanted: (path: string) => boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of lines) {
    if (line.text.length > MAX_IMPORT_LINE) continue;
    const known = out.get(line.path);
    if (known) known.push(...importSpecifiers(line.text));
    else if (wanted(line.path)) out.set(line.path, importSpecifiers(line.text));
  }
  return out;
}

/** The names imports of these files contain (those worth a search). */
function stemsOf(paths: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const p of paths) {
    const stem = searchableStem(p);
    if (stem !== undefined) out.add(stem);
  }
  return out;
}

/** A file's stem, if it is worth a search: two characters or more (a shorter one names anything). */
function searchableStem(path: string): string | undefined {
  const stem = moduleStem(path);
  return stem.length >= 2 ? stem : undefined;
}

/** Whether a specifier's last segment is one of the stems, with or without extensions: `../discounts`, `./discounts.js`, `'discounts'`, `./lib/index` for `lib`. */
function namesStem(spec: string, stems: ReadonlySet<string>): boolean {
  const path = spec.replace(/\/index(\.[\w.]+)?$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  for (let dot = last.indexOf('.'); dot > 0; dot = last.indexOf('.', dot + 1)) if (stems.has(last.slice(0, dot))) return true;
  return stems.has(last);
}

/** The name an import of this file contains: `discounts` for src/discounts.ts, `lib` for src/lib/index.ts. */
function moduleStem(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  return file === 'index' ? path.split('/').slice(-2, -1)[0] ?? file : file;
}

/** Whether a changed file exports constants with other values (`HTTP_TIMEOUT_MS` in config.ts): their readers may now differ. */
function exportedConstantsChanged(workspace: Workspace, file: ChangedFile): boolean {
  const exported = (files: RevisionFiles, path: string) => {
    const facts = files.facts(path);
    if (!facts) return '';
    const out: string[] = [];
    for (const [name, local] of Object.entries(facts.exportLocals)) {
      const val = own(facts.constants, local);
      if (val) out.push(`${name}=${JSON.stringify(val, (k, v) => (k === 'line' ? undefined : v))}`);
    }
    return out.sort().join('\n');
  };
  return exported(workspace.base, file.oldPath ?? file.path) !== exported(workspace.head, file.path);
}

/** Whether some function of a changed file reaches different I/O (keys or multiplicities) in head. */
function ioChanged(workspace: Workspace, file: ChangedFile): boolean {
  const signature = (files: RevisionFiles, path: string) => {
    const summaries = files.model.summaries;
    const out: string[] = [];
    for (const fn of files.facts(path)?.functions ?? []) {
      for (const p of summaries.of(path, fn.id)) out.push(`${fn.id}|${p.effect.key}|${formatMultiplicity(multiplicityOf(p.loops))}`);
    }
    return out.sort().join('\n');
  };
  return signature(workspace.base, file.oldPath ?? file.path) !== signature(workspace.head, file.path);
}
