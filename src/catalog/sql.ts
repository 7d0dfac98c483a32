/** SQL drivers: Postgres (pg, postgres, Neon, Vercel), MySQL, SQLite (local), Slonik, PlanetScale. */
import { EVENT_METHODS, type ClientLibrary } from './library.js';

export const SQL: ClientLibrary[] = [
  {
    label: 'pg',
    modules: ['pg', 'pg-pool', 'postgres', '@neondatabase/serverless', '@vercel/postgres'],
    kind: 'db',
    exports: { Pool: 'constructor', Client: 'constructor', default: 'factory', '*': 'handle', neon: 'factory', sql: 'callable' },
    types: ['Pool', 'PoolClient', 'Client', 'Sql', 'ClientBase'],
    derive: ['connect'],
    ignore: [...EVENT_METHODS, 'release', 'end', 'escapeLiteral', 'escapeIdentifier', 'unsafe'],
    // node-postgres waits forever for a connection, a statement and a query unless told otherwise; a pool holds 10 connections.
    settings: {
      'new Pool': { timeouts: { connectionTimeoutMillis: null, statement_timeout: null, query_timeout: null }, limits: { max: 10 } },
      'new Client': { timeouts: { connectionTimeoutMillis: null, statement_timeout: null, query_timeout: null } },
      // pg-pool's class through a namespace import (`new PgPool.default({ max })`).
      'new default': { limits: { max: 10 } },
    },
  },
  {
    label: 'mysql',
    modules: ['mysql2', 'mysql2/promise', 'mysql', 'mariadb'],
    kind: 'db',
    exports: { createPool: 'factory', createConnection: 'factory', createPoolCluster: 'factory', default: 'handle', '*': 'handle' },
    types: ['Pool', 'Connection', 'PoolConnection'],
    derive: ['getConnection', 'promise'],
    ignore: [...EVENT_METHODS, 'release', 'end', 'escape', 'format', 'destroy'],
    // A pool holds 10 connections; calls beyond them wait, as many as come (`queueLimit` 0).
    settings: {
      createPool: { limits: { connectionLimit: 10, queueLimit: null } },
      createPoolCluster: { limits: { connectionLimit: 10, queueLimit: null } },
    },
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
  {
    // `sql` builds a query fragment locally; the pool's methods run it.
    label: 'slonik',
    modules: ['slonik'],
    kind: 'db',
    exports: { createPool: 'factory', sql: 'not-io', createSqlTag: 'not-io' },
    types: ['DatabasePool', 'DatabaseConnection', 'DatabaseTransactionConnection', 'CommonQueryMethods'],
    ignore: ['end', 'configuration', 'getPoolState'],
  },
  {
    label: 'planetscale',
    modules: ['@planetscale/database'],
    kind: 'db',
    exports: { connect: 'factory', Client: 'constructor', Connection: 'constructor' },
    types: ['Connection', 'Client'],
    derive: ['connection'],
  },
];
