/**
 * The shape of a catalog entry: which modules give I/O clients, how their handles are born, and
 * which of their methods are round trips. Data only; src/model/program.ts interprets it.
 */
import type { EffectKind } from '../types.js';

/** What an export of a client module is. */
export type ExportRole =
  | 'constructor' // `new Redis()` gives a handle
  | 'factory' // `createClient()` gives a handle
  | 'handle' // the export is itself a handle (`axios`, a default Prisma instance)
  | 'callable' // calling it is the I/O (`fetch`, `got(url)`, `request()` of undici)
  | 'namespace' // types and helpers (`Prisma.TransactionClient`, `Prisma.sql`): a member named in `types` is the client's type, the rest in memory
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
  /** Static methods of an exported constructor that give a handle (`Redis.fromEnv()`, `MongoClient.connect(url)`). */
  statics?: string[];
  /**
   * Methods that start a batch (or a query being built) whose members are not round trips until
   * a flush method runs it; `name` names the operation whichever flush runs it (`queryBuilder`), else `pipeline.exec`.
   */
  pipeline?: { methods: string[]; flush: string[]; name?: string };
  /** Round trips whose result is itself a handle, or a list of handles (`queue.getJobs()` gives jobs, each with `remove()`). */
  results?: Record<string, 'handle' | 'handles'>;
  /** Methods that are not round trips (events, configuration, builders' pure parts). */
  ignore?: string[];
  /** Query builders: a chain `db.select().from(t).where(...)` is one effect, named by its first method. */
  builder?: boolean;
  /** Builders: the last methods of a chain that give the query's text, not its rows (`qb.toQuery()`): no round trip. */
  renders?: string[];
  /**
   * Builders: a chain made as a statement of its own and not awaited is a query being added to
   * (`qb.where(...);`), never run, unless it ends in one of these (`.execute()`, `.stream()`).
   */
  runs?: string[];
  /** How many member names after the handle identify the operation (Prisma: model + method = 2). */
  operationDepth?: number;
  batches?: BatchPair[];
  /** When set, only these methods are round trips (a configured client's `methods`). */
  only?: string[];
  /** The role of an export the table does not list (configured clients guess it from its name). */
  otherExports?: (name: string) => ExportRole;
  /**
   * Defaults of the settings of a call or construction, by its last name (`$transaction`,
   * `createClient`, `new Worker`); `*` is any call, `new *` any construction. Per-request options
   * left unset inherit the client's, so defaults are given where a call starts from the library's.
   */
  settings?: Record<string, SettingDefaults>;
}

/**
 * What a library does when an option is left out, as its documentation states: the baseline an
 * option removed or added is compared with. Only values a library documents belong here.
 */
export interface SettingDefaults {
  /**
   * Option path -> the milliseconds the library waits when it is unset, or `null` when it waits
   * forever. A name listed here is a timeout of this library even when its name does not say so
   * (BullMQ's `lockDuration`).
   */
  timeouts?: Record<string, number | null>;
  /** Option path -> the retries when unset; `attempts`: the number counts every call, the first included. */
  retries?: Record<string, { value: number; attempts: boolean }>;
  /**
   * Option path -> how many run at once when it is unset (tasks, connections, sockets, waiting
   * calls), `null` for no limit, or a text where the library states it in other terms (Prisma's
   * `2 x CPUs + 1`). `#name` is a parameter of a connection string anywhere in the options. A
   * name listed here is a limit of this library even when its name does not say so
   * (sqs-consumer's `batchSize`: the messages of one receive are handled at once).
   */
  limits?: Record<string, number | null | string>;
  /** How the library waits between attempts when no backoff option is set: `none` retries at once. */
  backoff?: 'exponential' | 'linear' | 'none';
  /** Whether that wait is randomized when no option says (p-retry's `randomize` is false). */
  jitter?: boolean;
}

/** The defaults of a library's call or construction named `name` (`$transaction`, `Worker` with `isNew`). */
export function settingDefaults(lib: Pick<ClientLibrary, 'settings'>, name: string, isNew: boolean): SettingDefaults | undefined {
  const table = lib.settings;
  if (!table) return undefined;
  const exact = isNew ? `new ${name}` : name;
  const any = isNew ? 'new *' : '*';
  return Object.hasOwn(table, exact) ? table[exact] : Object.hasOwn(table, any) ? table[any] : undefined;
}

/** A name pattern that suggests an I/O client when nothing else is known about a value. */
export interface TellingName {
  pattern: RegExp;
  kind: EffectKind;
  label: string;
  methods: RegExp;
}

/** A global function that is I/O wherever it is called. */
export interface GlobalCallable {
  label: string;
  kind: EffectKind;
}

/** Event-emitter methods: never round trips, whatever the client. */
export const EVENT_METHODS = ['on', 'once', 'off', 'emit', 'addListener', 'removeListener', 'removeAllListeners', 'listenerCount', 'setMaxListeners'];

/** Methods that, called on a handle with a callback, pass a handle to the callback (transactions, sessions). */
export const HANDLE_CALLBACK_METHODS = /^(\$?transaction|withTransaction|withSession|connect|getConnection|tx|batch)$/;
