/** The worker side of FactExtractor: receives a chunk of sources, answers with their facts as JSON. */
import { parentPort } from 'node:worker_threads';
import { extractOne, type SourceText } from './extract.js';

parentPort?.on('message', (batch: SourceText[]) => {
  parentPort!.postMessage(JSON.stringify(batch.map((s) => extractOne(s.path, s.text))));
});
