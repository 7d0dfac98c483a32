/** The state of a walk over one file (`Walk`), and of each function in it (`FnContext`). */
import type * as TS from 'typescript';
import type { CallbackRef, FileFacts, FunctionFact, ParamRef, Span, Sym } from './types.js';
import type { Fill } from './fills.js';

export type Scope = Map<string, () => Sym>;

/** A function being walked: its fact, and where in it the walk is. */
export interface FnContext {
  fact: FunctionFact;
  /** The declaration walked (parents are not kept in the tree: what needs the function's own node reads it here). */
  decl?: TS.SignatureDeclaration;
  loopStack: number[];
  /** The function values passed to calls that the walk is inside of, outermost first. */
  callbackStack: CallbackRef[];
  /** Arrays that loops push un-awaited promises to (`ps.push(load(x))`), by name: the innermost loop of each push. */
  pushedIn?: Map<string, number[]>;
  /** Inside a `catch` block or a `.catch(...)` callback: what runs here runs when something failed. */
  onError?: number;
  /** Inside a memoized load (`if (!this._x) this._x = await load()`): what runs here runs once per object or process. */
  memo?: number;
  /** Inside code run only for keys missing from a cache that it fills: what runs here runs once per key not yet cached. */
  cached?: number;
  /** Local lists of keys missing from a cache (`const missing = ids.filter((id) => !S.has(id))`), by name: the cache's slot. */
  missing?: Map<string, string>;
  /** Inside a promise nobody waits for (`void send()`, `send().catch(log)` as a statement): what runs here runs in the background. */
  detached?: number;
  /** Inside a fallback for a parameter a caller may pass: what runs here runs only when it was not. */
  unless?: ParamRef;
  /** Inside a function value walked as part of this one (a callback, a method of an object literal): its returns are not this function's. */
  inline?: number;
  cls?: string;
  obj?: string;
}

/** What a walk notes of everything under a node: inside a `catch`, a memoized load, a keyed cache, a promise nobody waits for. */
export type Mark = 'onError' | 'memo' | 'cached' | 'detached';

/** Walks `body` with `mark` set on `fn` (marks nest: a count, not a flag). */
export function marked(fn: FnContext, mark: Mark, body: () => void): void {
  fn[mark] = (fn[mark] ?? 0) + 1;
  try {
    body();
  } finally {
    fn[mark]! -= 1;
  }
}

/**
 * The state of one walk over one file, made for it and dropped with it: the facts so far, the
 * open scopes, and what the walk remembers of nodes it has seen. Every function of the walk takes it.
 */
export class Walk {
  readonly facts: FileFacts;
  readonly scopes: Scope[] = [];
  readonly usedIds = new Map<string, number>();
  /** Calls that are an inner link of a chain (`db.select()` in `db.select().from(t)`): not effects of their own. */
  readonly chained = new Set<TS.Node>();
  readonly parallelCallbacks = new Set<TS.Node>();
  /** Calls made as a statement of their own, their promise (if any) not awaited: the code after them does not wait. */
  readonly unawaited = new Set<TS.Node>();
  /** Calls handed straight to another call, to that call's callee (`qb.select(knex.raw(...))`). */
  readonly argumentOf = new Map<TS.Node, Sym>();
  /** Object literals handed straight to a call (options a callee may call back: `withRetry({ run: () => ... })`). */
  readonly callArguments = new Set<TS.Node>();
  /** Constructions and calls whose result a name holds (`const api = axios.create(...)`, `this.redis = new Redis(...)`): that name. */
  readonly boundNames = new Map<TS.Node, string>();
  /** Object literals nested in a configuration object already noted as a setting site (facts/values.ts). */
  readonly configObjects = new Set<TS.Node>();
  /** Iterations whose callbacks make tasks for a limiter (`queue.addAll(xs.map(...))`): the limiter's module. */
  readonly limitedCallbacks = new Map<TS.Node, string>();
  /** Local lists made empty and filled by pushes (facts/fills.ts): what their pushes can put in them. */
  readonly filledLists = new WeakMap<() => Sym, Fill>();
  /** The default of a parameter (`status = ALL_STATUSES`, `{ kinds = ['a', 'b'] }`): a loop over it iterates a subset of that list. */
  readonly defaultOf = new WeakMap<() => Sym, TS.Expression>();
  /** The function and position of each parameter binding: calls to it invoke a caller's callback. */
  readonly paramOwner = new WeakMap<() => Sym, { fn: FunctionFact; index: number; names: string[]; callable: boolean }>();
  /** The initializer behind a binding's getter: option values read through a local name. */
  readonly initOf = new WeakMap<() => Sym, TS.Expression>();
  /** Locals read out of a parameter (`const { data } = input`, `({ data }: Input) =>`): the parameter and the path under it. */
  readonly paramPaths = new WeakMap<() => Sym, ParamRef>();
  readonly exportedNames = new Set<string>();
  readonly pendingConstants: Array<() => void> = [];
  readonly pendingExportClauses: Array<{ local: string; exported: string }> = [];
  /** The ids of the functions the walk is in: a nested function's id is qualified by them. */
  readonly qualifyPrefix: string[] = [];
  /** Function types by name: type aliases of a function type and function declarations, for `Parameters<F>` and `ReturnType<F>`. */
  readonly signatures = new Map<string, TS.SignatureDeclarationBase>();
  /** While a generic type alias or interface is described: its type parameters by name, to their positions. */
  typeParams: Map<string, number> | undefined;
  /** The module's own code, as a function: set first by the walk. */
  moduleFn!: FnContext;

  constructor(
    path: string,
    readonly sf: TS.SourceFile,
    /** The receiver names whose calls are kept on otherwise unknown values (`Catalog.namePatterns`). */
    readonly tellingNames: readonly RegExp[],
  ) {
    this.facts = { path, imports: {}, exports: {}, starExports: [], bindings: {}, functions: [], classes: {}, constants: {}, exportLocals: {} };
  }

  lineOf(node: TS.Node): number {
    return this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf)).line + 1;
  }

  span(node: TS.Node): Span {
    const start = this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf));
    const end = this.sf.getLineAndCharacterOfPosition(node.end);
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  }
}
