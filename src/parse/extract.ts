/**
 * Source text to facts, dropping the tree at once. Large changes share the work with one worker
 * thread (the machines running opsdiff have two cores or more): chunks alternate between this
 * thread and the worker, so parsing overlaps reading from git and neither holds every file.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DEFAULT_CATALOG, type Catalog } from '../catalog/index.js';
import { extractFacts, type FileFacts } from '../model/facts/index.js';
import { parseSource } from './parse.js';
import { parseDirectives } from '../model/suppressions.js';

/** What a fact worker starts with (regular expressions survive the structured clone). */
export interface FactWorkerData {
  opsdiffFactWorker: true;
  tellingNames: readonly RegExp[];
}

/** A file's facts, or why it has none: `internal` holds the stack of an error in opsdiff's own code (shown with `--debug`). */
export type Extracted = { ok: true; facts: FileFacts } | { ok: false; reason: string; internal?: string };

export interface SourceText {
  path: string;
  text: string;
}

/** `tellingNames`: the catalog's `namePatterns` (the built-in and configured client names). */
export function extractOne(path: string, text: string, tellingNames: readonly RegExp[]): Extracted {
  try {
    const parsed = parseSource(path, text);
    if (!parsed.ok) return parsed;
    // Test-only: makes the fact pass fail on the files whose path ends so, to test that one file's failure costs only it.
    const forced = process.env['OPSDIFF_TEST_FACTS_THROW'];
    if (forced && path.endsWith(forced)) throw new Error('forced by OPSDIFF_TEST_FACTS_THROW');
    const facts = extractFacts(path, parsed.sourceFile, tellingNames);
    const directives = parseDirectives(text);
    if (directives.length) facts.directives = directives;
    return { ok: true, facts };
  } catch (error) {
    // A construct the fact pass does not expect must cost one file, not the run; it is our error, not the file's.
    if (error instanceof RangeError) return { ok: false, reason: 'nesting too deep to analyze' };
    const e = error as Error;
    return { ok: false, reason: `internal error in opsdiff while reading ${path}; rerun with --debug for the stack`, internal: e?.stack ?? String(error) };
  }
}

declare const OPSDIFF_SINGLE_FILE: true | undefined;

/** Below this many files a worker does not pay for its start-up (it loads the parser again). */
export const WORKER_THRESHOLD = 400;
/**
 * Measured on a 2-vCPU machine, two threads parsing halves were slower than one thread parsing
 * everything (the vCPUs share a core): a worker only pays where more CPUs are available.
 */
const MIN_CPUS_FOR_WORKER = 3;

export class FactExtractor {
  private worker: Worker | undefined;
  private readonly waiting: Array<{ resolve(r: Extracted[]): void; reject(e: Error): void }> = [];
  // The Action's bundle is a single file that is its own worker (scripts/bundle-action.mjs defines the flag).
  private readonly workerPath = fileURLToPath(typeof OPSDIFF_SINGLE_FILE !== 'undefined' ? import.meta.url : new URL('./worker.js', import.meta.url));

  private readonly tellingNames: readonly RegExp[];

  /** The catalog's names reach both threads: the worker gets them when it starts. */
  constructor(
    private readonly allowWorkers: boolean,
    catalog: Catalog = DEFAULT_CATALOG,
  ) {
    this.tellingNames = catalog.namePatterns;
  }

  /** In this thread. */
  extract(source: SourceText): Extracted {
    return extractOne(source.path, source.text, this.tellingNames);
  }

  /** Whether a batch of this size is worth a worker (and one can be started: compiled code only). */
  useWorkerFor(files: number): boolean {
    return this.allowWorkers && files >= WORKER_THRESHOLD && availableParallelism() >= MIN_CPUS_FOR_WORKER && existsSync(this.workerPath);
  }

  /** Chunks are answered in the order they were sent. */
  inWorker(batch: SourceText[]): Promise<Extracted[]> {
    const worker = this.startWorker();
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      worker.postMessage(batch);
    });
  }

  private startWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath, { workerData: { opsdiffFactWorker: true, tellingNames: this.tellingNames } satisfies FactWorkerData });
    // JSON crosses the thread boundary faster than a structured clone of many small objects.
    worker.on('message', (json: string) => this.waiting.shift()?.resolve(JSON.parse(json) as Extracted[]));
    worker.on('error', (error: Error) => {
      for (const w of this.waiting.splice(0)) w.reject(error);
      this.worker = undefined;
    });
    this.worker = worker;
    return worker;
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
