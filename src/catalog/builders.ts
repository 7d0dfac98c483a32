/** SQL query builders: knex and kysely (a chain is one query, named by its first method). */
import type { ClientLibrary } from './library.js';

export const BUILDERS: ClientLibrary[] = [
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
    label: 'kysely',
    modules: ['kysely'],
    kind: 'db',
    exports: { Kysely: 'constructor' },
    types: ['Kysely', 'Transaction'],
    builder: true,
    ignore: ['destroy', 'fn', 'dynamic', 'withPlugin', 'withSchema'],
  },
];
