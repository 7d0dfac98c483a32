/** Drizzle ORM: one factory per driver, a query builder. */
import type { ClientLibrary } from './library.js';

export const DRIZZLE: ClientLibrary[] = [
  {
    label: 'drizzle',
    modules: ['drizzle-orm', 'drizzle-orm/node-postgres', 'drizzle-orm/postgres-js', 'drizzle-orm/mysql2', 'drizzle-orm/better-sqlite3', 'drizzle-orm/neon-http', 'drizzle-orm/libsql', 'drizzle-orm/d1'],
    kind: 'db',
    exports: { drizzle: 'factory' },
    types: ['NodePgDatabase', 'PostgresJsDatabase', 'MySql2Database', 'BetterSQLite3Database', 'LibSQLDatabase', 'DrizzleD1Database'],
    builder: true,
  },
];
