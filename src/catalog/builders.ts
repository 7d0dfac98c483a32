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
    // A knex query runs when it is awaited or then'd; these give its SQL.
    renders: ['toQuery', 'toSQL', 'toString', 'toNative'],
    runs: ['asCallback', 'stream', 'pipe'],
    ignore: ['destroy', 'schema', 'fn', 'ref', 'client', 'migrate', 'seed'],
    batches: [{ batch: 'whereIn', single: ['where', 'first'] }],
    // A knex instance's pool holds up to 10 connections.
    settings: { '*': { limits: { 'pool.max': 10 } } },
  },
  {
    label: 'kysely',
    modules: ['kysely'],
    kind: 'db',
    exports: { Kysely: 'constructor' },
    types: ['Kysely', 'Transaction'],
    builder: true,
    // A kysely query runs only through an execute method; `compile()` gives its SQL.
    renders: ['compile'],
    runs: ['execute', 'executeTakeFirst', 'executeTakeFirstOrThrow', 'stream'],
    ignore: ['destroy', 'fn', 'dynamic', 'withPlugin', 'withSchema'],
  },
];
