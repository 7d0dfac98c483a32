/** Prisma: model delegates (`prisma.user.findUnique`), keyed by model and method. */
import type { ClientLibrary } from './library.js';

export const PRISMA: ClientLibrary[] = [
  {
    label: 'prisma',
    modules: ['@prisma/client'],
    kind: 'db',
    // `Prisma` holds the generated types (`Prisma.TransactionClient`) and helpers (`Prisma.sql`, `Prisma.join`).
    exports: { PrismaClient: 'constructor', Prisma: 'namespace' },
    types: ['PrismaClient', 'PrismaService', 'TransactionClient'],
    operationDepth: 2,
    // `$extends` returns the client with extensions: still the client (`new PrismaClient().$extends(...)`).
    derive: ['$extends'],
    ignore: ['$on', '$use', '$connect', '$disconnect'],
    // Interactive transactions: 5 s to run, 2 s to wait for a connection. The pool's size is the URL's `connection_limit`, by default from the machine.
    settings: { $transaction: { timeouts: { timeout: 5000, maxWait: 2000 } }, 'new PrismaClient': { limits: { '#connection_limit': 'the Prisma default (2 x CPUs + 1)' } } },
    batches: [
      { batch: 'findMany', single: ['findUnique', 'findFirst', 'findUniqueOrThrow', 'findFirstOrThrow'], when: 'in-filter' },
      { batch: 'createMany', single: ['create', 'upsert'] },
      { batch: 'updateMany', single: ['update', 'upsert'] },
      { batch: 'deleteMany', single: ['delete'] },
    ],
  },
];
