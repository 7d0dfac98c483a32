/**
 * The Action's entry point, bundled into the single file dist/action/index.js (`runs.main`).
 * The same file serves as the parse worker thread, so the bundle needs no sibling files.
 */
import { isMainThread, workerData } from 'node:worker_threads';

if (!isMainThread && (workerData as { opsdiffFactWorker?: boolean } | undefined)?.opsdiffFactWorker) {
  await import('../parse/worker.js');
} else {
  const { runAction } = await import('./run.js');
  process.exitCode = await runAction();
  // Everything is written (outputs and summary synchronously or awaited); a request given up at
  // the API budget may still hold a back-off timer, which must not keep the step running.
  process.exit();
}
