/**
 * The files both revisions need, read from git and turned into facts once. A file the change
 * did not touch is the same blob in base and head, so its facts are shared. Beyond the changed
 * files, only what their imports reach is loaded (a few levels deep), and what imports them.
 */
import type { Blob, BlobStore } from '../git/blobs.js';
import type { FileFacts } from './facts/index.js';
import { FactExtractor, type Extracted, type SourceText } from '../parse/extract.js';
import { mergeDemand, RevisionModel, type Demand, type SourceLoader } from './program.js';
import type { Catalog } from '../catalog/index.js';

export type Side = 'base' | 'head';

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

  constructor(
    readonly rev: string,
    readonly files: ReadonlySet<string>,
    catalog?: Catalog,
  ) {
    this.model = new RevisionModel(this, (path) => this.configTexts.get(path), catalog, (text) => this.yaml?.(text));
  }

  facts(path: string): FileFacts | undefined {
    return this.loaded.get(path) ?? undefined;
  }

  get loadedSize(): number {
    return this.loaded.size;
  }

  *loadedFacts(): Iterable<FileFacts> {
    for (const facts of this.loaded.values()) if (facts) yield facts;
  }
}

export interface WorkspaceOptions {
  /** How many import levels to follow from the changed files. */
  importDepth: number;
  workers: boolean;
  catalog?: Catalog;
}

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
   * Loads the given files on each side (skipping sides where a path does not exist), then what
   * they import, level by level. Returns the files that could not be analyzed, with the reason.
   */
  async load(paths: { base: string[]; head: string[] }, importDepth = this.options.importDepth): Promise<Map<string, string>> {
    const failures = new Map<string, string>();
    await this.loadBatch(paths, failures);
    let frontier = { base: this.ask(this.base, paths.base.map((p) => ({ path: p, demand: 'all' }))), head: this.ask(this.head, paths.head.map((p) => ({ path: p, demand: 'all' }))) };
    for (let level = 0; level < importDepth; level++) {
      const next = { base: this.importsOf(this.base, frontier.base), head: this.importsOf(this.head, frontier.head) };
      if (next.base.size === 0 && next.head.size === 0) break;
      await this.loadBatch({ base: [...next.base.keys()], head: [...next.head.keys()] }, new Map(), (path, text) => mayAnswer(next.base.get(path), text) || mayAnswer(next.head.get(path), text));
      frontier = next;
    }
    // The worker's heap (its parse trees and garbage) is given back before the analysis, where a
    // run peaks; a later large batch starts another.
    this.extractor.close();
    return failures;
  }

  /** What has been asked of each file so far, per side: a file is followed again only when more is asked of it. */
  private readonly asked = new Map<RevisionFiles, Map<string, Demand>>();

  /** The requests that ask more than before, recorded. */
  private ask(side: RevisionFiles, requests: Array<{ path: string; demand: Demand }>): Map<string, Demand> {
    let asked = this.asked.get(side);
    if (!asked) this.asked.set(side, (asked = new Map()));
    const grown = new Map<string, Demand>();
    for (const r of requests) {
      const prev = asked.get(r.path);
      const merged = mergeDemand(prev, r.demand);
      if (merged === prev) continue;
      asked.set(r.path, merged);
      grown.set(r.path, merged);
    }
    return grown;
  }

  private importsOf(side: RevisionFiles, frontier: Map<string, Demand>): Map<string, Demand> {
    const requests: Array<{ path: string; demand: Demand }> = [];
    for (const [path, demand] of frontier) {
      const facts = side.facts(path);
      if (facts) requests.push(...side.model.importDemands(facts, demand));
    }
    return this.ask(side, requests);
  }

  /**
   * Reads and parses the files; `keep` may turn a file down by its text before it is parsed
   * (it stays unloaded, so a later request can load it).
   */
  private async loadBatch(paths: { base: string[]; head: string[] }, failures: Map<string, string>, keep?: (path: string, text: string) => boolean): Promise<void> {
    type Job = { side: Side; path: string; shared: boolean };
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
        else if (keep && !keep(job.path, blob.text)) {
          this.side(job.side).loaded.delete(job.path);
          if (job.shared) this.side(job.side === 'base' ? 'head' : 'base').loaded.delete(job.path);
        } else {
          sources.push({ path: job.path, text: blob.text });
          sourceJobs.push(job);
        }
      });
      const store = (results: Extracted[]) => results.forEach((r, i) => this.store(sourceJobs[i]!, r, failures));
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
   * Of these files (not loaded yet), those whose import specifiers resolve to one of `targets`,
   * judged from the text alone: callers are found without parsing every file that mentions a name.
   */
  async filterImporters(side: Side, paths: string[], targets: ReadonlySet<string>): Promise<string[]> {
    const files = this.side(side);
    await this.loadConfigs(paths);
    const blobs = await Promise.all(paths.map((p) => this.blobs.read(files.rev, p)));
    return paths.filter((path, i) => {
      const blob = blobs[i];
      if (blob?.kind !== 'text') return false;
      for (const m of blob.text.matchAll(IMPORT_SPECIFIER)) {
        const target = files.model.resolveModule(path, m[1] ?? m[2] ?? m[3] ?? '');
        if (target && targets.has(target)) return true;
      }
      return false;
    });
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
 * Whether a file asked for some names can hold one of them, judged from its text: it names one,
 * re-exports a whole module (`export *`), or exports the CommonJS way. A star barrel's other files are then
 * read but not parsed.
 */
function mayAnswer(demand: Demand | undefined, text: string): boolean {
  if (demand === undefined) return false;
  // `export *` may pass any name on; CommonJS and `export =` give `default` without naming it.
  if (demand === 'all' || /\bexport\s*(\*|=)|\bmodule\.exports\b|\bexports\./.test(text)) return true;
  for (const name of demand) if (new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$&')}(?![\\w$])`).test(text)) return true;
  return false;
}

/** `from 'x'`, `import 'x'`, `import('x')`, `require('x')`, `export ... from 'x'`. */
const IMPORT_SPECIFIER = /\bfrom\s*['"]([^'"\n]+)['"]|\bimport\s*\(?\s*['"]([^'"\n]+)['"]|\brequire\s*\(\s*['"]([^'"\n]+)['"]/g;

