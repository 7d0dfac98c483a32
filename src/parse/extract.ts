/**
 * Source text to facts, dropping the tree at once. Large changes are split across a worker
 * thread and this one (the machines running opsdiff have two cores or more), small ones stay
 * in-process because starting a worker costs more than it saves.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractFacts, type FileFacts } from '../model/facts.js';
import { parseSource } from './parse.js';

export type Extracted = { ok: true; facts: FileFacts } | { ok: false; reason: string };

export interface SourceText {
  path: string;
  text: string;
}

export function extractOne(path: string, text: string): Extracted {
  const parsed = parseSource(path, text);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, facts: extractFacts(path, parsed.sourceFile) };
  } catch (error) {
    // A construct the fact pass does not expect must cost one file, not the run.
    return { ok: false, reason: `not analyzed: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** Below this many files a worker does not pay for its start-up (it loads the parser again). */
const WORKER_THRESHOLD = 400;

export class FactExtractor {
  private worker: Worker | undefined;
  private readonly workerPath = fileURLToPath(new URL('./worker.js', import.meta.url));

  constructor(private readonly allowWorkers: boolean) {}

  async extractAll(sources: SourceText[]): Promise<Extracted[]> {
    if (!this.allowWorkers || sources.length < WORKER_THRESHOLD || !existsSync(this.workerPath)) {
      return sources.map((s) => extractOne(s.path, s.text));
    }
    // Interleave so both halves carry a similar mix of file sizes.
    const mine: number[] = [];
    const theirs: number[] = [];
    sources.forEach((_, i) => (i % 2 === 0 ? theirs : mine).push(i));
    const fromWorker = this.runInWorker(theirs.map((i) => sources[i]!));
    const results: Extracted[] = new Array(sources.length);
    // Let the worker receive its batch before this thread gets busy.
    await new Promise((r) => setImmediate(r));
    for (const i of mine) results[i] = extractOne(sources[i]!.path, sources[i]!.text);
    const workerResults = await fromWorker;
    theirs.forEach((i, k) => (results[i] = workerResults[k]!));
    return results;
  }

  private runInWorker(batch: SourceText[]): Promise<Extracted[]> {
    this.worker ??= new Worker(this.workerPath);
    const worker = this.worker;
    return new Promise((resolve, reject) => {
      const onMessage = (results: Extracted[]) => {
        worker.off('error', onError);
        resolve(results);
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        reject(error);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(batch);
    });
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
