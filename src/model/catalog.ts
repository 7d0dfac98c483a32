/**
 * The client catalog: which modules give I/O clients, how their handles are born, and which
 * of their methods are round trips. Data only; src/model/handles.ts interprets it.
 *
 * To teach opsdiff a library, add an entry here (see README, "Adding a library").
 */
import type { EffectKind } from '../types.js';

/** What an export of a client module is. */
export type ExportRole =
  | 'constructor' // `new Redis()` gives a handle
  | 'factory' // `createClient()` gives a handle
  | 'handle' // the export is itself a handle (`axios`, a default Prisma instance)
  | 'callable' // calling it is the I/O (`fetch`, `got(url)`, `request()` of undici)
  | 'not-io'; // in-memory structures that look like clients (`lru-cache`)

/** A batch method and the per-item methods that replace it when someone "simplifies" a loop. */
export interface BatchPair {
  batch: string;
  single: string[];
  /** The batch is only a batch when its arguments say so (`findMany({ where: { id: { in } } })`). */
  when?: 'in-filter' | 'array-arg';
}

export interface ClientLibrary {
  /** Short name used in keys and messages: `redis.get`, `prisma.user.findUnique`. */
  label: string;
  modules: string[];
  kind: EffectKind;
  /** Runs in-process (SQLite): a loop costs little, so findings are low severity. */
  local?: boolean;
  /** Named exports and their roles; `default` and `*` (namespace) are names too. */
  exports: Record<string, ExportRole>;
  /** Type names that mark an annotated parameter or field as a handle (`redis: Redis`). */
  types?: string[];
  /** Methods that return another handle of the same library rather than doing I/O. */
  derive?: string[];
  /** Methods that start a batch whose members are not round trips until `exec`. */
  pipeline?: { methods: string[]; flush: string[] };
  /** Methods that are not round trips (events, configuration, builders' pure parts). */
  ignore?: string[];
  /** Query builders: a chain `db.select().from(t).where(...)` is one effect, named by its first method. */
  builder?: boolean;
  /** How many member names after the handle identify the operation (Prisma: model + method = 2). */
  operationDepth?: number;
  batches?: BatchPair[];
  /** When set, only these methods are round trips (a configured client's `methods`). */
  only?: string[];
  /** The role of an export the table does not list (configured clients guess it from its name). */
  otherExports?: (name: string) => ExportRole;
}

const EVENT_METHODS = ['on', 'once', 'off', 'emit', 'addListener', 'removeListener', 'removeAllListeners', 'listenerCount', 'setMaxListeners'];

export const CATALOG: ClientLibrary[] = [
  // ---- caches
  {
    label: 'redis',
    modules: ['ioredis'],
    kind: 'cache',
    exports: { default: 'constructor', Redis: 'constructor', Cluster: 'constructor', '*': 'constructor' },
    types: ['Redis', 'Cluster', 'RedisType'],
    derive: ['duplicate'],
    pipeline: { methods: ['pipeline', 'multi'], flush: ['exec', 'execBuffer'] },
    ignore: [...EVENT_METHODS, 'defineCommand', 'disconnect', 'status', 'options', 'createBuiltinCommand', 'nodes'],
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
  // ---- databases
  {
    label: 'prisma',
    modules: ['@prisma/client'],
    kind: 'db',
    exports: { PrismaClient: 'constructor' },
    types: ['PrismaClient', 'PrismaService', 'TransactionClient'],
    operationDepth: 2,
    // `$extends` returns the client with extensions: still the client (`new PrismaClient().$extends(...)`).
    derive: ['$extends'],
    ignore: ['$on', '$use', '$connect', '$disconnect'],
    batches: [
      { batch: 'findMany', single: ['findUnique', 'findFirst', 'findUniqueOrThrow', 'findFirstOrThrow'], when: 'in-filter' },
      { batch: 'createMany', single: ['create', 'upsert'] },
      { batch: 'updateMany', single: ['update', 'upsert'] },
      { batch: 'deleteMany', single: ['delete'] },
    ],
  },
  {
    label: 'typeorm',
    modules: ['typeorm'],
    kind: 'db',
    exports: { DataSource: 'constructor', createConnection: 'factory', getRepository: 'factory', getManager: 'factory', getConnection: 'factory' },
    types: ['Repository', 'EntityManager', 'DataSource', 'Connection', 'TreeRepository', 'MongoRepository', 'QueryRunner'],
    derive: ['getRepository', 'getTreeRepository', 'getMongoRepository', 'manager', 'createQueryRunner', 'withRepository'],
    builder: true,
    ignore: ['createQueryBuilder', 'create', 'merge', 'hasId', 'getId', 'metadata', 'target', 'initialize', 'destroy'],
    batches: [
      { batch: 'findBy', single: ['findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail'], when: 'in-filter' },
      { batch: 'find', single: ['findOne', 'findOneBy', 'findOneOrFail', 'findOneByOrFail'], when: 'in-filter' },
      { batch: 'insert', single: ['insert', 'save'], when: 'array-arg' },
      { batch: 'save', single: ['save'], when: 'array-arg' },
    ],
  },
  {
    label: 'sequelize',
    modules: ['sequelize', 'sequelize-typescript'],
    kind: 'db',
    exports: { Sequelize: 'constructor', default: 'constructor', Model: 'constructor' },
    types: ['Sequelize', 'ModelStatic', 'ModelCtor'],
    derive: ['define', 'model'],
    ignore: ['authenticate', 'sync', 'close', 'build', 'init', 'hasMany', 'belongsTo', 'belongsToMany', 'hasOne', 'addHook', 'getTableName'],
    batches: [
      { batch: 'findAll', single: ['findOne', 'findByPk'], when: 'in-filter' },
      { batch: 'bulkCreate', single: ['create', 'upsert'] },
    ],
  },
  {
    label: 'mongoose',
    modules: ['mongoose'],
    kind: 'db',
    exports: { default: 'handle', model: 'factory', connect: 'factory', createConnection: 'factory', Model: 'constructor' },
    types: ['Model', 'Connection'],
    derive: ['model'],
    builder: true,
    ignore: ['Schema', 'set', 'plugin', 'disconnect', 'Types', 'connection', 'hydrate', 'watch'],
    batches: [
      { batch: 'find', single: ['findOne', 'findById'], when: 'in-filter' },
      { batch: 'insertMany', single: ['create'] },
      { batch: 'bulkWrite', single: ['updateOne', 'findByIdAndUpdate', 'findOneAndUpdate'] },
    ],
  },
  {
    label: 'mongodb',
    modules: ['mongodb'],
    kind: 'db',
    exports: { MongoClient: 'constructor' },
    types: ['MongoClient', 'Db', 'Collection'],
    derive: ['db', 'collection', 'startSession'],
    builder: true,
    ignore: [...EVENT_METHODS, 'connect', 'close'],
    batches: [
      { batch: 'find', single: ['findOne'], when: 'in-filter' },
      { batch: 'insertMany', single: ['insertOne'] },
      { batch: 'bulkWrite', single: ['updateOne', 'replaceOne', 'deleteOne'] },
      { batch: 'updateMany', single: ['updateOne'], when: 'in-filter' },
    ],
  },
  {
    label: 'knex',
    modules: ['knex'],
    kind: 'db',
    exports: { default: 'factory', knex: 'factory', '*': 'factory' },
    types: ['Knex'],
    builder: true,
    ignore: ['destroy', 'schema', 'fn', 'ref', 'client', 'migrate', 'seed'],
    batches: [{ batch: 'whereIn', single: ['where', 'first'] }],
  },
  {
    label: 'drizzle',
    modules: ['drizzle-orm', 'drizzle-orm/node-postgres', 'drizzle-orm/postgres-js', 'drizzle-orm/mysql2', 'drizzle-orm/better-sqlite3', 'drizzle-orm/neon-http', 'drizzle-orm/libsql', 'drizzle-orm/d1'],
    kind: 'db',
    exports: { drizzle: 'factory' },
    types: ['NodePgDatabase', 'PostgresJsDatabase', 'MySql2Database', 'BetterSQLite3Database', 'LibSQLDatabase', 'DrizzleD1Database'],
    builder: true,
  },
  {
    label: 'kysely',
    modules: ['kysely'],
    kind: 'db',
    exports: { Kysely: 'constructor' },
    types: ['Kysely', 'Transaction'],
    builder: true,
    ignore: ['destroy', 'fn', 'dynamic', 'withPlugin', 'withSchema'],
  },
  {
    label: 'pg',
    modules: ['pg', 'pg-pool', 'postgres', '@neondatabase/serverless', '@vercel/postgres'],
    kind: 'db',
    exports: { Pool: 'constructor', Client: 'constructor', default: 'factory', '*': 'handle', neon: 'factory', sql: 'callable' },
    types: ['Pool', 'PoolClient', 'Client', 'Sql', 'ClientBase'],
    derive: ['connect'],
    ignore: [...EVENT_METHODS, 'release', 'end', 'escapeLiteral', 'escapeIdentifier', 'unsafe'],
  },
  {
    label: 'mysql',
    modules: ['mysql2', 'mysql2/promise', 'mysql', 'mariadb'],
    kind: 'db',
    exports: { createPool: 'factory', createConnection: 'factory', createPoolCluster: 'factory', default: 'handle', '*': 'handle' },
    types: ['Pool', 'Connection', 'PoolConnection'],
    derive: ['getConnection', 'promise'],
    ignore: [...EVENT_METHODS, 'release', 'end', 'escape', 'format', 'destroy'],
  },
  {
    label: 'sqlite',
    modules: ['better-sqlite3'],
    kind: 'db',
    local: true,
    exports: { default: 'constructor', '*': 'constructor' },
    types: ['Database'],
    derive: ['prepare'],
    ignore: ['pragma', 'close', 'function', 'aggregate', 'transaction'],
  },
  // ---- network
  {
    label: 'fetch',
    modules: ['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'make-fetch-happen'],
    kind: 'network',
    exports: { default: 'callable', fetch: 'callable' },
  },
  {
    label: 'axios',
    modules: ['axios'],
    kind: 'network',
    exports: { default: 'handle', axios: 'handle', create: 'factory' },
    types: ['AxiosInstance', 'AxiosStatic'],
    derive: ['create'],
    ignore: ['interceptors', 'defaults', 'isAxiosError', 'isCancel', 'CancelToken', 'getUri', 'all', 'spread', 'toFormData'],
  },
  {
    label: 'got',
    modules: ['got'],
    kind: 'network',
    exports: { default: 'handle', got: 'handle' },
    types: ['Got'],
    derive: ['extend'],
    ignore: ['defaults', 'mergeOptions', 'paginate'],
  },
  {
    label: 'ky',
    modules: ['ky', 'ky-universal'],
    kind: 'network',
    exports: { default: 'handle' },
    types: ['KyInstance'],
    derive: ['create', 'extend'],
  },
  {
    label: 'undici',
    modules: ['undici'],
    kind: 'network',
    exports: { request: 'callable', fetch: 'callable', stream: 'callable', Pool: 'constructor', Client: 'constructor', Agent: 'constructor' },
    types: ['Pool', 'Client', 'Dispatcher'],
    ignore: [...EVENT_METHODS, 'close', 'destroy'],
  },
  {
    label: 'http',
    modules: ['http', 'https', 'node:http', 'node:https', 'http2', 'node:http2'],
    kind: 'network',
    exports: { request: 'callable', get: 'callable', connect: 'factory', default: 'handle', '*': 'handle' },
    ignore: ['createServer', 'Agent', 'STATUS_CODES', 'METHODS', 'globalAgent', 'validateHeaderName', 'validateHeaderValue', 'Server', 'IncomingMessage', 'ServerResponse', 'ClientRequest', 'OutgoingMessage', 'maxHeaderSize', 'setMaxIdleHTTPParsers'],
  },
  {
    label: 'aws',
    modules: ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', '@aws-sdk/client-rds-data', '@aws-sdk/client-timestream-query'],
    kind: 'db',
    exports: { '*': 'constructor' },
    types: ['*Client'],
    ignore: ['destroy', 'middlewareStack', 'config'],
    batches: [
      { batch: 'send:BatchGetItemCommand', single: ['send:GetItemCommand', 'send:GetCommand'] },
      { batch: 'send:BatchGetCommand', single: ['send:GetCommand', 'send:GetItemCommand'] },
      { batch: 'send:BatchWriteItemCommand', single: ['send:PutItemCommand', 'send:PutCommand', 'send:DeleteItemCommand'] },
      { batch: 'send:BatchWriteCommand', single: ['send:PutCommand', 'send:PutItemCommand', 'send:DeleteCommand'] },
      { batch: 'send:BatchExecuteStatementCommand', single: ['send:ExecuteStatementCommand'] },
    ],
  },
  {
    label: 'aws',
    modules: ['@aws-sdk/client-sqs', '@aws-sdk/client-sns', '@aws-sdk/client-kinesis', '@aws-sdk/client-firehose', '@aws-sdk/client-eventbridge'],
    kind: 'queue',
    exports: { '*': 'constructor' },
    types: ['*Client'],
    ignore: ['destroy', 'middlewareStack', 'config'],
    batches: [
      { batch: 'send:SendMessageBatchCommand', single: ['send:SendMessageCommand'] },
      { batch: 'send:PublishBatchCommand', single: ['send:PublishCommand'] },
      { batch: 'send:PutRecordsCommand', single: ['send:PutRecordCommand'] },
      { batch: 'send:PutRecordBatchCommand', single: ['send:PutRecordCommand'] },
      { batch: 'send:DeleteMessageBatchCommand', single: ['send:DeleteMessageCommand'] },
    ],
  },
  {
    label: 'aws',
    modules: ['@aws-sdk/*'],
    kind: 'network',
    exports: { '*': 'constructor' },
    types: ['*Client'],
    derive: [],
    ignore: ['destroy', 'middlewareStack', 'config'],
    batches: [
      { batch: 'send:DeleteObjectsCommand', single: ['send:DeleteObjectCommand'] },
    ],
  },
  {
    label: 'stripe',
    modules: ['stripe'],
    kind: 'network',
    exports: { default: 'constructor', Stripe: 'constructor' },
    types: ['Stripe'],
    ignore: ['webhooks', 'on', 'off', 'once'],
  },
  {
    label: 'openai',
    modules: ['openai'],
    kind: 'network',
    exports: { default: 'constructor', OpenAI: 'constructor', AzureOpenAI: 'constructor' },
    types: ['OpenAI'],
  },
  {
    label: 'grpc',
    modules: ['@grpc/grpc-js'],
    kind: 'network',
    exports: { Client: 'constructor', makeGenericClientConstructor: 'factory' },
    ignore: ['close', 'getChannel', 'waitForReady'],
  },
  {
    label: 'graphql',
    modules: ['graphql-request'],
    kind: 'network',
    exports: { GraphQLClient: 'constructor', request: 'callable', rawRequest: 'callable', default: 'callable' },
    types: ['GraphQLClient'],
    ignore: ['setHeader', 'setHeaders', 'setEndpoint'],
  },
  // ---- queues
  {
    label: 'kafka',
    modules: ['kafkajs'],
    kind: 'queue',
    exports: { Kafka: 'constructor' },
    types: ['Producer', 'Consumer', 'Kafka', 'Admin'],
    derive: ['producer', 'consumer', 'admin', 'transaction'],
    ignore: ['connect', 'disconnect', 'on', 'events', 'logger', 'run', 'subscribe'],
    batches: [{ batch: 'sendBatch', single: ['send'] }],
  },
  {
    label: 'amqp',
    modules: ['amqplib', 'amqplib/callback_api', 'amqp-connection-manager'],
    kind: 'queue',
    exports: { connect: 'factory', default: 'handle', '*': 'handle' },
    types: ['Channel', 'ConfirmChannel', 'Connection', 'ChannelModel'],
    derive: ['createChannel', 'createConfirmChannel'],
    ignore: [...EVENT_METHODS, 'close', 'ack', 'nack', 'prefetch', 'consume', 'reject'],
  },
  {
    label: 'bullmq',
    modules: ['bullmq', 'bull', 'bee-queue'],
    kind: 'queue',
    exports: { Queue: 'constructor', default: 'constructor', FlowProducer: 'constructor' },
    types: ['Queue', 'FlowProducer'],
    ignore: [...EVENT_METHODS, 'close', 'process', 'name', 'opts'],
    batches: [{ batch: 'addBulk', single: ['add'] }],
  },
  {
    label: 'sqs',
    modules: ['sqs-consumer', 'sqs-producer'],
    kind: 'queue',
    exports: { Producer: 'constructor' },
    types: ['Producer'],
    ignore: [...EVENT_METHODS, 'start', 'stop'],
  },
];

/** Global functions that are I/O wherever they are called. */
export const GLOBAL_CALLABLES: Record<string, { label: string; kind: EffectKind }> = {
  fetch: { label: 'fetch', kind: 'network' },
};

/** Constructors of in-memory structures: a field or variable made from one is never a client. */
export const IN_MEMORY_CONSTRUCTORS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Array', 'Object', 'LRUCache', 'LRU', 'QuickLRU', 'NodeCache']);

/**
 * Names that suggest an I/O client when nothing else is known about a value (an untyped
 * parameter, a field injected by a framework). These count at lower confidence.
 */
export const TELLING_NAMES: Array<{ pattern: RegExp; kind: EffectKind; label: string; methods: RegExp }> = [
  {
    pattern: /^(redis(Client)?|cache(Client|Store|Service)?|memcached?(Client)?|kv(Store)?)$/i,
    kind: 'cache',
    label: 'cache',
    methods: /^(get|set|mget|mset|del|exists|expire|incr|decr|h[a-z]+|s(add|rem|members|ismember)|z[a-z]+|l(push|pop|range)|r(push|pop)|getOrSet|wrap|remember)$/i,
  },
  {
    pattern: /^(db|database|prisma|knex|pool|pg|sql|conn(ection)?|tx|trx|manager|em|entityManager|dataSource|orm|mongo|client)$|(Repository|Repo|Dao|Collection)$/,
    kind: 'db',
    label: 'db',
    methods: /^(query|execute|exec|raw|find[A-Za-z]*|get(One|Many|By[A-Za-z]*)?|insert[A-Za-z]*|update[A-Za-z]*|delete[A-Za-z]*|remove|save|create[A-Za-z]*|upsert|count[A-Za-z]*|aggregate|select[A-Za-z]*|increment|decrement)$/,
  },
  {
    pattern: /^(http(Client)?|api(Client)?|rest(Client)?)$|(ApiClient|HttpClient|Api)$/,
    kind: 'network',
    label: 'http',
    methods: /^(get|post|put|patch|delete|head|request|fetch|send)$/i,
  },
  {
    pattern: /^(queue|producer|publisher|channel|bus|eventBus)$|(Queue|Producer|Publisher)$/,
    kind: 'queue',
    label: 'queue',
    methods: /^(add|publish|send|sendToQueue|enqueue|push|emit)$/,
  },
];

/** Methods that, called on a handle with a callback, pass a handle to the callback (transactions, sessions). */
export const HANDLE_CALLBACK_METHODS = /^(\$?transaction|withTransaction|withSession|connect|getConnection|tx|batch)$/;

/** Promise plumbing that does not change which call is the I/O. */
export const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);

export type TellingName = (typeof TELLING_NAMES)[number];

/** The catalog one analysis uses: the built-in libraries and names, plus the configured ones (first). */
export class Catalog {
  readonly names: TellingName[];

  constructor(
    private readonly extra: ClientLibrary[] = [],
    extraNames: TellingName[] = [],
  ) {
    this.names = [...extraNames, ...TELLING_NAMES];
  }

  /**
   * A module that is not in the repository and not a package of the catalog, whose path and
   * imported name both name one library: the output of a client generator that is not committed
   * (`import { PrismaClient } from '../generated/prisma/client'`), or a file a partial checkout
   * lacks. Both must agree: the path names the library's label, and the name is one of its
   * constructors or factories.
   */
  generatedClient(specifier: string, name: string): ClientLibrary | undefined {
    const words = specifier.toLowerCase().split(/[^a-z0-9]+/);
    for (const lib of [...this.extra, ...CATALOG]) {
      const role = Object.hasOwn(lib.exports, name) ? lib.exports[name] : undefined;
      if ((role === 'constructor' || role === 'factory') && name !== 'default' && words.includes(lib.label)) return lib;
    }
    return undefined;
  }

  forModule(specifier: string): ClientLibrary | undefined {
    for (const lib of this.extra) if (lib.modules.includes(specifier)) return lib;
    return librariesForModule(specifier);
  }
}

export const DEFAULT_CATALOG = new Catalog();

export function librariesForModule(specifier: string): ClientLibrary | undefined {
  for (const lib of CATALOG) {
    for (const m of lib.modules) {
      if (m === specifier) return lib;
      if (m.endsWith('/*') && specifier.startsWith(m.slice(0, -1))) return lib;
    }
  }
  return undefined;
}

/** Whether `name` matches a catalog type pattern (`*Client` matches `S3Client`). */
export function matchesTypeName(patterns: string[] | undefined, name: string): boolean {
  if (!patterns) return false;
  return patterns.some((p) => (p.startsWith('*') ? name.endsWith(p.slice(1)) && name.length > p.length - 1 : p === name));
}
