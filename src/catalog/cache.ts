/** Caches: Redis clients (ioredis, node-redis, Upstash), Upstash rate limits, memcached. */
import { EVENT_METHODS, type ClientLibrary } from './library.js';

export const CACHE: ClientLibrary[] = [
  {
    label: 'redis',
    modules: ['ioredis'],
    kind: 'cache',
    exports: { default: 'constructor', Redis: 'constructor', Cluster: 'constructor', '*': 'constructor' },
    types: ['Redis', 'Cluster', 'RedisType'],
    derive: ['duplicate'],
    pipeline: { methods: ['pipeline', 'multi'], flush: ['exec', 'execBuffer'] },
    ignore: [...EVENT_METHODS, 'defineCommand', 'disconnect', 'status', 'options', 'createBuiltinCommand', 'nodes'],
    // ioredis: 10 s to connect, commands wait forever, 20 retries per request while reconnecting, with a growing wait.
    settings: {
      // Commands issued while disconnected queue without limit (a cluster's and its nodes' options alike).
      'new *': { timeouts: { connectTimeout: 10_000, commandTimeout: null }, retries: { maxRetriesPerRequest: { value: 20, attempts: false } }, backoff: 'linear', limits: { enableOfflineQueue: null, 'redisOptions.enableOfflineQueue': null } },
    },
    batches: [
      { batch: 'mget', single: ['get', 'getBuffer'] },
      { batch: 'mset', single: ['set', 'setex'] },
      { batch: 'hmget', single: ['hget'] },
      { batch: 'del', single: ['del'], when: 'array-arg' },
    ],
  },
  {
    label: 'redis',
    modules: ['redis', '@redis/client'],
    kind: 'cache',
    exports: { createClient: 'factory', createCluster: 'factory' },
    types: ['RedisClientType', 'RedisClusterType', 'RedisClient'],
    derive: ['duplicate', 'isolated'],
    pipeline: { methods: ['multi', 'MULTI'], flush: ['exec', 'EXEC', 'execAsPipeline'] },
    ignore: [...EVENT_METHODS, 'connect', 'disconnect', 'quit', 'isOpen', 'isReady'],
    batches: [
      { batch: 'mGet', single: ['get', 'GET'] },
      { batch: 'MGET', single: ['get', 'GET'] },
      { batch: 'mSet', single: ['set', 'SET'] },
      { batch: 'hmGet', single: ['hGet'] },
    ],
  },
  {
    label: 'redis',
    modules: ['@upstash/redis', '@upstash/redis/nodejs', '@upstash/redis/cloudflare'],
    kind: 'cache',
    exports: { Redis: 'constructor' },
    statics: ['fromEnv'],
    types: ['Redis'],
    pipeline: { methods: ['pipeline', 'multi'], flush: ['exec'] },
    batches: [{ batch: 'mget', single: ['get'] }, { batch: 'mset', single: ['set'] }],
  },
  {
    label: 'memcached',
    modules: ['memcached', 'memjs'],
    kind: 'cache',
    exports: { default: 'constructor', Client: 'factory' },
    types: ['Memcached'],
    ignore: [...EVENT_METHODS],
    batches: [{ batch: 'getMulti', single: ['get'] }],
  },
  {
    // `ratelimit.limit(id)` is a round trip to Redis; `Ratelimit.slidingWindow(...)` only configures.
    label: 'ratelimit',
    modules: ['@upstash/ratelimit'],
    kind: 'cache',
    exports: { Ratelimit: 'constructor' },
    types: ['Ratelimit'],
  },
];
