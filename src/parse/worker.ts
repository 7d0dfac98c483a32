/** The worker side of FactExtractor: receives a chunk of sources, answers with their facts, serialized (encodeFacts). */
import { parentPort, workerData } from 'node:worker_threads';
import { encodeFacts, extractOne, type FactWorkerData, type SourceText } from './extract.js';

const { tellingNames } = workerData as FactWorkerData;

parentPort?.on('message', (batch: SourceText[]) => {
  parentPort!.postMessage(encodeFacts(batch.map((s) => extractOne(s.path, s.text, tellingNames))));
});
