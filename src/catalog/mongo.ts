/** MongoDB: mongoose models and the mongodb driver. */
import { EVENT_METHODS, type ClientLibrary } from './library.js';

export const MONGO: ClientLibrary[] = [
  {
    label: 'mongoose',
    modules: ['mongoose'],
    kind: 'db',
    exports: { default: 'handle', model: 'factory', connect: 'factory', createConnection: 'factory', Model: 'constructor' },
    types: ['Model', 'Connection'],
    derive: ['model'],
    builder: true,
    ignore: ['Schema', 'set', 'plugin', 'disconnect', 'Types', 'connection', 'hydrate', 'watch'],
    // The driver's pool: up to 100 connections per server.
    settings: { connect: { limits: { maxPoolSize: 100 } }, createConnection: { limits: { maxPoolSize: 100 } } },
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
    statics: ['connect'],
    types: ['MongoClient', 'Db', 'Collection'],
    // 30 s to pick a server and to connect; sockets wait forever. A pool of up to 100 connections per server.
    settings: {
      'new MongoClient': { timeouts: { serverSelectionTimeoutMS: 30_000, connectTimeoutMS: 30_000, socketTimeoutMS: null }, limits: { maxPoolSize: 100 } },
      connect: { limits: { maxPoolSize: 100 } },
    },
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
];
