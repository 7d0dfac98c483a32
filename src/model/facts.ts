/**
 * Per-file facts: one pass over a file's syntax tree that keeps only what the analysis needs
 * (functions, the calls they make with the loops around each call, imports, exports, and the
 * symbolic value of every binding that might hold a client). Facts are plain data so that a
 * worker thread can compute them and the tree can be dropped at once.
 *
 * Nothing here knows which calls are I/O: that needs other files (a client made in
 * `lib/redis.ts` and imported), so it is decided later, in src/model/program.ts.
 */
import ts from '../parse/typescript.js';
import type * as TS from 'typescript';
import { OPTIONS_NAME, SETTING_CALLEES, SETTING_KEY, type Val } from './values.js';
import type { Directive } from './suppressions.js';
import { own } from './own.js';

// TypeScript's CommonJS bundle exports through getters: bind what the walk uses once.
const { SyntaxKind, canHaveModifiers, forEachChild, getModifiers, isArrayLiteralExpression, isArrayTypeNode, isArrowFunction, isAsExpression, isBinaryExpression, isBindingElement, isBlock, isCallExpression, isClassDeclaration, isClassExpression, isComputedPropertyName, isConditionalExpression, isConstructorDeclaration, isDoStatement, isElementAccessExpression, isEnumDeclaration, isExportAssignment, isExportDeclaration, isExpressionStatement, isExternalModuleReference, isForInStatement, isForOfStatement, isForStatement, isFunctionDeclaration, isFunctionExpression, isFunctionTypeNode, isGetAccessor, isIdentifier, isImportDeclaration, isImportEqualsDeclaration, isInterfaceDeclaration, isIntersectionTypeNode, isLiteralTypeNode, isParenthesizedTypeNode, isPropertySignature, isMethodDeclaration, isModuleDeclaration, isNamedImports, isNamespaceExport, isNamespaceImport, isNewExpression, isNoSubstitutionTemplateLiteral, isNonNullExpression, isNumericLiteral, isObjectBindingPattern, isObjectLiteralExpression, isParenthesizedExpression, isPrivateIdentifier, isPropertyAccessExpression, isPropertyAssignment, isPropertyDeclaration, isReturnStatement, isShorthandPropertyAssignment, isSpreadElement, isStringLiteral, isStringLiteralLike, isTemplateExpression, isTupleTypeNode, isTypeAliasDeclaration, isTypeLiteralNode, isTypeReferenceNode, isUnionTypeNode, isVariableDeclarationList, isVariableStatement, isWhileStatement, isSpreadAssignment } = ts;

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
  line: number;
  column: number;
  header: string; // `for (const item of cart.items)` / `cart.items.map(...)`
  /**
   * A counted loop with a literal bound that follows a cursor (`for (let i = 0; i < MAX_FETCHES; i++) { ...; cursor = res.cursor }`):
   * up to `count` pages per call. Unlike an open-ended pagination loop it has a stated bound, so it multiplies by it.
   */
  pages?: boolean;
  /** A loop over a parameter whose default is a list from another file: its length bounds the loop (resolved in summaries). */
  domain?: Val;
  /** For a loop over a parameter that defaults to a list of constants: that default, as written. */
  ofDefault?: string;
  /** For counted loops: the bound (`attempt < MAX_RETRIES`), and for retry loops whether they wait and randomize. */
  limit?: Val;
  sleeps?: boolean;
  jitter?: boolean;
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
  arg0: Sym | null;
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
}

/** A parameter of a function of this file, by position. */
export interface ParamRef {
  fnId: string;
  index: number;
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
}

export interface ClassFact {
  name: string;
  exported: boolean;
  extends?: Sym;
  fields: Record<string, Sym>;
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
  /** Interfaces declared here with methods: their implementing classes are worth finding. */
  interfaces?: string[];
}

const ITERATION_METHODS: Record<string, LoopKind> = {
  map: 'map', forEach: 'forEach', flatMap: 'flatMap', filter: 'filter', reduce: 'reduce', reduceRight: 'reduce',
  some: 'some', every: 'every', find: 'find', findIndex: 'find', findLast: 'find', findLastIndex: 'find',
  each: 'forEach', eachSeries: 'forEach', mapSeries: 'map', mapValues: 'map', forOwn: 'forEach', times: 'map',
  eachLimit: 'forEach', mapLimit: 'map', forEachSeries: 'forEach', forEachLimit: 'forEach', flatMapDeep: 'flatMap',
  groupBy: 'other-callback', sortBy: 'other-callback', keyBy: 'other-callback', sumBy: 'other-callback', countBy: 'other-callback',
};
/** Iteration functions whose collection is the first argument: lodash, async, p-map, Bluebird. */
const COLLECTION_FIRST_LIBRARIES = new Set(['lodash', 'lodash-es', 'underscore', 'async', 'p-map', 'p-each-series', 'p-map-series', 'bluebird', 'ramda', 'radash']);
const PARALLEL_COMBINATORS = new Set(['all', 'allSettled', 'any', 'race']);
/** Retry wrappers are settings sites with or without options (`pRetry(fn)`, `async.retry({ times }, task)`). */
const RETRY_CALLEE = /retry|backoff/i;
/** Reading a response body is part of the request (`got(url).json()`, `ky.get(url).text()`). */
const BODY_READERS = new Set(['json', 'text', 'buffer', 'blob', 'arrayBuffer', 'formData']);
const LIMITERS = new Set(['p-limit', 'p-queue', 'bottleneck', 'p-throttle', 'async-sema', '@supercharge/promise-pool']);
const IGNORED_GLOBALS = new Set(['console', 'JSON', 'Math', 'Object', 'Array', 'String', 'Number', 'Boolean', 'Date', 'Promise', 'Reflect', 'Symbol', 'Buffer', 'process', 'BigInt', 'Intl', 'RegExp', 'Error', 'URL', 'URLSearchParams', 'encodeURIComponent', 'decodeURIComponent', 'parseInt', 'parseFloat', 'isNaN', 'structuredClone', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'require', 'expect', 'describe', 'it', 'test']);

const PAGINATION = /\b(cursor|nextCursor|next_cursor|nextToken|NextToken|nextPageToken|pageToken|PageToken|hasMore|has_more|hasNextPage|hasNext|LastEvaluatedKey|ExclusiveStartKey|ContinuationToken|NextContinuationToken|NextMarker|Marker|startAfter|endCursor|page|pageNumber|pageIndex|offset|nextPage|next_page|paginat\w*)\b/;
/** Reading a cursor off a response: `res.cursor`, `data.nextPageToken`, `page.next_cursor`. */
const CURSOR_READ = new RegExp(`\\.${PAGINATION.source}`);
const RETRY = /\b(attempts?|attemptNumber|retr(y|ies|ied)\w*|tries|maxRetries|MAX_RETRIES|MAX_ATTEMPTS|retryCount|numRetries)\b/i;
const SLEEP = /\b(sleep|delay|wait|setTimeout|backoff|timers\.setTimeout|waitFor)\s*\(/;
/** Functions that split a collection into batches: lodash/radash `chunk`, ramda `splitEvery`, local `chunkArray`, `toBatches`. */
const CHUNKER = /^(chunk\w*|\w+Chunks?|splitEvery|splitIntoChunks|batch(es)?Of|inBatches|toBatches|intoBatches|split\w*Batch\w*)$/i;
/** Names that say they hold chunks: `chunks`, `messageIdChunks`, `chunkedIds`, `idBatches` (not `chunk`, one of them). */
const GROUPER = /^(groupBy|group[A-Z]\w*By)$/;
const CHUNKS_NAME = /^(chunks|batches)$|^chunked|Chunks$|Batches$/;
const PAGED_ITERABLE = /(paginat|pages\b|Pages\b|cursor|scan\w*Stream|iterate|Iterator\b)/;

/**
 * `tellingNames`: the receiver names whose calls are kept on otherwise unknown values, the
 * catalog's and the configured ones (`Catalog.namePatterns`).
 */
export function extractFacts(path: string, sf: TS.SourceFile, tellingNames: readonly RegExp[]): FileFacts {
  return new FactWalker(path, sf, tellingNames).run();
}

type Scope = Map<string, () => Sym>;

interface FnContext {
  fact: FunctionFact;
  loopStack: number[];
  /** The function values passed to calls that the walk is inside of, outermost first. */
  callbackStack: CallbackRef[];
  /** Arrays that loops push un-awaited promises to (`ps.push(load(x))`), by name: the innermost loop of each push. */
  pushedIn?: Map<string, number[]>;
  /** Inside a `catch` block or a `.catch(...)` callback: what runs here runs when something failed. */
  onError?: number;
  /** Inside a fallback for a parameter a caller may pass: what runs here runs only when it was not. */
  unless?: ParamRef;
  /** Inside a function value walked as part of this one (a callback, a method of an object literal): its returns are not this function's. */
  inline?: number;
  cls?: string;
  obj?: string;
}

class FactWalker {
  private readonly facts: FileFacts;
  private readonly scopes: Scope[] = [];
  private readonly usedIds = new Map<string, number>();
  /** Calls that are an inner link of a chain (`db.select()` in `db.select().from(t)`): not effects of their own. */
  private readonly chained = new Set<TS.Node>();
  private readonly parallelCallbacks = new Set<TS.Node>();
  /** Iterations whose callbacks make tasks for a limiter (`queue.addAll(xs.map(...))`): the limiter's module. */
  private readonly limitedCallbacks = new Map<TS.Node, string>();
  /** The function and position of each parameter binding: calls to it invoke a caller's callback. */
  /** The default of a parameter (`status = ALL_STATUSES`, `{ kinds = ['a', 'b'] }`): a loop over it iterates a subset of that list. */
  private readonly defaultOf = new WeakMap<() => Sym, TS.Expression>();
  private readonly paramOwner = new WeakMap<() => Sym, { fn: FunctionFact; index: number; names: string[]; callable: boolean }>();
  private moduleFn!: FnContext;
  /** Function types by name: type aliases of a function type and function declarations, for `Parameters<F>` and `ReturnType<F>`. */
  private readonly signatures = new Map<string, TS.SignatureDeclarationBase>();

  constructor(
    path: string,
    private readonly sf: TS.SourceFile,
    private readonly tellingNames: readonly RegExp[],
  ) {
    this.facts = { path, imports: {}, exports: {}, starExports: [], bindings: {}, functions: [], classes: {}, constants: {}, exportLocals: {} };
  }

  run(): FileFacts {
    const moduleFact = this.newFunction('<module>', 'module', false, this.sf);
    this.moduleFn = { fact: moduleFact, loopStack: [], callbackStack: [] };
    const scope: Scope = new Map();
    this.scopes.push(scope);
    for (const stmt of this.sf.statements) this.declareModuleStatement(stmt, scope);
    for (const stmt of this.sf.statements) this.visitModuleStatement(stmt);
    for (const [name, get] of scope) {
      if (!this.facts.bindings[name]) this.facts.bindings[name] = get();
    }
    this.resolveExportClauses();
    for (const compute of this.pendingConstants) compute();
    if (moduleFact.calls.length === 0 && moduleFact.settings.length === 0) this.facts.functions = this.facts.functions.filter((f) => f !== moduleFact);
    return this.facts;
  }

  // ---------------------------------------------------------------- declarations

  private exportedNames = new Set<string>();
  private readonly pendingConstants: Array<() => void> = [];
  /** The initializer behind a binding's getter: option values read through a local name. */
  private readonly initOf = new WeakMap<() => Sym, TS.Expression>();
  private pendingExportClauses: Array<{ local: string; exported: string }> = [];

  private hasExport(node: TS.Node): boolean {
    const mods = canHaveModifiers(node) ? getModifiers(node) : undefined;
    return !!mods?.some((m) => m.kind === SyntaxKind.ExportKeyword);
  }
  private hasDefault(node: TS.Node): boolean {
    const mods = canHaveModifiers(node) ? getModifiers(node) : undefined;
    return !!mods?.some((m) => m.kind === SyntaxKind.DefaultKeyword);
  }

  private declareModuleStatement(stmt: TS.Statement, scope: Scope): void {
    if (isImportDeclaration(stmt) && isStringLiteral(stmt.moduleSpecifier)) {
      const module = stmt.moduleSpecifier.text;
      const clause = stmt.importClause;
      if (!clause) return;
      if (clause.name) this.addImport(scope, clause.name.text, module, 'default');
      const nb = clause.namedBindings;
      if (nb && isNamespaceImport(nb)) this.addImport(scope, nb.name.text, module, '*');
      if (nb && isNamedImports(nb)) {
        for (const el of nb.elements) this.addImport(scope, el.name.text, module, (el.propertyName ?? el.name).text);
      }
      return;
    }
    if (isImportEqualsDeclaration(stmt) && isExternalModuleReference(stmt.moduleReference) && isStringLiteral(stmt.moduleReference.expression)) {
      this.addImport(scope, stmt.name.text, stmt.moduleReference.expression.text, '*');
      return;
    }
    if (isExportDeclaration(stmt)) {
      const from = stmt.moduleSpecifier && isStringLiteral(stmt.moduleSpecifier) ? stmt.moduleSpecifier.text : undefined;
      if (!stmt.exportClause) {
        if (from) this.facts.starExports.push(from);
        return;
      }
      if (isNamespaceExport(stmt.exportClause)) {
        if (from) this.facts.exports[stmt.exportClause.name.text] = { t: 'import', module: from, name: '*' };
        return;
      }
      for (const el of stmt.exportClause.elements) {
        const local = (el.propertyName ?? el.name).text;
        if (from) this.facts.exports[el.name.text] = { t: 'import', module: from, name: local };
        else this.pendingExportClauses.push({ local, exported: el.name.text });
      }
      return;
    }
    if (isExportAssignment(stmt)) return; // handled in visit, needs scope
    this.declareStatement(stmt, scope, true);
  }

  private addImport(scope: Scope, local: string, module: string, name: string): void {
    this.facts.imports[local] = { module, name };
    const sym: Sym = { t: 'import', module, name };
    scope.set(local, () => sym);
  }

  /** Hoists declarations of a block into its scope; variable values are computed on first use. */
  private declareStatement(stmt: TS.Statement, scope: Scope, moduleLevel: boolean): void {
    if (isFunctionDeclaration(stmt) && stmt.name) {
      const name = stmt.name.text;
      if (!this.signatures.has(name)) this.signatures.set(name, stmt);
      const id = moduleLevel ? name : this.qualify(name);
      const exported = moduleLevel && this.hasExport(stmt);
      if (exported) this.exportedNames.add(name);
      if (moduleLevel && this.hasDefault(stmt)) this.facts.exports['default'] = { t: 'fn', id };
      scope.set(name, () => ({ t: 'fn', id }));
      return;
    }
    if (isClassDeclaration(stmt) && stmt.name) {
      const name = stmt.name.text;
      if (moduleLevel && this.hasExport(stmt)) this.exportedNames.add(name);
      if (moduleLevel && this.hasDefault(stmt)) this.facts.exports['default'] = { t: 'class', name };
      scope.set(name, () => ({ t: 'class', name }));
      return;
    }
    if (isVariableStatement(stmt)) {
      const exported = moduleLevel && this.hasExport(stmt);
      for (const decl of stmt.declarationList.declarations) this.declareBinding(decl.name, decl.initializer, scope, exported, moduleLevel, decl.type);
      return;
    }
    if (isEnumDeclaration(stmt)) {
      scope.set(stmt.name.text, () => ({ t: 'literal' }));
    }
    if (isTypeAliasDeclaration(stmt)) {
      const name = stmt.name.text;
      if (moduleLevel && this.hasExport(stmt)) this.exportedNames.add(name);
      if (isFunctionTypeNode(stmt.type) && !this.signatures.has(name)) this.signatures.set(name, stmt.type);
      if (!scope.has(name)) scope.set(name, this.lazy(() => this.typeSym(stmt.type) ?? { t: 'unknown', name }));
    }
    if (isInterfaceDeclaration(stmt)) {
      // An interface is the shape of what its holders receive: `deps: Deps` where `Deps { db: PrismaClient }`.
      const name = stmt.name.text;
      if (moduleLevel && this.hasExport(stmt)) this.exportedNames.add(name);
      if (!scope.has(name)) scope.set(name, this.lazy(() => this.membersSym(stmt.members, name)));
      if (moduleLevel && stmt.members.some((m) => ts.isMethodSignature(m))) (this.facts.interfaces ??= []).push(name);
    }
  }

  /** The value of a binding: what its initializer gives, else (or when that says nothing) its declared type. */
  private declared(flow: Sym, name: string, type: TS.TypeNode | undefined): Sym {
    if (!type) return flow;
    const declared = this.typeSym(type);
    if (!declared || declared.t === 'literal') return flow;
    return either(flow, { t: 'param', name, type: declared });
  }

  /** Inner destructuring patterns, each element a member of what the outer one read. */
  private declareNested(pattern: TS.ObjectBindingPattern, of: () => Sym, scope: Scope, exported: boolean): void {
    for (const el of pattern.elements) {
      const prop = el.propertyName && isIdentifier(el.propertyName) ? el.propertyName.text : isIdentifier(el.name) ? el.name.text : undefined;
      if (!prop) continue;
      const inner = (): Sym => ({ t: 'member', of: of(), name: prop });
      if (isObjectBindingPattern(el.name)) this.declareNested(el.name, inner, scope, exported);
      else if (isIdentifier(el.name)) {
        if (exported) this.exportedNames.add(el.name.text);
        scope.set(el.name.text, this.lazy(inner));
      }
    }
  }

  /** The members of an interface or type literal, each a field known by its declared type. */
  private membersSym(members: TS.NodeArray<TS.TypeElement>, iface?: string): Sym {
    const props: Record<string, Sym> = {};
    for (const m of members) {
      const key = m.name && propertyName(m.name);
      if (key && isPropertySignature(m) && m.type) {
        const type = this.typeSym(m.type);
        if (type && type.t !== 'literal') props[key] = { t: 'param', name: key, type };
      }
    }
    // An interface of methods only is still an interface: its implementers say what the methods do.
    if (iface) return { t: 'object', props, iface };
    // A type literal of methods only (`{ get(key: string): Promise<T> }`) says nothing: the names still may.
    return Object.keys(props).length ? { t: 'object', props } : members.length ? { t: 'unknown' } : { t: 'literal' };
  }

  private declareBinding(name: TS.BindingName, init: TS.Expression | undefined, scope: Scope, exported: boolean, moduleLevel: boolean, type?: TS.TypeNode): void {
    if (isIdentifier(name)) {
      if (exported) this.exportedNames.add(name.text);
      if (init && moduleLevel && isValueLike(init)) {
        const local = name.text;
        this.pendingConstants.push(() => (this.facts.constants[local] = this.valOf(init, 0)));
      }
      const fnLike = init && unwrapExpression(init);
      if (fnLike && (isArrowFunction(fnLike) || isFunctionExpression(fnLike))) {
        const id = moduleLevel ? name.text : this.qualify(name.text);
        scope.set(name.text, () => ({ t: 'fn', id }));
        return;
      }
      if (fnLike && isClassExpression(fnLike)) {
        scope.set(name.text, () => ({ t: 'class', name: name.text }));
        return;
      }
      const local = name.text;
      // The value the flow gives, and where it says nothing, the declared type (`let redis: Redis;`).
      const getter = this.lazy(() => this.declared(init ? this.symOf(init) : { t: 'unknown', name: local }, local, type));
      if (init) this.initOf.set(getter, init);
      scope.set(name.text, getter);
      return;
    }
    if (isObjectBindingPattern(name)) {
      for (const el of name.elements) {
        const prop = el.propertyName && isIdentifier(el.propertyName) ? el.propertyName.text : isIdentifier(el.name) ? el.name.text : undefined;
        if (isObjectBindingPattern(el.name)) {
          // `const { services: { db } } = ctx`: the inner pattern reads a member of the member.
          if (prop && init) this.declareNested(el.name, () => ({ t: 'member', of: this.symOf(init), name: prop }), scope, exported);
          continue;
        }
        if (!isIdentifier(el.name)) continue;
        const local = el.name.text;
        if (exported) this.exportedNames.add(local);
        scope.set(local, this.lazy(() => {
          if (!init || !prop) return { t: 'unknown', name: local };
          const base = this.symOf(init);
          return base.t === 'unknown' ? { t: 'unknown', name: local } : { t: 'member', of: base, name: prop };
        }));
      }
      return;
    }
    for (const el of name.elements) {
      if (isBindingElement(el) && isIdentifier(el.name)) {
        const local = el.name.text;
        scope.set(local, () => ({ t: 'unknown', name: local }));
      }
    }
  }

  private lazy(compute: () => Sym): () => Sym {
    let state: 0 | 1 | 2 = 0;
    let value: Sym = { t: 'unknown' };
    return () => {
      if (state === 2) return value;
      if (state === 1) return { t: 'unknown' }; // a cycle: `const a = b; const b = a`
      state = 1;
      value = compute();
      state = 2;
      return value;
    };
  }

  private resolveExportClauses(): void {
    for (const name of this.exportedNames) {
      if (!this.facts.exports[name]) this.facts.exports[name] = this.lookup(name);
    }
    for (const { local, exported } of this.pendingExportClauses) {
      this.facts.exports[exported] = this.lookup(local);
      this.facts.exportLocals[exported] = local;
    }
    for (const name of this.exportedNames) this.facts.exportLocals[name] ??= name;
    const exportedClasses = new Set<string>();
    for (const sym of Object.values(this.facts.exports)) if (sym.t === 'class') exportedClasses.add(sym.name);
    for (const cls of Object.values(this.facts.classes)) {
      if (this.facts.exports[cls.name] || exportedClasses.has(cls.name)) cls.exported = true;
    }
    const def = this.facts.exports['default'];
    for (const fn of this.facts.functions) {
      const head = fn.id.split(/[.#(]/)[0] ?? '';
      if (this.facts.exports[head] || this.exportedNames.has(head) || this.facts.classes[head]?.exported) fn.exported = true;
      if (def && ((def.t === 'fn' && def.id === fn.id) || (def.t === 'class' && fn.id.startsWith(def.name + '.')))) fn.exported = true;
    }
  }

  // ---------------------------------------------------------------- module-level statements

  private visitModuleStatement(stmt: TS.Statement): void {
    if (isImportDeclaration(stmt) || isImportEqualsDeclaration(stmt) || isInterfaceDeclaration(stmt) || isTypeAliasDeclaration(stmt)) return;
    if (isExportDeclaration(stmt)) return;
    if (isFunctionDeclaration(stmt) && stmt.name && stmt.body) {
      this.visitFunction(stmt.name.text, 'function', stmt, {});
      return;
    }
    if (isFunctionDeclaration(stmt) && !stmt.name && stmt.body && this.hasDefault(stmt)) {
      const id = this.visitFunction('default', 'function', stmt, {});
      this.facts.exports['default'] = { t: 'fn', id };
      return;
    }
    if (isClassDeclaration(stmt)) {
      this.visitClass(stmt.name?.text ?? 'default', stmt, this.hasExport(stmt));
      if (!stmt.name && this.hasDefault(stmt)) this.facts.exports['default'] = { t: 'class', name: 'default' };
      return;
    }
    if (isVariableStatement(stmt)) {
      for (const decl of stmt.declarationList.declarations) {
        if (isIdentifier(decl.name) && decl.initializer) this.visitNamedValue(decl.name.text, decl.initializer);
        else if (decl.initializer) this.visitExpression(decl.initializer, this.moduleFn);
      }
      return;
    }
    if (isExportAssignment(stmt)) {
      const expr = unwrapExpression(stmt.expression);
      if (isArrowFunction(expr) || isFunctionExpression(expr)) {
        const id = this.visitFunction('default', 'function', expr, {});
        this.facts.exports['default'] = { t: 'fn', id };
      } else if (isClassExpression(expr)) {
        this.visitClass('default', expr, true);
        this.facts.exports['default'] = { t: 'class', name: 'default' };
      } else {
        if (isObjectLiteralExpression(expr)) this.visitObjectLiteral('default', expr);
        else this.visitExpression(stmt.expression, this.moduleFn);
        this.facts.exports['default'] = this.symOf(stmt.expression);
      }
      return;
    }
    if (isExpressionStatement(stmt)) {
      const cjs = this.commonJsExport(stmt.expression);
      if (cjs) return;
    }
    this.visitNode(stmt, this.moduleFn);
  }

  /** `module.exports = {...}`, `exports.f = ...`, `module.exports.f = ...`. */
  private commonJsExport(expr: TS.Expression): boolean {
    if (!isBinaryExpression(expr) || expr.operatorToken.kind !== SyntaxKind.EqualsToken) return false;
    const target = expr.left.getText(this.sf);
    const value = unwrapExpression(expr.right);
    let name: string | undefined;
    if (target === 'module.exports') name = 'default';
    else {
      const m = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(target);
      if (m) name = m[1];
    }
    if (!name) return false;
    if (isArrowFunction(value) || isFunctionExpression(value)) {
      const id = this.visitFunction(name === 'default' ? 'default' : name, 'function', value, {});
      this.facts.exports[name] = { t: 'fn', id };
    } else if (isObjectLiteralExpression(value)) {
      this.visitObjectLiteral(name === 'default' ? 'exports' : name, value);
      const sym = this.symOf(value);
      this.facts.exports[name] = sym;
      if (name === 'default' && sym.t === 'object') for (const [k, v] of Object.entries(sym.props)) this.facts.exports[k] ??= v;
    } else {
      this.visitExpression(value, this.moduleFn);
      this.facts.exports[name] = this.symOf(value);
    }
    return true;
  }

  private visitNamedValue(name: string, init: TS.Expression): void {
    const expr = unwrapExpression(init);
    if (isArrowFunction(expr) || isFunctionExpression(expr)) {
      this.visitFunction(name, 'function', expr, {});
    } else if (isClassExpression(expr)) {
      this.visitClass(name, expr, false);
    } else if (isObjectLiteralExpression(expr)) {
      this.visitObjectLiteral(name, expr);
    } else {
      this.visitExpression(init, this.moduleFn);
    }
  }

  private visitObjectLiteral(name: string, obj: TS.ObjectLiteralExpression): void {
    for (const prop of obj.properties) {
      const key = prop.name && propertyName(prop.name);
      if (!key) continue;
      if (isMethodDeclaration(prop) && prop.body) this.visitFunction(`${name}.${key}`, 'method', prop, { obj: name });
      else if (isPropertyAssignment(prop)) {
        const v = unwrapExpression(prop.initializer);
        if (isArrowFunction(v) || isFunctionExpression(v)) this.visitFunction(`${name}.${key}`, 'method', v, { obj: name });
        else if (isObjectLiteralExpression(v)) this.visitObjectLiteral(`${name}.${key}`, v);
        else this.visitExpression(prop.initializer, this.moduleFn);
      }
    }
  }

  private visitClass(name: string, node: TS.ClassLikeDeclaration, exported: boolean): void {
    const cls: ClassFact = { name, exported, fields: {}, methods: {} };
    this.facts.classes[name] = cls;
    const heritage = node.heritageClauses?.find((h) => h.token === SyntaxKind.ExtendsKeyword)?.types[0];
    if (heritage) cls.extends = this.symOf(heritage.expression);
    const implemented = node.heritageClauses?.find((h) => h.token === SyntaxKind.ImplementsKeyword)?.types ?? [];
    if (implemented.length) cls.implements = implemented.map((t) => this.symOf(t.expression));
    for (const member of node.members) {
      const key = member.name && propertyName(member.name);
      if (isConstructorDeclaration(member)) {
        for (const p of member.parameters) {
          const isProperty = getModifiers(p)?.some((m) => m.kind === SyntaxKind.PrivateKeyword || m.kind === SyntaxKind.PublicKeyword || m.kind === SyntaxKind.ProtectedKeyword || m.kind === SyntaxKind.ReadonlyKeyword);
          if (isProperty && isIdentifier(p.name)) cls.fields[p.name.text] = this.paramSym(p);
        }
        if (member.body) this.visitFunction(`${name}.constructor`, 'method', member, { cls: name });
        continue;
      }
      if (!key) continue;
      if ((isMethodDeclaration(member) || isGetAccessor(member)) && member.body) {
        cls.methods[key] = this.visitFunction(`${name}.${key}`, 'method', member, { cls: name });
        if (isGetAccessor(member)) (cls.getters ??= []).push(key);
      } else if (isPropertyDeclaration(member)) {
        const init = member.initializer && unwrapExpression(member.initializer);
        if (init && (isArrowFunction(init) || isFunctionExpression(init))) {
          cls.methods[key] = this.visitFunction(`${name}.${key}`, 'method', init, { cls: name });
        } else if (member.initializer) {
          // `private _collection: Collection | null = null`: the declared type says what it will hold.
          const initial = this.withScope(new Map([['this', () => ({ t: 'this', cls: name }) as Sym]]), () => this.symOf(member.initializer!));
          cls.fields[key] = this.declared(initial, key, member.type);
          this.visitExpression(member.initializer, this.moduleFn);
        } else if (member.type) {
          cls.fields[key] = { t: 'param', name: key, type: this.typeSym(member.type) };
        }
      }
    }
  }

  // ---------------------------------------------------------------- functions

  private qualifyPrefix: string[] = [];

  private qualify(name: string): string {
    return [...this.qualifyPrefix, name].join('.');
  }

  private newFunction(id: string, kind: FunctionFact['kind'], exported: boolean, node: TS.Node): FunctionFact {
    const seen = this.usedIds.get(id) ?? 0;
    this.usedIds.set(id, seen + 1);
    const uniqueId = seen === 0 ? id : `${id}#${seen + 1}`;
    const fact: FunctionFact = { id: uniqueId, exported, kind, span: this.span(node), loops: [], calls: [], size: node.end - node.pos, settings: [] };
    this.facts.functions.push(fact);
    return fact;
  }

  /** Walks a function body as its own unit; returns its id. */
  private visitFunction(name: string, kind: FunctionFact['kind'], node: TS.SignatureDeclaration & { body?: TS.Node | undefined }, ctx: { cls?: string; obj?: string }): string {
    const id = this.qualifyPrefix.length ? this.qualify(name) : name;
    const fact = this.newFunction(id, kind, false, node);
    const fn: FnContext = { fact, loopStack: [], callbackStack: [], ...ctx };
    const scope: Scope = new Map();
    scope.set('this', () => ({ t: 'this', cls: ctx.cls, obj: ctx.obj }));
    this.bindParameters(node.parameters, scope, undefined);
    const names = node.parameters.map((p) => (isIdentifier(p.name) ? p.name.text : ''));
    node.parameters.forEach((p, index) => {
      const get = isIdentifier(p.name) ? scope.get(p.name.text) : undefined;
      if (get) this.paramOwner.set(get, { fn: fact, index, names, callable: mayBeCallback(p) });
    });
    if (node.type) {
      const declared = this.typeSym(node.type);
      if (declared && declared.t !== 'literal') fact.returnType = declared;
    }
    this.qualifyPrefix.push(fact.id);
    this.withScope(scope, () => {
      if (node.body) {
        if (isBlock(node.body)) this.visitBlock(node.body, fn);
        else {
          const returned = this.returnedFunction(node.body as TS.Expression, fn);
          if (returned) fact.returns = returned;
          else {
            this.visitExpression(node.body as TS.Expression, fn);
            fact.returns = this.symOf(node.body);
          }
        }
      }
    });
    this.qualifyPrefix.pop();
    return fact.id;
  }

  private bindParameters(params: TS.NodeArray<TS.ParameterDeclaration>, scope: Scope, callbackOf: { receiver: Sym; method: string } | undefined): void {
    for (const [index, p] of params.entries()) {
      if (isIdentifier(p.name)) {
        const sym = callbackOf && !/^(err|error|e|_)$/i.test(p.name.text) ? { t: 'param' as const, name: p.name.text, callbackOf: { ...callbackOf, index } } : this.paramSym(p);
        const getter = () => sym;
        // A scalar default is the value the code states (`attempts = 3`); an object default
        // (`opts = {}`) stands for whatever callers pass, so it stays unread.
        if (p.initializer && !isObjectLiteralExpression(unwrapExpression(p.initializer))) this.initOf.set(getter, p.initializer);
        if (p.initializer) this.defaultOf.set(getter, p.initializer);
        scope.set(p.name.text, getter);
      } else {
        // A destructured parameter (`{ db, logger }: Deps`, `...[router, tenant]: RouterArgs`): each
        // name is the member of the declared type it reads, else known by its name only.
        const whole = p.type ? this.paramSym(p) : undefined;
        this.bindPattern(p.name, whole && whole.t !== 'literal' ? () => whole : undefined, scope);
      }
    }
  }

  private bindPattern(pattern: TS.BindingName, of: (() => Sym) | undefined, scope: Scope): void {
    if (isIdentifier(pattern)) return;
    pattern.elements.forEach((el, index) => {
      if (ts.isOmittedExpression(el) || el.dotDotDotToken) return;
      const key = isObjectBindingPattern(pattern) ? (el.propertyName ? propertyName(el.propertyName) : isIdentifier(el.name) ? el.name.text : undefined) : String(index);
      const member = of && key !== undefined ? (): Sym => ({ t: 'member', of: of(), name: key }) : undefined;
      if (!isIdentifier(el.name)) return this.bindPattern(el.name, member, scope);
      const local = el.name.text;
      const getter = member ? this.lazy(() => either(member(), { t: 'unknown', name: local })) : (): Sym => ({ t: 'unknown', name: local });
      if (el.initializer) this.defaultOf.set(getter, el.initializer);
      scope.set(local, getter);
    });
  }

  private paramSym(p: TS.ParameterDeclaration): Sym {
    const name = isIdentifier(p.name) ? p.name.text : '';
    if (p.initializer) {
      const init = this.symOf(p.initializer);
      if (init.t !== 'literal' && init.t !== 'unknown') return init;
    }
    return { t: 'param', name, ...(p.type ? { type: this.typeSym(p.type) } : {}) };
  }

  /** The symbol an annotated type names (`Redis`, `Repository<User>`, `Prisma.TransactionClient`). */
  private typeSym(type: TS.TypeNode): Sym | undefined {
    if (isParenthesizedTypeNode(type)) return this.typeSym(type.type);
    // An object type is the shape of its fields (`{ db: PrismaClient; logger: Logger }`).
    if (isTypeLiteralNode(type)) return this.membersSym(type.members);
    // A list of clients or services is worth knowing: its elements are what a loop over it calls.
    const element = isArrayTypeNode(type) ? type.elementType : isTypeReferenceNode(type) && isIdentifier(type.typeName) && /^(Array|ReadonlyArray)$/.test(type.typeName.text) ? type.typeArguments?.[0] : undefined;
    if (element) {
      const of = this.typeSym(element);
      return of && of.t !== 'literal' && of.t !== 'global' ? { t: 'collection', of } : { t: 'literal' };
    }
    // A tuple is a list of positions, each its own type (`[Router, TenantContext]`).
    if (isTupleTypeNode(type)) return this.positionsSym(type.elements.map((e) => (ts.isNamedTupleMember(e) ? (e.dotDotDotToken ? undefined : { type: e.type, name: e.name.text }) : ts.isRestTypeNode(e) ? undefined : { type: e })));
    // `typeof x` is whatever x is.
    if (ts.isTypeQueryNode(type)) return isIdentifier(type.exprName) ? this.lookup(type.exprName.text) : undefined;
    // The utility types over a function type: its parameters as a tuple, what calling it gives.
    if (isTypeReferenceNode(type) && isIdentifier(type.typeName) && /^(Parameters|ReturnType)$/.test(type.typeName.text) && type.typeArguments?.length === 1) {
      const of = type.typeArguments[0]!;
      if (type.typeName.text === 'ReturnType' && ts.isTypeQueryNode(of) && isIdentifier(of.exprName)) return { t: 'call', of: this.lookup(of.exprName.text), args: [] };
      const sig = this.signatureOf(of);
      if (!sig) return undefined;
      if (type.typeName.text === 'ReturnType') return sig.type ? this.typeSym(sig.type) : undefined;
      return this.positionsSym(sig.parameters.map((p) => (p.dotDotDotToken ? undefined : { type: p.type, name: isIdentifier(p.name) ? p.name.text : undefined })));
    }
    // A function type is worth knowing when what it gives can be a client.
    if (isFunctionTypeNode(type)) {
      const returns = this.typeSym(type.type);
      return returns && returns.t !== 'literal' && returns.t !== 'global' ? { t: 'signature', returns } : { t: 'literal' };
    }
    // Primitives hold data, never a client.
    if (isLiteralTypeNode(type) || (type.kind >= SyntaxKind.AnyKeyword && type.kind <= SyntaxKind.UndefinedKeyword && type.kind !== SyntaxKind.AnyKeyword && type.kind !== SyntaxKind.UnknownKeyword)) {
      return { t: 'literal' };
    }
    // What a promise settles to is what `await` gives.
    if (isTypeReferenceNode(type) && isIdentifier(type.typeName) && /^(Promise|PromiseLike|Awaited)$/.test(type.typeName.text)) {
      const inner = type.typeArguments?.[0];
      return inner ? this.typeSym(inner) : undefined;
    }
    if (isTypeReferenceNode(type) && isIdentifier(type.typeName) && /^(Array|ReadonlyArray|Record|Set|ReadonlySet|Map|ReadonlyMap|Partial|Readonly)$/.test(type.typeName.text)) {
      return { t: 'global', name: type.typeName.text === 'Record' || type.typeName.text.startsWith('Readonly') || type.typeName.text === 'Partial' ? 'Object' : type.typeName.text.replace(/^Readonly/, '') };
    }
    if (isTypeReferenceNode(type)) {
      const name = type.typeName;
      if (isIdentifier(name)) {
        const found = this.lookup(name.text);
        return found.t === 'unknown' ? { t: 'global', name: name.text } : found;
      }
      const left = isIdentifier(name.left) ? this.lookup(name.left.text) : undefined;
      return left ? { t: 'member', of: left, name: name.right.text } : undefined;
    }
    if (isUnionTypeNode(type) || isIntersectionTypeNode(type)) {
      // Member by member: `EntityManager | undefined` is an EntityManager where it is anything.
      let out: Sym | undefined;
      for (const t of type.types) {
        const s = this.typeSym(t);
        if (s) out = out ? either(out, s) : s;
      }
      return out;
    }
    return undefined;
  }

  /** Positions of a tuple or parameter list, each a field `'0'`, `'1'`... known by its type; data only when no position can hold a client. */
  private positionsSym(types: Array<{ type?: TS.TypeNode; name?: string } | undefined>): Sym {
    const props: Record<string, Sym> = {};
    types.forEach((t, i) => {
      const s = t?.type && this.typeSym(t.type);
      if (s && s.t !== 'literal') props[String(i)] = { t: 'param', name: t.name ?? String(i), type: s };
    });
    return Object.keys(props).length ? { t: 'object', props } : { t: 'literal' };
  }

  /** The function type a type names: an inline function type, a type alias of one, `typeof f` for a function of this file. */
  private signatureOf(type: TS.TypeNode): TS.SignatureDeclarationBase | undefined {
    if (isParenthesizedTypeNode(type)) return this.signatureOf(type.type);
    if (isFunctionTypeNode(type)) return type;
    if (isTypeReferenceNode(type) && isIdentifier(type.typeName)) return this.signatures.get(type.typeName.text);
    if (ts.isTypeQueryNode(type) && isIdentifier(type.exprName)) return this.signatures.get(type.exprName.text);
    return undefined;
  }

  private visitBlock(block: TS.Block | TS.SourceFile, fn: FnContext): void {
    const scope: Scope = new Map();
    for (const stmt of block.statements) this.declareStatement(stmt, scope, false);
    if (scope.size) this.scopes.push(scope);
    for (const stmt of block.statements) this.visitStatement(stmt, fn);
    if (scope.size) this.scopes.pop();
  }

  private visitStatement(stmt: TS.Statement, fn: FnContext): void {
    if (isFunctionDeclaration(stmt)) {
      // A bodiless declaration (`declare function f(): void;`, an overload) has nothing to walk.
      if (stmt.name && stmt.body) this.visitFunction(stmt.name.text, 'function', stmt, { cls: fn.cls, obj: fn.obj });
      return;
    }
    if (isInterfaceDeclaration(stmt) || isTypeAliasDeclaration(stmt) || isModuleDeclaration(stmt) && !stmt.body) return;
    if (isVariableStatement(stmt)) {
      for (const decl of stmt.declarationList.declarations) {
        const init = decl.initializer && unwrapExpression(decl.initializer);
        if (init && isIdentifier(decl.name) && (isArrowFunction(init) || isFunctionExpression(init))) {
          this.visitFunction(decl.name.text, 'function', init, { cls: fn.cls, obj: fn.obj });
        } else if (decl.initializer) this.visitExpression(decl.initializer, fn);
      }
      return;
    }
    if (isClassDeclaration(stmt)) {
      this.visitClass(stmt.name?.text ?? 'anonymous', stmt, false);
      return;
    }
    if (isReturnStatement(stmt) && stmt.expression && !fn.inline) {
      const returned = this.returnedFunction(stmt.expression, fn);
      if (returned) {
        fn.fact.returns = fn.fact.returns ? either(fn.fact.returns, returned) : returned;
        return;
      }
      // Every return: `if (cached) return cached; return new Redis()` is a factory of clients.
      const value = this.symOf(stmt.expression);
      if (value.t !== 'unknown' && value.t !== 'literal') fn.fact.returns = fn.fact.returns ? either(fn.fact.returns, value) : value;
    }
    this.visitNode(stmt, fn);
  }

  /** A test of whether a parameter was given: `p`, `!p`, `p != null`, `p === undefined`. */
  private presenceTest(cond: TS.Expression): { param: ParamRef; present: boolean } | undefined {
    const e = unwrapExpression(cond);
    if (ts.isPrefixUnaryExpression(e) && e.operator === SyntaxKind.ExclamationToken) {
      const inner = this.presenceTest(e.operand);
      return inner && { param: inner.param, present: !inner.present };
    }
    if (isIdentifier(e)) {
      const param = this.paramOf(e);
      return param && { param, present: true };
    }
    if (isBinaryExpression(e) && isIdentifier(unwrapExpression(e.left))) {
      const op = e.operatorToken.kind;
      const nothing = e.right.kind === SyntaxKind.NullKeyword || (isIdentifier(e.right) && e.right.text === 'undefined');
      const param = this.paramOf(e.left);
      if (!param || !nothing) return undefined;
      if (op === SyntaxKind.ExclamationEqualsToken || op === SyntaxKind.ExclamationEqualsEqualsToken) return { param, present: true };
      if (op === SyntaxKind.EqualsEqualsToken || op === SyntaxKind.EqualsEqualsEqualsToken) return { param, present: false };
    }
    return undefined;
  }

  private unlessGiven(fn: FnContext, param: ParamRef | undefined, body: () => void): void {
    if (!param) return body();
    const outer = fn.unless;
    fn.unless = param;
    try {
      body();
    } finally {
      fn.unless = outer;
    }
  }

  /**
   * A function that a function returns (`(pool) => (table) => async (row) => pool.query(...)`) runs
   * when its caller calls the result, not when it is made: walked as a function of its own.
   */
  private returnedFunction(expr: TS.Expression, fn: FnContext): Sym | undefined {
    const value = unwrapExpression(expr);
    if (!isArrowFunction(value) && !isFunctionExpression(value)) return undefined;
    return { t: 'fn', id: this.visitFunction('returned', 'function', value, { cls: fn.cls, obj: fn.obj }) };
  }

  // ---------------------------------------------------------------- loops and calls

  private visitNode(node: TS.Node, fn: FnContext): void {
    if (isBlock(node)) return this.visitBlock(node, fn);
    if (ts.isIfStatement(node)) {
      // `if (!cache) cache = await load()`, `if (given) {...} else { await load() }`: the load is a fallback.
      const test = this.presenceTest(node.expression);
      if (test) {
        this.visitExpression(node.expression, fn);
        this.unlessGiven(fn, test.present ? undefined : test.param, () => this.visitNode(node.thenStatement, fn));
        if (node.elseStatement) this.unlessGiven(fn, test.present ? test.param : undefined, () => this.visitNode(node.elseStatement!, fn));
        return;
      }
    }
    if (isForOfStatement(node) || isForInStatement(node)) {
      this.visitExpression(node.expression, fn);
      const loop = this.forOfLoop(node);
      return this.inLoop(fn, loop, () => {
        const scope: Scope = new Map();
        if (isVariableDeclarationList(node.initializer)) {
          for (const d of node.initializer.declarations) if (isIdentifier(d.name)) {
            const local = d.name.text;
            const collection = node.expression;
            scope.set(local, isForOfStatement(node) ? this.lazy(() => ({ t: 'element', of: this.symOf(collection), name: local })) : () => ({ t: 'unknown', name: local }));
          }
        }
        this.withScope(scope, () => this.visitNode(node.statement, fn));
      });
    }
    if (isForStatement(node)) {
      if (node.initializer) this.visitNode(node.initializer, fn);
      return this.inLoop(fn, this.classicLoop(node), () => {
        if (node.condition) this.visitExpression(node.condition, fn);
        if (node.incrementor) this.visitExpression(node.incrementor, fn);
        this.visitNode(node.statement, fn);
      });
    }
    if (isWhileStatement(node) || isDoStatement(node)) {
      return this.inLoop(fn, this.conditionLoop(node), () => {
        this.visitExpression(node.expression, fn);
        this.visitNode(node.statement, fn);
      });
    }
    if (isFunctionDeclaration(node) || isClassDeclaration(node)) return this.visitStatement(node as TS.Statement, fn);
    if (isVariableStatement(node)) return this.visitStatement(node, fn);
    if (node.kind === SyntaxKind.TryStatement) {
      const t = node as TS.TryStatement;
      this.visitBlock(t.tryBlock, fn);
      if (t.catchClause) this.onFailure(fn, () => this.visitBlock(t.catchClause!.block, fn));
      if (t.finallyBlock) this.visitBlock(t.finallyBlock, fn);
      return;
    }
    if (isExpressionNode(node)) return this.visitExpression(node as TS.Expression, fn);
    forEachChild(node, (child) => {
      if (isBlock(child)) this.visitBlock(child, fn);
      else if (isVariableDeclarationList(child)) {
        for (const d of child.declarations) if (d.initializer) this.visitExpression(d.initializer, fn);
      } else this.visitNode(child, fn);
    });
  }

  private visitExpression(expr: TS.Node, fn: FnContext): void {
    if (isCallExpression(expr)) return this.visitCall(expr, fn);
    if (isBinaryExpression(expr) && (expr.operatorToken.kind === SyntaxKind.QuestionQuestionToken || expr.operatorToken.kind === SyntaxKind.BarBarToken)) {
      // `given?.get(id) ?? await load(id)`: the right side runs only when the caller gave nothing to read.
      const given = this.paramOf(rootOf(expr.left));
      if (given) {
        this.visitExpression(expr.left, fn);
        return this.unlessGiven(fn, given, () => this.visitExpression(expr.right, fn));
      }
    }
    if (isConditionalExpression(expr)) {
      const test = this.presenceTest(expr.condition);
      if (test) {
        this.visitExpression(expr.condition, fn);
        this.unlessGiven(fn, test.present ? undefined : test.param, () => this.visitExpression(expr.whenTrue, fn));
        return this.unlessGiven(fn, test.present ? test.param : undefined, () => this.visitExpression(expr.whenFalse, fn));
      }
    }
    if (isBinaryExpression(expr) && expr.operatorToken.kind === SyntaxKind.EqualsToken && isPropertyAccessExpression(expr.left) && isPropertyAccessExpression(expr.left.expression) && expr.left.expression.name.text === 'defaults') {
      // `axios.defaults.timeout = 5000`, `instance.defaults.timeout = 0`: a setting of the client's defaults.
      const target = expr.left.expression;
      fn.fact.settings.push({
        callee: this.symOf(target),
        text: compact(target.getText(this.sf)),
        isNew: false,
        span: this.span(expr),
        args: [{ k: 'obj', entries: [{ key: expr.left.name.text, val: this.valOf(expr.right, 0) }], line: this.lineOf(expr) }],
        loops: [...fn.loopStack],
      });
    }
    if (fn.cls && isBinaryExpression(expr) && expr.operatorToken.kind === SyntaxKind.EqualsToken && isPropertyAccessExpression(expr.left) && expr.left.expression.kind === SyntaxKind.ThisKeyword) {
      const cls = this.facts.classes[fn.cls];
      // Every assignment counts: a field initialised to null and assigned a client later (lazily) is that client.
      const field = expr.left.name.text;
      if (cls) {
        const value = this.symOf(expr.right);
        const existing = own(cls.fields, field);
        cls.fields[field] = existing ? either(existing, value) : value;
      }
    }
    if (isArrowFunction(expr) || isFunctionExpression(expr)) {
      // A function value that is not a known iteration callback: assume it runs once, where it is defined.
      return this.visitInlineFunction(expr, fn, undefined);
    }
    if (isClassExpression(expr)) return this.visitClass('anonymous', expr, false);
    if (isNewExpression(expr)) this.noteSetting(expr, this.symOf(expr.expression), fn);
    if (isNewExpression(expr) && fn === this.moduleFn && this.visitModuleCallbacks(expr)) return;
    if (isObjectLiteralExpression(expr)) {
      for (const prop of expr.properties) {
        if (isMethodDeclaration(prop) && prop.body) this.visitInlineFunction(prop, fn, undefined);
        else forEachChild(prop, (c) => this.visitExpression(c, fn));
      }
      return;
    }
    forEachChild(expr, (child) => {
      if (isBlock(child)) this.visitBlock(child, fn);
      else this.visitExpression(child, fn);
    });
  }

  private visitInlineFunction(node: TS.FunctionLikeDeclaration, fn: FnContext, callbackOf: { receiver: Sym; method: string } | undefined): void {
    const body = node.body;
    if (!body) return;
    const scope: Scope = new Map();
    this.bindParameters(node.parameters, scope, callbackOf);
    fn.inline = (fn.inline ?? 0) + 1;
    try {
      this.withScope(scope, () => {
        if (isBlock(body)) this.visitBlock(body, fn);
        else this.visitExpression(body, fn);
      });
    } finally {
      fn.inline -= 1;
    }
  }

  private visitCall(call: TS.CallExpression, fn: FnContext): void {
    const callee = unwrapExpression(call.expression);
    const method = isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    const receiver = isPropertyAccessExpression(callee) ? unwrapExpression(callee.expression) : undefined;

    // `x.then(...)` is not the I/O: the call that made `x` is. Otherwise the inner links of a chain are not effects.
    const promiseLink = method === 'then' || method === 'catch' || method === 'finally' || (method !== undefined && BODY_READERS.has(method));
    // Only a direct link chains: in `(await fetch(u)).json()` the fetch is awaited first and stays an effect.
    const directReceiver = isPropertyAccessExpression(callee) ? stripParens(callee.expression) : undefined;
    if (directReceiver && isCallExpression(directReceiver) && !promiseLink) this.chained.add(directReceiver);

    // Promise.all(xs.map(...)), Promise.all([...xs.map(...), ...ys.map(...)]): the mapped callbacks run at once.
    if (method && PARALLEL_COMBINATORS.has(method) && receiver && isIdentifier(receiver) && /^(Promise|Bluebird|P)$/.test(receiver.text)) {
      for (const arg of call.arguments) {
        const a = unwrapExpression(arg);
        if (isCallExpression(a)) this.parallelCallbacks.add(a);
        else if (isArrayLiteralExpression(a)) {
          for (const el of a.elements) {
            const x = unwrapExpression(isSpreadElement(el) ? el.expression : el);
            if (isCallExpression(x)) this.parallelCallbacks.add(x);
          }
        } else if (isIdentifier(a)) {
          // `const ps = []; for (...) ps.push(load(x)); await Promise.all(ps)`: the loops that filled it ran at once.
          for (const i of fn.pushedIn?.get(a.text) ?? []) fn.fact.loops[i]!.parallel = true;
        }
      }
    }
    // `queue.addAll(xs.map((x) => () => load(x)))` on a p-queue: the tasks run at once, as many as the queue allows.
    if (method === 'addAll' && receiver && isLimiter(this.symOf(receiver))) {
      const a = call.arguments[0] && unwrapExpression(call.arguments[0]);
      if (a && isCallExpression(a)) {
        this.parallelCallbacks.add(a);
        this.limitedCallbacks.set(a, limiterModule(this.symOf(receiver)));
      }
    }
    // `ps.push(load(x))` in a loop, the promise not awaited: remembered for a Promise.all over `ps`.
    if (method === 'push' && receiver && isIdentifier(receiver) && fn.loopStack.length && call.arguments.some((a) => isPromiseValue(a))) {
      fn.pushedIn ??= new Map();
      const list = fn.pushedIn.get(receiver.text) ?? [];
      list.push(fn.loopStack[fn.loopStack.length - 1]!);
      fn.pushedIn.set(receiver.text, list);
    }

    const iteration = this.mayIterate(callee, method) ? this.iterationOf(call, callee, method, receiver) : undefined;
    if (iteration) {
      this.noteSetting(call, this.symOf(callee), fn);
      // The collection is evaluated once; the callback once per element.
      if (receiver && iteration.collectionIsReceiver) this.visitExpression(receiver, fn);
      else if (receiver) this.visitExpression(receiver, fn);
      call.arguments.forEach((arg, i) => {
        if (i === iteration.callbackIndex) return;
        this.visitExpression(arg, fn);
      });
      const cb = call.arguments[iteration.callbackIndex];
      if (cb) {
        this.inLoop(fn, iteration.loop, () => {
          const target = unwrapExpression(cb);
          if (isArrowFunction(target) || isFunctionExpression(target)) this.visitInlineFunction(target, fn, undefined);
          else this.recordReference(target, fn);
        });
      }
      return;
    }

    const calleeSym = this.symOf(callee);
    if (call.arguments.length || /^(create\w*|connect|init\w*)$/.test(method ?? '')) this.noteSetting(call, calleeSym, fn);
    if (fn.loopStack.length) this.noteLimiter(calleeSym, fn);
    if (!promiseLink && !this.chained.has(call)) this.recordCall(call, callee, calleeSym, fn);
    // Visit the callee's inner parts (receivers, chained calls) and the arguments.
    this.visitExpression(call.expression, fn);
    if (fn === this.moduleFn && this.visitModuleCallbacks(call)) return;
    const receiverSym = receiver && method ? this.symOf(receiver) : undefined;
    call.arguments.forEach((arg, i) => {
      const a = unwrapExpression(arg);
      const inline = isArrowFunction(a) || isFunctionExpression(a);
      // A function value handed to a call runs as often as that callee runs it: known later.
      const cb = calleeSym.t !== 'global' && (inline || this.isFunctionValue(a)) ? this.callbackRef(call, calleeSym, i, fn) : undefined;
      if (inline) {
        const visit = () => this.visitInlineFunction(a, fn, receiverSym && method ? { receiver: receiverSym, method } : undefined);
        // `p.catch((err) => ...)`, `p.then(ok, (err) => ...)`: the handler runs when the promise failed.
        const body = (method === 'catch' && i === 0) || (method === 'then' && i === 1) ? () => this.onFailure(fn, visit) : visit;
        if (cb) this.inCallback(fn, cb, body);
        else body();
      } else if (cb) this.inCallback(fn, cb, () => this.recordReference(a, fn, true));
      else this.visitExpression(arg, fn);
    });
  }

  /** A function by reference: `loadUser`, `this.process`, an imported local function. */
  private isFunctionValue(a: TS.Expression): boolean {
    if (!isIdentifier(a) && !isPropertyAccessExpression(a)) return false;
    const s = this.symOf(a);
    if (s.t === 'fn') return true;
    if (s.t === 'member') return s.of.t === 'this' || (s.of.t === 'import' && s.of.module.startsWith('.'));
    return s.t === 'import' && s.module.startsWith('.');
  }

  private callbackRef(call: TS.CallExpression, callee: Sym, arg: number, fn: FnContext): CallbackRef {
    const { line, character } = this.sf.getLineAndCharacterOfPosition(call.getStart(this.sf));
    return { callee, text: compact(call.expression.getText(this.sf)), arg, args: call.arguments.map((a) => compact(a.getText(this.sf), 60)), depth: fn.loopStack.length, line: line + 1, column: character + 1 };
  }

  private onFailure(fn: FnContext, body: () => void): void {
    fn.onError = (fn.onError ?? 0) + 1;
    try {
      body();
    } finally {
      fn.onError -= 1;
    }
  }

  private inCallback(fn: FnContext, cb: CallbackRef, body: () => void): void {
    fn.callbackStack.push(cb);
    try {
      body();
    } finally {
      fn.callbackStack.pop();
    }
  }

  /** The parameter a name is bound to, when it is one of a function of this file (not shadowed). */
  private paramOf(expr: TS.Expression, callableOnly = false): ParamRef | undefined {
    const e = unwrapExpression(expr);
    if (!isIdentifier(e)) return undefined;
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const get = this.scopes[i]!.get(e.text);
      if (!get) continue;
      const owner = this.paramOwner.get(get);
      if (!owner || (callableOnly && !owner.callable)) return undefined;
      owner.fn.params ??= owner.names;
      return { fnId: owner.fn.id, index: owner.index };
    }
    return undefined;
  }

  /** The parameter an expression is, as given (`ids`, not `ids.filter(...)`), without recording parameter names. */
  private givenParam(expr: TS.Expression): ParamRef | undefined {
    const e = unwrapExpression(expr);
    if (!isIdentifier(e)) return undefined;
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const get = this.scopes[i]!.get(e.text);
      if (!get) continue;
      const owner = this.paramOwner.get(get);
      return owner ? { fnId: owner.fn.id, index: owner.index } : undefined;
    }
    return undefined;
  }

  /** The arguments written as list literals without spread, with their length, and the parameters passed on as given. */
  private givenArguments(args: readonly TS.Expression[]): GivenArg[] {
    const out: GivenArg[] = [];
    args.forEach((a, arg) => {
      const e = unwrapExpression(a);
      if (isArrayLiteralExpression(e)) {
        if (!e.elements.some((x) => isSpreadElement(x))) out.push({ arg, list: e.elements.length });
        return;
      }
      const param = this.givenParam(e);
      if (param) out.push({ arg, param });
    });
    return out;
  }

  /** What a call or reference adds to its fact: the parameter it invokes, the ones it passes on, the callbacks it sits in. */
  private higherOrder(fn: FnContext, invoked: TS.Expression | undefined, args: readonly TS.Expression[]): Partial<CallFact> {
    const out: Partial<CallFact> = {};
    const invokes = invoked && this.paramOf(invoked);
    if (invokes) out.invokes = invokes;
    const passes: NonNullable<CallFact['passes']> = [];
    args.forEach((a, arg) => {
      const p = this.paramOf(a, true);
      if (p) passes.push({ arg, ...p });
    });
    if (passes.length) out.passes = passes;
    if (fn.callbackStack.length) out.callbacks = fn.callbackStack.slice();
    if (fn.onError) out.onError = true;
    if (fn.unless) out.unless = fn.unless;
    return out;
  }

  /**
   * At module level, a function passed to a call is a handler registered for later (a route, a job
   * processor): an entry of its own, named by the registration (`app.get('/cart')`, `new Worker('emails')`).
   */
  private visitModuleCallbacks(call: TS.CallExpression | TS.NewExpression): boolean {
    const args = call.arguments ?? [];
    const hasCallback = args.some((a) => {
      const u = unwrapExpression(a);
      return isArrowFunction(u) || isFunctionExpression(u);
    });
    if (!hasCallback) return false;
    const label = args.find((a) => isStringLiteralLike(a));
    const prefix = isNewExpression(call) ? 'new ' : '';
    const name = `${prefix}${compact(call.expression.getText(this.sf))}(${label ? `'${(label as TS.StringLiteralLike).text}'` : ''})`;
    for (const arg of args) {
      const u = unwrapExpression(arg);
      if (isArrowFunction(u) || isFunctionExpression(u)) this.visitFunction(name, 'callback', u, {});
      else this.visitExpression(arg, this.moduleFn);
    }
    if (isCallExpression(call)) this.visitExpression(call.expression, this.moduleFn);
    return true;
  }

  /** A cheap test by name before the full one: most calls are not iterations. */
  private mayIterate(callee: TS.Expression, method: string | undefined): boolean {
    if (method) return method in ITERATION_METHODS || method === 'from' || method === 'pMap';
    return isIdentifier(callee) && (callee.text in ITERATION_METHODS || /^(pMap|map|each|forEach|filter|mapSeries|pEachSeries|pMapSeries)$/.test(callee.text));
  }

  /** Recognizes `xs.map(cb)`, `_.map(xs, cb)`, `pMap(xs, cb, { concurrency })`, `Array.from(xs, cb)`. */
  private iterationOf(call: TS.CallExpression, callee: TS.Expression, method: string | undefined, receiver: TS.Expression | undefined): { loop: LoopFact; callbackIndex: number; collectionIsReceiver: boolean } | undefined {
    const args = call.arguments;
    const isFn = (a: TS.Expression | undefined) => {
      if (!a) return false;
      const u = unwrapExpression(a);
      if (isArrowFunction(u) || isFunctionExpression(u)) return true;
      // A reference to a function: `items.map(loadUser)`, `items.forEach(this.process)`.
      const s = this.symOf(u);
      if (s.t === 'fn') return true;
      if (s.t === 'member') return s.of.t === 'this' || (s.of.t === 'import' && s.of.module.startsWith('.'));
      return s.t === 'import' && s.module.startsWith('.');
    };
    // Library style: collection first, callback second (or third for mapLimit).
    const libraryFn = this.collectionFirstFunction(callee);
    if (libraryFn) {
      const cbIndex = args.findIndex((a, i) => i > 0 && isFn(a));
      if (cbIndex > 0 && args[0]) {
        const limitArg = /Limit$/.test(libraryFn.name) ? args[1] : undefined;
        const optArg = args[cbIndex + 1];
        const concurrency = limitArg ? compact(limitArg.getText(this.sf)) : optArg ? this.concurrencyOption(optArg) : undefined;
        const parallel = libraryFn.parallel && !/Series$/.test(libraryFn.name);
        const loop = this.loopFact(ITERATION_METHODS[libraryFn.name] ?? (libraryFn.module === 'p-map' ? 'map' : 'other-callback'), args[0], call, parallel, concurrency);
        return { loop, callbackIndex: cbIndex, collectionIsReceiver: false };
      }
    }
    if (method && receiver && ITERATION_METHODS[method] && isFn(args[0])) {
      const cb = args[0] ? unwrapExpression(args[0]) : undefined;
      const asyncCb = !!cb && (isArrowFunction(cb) || isFunctionExpression(cb)) && !!getModifiers(cb)?.some((m) => m.kind === SyntaxKind.AsyncKeyword);
      const parallel = this.parallelCallbacks.has(call) || (asyncCb && method !== 'reduce' && method !== 'reduceRight');
      const kind = ITERATION_METHODS[method]!;
      if (isIdentifier(receiver) && /^(Promise|Bluebird)$/.test(receiver.text)) return undefined;
      return { loop: this.loopFact(kind, receiver, call, parallel, this.limitedCallbacks.get(call)), callbackIndex: 0, collectionIsReceiver: true };
    }
    if (method === 'from' && receiver && isIdentifier(receiver) && receiver.text === 'Array' && args.length >= 2 && isFn(args[1])) {
      return { loop: this.loopFact('map', args[0]!, call, this.parallelCallbacks.has(call), this.limitedCallbacks.get(call)), callbackIndex: 1, collectionIsReceiver: false };
    }
    return undefined;
  }

  private collectionFirstFunction(callee: TS.Expression): { name: string; module: string; parallel: boolean } | undefined {
    let name: string | undefined;
    let sym: Sym;
    if (isPropertyAccessExpression(callee)) {
      name = callee.name.text;
      sym = this.symOf(unwrapExpression(callee.expression));
    } else if (isIdentifier(callee)) {
      name = callee.text;
      sym = this.symOf(callee);
    } else return undefined;
    if (sym.t !== 'import' || !COLLECTION_FIRST_LIBRARIES.has(sym.module.replace(/\/.*$/, ''))) return undefined;
    if (isIdentifier(callee)) name = sym.name === 'default' || sym.name === '*' ? sym.module.replace(/^.*\//, '') : sym.name;
    if (!name) return undefined;
    const known = ITERATION_METHODS[name] || sym.module === 'p-map' || /^(map|each|forEach|filter|mapSeries|pMap)$/.test(name);
    if (!known) return undefined;
    const parallel = sym.module === 'p-map' || sym.module === 'async' || sym.module === 'bluebird';
    return { name: name === 'p-map' ? 'map' : name, module: sym.module, parallel };
  }

  private concurrencyOption(arg: TS.Expression): string | undefined {
    const o = unwrapExpression(arg);
    if (!isObjectLiteralExpression(o)) return undefined;
    for (const p of o.properties) {
      if (isPropertyAssignment(p) && propertyName(p.name) === 'concurrency') return compact(p.initializer.getText(this.sf));
      if (isShorthandPropertyAssignment(p) && p.name.text === 'concurrency') return 'concurrency';
    }
    return undefined;
  }

  /** `limit(() => ...)` (p-limit), `queue.add(() => ...)` (p-queue), `limiter.schedule(...)` (bottleneck) bound the loop they run in. */
  private noteLimiter(calleeSym: Sym, fn: FnContext): void {
    const top = fn.loopStack[fn.loopStack.length - 1];
    if (top === undefined) return;
    let s = calleeSym;
    if (s.t === 'member') s = s.of;
    while (s.t === 'call' || s.t === 'new') s = s.of;
    if (s.t === 'member') s = s.of;
    if (s.t === 'import' && LIMITERS.has(s.module)) fn.fact.loops[top]!.concurrency ??= s.module;
  }

  private recordReference(target: TS.Expression, fn: FnContext, ifInvoked = false): void {
    let expr = target;
    // `this.process.bind(this)`
    if (isCallExpression(expr) && isPropertyAccessExpression(expr.expression) && expr.expression.name.text === 'bind') expr = expr.expression.expression;
    const sym = this.symOf(expr);
    fn.fact.calls.push({ callee: sym, text: compact(expr.getText(this.sf)), span: this.span(expr), loops: [...fn.loopStack], inFilter: false, arrayArg: false, arg0: null, reference: true, ...this.higherOrder(fn, expr, []), ...(ifInvoked ? { ifInvoked } : {}) });
  }

  private recordCall(call: TS.CallExpression, callee: TS.Expression, sym: Sym, fn: FnContext): void {
    if (!interesting(sym, this.tellingNames)) return;
    const first = call.arguments[0];
    // A chain is one query: its filter may sit on an inner link (`User.find({ _id: { $in } }).lean()`).
    const links = chainCalls(call);
    const fact: CallFact = {
      callee: sym,
      text: compact(callee.getText(this.sf)),
      span: this.span(call),
      loops: [...fn.loopStack],
      inFilter: links.some((c) => c.arguments.some((a) => hasInFilter(a, 0, this.sf))),
      arrayArg: links.some((c) => !!c.arguments[0] && (isArrayLiteralExpression(unwrapExpression(c.arguments[0])) || isMapCall(c.arguments[0]))),
      arg0: first ? this.symOf(first) : null,
      argc: call.arguments.length,
    };
    const given = this.givenArguments(call.arguments);
    if (given.length) fact.given = given;
    // `fn(x)`, `fn.call(this, x)`: an invocation of a parameter.
    const invoked = isPropertyAccessExpression(callee) && /^(call|apply)$/.test(callee.name.text) ? callee.expression : callee;
    Object.assign(fact, this.higherOrder(fn, invoked, call.arguments));
    fn.fact.calls.push(fact);
  }

  private inLoop(fn: FnContext, loop: LoopFact, body: () => void): void {
    fn.fact.loops.push(loop);
    fn.loopStack.push(fn.fact.loops.length - 1);
    body();
    fn.loopStack.pop();
  }

  private forOfLoop(node: TS.ForOfStatement | TS.ForInStatement): LoopFact {
    const isAwait = isForOfStatement(node) && !!node.awaitModifier;
    const kind: LoopKind = isForInStatement(node) ? 'for-in' : isAwait ? 'for-await' : 'for-of';
    const loop = this.loopFact(kind, node.expression, node, false, undefined);
    loop.header = compact(this.sf.text.slice(node.getStart(this.sf), node.statement.getStart(this.sf))).replace(/\s*$/, '');
    if (isAwait && PAGED_ITERABLE.test(loop.over)) loop.bound = 'paginated';
    // `for (const _ of Array.from({ length: MAX_BATCHES })) { ...; if (!rowCount) break; }`: the element
    // is never read, so nothing is done per item; the body repeats until it breaks: a drain loop,
    // one batch per turn, like the `for (;;)` it usually replaces.
    if (kind === 'for-of' && loop.bound === 'unbounded' && isVariableDeclarationList(node.initializer) && node.initializer.declarations.length === 1) {
      const name = node.initializer.declarations[0]!.name;
      const unused = isIdentifier(name) && (name.text.startsWith('_') || !mentions(node.statement, name.text));
      if (unused && exits(node.statement)) loop.bound = 'paginated';
    }
    return loop;
  }

  private loopFact(kind: LoopKind, collection: TS.Expression, node: TS.Node, parallel: boolean, concurrency: string | undefined): LoopFact {
    const over = compact(collection.getText(this.sf));
    const { line, character } = this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf));
    const count = this.literalCount(collection);
    const loop: LoopFact = {
      kind, over, bound: count !== undefined ? 'literal' : 'unbounded', parallel, line: line + 1, column: character + 1,
      header: isCallExpression(node) ? `${compact(node.expression.getText(this.sf))}(...)` : over,
    };
    const pool = count === undefined ? this.poolSize(collection) : undefined;
    if (count !== undefined) loop.count = count;
    else if (pool) {
      loop.bound = 'pool';
      concurrency ??= pool;
    } else if (this.isChunks(collection, 0)) loop.bound = 'chunked';
    else {
      const grouped = this.groupsOf(collection, 0);
      if (grouped) {
        loop.bound = 'chunked';
        loop.groups = true;
        loop.over = compact(grouped.getText(this.sf));
      }
    }
    if (loop.bound === 'unbounded' || loop.bound === 'literal') this.domainOf(collection, loop);
    if (loop.bound === 'unbounded') {
      const param = this.givenParam(collection);
      if (param) loop.param = param;
    }
    if (concurrency) loop.concurrency = concurrency;
    return loop;
  }

  /**
   * A parameter whose default is a list of constants (`status = QUEUE_JOB_STATUS_LIST`, `kinds = ['a', 'b']`)
   * holds values of that domain: a loop over it runs at most as many times as the list is long.
   * Known here for a list of this file; for an imported one, `domain` is resolved with the other file.
   */
  private domainOf(collection: TS.Expression, loop: LoopFact): void {
    const e = unwrapExpression(collection);
    if (!isIdentifier(e)) return;
    let init: TS.Expression | undefined;
    for (let i = this.scopes.length - 1; i >= 0 && !init; i--) {
      const get = this.scopes[i]!.get(e.text);
      if (get) {
        init = this.defaultOf.get(get);
        break;
      }
    }
    if (!init) return;
    const count = this.constantList(init, 0);
    if (count !== undefined) {
      loop.bound = 'literal';
      loop.count = count;
      loop.ofDefault = compact(init.getText(this.sf), 40);
      return;
    }
    const d = unwrapExpression(init);
    if (isIdentifier(d) || isPropertyAccessExpression(d)) {
      loop.domain = this.valOf(d, 0);
      loop.ofDefault = compact(d.getText(this.sf), 40);
    }
  }

  /** The length of a list of at least two constants (`['active', 'failed']`, `[Status.A, Status.B]`), here or in a local constant. */
  private constantList(expr: TS.Expression, depth: number): number | undefined {
    const e = unwrapExpression(expr);
    if (isArrayLiteralExpression(e)) {
      const constants = e.elements.every((x) => {
        const u = unwrapExpression(x);
        return isStringLiteralLike(u) || isNumericLiteral(u) || (isPropertyAccessExpression(u) && isIdentifier(u.expression));
      });
      return constants && e.elements.length >= 2 ? e.elements.length : undefined;
    }
    if (isIdentifier(e) && depth < 3) {
      const init = this.initializerOf(e.text);
      return init ? this.constantList(init, depth + 1) : undefined;
    }
    return undefined;
  }

  /**
   * The size of a pool of workers: `Array.from({ length: Math.min(concurrency, items.length) }, worker)`,
   * `{ length: WORKERS }`. Each worker drains a shared worklist, so the pool visits each item once.
   */
  private poolSize(expr: TS.Expression): string | undefined {
    const e = unwrapExpression(expr);
    if (!isObjectLiteralExpression(e)) return undefined;
    const len = e.properties.find((p) => isPropertyAssignment(p) && propertyName(p.name) === 'length');
    if (!len || !isPropertyAssignment(len)) return undefined;
    const text = compact(len.initializer.getText(this.sf));
    return /Math\.min\(|concurren|parallel|workers?\b|Workers|pool|threads|limit/i.test(text) ? text : undefined;
  }

  /** A collection of chunks: `chunk(ids, 100)`, `_.chunk(...)`, or a local name bound to one or named so. */
  private isChunks(expr: TS.Expression, depth: number): boolean {
    const e = unwrapExpression(expr);
    if (isCallExpression(e)) {
      const name = calleeName(e.expression);
      return !!name && CHUNKER.test(name) && e.arguments.length >= 1;
    }
    if (isIdentifier(e)) {
      if (CHUNKS_NAME.test(e.text)) return true;
      if (depth > 2) return false;
      const init = this.initializerOf(e.text);
      return !!init && this.isChunks(init, depth + 1);
    }
    return false;
  }

  /**
   * The groups of a partition: `groupBy(items, key)` (lodash, ramda, `Object.groupBy`, `Map.groupBy`), its
   * `Object.entries`/`values`/`keys`, `.entries()`/`.values()` of a grouped Map, or a binding of one. A loop over
   * them is per group, a factor of no degree like a loop over chunks: the items are visited once across the groups.
   */
  private groupsOf(expr: TS.Expression, depth: number): TS.Expression | undefined {
    const e = unwrapExpression(expr);
    if (isCallExpression(e)) {
      const name = calleeName(e.expression);
      const first = e.arguments[0];
      // `groupBy(items, key)`, `Object.groupBy(items, key)`; a method form (`items.groupBy(key)`) groups its receiver.
      if (name && GROUPER.test(name) && first) return e.arguments.length === 1 && isPropertyAccessExpression(e.expression) ? e.expression.expression : first;
      if (isPropertyAccessExpression(e.expression) && /^(entries|values|keys)$/.test(e.expression.name.text)) {
        const target = first && isIdentifier(e.expression.expression) && e.expression.expression.text === 'Object' ? first : e.arguments.length === 0 ? e.expression.expression : undefined;
        return target && this.groupsOf(target, depth);
      }
      return undefined;
    }
    if (isIdentifier(e) && depth <= 2) {
      const init = this.initializerOf(e.text);
      return init && this.groupsOf(init, depth + 1);
    }
    return undefined;
  }

  /** The initializer of a local binding, when it has one. */
  private initializerOf(name: string): TS.Expression | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const get = this.scopes[i]!.get(name);
      if (get) return this.initOf.get(get);
    }
    return undefined;
  }

  /** How many elements a collection has when the code says so: `[a, b]`, `const REGIONS = [...]`, `Array.from({ length: 3 })`. */
  private literalCount(expr: TS.Expression): number | undefined {
    const e = unwrapExpression(expr);
    if (isArrayLiteralExpression(e)) return e.elements.some((x) => isSpreadElement(x)) ? undefined : e.elements.length;
    if (isIdentifier(e)) {
      // An empty list (`const out = []`, a parameter's `= []` default) is filled later or by callers: it bounds nothing.
      const s = this.lookup(e.text);
      if (s.t === 'array' && s.count > 0) return s.count;
    }
    if (isObjectLiteralExpression(e)) {
      const len = e.properties.find((p) => isPropertyAssignment(p) && propertyName(p.name) === 'length');
      if (len && isPropertyAssignment(len)) return this.numberOf(len.initializer);
    }
    if (isCallExpression(e) && isPropertyAccessExpression(e.expression) && /^(keys|values|entries)$/.test(e.expression.name.text) && e.arguments[0]) {
      const target = unwrapExpression(e.arguments[0]);
      if (isObjectLiteralExpression(target)) return target.properties.length;
      if (isIdentifier(target)) {
        const s = this.lookup(target.text);
        if (s.t === 'object') return Object.keys(s.props).length;
      }
    }
    return undefined;
  }

  private numberOf(expr: TS.Expression): number | undefined {
    const e = unwrapExpression(expr);
    if (isNumericLiteral(e)) return Number(e.text);
    if (isIdentifier(e)) {
      const s = this.lookup(e.text);
      if (s.t === 'literal' && typeof s.value === 'number') return s.value;
    }
    return undefined;
  }

  private classicLoop(node: TS.ForStatement): LoopFact {
    const cond = node.condition ? compact(node.condition.getText(this.sf)) : 'true';
    const init = node.initializer ? compact(node.initializer.getText(this.sf)) : '';
    const loop = this.loopFact('for', node.condition ?? (node as unknown as TS.Expression), node, false, undefined);
    loop.header = compact(this.sf.text.slice(node.getStart(this.sf), node.statement.getStart(this.sf))).replace(/\s*$/, '');
    loop.over = cond;
    delete loop.count;
    loop.bound = 'unbounded';
    const lengthOf = /\b([\w$.]+)\.(length|size)\b/.exec(cond);
    const bound = node.condition && isBinaryExpression(node.condition) ? unwrapExpression(node.condition.right) : undefined;
    // `i < chunks.length` over chunks, or `i += BATCH_SIZE` over the items: one round per chunk.
    const chunked = (!!bound && isPropertyAccessExpression(bound) && this.isChunks(bound.expression, 0)) || this.steps(node.incrementor);
    if (lengthOf) loop.over = lengthOf[1]!;
    else if (node.condition && isBinaryExpression(node.condition)) {
      const n = this.numberOf(node.condition.right);
      if (n !== undefined) {
        loop.bound = 'literal';
        loop.count = n;
      }
    }
    if (node.condition && isBinaryExpression(node.condition) && /^<=?$/.test(node.condition.operatorToken.getText(this.sf))) loop.limit = this.valOf(node.condition.right, 0);
    const header = `${init} ${cond}`;
    if (chunked && lengthOf) loop.bound = 'chunked';
    else if (loop.bound === 'literal' && this.followsCursor(node.statement)) loop.pages = true;
    else if (RETRY.test(header)) loop.bound = 'retry';
    else if (!lengthOf && PAGINATION.test(header)) loop.bound = 'paginated';
    else if (!node.condition || cond === 'true') loop.bound = this.repeatBound(node.statement, cond);
    if (loop.bound === 'retry') this.retryDetails(loop, node.statement);
    return loop;
  }

  /** The body sets a cursor or page variable (`cursor = res.cursor`, `pageToken = data.next`): it fetches page after page. */
  private followsCursor(body: TS.Node): boolean {
    const text = this.sf.text.slice(body.pos, body.end);
    // `cursor = ...`, or any name set from a cursor the response carries (`next = data.cursor`).
    for (const m of text.matchAll(/(?:^|[^.\w$])([A-Za-z_$][\w$]*)\s*(?:=|\?\?=|\|\|=)(?!=)([^;\n]*)/g)) {
      if ((PAGINATION.test(m[1]!) && !/^(page|offset)$/.test(m[1]!)) || CURSOR_READ.test(m[2]!)) return true;
    }
    return false;
  }

  /** `i += 100`, `i += BATCH_SIZE`, `i = i + size`: a counter that steps over a batch at a time. */
  private steps(incrementor: TS.Expression | undefined): boolean {
    if (!incrementor) return false;
    const e = unwrapExpression(incrementor);
    if (!isBinaryExpression(e)) return false;
    let step: TS.Expression | undefined;
    if (e.operatorToken.kind === SyntaxKind.PlusEqualsToken) step = e.right;
    else if (e.operatorToken.kind === SyntaxKind.EqualsToken && isBinaryExpression(unwrapExpression(e.right))) {
      const r = unwrapExpression(e.right) as TS.BinaryExpression;
      if (r.operatorToken.kind === SyntaxKind.PlusToken && r.left.getText(this.sf) === e.left.getText(this.sf)) step = r.right;
    }
    if (!step) return false;
    const n = this.numberOf(step);
    if (n !== undefined) return n > 1;
    const u = unwrapExpression(step);
    return (isIdentifier(u) || isPropertyAccessExpression(u)) && /size|chunk|batch|step|page|limit|per/i.test(u.getText(this.sf));
  }

  private conditionLoop(node: TS.WhileStatement | TS.DoStatement): LoopFact {
    const cond = compact(node.expression.getText(this.sf));
    const loop = this.loopFact(isDoStatement(node) ? 'do' : 'while', node.expression, node, false, undefined);
    delete loop.count;
    loop.over = cond;
    loop.header = isDoStatement(node) ? `do ... while (${cond})` : `while (${cond})`;
    // A worklist (`while (queue.length)`, `while ((x = stack.pop()))`) runs once per item.
    const worklist = /(\.length|\.size)\b|\.(pop|shift)\(\)/.exec(cond);
    loop.bound = worklist ? 'unbounded' : this.repeatBound(node.statement, cond);
    if (loop.bound === 'unknown' && this.reassignsCondition(node.statement, cond)) loop.bound = 'paginated';
    if (loop.bound === 'retry') {
      this.retryDetails(loop, node.statement);
      if (isBinaryExpression(node.expression) && /^<=?$/.test(node.expression.operatorToken.getText(this.sf))) loop.limit = this.valOf(node.expression.right, 0);
    }
    if (worklist) {
      const m = /([\w$.]+?)(?:\.length|\.size|\.pop\(\)|\.shift\(\))/.exec(cond);
      if (m) loop.over = m[1]!;
    }
    return loop;
  }

  /**
   * `while (url) { ...; url = next(res) }`: the loop follows a link or cursor it gets from each
   * round trip, so it repeats I/O by design.
   */
  private reassignsCondition(body: TS.Node, cond: string): boolean {
    const text = this.sf.text.slice(body.pos, body.end);
    for (const name of cond.match(/[A-Za-z_$][\w$]*/g) ?? []) {
      if (/^(true|false|null|undefined|typeof|void)$/.test(name)) continue;
      if (new RegExp(`(^|[^.\\w$])${name.replace(/\$/g, '\\$')}\\s*(=|\\?\\?=|\\|\\|=)(?!=)`).test(text)) return true;
    }
    return false;
  }

  private retryDetails(loop: LoopFact, body: TS.Node): void {
    const text = this.sf.text.slice(body.pos, body.end);
    loop.sleeps = SLEEP.test(text);
    loop.jitter = /Math\.random|jitter/i.test(text);
  }

  /** Loops that exist to repeat I/O: retrying, polling, following pages. Not N+1. */
  private repeatBound(body: TS.Node, cond: string): LoopBound {
    const text = this.sf.text.slice(body.pos, body.end);
    if (RETRY.test(cond) || (RETRY.test(text) && /\bcatch\b/.test(text))) return 'retry';
    if (PAGINATION.test(cond) || PAGINATION.test(text)) return 'paginated';
    if (SLEEP.test(text)) return 'polling';
    return 'unknown';
  }

  // ---------------------------------------------------------------- values

  /** The value an expression writes, kept symbolic where it names something (see values.ts). */
  valOf(node: TS.Expression, depth: number): Val {
    const e = unwrapExpression(node);
    const line = this.sf.getLineAndCharacterOfPosition(e.getStart(this.sf)).line + 1;
    if (depth > 6) return { k: 'expr', text: compact(e.getText(this.sf)), line };
    switch (e.kind) {
      case SyntaxKind.NumericLiteral:
        return { k: 'num', v: Number((e as TS.NumericLiteral).text), line };
      case SyntaxKind.StringLiteral:
      case SyntaxKind.NoSubstitutionTemplateLiteral:
        return { k: 'str', v: (e as TS.StringLiteral).text, line };
      case SyntaxKind.TrueKeyword:
        return { k: 'bool', v: true, line };
      case SyntaxKind.FalseKeyword:
        return { k: 'bool', v: false, line };
      case SyntaxKind.NullKeyword:
        return { k: 'null', line };
      case SyntaxKind.PrefixUnaryExpression: {
        const u = e as TS.PrefixUnaryExpression;
        const inner = this.valOf(u.operand, depth + 1);
        if (u.operator === SyntaxKind.MinusToken && inner.k === 'num') return { ...inner, v: -inner.v };
        if (u.operator === SyntaxKind.ExclamationToken && inner.k === 'num') return { k: 'bool', v: !inner.v, line };
        return { k: 'expr', text: compact(e.getText(this.sf)), line };
      }
      case SyntaxKind.Identifier: {
        const name = (e as TS.Identifier).text;
        if (name === 'undefined') return { k: 'null', line };
        if (name === 'Infinity') return { k: 'num', v: Infinity, line };
        return this.refVal(name, depth, line);
      }
      case SyntaxKind.PropertyAccessExpression: {
        const pa = e as TS.PropertyAccessExpression;
        const target = compact(pa.expression.getText(this.sf));
        if (target === 'process.env') return { k: 'env', name: pa.name.text, line };
        if (target === 'Number' && /^(POSITIVE_INFINITY|MAX_SAFE_INTEGER|MAX_VALUE)$/.test(pa.name.text)) return { k: 'num', v: Infinity, line };
        return { k: 'member', of: this.valOf(pa.expression, depth + 1), name: pa.name.text, line };
      }
      case SyntaxKind.ElementAccessExpression: {
        const ea = e as TS.ElementAccessExpression;
        const arg = unwrapExpression(ea.argumentExpression);
        if (compact(ea.expression.getText(this.sf)) === 'process.env' && isStringLiteral(arg)) return { k: 'env', name: arg.text, line };
        if (isStringLiteral(arg)) return { k: 'member', of: this.valOf(ea.expression, depth + 1), name: arg.text, line };
        return { k: 'expr', text: compact(e.getText(this.sf)), line };
      }
      case SyntaxKind.ObjectLiteralExpression: {
        const entries: Array<{ key: string; val: Val } | { spread: Val }> = [];
        for (const p of (e as TS.ObjectLiteralExpression).properties) {
          if (isPropertyAssignment(p)) {
            const key = propertyName(p.name);
            if (key !== undefined) entries.push({ key, val: this.valOf(p.initializer, depth + 1) });
          } else if (isShorthandPropertyAssignment(p)) entries.push({ key: p.name.text, val: this.refVal(p.name.text, depth, this.lineOf(p)) });
          else if (isSpreadAssignment(p)) entries.push({ spread: this.valOf(p.expression, depth + 1) });
          else if (isMethodDeclaration(p) && p.name) {
            const key = propertyName(p.name);
            if (key !== undefined) entries.push({ key, val: { k: 'fn', text: compact(p.getText(this.sf)), line: this.lineOf(p) } });
          }
        }
        return { k: 'obj', entries, line };
      }
      case SyntaxKind.ArrayLiteralExpression:
        return { k: 'arr', items: (e as TS.ArrayLiteralExpression).elements.map((x) => this.valOf(x, depth + 1)), line };
      case SyntaxKind.BinaryExpression: {
        const b = e as TS.BinaryExpression;
        const op = b.operatorToken.getText(this.sf);
        if (/^(\*|\+|-|\/|\?\?|\|\||\*\*)$/.test(op)) return { k: 'op', op, l: this.valOf(b.left, depth + 1), r: this.valOf(b.right, depth + 1), line };
        return { k: 'expr', text: compact(e.getText(this.sf)), line };
      }
      case SyntaxKind.CallExpression:
      case SyntaxKind.NewExpression: {
        const c = e as TS.CallExpression | TS.NewExpression;
        const callee = (isNewExpression(c) ? 'new ' : '') + compact(c.expression.getText(this.sf));
        return { k: 'call', callee, args: (c.arguments ?? []).slice(0, 4).map((a) => this.valOf(a, depth + 1)), line };
      }
      case SyntaxKind.ArrowFunction:
      case SyntaxKind.FunctionExpression:
        // Long enough to tell what a retried callback does (a POST, an insert).
        return { k: 'fn', text: compact(e.getText(this.sf), 400), line };
      default:
        return { k: 'expr', text: compact(e.getText(this.sf)), line };
    }
  }

  /** A name: a local constant is read through (its initializer), a module-level one is left for later. */
  private refVal(name: string, depth: number, line: number): Val {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const get = this.scopes[i]!.get(name);
      if (!get) continue;
      if (i === 0) {
        const sym = get();
        return { k: 'ref', name, sym: sym.t === 'import' ? sym : { t: 'unknown', name }, line };
      }
      const init = this.initOf.get(get);
      return init ? this.valOf(init, depth + 1) : { k: 'expr', text: name, line };
    }
    return { k: 'expr', text: name, line };
  }

  private lineOf(node: TS.Node): number {
    return this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf)).line + 1;
  }

  /** Records a call or construction whose arguments look like settings. */
  private noteSetting(node: TS.CallExpression | TS.NewExpression, calleeSym: Sym, fn: FnContext): void {
    const args = node.arguments ?? [];
    const name = calleeName(node.expression);
    let role: SettingFact['role'];
    if (name === 'setTimeout' && isIdentifier(unwrapExpression(node.expression))) {
      // `setTimeout(() => controller.abort(), ms)`: a timeout for whatever uses that controller's signal.
      const cb = args[0] && unwrapExpression(args[0]);
      if (!cb || !/\.abort\s*\(/.test(cb.getText(this.sf))) return;
      role = 'abort-timer';
    } else if (name === 'race' && /^(Promise|Bluebird)$/.test(calleeName((node.expression as TS.PropertyAccessExpression).expression ?? node.expression) ?? '')) {
      if (!/setTimeout|sleep|delay|timeout|timer/i.test(args.map((a) => a.getText(this.sf)).join(' '))) return;
      role = 'race-timeout';
    } else if (args.length === 0) {
      // `new Redis()`, `axios.create()`: the bare form of a client that may have lost its options.
      if (!interesting(calleeSym, this.tellingNames) || calleeSym.t === 'unknown') return;
    } else if (!(name && (SETTING_CALLEES.test(name) || RETRY_CALLEE.test(name))) && !isLimiter(calleeSym) && !args.some((a) => this.looksLikeOptions(a, 0))) {
      // A client construction with options is a site even without a setting in it: that is what
      // one whose timeout was removed looks like. (A plain call that lost its options is found
      // from its call fact when sites are paired.)
      // Constructions are sites whatever their arguments: `new Redis(url, { commandTimeout })` may become `new Redis(url)`.
      const construction = isNewExpression(node) || /^(create\w*|connect|init\w*)$/.test(name ?? '');
      if (!construction || !interesting(calleeSym, this.tellingNames) || calleeSym.t === 'unknown') return;
    }
    fn.fact.settings.push({
      callee: calleeSym,
      text: (isNewExpression(node) ? 'new ' : '') + compact(node.expression.getText(this.sf)),
      isNew: isNewExpression(node),
      span: this.span(node),
      args: args.slice(0, 4).map((a) => this.valOf(a, 0)),
      loops: [...fn.loopStack],
      ...(role ? { role } : {}),
    });
  }

  private looksLikeOptions(arg: TS.Expression, depth: number): boolean {
    const a = unwrapExpression(arg);
    if (isObjectLiteralExpression(a)) {
      return a.properties.some((p) => {
        if (isSpreadAssignment(p)) return true;
        const key = p.name && propertyName(p.name);
        if (key && SETTING_KEY.test(key)) return true;
        return depth < 2 && isPropertyAssignment(p) && this.looksLikeOptions(p.initializer, depth + 1);
      });
    }
    if (isIdentifier(a) || isPropertyAccessExpression(a)) {
      const name = isIdentifier(a) ? a.text : a.name.text;
      return OPTIONS_NAME.test(name) || SETTING_KEY.test(name);
    }
    return false;
  }

  // ---------------------------------------------------------------- symbols

  private withScope<T>(scope: Scope, body: () => T): T {
    this.scopes.push(scope);
    try {
      return body();
    } finally {
      this.scopes.pop();
    }
  }

  private lookup(name: string): Sym {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const get = this.scopes[i]!.get(name);
      if (get) return get();
    }
    return { t: 'global', name };
  }

  symOf(node: TS.Node): Sym {
    if (isAsExpression(node) && isTypeReferenceNode(node.type) && !(isIdentifier(node.type.typeName) && node.type.typeName.text === 'const')) {
      // `x as Redis`: the asserted type, where the expression itself says nothing.
      const inner = this.symOf(node.expression);
      const asserted = inner.t === 'unknown' ? this.typeSym(node.type) : undefined;
      return asserted && asserted.t !== 'literal' ? { t: 'param', name: '', type: asserted } : inner;
    }
    const e = unwrapExpression(node as TS.Expression);
    if (isIdentifier(e)) {
      const s = this.lookup(e.text);
      return s.t === 'global' && !IGNORED_GLOBALS.has(e.text) && e.text !== 'fetch' && e.text !== 'globalThis' ? { t: 'unknown', name: e.text } : s;
    }
    if (e.kind === SyntaxKind.ThisKeyword) {
      const self = this.lookup('this');
      return self.t === 'global' ? { t: 'this' } : self;
    }
    if (isPropertyAccessExpression(e)) {
      const of = this.symOf(e.expression);
      if (of.t === 'global' && of.name === 'globalThis') return { t: 'global', name: e.name.text };
      return { t: 'member', of, name: e.name.text };
    }
    if (isElementAccessExpression(e)) {
      const arg = unwrapExpression(e.argumentExpression);
      if (isStringLiteral(arg)) return { t: 'member', of: this.symOf(e.expression), name: arg.text };
      return { t: 'unknown' };
    }
    if (isCallExpression(e)) {
      if (e.expression.kind === SyntaxKind.ImportKeyword) return { t: 'unknown' };
      if (isIdentifier(e.expression) && e.expression.text === 'require' && e.arguments[0] && isStringLiteral(e.arguments[0])) {
        return { t: 'import', module: e.arguments[0].text, name: '*' };
      }
      return { t: 'call', of: this.symOf(e.expression), args: e.arguments.slice(0, 2).map((a) => this.argSym(a)) };
    }
    if (isNewExpression(e)) {
      const of = this.symOf(e.expression);
      return { t: 'new', of };
    }
    if (isObjectLiteralExpression(e)) {
      const props: Record<string, Sym> = {};
      const spreads: Sym[] = [];
      for (const p of e.properties) {
        if (isPropertyAssignment(p)) {
          const k = propertyName(p.name);
          if (k) props[k] = this.symOf(p.initializer);
        } else if (isShorthandPropertyAssignment(p)) props[p.name.text] = this.lookup(p.name.text);
        // `export default { ...prisma, rawQuery }`: what is not listed comes from the spread.
        else if (isSpreadAssignment(p)) spreads.push(this.symOf(p.expression));
      }
      const told = spreads.filter((s) => s.t !== 'unknown' && s.t !== 'literal');
      return told.length ? { t: 'object', props, spreads: told } : { t: 'object', props };
    }
    if (isArrayLiteralExpression(e)) return e.elements.some((x) => isSpreadElement(x)) ? { t: 'unknown' } : { t: 'array', count: e.elements.length };
    if (isNumericLiteral(e)) return { t: 'literal', value: Number(e.text) };
    if (isStringLiteral(e) || isNoSubstitutionTemplateLiteral(e)) return { t: 'literal', value: e.text };
    if (isTemplateExpression(e)) return { t: 'literal' };
    if (isBinaryExpression(e)) {
      if (e.operatorToken.kind === SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === SyntaxKind.BarBarToken) {
        // The singleton idiom `globalThis.prisma ?? new PrismaClient()`: either side may be the value.
        return either(this.symOf(e.left), this.symOf(e.right));
      }
      return { t: 'literal' };
    }
    if (isConditionalExpression(e)) return either(this.symOf(e.whenTrue), this.symOf(e.whenFalse));
    if (isArrowFunction(e) || isFunctionExpression(e)) return { t: 'unknown' };
    return { t: 'unknown' };
  }

  /** Arguments are kept only where they name something: AWS command classes, Prisma models, table names. */
  private argSym(arg: TS.Expression): Sym {
    const a = unwrapExpression(arg);
    if (isNewExpression(a) || isIdentifier(a) || isStringLiteral(a) || isPropertyAccessExpression(a)) return this.symOf(a);
    return { t: 'unknown' };
  }

  private span(node: TS.Node): Span {
    const start = this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf));
    const end = this.sf.getLineAndCharacterOfPosition(node.end);
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  }
}

/**
 * Whether a call can matter later: one on an import, a local function, `this`, a parameter...
 * A call on a free name can only ever count through the telling-names heuristic, so it is kept
 * only when its receiver's name tells (`cache.get`, `ctx.db.query`; not `items.push`, `res.json`).
 */
function interesting(sym: Sym, tellingNames: readonly RegExp[]): boolean {
  let s: Sym = sym;
  const names: string[] = [];
  while (s.t === 'member' || s.t === 'call' || s.t === 'new') {
    names.push(s.t === 'member' ? s.name : '()');
    s = s.of;
  }
  if (s.t === 'global') return s.name === 'fetch';
  if (s.t === 'literal' || s.t === 'array') return false;
  if (s.t !== 'unknown') return true;
  if (s.name) names.push(s.name);
  const receiver = names[1];
  return receiver !== undefined && receiver !== '()' && tellingNames.some((p) => p.test(receiver));
}

/** The calls of a fluent chain, outermost first: `a.b(x).c(y)` gives `c(y)`, then `a.b(x)`. */
function chainCalls(call: TS.CallExpression): TS.CallExpression[] {
  const out: TS.CallExpression[] = [call];
  let e: TS.Expression = call.expression;
  for (;;) {
    e = stripParens(e);
    if (isPropertyAccessExpression(e) || isElementAccessExpression(e)) e = e.expression;
    else if (isCallExpression(e)) {
      out.push(e);
      e = e.expression;
    } else return out;
  }
}

/** A concurrency limiter by its module (`import limiter from 'p-limit'; limiter(5)`), whatever its local name. */
function isLimiter(sym: Sym): boolean {
  let s = sym;
  while (s.t === 'member' || s.t === 'call' || s.t === 'new') s = s.of;
  return s.t === 'import' && LIMITERS.has(s.module);
}

function limiterModule(sym: Sym): string {
  let s = sym;
  while (s.t === 'member' || s.t === 'call' || s.t === 'new') s = s.of;
  return s.t === 'import' ? s.module : 'limiter';
}

/** The last name of a callee: `pLimit`, `race` in `Promise.race`, `Redis` in `new Redis`. */
function calleeName(expr: TS.Expression): string | undefined {
  const e = unwrapExpression(expr);
  if (isIdentifier(e)) return e.text;
  if (isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

/** An expression that gives a promise it does not wait for: a call (`load(x)`, `limit(() => load(x))`) or an async IIFE, not `await load(x)`. */
function isPromiseValue(arg: TS.Expression): boolean {
  let e = arg;
  while (isParenthesizedExpression(e) || isAsExpression(e) || isNonNullExpression(e)) e = e.expression;
  if (e.kind === SyntaxKind.AwaitExpression) return false;
  return isCallExpression(e);
}

/** A parameter that may hold a function: typed as one, or untyped with a callback's name (`fn`, `mapper`, `onItem`). */
function mayBeCallback(p: TS.ParameterDeclaration): boolean {
  if (p.type) return isFunctionTypeNode(p.type) || p.type.kind === SyntaxKind.AnyKeyword || (isTypeReferenceNode(p.type) && isIdentifier(p.type.typeName) && /^(Function|\w*(Fn|Func|Callback|Handler|Mapper|Task|Worker|Iteratee))$/.test(p.type.typeName.text));
  return isIdentifier(p.name) && /^(fn|cb|f|callback|mapper|handler|iteratee|iterator|task|worker|func|action|work|job|run|exec|visit|each|on[A-Z]\w*|\w+(Fn|Func|Callback|Handler|Mapper|Task))$/.test(p.name.text);
}

/** Initializers worth keeping as constants: literals, objects, arrays, arithmetic, names, calls. */
function isValueLike(init: TS.Expression): boolean {
  const e = unwrapExpression(init);
  return !(isArrowFunction(e) || isFunctionExpression(e) || isClassExpression(e));
}

function isMapCall(arg: TS.Expression): boolean {
  const a = unwrapExpression(arg);
  return isCallExpression(a) && isPropertyAccessExpression(a.expression) && a.expression.name.text === 'map';
}

/** `{ where: { id: { in: ids } } }`, `{ _id: { $in: ids } }`, `In(ids)`, `inArray(col, ids)`, `[Op.in]`. */
function hasInFilter(node: TS.Node, depth: number, sf: TS.SourceFile): boolean {
  if (depth > 4) return false;
  const n = unwrapExpression(node as TS.Expression);
  if (isObjectLiteralExpression(n)) {
    for (const p of n.properties) {
      if (p.name && isComputedPropertyName(p.name) && /\bOp\.in\b/.test(p.name.expression.getText(sf))) return true;
      const key = p.name && propertyName(p.name);
      if (key === 'in' || key === '$in') return true;
      if (isPropertyAssignment(p) && hasInFilter(p.initializer, depth + 1, sf)) return true;
    }
    return false;
  }
  if (isCallExpression(n)) {
    const name = isIdentifier(n.expression) ? n.expression.text : isPropertyAccessExpression(n.expression) ? n.expression.name.text : '';
    if (name === 'In' || name === 'inArray' || name === 'whereIn') return true;
  }
  if (isArrayLiteralExpression(n)) return n.elements.some((el) => hasInFilter(el, depth + 1, sf));
  return false;
}

/** Whether an identifier of this name appears in the node. */
function mentions(node: TS.Node, name: string): boolean {
  let found = false;
  const visit = (n: TS.Node): void => {
    if (found) return;
    if (isIdentifier(n) && n.text === name) found = true;
    else forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** Whether the loop body can leave the loop (a `break` or `return` not inside a nested function or loop). */
function exits(node: TS.Node): boolean {
  let found = false;
  const visit = (n: TS.Node): void => {
    if (found || ts.isSwitchStatement(n) || isArrowFunction(n) || isFunctionExpression(n) || isFunctionDeclaration(n) || isForOfStatement(n) || isForStatement(n) || isWhileStatement(n) || isDoStatement(n) || isForInStatement(n)) return;
    if (n.kind === SyntaxKind.BreakStatement || isReturnStatement(n)) found = true;
    else forEachChild(n, visit);
  };
  forEachChild(node, visit);
  return found;
}

function stripParens(expr: TS.Expression): TS.Expression {
  let e = expr;
  while (isParenthesizedExpression(e) || isNonNullExpression(e) || isAsExpression(e)) e = e.expression;
  return e;
}

export function unwrapExpression(expr: TS.Expression): TS.Expression {
  // A switch on kind: this runs for nearly every node, and each ts.isX test is a call.
  let e = expr;
  for (;;) {
    switch (e.kind) {
      case SyntaxKind.ParenthesizedExpression:
      case SyntaxKind.AsExpression:
      case SyntaxKind.NonNullExpression:
      case SyntaxKind.AwaitExpression:
      case SyntaxKind.TypeAssertionExpression:
      case SyntaxKind.SatisfiesExpression:
        e = (e as TS.ParenthesizedExpression).expression;
        continue;
      default:
        return e;
    }
  }
}

function propertyName(name: TS.PropertyName): string | undefined {
  if (isIdentifier(name) || isStringLiteral(name) || isNumericLiteral(name) || isPrivateIdentifier(name)) return name.text;
  return undefined;
}

function isExpressionNode(node: TS.Node): boolean {
  return isExpressionStatement(node) ? false : node.kind >= SyntaxKind.ArrayLiteralExpression && node.kind <= SyntaxKind.SatisfiesExpression;
}

function compact(text: string, max = 80): string {
  const one = (text.length > max * 4 ? text.slice(0, max * 4) : text).replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 3) + '...' : one;
}

/** `a || b`: a literal or an unknown side tells nothing, so the other stands alone; else both are kept. */
function either(a: Sym, b: Sym): Sym {
  const silent = (x: Sym) => x.t === 'unknown' || x.t === 'literal';
  if (silent(a)) return b;
  if (silent(b)) return a;
  return { t: 'either', options: [...(a.t === 'either' ? a.options : [a]), ...(b.t === 'either' ? b.options : [b])] };
}

/** The name a chain starts from: `given` in `given?.get(id)`, `given[id]`, `given.items`. */
function rootOf(expr: TS.Expression): TS.Expression {
  let e = unwrapExpression(expr);
  for (;;) {
    if (isPropertyAccessExpression(e) || isElementAccessExpression(e)) e = unwrapExpression(e.expression);
    else if (isCallExpression(e)) e = unwrapExpression(e.expression);
    else return e;
  }
}
