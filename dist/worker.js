// src/parse/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/catalog/analytics.ts
var ANALYTICS = [
  {
    label: "clickhouse",
    modules: ["@clickhouse/client", "@clickhouse/client-web"],
    kind: "db",
    exports: { createClient: "factory", ClickHouseClient: "constructor" },
    types: ["ClickHouseClient"],
    ignore: ["close"],
    settings: { createClient: { timeouts: { request_timeout: 3e4 } }, "new ClickHouseClient": { timeouts: { request_timeout: 3e4 } } }
  },
  {
    // `tb.buildPipe({...})` and `tb.buildIngestEndpoint({...})` return the function that is the request.
    // An HTTPS API (pipes are published endpoints): network, like any HTTP service.
    label: "tinybird",
    modules: ["@chronark/zod-bird"],
    kind: "network",
    exports: { Tinybird: "constructor" },
    types: ["Tinybird"],
    derive: ["buildPipe", "buildIngestEndpoint"]
  }
];

// src/catalog/apis.ts
var APIS = [
  {
    label: "stripe",
    modules: ["stripe"],
    kind: "network",
    exports: { default: "constructor", Stripe: "constructor" },
    types: ["Stripe"],
    ignore: ["webhooks", "on", "off", "once"]
  },
  {
    label: "openai",
    modules: ["openai"],
    kind: "network",
    exports: { default: "constructor", OpenAI: "constructor", AzureOpenAI: "constructor" },
    types: ["OpenAI"],
    // 2 retries, 10 min per request.
    settings: { "new *": { timeouts: { timeout: 6e5 }, retries: { maxRetries: { value: 2, attempts: false } } } }
  },
  {
    label: "anthropic",
    modules: ["@anthropic-ai/sdk"],
    kind: "network",
    exports: { default: "constructor", Anthropic: "constructor", AnthropicBedrock: "constructor", AnthropicVertex: "constructor" },
    types: ["Anthropic"],
    // 2 retries, 10 min per request.
    settings: { "new *": { timeouts: { timeout: 6e5 }, retries: { maxRetries: { value: 2, attempts: false } } } },
    // The Message Batches API takes many requests in one call.
    batches: [{ batch: "messages.batches.create", single: ["messages.create"] }]
  },
  {
    // `google.gmail({ version: 'v1', auth })` gives the Gmail client: `gmail.users.messages.get(...)`.
    label: "googleapis",
    modules: ["googleapis"],
    kind: "network",
    exports: { google: "handle", default: "handle", "*": "handle" },
    derive: ["gmail", "calendar", "drive", "sheets", "docs", "slides", "people", "admin", "youtube", "analytics", "analyticsdata", "searchconsole", "tasks", "forms", "chat", "oauth2", "webmasters", "bigquery", "storage", "iam", "cloudresourcemanager"],
    ignore: ["options", "setCredentials", "generateAuthUrl", "on", "auth", "getAccessToken", "credentials"],
    batches: [
      { batch: "batchDelete", single: ["delete", "trash"] },
      { batch: "batchModify", single: ["modify"] },
      { batch: "batchUpdate", single: ["update"] },
      { batch: "batchGet", single: ["get"] }
    ]
  },
  {
    label: "googleapis",
    modules: ["@googleapis/gmail", "@googleapis/calendar", "@googleapis/drive", "@googleapis/sheets", "@googleapis/people", "@googleapis/docs"],
    kind: "network",
    exports: { gmail: "factory", calendar: "factory", drive: "factory", sheets: "factory", people: "factory", docs: "factory", auth: "not-io" },
    ignore: ["options", "context"],
    batches: [
      { batch: "batchDelete", single: ["delete", "trash"] },
      { batch: "batchModify", single: ["modify"] },
      { batch: "batchUpdate", single: ["update"] },
      { batch: "batchGet", single: ["get"] }
    ]
  }
];

// src/catalog/aws.ts
var v2Export = (name) => /^[A-Z]/.test(name) ? "constructor" : "not-io";
var V2_IGNORE = ["config", "getSignedUrl", "getSignedUrlPromise", "createPresignedPost", "on", "endpoint", "makeUnauthenticatedRequest", "waitFor"];
var V2_DB_BATCHES = [
  { batch: "batchGet", single: ["get"] },
  { batch: "batchGetItem", single: ["getItem"] },
  { batch: "batchWrite", single: ["put", "delete"] },
  { batch: "batchWriteItem", single: ["putItem", "deleteItem"] },
  { batch: "batchExecuteStatement", single: ["executeStatement"] }
];
var V2_QUEUE_BATCHES = [
  { batch: "sendMessageBatch", single: ["sendMessage"] },
  { batch: "deleteMessageBatch", single: ["deleteMessage"] },
  { batch: "publishBatch", single: ["publish"] },
  { batch: "putRecords", single: ["putRecord"] },
  { batch: "putRecordBatch", single: ["putRecord"] }
];
var SDK_V3 = { "new *": { retries: { maxAttempts: { value: 3, attempts: true } }, backoff: "exponential" } };
var AWS = [
  {
    label: "aws",
    settings: SDK_V3,
    modules: ["@aws-sdk/client-dynamodb", "@aws-sdk/lib-dynamodb", "@aws-sdk/client-rds-data", "@aws-sdk/client-timestream-query"],
    kind: "db",
    exports: { "*": "constructor" },
    types: ["*Client"],
    ignore: ["destroy", "middlewareStack", "config"],
    batches: [
      { batch: "send:BatchGetItemCommand", single: ["send:GetItemCommand", "send:GetCommand"] },
      { batch: "send:BatchGetCommand", single: ["send:GetCommand", "send:GetItemCommand"] },
      { batch: "send:BatchWriteItemCommand", single: ["send:PutItemCommand", "send:PutCommand", "send:DeleteItemCommand"] },
      { batch: "send:BatchWriteCommand", single: ["send:PutCommand", "send:PutItemCommand", "send:DeleteCommand"] },
      { batch: "send:BatchExecuteStatementCommand", single: ["send:ExecuteStatementCommand"] }
    ]
  },
  {
    label: "aws",
    settings: SDK_V3,
    modules: ["@aws-sdk/client-sqs", "@aws-sdk/client-sns", "@aws-sdk/client-kinesis", "@aws-sdk/client-firehose", "@aws-sdk/client-eventbridge"],
    kind: "queue",
    exports: { "*": "constructor" },
    types: ["*Client"],
    ignore: ["destroy", "middlewareStack", "config"],
    batches: [
      { batch: "send:SendMessageBatchCommand", single: ["send:SendMessageCommand"] },
      { batch: "send:PublishBatchCommand", single: ["send:PublishCommand"] },
      { batch: "send:PutRecordsCommand", single: ["send:PutRecordCommand"] },
      { batch: "send:PutRecordBatchCommand", single: ["send:PutRecordCommand"] },
      { batch: "send:DeleteMessageBatchCommand", single: ["send:DeleteMessageCommand"] }
    ]
  },
  {
    // `new Upload({ client, params }).done()`: a multipart upload to S3, streamed in parts.
    label: "aws",
    modules: ["@aws-sdk/lib-storage"],
    kind: "network",
    exports: { Upload: "constructor" },
    types: ["Upload"],
    ignore: ["on", "once", "off", "abort"]
  },
  {
    label: "aws",
    settings: SDK_V3,
    modules: ["@aws-sdk/*"],
    kind: "network",
    exports: { "*": "constructor" },
    types: ["*Client"],
    derive: [],
    ignore: ["destroy", "middlewareStack", "config"],
    batches: [
      { batch: "send:DeleteObjectsCommand", single: ["send:DeleteObjectCommand"] }
    ]
  },
  {
    label: "aws",
    settings: SDK_V3,
    modules: ["aws-sdk/clients/dynamodb"],
    kind: "db",
    exports: { default: "constructor", "*": "handle", DocumentClient: "constructor" },
    otherExports: v2Export,
    types: ["DynamoDB", "DocumentClient"],
    builder: true,
    ignore: V2_IGNORE,
    batches: V2_DB_BATCHES
  },
  {
    label: "aws",
    settings: SDK_V3,
    modules: ["aws-sdk/clients/sqs", "aws-sdk/clients/sns", "aws-sdk/clients/kinesis", "aws-sdk/clients/firehose", "aws-sdk/clients/eventbridge"],
    kind: "queue",
    exports: { default: "constructor" },
    otherExports: v2Export,
    types: ["SQS", "SNS", "Kinesis", "Firehose", "EventBridge"],
    builder: true,
    ignore: V2_IGNORE,
    batches: V2_QUEUE_BATCHES
  },
  {
    label: "aws",
    settings: SDK_V3,
    modules: ["aws-sdk", "aws-sdk/clients/*"],
    kind: "network",
    exports: { default: "handle", "*": "handle", config: "not-io", Credentials: "not-io", Endpoint: "not-io" },
    otherExports: v2Export,
    types: ["S3", "DynamoDB", "DocumentClient", "SQS", "SNS", "Lambda", "SES", "SecretsManager", "SSM", "Kinesis", "CloudWatch", "STS", "StepFunctions", "EventBridge", "CognitoIdentityServiceProvider"],
    builder: true,
    ignore: V2_IGNORE,
    batches: [...V2_DB_BATCHES, ...V2_QUEUE_BATCHES, { batch: "deleteObjects", single: ["deleteObject"] }]
  }
];

// src/catalog/builders.ts
var BUILDERS = [
  {
    label: "knex",
    modules: ["knex"],
    kind: "db",
    exports: { default: "factory", knex: "factory", "*": "factory" },
    types: ["Knex"],
    builder: true,
    // A knex query runs when it is awaited or then'd; these give its SQL.
    renders: ["toQuery", "toSQL", "toString", "toNative"],
    runs: ["asCallback", "stream", "pipe"],
    ignore: ["destroy", "schema", "fn", "ref", "client", "migrate", "seed"],
    batches: [{ batch: "whereIn", single: ["where", "first"] }],
    // A knex instance's pool holds up to 10 connections.
    settings: { "*": { limits: { "pool.max": 10 } } }
  },
  {
    label: "kysely",
    modules: ["kysely"],
    kind: "db",
    exports: { Kysely: "constructor" },
    types: ["Kysely", "Transaction"],
    builder: true,
    // A kysely query runs only through an execute method; `compile()` gives its SQL.
    renders: ["compile"],
    runs: ["execute", "executeTakeFirst", "executeTakeFirstOrThrow", "stream"],
    ignore: ["destroy", "fn", "dynamic", "withPlugin", "withSchema"]
  }
];

// src/catalog/library.ts
var EVENT_METHODS = ["on", "once", "off", "emit", "addListener", "removeListener", "removeAllListeners", "listenerCount", "setMaxListeners"];

// src/catalog/cache.ts
var CACHE = [
  {
    label: "redis",
    modules: ["ioredis"],
    kind: "cache",
    exports: { default: "constructor", Redis: "constructor", Cluster: "constructor", "*": "constructor" },
    types: ["Redis", "Cluster", "RedisType"],
    derive: ["duplicate"],
    pipeline: { methods: ["pipeline", "multi"], flush: ["exec", "execBuffer"] },
    ignore: [...EVENT_METHODS, "defineCommand", "disconnect", "status", "options", "createBuiltinCommand", "nodes"],
    // ioredis: 10 s to connect, commands wait forever, 20 retries per request while reconnecting, with a growing wait.
    settings: {
      // Commands issued while disconnected queue without limit (a cluster's and its nodes' options alike).
      "new *": { timeouts: { connectTimeout: 1e4, commandTimeout: null }, retries: { maxRetriesPerRequest: { value: 20, attempts: false } }, backoff: "linear", limits: { enableOfflineQueue: null, "redisOptions.enableOfflineQueue": null } }
    },
    batches: [
      { batch: "mget", single: ["get", "getBuffer"] },
      { batch: "mset", single: ["set", "setex"] },
      { batch: "hmget", single: ["hget"] },
      { batch: "del", single: ["del"], when: "array-arg" }
    ]
  },
  {
    label: "redis",
    modules: ["redis", "@redis/client"],
    kind: "cache",
    exports: { createClient: "factory", createCluster: "factory" },
    types: ["RedisClientType", "RedisClusterType", "RedisClient"],
    derive: ["duplicate", "isolated"],
    pipeline: { methods: ["multi", "MULTI"], flush: ["exec", "EXEC", "execAsPipeline"] },
    ignore: [...EVENT_METHODS, "connect", "disconnect", "quit", "isOpen", "isReady"],
    batches: [
      { batch: "mGet", single: ["get", "GET"] },
      { batch: "MGET", single: ["get", "GET"] },
      { batch: "mSet", single: ["set", "SET"] },
      { batch: "hmGet", single: ["hGet"] }
    ]
  },
  {
    label: "redis",
    modules: ["@upstash/redis", "@upstash/redis/nodejs", "@upstash/redis/cloudflare"],
    kind: "cache",
    exports: { Redis: "constructor" },
    statics: ["fromEnv"],
    types: ["Redis"],
    pipeline: { methods: ["pipeline", "multi"], flush: ["exec"] },
    batches: [{ batch: "mget", single: ["get"] }, { batch: "mset", single: ["set"] }]
  },
  {
    label: "memcached",
    modules: ["memcached", "memjs"],
    kind: "cache",
    exports: { default: "constructor", Client: "factory" },
    types: ["Memcached"],
    ignore: [...EVENT_METHODS],
    batches: [{ batch: "getMulti", single: ["get"] }]
  },
  {
    // `ratelimit.limit(id)` is a round trip to Redis; `Ratelimit.slidingWindow(...)` only configures.
    label: "ratelimit",
    modules: ["@upstash/ratelimit"],
    kind: "cache",
    exports: { Ratelimit: "constructor" },
    types: ["Ratelimit"]
  }
];

// src/catalog/drizzle.ts
var DRIZZLE = [
  {
    label: "drizzle",
    modules: ["drizzle-orm", "drizzle-orm/node-postgres", "drizzle-orm/postgres-js", "drizzle-orm/mysql2", "drizzle-orm/better-sqlite3", "drizzle-orm/neon-http", "drizzle-orm/libsql", "drizzle-orm/d1"],
    kind: "db",
    exports: { drizzle: "factory" },
    types: ["NodePgDatabase", "PostgresJsDatabase", "MySql2Database", "BetterSQLite3Database", "LibSQLDatabase", "DrizzleD1Database"],
    builder: true
  }
];

// src/catalog/email.ts
var EMAIL = [
  {
    label: "resend",
    modules: ["resend"],
    kind: "network",
    exports: { Resend: "constructor", default: "constructor" },
    types: ["Resend"],
    // `resend.batch.send([...])` sends up to 100 emails in one request.
    batches: [{ batch: "batch.send", single: ["emails.send"] }]
  },
  {
    label: "sendgrid",
    modules: ["@sendgrid/mail"],
    kind: "network",
    exports: { default: "handle", "*": "handle", MailService: "constructor" },
    types: ["MailService"],
    ignore: ["setApiKey", "setClient", "setTimeout", "setSubstitutionWrappers", "setTwilioEmailAuth", "setDataResidency"],
    batches: [
      { batch: "send", single: ["send"], when: "array-arg" },
      { batch: "sendMultiple", single: ["send"] }
    ]
  },
  {
    label: "nodemailer",
    modules: ["nodemailer"],
    kind: "network",
    exports: { default: "handle", "*": "handle", createTransport: "factory" },
    types: ["Transporter"],
    derive: ["createTransport"],
    ignore: [...EVENT_METHODS, "use", "close", "isIdle", "createTestAccount", "getTestMessageUrl"]
  },
  {
    label: "postmark",
    modules: ["postmark"],
    kind: "network",
    exports: { ServerClient: "constructor", AccountClient: "constructor", Client: "constructor", default: "handle", "*": "handle" },
    types: ["ServerClient"],
    batches: [
      { batch: "sendEmailBatch", single: ["sendEmail"] },
      { batch: "sendEmailBatchWithTemplates", single: ["sendEmailWithTemplate"] }
    ]
  },
  {
    // `new Mailgun(FormData).client({ username, key })` is the client: `mg.messages.create(domain, data)`.
    label: "mailgun",
    modules: ["mailgun.js"],
    kind: "network",
    exports: { default: "constructor", Mailgun: "constructor" },
    derive: ["client"]
  }
];

// src/catalog/firebase.ts
var QUERY_BUILDING = ["collection", "collectionGroup", "doc", "where", "orderBy", "limit", "limitToLast", "offset", "select", "startAt", "startAfter", "endAt", "endBefore", "withConverter", "parent"];
var FIREBASE = [
  {
    label: "firestore",
    modules: ["firebase-admin/firestore", "@google-cloud/firestore"],
    kind: "db",
    exports: { getFirestore: "factory", Firestore: "constructor", FieldValue: "not-io", Timestamp: "not-io", FieldPath: "not-io" },
    types: ["Firestore", "CollectionReference", "DocumentReference", "Query"],
    derive: QUERY_BUILDING,
    pipeline: { methods: ["batch", "bulkWriter"], flush: ["commit", "close", "flush"] },
    ignore: ["settings", "onSnapshot", "terminate", "id", "path"],
    batches: [{ batch: "getAll", single: ["get"] }]
  },
  {
    // `admin.firestore()`, `admin.auth()`, `admin.messaging()`: each gives the service's client.
    label: "firebase",
    modules: ["firebase-admin"],
    kind: "db",
    exports: { default: "handle", "*": "handle", firestore: "factory", auth: "factory", messaging: "factory", initializeApp: "not-io", credential: "not-io", apps: "not-io" },
    derive: ["firestore", "auth", "messaging", "storage", "database", "bucket", ...QUERY_BUILDING],
    pipeline: { methods: ["batch", "bulkWriter"], flush: ["commit", "close", "flush"] },
    ignore: ["initializeApp", "credential", "apps", "app", "settings", "onSnapshot", "terminate", "FieldValue", "Timestamp", "FieldPath"],
    batches: [
      { batch: "getAll", single: ["get"] },
      { batch: "getUsers", single: ["getUser", "getUserByEmail"] },
      { batch: "sendEach", single: ["send"] },
      { batch: "sendEachForMulticast", single: ["send"] }
    ]
  },
  {
    label: "firebase",
    modules: ["firebase-admin/auth", "firebase-admin/messaging"],
    kind: "network",
    exports: { getAuth: "factory", getMessaging: "factory" },
    types: ["Auth", "Messaging"],
    batches: [
      { batch: "getUsers", single: ["getUser", "getUserByEmail"] },
      { batch: "sendEach", single: ["send"] },
      { batch: "sendEachForMulticast", single: ["send"] }
    ]
  },
  {
    // The modular SDK: the functions are the requests; references and queries are built locally.
    label: "firestore",
    modules: ["firebase/firestore", "firebase/firestore/lite"],
    kind: "db",
    exports: {
      getDoc: "callable",
      getDocs: "callable",
      setDoc: "callable",
      updateDoc: "callable",
      addDoc: "callable",
      deleteDoc: "callable",
      getCountFromServer: "callable",
      runTransaction: "callable",
      getFirestore: "not-io",
      doc: "not-io",
      collection: "not-io",
      query: "not-io",
      where: "not-io",
      orderBy: "not-io",
      limit: "not-io",
      writeBatch: "not-io",
      serverTimestamp: "not-io",
      onSnapshot: "not-io"
    }
  }
];

// src/catalog/http.ts
var HTTP = [
  {
    label: "fetch",
    modules: ["node-fetch", "cross-fetch", "isomorphic-fetch", "make-fetch-happen"],
    kind: "network",
    exports: { default: "callable", fetch: "callable" },
    settings: { "*": { timeouts: { signal: null, timeout: null } } }
  },
  {
    label: "axios",
    modules: ["axios"],
    kind: "network",
    exports: { default: "handle", axios: "handle", create: "factory" },
    types: ["AxiosInstance", "AxiosStatic"],
    derive: ["create"],
    // axios waits forever unless `timeout` is set.
    settings: { "*": { timeouts: { timeout: null } } },
    ignore: ["interceptors", "defaults", "isAxiosError", "isCancel", "CancelToken", "getUri", "all", "spread", "toFormData"]
  },
  {
    label: "got",
    modules: ["got"],
    kind: "network",
    exports: { default: "handle", got: "handle" },
    types: ["Got"],
    derive: ["extend"],
    // got: no timeout unless set; 2 retries, backing off exponentially, for every method but POST and PATCH.
    settings: {
      "*": { timeouts: { timeout: null }, retries: { retry: { value: 2, attempts: false } }, backoff: "exponential" },
      post: { timeouts: { timeout: null }, backoff: "exponential" },
      patch: { timeouts: { timeout: null }, backoff: "exponential" },
      extend: { timeouts: { timeout: null }, retries: { retry: { value: 2, attempts: false } }, backoff: "exponential" }
    },
    ignore: ["defaults", "mergeOptions", "paginate"]
  },
  {
    label: "ky",
    modules: ["ky", "ky-universal"],
    kind: "network",
    exports: { default: "handle" },
    types: ["KyInstance"],
    derive: ["create", "extend"],
    // ky: 10 s per request, 2 retries, backing off exponentially, for every method but POST and PATCH.
    settings: {
      "*": { timeouts: { timeout: 1e4 }, retries: { retry: { value: 2, attempts: false } }, backoff: "exponential" },
      post: { timeouts: { timeout: 1e4 }, backoff: "exponential" },
      patch: { timeouts: { timeout: 1e4 }, backoff: "exponential" },
      create: { timeouts: { timeout: 1e4 }, retries: { retry: { value: 2, attempts: false } }, backoff: "exponential" }
    }
  },
  {
    label: "undici",
    modules: ["undici"],
    kind: "network",
    exports: { request: "callable", fetch: "callable", stream: "callable", Pool: "constructor", Client: "constructor", Agent: "constructor" },
    types: ["Pool", "Client", "Dispatcher"],
    // undici: 300 s for headers and for the body, 10 s to connect; a pool or agent opens as many connections as requests need.
    settings: { "*": { timeouts: { headersTimeout: 3e5, bodyTimeout: 3e5, connectTimeout: 1e4 } }, "new Pool": { limits: { connections: null } }, "new Agent": { limits: { connections: null } } },
    ignore: [...EVENT_METHODS, "close", "destroy"]
  },
  {
    label: "http",
    modules: ["http", "https", "node:http", "node:https", "http2", "node:http2"],
    kind: "network",
    exports: { request: "callable", get: "callable", connect: "factory", default: "handle", "*": "handle" },
    // An `http.Agent` opens as many sockets per host as requests need.
    settings: { "new Agent": { limits: { maxSockets: null } } },
    ignore: ["createServer", "Agent", "STATUS_CODES", "METHODS", "globalAgent", "validateHeaderName", "validateHeaderValue", "Server", "IncomingMessage", "ServerResponse", "ClientRequest", "OutgoingMessage", "maxHeaderSize", "setMaxIdleHTTPParsers"]
  },
  {
    // `bent('json')` returns the request function: `await getJSON(url)`.
    label: "bent",
    modules: ["bent"],
    kind: "network",
    exports: { default: "factory", "*": "factory" },
    // bent has no timeout option: a request waits as long as the socket does.
    settings: { "*": { timeouts: {} } }
  }
];

// src/catalog/in-process.ts
var IN_PROCESS = [
  {
    label: "limiter",
    modules: ["p-limit", "p-queue", "bottleneck", "p-throttle", "async-sema"],
    kind: "other",
    exports: { default: "not-io", "*": "not-io", Bottleneck: "not-io", Sema: "not-io" }
  },
  {
    label: "lru",
    modules: ["lru-cache", "quick-lru", "node-cache", "mnemonist", "tiny-lru", "keyv"],
    kind: "other",
    exports: { default: "not-io", LRUCache: "not-io", "*": "not-io", lru: "not-io" }
  },
  {
    // Metrics clients send over UDP without waiting, or only record in memory (prom-client):
    // a metric in a loop is not fan-out, whatever the client's variable is called.
    label: "metrics",
    modules: ["hot-shots", "node-statsd", "statsd-client", "lynx", "prom-client", "@opentelemetry/api"],
    kind: "other",
    exports: { default: "not-io", "*": "not-io" },
    otherExports: () => "not-io"
  },
  {
    label: "logging",
    modules: ["pino", "winston", "bunyan", "loglevel", "consola", "signale"],
    kind: "other",
    exports: { default: "not-io", "*": "not-io" },
    otherExports: () => "not-io"
  }
];

// src/catalog/mongo.ts
var MONGO = [
  {
    label: "mongoose",
    modules: ["mongoose"],
    kind: "db",
    exports: { default: "handle", model: "factory", connect: "factory", createConnection: "factory", Model: "constructor" },
    types: ["Model", "Connection"],
    derive: ["model"],
    builder: true,
    ignore: ["Schema", "set", "plugin", "disconnect", "Types", "connection", "hydrate", "watch"],
    // The driver's pool: up to 100 connections per server.
    settings: { connect: { limits: { maxPoolSize: 100 } }, createConnection: { limits: { maxPoolSize: 100 } } },
    batches: [
      { batch: "find", single: ["findOne", "findById"], when: "in-filter" },
      { batch: "insertMany", single: ["create"] },
      { batch: "bulkWrite", single: ["updateOne", "findByIdAndUpdate", "findOneAndUpdate"] }
    ]
  },
  {
    label: "mongodb",
    modules: ["mongodb"],
    kind: "db",
    exports: { MongoClient: "constructor" },
    statics: ["connect"],
    types: ["MongoClient", "Db", "Collection"],
    // 30 s to pick a server and to connect; sockets wait forever. A pool of up to 100 connections per server.
    settings: {
      "new MongoClient": { timeouts: { serverSelectionTimeoutMS: 3e4, connectTimeoutMS: 3e4, socketTimeoutMS: null }, limits: { maxPoolSize: 100 } },
      connect: { limits: { maxPoolSize: 100 } }
    },
    derive: ["db", "collection", "startSession"],
    builder: true,
    ignore: [...EVENT_METHODS, "connect", "close"],
    batches: [
      { batch: "find", single: ["findOne"], when: "in-filter" },
      { batch: "insertMany", single: ["insertOne"] },
      { batch: "bulkWrite", single: ["updateOne", "replaceOne", "deleteOne"] },
      { batch: "updateMany", single: ["updateOne"], when: "in-filter" }
    ]
  }
];

// src/catalog/names.ts
var TELLING_NAMES = [
  {
    pattern: /^(redis(Client)?|cache(Client|Store|Service)?|memcached?(Client)?|kv(Store)?)$/i,
    kind: "cache",
    label: "cache",
    methods: /^(get|set|mget|mset|del|exists|expire|incr|decr|h[a-z]+|s(add|rem|members|ismember)|z[a-z]+|l(push|pop|range)|r(push|pop)|getOrSet|wrap|remember)$/i
  },
  {
    pattern: /^(db|database|prisma|knex|pool|pg|sql|conn(ection)?|tx|trx|manager|em|entityManager|dataSource|orm|mongo|client)$|(Repository|Repo|Dao|Collection)$/,
    kind: "db",
    label: "db",
    methods: /^(query|execute|exec|raw|find[A-Za-z]*|get(One|Many|By[A-Za-z]*)?|insert[A-Za-z]*|update[A-Za-z]*|delete[A-Za-z]*|remove|save|create[A-Za-z]*|upsert|count[A-Za-z]*|aggregate|select[A-Za-z]*|increment|decrement)$/
  },
  {
    pattern: /^(http(Client)?|api(Client)?|rest(Client)?)$|(ApiClient|HttpClient|Api)$/,
    kind: "network",
    label: "http",
    methods: /^(get|post|put|patch|delete|head|request|fetch|send)$/i
  },
  {
    pattern: /^(queue|producer|publisher|channel|bus|eventBus)$|(Queue|Producer|Publisher)$/,
    kind: "queue",
    label: "queue",
    methods: /^(add|publish|send|sendToQueue|enqueue|push|emit)$/
  }
];
var TELLING_MODULES = [
  { ...TELLING_NAMES[1], word: /^(prisma|db|database|drizzle|orm|postgres|pg|mysql|mongo(db)?|sql)$/ },
  { ...TELLING_NAMES[0], word: /^(redis|cache|kv|memcached?|valkey)$/ },
  {
    word: /^(email|emails|mailer|mail|smtp)$/,
    pattern: /^$/,
    kind: "network",
    label: "email",
    methods: /^(send[A-Za-z]*|deliver[A-Za-z]*)$/,
    functions: /^(send|deliver)[A-Z]\w*$/
  },
  { ...TELLING_NAMES[3], word: /^(queue|queues|jobs|bus|pubsub)$/, functions: /^(enqueue|publish|dispatch)[A-Z]?\w*$/ }
];

// src/catalog/prisma.ts
var PRISMA = [
  {
    label: "prisma",
    modules: ["@prisma/client"],
    kind: "db",
    // `Prisma` holds the generated types (`Prisma.TransactionClient`) and helpers (`Prisma.sql`, `Prisma.join`).
    exports: { PrismaClient: "constructor", Prisma: "namespace" },
    types: ["PrismaClient", "PrismaService", "TransactionClient"],
    operationDepth: 2,
    // `$extends` returns the client with extensions: still the client (`new PrismaClient().$extends(...)`).
    derive: ["$extends"],
    ignore: ["$on", "$use", "$connect", "$disconnect"],
    // Interactive transactions: 5 s to run, 2 s to wait for a connection. The pool's size is the URL's `connection_limit`, by default from the machine.
    settings: { $transaction: { timeouts: { timeout: 5e3, maxWait: 2e3 } }, "new PrismaClient": { limits: { "#connection_limit": "the Prisma default (2 x CPUs + 1)" } } },
    batches: [
      { batch: "findMany", single: ["findUnique", "findFirst", "findUniqueOrThrow", "findFirstOrThrow"], when: "in-filter" },
      { batch: "createMany", single: ["create", "upsert"] },
      { batch: "updateMany", single: ["update", "upsert"] },
      { batch: "deleteMany", single: ["delete"] }
    ]
  }
];

// src/catalog/queues.ts
var QUEUES = [
  {
    label: "kafka",
    modules: ["kafkajs"],
    kind: "queue",
    exports: { Kafka: "constructor" },
    types: ["Producer", "Consumer", "Kafka", "Admin"],
    derive: ["producer", "consumer", "admin", "transaction"],
    ignore: ["connect", "disconnect", "on", "events", "logger", "run", "subscribe"],
    batches: [{ batch: "sendBatch", single: ["send"] }]
  },
  {
    label: "amqp",
    modules: ["amqplib", "amqplib/callback_api", "amqp-connection-manager"],
    kind: "queue",
    exports: { connect: "factory", default: "handle", "*": "handle" },
    types: ["Channel", "ConfirmChannel", "Connection", "ChannelModel"],
    derive: ["createChannel", "createConfirmChannel"],
    ignore: [...EVENT_METHODS, "close", "ack", "nack", "prefetch", "consume", "reject"]
  },
  {
    label: "bullmq",
    modules: ["bullmq", "bull", "bee-queue"],
    kind: "queue",
    exports: { Queue: "constructor", default: "constructor", FlowProducer: "constructor" },
    types: ["Queue", "FlowProducer", "Job"],
    ignore: [...EVENT_METHODS, "close", "process", "name", "opts", "id", "data", "toJSON", "asJSON"],
    // Jobs fetched from the queue: each `job.remove()`, `job.retry()`, `job.getState()` is its own round trip.
    results: {
      getJob: "handle",
      getJobs: "handles",
      getWaiting: "handles",
      getActive: "handles",
      getDelayed: "handles",
      getCompleted: "handles",
      getFailed: "handles",
      getPrioritized: "handles",
      getWaitingChildren: "handles",
      add: "handle",
      addBulk: "handles"
    },
    batches: [{ batch: "addBulk", single: ["add"] }],
    // A worker's lock on a job lasts `lockDuration` and is checked every `stalledInterval`: how long a stuck job holds its slot.
    // A worker runs one job at a time; its connection is ioredis's, whose offline queue is on.
    settings: {
      "new Worker": { timeouts: { lockDuration: 3e4, stalledInterval: 3e4 }, limits: { concurrency: 1, "connection.enableOfflineQueue": null } },
      // A job with `attempts` and no `backoff` is retried at once.
      add: { backoff: "none" },
      "new Queue": { backoff: "none", limits: { "connection.enableOfflineQueue": null } }
    }
  },
  {
    // sqs-consumer hands the messages of one receive to `handleMessage` at once: `batchSize` is how many (one by default).
    label: "sqs",
    modules: ["sqs-consumer"],
    kind: "queue",
    exports: { Consumer: "constructor" },
    ignore: [...EVENT_METHODS, "start", "stop"],
    settings: { create: { limits: { batchSize: 1 } }, "new Consumer": { limits: { batchSize: 1 } } }
  },
  {
    label: "sqs",
    modules: ["sqs-producer"],
    kind: "queue",
    exports: { Producer: "constructor" },
    types: ["Producer"],
    ignore: [...EVENT_METHODS, "start", "stop"]
  },
  {
    // QStash delivers HTTP messages; a `Receiver` only verifies signatures, locally.
    label: "qstash",
    modules: ["@upstash/qstash", "@upstash/qstash/nextjs"],
    kind: "queue",
    exports: { Client: "constructor", Receiver: "not-io", verifySignature: "not-io", verifySignatureAppRouter: "not-io" },
    types: ["Client"],
    ignore: ["verify"],
    batches: [
      { batch: "batchJSON", single: ["publishJSON", "publish"] },
      { batch: "batch", single: ["publish", "publishJSON"] }
    ]
  }
];

// src/catalog/rpc.ts
var RPC = [
  {
    label: "grpc",
    modules: ["@grpc/grpc-js"],
    kind: "network",
    exports: { Client: "constructor", makeGenericClientConstructor: "factory" },
    ignore: ["close", "getChannel", "waitForReady"]
  },
  {
    label: "graphql",
    modules: ["graphql-request"],
    kind: "network",
    exports: { GraphQLClient: "constructor", request: "callable", rawRequest: "callable", default: "callable" },
    types: ["GraphQLClient"],
    ignore: ["setHeader", "setHeaders", "setEndpoint"]
  },
  {
    // Connect-RPC: `createClient(ElizaService, transport)`; each method of the service is a call.
    label: "connectrpc",
    modules: ["@connectrpc/connect", "@bufbuild/connect"],
    kind: "network",
    exports: { createClient: "factory", createPromiseClient: "factory", createCallbackClient: "factory" },
    types: ["Client", "PromiseClient"]
  }
];

// src/catalog/search.ts
var SEARCH_BATCHES = [
  { batch: "bulk", single: ["index", "create", "update", "delete"] },
  { batch: "mget", single: ["get"] },
  { batch: "msearch", single: ["search"] }
];
var SEARCH = [
  {
    label: "elasticsearch",
    modules: ["@elastic/elasticsearch"],
    kind: "db",
    exports: { Client: "constructor" },
    types: ["Client"],
    derive: ["child"],
    ignore: [...EVENT_METHODS, "close", "diagnostic", "connectionPool", "transport", "serializer"],
    batches: SEARCH_BATCHES
  },
  {
    label: "opensearch",
    modules: ["@opensearch-project/opensearch"],
    kind: "db",
    exports: { Client: "constructor" },
    types: ["Client"],
    derive: ["child"],
    ignore: [...EVENT_METHODS, "close", "connectionPool", "transport", "serializer", "extend"],
    batches: SEARCH_BATCHES
  }
];

// src/catalog/sequelize.ts
var SEQUELIZE = [
  {
    label: "sequelize",
    modules: ["sequelize", "sequelize-typescript"],
    kind: "db",
    exports: { Sequelize: "constructor", default: "constructor", Model: "constructor" },
    types: ["Sequelize", "ModelStatic", "ModelCtor"],
    derive: ["define", "model"],
    ignore: ["authenticate", "sync", "close", "build", "init", "hasMany", "belongsTo", "belongsToMany", "hasOne", "addHook", "getTableName"],
    batches: [
      { batch: "findAll", single: ["findOne", "findByPk"], when: "in-filter" },
      { batch: "bulkCreate", single: ["create", "upsert"] }
    ]
  }
];

// src/catalog/sharedb.ts
var SHAREDB = [
  {
    // `backend.connect().get(collection, id)` gives a document; `doc.create`, `doc.submitOp`,
    // `doc.fetch`, `doc.del` and queries are round trips to the backend's database.
    label: "sharedb",
    modules: ["sharedb", "sharedb/lib/client"],
    kind: "db",
    exports: { default: "constructor", Backend: "constructor", Connection: "constructor" },
    types: ["ShareDB", "Backend", "Connection", "Doc"],
    derive: ["connect", "get"],
    ignore: [...EVENT_METHODS, "use", "listen", "close", "destroy", "addProjection", "pause", "resume", "hasPending", "hasWritePending", "whenNothingPending"]
  }
];

// src/catalog/sql.ts
var SQL = [
  {
    label: "pg",
    modules: ["pg", "pg-pool", "postgres", "@neondatabase/serverless", "@vercel/postgres"],
    kind: "db",
    exports: { Pool: "constructor", Client: "constructor", default: "factory", "*": "handle", neon: "factory", sql: "callable" },
    types: ["Pool", "PoolClient", "Client", "Sql", "ClientBase"],
    derive: ["connect"],
    ignore: [...EVENT_METHODS, "release", "end", "escapeLiteral", "escapeIdentifier", "unsafe"],
    // node-postgres waits forever for a connection, a statement and a query unless told otherwise; a pool holds 10 connections.
    settings: {
      "new Pool": { timeouts: { connectionTimeoutMillis: null, statement_timeout: null, query_timeout: null }, limits: { max: 10 } },
      "new Client": { timeouts: { connectionTimeoutMillis: null, statement_timeout: null, query_timeout: null } },
      // pg-pool's class through a namespace import (`new PgPool.default({ max })`).
      "new default": { limits: { max: 10 } }
    }
  },
  {
    label: "mysql",
    modules: ["mysql2", "mysql2/promise", "mysql", "mariadb"],
    kind: "db",
    exports: { createPool: "factory", createConnection: "factory", createPoolCluster: "factory", default: "handle", "*": "handle" },
    types: ["Pool", "Connection", "PoolConnection"],
    derive: ["getConnection", "promise"],
    ignore: [...EVENT_METHODS, "release", "end", "escape", "format", "destroy"],
    // A pool holds 10 connections; calls beyond them wait, as many as come (`queueLimit` 0).
    settings: {
      createPool: { limits: { connectionLimit: 10, queueLimit: null } },
      createPoolCluster: { limits: { connectionLimit: 10, queueLimit: null } }
    }
  },
  {
    label: "sqlite",
    modules: ["better-sqlite3"],
    kind: "db",
    local: true,
    exports: { default: "constructor", "*": "constructor" },
    types: ["Database"],
    derive: ["prepare"],
    ignore: ["pragma", "close", "function", "aggregate", "transaction"]
  },
  {
    // `sql` builds a query fragment locally; the pool's methods run it.
    label: "slonik",
    modules: ["slonik"],
    kind: "db",
    exports: { createPool: "factory", sql: "not-io", createSqlTag: "not-io" },
    types: ["DatabasePool", "DatabaseConnection", "DatabaseTransactionConnection", "CommonQueryMethods"],
    ignore: ["end", "configuration", "getPoolState"]
  },
  {
    label: "planetscale",
    modules: ["@planetscale/database"],
    kind: "db",
    exports: { connect: "factory", Client: "constructor", Connection: "constructor" },
    types: ["Connection", "Client"],
    derive: ["connection"]
  }
];

// src/catalog/supabase.ts
var SUPABASE = [
  {
    label: "supabase",
    modules: ["@supabase/supabase-js", "@supabase/ssr", "@supabase/auth-helpers-nextjs"],
    kind: "db",
    exports: { createClient: "factory", createServerClient: "factory", createBrowserClient: "factory", SupabaseClient: "constructor", createRouteHandlerClient: "factory", createServerComponentClient: "factory", createClientComponentClient: "factory" },
    types: ["SupabaseClient"],
    derive: ["from", "schema"],
    builder: true,
    ignore: ["channel", "removeChannel", "removeAllChannels", "getChannels", "onAuthStateChange", "realtime"]
  }
];

// src/catalog/typeorm.ts
var TYPEORM = [
  {
    label: "typeorm",
    modules: ["typeorm"],
    kind: "db",
    exports: { DataSource: "constructor", createConnection: "factory", getRepository: "factory", getManager: "factory", getConnection: "factory" },
    types: ["Repository", "EntityManager", "DataSource", "Connection", "TreeRepository", "MongoRepository", "QueryRunner"],
    derive: ["getRepository", "getTreeRepository", "getMongoRepository", "manager", "createQueryRunner", "withRepository"],
    builder: true,
    // A query builder is built in memory and runs at its terminal method.
    pipeline: {
      methods: ["createQueryBuilder"],
      flush: ["getMany", "getOne", "getOneOrFail", "getRawMany", "getRawOne", "getCount", "getManyAndCount", "getRawAndEntities", "getExists", "execute", "stream"],
      name: "queryBuilder"
    },
    ignore: ["create", "merge", "hasId", "getId", "metadata", "target", "initialize", "destroy", "getMetadata", "hasMetadata", "isInitialized", "options"],
    batches: [
      { batch: "findBy", single: ["findOne", "findOneBy", "findOneOrFail", "findOneByOrFail"], when: "in-filter" },
      { batch: "find", single: ["findOne", "findOneBy", "findOneOrFail", "findOneByOrFail"], when: "in-filter" },
      { batch: "insert", single: ["insert", "save"], when: "array-arg" },
      { batch: "save", single: ["save"], when: "array-arg" }
    ]
  }
];

// src/catalog/limiters.ts
var LIMITER_MODULES = ["p-limit", "p-queue", "bottleneck", "p-throttle", "async-sema", "@supercharge/promise-pool"];

// src/catalog/index.ts
var FAMILIES = [
  { name: "cache", title: "Caches", libraries: CACHE },
  { name: "in-process", title: "Never I/O: limiters, in-memory caches, metrics, logging", libraries: IN_PROCESS },
  { name: "prisma", title: "Prisma", libraries: PRISMA },
  { name: "typeorm", title: "TypeORM", libraries: TYPEORM },
  { name: "sequelize", title: "Sequelize", libraries: SEQUELIZE },
  { name: "mongo", title: "MongoDB", libraries: MONGO },
  { name: "builders", title: "SQL query builders", libraries: BUILDERS },
  { name: "drizzle", title: "Drizzle", libraries: DRIZZLE },
  { name: "sql", title: "SQL drivers", libraries: SQL },
  { name: "http", title: "HTTP clients", libraries: HTTP },
  { name: "aws", title: "AWS SDK", libraries: AWS },
  { name: "apis", title: "SaaS APIs", libraries: APIS },
  { name: "rpc", title: "RPC", libraries: RPC },
  { name: "queues", title: "Queues and streams", libraries: QUEUES },
  { name: "search", title: "Search", libraries: SEARCH },
  { name: "analytics", title: "Analytics stores", libraries: ANALYTICS },
  { name: "supabase", title: "Supabase", libraries: SUPABASE },
  { name: "firebase", title: "Firebase", libraries: FIREBASE },
  { name: "sharedb", title: "Realtime documents", libraries: SHAREDB },
  { name: "email", title: "Email", libraries: EMAIL }
];
var CATALOG = FAMILIES.flatMap((f) => f.libraries);
var Catalog = class {
  constructor(extra = [], extraNames = []) {
    this.extra = extra;
    this.names = [...extraNames, ...TELLING_NAMES];
    this.namePatterns = this.names.map((n) => n.pattern);
  }
  extra;
  names;
  /** The receiver names the fact pass keeps calls on (`names`' patterns): plain data, so a worker thread gets them too. */
  namePatterns;
  /**
   * A module that is not in the repository and not a package of the catalog, whose path and
   * imported name both name one library: the output of a client generator that is not committed
   * (`import { PrismaClient } from '../generated/prisma/client'`), or a file a partial checkout
   * lacks. Both must agree: the path names the library's label, and the name is one of its
   * constructors or factories.
   */
  generatedClient(specifier, name) {
    const words = specifier.toLowerCase().split(/[^a-z0-9]+/);
    for (const lib of [...this.extra, ...CATALOG]) {
      const role = Object.hasOwn(lib.exports, name) ? lib.exports[name] : void 0;
      if ((role === "constructor" || role === "factory") && name !== "default" && words.includes(lib.label)) return lib;
    }
    return void 0;
  }
  /**
   * The library a scoped republication of a catalog package is (`@silverhand/slonik` is slonik,
   * `@acme/ioredis` is ioredis), for the names that library itself exports as constructors,
   * factories or types: a fork keeps its names. Other names of such a package (a framework
   * module's `InjectRepository`) say nothing.
   */
  republished(specifier, name) {
    const m = /^@[^/]+\/([^/]+)$/.exec(specifier);
    if (!m || specifier.startsWith("@types/") || name === "default" || name === "*") return void 0;
    const lib = this.forModule(m[1]);
    if (!lib) return void 0;
    const role = Object.hasOwn(lib.exports, name) ? lib.exports[name] : void 0;
    return role === "constructor" || role === "factory" || matchesTypeName(lib.types, name) ? lib : void 0;
  }
  /** What a package outside the revision may export, judged from its name (`@acme/db`, `@acme/redis`), or undefined. */
  moduleHint(specifier) {
    if (!/^[@~#]/.test(specifier)) return void 0;
    const segments = specifier.split("/").slice(1).reverse();
    if (specifier.startsWith("#")) segments.push(specifier.slice(1).split("/")[0]);
    for (const segment of segments) {
      const words = [segment, ...segment.split(/[-_.]/)].map((w) => w.toLowerCase());
      for (const word of words) for (const hint of TELLING_MODULES) if (hint.word.test(word)) return hint;
    }
    return void 0;
  }
  forModule(specifier) {
    for (const lib of this.extra) if (lib.modules.includes(specifier)) return lib;
    return librariesForModule(specifier);
  }
};
var DEFAULT_CATALOG = new Catalog();
function librariesForModule(specifier) {
  for (const lib of CATALOG) {
    for (const m of lib.modules) {
      if (m === specifier) return lib;
      if (m.endsWith("/*") && specifier.startsWith(m.slice(0, -1))) return lib;
    }
  }
  return void 0;
}
function matchesTypeName(patterns, name) {
  if (!patterns) return false;
  return patterns.some((p) => p.startsWith("*") ? name.endsWith(p.slice(1)) && name.length > p.length - 1 : p === name);
}

// src/parse/typescript.ts
import { createRequire } from "node:module";
var ts = createRequire(import.meta.url)("typescript");
var typescript_default = ts;

// src/model/own.ts
function own(record, key) {
  return record !== void 0 && Object.hasOwn(record, key) ? record[key] : void 0;
}

// src/model/facts/syntax.ts
var { SyntaxKind, forEachChild, isArrayLiteralExpression, isArrowFunction, isAsExpression, isCallExpression, isClassExpression, isComputedPropertyName, isDoStatement, isElementAccessExpression, isExpressionStatement, isForInStatement, isForOfStatement, isForStatement, isFunctionDeclaration, isFunctionExpression, isFunctionTypeNode, isIdentifier, isNonNullExpression, isNumericLiteral, isObjectLiteralExpression, isParenthesizedExpression, isPrivateIdentifier, isPropertyAccessExpression, isPropertyAssignment, isReturnStatement, isStringLiteral, isTypeReferenceNode, isWhileStatement } = typescript_default;
function unwrapExpression(expr) {
  let e = expr;
  for (; ; ) {
    switch (e.kind) {
      case SyntaxKind.ParenthesizedExpression:
      case SyntaxKind.AsExpression:
      case SyntaxKind.NonNullExpression:
      case SyntaxKind.AwaitExpression:
      case SyntaxKind.TypeAssertionExpression:
      case SyntaxKind.SatisfiesExpression:
        e = e.expression;
        continue;
      default:
        return e;
    }
  }
}
function stripParens(expr) {
  let e = expr;
  while (isParenthesizedExpression(e) || isNonNullExpression(e) || isAsExpression(e)) e = e.expression;
  return e;
}
function propertyName(name) {
  if (isIdentifier(name) || isStringLiteral(name) || isNumericLiteral(name) || isPrivateIdentifier(name)) return name.text;
  return void 0;
}
function isExpressionNode(node) {
  return isExpressionStatement(node) ? false : node.kind >= SyntaxKind.ArrayLiteralExpression && node.kind <= SyntaxKind.SatisfiesExpression;
}
function compact(text, max = 80) {
  const one = (text.length > max * 4 ? text.slice(0, max * 4) : text).replace(/\s+/g, " ").trim();
  return one.length > max ? one.slice(0, max - 3) + "..." : one;
}
function calleeName(expr) {
  const e = unwrapExpression(expr);
  if (isIdentifier(e)) return e.text;
  if (isPropertyAccessExpression(e)) return e.name.text;
  return void 0;
}
function chainCalls(call) {
  const out = [call];
  let e = call.expression;
  for (; ; ) {
    e = stripParens(e);
    if (isPropertyAccessExpression(e) || isElementAccessExpression(e)) e = e.expression;
    else if (isCallExpression(e)) {
      out.push(e);
      e = e.expression;
    } else return out;
  }
}
function isPromiseValue(arg) {
  let e = arg;
  while (isParenthesizedExpression(e) || isAsExpression(e) || isNonNullExpression(e)) e = e.expression;
  if (e.kind === SyntaxKind.AwaitExpression) return false;
  return isCallExpression(e);
}
function mayBeCallback(p) {
  if (p.type) return isFunctionTypeNode(p.type) || p.type.kind === SyntaxKind.AnyKeyword || isTypeReferenceNode(p.type) && isIdentifier(p.type.typeName) && /^(Function|\w*(Fn|Func|Callback|Handler|Mapper|Task|Worker|Iteratee))$/.test(p.type.typeName.text);
  return isIdentifier(p.name) && /^(fn|cb|f|callback|mapper|handler|iteratee|iterator|task|worker|func|action|work|job|run|exec|visit|each|on[A-Z]\w*|\w+(Fn|Func|Callback|Handler|Mapper|Task))$/.test(p.name.text);
}
function isValueLike(init) {
  const e = unwrapExpression(init);
  return !(isArrowFunction(e) || isFunctionExpression(e) || isClassExpression(e));
}
function isMapCall(arg) {
  const a = unwrapExpression(arg);
  return isCallExpression(a) && isPropertyAccessExpression(a.expression) && a.expression.name.text === "map";
}
function hasInFilter(node, depth, sf) {
  if (depth > 4) return false;
  const n = unwrapExpression(node);
  if (isObjectLiteralExpression(n)) {
    for (const p of n.properties) {
      if (p.name && isComputedPropertyName(p.name) && /\bOp\.in\b/.test(p.name.expression.getText(sf))) return true;
      const key = p.name && propertyName(p.name);
      if (key === "in" || key === "$in") return true;
      if (isPropertyAssignment(p) && hasInFilter(p.initializer, depth + 1, sf)) return true;
    }
    return false;
  }
  if (isCallExpression(n)) {
    const name = isIdentifier(n.expression) ? n.expression.text : isPropertyAccessExpression(n.expression) ? n.expression.name.text : "";
    if (name === "In" || name === "inArray" || name === "whereIn") return true;
  }
  if (isArrayLiteralExpression(n)) return n.elements.some((el) => hasInFilter(el, depth + 1, sf));
  return false;
}
function mentions(node, name) {
  let found = false;
  const visit = (n) => {
    if (found) return;
    if (isIdentifier(n) && n.text === name) found = true;
    else forEachChild(n, visit);
  };
  visit(node);
  return found;
}
function exits(node) {
  let found = false;
  const visit = (n) => {
    if (found || typescript_default.isSwitchStatement(n) || isArrowFunction(n) || isFunctionExpression(n) || isFunctionDeclaration(n) || isForOfStatement(n) || isForStatement(n) || isWhileStatement(n) || isDoStatement(n) || isForInStatement(n)) return;
    if (n.kind === SyntaxKind.BreakStatement || isReturnStatement(n)) found = true;
    else forEachChild(n, visit);
  };
  forEachChild(node, visit);
  return found;
}

// src/model/facts/params.ts
var { SyntaxKind: SyntaxKind2, isArrayLiteralExpression: isArrayLiteralExpression2, isBinaryExpression, isCallExpression: isCallExpression2, isElementAccessExpression: isElementAccessExpression2, isIdentifier: isIdentifier2, isObjectLiteralExpression: isObjectLiteralExpression2, isPropertyAccessExpression: isPropertyAccessExpression2, isPropertyAssignment: isPropertyAssignment2, isShorthandPropertyAssignment, isSpreadAssignment, isSpreadElement } = typescript_default;
function paramOf(w, expr, callableOnly = false) {
  const owner = ownerOf(w, expr);
  if (!owner || callableOnly && !owner.callable) return void 0;
  owner.fn.params ??= owner.names;
  return { fnId: owner.fn.id, index: owner.index };
}
function givenParam(w, expr) {
  const owner = ownerOf(w, expr);
  return owner ? { fnId: owner.fn.id, index: owner.index } : void 0;
}
function ownerOf(w, expr) {
  const e = unwrapExpression(expr);
  const get = isIdentifier2(e) ? getterOf(w, e.text) : void 0;
  return get && w.paramOwner.get(get);
}
function givenArguments(w, args) {
  const out = [];
  args.forEach((a, arg) => {
    const e = unwrapExpression(a);
    if (isArrayLiteralExpression2(e)) {
      if (!e.elements.some((x) => isSpreadElement(x))) out.push({ arg, list: e.elements.length });
      return;
    }
    if (isObjectLiteralExpression2(e)) {
      const keys = keysOf(w, e, 0);
      if (keys) out.push({ arg, keys });
      return;
    }
    const param = givenParam(w, e);
    if (param) out.push({ arg, param });
  });
  return out;
}
function givenPath(w, expr) {
  const links = [];
  let e = unwrapExpression(expr);
  for (; ; ) {
    if (isPropertyAccessExpression2(e)) links.unshift(e.name.text);
    else if (isCallExpression2(e)) links.unshift("()");
    else if (isElementAccessExpression2(e)) links.unshift("[]");
    else break;
    e = unwrapExpression(e.expression);
  }
  if (!isIdentifier2(e)) return void 0;
  const lookup3 = links.findIndex((l) => l === "()" || l === "[]");
  const path = lookup3 < 0 ? links : links.slice(0, links[lookup3] === "()" && lookup3 > 0 ? lookup3 - 1 : lookup3);
  const get = getterOf(w, e.text);
  if (!get) return void 0;
  const owner = w.paramOwner.get(get);
  if (owner) {
    owner.fn.params ??= owner.names;
    return { fnId: owner.fn.id, index: owner.index, ...path.length ? { path } : {} };
  }
  const rooted = w.paramPaths.get(get);
  if (!rooted) return void 0;
  const full = [...rooted.path ?? [], ...path];
  return { fnId: rooted.fnId, index: rooted.index, ...full.length ? { path: full } : {} };
}
function getterOf(w, name) {
  for (let i = w.scopes.length - 1; i >= 0; i--) {
    const get = w.scopes[i].get(name);
    if (get) return get;
  }
  return void 0;
}
var MAX_KEY_DEPTH = 4;
function keysOf(w, expr, depth) {
  const e = unwrapExpression(expr);
  if (depth > MAX_KEY_DEPTH) return void 0;
  if (isIdentifier2(e)) {
    const get = getterOf(w, e.text);
    const init = get && w.initOf.get(get);
    return init ? keysOf(w, init, depth + 1) : void 0;
  }
  if (!isObjectLiteralExpression2(e)) return void 0;
  const tree = {};
  for (const p of e.properties) {
    if (isSpreadAssignment(p)) {
      const inner = keysOf(w, p.expression, depth + 1);
      if (!inner) return void 0;
      Object.assign(tree, inner);
      continue;
    }
    const key = p.name && propertyName(p.name);
    if (!key) return void 0;
    const value = isPropertyAssignment2(p) ? p.initializer : isShorthandPropertyAssignment(p) ? p.name : void 0;
    tree[key] = value && isObjectLiteralExpression2(unwrapExpression(value)) && keysOf(w, value, depth + 1) || true;
  }
  return tree;
}
function presenceTest(w, cond) {
  const e = unwrapExpression(cond);
  if (typescript_default.isPrefixUnaryExpression(e) && e.operator === SyntaxKind2.ExclamationToken) {
    const inner = presenceTest(w, e.operand);
    return inner && { param: inner.param, present: !inner.present };
  }
  if (isIdentifier2(e) || isPropertyAccessExpression2(e)) {
    const param = givenPath(w, e);
    return param && { param, present: true };
  }
  if (isBinaryExpression(e) && (isIdentifier2(unwrapExpression(e.left)) || isPropertyAccessExpression2(unwrapExpression(e.left)))) {
    const op = e.operatorToken.kind;
    const nothing = e.right.kind === SyntaxKind2.NullKeyword || isIdentifier2(e.right) && e.right.text === "undefined";
    const param = givenPath(w, e.left);
    if (!param || !nothing) return void 0;
    if (op === SyntaxKind2.ExclamationEqualsToken || op === SyntaxKind2.ExclamationEqualsEqualsToken) return { param, present: true };
    if (op === SyntaxKind2.EqualsEqualsToken || op === SyntaxKind2.EqualsEqualsEqualsToken) return { param, present: false };
  }
  return void 0;
}
function unlessGiven(fn, param, body) {
  if (!param) return body();
  const outer = fn.unless;
  fn.unless = param;
  try {
    body();
  } finally {
    fn.unless = outer;
  }
}

// src/model/facts/symbols.ts
var { SyntaxKind: SyntaxKind3, isArrayLiteralExpression: isArrayLiteralExpression3, isArrayTypeNode, isArrowFunction: isArrowFunction2, isAsExpression: isAsExpression2, isBinaryExpression: isBinaryExpression2, isCallExpression: isCallExpression3, isConditionalExpression, isElementAccessExpression: isElementAccessExpression3, isFunctionExpression: isFunctionExpression2, isFunctionTypeNode: isFunctionTypeNode2, isIdentifier: isIdentifier3, isIntersectionTypeNode, isLiteralTypeNode, isParenthesizedTypeNode, isPropertySignature, isNewExpression, isNoSubstitutionTemplateLiteral, isNumericLiteral: isNumericLiteral2, isObjectLiteralExpression: isObjectLiteralExpression3, isPropertyAccessExpression: isPropertyAccessExpression3, isPropertyAssignment: isPropertyAssignment3, isShorthandPropertyAssignment: isShorthandPropertyAssignment2, isSpreadElement: isSpreadElement2, isStringLiteral: isStringLiteral2, isTemplateExpression, isTupleTypeNode, isTypeLiteralNode, isTypeReferenceNode: isTypeReferenceNode2, isUnionTypeNode, isSpreadAssignment: isSpreadAssignment2 } = typescript_default;
var IGNORED_GLOBALS = /* @__PURE__ */ new Set(["console", "JSON", "Math", "Object", "Array", "String", "Number", "Boolean", "Date", "Promise", "Reflect", "Symbol", "Buffer", "process", "BigInt", "Intl", "RegExp", "Error", "URL", "URLSearchParams", "encodeURIComponent", "decodeURIComponent", "parseInt", "parseFloat", "isNaN", "structuredClone", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "require", "expect", "describe", "it", "test"]);
var LIST_TYPES = /* @__PURE__ */ new Set(["Array", "ReadonlyArray"]);
var FUNCTION_UTILITY_TYPES = /* @__PURE__ */ new Set(["Parameters", "ReturnType"]);
var PROMISE_TYPES = /* @__PURE__ */ new Set(["Promise", "PromiseLike", "Awaited"]);
var CONTAINER_TYPES = /* @__PURE__ */ new Set(["Array", "ReadonlyArray", "Record", "Set", "ReadonlySet", "Map", "ReadonlyMap", "Partial", "Readonly"]);
function withScope(w, scope, body) {
  w.scopes.push(scope);
  try {
    return body();
  } finally {
    w.scopes.pop();
  }
}
function lookup(w, name) {
  return bindingOf(w, name)?.() ?? { t: "global", name };
}
function bindingOf(w, name) {
  for (let i = w.scopes.length - 1; i >= 0; i--) {
    const get = w.scopes[i].get(name);
    if (get) return get;
  }
  return void 0;
}
function lazy(compute) {
  let state = 0;
  let value = { t: "unknown" };
  return () => {
    if (state === 2) return value;
    if (state === 1) return { t: "unknown" };
    state = 1;
    value = compute();
    state = 2;
    return value;
  };
}
function symOf(w, node) {
  if (isAsExpression2(node) && isTypeReferenceNode2(node.type) && !(isIdentifier3(node.type.typeName) && node.type.typeName.text === "const")) {
    const inner = symOf(w, node.expression);
    const asserted = inner.t === "unknown" ? typeSym(w, node.type) : void 0;
    return asserted && asserted.t !== "literal" ? { t: "param", name: "", type: asserted } : inner;
  }
  const e = unwrapExpression(node);
  if (isIdentifier3(e)) {
    const s = lookup(w, e.text);
    return s.t === "global" && !IGNORED_GLOBALS.has(e.text) && e.text !== "fetch" && e.text !== "globalThis" ? { t: "unknown", name: e.text } : s;
  }
  if (e.kind === SyntaxKind3.ThisKeyword) {
    const self = lookup(w, "this");
    return self.t === "global" ? { t: "this" } : self;
  }
  if (isPropertyAccessExpression3(e)) {
    const of = symOf(w, e.expression);
    if (of.t === "global" && of.name === "globalThis") return { t: "global", name: e.name.text };
    return { t: "member", of, name: e.name.text };
  }
  if (isElementAccessExpression3(e)) {
    const arg = unwrapExpression(e.argumentExpression);
    if (isStringLiteral2(arg)) return { t: "member", of: symOf(w, e.expression), name: arg.text };
    return { t: "unknown" };
  }
  if (isCallExpression3(e)) {
    if (e.expression.kind === SyntaxKind3.ImportKeyword) return { t: "unknown" };
    if (isIdentifier3(e.expression) && e.expression.text === "require" && e.arguments[0] && isStringLiteral2(e.arguments[0])) {
      return { t: "import", module: e.arguments[0].text, name: "*" };
    }
    return { t: "call", of: symOf(w, e.expression), args: e.arguments.slice(0, 2).map((a) => argSym(w, a)) };
  }
  if (isNewExpression(e)) {
    const target = e.arguments?.[0];
    if (target && isIdentifier3(e.expression) && e.expression.text === "Proxy" && !bindingOf(w, "Proxy")) return symOf(w, target);
    const of = symOf(w, e.expression);
    return { t: "new", of };
  }
  if (isObjectLiteralExpression3(e)) {
    const props = {};
    const spreads = [];
    for (const p of e.properties) {
      if (isPropertyAssignment3(p)) {
        const k = propertyName(p.name);
        if (k) props[k] = symOf(w, p.initializer);
      } else if (isShorthandPropertyAssignment2(p)) props[p.name.text] = lookup(w, p.name.text);
      else if (isSpreadAssignment2(p)) spreads.push(symOf(w, p.expression));
    }
    const told = spreads.filter((s) => s.t !== "unknown" && s.t !== "literal");
    return told.length ? { t: "object", props, spreads: told } : { t: "object", props };
  }
  if (isArrayLiteralExpression3(e)) return e.elements.some((x) => isSpreadElement2(x)) ? { t: "unknown" } : { t: "array", count: e.elements.length };
  if (isNumericLiteral2(e)) return { t: "literal", value: Number(e.text) };
  if (isStringLiteral2(e) || isNoSubstitutionTemplateLiteral(e)) return { t: "literal", value: e.text };
  if (isTemplateExpression(e)) return { t: "literal" };
  if (isBinaryExpression2(e)) {
    if (e.operatorToken.kind === SyntaxKind3.QuestionQuestionToken || e.operatorToken.kind === SyntaxKind3.BarBarToken) {
      return either(symOf(w, e.left), symOf(w, e.right));
    }
    return { t: "literal" };
  }
  if (isConditionalExpression(e)) return either(symOf(w, e.whenTrue), symOf(w, e.whenFalse));
  if (isArrowFunction2(e) || isFunctionExpression2(e)) return { t: "unknown" };
  return { t: "unknown" };
}
function argSym(w, arg) {
  const a = unwrapExpression(arg);
  if (isNewExpression(a) || isIdentifier3(a) || isStringLiteral2(a) || isPropertyAccessExpression3(a)) return symOf(w, a);
  return { t: "unknown" };
}
function declared(w, flow, name, type) {
  if (!type) return flow;
  const declared2 = typeSym(w, type);
  if (!declared2 || declared2.t === "literal") return flow;
  return either(flow, { t: "param", name, type: declared2 });
}
function paramSym(w, p) {
  const name = isIdentifier3(p.name) ? p.name.text : "";
  if (p.initializer) {
    const init = symOf(w, p.initializer);
    if (init.t !== "literal" && init.t !== "unknown") return init;
  }
  return { t: "param", name, ...p.type ? { type: typeSym(w, p.type) } : {} };
}
function withTypeParams(w, params, describe) {
  const outer = w.typeParams;
  w.typeParams = params?.length ? new Map(params.map((p, i) => [p.name.text, i])) : void 0;
  try {
    return describe();
  } finally {
    w.typeParams = outer;
  }
}
function typeSym(w, type) {
  if (isParenthesizedTypeNode(type)) return typeSym(w, type.type);
  if (isTypeLiteralNode(type)) return membersSym(w, type.members);
  const element = isArrayTypeNode(type) ? type.elementType : isTypeReferenceNode2(type) && isIdentifier3(type.typeName) && LIST_TYPES.has(type.typeName.text) ? type.typeArguments?.[0] : void 0;
  if (element) {
    const of = typeSym(w, element);
    return of && of.t !== "literal" && of.t !== "global" ? { t: "collection", of } : { t: "literal" };
  }
  if (isTupleTypeNode(type)) return positionsSym(w, type.elements.map((e) => typescript_default.isNamedTupleMember(e) ? e.dotDotDotToken ? void 0 : { type: e.type, name: e.name.text } : typescript_default.isRestTypeNode(e) ? void 0 : { type: e }));
  if (typescript_default.isTypeQueryNode(type)) return isIdentifier3(type.exprName) ? lookup(w, type.exprName.text) : void 0;
  if (isTypeReferenceNode2(type) && isIdentifier3(type.typeName) && FUNCTION_UTILITY_TYPES.has(type.typeName.text) && type.typeArguments?.length === 1) {
    const of = type.typeArguments[0];
    if (type.typeName.text === "ReturnType" && typescript_default.isTypeQueryNode(of) && isIdentifier3(of.exprName)) return { t: "call", of: lookup(w, of.exprName.text), args: [] };
    const sig = signatureOf(w, of);
    if (!sig) return void 0;
    if (type.typeName.text === "ReturnType") return sig.type ? typeSym(w, sig.type) : void 0;
    return positionsSym(w, sig.parameters.map((p) => p.dotDotDotToken ? void 0 : { type: p.type, name: isIdentifier3(p.name) ? p.name.text : void 0 }));
  }
  if (isFunctionTypeNode2(type)) {
    const returns = typeSym(w, type.type);
    return returns && returns.t !== "literal" && returns.t !== "global" ? { t: "signature", returns } : { t: "literal" };
  }
  if (isLiteralTypeNode(type) || type.kind >= SyntaxKind3.AnyKeyword && type.kind <= SyntaxKind3.UndefinedKeyword && type.kind !== SyntaxKind3.AnyKeyword && type.kind !== SyntaxKind3.UnknownKeyword) {
    return { t: "literal" };
  }
  if (isTypeReferenceNode2(type) && isIdentifier3(type.typeName) && PROMISE_TYPES.has(type.typeName.text)) {
    const inner = type.typeArguments?.[0];
    return inner ? typeSym(w, inner) : void 0;
  }
  if (isTypeReferenceNode2(type) && isIdentifier3(type.typeName) && CONTAINER_TYPES.has(type.typeName.text)) {
    return { t: "global", name: type.typeName.text === "Record" || type.typeName.text.startsWith("Readonly") || type.typeName.text === "Partial" ? "Object" : type.typeName.text.replace(/^Readonly/, "") };
  }
  if (isTypeReferenceNode2(type)) {
    const name = type.typeName;
    if (isIdentifier3(name)) {
      const param = w.typeParams?.get(name.text);
      if (param !== void 0) return { t: "typeParam", index: param };
      const found = w.typeParams ? withTypeParams(w, void 0, () => lookup(w, name.text)) : lookup(w, name.text);
      if (found.t === "unknown") return { t: "global", name: name.text };
      const args = type.typeArguments;
      if (!args?.length || found.t === "global" || found.t === "literal") return found;
      return { t: "generic", of: found, args: args.map((a) => typeSym(w, a) ?? { t: "unknown" }) };
    }
    const left = isIdentifier3(name.left) ? lookup(w, name.left.text) : void 0;
    return left ? { t: "member", of: left, name: name.right.text } : void 0;
  }
  if (isUnionTypeNode(type) || isIntersectionTypeNode(type)) {
    let out;
    for (const t of type.types) {
      const s = typeSym(w, t);
      if (s) out = out ? either(out, s) : s;
    }
    return out;
  }
  return void 0;
}
function positionsSym(w, types) {
  const props = {};
  types.forEach((t, i) => {
    const s = t?.type && typeSym(w, t.type);
    if (s && s.t !== "literal") props[String(i)] = { t: "param", name: t.name ?? String(i), type: s };
  });
  return Object.keys(props).length ? { t: "object", props } : { t: "literal" };
}
function signatureOf(w, type) {
  if (isParenthesizedTypeNode(type)) return signatureOf(w, type.type);
  if (isFunctionTypeNode2(type)) return type;
  if (isTypeReferenceNode2(type) && isIdentifier3(type.typeName)) return w.signatures.get(type.typeName.text);
  if (typescript_default.isTypeQueryNode(type) && isIdentifier3(type.exprName)) return w.signatures.get(type.exprName.text);
  return void 0;
}
function membersSym(w, members, iface) {
  const props = {};
  for (const m of members) {
    const key = m.name && propertyName(m.name);
    if (key && isPropertySignature(m) && m.type) {
      const type = typeSym(w, m.type);
      if (type && type.t !== "literal") props[key] = { t: "param", name: key, type };
    }
  }
  if (iface) return { t: "object", props, iface };
  return Object.keys(props).length ? { t: "object", props } : members.length ? { t: "unknown" } : { t: "literal" };
}
function either(a, b) {
  const silent = (x) => x.t === "unknown" || x.t === "literal";
  if (silent(a)) return b;
  if (silent(b)) return a;
  return { t: "either", options: [...a.t === "either" ? a.options : [a], ...b.t === "either" ? b.options : [b]] };
}

// src/model/values.ts
var SETTING_KEY = /timeout|deadline|signal|retr|attempt|backoff|jitter|concurren|parallel|maxInFlight|limit|maxSockets|maxWait|maxTimeMS|pool|max$|^max[A-Z_]|^min$|connection_?limit|max\w*Connections$|delay|factor|randomize/i;
var OPTIONS_NAME = /config|options|opts|settings|defaults|policy/i;
var SETTING_CALLEES = /^(pLimit|limit|pThrottle|pMap|mapLimit|eachLimit|forEachLimit|eachOfLimit|timesLimit|queue|priorityQueue|cargoQueue|fastq|pTimeout|withTimeout|timeout|setTimeout|maxTimeMS|wtimeout)$/;

// src/model/facts/values.ts
var { SyntaxKind: SyntaxKind4, isIdentifier: isIdentifier4, isMethodDeclaration, isNewExpression: isNewExpression2, isObjectLiteralExpression: isObjectLiteralExpression4, isPropertyAccessExpression: isPropertyAccessExpression4, isPropertyAssignment: isPropertyAssignment4, isShorthandPropertyAssignment: isShorthandPropertyAssignment3, isStringLiteral: isStringLiteral3, isSpreadAssignment: isSpreadAssignment3 } = typescript_default;
var RETRY_CALLEE = /retry|backoff/i;
function valOf(w, node, depth) {
  const e = unwrapExpression(node);
  const line = w.sf.getLineAndCharacterOfPosition(e.getStart(w.sf)).line + 1;
  if (depth > 6) return { k: "expr", text: compact(e.getText(w.sf)), line };
  switch (e.kind) {
    case SyntaxKind4.NumericLiteral:
      return { k: "num", v: Number(e.text), line };
    case SyntaxKind4.StringLiteral:
    case SyntaxKind4.NoSubstitutionTemplateLiteral:
      return { k: "str", v: e.text, line };
    case SyntaxKind4.TrueKeyword:
      return { k: "bool", v: true, line };
    case SyntaxKind4.FalseKeyword:
      return { k: "bool", v: false, line };
    case SyntaxKind4.NullKeyword:
      return { k: "null", line };
    case SyntaxKind4.PrefixUnaryExpression: {
      const u = e;
      const inner = valOf(w, u.operand, depth + 1);
      if (u.operator === SyntaxKind4.MinusToken && inner.k === "num") return { ...inner, v: -inner.v };
      if (u.operator === SyntaxKind4.ExclamationToken && inner.k === "num") return { k: "bool", v: !inner.v, line };
      return { k: "expr", text: compact(e.getText(w.sf)), line };
    }
    case SyntaxKind4.Identifier: {
      const name = e.text;
      if (name === "undefined") return { k: "null", line };
      if (name === "Infinity") return { k: "num", v: Infinity, line };
      return refVal(w, name, depth, line);
    }
    case SyntaxKind4.PropertyAccessExpression: {
      const pa = e;
      const target = compact(pa.expression.getText(w.sf));
      if (target === "process.env") return { k: "env", name: pa.name.text, line };
      if (target === "Number" && /^(POSITIVE_INFINITY|MAX_SAFE_INTEGER|MAX_VALUE)$/.test(pa.name.text)) return { k: "num", v: Infinity, line };
      if (pa.expression.kind === SyntaxKind4.ThisKeyword) {
        const self = bindingOf(w, "this")?.();
        if (self?.t === "this" && self.cls) return { k: "field", cls: self.cls, name: pa.name.text, line };
      }
      return { k: "member", of: valOf(w, pa.expression, depth + 1), name: pa.name.text, line };
    }
    case SyntaxKind4.ElementAccessExpression: {
      const ea = e;
      const arg = unwrapExpression(ea.argumentExpression);
      if (compact(ea.expression.getText(w.sf)) === "process.env" && isStringLiteral3(arg)) return { k: "env", name: arg.text, line };
      if (isStringLiteral3(arg)) return { k: "member", of: valOf(w, ea.expression, depth + 1), name: arg.text, line };
      return { k: "expr", text: compact(e.getText(w.sf)), line };
    }
    case SyntaxKind4.ObjectLiteralExpression: {
      const entries = [];
      for (const p of e.properties) {
        if (isPropertyAssignment4(p)) {
          const key = propertyName(p.name);
          if (key !== void 0) entries.push({ key, val: valOf(w, p.initializer, depth + 1) });
        } else if (isShorthandPropertyAssignment3(p)) entries.push({ key: p.name.text, val: refVal(w, p.name.text, depth, w.lineOf(p)) });
        else if (isSpreadAssignment3(p)) entries.push({ spread: valOf(w, p.expression, depth + 1) });
        else if (isMethodDeclaration(p) && p.name) {
          const key = propertyName(p.name);
          if (key !== void 0) entries.push({ key, val: { k: "fn", text: compact(p.getText(w.sf)), line: w.lineOf(p) } });
        }
      }
      return { k: "obj", entries, line };
    }
    case SyntaxKind4.ArrayLiteralExpression:
      return { k: "arr", items: e.elements.map((x) => valOf(w, x, depth + 1)), line };
    case SyntaxKind4.BinaryExpression: {
      const b = e;
      const op = b.operatorToken.getText(w.sf);
      if (/^(\*|\+|-|\/|\?\?|\|\||\*\*)$/.test(op)) return { k: "op", op, l: valOf(w, b.left, depth + 1), r: valOf(w, b.right, depth + 1), line };
      return { k: "expr", text: compact(e.getText(w.sf)), line };
    }
    case SyntaxKind4.ConditionalExpression: {
      const c = e;
      return { k: "cond", a: valOf(w, c.whenTrue, depth + 1), b: valOf(w, c.whenFalse, depth + 1), line };
    }
    case SyntaxKind4.CallExpression:
    case SyntaxKind4.NewExpression: {
      const c = e;
      const callee = (isNewExpression2(c) ? "new " : "") + compact(c.expression.getText(w.sf));
      return { k: "call", callee, args: (c.arguments ?? []).slice(0, 4).map((a) => valOf(w, a, depth + 1)), line };
    }
    case SyntaxKind4.ArrowFunction:
    case SyntaxKind4.FunctionExpression:
      return { k: "fn", text: compact(e.getText(w.sf), 400), line };
    default:
      return { k: "expr", text: compact(e.getText(w.sf)), line };
  }
}
function refVal(w, name, depth, line) {
  for (let i = w.scopes.length - 1; i >= 0; i--) {
    const get = w.scopes[i].get(name);
    if (!get) continue;
    if (i === 0) {
      const sym = get();
      return { k: "ref", name, sym: sym.t === "import" ? sym : { t: "unknown", name }, line };
    }
    const init = w.initOf.get(get);
    return init ? valOf(w, init, depth + 1) : { k: "expr", text: name, line };
  }
  return { k: "expr", text: name, line };
}
function initializerOf(w, name) {
  const get = bindingOf(w, name);
  return get && w.initOf.get(get);
}
var TIMER_CLEARS = /* @__PURE__ */ new Set(["clearTimeout", "clearInterval", "clearImmediate"]);
function noteSetting(w, node, calleeSym, fn) {
  const args = node.arguments ?? [];
  const name = calleeName(node.expression);
  let role;
  if (name && TIMER_CLEARS.has(name) && isIdentifier4(unwrapExpression(node.expression))) return;
  if (name === "setTimeout" && isIdentifier4(unwrapExpression(node.expression))) {
    const cb = args[0] && unwrapExpression(args[0]);
    if (!cb || !/\.abort\s*\(/.test(cb.getText(w.sf))) return;
    role = "abort-timer";
  } else if (name === "race" && /^(Promise|Bluebird)$/.test(calleeName(node.expression.expression ?? node.expression) ?? "")) {
    if (!/setTimeout|sleep|delay|timeout|timer/i.test(args.map((a) => a.getText(w.sf)).join(" "))) return;
    role = "race-timeout";
    noteRaceWrapper(w, args[0], fn);
  } else if (args.length === 0) {
    if (!interesting(calleeSym, w.tellingNames) || calleeSym.t === "unknown") return;
  } else if (!(name && (SETTING_CALLEES.test(name) || RETRY_CALLEE.test(name))) && !isLimiter(calleeSym) && !args.some((a) => looksLikeOptions(w, a, 0))) {
    const construction = isNewExpression2(node) || /^(create\w*|connect|init\w*)$/.test(name ?? "");
    if (!construction || !interesting(calleeSym, w.tellingNames) || calleeSym.t === "unknown") return;
  }
  fn.fact.settings.push({
    callee: calleeSym,
    text: (isNewExpression2(node) ? "new " : "") + compact(node.expression.getText(w.sf)),
    isNew: isNewExpression2(node),
    span: w.span(node),
    args: args.slice(0, 4).map((a) => valOf(w, a, 0)),
    loops: [...fn.loopStack],
    ...role ? { role } : {},
    ...w.boundNames.has(node) ? { boundTo: w.boundNames.get(node) } : {}
  });
}
function noteRaceWrapper(w, list, fn) {
  const items = list && unwrapExpression(list);
  if (!items || !typescript_default.isArrayLiteralExpression(items)) return;
  let promise;
  let ms;
  for (const el of items.elements) {
    const x = unwrapExpression(el);
    const p = givenParam(w, x);
    if (p && p.fnId === fn.fact.id) {
      promise ??= p.index;
      continue;
    }
    const timer = isIdentifier4(x) ? initializerOf(w, x.text) : x;
    const call = timer && unwrapExpression(timer);
    const inner = call && typescript_default.isCallExpression(call) ? call : call && typescript_default.isNewExpression(call) ? call : void 0;
    const text = inner ? inner.getText(w.sf) : "";
    if (!inner || !/setTimeout|sleep|delay|timeout|timer/i.test(text)) continue;
    const found = timerDelayParam(w, inner, fn.fact.id, 0);
    if (found !== void 0) ms ??= found;
  }
  if (promise !== void 0 && ms !== void 0 && promise !== ms) fn.fact.raceWrapper = { promise, ms };
}
function timerDelayParam(w, node, fnId, depth) {
  if (depth > 4) return void 0;
  if (typescript_default.isIdentifier(node)) {
    const p = givenParam(w, node);
    return p && p.fnId === fnId ? p.index : void 0;
  }
  let out;
  typescript_default.forEachChild(node, (child) => {
    out ??= timerDelayParam(w, child, fnId, depth + 1);
  });
  return out;
}
function noteConfigObject(w, node, fn) {
  if (w.configObjects.has(node)) return;
  const defaulted = node.properties.some((p) => isPropertyAssignment4(p) && SETTING_KEY.test(propertyName(p.name) ?? "") && numericDefault(unwrapExpression(p.initializer), 0));
  if (!defaulted) return;
  markNested(w, node, 0);
  const holder = fn.fact.id.split(".").pop() ?? "config";
  fn.fact.settings.push({
    callee: { t: "unknown", name: holder },
    text: holder,
    isNew: false,
    span: w.span(node),
    args: [valOf(w, node, 0)],
    loops: [...fn.loopStack]
  });
}
function markNested(w, node, depth) {
  if (depth > 6) return;
  for (const p of node.properties) {
    const v = isPropertyAssignment4(p) ? unwrapExpression(p.initializer) : void 0;
    if (v && isObjectLiteralExpression4(v)) {
      w.configObjects.add(v);
      markNested(w, v, depth + 1);
    }
  }
}
function numericDefault(e, depth) {
  if (depth > 3) return false;
  if (typescript_default.isCallExpression(e) && e.arguments[0]) return numericDefault(unwrapExpression(e.arguments[0]), depth + 1);
  if (!typescript_default.isBinaryExpression(e)) return false;
  const op = e.operatorToken.kind;
  if (op !== SyntaxKind4.QuestionQuestionToken && op !== SyntaxKind4.BarBarToken) return false;
  const right = unwrapExpression(e.right);
  return typescript_default.isNumericLiteral(right) || typescript_default.isStringLiteral(right) && /^\d+$/.test(right.text) || numericDefault(right, depth + 1);
}
function looksLikeOptions(w, arg, depth) {
  const a = unwrapExpression(arg);
  if (isObjectLiteralExpression4(a)) {
    return a.properties.some((p) => {
      if (isSpreadAssignment3(p)) return true;
      const key = p.name && propertyName(p.name);
      if (key && SETTING_KEY.test(key)) return true;
      return depth < 2 && isPropertyAssignment4(p) && looksLikeOptions(w, p.initializer, depth + 1);
    });
  }
  if (isIdentifier4(a) || isPropertyAccessExpression4(a)) {
    const name = isIdentifier4(a) ? a.text : a.name.text;
    return OPTIONS_NAME.test(name) || SETTING_KEY.test(name);
  }
  return false;
}

// src/model/facts/walk.ts
function marked(fn, mark, body) {
  fn[mark] = (fn[mark] ?? 0) + 1;
  try {
    body();
  } finally {
    fn[mark] -= 1;
  }
}
var Walk = class {
  constructor(path, sf, tellingNames2) {
    this.sf = sf;
    this.tellingNames = tellingNames2;
    this.facts = { path, imports: {}, exports: {}, starExports: [], bindings: {}, functions: [], classes: {}, constants: {}, exportLocals: {} };
  }
  sf;
  tellingNames;
  facts;
  scopes = [];
  usedIds = /* @__PURE__ */ new Map();
  /** Calls that are an inner link of a chain (`db.select()` in `db.select().from(t)`): not effects of their own. */
  chained = /* @__PURE__ */ new Set();
  parallelCallbacks = /* @__PURE__ */ new Set();
  /** Calls made as a statement of their own, their promise (if any) not awaited: the code after them does not wait. */
  unawaited = /* @__PURE__ */ new Set();
  /** Calls handed straight to another call, to that call's callee (`qb.select(knex.raw(...))`). */
  argumentOf = /* @__PURE__ */ new Map();
  /** Object literals handed straight to a call (options a callee may call back: `withRetry({ run: () => ... })`). */
  callArguments = /* @__PURE__ */ new Set();
  /** Constructions and calls whose result a name holds (`const api = axios.create(...)`, `this.redis = new Redis(...)`): that name. */
  boundNames = /* @__PURE__ */ new Map();
  /** Object literals nested in a configuration object already noted as a setting site (facts/values.ts). */
  configObjects = /* @__PURE__ */ new Set();
  /** Iterations whose callbacks make tasks for a limiter (`queue.addAll(xs.map(...))`): the limiter's module. */
  limitedCallbacks = /* @__PURE__ */ new Map();
  /** Local lists made empty and filled by pushes (facts/fills.ts): what their pushes can put in them. */
  filledLists = /* @__PURE__ */ new WeakMap();
  /** The default of a parameter (`status = ALL_STATUSES`, `{ kinds = ['a', 'b'] }`): a loop over it iterates a subset of that list. */
  defaultOf = /* @__PURE__ */ new WeakMap();
  /** The function and position of each parameter binding: calls to it invoke a caller's callback. */
  paramOwner = /* @__PURE__ */ new WeakMap();
  /** The initializer behind a binding's getter: option values read through a local name. */
  initOf = /* @__PURE__ */ new WeakMap();
  /** Locals read out of a parameter (`const { data } = input`, `({ data }: Input) =>`): the parameter and the path under it. */
  paramPaths = /* @__PURE__ */ new WeakMap();
  exportedNames = /* @__PURE__ */ new Set();
  pendingConstants = [];
  pendingExportClauses = [];
  /** The ids of the functions the walk is in: a nested function's id is qualified by them. */
  qualifyPrefix = [];
  /** Function types by name: type aliases of a function type and function declarations, for `Parameters<F>` and `ReturnType<F>`. */
  signatures = /* @__PURE__ */ new Map();
  /** While a generic type alias or interface is described: its type parameters by name, to their positions. */
  typeParams;
  /** The module's own code, as a function: set first by the walk. */
  moduleFn;
  lineOf(node) {
    return this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf)).line + 1;
  }
  span(node) {
    const start = this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf));
    const end = this.sf.getLineAndCharacterOfPosition(node.end);
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  }
};

// src/model/facts/calls.ts
var { isArrayLiteralExpression: isArrayLiteralExpression4, isArrowFunction: isArrowFunction3, isCallExpression: isCallExpression4, isFunctionExpression: isFunctionExpression3, isIdentifier: isIdentifier5, isObjectLiteralExpression: isObjectLiteralExpression5, isPropertyAccessExpression: isPropertyAccessExpression5, isSpreadElement: isSpreadElement3 } = typescript_default;
var PARALLEL_COMBINATORS = /* @__PURE__ */ new Set(["all", "allSettled", "any", "race"]);
var BODY_READERS = /* @__PURE__ */ new Set(["json", "text", "buffer", "blob", "arrayBuffer", "formData"]);
var LIMITERS2 = new Set(LIMITER_MODULES);
function isPromiseLink(method) {
  return method === "then" || method === "catch" || method === "finally" || method !== void 0 && BODY_READERS.has(method);
}
function noteCallContext(w, call, callee, method, receiver, promiseLink, fn) {
  const directReceiver = isPropertyAccessExpression5(callee) ? stripParens(callee.expression) : void 0;
  if (directReceiver && isCallExpression4(directReceiver) && !promiseLink) w.chained.add(directReceiver);
  if (method && PARALLEL_COMBINATORS.has(method) && receiver && isIdentifier5(receiver) && /^(Promise|Bluebird|P)$/.test(receiver.text)) {
    for (const arg of call.arguments) {
      const a = unwrapExpression(arg);
      if (isCallExpression4(a)) w.parallelCallbacks.add(a);
      else if (isArrayLiteralExpression4(a)) {
        for (const el of a.elements) {
          const x = unwrapExpression(isSpreadElement3(el) ? el.expression : el);
          if (isCallExpression4(x)) w.parallelCallbacks.add(x);
          else if (isIdentifier5(x)) awaitedTogether(w, x, fn);
        }
      } else if (isIdentifier5(a)) awaitedTogether(w, a, fn);
    }
  }
  if (method === "addAll" && receiver && isLimiter(symOf(w, receiver))) {
    const a = call.arguments[0] && unwrapExpression(call.arguments[0]);
    if (a && isCallExpression4(a)) {
      w.parallelCallbacks.add(a);
      w.limitedCallbacks.set(a, limiterModule(symOf(w, receiver)));
    }
  }
  if (method === "push" && receiver && isIdentifier5(receiver) && fn.loopStack.length && call.arguments.some((a) => isPromiseValue(a))) {
    fn.pushedIn ??= /* @__PURE__ */ new Map();
    const list = fn.pushedIn.get(receiver.text) ?? [];
    list.push(fn.loopStack[fn.loopStack.length - 1]);
    fn.pushedIn.set(receiver.text, list);
  }
}
function awaitedTogether(w, name, fn) {
  for (const i of fn.pushedIn?.get(name.text) ?? []) fn.fact.loops[i].parallel = true;
  const init = initializerOf(w, name.text);
  const call = init && unwrapExpression(init);
  if (!call || !isCallExpression4(call)) return;
  const { line, character } = w.sf.getLineAndCharacterOfPosition(call.getStart(w.sf));
  const loop = fn.fact.loops.find((l) => l.line === line + 1 && l.column === character + 1 && l.kind === "map");
  if (loop) loop.parallel = true;
}
function recordCall(w, call, callee, sym, fn) {
  if (!interesting(sym, w.tellingNames)) return;
  const first = call.arguments[0];
  const links = chainCalls(call);
  const fact = {
    callee: sym,
    text: compact(callee.getText(w.sf)),
    span: w.span(call),
    loops: [...fn.loopStack],
    inFilter: links.some((c) => c.arguments.some((a) => hasInFilter(a, 0, w.sf))),
    arrayArg: links.some((c) => !!c.arguments[0] && (isArrayLiteralExpression4(unwrapExpression(c.arguments[0])) || isMapCall(c.arguments[0]))),
    arg0: first ? commandArg(w, first) : null,
    argc: call.arguments.length
  };
  const lead = call.arguments.slice(0, 4).filter((a) => !isOptionsOrCallback(a));
  if (lead.length) fact.lead = lead.map((a) => valOf(w, a, 0));
  const given = givenArguments(w, call.arguments);
  if (given.length) fact.given = given;
  if (w.unawaited.has(call)) fact.unawaited = true;
  const argOf = w.argumentOf.get(call);
  if (argOf) fact.argOf = argOf;
  const invoked = isPropertyAccessExpression5(callee) && /^(call|apply)$/.test(callee.name.text) ? callee.expression : callee;
  Object.assign(fact, higherOrder(w, fn, invoked, call.arguments));
  fn.fact.calls.push(fact);
}
function isOptionsOrCallback(a) {
  const u = unwrapExpression(a);
  return isObjectLiteralExpression5(u) || isArrowFunction3(u) || isFunctionExpression3(u) || isSpreadElement3(u);
}
function commandArg(w, first) {
  const sym = symOf(w, first);
  return sym.t === "new" ? sym : null;
}
function recordReference(w, target, fn, ifInvoked = false) {
  let expr = target;
  if (isCallExpression4(expr) && isPropertyAccessExpression5(expr.expression) && expr.expression.name.text === "bind") expr = expr.expression.expression;
  const sym = symOf(w, expr);
  fn.fact.calls.push({ callee: sym, text: compact(expr.getText(w.sf)), span: w.span(expr), loops: [...fn.loopStack], inFilter: false, arrayArg: false, arg0: null, reference: true, ...higherOrder(w, fn, expr, []), ...ifInvoked ? { ifInvoked } : {} });
}
function isFunctionValue(w, a) {
  if (!isIdentifier5(a) && !isPropertyAccessExpression5(a)) return false;
  const s = symOf(w, a);
  if (s.t === "fn") return true;
  if (s.t === "member") return s.of.t === "this" || s.of.t === "import" && s.of.module.startsWith(".");
  return s.t === "import" && s.module.startsWith(".");
}
function callbackRef(w, call, callee, arg, fn) {
  const { line, character } = w.sf.getLineAndCharacterOfPosition(call.getStart(w.sf));
  return { callee, text: compact(call.expression.getText(w.sf)), arg, args: call.arguments.map((a) => compact(a.getText(w.sf), 60)), depth: fn.loopStack.length, line: line + 1, column: character + 1 };
}
function onFailure(fn, body) {
  marked(fn, "onError", body);
}
function isDetached(expr) {
  let e = stripParens(expr);
  if (typescript_default.isVoidExpression(e)) return isCallExpression4(stripParens(e.expression));
  let linked = false;
  while (isCallExpression4(e) && isPropertyAccessExpression5(e.expression) && (e.expression.name.text === "then" || e.expression.name.text === "catch" || e.expression.name.text === "finally")) {
    e = stripParens(e.expression.expression);
    linked = true;
  }
  return linked && isCallExpression4(e);
}
function inBackground(fn, body) {
  marked(fn, "detached", body);
}
function inCallback(fn, cb, body) {
  fn.callbackStack.push(cb);
  try {
    body();
  } finally {
    fn.callbackStack.pop();
  }
}
function higherOrder(w, fn, invoked, args) {
  const out = {};
  const invokes = invoked && paramOf(w, invoked);
  if (invokes) out.invokes = invokes;
  const passes = [];
  args.forEach((a, arg) => {
    const p = paramOf(w, a, true);
    if (p) passes.push({ arg, ...p });
  });
  if (passes.length) out.passes = passes;
  if (fn.callbackStack.length) out.callbacks = fn.callbackStack.slice();
  if (fn.onError) out.onError = true;
  if (fn.unless) out.unless = fn.unless;
  if (fn.memo) out.memo = true;
  if (fn.cached) out.cached = true;
  if (fn.detached) out.detached = true;
  return out;
}
function noteLimiter(calleeSym, fn) {
  const top = fn.loopStack[fn.loopStack.length - 1];
  if (top === void 0) return;
  let s = calleeSym;
  if (s.t === "member") s = s.of;
  while (s.t === "call" || s.t === "new") s = s.of;
  if (s.t === "member") s = s.of;
  if (s.t !== "import") return;
  const loop = fn.fact.loops[top];
  if (LIMITERS2.has(s.module)) loop.concurrency ??= s.module;
  else if (loop.parallel && !loop.concurrency) loop.limiterImport ??= { module: s.module, name: s.name };
}
function interesting(sym, tellingNames2) {
  let s = sym;
  const names = [];
  while (s.t === "member" || s.t === "call" || s.t === "new") {
    names.push(s.t === "member" ? s.name : "()");
    s = s.of;
  }
  if (s.t === "global") return s.name === "fetch";
  if (s.t === "literal" || s.t === "array") return false;
  if (s.t !== "unknown") return true;
  if (s.name) names.push(s.name);
  const receiver = names[1];
  return receiver !== void 0 && receiver !== "()" && tellingNames2.some((p) => p.test(receiver));
}
function isLimiter(sym) {
  let s = sym;
  while (s.t === "member" || s.t === "call" || s.t === "new") s = s.of;
  return s.t === "import" && LIMITERS2.has(s.module);
}
function limiterModule(sym) {
  let s = sym;
  while (s.t === "member" || s.t === "call" || s.t === "new") s = s.of;
  return s.t === "import" ? s.module : "limiter";
}

// src/model/facts/declarations.ts
var { SyntaxKind: SyntaxKind5, canHaveModifiers, getModifiers, isArrowFunction: isArrowFunction4, isBindingElement, isClassDeclaration, isClassExpression: isClassExpression2, isEnumDeclaration, isExportAssignment, isExportDeclaration, isExternalModuleReference, isFunctionDeclaration: isFunctionDeclaration2, isFunctionExpression: isFunctionExpression4, isFunctionTypeNode: isFunctionTypeNode3, isIdentifier: isIdentifier6, isImportDeclaration, isImportEqualsDeclaration, isInterfaceDeclaration, isNamedImports, isNamespaceExport, isNamespaceImport, isObjectBindingPattern, isObjectLiteralExpression: isObjectLiteralExpression6, isStringLiteral: isStringLiteral4, isTypeAliasDeclaration, isVariableStatement } = typescript_default;
function hasExport(node) {
  const mods = canHaveModifiers(node) ? getModifiers(node) : void 0;
  return !!mods?.some((m) => m.kind === SyntaxKind5.ExportKeyword);
}
function hasDefault(node) {
  const mods = canHaveModifiers(node) ? getModifiers(node) : void 0;
  return !!mods?.some((m) => m.kind === SyntaxKind5.DefaultKeyword);
}
function declareModuleStatement(w, stmt, scope) {
  if (isImportDeclaration(stmt) && isStringLiteral4(stmt.moduleSpecifier)) {
    const module = stmt.moduleSpecifier.text;
    const clause = stmt.importClause;
    if (!clause) return;
    if (clause.name) addImport(w, scope, clause.name.text, module, "default");
    const nb = clause.namedBindings;
    if (nb && isNamespaceImport(nb)) addImport(w, scope, nb.name.text, module, "*");
    if (nb && isNamedImports(nb)) {
      for (const el of nb.elements) addImport(w, scope, el.name.text, module, (el.propertyName ?? el.name).text);
    }
    return;
  }
  if (isImportEqualsDeclaration(stmt) && isExternalModuleReference(stmt.moduleReference) && isStringLiteral4(stmt.moduleReference.expression)) {
    addImport(w, scope, stmt.name.text, stmt.moduleReference.expression.text, "*");
    return;
  }
  if (isExportDeclaration(stmt)) {
    const from = stmt.moduleSpecifier && isStringLiteral4(stmt.moduleSpecifier) ? stmt.moduleSpecifier.text : void 0;
    if (!stmt.exportClause) {
      if (from) w.facts.starExports.push(from);
      return;
    }
    if (isNamespaceExport(stmt.exportClause)) {
      if (from) w.facts.exports[stmt.exportClause.name.text] = { t: "import", module: from, name: "*" };
      return;
    }
    for (const el of stmt.exportClause.elements) {
      const local = (el.propertyName ?? el.name).text;
      if (from) w.facts.exports[el.name.text] = { t: "import", module: from, name: local };
      else w.pendingExportClauses.push({ local, exported: el.name.text });
    }
    return;
  }
  if (isExportAssignment(stmt)) return;
  declareStatement(w, stmt, scope, true);
}
function addImport(w, scope, local, module, name) {
  w.facts.imports[local] = { module, name };
  const sym = { t: "import", module, name };
  scope.set(local, () => sym);
}
function declareStatement(w, stmt, scope, moduleLevel) {
  if (isFunctionDeclaration2(stmt) && stmt.name) {
    const name = stmt.name.text;
    if (!w.signatures.has(name)) w.signatures.set(name, stmt);
    const id = moduleLevel ? name : qualify(w, name);
    const exported = moduleLevel && hasExport(stmt);
    if (exported) w.exportedNames.add(name);
    if (moduleLevel && hasDefault(stmt)) w.facts.exports["default"] = { t: "fn", id };
    scope.set(name, () => ({ t: "fn", id }));
    return;
  }
  if (isClassDeclaration(stmt) && stmt.name) {
    const name = stmt.name.text;
    if (moduleLevel && hasExport(stmt)) w.exportedNames.add(name);
    if (moduleLevel && hasDefault(stmt)) w.facts.exports["default"] = { t: "class", name };
    scope.set(name, () => ({ t: "class", name }));
    return;
  }
  if (isVariableStatement(stmt)) {
    const exported = moduleLevel && hasExport(stmt);
    for (const decl of stmt.declarationList.declarations) declareBinding(w, decl.name, decl.initializer, scope, exported, moduleLevel, decl.type);
    return;
  }
  if (isEnumDeclaration(stmt)) {
    scope.set(stmt.name.text, () => ({ t: "literal" }));
  }
  if (isTypeAliasDeclaration(stmt)) {
    const name = stmt.name.text;
    if (moduleLevel && hasExport(stmt)) w.exportedNames.add(name);
    if (isFunctionTypeNode3(stmt.type) && !w.signatures.has(name)) w.signatures.set(name, stmt.type);
    if (!scope.has(name)) scope.set(name, lazy(() => withTypeParams(w, stmt.typeParameters, () => typeSym(w, stmt.type)) ?? { t: "unknown", name }));
  }
  if (isInterfaceDeclaration(stmt)) {
    const name = stmt.name.text;
    if (moduleLevel && hasExport(stmt)) w.exportedNames.add(name);
    if (!scope.has(name)) scope.set(name, lazy(() => withTypeParams(w, stmt.typeParameters, () => membersSym(w, stmt.members, name))));
    if (moduleLevel && stmt.members.some((m) => typescript_default.isMethodSignature(m))) (w.facts.interfaces ??= []).push(name);
  }
}
function declareNested(w, pattern, of, scope, exported) {
  for (const el of pattern.elements) {
    const prop = el.propertyName && isIdentifier6(el.propertyName) ? el.propertyName.text : isIdentifier6(el.name) ? el.name.text : void 0;
    if (!prop) continue;
    const inner = () => ({ t: "member", of: of(), name: prop });
    if (isObjectBindingPattern(el.name)) declareNested(w, el.name, inner, scope, exported);
    else if (isIdentifier6(el.name)) {
      if (exported) w.exportedNames.add(el.name.text);
      scope.set(el.name.text, lazy(inner));
    }
  }
}
function declareBinding(w, name, init, scope, exported, moduleLevel, type) {
  if (isIdentifier6(name)) {
    if (exported) w.exportedNames.add(name.text);
    if (init && moduleLevel && isValueLike(init)) {
      const local2 = name.text;
      w.pendingConstants.push(() => w.facts.constants[local2] = valOf(w, init, 0));
    }
    const fnLike = init && unwrapExpression(init);
    if (fnLike && (isArrowFunction4(fnLike) || isFunctionExpression4(fnLike))) {
      const id = moduleLevel ? name.text : qualify(w, name.text);
      scope.set(name.text, () => ({ t: "fn", id }));
      return;
    }
    if (fnLike && isClassExpression2(fnLike)) {
      scope.set(name.text, () => ({ t: "class", name: name.text }));
      return;
    }
    const local = name.text;
    const getter = lazy(() => declared(w, init ? symOf(w, init) : { t: "unknown", name: local }, local, type));
    if (init) w.initOf.set(getter, init);
    scope.set(name.text, getter);
    return;
  }
  if (isObjectBindingPattern(name)) {
    for (const el of name.elements) {
      const prop = el.propertyName && isIdentifier6(el.propertyName) ? el.propertyName.text : isIdentifier6(el.name) ? el.name.text : void 0;
      if (isObjectBindingPattern(el.name)) {
        if (prop && init) declareNested(w, el.name, () => ({ t: "member", of: symOf(w, init), name: prop }), scope, exported);
        continue;
      }
      if (!isIdentifier6(el.name)) continue;
      const local = el.name.text;
      if (exported) w.exportedNames.add(local);
      const getter = lazy(() => {
        if (!init || !prop) return { t: "unknown", name: local };
        const base = symOf(w, init);
        return base.t === "unknown" ? { t: "unknown", name: local } : { t: "member", of: base, name: prop };
      });
      const from = init && prop && !moduleLevel ? givenPath(w, init) : void 0;
      if (from && prop) w.paramPaths.set(getter, { ...from, path: [...from.path ?? [], prop] });
      scope.set(local, getter);
    }
    return;
  }
  for (const el of name.elements) {
    if (isBindingElement(el) && isIdentifier6(el.name)) {
      const local = el.name.text;
      scope.set(local, () => ({ t: "unknown", name: local }));
    }
  }
}
function bindParameters(w, params, scope, callbackOf) {
  for (const [index, p] of params.entries()) {
    if (isIdentifier6(p.name)) {
      const sym = callbackOf && !/^(err|error|e|_)$/i.test(p.name.text) ? { t: "param", name: p.name.text, callbackOf: { ...callbackOf, index } } : paramSym(w, p);
      const getter = () => sym;
      if (p.initializer && !isObjectLiteralExpression6(unwrapExpression(p.initializer))) w.initOf.set(getter, p.initializer);
      if (p.initializer) w.defaultOf.set(getter, p.initializer);
      scope.set(p.name.text, getter);
    } else {
      const whole = p.type ? paramSym(w, p) : void 0;
      bindPattern(w, p.name, whole && whole.t !== "literal" ? () => whole : void 0, scope);
    }
  }
}
function bindPattern(w, pattern, of, scope) {
  if (isIdentifier6(pattern)) return;
  pattern.elements.forEach((el, index) => {
    if (typescript_default.isOmittedExpression(el) || el.dotDotDotToken) return;
    const key = isObjectBindingPattern(pattern) ? el.propertyName ? propertyName(el.propertyName) : isIdentifier6(el.name) ? el.name.text : void 0 : String(index);
    const member = of && key !== void 0 ? () => ({ t: "member", of: of(), name: key }) : void 0;
    if (!isIdentifier6(el.name)) return bindPattern(w, el.name, member, scope);
    const local = el.name.text;
    const getter = member ? lazy(() => either(member(), { t: "unknown", name: local })) : () => ({ t: "unknown", name: local });
    if (el.initializer) w.defaultOf.set(getter, el.initializer);
    scope.set(local, getter);
  });
}
function qualify(w, name) {
  return [...w.qualifyPrefix, name].join(".");
}
function resolveExportClauses(w) {
  for (const name of w.exportedNames) {
    if (!w.facts.exports[name]) w.facts.exports[name] = lookup(w, name);
  }
  for (const { local, exported } of w.pendingExportClauses) {
    w.facts.exports[exported] = lookup(w, local);
    w.facts.exportLocals[exported] = local;
  }
  for (const name of w.exportedNames) w.facts.exportLocals[name] ??= name;
  const exportedClasses = /* @__PURE__ */ new Set();
  for (const sym of Object.values(w.facts.exports)) if (sym.t === "class") exportedClasses.add(sym.name);
  for (const cls of Object.values(w.facts.classes)) {
    if (w.facts.exports[cls.name] || exportedClasses.has(cls.name)) cls.exported = true;
  }
  const def = w.facts.exports["default"];
  for (const fn of w.facts.functions) {
    const head = fn.id.split(/[.#(]/)[0] ?? "";
    if (w.facts.exports[head] || w.exportedNames.has(head) || w.facts.classes[head]?.exported) fn.exported = true;
    if (def && (def.t === "fn" && def.id === fn.id || def.t === "class" && fn.id.startsWith(def.name + "."))) fn.exported = true;
  }
}

// src/model/facts/fills.ts
var { NodeFlags, isArrayLiteralExpression: isArrayLiteralExpression5, isIdentifier: isIdentifier7, isSpreadElement: isSpreadElement4, isVariableStatement: isVariableStatement2 } = typescript_default;
var ADDS = /* @__PURE__ */ new Set(["push", "unshift"]);
var MAY_ADD = /* @__PURE__ */ new Set(["splice", "fill", "copyWithin"]);
function noteEmptyLists(w, statements, scope, fn) {
  if (fn === w.moduleFn) return;
  for (const stmt of statements) {
    if (!isVariableStatement2(stmt) || !(stmt.declarationList.flags & NodeFlags.Const)) continue;
    for (const d of stmt.declarationList.declarations) {
      const init = d.initializer && unwrapExpression(d.initializer);
      if (!isIdentifier7(d.name) || !init || !isArrayLiteralExpression5(init) || init.elements.length) continue;
      const get = scope.get(d.name.text);
      if (get) w.filledLists.set(get, { fn, depth: fn.loopStack.length, callbacks: fn.callbackStack.length, count: 0 });
    }
  }
}
function noteListUse(w, call, method, receiver, calleeIsGlobal, fn) {
  const onList = receiver && isIdentifier7(receiver) ? fillOf(w, receiver.text) : void 0;
  if (onList && method && ADDS.has(method)) {
    const args = call.arguments.some((a) => isSpreadElement4(a)) ? Infinity : call.arguments.length;
    onList.count += args * timesRun(onList, fn);
  } else if (onList && method && MAY_ADD.has(method)) onList.count = Infinity;
  if (calleeIsGlobal) return;
  for (const arg of call.arguments) {
    const a = unwrapExpression(isSpreadElement4(arg) ? arg.expression : arg);
    const given = isIdentifier7(a) ? fillOf(w, a.text) : void 0;
    if (given) given.count = Infinity;
  }
}
function filledCount(w, name, fn) {
  const fill = fn && fillOf(w, name);
  if (!fill || fill.fn !== fn || fn.loopStack.length !== fill.depth || fn.callbackStack.length !== fill.callbacks) return void 0;
  return fill.count > 0 && Number.isFinite(fill.count) ? fill.count : void 0;
}
function fillOf(w, name) {
  const get = bindingOf(w, name);
  return get && w.filledLists.get(get);
}
function timesRun(fill, fn) {
  if (fn !== fill.fn || fn.callbackStack.length > fill.callbacks) return Infinity;
  let times = 1;
  for (const index of fn.loopStack.slice(fill.depth)) {
    const loop = fn.fact.loops[index];
    times *= loop.bound === "literal" && loop.count !== void 0 ? loop.count : Infinity;
  }
  return times;
}

// src/model/facts/loops.ts
var { SyntaxKind: SyntaxKind6, isNewExpression: isNewExpression3, getModifiers: getModifiers2, isArrayLiteralExpression: isArrayLiteralExpression6, isArrowFunction: isArrowFunction5, isBinaryExpression: isBinaryExpression3, isCallExpression: isCallExpression5, isDoStatement: isDoStatement2, isForInStatement: isForInStatement2, isForOfStatement: isForOfStatement2, isFunctionExpression: isFunctionExpression5, isIdentifier: isIdentifier8, isNumericLiteral: isNumericLiteral3, isObjectLiteralExpression: isObjectLiteralExpression7, isPropertyAccessExpression: isPropertyAccessExpression6, isPropertyAssignment: isPropertyAssignment5, isShorthandPropertyAssignment: isShorthandPropertyAssignment4, isSpreadElement: isSpreadElement5, isStringLiteralLike, isVariableDeclarationList } = typescript_default;
var ITERATION_METHODS = {
  map: "map",
  forEach: "forEach",
  flatMap: "flatMap",
  filter: "filter",
  reduce: "reduce",
  reduceRight: "reduce",
  some: "some",
  every: "every",
  find: "find",
  findIndex: "find",
  findLast: "find",
  findLastIndex: "find",
  each: "forEach",
  eachSeries: "forEach",
  mapSeries: "map",
  mapValues: "map",
  forOwn: "forEach",
  times: "map",
  eachLimit: "forEach",
  mapLimit: "map",
  forEachSeries: "forEach",
  forEachLimit: "forEach",
  flatMapDeep: "flatMap",
  groupBy: "other-callback",
  sortBy: "other-callback",
  keyBy: "other-callback",
  sumBy: "other-callback",
  countBy: "other-callback"
};
var COLLECTION_FIRST_LIBRARIES = /* @__PURE__ */ new Set(["lodash", "lodash-es", "underscore", "async", "p-map", "p-each-series", "p-map-series", "bluebird", "ramda", "radash"]);
var PAGINATION = /\b(cursor|nextCursor|next_cursor|nextToken|NextToken|nextPageToken|pageToken|PageToken|hasMore|has_more|hasNextPage|hasNext|LastEvaluatedKey|ExclusiveStartKey|ContinuationToken|NextContinuationToken|NextMarker|Marker|startAfter|endCursor|page|pageNumber|pageIndex|offset|nextPage|next_page|paginat\w*)\b/;
var CURSOR_READ = new RegExp(`\\.${PAGINATION.source}`);
var RETRY = /\b(attempts?|attemptNumber|retr(y|ies|ied)\w*|tries|maxRetries|MAX_RETRIES|MAX_ATTEMPTS|retryCount|numRetries)\b/i;
var SLEEP = /\b(sleep|delay|wait|setTimeout|backoff|timers\.setTimeout|waitFor)\s*\(/;
var CHUNKER = /^(chunk\w*|\w+Chunks?|splitEvery|splitIntoChunks|batch(es)?Of|inBatches|toBatches|intoBatches|split\w*Batch\w*)$/i;
var CHUNKS_NAME = /^(chunks|batches)$|^chunked|Chunks$|Batches$/;
var GROUPER = /^(groupBy|group[A-Z]\w*By)$/;
var PAGED_ITERABLE = /(paginat|pages\b|Pages\b|cursor|scan\w*Stream|iterate|Iterator\b)/;
function inLoop(fn, loop, body) {
  fn.fact.loops.push(loop);
  fn.loopStack.push(fn.fact.loops.length - 1);
  body();
  fn.loopStack.pop();
}
function forOfLoop(w, node, fn) {
  const isAwait = isForOfStatement2(node) && !!node.awaitModifier;
  const kind = isForInStatement2(node) ? "for-in" : isAwait ? "for-await" : "for-of";
  const loop = loopFact(w, kind, node.expression, node, false, void 0, fn);
  loop.header = compact(w.sf.text.slice(node.getStart(w.sf), node.statement.getStart(w.sf))).replace(/\s*$/, "");
  if (isAwait && PAGED_ITERABLE.test(loop.over)) loop.bound = "paginated";
  if (kind === "for-of" && loop.bound === "unbounded" && isVariableDeclarationList(node.initializer) && node.initializer.declarations.length === 1) {
    const name = node.initializer.declarations[0].name;
    const unused = isIdentifier8(name) && (name.text.startsWith("_") || !mentions(node.statement, name.text));
    if (unused && exits(node.statement)) loop.bound = "paginated";
  }
  return loop;
}
function classicLoop(w, node) {
  const cond = node.condition ? compact(node.condition.getText(w.sf)) : "true";
  const init = node.initializer ? compact(node.initializer.getText(w.sf)) : "";
  const loop = loopFact(w, "for", node.condition ?? node, node, false, void 0);
  loop.header = compact(w.sf.text.slice(node.getStart(w.sf), node.statement.getStart(w.sf))).replace(/\s*$/, "");
  loop.over = cond;
  delete loop.count;
  loop.bound = "unbounded";
  const bound = node.condition && isBinaryExpression3(node.condition) ? unwrapExpression(node.condition.right) : void 0;
  const boundInit = bound && isIdentifier8(bound) ? initializerOf(w, bound.text) : void 0;
  const lengthOf = /\b([\w$.]+)\.(length|size)\b/.exec(cond) ?? (boundInit ? /^([\w$.]+)\.(length|size)$/.exec(compact(boundInit.getText(w.sf))) : null);
  const chunked = !!bound && isPropertyAccessExpression6(bound) && isChunks(w, bound.expression, 0) || steps(w, node.incrementor);
  if (lengthOf) loop.over = lengthOf[1];
  else if (node.condition && isBinaryExpression3(node.condition)) {
    const n = numberOf(w, node.condition.right);
    if (n !== void 0) {
      loop.bound = "literal";
      loop.count = n;
    }
  }
  if (node.condition && isBinaryExpression3(node.condition) && /^<=?$/.test(node.condition.operatorToken.getText(w.sf))) loop.limit = valOf(w, node.condition.right, 0);
  const header = `${init} ${cond}`;
  if (chunked && (lengthOf || loop.bound !== "literal")) loop.bound = "chunked";
  else if (loop.bound === "literal" && followsCursor(w, node.statement)) loop.pages = true;
  else if (RETRY.test(header)) loop.bound = "retry";
  else if (!lengthOf && PAGINATION.test(header)) loop.bound = "paginated";
  else if (!node.condition || cond === "true") loop.bound = repeatBound(w, node.statement, cond);
  if (loop.bound === "retry") retryDetails(w, loop, node.statement);
  return loop;
}
function conditionLoop(w, node) {
  const cond = compact(node.expression.getText(w.sf));
  const loop = loopFact(w, isDoStatement2(node) ? "do" : "while", node.expression, node, false, void 0);
  delete loop.count;
  loop.over = cond;
  loop.header = isDoStatement2(node) ? `do ... while (${cond})` : `while (${cond})`;
  const worklist = /(\.length|\.size)\b|\.(pop|shift)\(\)/.exec(cond);
  loop.bound = worklist ? "unbounded" : repeatBound(w, node.statement, cond);
  if (loop.bound === "unknown" && reassignsCondition(w, node.statement, cond)) loop.bound = "paginated";
  if (loop.bound === "retry") {
    retryDetails(w, loop, node.statement);
    if (isBinaryExpression3(node.expression) && /^<=?$/.test(node.expression.operatorToken.getText(w.sf))) loop.limit = valOf(w, node.expression.right, 0);
  }
  if (worklist) {
    const m = /([\w$.]+?)(?:\.length|\.size|\.pop\(\)|\.shift\(\))/.exec(cond);
    if (m) loop.over = m[1];
  }
  return loop;
}
function mayIterate(callee, method) {
  if (method) return Object.hasOwn(ITERATION_METHODS, method) || method === "from" || method === "pMap";
  return isIdentifier8(callee) && (Object.hasOwn(ITERATION_METHODS, callee.text) || /^(pMap|map|each|forEach|filter|mapSeries|pEachSeries|pMapSeries)$/.test(callee.text));
}
function iterationOf(w, call, callee, method, receiver, fn) {
  const args = call.arguments;
  const isFn = (a) => {
    if (!a) return false;
    const u = unwrapExpression(a);
    if (isArrowFunction5(u) || isFunctionExpression5(u)) return true;
    const s = symOf(w, u);
    if (s.t === "fn") return true;
    if (s.t === "member") return s.of.t === "this" || s.of.t === "import" && s.of.module.startsWith(".");
    return s.t === "import" && s.module.startsWith(".");
  };
  const libraryFn = collectionFirstFunction(w, callee);
  if (libraryFn) {
    const cbIndex = args.findIndex((a, i) => i > 0 && isFn(a));
    if (cbIndex > 0 && args[0]) {
      const limitArg = /Limit$/.test(libraryFn.name) ? args[1] : void 0;
      const optArg = args[cbIndex + 1];
      const concurrency = limitArg ? compact(limitArg.getText(w.sf)) : optArg ? concurrencyOption(w, optArg) : void 0;
      const parallel = libraryFn.parallel && !/Series$/.test(libraryFn.name);
      const loop = loopFact(w, own(ITERATION_METHODS, libraryFn.name) ?? (libraryFn.module === "p-map" ? "map" : "other-callback"), args[0], call, parallel, concurrency, fn);
      return { loop, callbackIndex: cbIndex, collectionIsReceiver: false };
    }
  }
  const iteration = method ? own(ITERATION_METHODS, method) : void 0;
  if (method && receiver && iteration && isFn(args[0])) {
    const cb = args[0] ? unwrapExpression(args[0]) : void 0;
    const asyncCb = !!cb && (isArrowFunction5(cb) || isFunctionExpression5(cb)) && !!getModifiers2(cb)?.some((m) => m.kind === SyntaxKind6.AsyncKeyword);
    const parallel = w.parallelCallbacks.has(call) || asyncCb && method !== "reduce" && method !== "reduceRight";
    const kind = iteration;
    if (isIdentifier8(receiver) && /^(Promise|Bluebird)$/.test(receiver.text)) return void 0;
    return { loop: loopFact(w, kind, receiver, call, parallel, w.limitedCallbacks.get(call), fn), callbackIndex: 0, collectionIsReceiver: true };
  }
  if (method === "from" && receiver && isIdentifier8(receiver) && receiver.text === "Array" && args.length >= 2 && isFn(args[1])) {
    return { loop: loopFact(w, "map", args[0], call, w.parallelCallbacks.has(call), w.limitedCallbacks.get(call), fn), callbackIndex: 1, collectionIsReceiver: false };
  }
  return void 0;
}
function collectionFirstFunction(w, callee) {
  let name;
  let sym;
  if (isPropertyAccessExpression6(callee)) {
    name = callee.name.text;
    sym = symOf(w, unwrapExpression(callee.expression));
  } else if (isIdentifier8(callee)) {
    name = callee.text;
    sym = symOf(w, callee);
  } else return void 0;
  if (sym.t !== "import" || !COLLECTION_FIRST_LIBRARIES.has(sym.module.replace(/\/.*$/, ""))) return void 0;
  if (isIdentifier8(callee)) name = sym.name === "default" || sym.name === "*" ? sym.module.replace(/^.*\//, "") : sym.name;
  if (!name) return void 0;
  const known = own(ITERATION_METHODS, name) || sym.module === "p-map" || /^(map|each|forEach|filter|mapSeries|pMap)$/.test(name);
  if (!known) return void 0;
  const parallel = sym.module === "p-map" || sym.module === "async" || sym.module === "bluebird";
  return { name: name === "p-map" ? "map" : name, module: sym.module, parallel };
}
function concurrencyOption(w, arg) {
  const o = unwrapExpression(arg);
  if (!isObjectLiteralExpression7(o)) return void 0;
  for (const p of o.properties) {
    if (isPropertyAssignment5(p) && propertyName(p.name) === "concurrency") return compact(p.initializer.getText(w.sf));
    if (isShorthandPropertyAssignment4(p) && p.name.text === "concurrency") return "concurrency";
  }
  return void 0;
}
function loopFact(w, kind, collection, node, parallel, concurrency, fn) {
  const over = compact(collection.getText(w.sf));
  const { line, character } = w.sf.getLineAndCharacterOfPosition(node.getStart(w.sf));
  const count = literalCount(w, collection);
  const loop = {
    kind,
    over,
    bound: count !== void 0 ? "literal" : "unbounded",
    parallel,
    line: line + 1,
    column: character + 1,
    header: isCallExpression5(node) ? `${compact(node.expression.getText(w.sf))}(...)` : over
  };
  const cap = count === void 0 ? capOf(w, collection) : void 0;
  const pushes = count === void 0 && !cap ? pushedCount(w, collection, fn) : void 0;
  const pool = count === void 0 && !cap && !pushes ? poolSize(w, collection) : void 0;
  if (count !== void 0) loop.count = count;
  else if (pushes) {
    loop.bound = "literal";
    loop.count = pushes;
    loop.pushes = true;
  } else if (cap) {
    loop.bound = "literal";
    loop.count = cap.count;
    loop.capped = cap.text;
  } else if (pool) {
    loop.bound = "pool";
    concurrency ??= pool;
  } else if (isChunks(w, collection, 0)) loop.bound = "chunked";
  else {
    const grouped = groupsOf(w, collection, 0);
    if (grouped) {
      loop.bound = "chunked";
      loop.groups = true;
      loop.over = compact(grouped.getText(w.sf));
    }
  }
  if (loop.bound === "unbounded" || loop.bound === "literal") domainOf(w, collection, loop);
  if (loop.bound === "unbounded" && !loop.domain) keysOfConstant(w, collection, loop);
  if (loop.bound === "unbounded") {
    const param = givenParam(w, collection);
    if (param) loop.param = param;
  }
  if (concurrency) loop.concurrency = concurrency;
  return loop;
}
function domainOf(w, collection, loop) {
  const e = unwrapExpression(collection);
  if (!isIdentifier8(e)) return;
  let init;
  for (let i = w.scopes.length - 1; i >= 0 && !init; i--) {
    const get = w.scopes[i].get(e.text);
    if (get) {
      init = w.defaultOf.get(get);
      break;
    }
  }
  if (!init) return;
  const count = constantList(w, init, 0);
  if (count !== void 0) {
    loop.bound = "literal";
    loop.count = count;
    loop.ofDefault = compact(init.getText(w.sf), 40);
    return;
  }
  const d = unwrapExpression(init);
  if (isIdentifier8(d) || isPropertyAccessExpression6(d)) {
    loop.domain = valOf(w, d, 0);
    loop.ofDefault = compact(d.getText(w.sf), 40);
  }
}
function keysOfConstant(w, collection, loop) {
  const e = unwrapExpression(collection);
  if (!isCallExpression5(e) || !isPropertyAccessExpression6(e.expression) || !/^(keys|values|entries)$/.test(e.expression.name.text)) return;
  const on = unwrapExpression(e.expression.expression);
  const target = e.arguments[0] && unwrapExpression(e.arguments[0]);
  if (!isIdentifier8(on) || on.text !== "Object" || e.arguments.length !== 1 || !target) return;
  if (!isIdentifier8(target) && !(isPropertyAccessExpression6(target) && isIdentifier8(target.expression))) return;
  const root = isIdentifier8(target) ? target.text : target.expression.text;
  for (let i = w.scopes.length - 1; i > 0; i--) if (w.scopes[i].has(root)) return;
  if (!w.scopes[0]?.has(root)) return;
  loop.domain = valOf(w, target, 0);
  loop.domainKeys = true;
}
function constantList(w, expr, depth) {
  const e = unwrapExpression(expr);
  if (isArrayLiteralExpression6(e)) {
    const constants = e.elements.every((x) => {
      const u = unwrapExpression(x);
      return isStringLiteralLike(u) || isNumericLiteral3(u) || isPropertyAccessExpression6(u) && isIdentifier8(u.expression);
    });
    return constants && e.elements.length >= 2 ? e.elements.length : void 0;
  }
  if (isIdentifier8(e) && depth < 3) {
    const init = initializerOf(w, e.text);
    return init ? constantList(w, init, depth + 1) : void 0;
  }
  return void 0;
}
function poolSize(w, expr) {
  const e = unwrapExpression(expr);
  if (!isObjectLiteralExpression7(e)) return void 0;
  const len = e.properties.find((p) => isPropertyAssignment5(p) && propertyName(p.name) === "length");
  if (!len || !isPropertyAssignment5(len)) return void 0;
  const text = compact(len.initializer.getText(w.sf));
  return /Math\.min\(|concurren|parallel|workers?\b|Workers|pool|threads|limit/i.test(text) ? text : void 0;
}
function isChunks(w, expr, depth) {
  const e = unwrapExpression(expr);
  if (isCallExpression5(e)) {
    const name = calleeName(e.expression);
    return !!name && CHUNKER.test(name) && e.arguments.length >= 1;
  }
  if (isIdentifier8(e)) {
    if (CHUNKS_NAME.test(e.text)) return true;
    if (depth > 2) return false;
    const init = initializerOf(w, e.text);
    return !!init && isChunks(w, init, depth + 1);
  }
  return false;
}
function groupsOf(w, expr, depth) {
  const e = unwrapExpression(expr);
  if (isCallExpression5(e)) {
    const name = calleeName(e.expression);
    const first = e.arguments[0];
    if (name && GROUPER.test(name) && first) return e.arguments.length === 1 && isPropertyAccessExpression6(e.expression) ? e.expression.expression : first;
    if (isPropertyAccessExpression6(e.expression) && /^(entries|values|keys)$/.test(e.expression.name.text)) {
      const target = first && isIdentifier8(e.expression.expression) && e.expression.expression.text === "Object" ? first : e.arguments.length === 0 ? e.expression.expression : void 0;
      return target && groupsOf(w, target, depth);
    }
    return void 0;
  }
  if (isIdentifier8(e) && depth <= 2) {
    const init = initializerOf(w, e.text);
    return init && groupsOf(w, init, depth + 1);
  }
  return void 0;
}
function literalCount(w, expr, depth = 0) {
  const e = unwrapExpression(expr);
  const within = subsetOf(e);
  if (within) return literalCount(w, within, depth);
  if (isArrayLiteralExpression6(e)) return e.elements.some((x) => isSpreadElement5(x)) ? void 0 : e.elements.length;
  if (isIdentifier8(e)) {
    const s = lookup(w, e.text);
    if (s.t === "array" && s.count > 0) return s.count;
    const init = depth < 3 ? initializerOf(w, e.text) : void 0;
    if (init && subsetOf(unwrapExpression(init))) return literalCount(w, init, depth + 1);
  }
  if (isObjectLiteralExpression7(e)) {
    const len = e.properties.find((p) => isPropertyAssignment5(p) && propertyName(p.name) === "length");
    if (len && isPropertyAssignment5(len)) return numberOf(w, len.initializer);
  }
  if (isCallExpression5(e) && isPropertyAccessExpression6(e.expression) && /^(keys|values|entries)$/.test(e.expression.name.text) && e.arguments[0]) {
    const target = unwrapExpression(e.arguments[0]);
    if (isObjectLiteralExpression7(target)) return target.properties.length;
    if (isIdentifier8(target)) {
      const s = lookup(w, target.text);
      if (s.t === "object") return Object.keys(s.props).length;
    }
  }
  return void 0;
}
function pushedCount(w, collection, fn, depth = 0) {
  const e = unwrapExpression(collection);
  const within = subsetOf(e);
  if (within && depth < 3) return pushedCount(w, within, fn, depth + 1);
  return isIdentifier8(e) ? filledCount(w, e.text, fn) : void 0;
}
function capOf(w, expr, depth = 0) {
  const e = unwrapExpression(expr);
  if (isCallExpression5(e) && isPropertyAccessExpression6(e.expression) && e.expression.name.text === "slice" && e.arguments.length === 2) {
    const start = numberOf(w, e.arguments[0]);
    const end = numberOf(w, e.arguments[1]);
    if (start !== void 0 && end !== void 0 && end > start && start >= 0) return { count: end - start, text: compact(e.arguments[1].getText(w.sf)) };
  }
  const rows = queryCap(w, e);
  if (rows) return rows;
  const within = subsetOf(e);
  if (within) return capOf(w, within, depth);
  if (isIdentifier8(e) && depth < 3) {
    const init = initializerOf(w, e.text);
    if (init) return capOf(w, init, depth + 1);
  }
  return void 0;
}
var QUERY_METHOD = /^(find\w*|select\w*|query|list\w*|search\w*|fetch\w*|get\w*s)$/;
var CAP_KEY = /^(take|limit|first|top|maxResults|pageSize)$/;
function queryCap(w, e) {
  if (!isCallExpression5(e) || !isPropertyAccessExpression6(e.expression)) return void 0;
  const method = e.expression.name.text;
  if (method === "limit" && e.arguments.length === 1 && isCallExpression5(unwrapExpression(e.expression.expression))) {
    const n = numberOf(w, e.arguments[0]);
    return n !== void 0 && n > 0 ? { count: n, text: compact(e.arguments[0].getText(w.sf)) } : void 0;
  }
  if (!QUERY_METHOD.test(method)) return void 0;
  for (const arg of e.arguments) {
    const a = unwrapExpression(arg);
    if (!isObjectLiteralExpression7(a)) continue;
    for (const p of a.properties) {
      if (!isPropertyAssignment5(p) || !CAP_KEY.test(propertyName(p.name) ?? "")) continue;
      const n = numberOf(w, p.initializer);
      if (n !== void 0 && n > 0) return { count: n, text: compact(p.initializer.getText(w.sf)) };
    }
  }
  return void 0;
}
function subsetOf(e) {
  if (isCallExpression5(e) && isPropertyAccessExpression6(e.expression)) {
    const method = e.expression.name.text;
    const on = unwrapExpression(e.expression.expression);
    if (/^(filter|slice)$/.test(method)) return on;
    if (method === "from" && isIdentifier8(on) && on.text === "Array" && e.arguments.length === 1 && !isObjectLiteralExpression7(unwrapExpression(e.arguments[0]))) return e.arguments[0];
  }
  if (isNewExpression3(e) && isIdentifier8(e.expression) && e.expression.text === "Set" && e.arguments?.length === 1) return e.arguments[0];
  if (isArrayLiteralExpression6(e) && e.elements.length === 1 && isSpreadElement5(e.elements[0])) return e.elements[0].expression;
  return void 0;
}
function numberOf(w, expr) {
  const e = unwrapExpression(expr);
  if (isNumericLiteral3(e)) return Number(e.text);
  if (isIdentifier8(e)) {
    const s = lookup(w, e.text);
    if (s.t === "literal" && typeof s.value === "number") return s.value;
  }
  return void 0;
}
function followsCursor(w, body) {
  const text = w.sf.text.slice(body.pos, body.end);
  for (const m of text.matchAll(/(?:^|[^.\w$])([A-Za-z_$][\w$]*)\s*(?:=|\?\?=|\|\|=)(?!=)([^;\n]*)/g)) {
    if (PAGINATION.test(m[1]) && !/^(page|offset)$/.test(m[1]) || CURSOR_READ.test(m[2])) return true;
  }
  return false;
}
function steps(w, incrementor) {
  if (!incrementor) return false;
  const e = unwrapExpression(incrementor);
  if (!isBinaryExpression3(e)) return false;
  let step;
  if (e.operatorToken.kind === SyntaxKind6.PlusEqualsToken) step = e.right;
  else if (e.operatorToken.kind === SyntaxKind6.EqualsToken && isBinaryExpression3(unwrapExpression(e.right))) {
    const r = unwrapExpression(e.right);
    if (r.operatorToken.kind === SyntaxKind6.PlusToken && r.left.getText(w.sf) === e.left.getText(w.sf)) step = r.right;
  }
  if (!step) return false;
  const n = numberOf(w, step);
  if (n !== void 0) return n > 1;
  const u = unwrapExpression(step);
  return (isIdentifier8(u) || isPropertyAccessExpression6(u)) && /size|chunk|batch|step|page|limit|per/i.test(u.getText(w.sf));
}
function reassignsCondition(w, body, cond) {
  const text = w.sf.text.slice(body.pos, body.end);
  for (const name of cond.match(/[A-Za-z_$][\w$]*/g) ?? []) {
    if (/^(true|false|null|undefined|typeof|void)$/.test(name)) continue;
    if (new RegExp(`(^|[^.\\w$])${name.replace(/\$/g, "\\$")}\\s*(=|\\?\\?=|\\|\\|=)(?!=)`).test(text)) return true;
  }
  return false;
}
function retryDetails(w, loop, body) {
  const text = w.sf.text.slice(body.pos, body.end);
  loop.sleeps = SLEEP.test(text);
  loop.jitter = /Math\.random|jitter/i.test(text);
  const tests = catchTests(w, body);
  if (tests?.length) loop.retryOn = [...new Set(tests)].join(" or ");
}
function catchTests(w, body) {
  const out = [];
  let open = false;
  const visit = (n) => {
    if (open || typescript_default.isFunctionLike(n)) return;
    if (typescript_default.isCatchClause(n)) {
      const test = selectiveTest(w, n);
      if (test) out.push(test);
      else open = true;
    }
    typescript_default.forEachChild(n, visit);
  };
  visit(body);
  return open ? void 0 : out;
}
function selectiveTest(w, clause) {
  const [first, second] = clause.block.statements;
  if (!first || !typescript_default.isIfStatement(first)) return void 0;
  const throws = (s) => !!s && (typescript_default.isThrowStatement(s) || typescript_default.isBlock(s) && s.statements.length > 0 && typescript_default.isThrowStatement(s.statements[s.statements.length - 1]));
  const cond = unwrapExpression(first.expression);
  const name = clause.variableDeclaration && isIdentifier8(clause.variableDeclaration.name) ? clause.variableDeclaration.name.text : void 0;
  if (!name || !mentions(cond, name)) return void 0;
  if (first.elseStatement) return throws(first.elseStatement) && !throws(first.thenStatement) ? compact(cond.getText(w.sf), 160) : void 0;
  if (throws(first.thenStatement)) {
    return typescript_default.isPrefixUnaryExpression(cond) && cond.operator === SyntaxKind6.ExclamationToken ? compact(unwrapExpression(cond.operand).getText(w.sf), 60) : `not ${compact(cond.getText(w.sf), 60)}`;
  }
  const continues = (s) => typescript_default.isContinueStatement(s) || typescript_default.isBlock(s) && s.statements.some((x) => typescript_default.isContinueStatement(x));
  if (continues(first.thenStatement) && throws(second)) return compact(cond.getText(w.sf), 60);
  return void 0;
}
function selfRetry(w, call, fn) {
  const node = fn.decl;
  const own2 = node?.name && isIdentifier8(node.name) ? node.name.text : void 0;
  if (!own2 || fn.fact.kind === "callback" || !("body" in node) || !node.body) return void 0;
  const callee = unwrapExpression(call.expression);
  const name = isPropertyAccessExpression6(callee) && callee.expression.kind === SyntaxKind6.ThisKeyword ? callee.name.text : isIdentifier8(callee) ? callee.text : void 0;
  if (name !== own2) return void 0;
  const params = new Set(node.parameters.flatMap((p) => isIdentifier8(p.name) ? [p.name.text] : []));
  let counter;
  for (const arg of call.arguments) {
    const a = unwrapExpression(arg);
    if (isBinaryExpression3(a) && a.operatorToken.kind === SyntaxKind6.PlusToken && isIdentifier8(a.left) && params.has(a.left.text) && isNumericLiteral3(a.right) && a.right.text === "1") counter = a.left.text;
    else if (!(isIdentifier8(a) && params.has(a.text))) return void 0;
  }
  const { line, character } = w.sf.getLineAndCharacterOfPosition(call.getStart(w.sf));
  const text = compact(call.getText(w.sf));
  const loop = { kind: "other-callback", over: text, bound: "retry", parallel: false, line: line + 1, column: character + 1, header: text, recursive: true };
  if (!counter) return loop;
  const body = node.body;
  const visit = (n) => {
    if (loop.limit || n !== body && typescript_default.isFunctionLike(n)) return;
    if (isBinaryExpression3(n) && /^[<>]=?$/.test(n.operatorToken.getText(w.sf))) {
      const other = isIdentifier8(n.left) && n.left.text === counter ? n.right : isIdentifier8(n.right) && n.right.text === counter ? n.left : void 0;
      if (other) loop.limit = valOf(w, other, 0);
    }
    typescript_default.forEachChild(n, visit);
  };
  visit(body);
  return loop;
}
function repeatBound(w, body, cond) {
  const text = w.sf.text.slice(body.pos, body.end);
  if (RETRY.test(cond) || RETRY.test(text) && /\bcatch\b/.test(text)) return "retry";
  if (PAGINATION.test(cond) || PAGINATION.test(text)) return "paginated";
  if (SLEEP.test(text)) return "polling";
  return "unknown";
}

// src/model/facts/memo.ts
var { SyntaxKind: SyntaxKind7, forEachChild: forEachChild2, isBinaryExpression: isBinaryExpression4, isBlock, isIdentifier: isIdentifier9, isPropertyAccessExpression: isPropertyAccessExpression7, isReturnStatement: isReturnStatement2 } = typescript_default;
function memoSlot(w, expr) {
  const e = unwrapExpression(expr);
  if (isPropertyAccessExpression7(e)) {
    let root = e;
    while (isPropertyAccessExpression7(root)) root = unwrapExpression(root.expression);
    return root.kind === SyntaxKind7.ThisKeyword ? compact(e.getText(w.sf)) : void 0;
  }
  if (!isIdentifier9(e)) return void 0;
  const module = w.scopes[0]?.get(e.text);
  if (!module) return void 0;
  for (let i = w.scopes.length - 1; i > 0; i--) if (w.scopes[i].has(e.text)) return void 0;
  return e.text;
}
function memoTest(w, cond) {
  const e = unwrapExpression(cond);
  if (typescript_default.isPrefixUnaryExpression(e) && e.operator === SyntaxKind7.ExclamationToken) {
    const inner = memoTest(w, e.operand);
    return inner && { slot: inner.slot, filled: !inner.filled };
  }
  if (isBinaryExpression4(e)) {
    const test = nullTest(e);
    const slot2 = test && memoSlot(w, test.operand);
    return slot2 ? { slot: slot2, filled: test.present } : void 0;
  }
  const slot = memoSlot(w, e);
  return slot ? { slot, filled: true } : void 0;
}
function nullTest(e) {
  const right = unwrapExpression(e.right);
  if (right.kind !== SyntaxKind7.NullKeyword && !(isIdentifier9(right) && right.text === "undefined")) return void 0;
  const op = e.operatorToken.kind;
  if (op === SyntaxKind7.ExclamationEqualsToken || op === SyntaxKind7.ExclamationEqualsEqualsToken) return { operand: e.left, present: true };
  if (op === SyntaxKind7.EqualsEqualsToken || op === SyntaxKind7.EqualsEqualsEqualsToken) return { operand: e.left, present: false };
  return void 0;
}
function fills(w, node, slot) {
  let found = false;
  const visit = (n) => {
    if (found || typescript_default.isFunctionLike(n)) return;
    if (isBinaryExpression4(n) && isAssignment(n.operatorToken.kind) && memoSlot(w, n.left) === slot) {
      found = true;
      return;
    }
    forEachChild2(n, visit);
  };
  visit(node);
  return found;
}
function isAssignment(kind) {
  return kind === SyntaxKind7.EqualsToken || kind === SyntaxKind7.QuestionQuestionEqualsToken || kind === SyntaxKind7.BarBarEqualsToken;
}
function memoizedRight(w, expr) {
  const op = expr.operatorToken.kind;
  const slot = memoSlot(w, expr.left);
  if (!slot) return false;
  if (op === SyntaxKind7.QuestionQuestionEqualsToken || op === SyntaxKind7.BarBarEqualsToken) return true;
  return (op === SyntaxKind7.QuestionQuestionToken || op === SyntaxKind7.BarBarToken) && fills(w, expr.right, slot);
}
function returnsWhenFilled(w, stmt) {
  const cond = returningIf(stmt);
  const test = cond && memoTest(w, cond);
  return test?.filled ? test.slot : void 0;
}
function returningIf(stmt) {
  if (!typescript_default.isIfStatement(stmt) || stmt.elseStatement) return void 0;
  const then = stmt.thenStatement;
  const last = isBlock(then) ? then.statements[then.statements.length - 1] : then;
  return last && isReturnStatement2(last) ? stmt.expression : void 0;
}
function keyedSlot(w, expr) {
  let e = unwrapExpression(expr);
  while (typescript_default.isElementAccessExpression(e)) e = unwrapExpression(e.expression);
  return memoSlot(w, e);
}
function lookup2(w, expr) {
  const e = unwrapExpression(expr);
  if (typescript_default.isCallExpression(e) && isPropertyAccessExpression7(e.expression) && (e.expression.name.text === "has" || e.expression.name.text === "get") && e.arguments.length === 1) {
    return keyedSlot(w, e.expression.expression);
  }
  if (typescript_default.isElementAccessExpression(e)) return keyedSlot(w, e.expression);
  if (isBinaryExpression4(e) && e.operatorToken.kind === SyntaxKind7.InKeyword) return keyedSlot(w, e.right);
  return void 0;
}
function keyTest(w, fn, cond) {
  const e = unwrapExpression(cond);
  if (typescript_default.isPrefixUnaryExpression(e) && e.operator === SyntaxKind7.ExclamationToken) {
    const inner = keyTest(w, fn, e.operand);
    return inner && { slot: inner.slot, cached: !inner.cached };
  }
  const missing = missingList(fn, e);
  if (missing) return { slot: missing, cached: false };
  if (isBinaryExpression4(e)) {
    const op = e.operatorToken.kind;
    const right = unwrapExpression(e.right);
    const left = unwrapExpression(e.left);
    const zero = typescript_default.isNumericLiteral(right) && right.text === "0";
    const list = zero ? missingList(fn, left) : void 0;
    if (list) {
      if (op === SyntaxKind7.GreaterThanToken || op === SyntaxKind7.ExclamationEqualsEqualsToken || op === SyntaxKind7.ExclamationEqualsToken) return { slot: list, cached: false };
      if (op === SyntaxKind7.EqualsEqualsEqualsToken || op === SyntaxKind7.EqualsEqualsToken) return { slot: list, cached: true };
      return void 0;
    }
    const test = nullTest(e);
    const slot2 = test && lookup2(w, test.operand);
    return slot2 ? { slot: slot2, cached: test.present } : void 0;
  }
  const slot = lookup2(w, e);
  return slot ? { slot, cached: true } : void 0;
}
function missingList(fn, e) {
  if (!isPropertyAccessExpression7(e) || e.name.text !== "length" && e.name.text !== "size") return void 0;
  const list = unwrapExpression(e.expression);
  return isIdentifier9(list) ? fn.missing?.get(list.text) : void 0;
}
function missingFrom(w, fn, init) {
  let e = unwrapExpression(init);
  for (; ; ) {
    if (typescript_default.isArrayLiteralExpression(e) && e.elements.length === 1 && typescript_default.isSpreadElement(e.elements[0])) e = unwrapExpression(e.elements[0].expression);
    else if ((typescript_default.isCallExpression(e) || typescript_default.isNewExpression(e)) && e.arguments?.length === 1 && !(isPropertyAccessExpression7(e.expression) && e.expression.name.text === "filter")) e = unwrapExpression(e.arguments[0]);
    else break;
  }
  if (!typescript_default.isCallExpression(e) || !isPropertyAccessExpression7(e.expression) || e.expression.name.text !== "filter") return void 0;
  const cb = e.arguments[0] && unwrapExpression(e.arguments[0]);
  if (!cb || !typescript_default.isArrowFunction(cb) && !typescript_default.isFunctionExpression(cb)) return void 0;
  const body = typescript_default.isBlock(cb.body) ? returnedOnly(cb.body) : cb.body;
  const test = body && keyTest(w, fn, body);
  return test && !test.cached ? test.slot : void 0;
}
function returnedOnly(block) {
  const only = block.statements.length === 1 ? block.statements[0] : void 0;
  return only && isReturnStatement2(only) ? only.expression : void 0;
}
function fillsKeys(w, node, slot) {
  let found = false;
  const visit = (n) => {
    if (found || typescript_default.isFunctionDeclaration(n) || typescript_default.isClassLike(n)) return;
    if (typescript_default.isCallExpression(n) && isPropertyAccessExpression7(n.expression) && (n.expression.name.text === "set" || n.expression.name.text === "add") && keyedSlot(w, n.expression.expression) === slot) {
      found = true;
      return;
    }
    if (isBinaryExpression4(n) && n.operatorToken.kind === SyntaxKind7.EqualsToken && typescript_default.isElementAccessExpression(unwrapExpression(n.left)) && keyedSlot(w, n.left) === slot) {
      found = true;
      return;
    }
    forEachChild2(n, visit);
  };
  visit(node);
  return found;
}
function returnsWhenCached(w, fn, stmt) {
  const cond = returningIf(stmt);
  const test = cond && keyTest(w, fn, cond);
  return test?.cached ? test.slot : void 0;
}
function cachedPerKey(fn, body) {
  marked(fn, "cached", body);
}
function memoized(fn, body) {
  marked(fn, "memo", body);
}

// src/model/facts/walker.ts
var { SyntaxKind: SyntaxKind8, forEachChild: forEachChild3, getModifiers: getModifiers3, isArrowFunction: isArrowFunction6, isBinaryExpression: isBinaryExpression5, isBlock: isBlock2, isCallExpression: isCallExpression6, isClassDeclaration: isClassDeclaration2, isClassExpression: isClassExpression3, isObjectBindingPattern: isObjectBindingPattern2, isConditionalExpression: isConditionalExpression2, isConstructorDeclaration, isDoStatement: isDoStatement3, isExportAssignment: isExportAssignment2, isExportDeclaration: isExportDeclaration2, isExpressionStatement: isExpressionStatement2, isForInStatement: isForInStatement3, isForOfStatement: isForOfStatement3, isForStatement: isForStatement2, isFunctionDeclaration: isFunctionDeclaration3, isFunctionExpression: isFunctionExpression6, isGetAccessor, isIdentifier: isIdentifier10, isImportDeclaration: isImportDeclaration2, isImportEqualsDeclaration: isImportEqualsDeclaration2, isInterfaceDeclaration: isInterfaceDeclaration2, isMethodDeclaration: isMethodDeclaration2, isModuleDeclaration, isNewExpression: isNewExpression4, isObjectLiteralExpression: isObjectLiteralExpression8, isPropertyAccessExpression: isPropertyAccessExpression8, isPropertyAssignment: isPropertyAssignment6, isPropertyDeclaration, isReturnStatement: isReturnStatement3, isStringLiteralLike: isStringLiteralLike2, isTypeAliasDeclaration: isTypeAliasDeclaration2, isVariableDeclarationList: isVariableDeclarationList2, isVariableStatement: isVariableStatement3, isWhileStatement: isWhileStatement2 } = typescript_default;
function extractFacts(path, sf, tellingNames2) {
  const w = new Walk(path, sf, tellingNames2);
  const moduleFact = newFunction(w, "<module>", "module", false, sf);
  w.moduleFn = { fact: moduleFact, loopStack: [], callbackStack: [] };
  const scope = /* @__PURE__ */ new Map();
  w.scopes.push(scope);
  for (const stmt of sf.statements) declareModuleStatement(w, stmt, scope);
  for (const stmt of sf.statements) visitModuleStatement(w, stmt);
  for (const [name, get] of scope) {
    if (!w.facts.bindings[name]) w.facts.bindings[name] = get();
  }
  resolveExportClauses(w);
  for (const compute of w.pendingConstants) compute();
  if (moduleFact.calls.length === 0 && moduleFact.settings.length === 0) w.facts.functions = w.facts.functions.filter((f) => f !== moduleFact);
  return w.facts;
}
function visitModuleStatement(w, stmt) {
  if (isImportDeclaration2(stmt) || isImportEqualsDeclaration2(stmt) || isInterfaceDeclaration2(stmt) || isTypeAliasDeclaration2(stmt)) return;
  if (isExportDeclaration2(stmt)) return;
  if (isFunctionDeclaration3(stmt) && stmt.name && stmt.body) {
    visitFunction(w, stmt.name.text, "function", stmt, {});
    return;
  }
  if (isFunctionDeclaration3(stmt) && !stmt.name && stmt.body && hasDefault(stmt)) {
    const id = visitFunction(w, "default", "function", stmt, {});
    w.facts.exports["default"] = { t: "fn", id };
    return;
  }
  if (isClassDeclaration2(stmt)) {
    visitClass(w, stmt.name?.text ?? "default", stmt, hasExport(stmt));
    if (!stmt.name && hasDefault(stmt)) w.facts.exports["default"] = { t: "class", name: "default" };
    return;
  }
  if (isVariableStatement3(stmt)) {
    for (const decl of stmt.declarationList.declarations) {
      if (isIdentifier10(decl.name) && decl.initializer) {
        w.boundNames.set(unwrapExpression(decl.initializer), decl.name.text);
        visitNamedValue(w, decl.name.text, decl.initializer);
      } else if (decl.initializer) visitExpression(w, decl.initializer, w.moduleFn);
    }
    return;
  }
  if (isExportAssignment2(stmt)) {
    const expr = unwrapExpression(stmt.expression);
    if (isArrowFunction6(expr) || isFunctionExpression6(expr)) {
      const id = visitFunction(w, "default", "function", expr, {});
      w.facts.exports["default"] = { t: "fn", id };
    } else if (isClassExpression3(expr)) {
      visitClass(w, "default", expr, true);
      w.facts.exports["default"] = { t: "class", name: "default" };
    } else {
      if (isObjectLiteralExpression8(expr)) visitObjectLiteral(w, "default", expr);
      else visitExpression(w, stmt.expression, w.moduleFn);
      w.facts.exports["default"] = symOf(w, stmt.expression);
    }
    return;
  }
  if (isExpressionStatement2(stmt)) {
    const cjs = commonJsExport(w, stmt.expression);
    if (cjs) return;
  }
  visitNode(w, stmt, w.moduleFn);
}
function commonJsExport(w, expr) {
  if (!isBinaryExpression5(expr) || expr.operatorToken.kind !== SyntaxKind8.EqualsToken) return false;
  const target = expr.left.getText(w.sf);
  const value = unwrapExpression(expr.right);
  let name;
  if (target === "module.exports") name = "default";
  else {
    const m = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(target);
    if (m) name = m[1];
  }
  if (!name) return false;
  if (isArrowFunction6(value) || isFunctionExpression6(value)) {
    const id = visitFunction(w, name === "default" ? "default" : name, "function", value, {});
    w.facts.exports[name] = { t: "fn", id };
  } else if (isObjectLiteralExpression8(value)) {
    visitObjectLiteral(w, name === "default" ? "exports" : name, value);
    const sym = symOf(w, value);
    w.facts.exports[name] = sym;
    if (name === "default" && sym.t === "object") for (const [k, v] of Object.entries(sym.props)) w.facts.exports[k] ??= v;
  } else {
    visitExpression(w, value, w.moduleFn);
    w.facts.exports[name] = symOf(w, value);
    const required = name === "default" && typescript_default.isCallExpression(value) && isIdentifier10(value.expression) && value.expression.text === "require" ? value.arguments[0] : void 0;
    if (required && isStringLiteralLike2(required)) w.facts.starExports.push(required.text);
  }
  return true;
}
function visitNamedValue(w, name, init) {
  const expr = unwrapExpression(init);
  if (isArrowFunction6(expr) || isFunctionExpression6(expr)) {
    visitFunction(w, name, "function", expr, {});
  } else if (isClassExpression3(expr)) {
    visitClass(w, name, expr, false);
  } else if (isObjectLiteralExpression8(expr)) {
    visitObjectLiteral(w, name, expr);
  } else {
    visitExpression(w, init, w.moduleFn);
  }
}
function visitObjectLiteral(w, name, obj) {
  for (const prop of obj.properties) {
    const key = prop.name && propertyName(prop.name);
    if (!key) continue;
    if (isMethodDeclaration2(prop) && prop.body) visitFunction(w, `${name}.${key}`, "method", prop, { obj: name });
    else if (isPropertyAssignment6(prop)) {
      const v = unwrapExpression(prop.initializer);
      if (isArrowFunction6(v) || isFunctionExpression6(v)) visitFunction(w, `${name}.${key}`, "method", v, { obj: name });
      else if (isObjectLiteralExpression8(v)) visitObjectLiteral(w, `${name}.${key}`, v);
      else visitExpression(w, prop.initializer, w.moduleFn);
    }
  }
}
function visitClass(w, name, node, exported) {
  const cls = { name, exported, fields: {}, methods: {} };
  w.facts.classes[name] = cls;
  const heritage = node.heritageClauses?.find((h) => h.token === SyntaxKind8.ExtendsKeyword)?.types[0];
  if (heritage) cls.extends = symOf(w, heritage.expression);
  const implemented = node.heritageClauses?.find((h) => h.token === SyntaxKind8.ImplementsKeyword)?.types ?? [];
  if (implemented.length) cls.implements = implemented.map((t) => symOf(w, t.expression));
  for (const member of node.members) {
    const key = member.name && propertyName(member.name);
    if (isConstructorDeclaration(member)) {
      for (const p of member.parameters) {
        const isProperty = getModifiers3(p)?.some((m) => m.kind === SyntaxKind8.PrivateKeyword || m.kind === SyntaxKind8.PublicKeyword || m.kind === SyntaxKind8.ProtectedKeyword || m.kind === SyntaxKind8.ReadonlyKeyword);
        if (isProperty && isIdentifier10(p.name)) cls.fields[p.name.text] = paramSym(w, p);
      }
      if (member.body) visitFunction(w, `${name}.constructor`, "method", member, { cls: name });
      continue;
    }
    if (!key) continue;
    if ((isMethodDeclaration2(member) || isGetAccessor(member)) && member.body) {
      cls.methods[key] = visitFunction(w, `${name}.${key}`, "method", member, { cls: name });
      if (isGetAccessor(member)) (cls.getters ??= []).push(key);
    } else if (isPropertyDeclaration(member)) {
      const init = member.initializer && unwrapExpression(member.initializer);
      if (init && (isArrowFunction6(init) || isFunctionExpression6(init))) {
        cls.methods[key] = visitFunction(w, `${name}.${key}`, "method", init, { cls: name });
      } else if (member.initializer) {
        const initial = withScope(w, /* @__PURE__ */ new Map([["this", () => ({ t: "this", cls: name })]]), () => symOf(w, member.initializer));
        cls.fields[key] = declared(w, initial, key, member.type);
        if (SETTING_KEY.test(key)) (cls.values ??= {})[key] = valOf(w, member.initializer, 0);
        w.boundNames.set(unwrapExpression(member.initializer), `this.${key}`);
        visitExpression(w, member.initializer, w.moduleFn);
      } else if (member.type) {
        cls.fields[key] = { t: "param", name: key, type: typeSym(w, member.type) };
      }
    }
  }
}
function newFunction(w, id, kind, exported, node) {
  const seen = w.usedIds.get(id) ?? 0;
  w.usedIds.set(id, seen + 1);
  const uniqueId = seen === 0 ? id : `${id}#${seen + 1}`;
  const fact = { id: uniqueId, exported, kind, span: w.span(node), loops: [], calls: [], size: node.end - node.pos, settings: [] };
  w.facts.functions.push(fact);
  return fact;
}
function visitFunction(w, name, kind, node, ctx) {
  const id = w.qualifyPrefix.length ? qualify(w, name) : name;
  const fact = newFunction(w, id, kind, false, node);
  const fn = { fact, loopStack: [], callbackStack: [], ...ctx, decl: node };
  const scope = /* @__PURE__ */ new Map();
  scope.set("this", () => ({ t: "this", cls: ctx.cls, obj: ctx.obj }));
  bindParameters(w, node.parameters, scope, void 0);
  const names = node.parameters.map((p) => isIdentifier10(p.name) ? p.name.text : "");
  node.parameters.forEach((p, index) => {
    if (isObjectBindingPattern2(p.name)) {
      for (const el of p.name.elements) {
        const key = el.propertyName ? propertyName(el.propertyName) : isIdentifier10(el.name) ? el.name.text : void 0;
        const got = isIdentifier10(el.name) && !el.dotDotDotToken ? scope.get(el.name.text) : void 0;
        if (got && key) w.paramPaths.set(got, { fnId: fact.id, index, path: [key] });
      }
    }
    const get = isIdentifier10(p.name) ? scope.get(p.name.text) : void 0;
    if (get) w.paramOwner.set(get, { fn: fact, index, names, callable: mayBeCallback(p) });
    if (isIdentifier10(p.name) && SETTING_KEY.test(p.name.text)) {
      (fact.settingParams ??= []).push({ index, name: p.name.text, ...p.initializer ? { init: valOf(w, p.initializer, 0) } : {} });
    } else if (isObjectBindingPattern2(p.name)) {
      for (const el of p.name.elements) {
        const key = el.propertyName ? propertyName(el.propertyName) : isIdentifier10(el.name) ? el.name.text : void 0;
        if (key && !el.dotDotDotToken && SETTING_KEY.test(key)) (fact.settingParams ??= []).push({ index, name: key, prop: true, ...el.initializer ? { init: valOf(w, el.initializer, 0) } : {} });
      }
    }
  });
  if (node.type) {
    const declared2 = typeSym(w, node.type);
    if (declared2 && declared2.t !== "literal") fact.returnType = declared2;
  }
  w.qualifyPrefix.push(fact.id);
  withScope(w, scope, () => {
    if (node.body) {
      if (isBlock2(node.body)) visitBlock(w, node.body, fn);
      else {
        const returned = returnedFunction(w, node.body, fn);
        if (returned) fact.returns = returned;
        else {
          visitExpression(w, node.body, fn);
          fact.returns = symOf(w, node.body);
        }
      }
    }
  });
  w.qualifyPrefix.pop();
  return fact.id;
}
function visitBlock(w, block, fn) {
  const scope = /* @__PURE__ */ new Map();
  for (const stmt of block.statements) declareStatement(w, stmt, scope, false);
  noteEmptyLists(w, block.statements, scope, fn);
  if (scope.size) w.scopes.push(scope);
  visitStatements(w, block.statements, 0, fn);
  if (scope.size) w.scopes.pop();
}
function visitStatements(w, statements, from, fn) {
  for (let i = from; i < statements.length; i++) {
    const stmt = statements[i];
    visitStatement(w, stmt, fn);
    if (fn === w.moduleFn) continue;
    const slot = returnsWhenFilled(w, stmt);
    if (slot && statements.slice(i + 1).some((s) => fills(w, s, slot))) return memoized(fn, () => visitStatements(w, statements, i + 1, fn));
    const keyed = returnsWhenCached(w, fn, stmt);
    if (keyed && statements.slice(i + 1).some((s) => fillsKeys(w, s, keyed))) return cachedPerKey(fn, () => visitStatements(w, statements, i + 1, fn));
  }
}
function visitStatement(w, stmt, fn) {
  if (isFunctionDeclaration3(stmt)) {
    if (stmt.name && stmt.body) visitFunction(w, stmt.name.text, "function", stmt, { cls: fn.cls, obj: fn.obj });
    return;
  }
  if (isInterfaceDeclaration2(stmt) || isTypeAliasDeclaration2(stmt) || isModuleDeclaration(stmt) && !stmt.body) return;
  if (isVariableStatement3(stmt)) {
    for (const decl of stmt.declarationList.declarations) {
      const init = decl.initializer && unwrapExpression(decl.initializer);
      if (init && isIdentifier10(decl.name) && (isArrowFunction6(init) || isFunctionExpression6(init))) {
        visitFunction(w, decl.name.text, "function", init, { cls: fn.cls, obj: fn.obj });
      } else if (decl.initializer) {
        if (isIdentifier10(decl.name)) w.boundNames.set(init, decl.name.text);
        visitExpression(w, decl.initializer, fn);
        const slot = isIdentifier10(decl.name) && fn !== w.moduleFn ? missingFrom(w, fn, decl.initializer) : void 0;
        if (slot) (fn.missing ??= /* @__PURE__ */ new Map()).set(decl.name.text, slot);
      }
    }
    return;
  }
  if (isExpressionStatement2(stmt)) for (const call of discardedCalls(stmt.expression)) w.unawaited.add(call);
  if (isExpressionStatement2(stmt) && fn !== w.moduleFn && isDetached(stmt.expression)) {
    return inBackground(fn, () => visitChildren(w, stmt, fn));
  }
  if (isClassDeclaration2(stmt)) {
    visitClass(w, stmt.name?.text ?? "anonymous", stmt, false);
    return;
  }
  if (isReturnStatement3(stmt) && stmt.expression && !fn.inline) {
    const returned = returnedFunction(w, stmt.expression, fn);
    if (returned) {
      fn.fact.returns = fn.fact.returns ? either(fn.fact.returns, returned) : returned;
      return;
    }
    const value = symOf(w, stmt.expression);
    if (value.t !== "unknown" && value.t !== "literal") fn.fact.returns = fn.fact.returns ? either(fn.fact.returns, value) : value;
  }
  if (isExpressionStatement2(stmt) || isReturnStatement3(stmt)) visitChildren(w, stmt, fn);
  else visitNode(w, stmt, fn);
}
function discardedCalls(expr) {
  const e = stripParens(expr);
  if (isCallExpression6(e)) return [e];
  if (isBinaryExpression5(e)) {
    const op = e.operatorToken.kind;
    if (op === SyntaxKind8.AmpersandAmpersandToken || op === SyntaxKind8.BarBarToken || op === SyntaxKind8.QuestionQuestionToken) return discardedCalls(e.right);
    if (op === SyntaxKind8.CommaToken) return [...discardedCalls(e.left), ...discardedCalls(e.right)];
    return [];
  }
  if (isConditionalExpression2(e)) return [...discardedCalls(e.whenTrue), ...discardedCalls(e.whenFalse)];
  return [];
}
function returnedFunction(w, expr, fn) {
  const value = unwrapExpression(expr);
  if (!isArrowFunction6(value) && !isFunctionExpression6(value)) return void 0;
  return { t: "fn", id: visitFunction(w, "returned", "function", value, { cls: fn.cls, obj: fn.obj }) };
}
function visitNode(w, node, fn) {
  if (isBlock2(node)) return visitBlock(w, node, fn);
  if (typescript_default.isIfStatement(node)) {
    const memo = fn === w.moduleFn ? void 0 : memoTest(w, node.expression);
    const empty = memo && (memo.filled ? node.elseStatement : node.thenStatement);
    if (memo && empty && fills(w, empty, memo.slot)) {
      visitExpression(w, node.expression, fn);
      if (memo.filled) {
        visitNode(w, node.thenStatement, fn);
        return memoized(fn, () => visitNode(w, empty, fn));
      }
      memoized(fn, () => visitNode(w, empty, fn));
      if (node.elseStatement) visitNode(w, node.elseStatement, fn);
      return;
    }
    const keyed = fn === w.moduleFn ? void 0 : keyTest(w, fn, node.expression);
    const missingBranch = keyed && (keyed.cached ? node.elseStatement : node.thenStatement);
    if (keyed && missingBranch && fillsKeys(w, missingBranch, keyed.slot)) {
      visitExpression(w, node.expression, fn);
      if (keyed.cached) visitNode(w, node.thenStatement, fn);
      cachedPerKey(fn, () => visitNode(w, missingBranch, fn));
      if (!keyed.cached && node.elseStatement) visitNode(w, node.elseStatement, fn);
      return;
    }
    const test = presenceTest(w, node.expression);
    if (test) {
      visitExpression(w, node.expression, fn);
      unlessGiven(fn, test.present ? void 0 : test.param, () => visitNode(w, node.thenStatement, fn));
      if (node.elseStatement) unlessGiven(fn, test.present ? test.param : void 0, () => visitNode(w, node.elseStatement, fn));
      return;
    }
  }
  if (isForOfStatement3(node) || isForInStatement3(node)) {
    visitExpression(w, node.expression, fn);
    const loop = forOfLoop(w, node, fn);
    return inLoop(fn, loop, () => {
      const scope = /* @__PURE__ */ new Map();
      if (isVariableDeclarationList2(node.initializer)) {
        for (const d of node.initializer.declarations) if (isIdentifier10(d.name)) {
          const local = d.name.text;
          const collection = node.expression;
          scope.set(local, isForOfStatement3(node) ? lazy(() => ({ t: "element", of: symOf(w, collection), name: local })) : () => ({ t: "unknown", name: local }));
        }
      }
      withScope(w, scope, () => visitNode(w, node.statement, fn));
    });
  }
  if (isForStatement2(node)) {
    if (node.initializer) visitNode(w, node.initializer, fn);
    return inLoop(fn, classicLoop(w, node), () => {
      if (node.condition) visitExpression(w, node.condition, fn);
      if (node.incrementor) visitExpression(w, node.incrementor, fn);
      visitNode(w, node.statement, fn);
    });
  }
  if (isWhileStatement2(node) || isDoStatement3(node)) {
    return inLoop(fn, conditionLoop(w, node), () => {
      visitExpression(w, node.expression, fn);
      visitNode(w, node.statement, fn);
    });
  }
  if (isFunctionDeclaration3(node) || isClassDeclaration2(node)) return visitStatement(w, node, fn);
  if (isVariableStatement3(node)) return visitStatement(w, node, fn);
  if (node.kind === SyntaxKind8.TryStatement) {
    const t = node;
    visitBlock(w, t.tryBlock, fn);
    if (t.catchClause) onFailure(fn, () => visitBlock(w, t.catchClause.block, fn));
    if (t.finallyBlock) visitBlock(w, t.finallyBlock, fn);
    return;
  }
  if (isExpressionNode(node)) return visitExpression(w, node, fn);
  if (isExpressionStatement2(node) || isReturnStatement3(node)) return visitStatement(w, node, fn);
  visitChildren(w, node, fn);
}
function visitChildren(w, node, fn) {
  forEachChild3(node, (child) => {
    if (isBlock2(child)) visitBlock(w, child, fn);
    else if (isVariableDeclarationList2(child)) {
      for (const d of child.declarations) if (d.initializer) visitExpression(w, d.initializer, fn);
    } else visitNode(w, child, fn);
  });
}
function visitExpression(w, expr, fn) {
  if (isCallExpression6(expr)) return visitCall(w, expr, fn);
  if (isBinaryExpression5(expr) && fn !== w.moduleFn && memoizedRight(w, expr)) {
    visitExpression(w, expr.left, fn);
    return memoized(fn, () => visitExpression(w, expr.right, fn));
  }
  if (isBinaryExpression5(expr) && (expr.operatorToken.kind === SyntaxKind8.QuestionQuestionToken || expr.operatorToken.kind === SyntaxKind8.BarBarToken)) {
    const given = givenPath(w, expr.left);
    if (given) {
      visitExpression(w, expr.left, fn);
      return unlessGiven(fn, given, () => visitExpression(w, expr.right, fn));
    }
  }
  if (isConditionalExpression2(expr)) {
    const test = presenceTest(w, expr.condition);
    if (test) {
      visitExpression(w, expr.condition, fn);
      unlessGiven(fn, test.present ? void 0 : test.param, () => visitExpression(w, expr.whenTrue, fn));
      return unlessGiven(fn, test.present ? test.param : void 0, () => visitExpression(w, expr.whenFalse, fn));
    }
  }
  if (isBinaryExpression5(expr) && expr.operatorToken.kind === SyntaxKind8.EqualsToken && isPropertyAccessExpression8(expr.left) && isPropertyAccessExpression8(expr.left.expression) && expr.left.expression.name.text === "defaults") {
    const target = expr.left.expression;
    fn.fact.settings.push({
      callee: symOf(w, target),
      text: compact(target.getText(w.sf)),
      isNew: false,
      span: w.span(expr),
      args: [{ k: "obj", entries: [{ key: expr.left.name.text, val: valOf(w, expr.right, 0) }], line: w.lineOf(expr) }],
      loops: [...fn.loopStack]
    });
  }
  if (fn.cls && isBinaryExpression5(expr) && expr.operatorToken.kind === SyntaxKind8.EqualsToken && isPropertyAccessExpression8(expr.left) && expr.left.expression.kind === SyntaxKind8.ThisKeyword) {
    const cls = w.facts.classes[fn.cls];
    const field = expr.left.name.text;
    w.boundNames.set(unwrapExpression(expr.right), `this.${field}`);
    if (cls) {
      const value = symOf(w, expr.right);
      const existing = own(cls.fields, field);
      cls.fields[field] = existing ? either(existing, value) : value;
    }
  }
  if (isArrowFunction6(expr) || isFunctionExpression6(expr)) {
    return visitInlineFunction(w, expr, fn, void 0);
  }
  if (isClassExpression3(expr)) return visitClass(w, "anonymous", expr, false);
  if (isNewExpression4(expr)) noteSetting(w, expr, symOf(w, expr.expression), fn);
  if (isNewExpression4(expr) && fn === w.moduleFn && visitModuleCallbacks(w, expr)) return;
  if (isObjectLiteralExpression8(expr)) {
    const runsHere = fn === w.moduleFn || w.callArguments.has(expr);
    if (!w.callArguments.has(expr)) noteConfigObject(w, expr, fn);
    for (const prop of expr.properties) {
      const value = isPropertyAssignment6(prop) ? unwrapExpression(prop.initializer) : void 0;
      const stored = !runsHere && (isMethodDeclaration2(prop) && prop.body || value && (isArrowFunction6(value) || isFunctionExpression6(value)));
      if (stored) {
        const name = prop.name ? propertyName(prop.name) ?? "stored" : "stored";
        visitFunction(w, name, "callback", isMethodDeclaration2(prop) ? prop : value, { cls: fn.cls, obj: fn.obj });
      } else if (isMethodDeclaration2(prop) && prop.body) visitInlineFunction(w, prop, fn, void 0);
      else forEachChild3(prop, (c) => visitExpression(w, c, fn));
    }
    return;
  }
  forEachChild3(expr, (child) => {
    if (isBlock2(child)) visitBlock(w, child, fn);
    else visitExpression(w, child, fn);
  });
}
function visitInlineFunction(w, node, fn, callbackOf) {
  const body = node.body;
  if (!body) return;
  const scope = /* @__PURE__ */ new Map();
  bindParameters(w, node.parameters, scope, callbackOf);
  fn.inline = (fn.inline ?? 0) + 1;
  try {
    withScope(w, scope, () => {
      if (isBlock2(body)) visitBlock(w, body, fn);
      else visitExpression(w, body, fn);
    });
  } finally {
    fn.inline -= 1;
  }
}
var STORED_BY = /* @__PURE__ */ new Set(["push", "unshift", "set", "add", "concat"]);
function visitCall(w, call, fn) {
  const callee = unwrapExpression(call.expression);
  const method = isPropertyAccessExpression8(callee) ? callee.name.text : void 0;
  const receiver = isPropertyAccessExpression8(callee) ? unwrapExpression(callee.expression) : void 0;
  const promiseLink = isPromiseLink(method);
  noteCallContext(w, call, callee, method, receiver, promiseLink, fn);
  const again = selfRetry(w, call, fn);
  if (again) fn.fact.loops.push(again);
  const iteration = mayIterate(callee, method) ? iterationOf(w, call, callee, method, receiver, fn) : void 0;
  if (iteration) {
    noteSetting(w, call, symOf(w, callee), fn);
    if (receiver && iteration.collectionIsReceiver) visitExpression(w, receiver, fn);
    else if (receiver) visitExpression(w, receiver, fn);
    call.arguments.forEach((arg, i) => {
      if (i === iteration.callbackIndex) return;
      visitExpression(w, arg, fn);
    });
    const cb = call.arguments[iteration.callbackIndex];
    if (cb) {
      inLoop(fn, iteration.loop, () => {
        const target = unwrapExpression(cb);
        if (isArrowFunction6(target) || isFunctionExpression6(target)) visitInlineFunction(w, target, fn, void 0);
        else recordReference(w, target, fn);
      });
    }
    return;
  }
  const calleeSym = symOf(w, callee);
  noteListUse(w, call, method, receiver, calleeSym.t === "global", fn);
  if (call.arguments.length || /^(create\w*|connect|init\w*)$/.test(method ?? "")) noteSetting(w, call, calleeSym, fn);
  if (fn.loopStack.length) noteLimiter(calleeSym, fn);
  if (!promiseLink && !w.chained.has(call)) recordCall(w, call, callee, calleeSym, fn);
  visitExpression(w, call.expression, fn);
  if (fn === w.moduleFn && visitModuleCallbacks(w, call)) return;
  const receiverSym = receiver && method ? symOf(w, receiver) : void 0;
  if (!method || !STORED_BY.has(method)) {
    for (const arg of call.arguments) if (isObjectLiteralExpression8(unwrapExpression(arg))) w.callArguments.add(unwrapExpression(arg));
  }
  for (const arg of call.arguments) {
    const a = unwrapExpression(arg);
    if (isCallExpression6(a) && calleeSym.t !== "global" && calleeSym.t !== "unknown") w.argumentOf.set(a, calleeSym);
  }
  call.arguments.forEach((arg, i) => {
    const a = unwrapExpression(arg);
    const inline = isArrowFunction6(a) || isFunctionExpression6(a);
    const cb = calleeSym.t !== "global" && (inline || isFunctionValue(w, a)) ? callbackRef(w, call, calleeSym, i, fn) : void 0;
    if (inline) {
      const visit = () => visitInlineFunction(w, a, fn, receiverSym && method ? { receiver: receiverSym, method } : void 0);
      const body = method === "catch" && i === 0 || method === "then" && i === 1 ? () => onFailure(fn, visit) : visit;
      if (cb) inCallback(fn, cb, body);
      else body();
    } else if (cb) inCallback(fn, cb, () => recordReference(w, a, fn, true));
    else visitExpression(w, arg, fn);
  });
}
function visitModuleCallbacks(w, call) {
  const args = call.arguments ?? [];
  const hasCallback = args.some((a) => {
    const u = unwrapExpression(a);
    return isArrowFunction6(u) || isFunctionExpression6(u);
  });
  if (!hasCallback) return false;
  const label = args.find((a) => isStringLiteralLike2(a));
  const prefix = isNewExpression4(call) ? "new " : "";
  const name = `${prefix}${compact(call.expression.getText(w.sf))}(${label ? `'${label.text}'` : ""})`;
  for (const arg of args) {
    const u = unwrapExpression(arg);
    if (isArrowFunction6(u) || isFunctionExpression6(u)) visitFunction(w, name, "callback", u, {});
    else visitExpression(w, arg, w.moduleFn);
  }
  if (isCallExpression6(call)) visitExpression(w, call.expression, w.moduleFn);
  return true;
}

// src/parse/parse.ts
var KIND_BY_EXTENSION = {
  ".ts": typescript_default.ScriptKind.TS,
  ".mts": typescript_default.ScriptKind.TS,
  ".cts": typescript_default.ScriptKind.TS,
  ".tsx": typescript_default.ScriptKind.TSX,
  ".js": typescript_default.ScriptKind.JSX,
  // plain .js files often hold JSX in React projects; JSX mode also parses plain JS
  ".mjs": typescript_default.ScriptKind.JS,
  ".cjs": typescript_default.ScriptKind.JS,
  ".jsx": typescript_default.ScriptKind.JSX
};
function scriptKindFor(path) {
  const dot = path.lastIndexOf(".");
  return KIND_BY_EXTENSION[path.slice(dot)] ?? typescript_default.ScriptKind.TS;
}
var MAX_NESTING = 1e3;
function nestingDepth(text, stopAt = MAX_NESTING) {
  const interesting2 = /[()[\]{}'"`/]/g;
  let depth = 0;
  let max = 0;
  for (let m = interesting2.exec(text); m; m = interesting2.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 39 || c === 34 || c === 96) {
      let j = i + 1;
      for (; j < text.length && text.charCodeAt(j) !== c; j++) if (text.charCodeAt(j) === 92) j++;
      interesting2.lastIndex = j + 1;
    } else if (c === 47) {
      const next = text.charCodeAt(i + 1);
      if (next === 47) {
        const end = text.indexOf("\n", i);
        interesting2.lastIndex = end < 0 ? text.length : end;
      } else if (next === 42) {
        const end = text.indexOf("*/", i + 2);
        interesting2.lastIndex = end < 0 ? text.length : end + 2;
      }
    } else if (c === 40 || c === 91 || c === 123) {
      if (++depth > max && (max = depth) > stopAt) return max;
    } else depth = Math.max(0, depth - 1);
  }
  return max;
}
function parseSource(path, text) {
  if (nestingDepth(text) > MAX_NESTING) return { ok: false, reason: `nesting too deep to parse (over ${MAX_NESTING} levels)` };
  const options = { languageVersion: typescript_default.ScriptTarget.Latest, jsDocParsingMode: typescript_default.JSDocParsingMode.ParseNone };
  let sourceFile;
  try {
    sourceFile = typescript_default.createSourceFile(path, text, options, false, scriptKindFor(path));
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, reason: "nesting too deep to parse" };
    throw error;
  }
  const diagnostics = sourceFile.parseDiagnostics;
  const first = diagnostics?.[0];
  if (first) {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
    const message = typescript_default.flattenDiagnosticMessageText(first.messageText, " ").replace(/\.$/, "");
    return { ok: false, reason: `parse error: ${message} (${line + 1}:${character + 1})` };
  }
  return { ok: true, sourceFile };
}

// src/model/suppressions.ts
var DIRECTIVE = /(?:\/\/|\/\*|^\s*\*)\s*opsdiff-ignore-(next-line|start|end)\b(.*?)(?:\*\/\s*)?$/;
function parseDirectives(text) {
  if (!text.includes("opsdiff-ignore-")) return [];
  const lines = text.split("\n");
  const out = [];
  const open = [];
  lines.forEach((raw, i) => {
    const m = DIRECTIVE.exec(raw);
    if (!m) return;
    const kind = m[1];
    const [rulesPart = "", ...reasonParts] = (m[2] ?? "").split(/\s--\s?/);
    const rules = rulesPart.split(/[\s,]+/).filter(Boolean);
    const reason = reasonParts.join(" -- ").trim();
    const line = i + 1;
    if (kind === "end") {
      const start = open.pop();
      if (start) start.to = line;
      return;
    }
    const d = { kind, line, from: line + 1, to: line + 1, rules, reason };
    if (kind === "next-line") {
      let j = i + 1;
      while (j < lines.length && /^\s*(\/\/.*|\/\*.*|\*.*)?$/.test(lines[j])) j++;
      d.from = d.to = j + 1;
    } else {
      d.to = lines.length;
      open.push(d);
    }
    out.push(d);
  });
  return out;
}

// src/parse/compact.ts
var EMPTY = Object.freeze([]);

// src/parse/extract.ts
var FORCE_FAILURE = "OPSDIFF_TEST_FACTS_THROW";
function extractOne(path, text, tellingNames2) {
  try {
    const parsed = parseSource(path, text);
    if (!parsed.ok) return parsed;
    const forced = process.env[FORCE_FAILURE];
    if (forced && path.endsWith(forced)) throw new Error(`forced by ${FORCE_FAILURE}`);
    const facts = extractFacts(path, parsed.sourceFile, tellingNames2);
    const directives = parseDirectives(text);
    if (directives.length) facts.directives = directives;
    if (isGenerated(text)) facts.generated = true;
    return { ok: true, facts };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, reason: "nesting too deep to analyze" };
    const e = error;
    return { ok: false, reason: `internal error in opsdiff while reading ${path}; rerun with --debug for the stack`, internal: e?.stack ?? String(error) };
  }
}
function encodeFacts(value) {
  return Buffer.from(JSON.stringify(value, plainData));
}
var NON_FINITE = "$nonFinite";
function plainData(key, v) {
  if (typeof v === "number") return Number.isFinite(v) ? v : { [NON_FINITE]: String(v) };
  if (typeof v === "function" || typeof v === "symbol" || typeof v === "bigint") throw new TypeError(`facts hold a ${typeof v} at "${key}"`);
  if (v !== null && typeof v === "object" && !Array.isArray(v)) {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw new TypeError(`facts hold a ${v.constructor?.name ?? "non-plain object"} at "${key}"`);
  }
  return v;
}
var GENERATED_BANNER = /@generated\b|\bCode generated by\b|\b(?:auto-?generated|automatically generated)\b|\bThis file (?:is|was|has been) generated\b|\bgenerated\b[\s\S]{0,80}\bDO NOT (?:EDIT|MODIFY)\b/i;
function isGenerated(text) {
  const header = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/|#![^\n]*))*/.exec(text.slice(0, 4e3))?.[0] ?? "";
  return GENERATED_BANNER.test(header);
}

// src/parse/worker.ts
var { tellingNames } = workerData;
parentPort?.on("message", (batch) => {
  const results = batch.map((s) => extractOne(s.path, s.text, tellingNames));
  let bytes;
  try {
    bytes = encodeFacts(results);
  } catch {
    bytes = encodeFacts(
      results.map((r, i) => {
        try {
          encodeFacts(r);
          return r;
        } catch (error) {
          const path = batch[i].path;
          return { ok: false, reason: `internal error in opsdiff while reading ${path}; rerun with --debug for the stack`, internal: error.stack ?? String(error) };
        }
      })
    );
  }
  parentPort.postMessage(bytes);
});
//# sourceMappingURL=worker.js.map
