/**
 * The facts of one file, as plain data: what the walk (walker.ts) gives and the rest of the model
 * reads. A worker thread computes them, so nothing here refers to the syntax tree.
 */
import type { Directive } from '../suppressions.js';
import type { Val } from '../values.js';

/** The symbolic value of an expression, resolved later against the catalog and other files. */
export type Sym =
  | { t: 'import'; module: string; name: string } // name: 'default', '*', or the exported name
  | { t: 'fn'; id: string } // a function of this file
  | { t: 'class'; name: string } // a class of this file
  /** An object literal, or the shape a type declares; `iface` names the interface of this file it is (for its implementers). */
  | { t: 'object'; props: Record<string, Sym>; iface?: string; spreads?: Sym[] }
  | { t: 'new'; of: Sym }
  | { t: 'call'; of: Sym; args: Sym[] }
  | { t: 'member'; of: Sym; name: string }
  | { t: 'global'; name: string }
  | { t: 'this'; cls?: string; obj?: string }
  /** A parameter or a declared field: known by its annotated type, its name, or as the callback parameter of `handle.transaction(cb)`. */
  | { t: 'param'; name: string; type?: Sym; callbackOf?: { receiver: Sym; method: string; index?: number } }
  /** An element of a collection: the variable of `for (const job of jobs)`, the item of `jobs.map((job) => ...)`. */
  | { t: 'element'; of: Sym; name: string }
  /** A declared list (`Job[]`, `Array<DataProvider>`): its elements are the element type. */
  | { t: 'collection'; of: Sym }
  | { t: 'array'; count: number }
  | { t: 'literal'; value?: number | string }
  /** One of these, decided at run time (`a || b`, `a ?? b`, `c ? a : b`): resolved to the most telling one. */
  | { t: 'either'; options: Sym[] }
  /** A declared function type whose result can hold a client (`blobstore: (did: string) => BlobStore`): calling it gives `returns`. */
  | { t: 'signature'; returns: Sym }
  /** A type parameter of the generic type alias or interface being described, by position (`Context` in `type Input<Context> = { ctx: Context }`). */
  | { t: 'typeParam'; index: number }
  /** A generic type given its arguments (`SkeletonFnInput<Context, Params>`): the type's own parameters read as these. */
  | { t: 'generic'; of: Sym; args: Sym[] }
  /** A symbol of another file (a type argument substituted into a type declared elsewhere): made by resolution, never by the fact pass. */
  | { t: 'at'; file: string; sym: Sym }
  | { t: 'unknown'; name?: string };

export type LoopKind =
  | 'for-of' | 'for-in' | 'for-await' | 'for' | 'while' | 'do'
  | 'map' | 'forEach' | 'flatMap' | 'filter' | 'reduce' | 'some' | 'every' | 'find' | 'other-callback';

/**
 * What bounds a loop: request data (unbounded), a literal, a loop whose purpose is to repeat I/O
 * (pages, polling, retries), the chunks of a collection (`for (const c of chunk(ids, 100))`:
 * one batch per chunk, not one call per item), or a pool of workers that share one worklist
 * (`Array.from({ length: concurrency }, worker)`: the workers together visit each item once).
 */
export type LoopBound = 'unbounded' | 'literal' | 'paginated' | 'polling' | 'retry' | 'chunked' | 'pool' | 'unknown';

export interface LoopFact {
  kind: LoopKind;
  over: string; // the iterated expression, or the loop condition
  bound: LoopBound;
  count?: number; // for literal bounds
  parallel: boolean;
  /** For bounded parallelism (p-map `concurrency`, `mapLimit`). */
  concurrency?: string;
  /**
   * A call in the loop on a binding imported from another module (`limiter.schedule(() => ...)`
   * with `import { limiter } from './limiter'`): a limiter if that module exports one, which the
   * summaries decide across files.
   */
  limiterImport?: { module: string; name: string };
  line: number;
  column: number;
  header: string; // `for (const item of cart.items)` / `cart.items.map(...)`
  /**
   * A counted loop with a literal bound that follows a cursor (`for (let i = 0; i < MAX_FETCHES; i++) { ...; cursor = res.cursor }`):
   * up to `count` pages per call. Unlike an open-ended pagination loop it has a stated bound, so it multiplies by it.
   */
  pages?: boolean;
  /**
   * A retry by recursion (`await this.initialize(attempt + 1)`): the function calls itself to try
   * again. `limit` is the bound its counter is tested against; none, and it repeats until it succeeds.
   */
  recursive?: boolean;
  /** A loop over a parameter whose default is a list from another file: its length bounds the loop (resolved in summaries). */
  domain?: Val;
  /** The loop is over the keys, values or entries of `domain` (`Object.values(DEMO_IDS)`), an object: as many as it has properties. */
  domainKeys?: boolean;
  /** For a loop over a parameter that defaults to a list of constants: that default, as written. */
  ofDefault?: string;
  /** For a loop over a list the code cuts to a stated size (`ids.slice(0, MAX_IDS)`): that size, as written. */
  capped?: string;
  /** For a loop over a local list filled by a bounded number of pushes (facts/fills.ts): `count` is what they can put in it. */
  pushes?: boolean;
  /** For counted loops: the bound (`attempt < MAX_RETRIES`), and for retry loops whether they wait and randomize. */
  limit?: Val;
  sleeps?: boolean;
  jitter?: boolean;
  /** A retry loop whose every `catch` rethrows unless the error passes a test (`if (!isDuplicateKeyError(e)) throw e`): that test, as written. */
  retryOn?: string;
  /** A `chunked` loop over the groups of a partition (`Object.entries(groupBy(items, key))`) rather than fixed-size chunks. */
  groups?: boolean;
  /** A loop over a parameter as given (`for (const id of ids)`): a caller that passes a literal list (`[id]`) bounds it by its length. */
  param?: ParamRef;
}

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CallFact {
  callee: Sym;
  text: string; // source text of the callee, compacted
  span: Span;
  loops: number[]; // indices into FunctionFact.loops, outermost first
  /** Arguments that matter to batch detection and AWS command names. */
  inFilter: boolean;
  arrayArg: boolean;
  /** The first argument, only where it is a construction (an AWS SDK command): see commandArg in calls.ts. */
  arg0: Sym | null;
  /**
   * The arguments that are not options or callbacks (`url` of `fetch(url, { ... })`), as values, where
   * there are any: what tells a call that lost its options apart from another call of the same client
   * (SettingSite.identity).
   */
  lead?: Val[];
  /** The function was passed (not called) to an iteration: `items.map(load)`. */
  reference?: boolean;
  /** This call invokes a parameter of a function of this file (`mapper(item)`, `items.map(fn)`). */
  invokes?: ParamRef;
  /** Parameters of the enclosing functions passed on as arguments (`mapWithConcurrency(xs, 4, fn)`). */
  passes?: Array<{ arg: number } & ParamRef>;
  /**
   * The function values this call sits in, outermost first, each passed as argument `arg` to
   * another call (`helper(xs, async (x) => ...)`): how often it runs is up to that callee, which
   * is decided once the callee is known (src/model/summaries.ts).
   */
  callbacks?: CallbackRef[];
  /** A function passed by reference to a call that is not an iteration: it counts only where the callee is seen to invoke it. */
  ifInvoked?: boolean;
  /** Made only when something failed: in a `catch` block or a `.catch(...)` callback. */
  onError?: boolean;
  /**
   * A fallback for a value a caller may pass (`projectMap?.get(id) ?? await getById(id)`, `if (!cached) ...`):
   * made only when parameter `index` of function `fnId` is not given.
   */
  unless?: ParamRef;
  /** Made only while a field or module variable that it fills is empty (a memoized load): once per object or process, whoever calls it. */
  memo?: boolean;
  /** Made only for keys missing from a cache that the code then fills (`if (!this.byId.has(id)) ...`): once per key not yet cached. */
  cached?: boolean;
  /** Made in a promise nobody waits for (`void send()`, `send().catch(log)`): in the background, beside the caller. */
  detached?: boolean;
  /** A statement of its own, not awaited (`models.update(row, changes);`): a loop around it goes on without waiting, all at once. */
  unawaited?: boolean;
  /** The callee of the call this one is a direct argument of (`qb.select(knex.raw(...))`, a subquery): a builder's part, not its own query. */
  argOf?: Sym;
  /** How many arguments the call passes (for `unless`: whether a caller gave that parameter). */
  argc?: number;
  /**
   * Arguments that bound the callee's loops over them: a list literal without spread (`update([id])`)
   * by its length, a parameter passed on as given (`this.collect(ids)`) by whatever bounds it here.
   */
  given?: GivenArg[];
}

/** An argument a callee's loop over that parameter can be bounded by: a list literal of `list` elements, or a parameter of the caller. */
export interface GivenArg {
  arg: number;
  list?: number;
  param?: ParamRef;
  /** An object literal whose keys are all known (spreads of local object constants included): what a fallback on one of them sees. */
  keys?: KeyTree;
}

/** A parameter of a function of this file, by position. */
export interface ParamRef {
  fnId: string;
  index: number;
  /** A property under it (`data.visualExperiments` of `{ data }`). */
  path?: string[];
}

/** The keys an object literal argument is known to give, nested (`true`: given, its own shape unknown). */
export interface KeyTree {
  [key: string]: KeyTree | true;
}

/** A function value passed to a call: `helper(items, 4, async (item) => ...)` is `{ callee: helper, arg: 2 }`. */
export interface CallbackRef {
  callee: Sym;
  text: string;
  arg: number;
  /** The source text of every argument, so loops over the callee's parameters read as the caller's values. */
  args: string[];
  /** How many loops of the calling function were open where the callback starts. */
  depth: number;
  line: number;
  column: number;
}

export interface FunctionFact {
  id: string; // unique in the file, stable across edits: `price`, `PricingService.price`, `app.get('/cart')`
  exported: boolean;
  kind: 'function' | 'method' | 'callback' | 'module';
  span: Span;
  loops: LoopFact[];
  calls: CallFact[];
  /** Parameter names by position ('' for a destructured one), when some parameter is invoked as a function. */
  params?: string[];
  /**
   * The function races one of its parameters against a timer set by another
   * (`raceWithTimeout(op, key, promise, ms)`): a timeout wrapper, by parameter position.
   */
  raceWrapper?: { promise: number; ms: number };
  /**
   * Parameters named for a setting (`concurrency = 1`, `timeoutMs`, `retries`), by position, with
   * their default: what a positional argument of a call or construction of this function sets.
   */
  settingParams?: Array<{ index: number; name: string; init?: Val; /** A property of an options parameter (`{ timeoutMs = 5000 }`), not the parameter itself. */ prop?: boolean }>;
  /** Size of the body in characters: helps pair a renamed function with its old self. */
  size: number;
  /** What the function returns, when it says so plainly (`return new Redis()`): factories of clients. Every return counts. */
  returns?: Sym;
  /** The declared return type (`): Promise<Repository<User>>`, unwrapped from Promise): what a call gives when the flow does not say. */
  returnType?: Sym;
  /** Calls and constructions with options that govern time, retries or concurrency. */
  settings: SettingFact[];
}

/** A call or construction whose arguments carry settings (`axios.create({ timeout })`, `pLimit(5)`). */
export interface SettingFact {
  callee: Sym;
  text: string; // `axios.create`, `new Redis`, `pRetry`
  isNew: boolean;
  span: Span;
  args: Val[];
  loops: number[];
  /** `setTimeout(() => controller.abort(), ms)` and `Promise.race([call, timer])` are timeouts of their own. */
  role?: 'abort-timer' | 'race-timeout' | 'retry-loop';
  /** The name that holds what the call returns (`api` of `const api = axios.create(...)`, `this.redis`): calls through it use these settings. */
  boundTo?: string;
}

export interface ClassFact {
  name: string;
  exported: boolean;
  extends?: Sym;
  fields: Record<string, Sym>;
  /** The value a field is initialized with (`protected requestTimeout = 3_600_000`), for settings read as `this.x`. */
  values?: Record<string, Val>;
  methods: Record<string, string>; // method name -> function id
  /** Accessor names among `methods`: reading one is calling it (`get rawConnection() { return this.connection }`). */
  getters?: string[];
  /** The interfaces it declares it implements (`class SessionStore implements ISessionStore`). */
  implements?: Sym[];
}

export interface FileFacts {
  path: string;
  imports: Record<string, { module: string; name: string }>;
  /** Exported name -> local symbol, or a re-export from another module. */
  exports: Record<string, Sym>;
  starExports: string[];
  bindings: Record<string, Sym>; // module-level
  functions: FunctionFact[];
  classes: Record<string, ClassFact>;
  /** Module-level constants with a value (`export const HTTP_TIMEOUT_MS = 5_000`). */
  constants: Record<string, Val>;
  /** Exported name -> local name, for constants read from another file. */
  exportLocals: Record<string, string>;
  /** `// opsdiff-ignore-...` directives written in the file. */
  directives?: Directive[];
  /** The file's header says a tool wrote it (`@generated`, `DO NOT EDIT`): a change to it is not reviewed as code. */
  generated?: true;
  /** Interfaces declared here with methods: their implementing classes are worth finding. */
  interfaces?: string[];
}
