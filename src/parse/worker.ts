/** The worker side of FactExtractor: receives a batch of sources, answers with their facts. */
import { parentPort } from 'node:worker_threads';
import { extractOne, type SourceText } from './extract.js';

parentPort?.on('message', (batch: SourceText[]) => {
  parentPort!.postMessage(batch.map((s) => extractOne(s.path, s.text)));
});
