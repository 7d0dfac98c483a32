/** The worker side of FactExtractor: receives a chunk of sources, answers with their facts, serialized (encodeFacts). */
import { parentPort, workerData } from 'node:worker_threads';
import { encodeFacts, extractOne, type Extracted, type FactWorkerData, type SourceText } from './extract.js';

const { tellingNames } = workerData as FactWorkerData;

parentPort?.on('message', (batch: SourceText[]) => {
  const results: Extracted[] = batch.map((s) => extractOne(s.path, s.text, tellingNames));
  let bytes: Buffer;
  try {
    bytes = encodeFacts(results);
  } catch {
    // One file's facts that cannot cross (not plain data: an engine bug) cost that file, not the chunk.
    bytes = encodeFacts(
      results.map((r, i) => {
        try {
          encodeFacts(r);
          return r;
        } catch (error) {
          const path = batch[i]!.path;
          return { ok: false, reason: `internal error in opsdiff while reading ${path}; rerun with --debug for the stack`, internal: (error as Error).stack ?? String(error) };
        }
      }),
    );
  }
  parentPort!.postMessage(bytes);
});
