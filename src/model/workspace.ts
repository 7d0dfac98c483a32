/**
 * The files both revisions need, read from git and turned into facts once. A file the change
 * did not touch is the same blob in base and head, so its facts are shared. Beyond the changed
 * files, a file is loaded when the analysis asks for it (a call followed into it, a type or a
 * constant read from it): asking notes it as wanted, `loadWanted` loads what was wanted, and the
 * analysis asks again (src/engine.ts). A file that is merely imported is never parsed.
 */
import type { Blob, BlobStore } from '../git/blobs.js';
import type { FileFacts } from './facts/index.js';
import { FactExtractor, type Extracted, type SourceText } from '../parse/extract.js';
import type { FactsCache } from '../parse/cache.js';
import { RevisionModel, type SourceLoader } from './program.js';
import type { Catalog } from '../catalog/index.js';

export type Side = 'base' | 'head';

/** What the analysis wants of a file it loads: all of it, or the values of some of its exports. */
export type Demand = 'all' | ReadonlySet<string>;

/** Both demands at once (`prev` itself when `next` asks nothing new). */
export function mergeDemand(prev: Demand | undefined, next: Demand): Demand {
  if (prev === undefined) return next;
  if (prev === 'all' || next === 'all') return 'all';
  let grown = false;
  for (const n of next) if (!prev.has(n)) grown = true;
  return grown ? new Set([...prev, ...next]) : prev;
}

/** Files per chunk: small enough to overlap reading and parsing, large enough to amortize a message. */
const CHUNK = 96;
/** `extends` chains deeper than this many reads (beyond the first batch) are cut. */
const MAX_CONFIG_ROUNDS = 6;

export class RevisionFiles implements SourceLoader {
  readonly loaded = new Map<string, FileFacts | null>();
  readonly configTexts = new Map<string, string | undefined>();
  readonly model: RevisionModel;
  /** The `yaml` parser, loaded when the revision has a pnpm-workspace.yaml. */
  yaml: ((text: string) => unknown) | undefined;
  /** Files asked for and not loaded, with what was asked of them. */
  readonly wanted = new Map<string, Demand>();
  /** Files read and found, by their text, unable to give these names (a barrel's other files): asked again only for others. */
  readonly cannotGive = new Map<string, Set<string>>();
  /** Interfaces whose implementers were asked for: searched (true) or still wanted (false). */
  readonly interfaces = new Map<string, boolean>();
  misses = 0;
  quiet = false;
  quietMisses = 0;

  constructor(
    readonly rev: string,
    readonly files: ReadonlySet<string>,
    catalog?: Catalog,
  ) {
    this.model = new RevisionModel(this, (path) => this.configTexts.get(path), catalog, (text) => this.yaml?.(text));
  }

  facts(path: string, name?: string): FileFacts | undefined {
    const facts = this.loaded.get(path);
    if (facts !== undefined || !this.files.has(path)) return facts ?? undefined;
    if (name !== undefined && this.cannotGive.get(path)?.has(name)) return undefined;
    if (this.quiet) {
      this.quietMisses++;
      return undefined;
    }
    const prev = this.wanted.get(path);
    const next = mergeDemand(prev, name === undefined ? 'all' : new Set([name]));
    if (next !== prev) this.wanted.set(path, next);
    this.misses++;
    return undefined;
  }

  implementersSought(iface: string): boolean {
    const sought = this.interfaces.get(iface);
    if (sought) return true;
    if (this.quiet) {
      this.quietMisses++;
      return false;
    }
    if (sought === undefined) this.interfaces.set(iface, false);
    this.misses++;
    return false;
  }

  get loadedSize(): number {
    return this.loaded.size;
  }

  *loadedFacts(): Iterable<FileFacts> {
    for (const facts of this.loaded.values()) if (facts) yield facts;
  }
}

export interface WorkspaceOptions {
  workers: boolean;
  catalog?: Catalog;
  /** Facts kept between runs by blob: a file read by an earlier run is not parsed again. */
  cache?: FactsCache;
}

type Job = { side: Side; path: string; shared: boolean; oid?: string };

export class Workspace {
  readonly base: RevisionFiles;
  readonly head: RevisionFiles;
  private readonly extractor: FactExtractor;
  /** Paths whose content differs between base and head (changed files, both names of a rename). */
  private readonly changedPaths: Set<string>;
  /** Files the fact pass failed on through an error of opsdiff's own, with its stack (printed with `--debug`). */
  readonly internalErrors = new Map<string, string>();

  constructor(
    private readonly blobs: BlobStore,
    revs: { base: string; head: string },
    files: { base: ReadonlySet<string>; head: ReadonlySet<string> },
    changedPaths: Iterable<string>,
    private readonly options: WorkspaceOptions,
  ) {
    this.base = new RevisionFiles(revs.base, files.base, options.catalog);
    this.head = new RevisionFiles(revs.head, files.head, options.catalog);
    this.changedPaths = new Set(changedPaths);
    this.extractor = new FactExtractor(options.workers, options.catalog);
  }

  side(side: Side): RevisionFiles {
    return side === 'base' ? this.base : this.head;
  }

  /**
   * Loads the given files on each side (skipping sides where a path does not exist). Returns the
   * files that could not be analyzed, with the reason.
   */
  async load(paths: { base: string[]; head: string[] }): Promise<Map<string, string>> {
    const failures = new Map<string, string>();
    await this.loadBatch(paths, failures);
    return failures;
  }

  /** Whether the analysis asked for a file or a search that is not loaded yet. */
  get wanting(): boolean {
    return [this.base, this.head].some((side) => side.wanted.size > 0 || [...side.interfaces.values()].includes(false));
  }

  /**
   * Loads what the analysis asked for since the last call: the wanted files (a file asked only for
   * some names is parsed only when its text can give one), and the classes that implement the
   * wanted interfaces, found by `findImplementers`. Then the answers that lacked them are forgotten,
   * so the next question finds them. Returns how many files were loaded.
   */
  async loadWanted(findImplementers: (names: string[]) => Promise<string[]>): Promise<number> {
    const before = this.base.loadedSize + this.head.loadedSize;
    const names = new Set<string>();
    for (const side of [this.base, this.head]) {
      for (const [name, sought] of side.interfaces) {
        if (sought) continue;
        names.add(name);
        side.interfaces.set(name, true);
      }
    }
    const implementers = names.size ? await findImplementers([...names]) : [];
    const demands = { base: new Map(this.base.wanted), head: new Map(this.head.wanted) };
    this.base.wanted.clear();
    this.head.wanted.clear();
    for (const path of implementers) {
      if (this.head.files.has(path)) demands.head.set(path, 'all');
      if (this.base.files.has(path)) demands.base.set(path, 'all');
    }
    await this.loadBatch({ base: [...demands.base.keys()], head: [...demands.head.keys()] }, new Map(), (job, text) => {
      // A file shared by both sides is read once: what either side asked of it.
      const other: Side = job.side === 'base' ? 'head' : 'base';
      const asked = job.shared ? [demands[job.side].get(job.path), demands[other].get(job.path)] : [demands[job.side].get(job.path)];
      const demand = asked.reduce<Demand | undefined>((a, d) => (d === undefined ? a : mergeDemand(a, d)), undefined);
      if (demand === undefined || demand === 'all' || mayAnswer(demand, text)) return true;
      // Not parsed: asked again only for a name it may give.
      for (const side of job.shared ? [job.side, other] : [job.side]) {
        const files = this.side(side);
        const refused = files.cannotGive.get(job.path) ?? new Set<string>();
        for (const name of demand) refused.add(name);
        files.cannotGive.set(job.path, refused);
      }
      return false;
    });
    // The worker's heap (its parse trees and garbage) is given back before the analysis goes on.
    this.extractor.close();
    for (const side of [this.base, this.head]) side.model.summaries.forgetIncomplete();
    return this.base.loadedSize + this.head.loadedSize - before;
  }

  /** Forgets what was asked for and not loaded: the analysis goes on without it. */
  forgetWanted(): void {
    for (const side of [this.base, this.head]) {
      side.wanted.clear();
      for (const [name, sought] of side.interfaces) if (!sought) side.interfaces.set(name, true);
    }
  }

  /**
   * Reads and parses the files; `keep` may turn a file down by its text before it is parsed
   * (it stays unloaded, so a later request can load it).
   */
  private async loadBatch(paths: { base: string[]; head: string[] }, failures: Map<string, string>, keep?: (job: Job, text: string) => boolean): Promise<void> {
    const jobs: Job[] = [];
    const sharedClaimed = new Set<string>();
    for (const side of ['base', 'head'] as const) {
      const files = this.side(side);
      for (const path of paths[side]) {
        if (files.loaded.has(path) || !files.files.has(path)) continue;
        files.loaded.set(path, null); // claimed: a failed read stays null
        const shared = !this.changedPaths.has(path) && this.base.files.has(path) && this.head.files.has(path);
        if (shared && sharedClaimed.has(path)) continue;
        if (shared) sharedClaimed.add(path);
        jobs.push({ side, path, shared });
      }
    }
    if (jobs.length === 0) return;
    await this.loadConfigs(jobs.map((j) => j.path));
    // Every read is issued at once (git answers a pipeline); chunks are parsed as they arrive,
    // alternately here and in the worker.
    const reads: Array<Promise<Blob | null> | undefined> = jobs.map((j) => this.blobs.read(this.side(j.side).rev, j.path));
    const useWorker = this.extractor.useWorkerFor(jobs.length);
    const inFlight: Promise<void>[] = [];
    for (let start = 0, chunk = 0; start < jobs.length; start += CHUNK, chunk++) {
      const chunkJobs = jobs.slice(start, start + CHUNK);
      const blobs = await Promise.all(reads.slice(start, start + CHUNK));
      // A text is parsed once: its promise lets go of it, so the batch does not hold every file read.
      reads.fill(undefined, start, start + CHUNK);
      const sources: SourceText[] = [];
      const sourceJobs: Job[] = [];
      blobs.forEach((blob, i) => {
        const job = chunkJobs[i]!;
        if (!blob) return;
        if (blob.kind === 'binary') failures.set(job.path, 'binary file');
        else if (blob.kind === 'not-utf8') failures.set(job.path, 'not UTF-8 text');
        else if (blob.kind === 'too-large') failures.set(job.path, `too large to analyze (${(blob.bytes / 1e6).toFixed(1)} MB)`);
        else if (keep && !keep(job, blob.text)) {
          this.side(job.side).loaded.delete(job.path);
          if (job.shared) this.side(job.side === 'base' ? 'head' : 'base').loaded.delete(job.path);
        } else {
          const cached = this.options.cache?.get(blob.oid, job.path);
          if (cached) return this.store(job, { ok: true, facts: this.extractor.adopt(cached) }, failures);
          sources.push({ path: job.path, text: blob.text });
          sourceJobs.push({ ...job, oid: blob.oid });
        }
      });
      const store = (results: Extracted[]) =>
        results.forEach((r, i) => {
          const job = sourceJobs[i]!;
          this.store(job, r, failures);
          if (r.ok && job.oid) this.options.cache?.put(job.oid, job.path, r.facts);
        });
      if (useWorker && chunk % 2 === 1) inFlight.push(this.extractor.inWorker(sources).then(store));
      else store(sources.map((src) => this.extractor.extract(src)));
    }
    await Promise.all(inFlight);
  }

  private store(job: { side: Side; path: string; shared: boolean }, result: Extracted, failures: Map<string, string>): void {
    if (!result.ok) {
      // An error of opsdiff's own is not about either version of the user's file.
      const prefix = job.side === 'base' && this.changedPaths.has(job.path) && !result.internal ? 'base version: ' : '';
      if (!failures.has(job.path)) failures.set(job.path, prefix + result.reason);
      if (result.internal) this.internalErrors.set(job.path, result.internal);
      return;
    }
    this.side(job.side).loaded.set(job.path, result.facts);
    if (job.shared) this.side(job.side === 'base' ? 'head' : 'base').loaded.set(job.path, result.facts);
  }

  /**
   * Of these files (not loaded yet), given the import specifiers their import lines name, those
   * with one that resolves to one of `targets`: callers are found without reading, let alone
   * parsing, every file that mentions a name.
   */
  async filterImporters(side: Side, specifiers: ReadonlyMap<string, readonly string[]>, targets: ReadonlySet<string>): Promise<string[]> {
    const files = this.side(side);
    await this.loadConfigs([...specifiers.keys()]);
    const out: string[] = [];
    for (const [path, specs] of specifiers) {
      if (specs.some((spec) => targets.has(files.model.resolveModule(path, spec) ?? ''))) out.push(path);
    }
    return out;
  }

  /** The import specifiers in the texts of these files (read, not parsed). */
  async importSpecifiersIn(side: Side, paths: string[]): Promise<Map<string, string[]>> {
    const files = this.side(side);
    const blobs = await Promise.all(paths.map((p) => this.blobs.read(files.rev, p)));
    const out = new Map<string, string[]>();
    paths.forEach((path, i) => {
      const blob = blobs[i];
      if (blob?.kind === 'text') out.set(path, importSpecifiers(blob.text));
    });
    return out;
  }

  /**
   * The config files module resolution may read for these files (tsconfig/jsconfig above them,
   * the package manifests and workspace files of the revision, the configs they extend), read in
   * one batch for both sides; a further batch only for `extends` targets not met before.
   */
  private async loadConfigs(paths: string[]): Promise<void> {
    const wanted = new Map<RevisionFiles, string[]>();
    for (const side of [this.base, this.head]) wanted.set(side, side.model.resolver.configFilesFor(paths, (p) => side.configTexts.has(p)));
    for (let round = 0; round < MAX_CONFIG_ROUNDS && [...wanted.values()].some((w) => w.length > 0); round++) {
      const reads: Promise<void>[] = [];
      for (const [side, list] of wanted) {
        for (const path of list) {
          side.configTexts.set(path, undefined);
          reads.push(
            this.blobs.read(side.rev, path).then((blob) => {
              side.configTexts.set(path, blob?.kind === 'text' ? blob.text : undefined);
            }),
          );
        }
      }
      await Promise.all(reads);
      for (const [side, list] of wanted) {
        if (!side.yaml && list.some((p) => p.endsWith('.yaml'))) side.yaml = (await import('yaml')).parse;
        if (list.length) side.model.resolver.configsChanged(list);
        wanted.set(side, side.model.resolver.extendsOf(list, (p) => side.configTexts.has(p)));
      }
    }
  }

  close(): void {
    this.extractor.close();
  }
}

/**
 * Whether a file asked for some names can give one of them, judged from its text: it exports one
 * (a declaration, an export list, `export default`), re-exports a whole module (`export *`),
 * destructures into exports, or exports the CommonJS way. Naming it is not enough: forty error
 * classes that each extend `BaseError` do not export it. A barrel's other files are read, not parsed.
 */
function mayAnswer(names: ReadonlySet<string>, text: string): boolean {
  // `export *` may pass any name on; CommonJS and `export =` give `default` without naming it.
  if (/\bexport\s*(\*|=)|\bmodule\.exports\b|\bexports\.|\bexport\s+(?:declare\s+)?(?:const|let|var)\s*[{[]/.test(text)) return true;
  const exported = new Set<string>();
  for (const m of text.matchAll(EXPORTED_DECLARATION)) {
    if (m[1]) exported.add(m[1]);
    if (/^export\s+(?:declare\s+)?default\b/.test(m[0])) exported.add('default');
  }
  for (const m of text.matchAll(EXPORT_LIST)) for (const part of m[1]!.split(',')) exported.add(part.trim().split(/\s+as\s+/).pop()!.replace(/^type\s+/, ''));
  for (const name of names) if (exported.has(name)) return true;
  return false;
}

/** `export [declare] [default] [abstract|async] class|function|const|... Name`; a bare `export default <expr>` gives `default`. */
const EXPORTED_DECLARATION = /\bexport\s+(?:declare\s+)?(?:default\s+(?!(?:abstract\s+|async\s+)?(?:class|function)\b))?(?:default\s+)?(?:(?:abstract|async)\s+)?(?:(?:class|function\*?|const\s+enum|const|let|var|enum|interface|type|namespace|module|import)\s+([\w$]+))?/g;
/** `export { a, b as c }`, `export type { T }`, `export { x } from './y'`. */
const EXPORT_LIST = /\bexport\s+(?:type\s+)?\{([^}]*)\}/g;

/** `from 'x'`, `import 'x'`, `import('x')`, `require('x')`, `export ... from 'x'`. */
const IMPORT_SPECIFIER = /\bfrom\s*['"]([^'"\n]+)['"]|\bimport\s*\(?\s*['"]([^'"\n]+)['"]|\brequire\s*\(\s*['"]([^'"\n]+)['"]/g;

/** The module specifiers a text imports, judged from the text alone (an import in a comment counts too). */
export function importSpecifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT_SPECIFIER)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

