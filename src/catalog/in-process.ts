/** In-process structures that look like clients: concurrency limiters and in-memory caches. Never I/O. */
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
];

/** Constructors of in-memory structures: a field or variable made from one is never a client. */
export const IN_MEMORY_CONSTRUCTORS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Array', 'Object', 'LRUCache', 'LRU', 'QuickLRU', 'NodeCache']);
