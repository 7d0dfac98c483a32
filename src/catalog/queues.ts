/** Queues and streams: Kafka, AMQP, BullMQ and its relatives, SQS helpers. */
import { EVENT_METHODS, type ClientLibrary } from './library.js';

export const QUEUES: ClientLibrary[] = [
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
    types: ['Queue', 'FlowProducer', 'Job'],
    ignore: [...EVENT_METHODS, 'close', 'process', 'name', 'opts', 'id', 'data', 'toJSON', 'asJSON'],
    // Jobs fetched from the queue: each `job.remove()`, `job.retry()`, `job.getState()` is its own round trip.
    results: {
      getJob: 'handle', getJobs: 'handles', getWaiting: 'handles', getActive: 'handles', getDelayed: 'handles',
      getCompleted: 'handles', getFailed: 'handles', getPrioritized: 'handles', getWaitingChildren: 'handles', add: 'handle', addBulk: 'handles',
    },
    batches: [{ batch: 'addBulk', single: ['add'] }],
    // A worker's lock on a job lasts `lockDuration` and is checked every `stalledInterval`: how long a stuck job holds its slot.
    // A worker runs one job at a time; its connection is ioredis's, whose offline queue is on.
    settings: {
      'new Worker': { timeouts: { lockDuration: 30_000, stalledInterval: 30_000 }, limits: { concurrency: 1, 'connection.enableOfflineQueue': null } },
      // A job with `attempts` and no `backoff` is retried at once.
      add: { backoff: 'none' },
      'new Queue': { backoff: 'none', limits: { 'connection.enableOfflineQueue': null } },
    },
  },
  {
    // sqs-consumer hands the messages of one receive to `handleMessage` at once: `batchSize` is how many (one by default).
    label: 'sqs',
    modules: ['sqs-consumer'],
    kind: 'queue',
    exports: { Consumer: 'constructor' },
    ignore: [...EVENT_METHODS, 'start', 'stop'],
    settings: { create: { limits: { batchSize: 1 } }, 'new Consumer': { limits: { batchSize: 1 } } },
  },
  {
    label: 'sqs',
    modules: ['sqs-producer'],
    kind: 'queue',
    exports: { Producer: 'constructor' },
    types: ['Producer'],
    ignore: [...EVENT_METHODS, 'start', 'stop'],
  },
  {
    // QStash delivers HTTP messages; a `Receiver` only verifies signatures, locally.
    label: 'qstash',
    modules: ['@upstash/qstash', '@upstash/qstash/nextjs'],
    kind: 'queue',
    exports: { Client: 'constructor', Receiver: 'not-io', verifySignature: 'not-io', verifySignatureAppRouter: 'not-io' },
    types: ['Client'],
    ignore: ['verify'],
    batches: [
      { batch: 'batchJSON', single: ['publishJSON', 'publish'] },
      { batch: 'batch', single: ['publish', 'publishJSON'] },
    ],
  },
];
