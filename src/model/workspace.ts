/**
 * The files both revisions need, read from git and turned into facts once. A file the change
 * did not touch is the same blob in base and head, so its facts are shared. Beyond the changed
 * files, only what their imports reach is loaded (a few levels deep), and what imports them.
 */
import type { BlobStore } from '../git/blobs.js';
import type { FileFacts } from './facts.js';
import { FactExtractor, type Extracted, type SourceText } from '../parse/extract.js';
import { RevisionModel, type SourceLoader } from './program.js';
import type { Catalog } from '../catalog/index.js';

export type Side = 'base' | 'head';

/** Files per chunk: small enough to overlap reading and parsing, large enough to amortize a message. */
const CHUNK = 96;

export class RevisionFiles implements SourceLoader {
  readonly loaded = new Map<string, FileFacts | null>();
  readonly configTexts = new Map<string, string | undefined>();
  readonly model: RevisionModel;

  constructor(
    readonly rev: string,
    readonly files: ReadonlySet<string>,
    catalog?: Catalog,
  ) {
    this.model = new RevisionModel(this, (path) => this.configTexts.get(path), catalog);
  }

  facts(path: string): FileFacts | undefined {
    return this.loaded.get(path) ?? undefined;
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
    let frontier = paths;
    for (let level = 0; level < importDepth; level++) {
      const next = { base: this.importsOf(this.base, frontier.base), head: this.importsOf(this.head, frontier.head) };
      if (next.base.length === 0 && next.head.length === 0) break;
      await this.loadBatch(next, new Map());
      frontier = next;
    }
    return failures;
  }

  private importsOf(side: RevisionFiles, paths: string[]): string[] {
    const out = new Set<string>();
    for (const p of paths) {
      const facts = side.facts(p);
      if (!facts) continue;
      for (const target of side.model.localImports(facts)) if (!side.loaded.has(target)) out.add(target);
    }
    return [...out];
  }

  private async loadBatch(paths: { base: string[]; head: string[] }, failures: Map<string, string>): Promise<void> {
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
    const reads = jobs.map((j) => this.blobs.read(this.side(j.side).rev, j.path));
    const useWorker = this.extractor.useWorkerFor(jobs.length);
    const inFlight: Promise<void>[] = [];
    for (let start = 0, chunk = 0; start < jobs.length; start += CHUNK, chunk++) {
      const chunkJobs = jobs.slice(start, start + CHUNK);
      const blobs = await Promise.all(reads.slice(start, start + CHUNK));
      const sources: SourceText[] = [];
      const sourceJobs: Job[] = [];
      blobs.forEach((blob, i) => {
        const job = chunkJobs[i]!;
        if (!blob) return;
        if (blob.kind === 'binary') failures.set(job.path, 'binary file');
        else if (blob.kind === 'too-large') failures.set(job.path, `too large to analyze (${(blob.bytes / 1e6).toFixed(1)} MB)`);
        else {
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
      const prefix = job.side === 'base' && this.changedPaths.has(job.path) ? 'base version: ' : '';
      if (!failures.has(job.path)) failures.set(job.path, prefix + result.reason);
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

  /** tsconfig/jsconfig files above the loaded files, for `paths` aliases. */
  private async loadConfigs(paths: string[]): Promise<void> {
    const dirs = new Set<string>();
    for (const p of paths) {
      let dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.';
      for (;;) {
        dirs.add(dir);
        if (dir === '.') break;
        dir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '.';
      }
    }
    const reads: Promise<void>[] = [];
    for (const side of [this.base, this.head]) {
      for (const dir of dirs) {
        for (const name of ['tsconfig.json', 'jsconfig.json', 'tsconfig.base.json']) {
          const path = dir === '.' ? name : `${dir}/${name}`;
          if (!side.files.has(path) || side.configTexts.has(path)) continue;
          side.configTexts.set(path, undefined);
          reads.push(
            this.blobs.read(side.rev, path).then((blob) => {
              side.configTexts.set(path, blob?.kind === 'text' ? blob.text : undefined);
            }),
          );
        }
      }
    }
    // `extends` targets of those configs, one level (a shared base config at the root is the common case).
    await Promise.all(reads);
    for (const side of [this.base, this.head]) {
      for (const [path, text] of [...side.configTexts]) {
        const m = text && /"extends"\s*:\s*"(\.[^"]+)"/.exec(text);
        if (!m) continue;
        const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
        const target = normalize(`${dir}/${m[1]!.endsWith('.json') ? m[1] : `${m[1]}.json`}`);
        if (side.files.has(target) && !side.configTexts.has(target)) {
          const blob = await this.blobs.read(side.rev, target);
          side.configTexts.set(target, blob?.kind === 'text' ? blob.text : undefined);
        }
      }
    }
  }

  close(): void {
    this.extractor.close();
  }
}

/** `from 'x'`, `import 'x'`, `import('x')`, `require('x')`, `export ... from 'x'`. */
const IMPORT_SPECIFIER = /\bfrom\s*['"]([^'"\n]+)['"]|\bimport\s*\(?\s*['"]([^'"\n]+)['"]|\brequire\s*\(\s*['"]([^'"\n]+)['"]/g;

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}
