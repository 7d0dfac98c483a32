/**
 * The client catalog: every library opsdiff knows, one file per family, assembled here. What
 * counts as I/O is data; src/model/program.ts interprets it. docs/libraries.md is generated from
 * this catalog (`npm run docs:libraries`).
 *
 * To teach opsdiff a library, add an entry to its family's file (or a new family file listed
 * below); see CONTRIBUTING.md, "Adding a library".
 */
import { ANALYTICS } from './analytics.js';
import { APIS } from './apis.js';
import { AWS } from './aws.js';
import { BUILDERS } from './builders.js';
import { CACHE } from './cache.js';
import { DRIZZLE } from './drizzle.js';
import { EMAIL } from './email.js';
import { FIREBASE } from './firebase.js';
import { HTTP } from './http.js';
import { IN_PROCESS } from './in-process.js';
import type { ClientLibrary, TellingName } from './library.js';
import { MONGO } from './mongo.js';
import { TELLING_MODULES, TELLING_NAMES, type TellingModule } from './names.js';
import { PRISMA } from './prisma.js';
import { QUEUES } from './queues.js';
import { RPC } from './rpc.js';
import { SEARCH } from './search.js';
import { SEQUELIZE } from './sequelize.js';
import { SHAREDB } from './sharedb.js';
import { SQL } from './sql.js';
import { SUPABASE } from './supabase.js';
import { TYPEORM } from './typeorm.js';

export { EVENT_METHODS, HANDLE_CALLBACK_METHODS, type BatchPair, type ClientLibrary, type ExportRole, type GlobalCallable, type SettingDefaults, type TellingName, settingDefaults } from './library.js';
export { RETRY_WRAPPERS } from './retry.js';
export { LIMITERS, LIMITER_MODULES } from './limiters.js';
export { GLOBAL_CALLABLES } from './http.js';
export { IN_MEMORY_CONSTRUCTORS } from './in-process.js';
export { TELLING_MODULES, TELLING_NAMES, type TellingModule } from './names.js';

/**
 * The families, in lookup order. A module is claimed by one entry only (test/meta.test.ts), so
 * order matters only for scope patterns (`@aws-sdk/*` after the specific AWS clients, in aws.ts).
 */
export const FAMILIES: ReadonlyArray<{ name: string; title: string; libraries: ClientLibrary[] }> = [
  { name: 'cache', title: 'Caches', libraries: CACHE },
  { name: 'in-process', title: 'Never I/O: limiters, in-memory caches, metrics, logging', libraries: IN_PROCESS },
  { name: 'prisma', title: 'Prisma', libraries: PRISMA },
  { name: 'typeorm', title: 'TypeORM', libraries: TYPEORM },
  { name: 'sequelize', title: 'Sequelize', libraries: SEQUELIZE },
  { name: 'mongo', title: 'MongoDB', libraries: MONGO },
  { name: 'builders', title: 'SQL query builders', libraries: BUILDERS },
  { name: 'drizzle', title: 'Drizzle', libraries: DRIZZLE },
  { name: 'sql', title: 'SQL drivers', libraries: SQL },
  { name: 'http', title: 'HTTP clients', libraries: HTTP },
  { name: 'aws', title: 'AWS SDK', libraries: AWS },
  { name: 'apis', title: 'SaaS APIs', libraries: APIS },
  { name: 'rpc', title: 'RPC', libraries: RPC },
  { name: 'queues', title: 'Queues and streams', libraries: QUEUES },
  { name: 'search', title: 'Search', libraries: SEARCH },
  { name: 'analytics', title: 'Analytics stores', libraries: ANALYTICS },
  { name: 'supabase', title: 'Supabase', libraries: SUPABASE },
  { name: 'firebase', title: 'Firebase', libraries: FIREBASE },
  { name: 'sharedb', title: 'Realtime documents', libraries: SHAREDB },
  { name: 'email', title: 'Email', libraries: EMAIL },
];

export const CATALOG: ClientLibrary[] = FAMILIES.flatMap((f) => f.libraries);

/** The catalog one analysis uses: the built-in libraries and names, plus the configured ones (first). */
export class Catalog {
  readonly names: TellingName[];
  /** The receiver names the fact pass keeps calls on (`names`' patterns): plain data, so a worker thread gets them too. */
  readonly namePatterns: RegExp[];

  constructor(
    private readonly extra: ClientLibrary[] = [],
    extraNames: TellingName[] = [],
  ) {
    this.names = [...extraNames, ...TELLING_NAMES];
    this.namePatterns = this.names.map((n) => n.pattern);
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

  /**
   * The library a scoped republication of a catalog package is (`@silverhand/slonik` is slonik,
   * `@acme/ioredis` is ioredis), for the names that library itself exports as constructors,
   * factories or types: a fork keeps its names. Other names of such a package (a framework
   * module's `InjectRepository`) say nothing.
   */
  republished(specifier: string, name: string): ClientLibrary | undefined {
    const m = /^@[^/]+\/([^/]+)$/.exec(specifier);
    if (!m || specifier.startsWith('@types/') || name === 'default' || name === '*') return undefined;
    const lib = this.forModule(m[1]!);
    if (!lib) return undefined;
    const role = Object.hasOwn(lib.exports, name) ? lib.exports[name] : undefined;
    return role === 'constructor' || role === 'factory' || matchesTypeName(lib.types, name) ? lib : undefined;
  }

  /** What a package outside the revision may export, judged from its name (`@acme/db`, `@acme/redis`), or undefined. */
  moduleHint(specifier: string): TellingModule | undefined {
    // Scoped packages and aliases only (`@acme/db`, `~/lib/redis`, `#db`): an unscoped package
    // with such a name is a public library (the catalog's, or an in-memory `lru-cache`).
    if (!/^[@~#]/.test(specifier)) return undefined;
    const segments = specifier.split('/').slice(1).reverse();
    if (specifier.startsWith('#')) segments.push(specifier.slice(1).split('/')[0]!);
    for (const segment of segments) {
      const words = [segment, ...segment.split(/[-_.]/)].map((w) => w.toLowerCase());
      for (const word of words) for (const hint of TELLING_MODULES) if (hint.word.test(word)) return hint;
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
