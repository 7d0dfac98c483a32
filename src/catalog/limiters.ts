/**
 * Limiters: libraries whose only job is to bound how much runs at once (p-queue, p-map,
 * Bottleneck), and agents that cap sockets for a client. They are not clients (the I/O is what
 * they bound), so they have no catalog entry; what they do when a limit is left out is library
 * knowledge all the same, keyed by the name they are called or constructed by.
 */
import type { SettingDefaults } from './library.js';

export const LIMITERS: Record<string, SettingDefaults> = {
  // p-queue and p-map: `concurrency` defaults to Infinity.
  'new PQueue': { limits: { concurrency: null } },
  pMap: { limits: { concurrency: null } },
  // Bottleneck: `maxConcurrent` defaults to null, no limit.
  'new Bottleneck': { limits: { maxConcurrent: null } },
  // An `http.Agent` by another module (agentkeepalive): `maxSockets` defaults to Infinity.
  'new Agent': { limits: { maxSockets: null } },
  // A queue worker from a module the catalog does not claim (a BullMQ fork or wrapper): BullMQ's one job at a time.
  'new Worker': { limits: { concurrency: 1 } },
};

/** Modules whose calls bound the loop they run in: a loop's `concurrency` names them (src/model/facts/calls.ts). */
export const LIMITER_MODULES: readonly string[] = ['p-limit', 'p-queue', 'bottleneck', 'p-throttle', 'async-sema', '@supercharge/promise-pool'];
