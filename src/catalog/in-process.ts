/** What looks like a client but is never a round trip: concurrency limiters, in-memory caches, metrics and logging clients. */
import type { ClientLibrary } from './library.js';

export const IN_PROCESS: ClientLibrary[] = [
  {
    label: 'limiter',
    modules: ['p-limit', 'p-queue', 'bottleneck', 'p-throttle', 'async-sema'],
    kind: 'other',
    exports: { default: 'not-io', '*': 'not-io', Bottleneck: 'not-io', Sema: 'not-io' },
  },
  {
    label: 'lru',
    modules: ['lru-cache', 'quick-lru', 'node-cache', 'mnemonist', 'tiny-lru', 'keyv'],
    kind: 'other',
    exports: { default: 'not-io', LRUCache: 'not-io', '*': 'not-io', lru: 'not-io' },
  },
  {
    // Metrics clients send over UDP without waiting, or only record in memory (prom-client):
    // a metric in a loop is not fan-out, whatever the client's variable is called.
    label: 'metrics',
    modules: ['hot-shots', 'node-statsd', 'statsd-client', 'lynx', 'prom-client', '@opentelemetry/api'],
    kind: 'other',
    exports: { default: 'not-io', '*': 'not-io' },
    otherExports: () => 'not-io',
  },
  {
    label: 'logging',
    modules: ['pino', 'winston', 'bunyan', 'loglevel', 'consola', 'signale'],
    kind: 'other',
    exports: { default: 'not-io', '*': 'not-io' },
    otherExports: () => 'not-io',
  },
];

/** Constructors of in-memory structures: a field or variable made from one is never a client. */
export const IN_MEMORY_CONSTRUCTORS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Array', 'Object', 'LRUCache', 'LRU', 'QuickLRU', 'NodeCache']);
