/**
 * Facts kept between runs, by git blob: a file's facts depend only on its text, its path, the
 * build of opsdiff that read it and the client names it was read with, so a blob read once need
 * not be parsed again (the pre-commit hook sees the same files commit after commit; a CI job that
 * keeps the directory sees the base revision's files again). Like ESLint's `--cache`, but keyed
 * by content (the blob id), never by modification time.
 *
 * Layout: `<dir>/facts-<build>/<2 hex>/<blob id>-<path hash>.facts` (encodeFacts), one file per entry, written
 * atomically (a temporary name, then a rename), so concurrent runs read an old entry, a new one
 * or none. A build directory holds at most MAX_BYTES (counted in its `size` file; over it, the
 * directory is emptied and refilled); only the KEPT_BUILDS most recently used builds are kept.
 * Anything unusual (no writable directory, a damaged entry) costs the cache only, never the run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileFacts } from '../model/facts/index.js';
import ts from './typescript.js';
import { decodeFacts, encodeFacts } from './extract.js';
import { VERSION } from '../version.js';

/** Set by the bundlers (package.json `bundle`, scripts/bundle-action.mjs): the bundle is the whole extraction code, so its hash names the build. */
declare const OPSDIFF_BUNDLED: true | undefined;

const MAX_BYTES = 256 * 1024 * 1024;
/** At most this much written per run: a first run over a 2,000-file range does not pay for writing every file twice. */
const MAX_BYTES_PER_RUN = 48 * 1024 * 1024;
const KEPT_BUILDS = 3;

export interface CacheStats {
  hits: number;
  written: number;
}

export class FactsCache {
  readonly stats: CacheStats = { hits: 0, written: 0 };
  private writtenBytes = 0;
  private broken = false;
  private readonly shards = new Set<string>();

  private constructor(private readonly dir: string) {}

  /**
   * The cache of this build in `root`, for facts read with these client names; undefined when the
   * build cannot be named (unbundled code, whose hash would not cover the extraction) or the
   * directory cannot be made.
   */
  static open(root: string, tellingNames: readonly RegExp[]): FactsCache | undefined {
    const build = buildId();
    if (!build) return undefined;
    const names = tellingNames.map((r) => `${r.source}/${r.flags}`).join('\n');
    const key = createHash('sha256').update(`${build}\n${names}`).digest('hex').slice(0, 20);
    const dir = join(root, `facts-${key}`);
    try {
      // Level by level (`~/.cache`, then `opsdiff`), not `{ recursive: true }`: on Node 20 that spins forever on some paths.
      for (const level of [join(root, '..'), root, dir]) makeDir(level);
      const now = new Date();
      utimesSync(dir, now, now); // most recently used
      pruneBuilds(root);
      if (readSize(dir) > MAX_BYTES) {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir);
      }
    } catch {
      return undefined;
    }
    return new FactsCache(dir);
  }

  get(oid: string, path: string): FileFacts | undefined {
    if (this.broken) return undefined;
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file(oid, path));
    } catch {
      return undefined; // not there
    }
    try {
      const entry = decodeFacts<{ path: string; facts: FileFacts }>(bytes);
      if (entry.path !== path || entry.facts?.path !== path) return undefined;
      this.stats.hits++;
      return entry.facts;
    } catch {
      return undefined; // damaged: parsed anew and written over
    }
  }

  put(oid: string, path: string, facts: FileFacts): void {
    if (this.broken || this.writtenBytes > MAX_BYTES_PER_RUN) return;
    let bytes: Buffer;
    try {
      bytes = encodeFacts({ path, facts });
    } catch {
      return; // facts that are not plain data (an engine bug; the fuzz test holds the fact pass to it) are not kept
    }
    const file = this.file(oid, path);
    const partial = `${file}.${process.pid}`;
    try {
      const shard = oid.slice(0, 2);
      if (!this.shards.has(shard)) {
        makeDir(join(this.dir, shard));
        this.shards.add(shard);
      }
      writeFileSync(partial, bytes);
      renameSync(partial, file);
      this.writtenBytes += bytes.length;
      this.stats.written++;
    } catch {
      this.broken = true; // a full disk or a read-only directory: stop trying for this run
      rmSync(partial, { force: true });
    }
  }

  /** Adds what this run wrote to the build's size (a lost update among concurrent runs only delays the emptying). */
  close(): void {
    if (this.writtenBytes === 0) return;
    try {
      const sizeFile = join(this.dir, 'size');
      writeFileSync(`${sizeFile}.${process.pid}`, String(readSize(this.dir) + this.writtenBytes));
      renameSync(`${sizeFile}.${process.pid}`, sizeFile);
    } catch {
      // the count is advisory
    }
  }

  private file(oid: string, path: string): string {
    const pathHash = createHash('sha1').update(path).digest('hex').slice(0, 12);
    return join(this.dir, oid.slice(0, 2), `${oid}-${pathHash}.facts`);
  }
}

function buildId(): string | undefined {
  if (typeof OPSDIFF_BUNDLED === 'undefined') return undefined;
  try {
    const bundle = readFileSync(fileURLToPath(import.meta.url));
    return `${VERSION}\n${ts.version}\n${process.version}\n${createHash('sha256').update(bundle).digest('hex')}`;
  } catch {
    return undefined;
  }
}

function readSize(dir: string): number {
  try {
    return Number(readFileSync(join(dir, 'size'), 'utf8')) || 0;
  } catch {
    return 0;
  }
}

/** Keeps the most recently used builds' directories (other installs of opsdiff share the root). */
function pruneBuilds(root: string): void {
  const builds = readdirSync(root)
    .filter((name) => name.startsWith('facts-'))
    .map((name) => ({ name, used: statSync(join(root, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const old of builds.slice(KEPT_BUILDS)) rmSync(join(root, old.name), { recursive: true, force: true });
}

/** One directory, unless it is there already. */
function makeDir(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
