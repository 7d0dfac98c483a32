/**
 * Loops: statements and iteration calls as loop facts, and what bounds each one (a literal, the
 * pages, polls or retries it exists for, chunks, a pool of workers, or the request's data).
 */
import { own } from '../own.js';
import ts from '../../parse/typescript.js';
import type * as TS from 'typescript';
import { filledCount } from './fills.js';
import { givenParam } from './params.js';
import { lookup, symOf } from './symbols.js';
import { calleeName, compact, exits, mentions, propertyName, unwrapExpression } from './syntax.js';
import type { LoopBound, LoopFact, LoopKind, Sym } from './types.js';
import { initializerOf, valOf } from './values.js';
import type { FnContext, Walk } from './walk.js';

// TypeScript's CommonJS bundle exports through getters: bind what the walk uses once.
const { SyntaxKind, isNewExpression, getModifiers, isArrayLiteralExpression, isArrowFunction, isBinaryExpression, isCallExpression, isDoStatement, isForInStatement, isForOfStatement, isFunctionExpression, isIdentifier, isNumericLiteral, isObjectLiteralExpression, isPropertyAccessExpression, isPropertyAssignment, isShorthandPropertyAssignment, isSpreadElement, isStringLiteralLike, isVariableDeclarationList } = ts;

const ITERATION_METHODS: Record<string, LoopKind> = {
  map: 'map', forEach: 'forEach', flatMap: 'flatMap', filter: 'filter', reduce: 'reduce', reduceRight: 'reduce',
  some: 'some', every: 'every', find: 'find', findIndex: 'find', findLast: 'find', findLastIndex: 'find',
  each: 'forEach', eachSeries: 'forEach', mapSeries: 'map', mapValues: 'map', forOwn: 'forEach', times: 'map',
  eachLimit: 'forEach', mapLimit: 'map', forEachSeries: 'forEach', forEachLimit: 'forEach', flatMapDeep: 'flatMap',
  groupBy: 'other-callback', sortBy: 'other-callback', keyBy: 'other-callback', sumBy: 'other-callback', countBy: 'other-callback',
};

/** Iteration functions whose collection is the first argument: lodash, async, p-map, Bluebird. */
const COLLECTION_FIRST_LIBRARIES = new Set(['lodash', 'lodash-es', 'underscore', 'async', 'p-map', 'p-each-series', 'p-map-series', 'bluebird', 'ramda', 'radash']);

const PAGINATION = /\b(cursor|nextCursor|next_cursor|nextToken|NextToken|nextPageToken|pageToken|PageToken|hasMore|has_more|hasNextPage|hasNext|LastEvaluatedKey|ExclusiveStartKey|ContinuationToken|NextContinuationToken|NextMarker|Marker|startAfter|endCursor|page|pageNumber|pageIndex|offset|nextPage|next_page|paginat\w*)\b/;

/** Reading a cursor off a response: `res.cursor`, `data.nextPageToken`, `page.next_cursor`. */
const CURSOR_READ = new RegExp(`\\.${PAGINATION.source}`);

const RETRY = /\b(attempts?|attemptNumber|retr(y|ies|ied)\w*|tries|maxRetries|MAX_RETRIES|MAX_ATTEMPTS|retryCount|numRetries)\b/i;

const SLEEP = /\b(sleep|delay|wait|setTimeout|backoff|timers\.setTimeout|waitFor)\s*\(/;

/** Functions that split a collection into batches: lodash/radash `chunk`, ramda `splitEvery`, local `chunkArray`, `toBatches`. */
const CHUNKER = /^(chunk\w*|\w+Chunks?|splitEvery|splitIntoChunks|batch(es)?Of|inBatches|toBatches|intoBatches|split\w*Batch\w*)$/i;

/** Names that say they hold chunks: `chunks`, `messageIdChunks`, `chunkedIds`, `idBatches` (not `chunk`, one of them). */
const CHUNKS_NAME = /^(chunks|batches)$|^chunked|Chunks$|Batches$/;

/** Functions that partition a collection into groups: lodash/ramda `groupBy`, `Object.groupBy`, local `groupUsersBy`. */
const GROUPER = /^(groupBy|group[A-Z]\w*By)$/;

const PAGED_ITERABLE = /(paginat|pages\b|Pages\b|cursor|scan\w*Stream|iterate|Iterator\b)/;

/** Walks `body` inside `loop`, which joins the function's loops. */
export function inLoop(fn: FnContext, loop: LoopFact, body: () => void): void {
  fn.fact.loops.push(loop);
  fn.loopStack.push(fn.fact.loops.length - 1);
  body();
  fn.loopStack.pop();
}

export function forOfLoop(w: Walk, node: TS.ForOfStatement | TS.ForInStatement, fn?: FnContext): LoopFact {
  const isAwait = isForOfStatement(node) && !!node.awaitModifier;
  const kind: LoopKind = isForInStatement(node) ? 'for-in' : isAwait ? 'for-await' : 'for-of';
  const loop = loopFact(w, kind, node.expression, node, false, undefined, fn);
  loop.header = compact(w.sf.text.slice(node.getStart(w.sf), node.statement.getStart(w.sf))).replace(/\s*$/, '');
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

export function classicLoop(w: Walk, node: TS.ForStatement): LoopFact {
  const cond = node.condition ? compact(node.condition.getText(w.sf)) : 'true';
  const init = node.initializer ? compact(node.initializer.getText(w.sf)) : '';
  const loop = loopFact(w, 'for', node.condition ?? (node as unknown as TS.Expression), node, false, undefined);
  loop.header = compact(w.sf.text.slice(node.getStart(w.sf), node.statement.getStart(w.sf))).replace(/\s*$/, '');
  loop.over = cond;
  delete loop.count;
  loop.bound = 'unbounded';
  const bound = node.condition && isBinaryExpression(node.condition) ? unwrapExpression(node.condition.right) : undefined;
  // `i < items.length`, or through a local that holds it (`const total = items.length; i < total`).
  const boundInit = bound && isIdentifier(bound) ? initializerOf(w, bound.text) : undefined;
  const lengthOf = /\b([\w$.]+)\.(length|size)\b/.exec(cond) ?? (boundInit ? /^([\w$.]+)\.(length|size)$/.exec(compact(boundInit.getText(w.sf))) : null);
  // `i < chunks.length` over chunks, or `i += BATCH_SIZE` over the items or up to a total: one round per chunk.
  const chunked = (!!bound && isPropertyAccessExpression(bound) && isChunks(w, bound.expression, 0)) || steps(w, node.incrementor);
  if (lengthOf) loop.over = lengthOf[1]!;
  else if (node.condition && isBinaryExpression(node.condition)) {
    const n = numberOf(w, node.condition.right);
    if (n !== undefined) {
      loop.bound = 'literal';
      loop.count = n;
    }
  }
  if (node.condition && isBinaryExpression(node.condition) && /^<=?$/.test(node.condition.operatorToken.getText(w.sf))) loop.limit = valOf(w, node.condition.right, 0);
  const header = `${init} ${cond}`;
  // A counter stepping a batch at a time is one round per batch, whatever bounds it (a length, a
  // counted total); a literal bound stays a literal count.
  if (chunked && (lengthOf || loop.bound !== 'literal')) loop.bound = 'chunked';
  else if (loop.bound === 'literal' && followsCursor(w, node.statement)) loop.pages = true;
  else if (RETRY.test(header)) loop.bound = 'retry';
  else if (!lengthOf && PAGINATION.test(header)) loop.bound = 'paginated';
  else if (!node.condition || cond === 'true') loop.bound = repeatBound(w, node.statement, cond);
  if (loop.bound === 'retry') retryDetails(w, loop, node.statement);
  return loop;
}

export function conditionLoop(w: Walk, node: TS.WhileStatement | TS.DoStatement): LoopFact {
  const cond = compact(node.expression.getText(w.sf));
  const loop = loopFact(w, isDoStatement(node) ? 'do' : 'while', node.expression, node, false, undefined);
  delete loop.count;
  loop.over = cond;
  loop.header = isDoStatement(node) ? `do ... while (${cond})` : `while (${cond})`;
  // A worklist (`while (queue.length)`, `while ((x = stack.pop()))`) runs once per item.
  const worklist = /(\.length|\.size)\b|\.(pop|shift)\(\)/.exec(cond);
  loop.bound = worklist ? 'unbounded' : repeatBound(w, node.statement, cond);
  if (loop.bound === 'unknown' && reassignsCondition(w, node.statement, cond)) loop.bound = 'paginated';
  if (loop.bound === 'retry') {
    retryDetails(w, loop, node.statement);
    if (isBinaryExpression(node.expression) && /^<=?$/.test(node.expression.operatorToken.getText(w.sf))) loop.limit = valOf(w, node.expression.right, 0);
  }
  if (worklist) {
    const m = /([\w$.]+?)(?:\.length|\.size|\.pop\(\)|\.shift\(\))/.exec(cond);
    if (m) loop.over = m[1]!;
  }
  return loop;
}

/** A cheap test by name before the full one: most calls are not iterations. */
export function mayIterate(callee: TS.Expression, method: string | undefined): boolean {
  if (method) return Object.hasOwn(ITERATION_METHODS, method) || method === 'from' || method === 'pMap';
  return isIdentifier(callee) && (Object.hasOwn(ITERATION_METHODS, callee.text) || /^(pMap|map|each|forEach|filter|mapSeries|pEachSeries|pMapSeries)$/.test(callee.text));
}

/** Recognizes `xs.map(cb)`, `_.map(xs, cb)`, `pMap(xs, cb, { concurrency })`, `Array.from(xs, cb)`. */
export function iterationOf(w: Walk, call: TS.CallExpression, callee: TS.Expression, method: string | undefined, receiver: TS.Expression | undefined, fn?: FnContext): { loop: LoopFact; callbackIndex: number; collectionIsReceiver: boolean } | undefined {
  const args = call.arguments;
  const isFn = (a: TS.Expression | undefined) => {
    if (!a) return false;
    const u = unwrapExpression(a);
    if (isArrowFunction(u) || isFunctionExpression(u)) return true;
    // A reference to a function: `items.map(loadUser)`, `items.forEach(this.process)`.
    const s = symOf(w, u);
    if (s.t === 'fn') return true;
    if (s.t === 'member') return s.of.t === 'this' || (s.of.t === 'import' && s.of.module.startsWith('.'));
    return s.t === 'import' && s.module.startsWith('.');
  };
  // Library style: collection first, callback second (or third for mapLimit).
  const libraryFn = collectionFirstFunction(w, callee);
  if (libraryFn) {
    const cbIndex = args.findIndex((a, i) => i > 0 && isFn(a));
    if (cbIndex > 0 && args[0]) {
      const limitArg = /Limit$/.test(libraryFn.name) ? args[1] : undefined;
      const optArg = args[cbIndex + 1];
      const concurrency = limitArg ? compact(limitArg.getText(w.sf)) : optArg ? concurrencyOption(w, optArg) : undefined;
      const parallel = libraryFn.parallel && !/Series$/.test(libraryFn.name);
      const loop = loopFact(w, own(ITERATION_METHODS, libraryFn.name) ?? (libraryFn.module === 'p-map' ? 'map' : 'other-callback'), args[0], call, parallel, concurrency, fn);
      return { loop, callbackIndex: cbIndex, collectionIsReceiver: false };
    }
  }
  // own(): `value.toLocaleString(...)` must not find Object.prototype's function (a loop kind that is a function).
  const iteration = method ? own(ITERATION_METHODS, method) : undefined;
  if (method && receiver && iteration && isFn(args[0])) {
    const cb = args[0] ? unwrapExpression(args[0]) : undefined;
    const asyncCb = !!cb && (isArrowFunction(cb) || isFunctionExpression(cb)) && !!getModifiers(cb)?.some((m) => m.kind === SyntaxKind.AsyncKeyword);
    const parallel = w.parallelCallbacks.has(call) || (asyncCb && method !== 'reduce' && method !== 'reduceRight');
    const kind = iteration;
    if (isIdentifier(receiver) && /^(Promise|Bluebird)$/.test(receiver.text)) return undefined;
    return { loop: loopFact(w, kind, receiver, call, parallel, w.limitedCallbacks.get(call), fn), callbackIndex: 0, collectionIsReceiver: true };
  }
  if (method === 'from' && receiver && isIdentifier(receiver) && receiver.text === 'Array' && args.length >= 2 && isFn(args[1])) {
    return { loop: loopFact(w, 'map', args[0]!, call, w.parallelCallbacks.has(call), w.limitedCallbacks.get(call), fn), callbackIndex: 1, collectionIsReceiver: false };
  }
  return undefined;
}

function collectionFirstFunction(w: Walk, callee: TS.Expression): { name: string; module: string; parallel: boolean } | undefined {
  let name: string | undefined;
  let sym: Sym;
  if (isPropertyAccessExpression(callee)) {
    name = callee.name.text;
    sym = symOf(w, unwrapExpression(callee.expression));
  } else if (isIdentifier(callee)) {
    name = callee.text;
    sym = symOf(w, callee);
  } else return undefined;
  if (sym.t !== 'import' || !COLLECTION_FIRST_LIBRARIES.has(sym.module.replace(/\/.*$/, ''))) return undefined;
  if (isIdentifier(callee)) name = sym.name === 'default' || sym.name === '*' ? sym.module.replace(/^.*\//, '') : sym.name;
  if (!name) return undefined;
  const known = own(ITERATION_METHODS, name) || sym.module === 'p-map' || /^(map|each|forEach|filter|mapSeries|pMap)$/.test(name);
  if (!known) return undefined;
  const parallel = sym.module === 'p-map' || sym.module === 'async' || sym.module === 'bluebird';
  return { name: name === 'p-map' ? 'map' : name, module: sym.module, parallel };
}

function concurrencyOption(w: Walk, arg: TS.Expression): string | undefined {
  const o = unwrapExpression(arg);
  if (!isObjectLiteralExpression(o)) return undefined;
  for (const p of o.properties) {
    if (isPropertyAssignment(p) && propertyName(p.name) === 'concurrency') return compact(p.initializer.getText(w.sf));
    if (isShorthandPropertyAssignment(p) && p.name.text === 'concurrency') return 'concurrency';
  }
  return undefined;
}

/** The loop over `collection`, bounded by what the code says of it (a literal count, a pool, chunks, a default list). */
function loopFact(w: Walk, kind: LoopKind, collection: TS.Expression, node: TS.Node, parallel: boolean, concurrency: string | undefined, fn?: FnContext): LoopFact {
  const over = compact(collection.getText(w.sf));
  const { line, character } = w.sf.getLineAndCharacterOfPosition(node.getStart(w.sf));
  const count = literalCount(w, collection);
  const loop: LoopFact = {
    kind, over, bound: count !== undefined ? 'literal' : 'unbounded', parallel, line: line + 1, column: character + 1,
    header: isCallExpression(node) ? `${compact(node.expression.getText(w.sf))}(...)` : over,
  };
  const cap = count === undefined ? capOf(w, collection) : undefined;
  const pushes = count === undefined && !cap ? pushedCount(w, collection, fn) : undefined;
  const pool = count === undefined && !cap && !pushes ? poolSize(w, collection) : undefined;
  if (count !== undefined) loop.count = count;
  else if (pushes) {
    loop.bound = 'literal';
    loop.count = pushes;
    loop.pushes = true;
  } else if (cap) {
    loop.bound = 'literal';
    loop.count = cap.count;
    loop.capped = cap.text;
  }
  else if (pool) {
    loop.bound = 'pool';
    concurrency ??= pool;
  } else if (isChunks(w, collection, 0)) loop.bound = 'chunked';
  else {
    const grouped = groupsOf(w, collection, 0);
    if (grouped) {
      loop.bound = 'chunked';
      loop.groups = true;
      loop.over = compact(grouped.getText(w.sf));
    }
  }
  if (loop.bound === 'unbounded' || loop.bound === 'literal') domainOf(w, collection, loop);
  if (loop.bound === 'unbounded' && !loop.domain) keysOfConstant(w, collection, loop);
  if (loop.bound === 'unbounded') {
    const param = givenParam(w, collection);
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
function domainOf(w: Walk, collection: TS.Expression, loop: LoopFact): void {
  const e = unwrapExpression(collection);
  if (!isIdentifier(e)) return;
  let init: TS.Expression | undefined;
  for (let i = w.scopes.length - 1; i >= 0 && !init; i--) {
    const get = w.scopes[i]!.get(e.text);
    if (get) {
      init = w.defaultOf.get(get);
      break;
    }
  }
  if (!init) return;
  const count = constantList(w, init, 0);
  if (count !== undefined) {
    loop.bound = 'literal';
    loop.count = count;
    loop.ofDefault = compact(init.getText(w.sf), 40);
    return;
  }
  const d = unwrapExpression(init);
  if (isIdentifier(d) || isPropertyAccessExpression(d)) {
    loop.domain = valOf(w, d, 0);
    loop.ofDefault = compact(d.getText(w.sf), 40);
  }
}

/**
 * `Object.values(DEMO_IDS)`, `Object.keys(Region)` of an object declared elsewhere (an imported
 * constant, an enum-like object): as many items as it has properties, once `domain` is resolved.
 */
function keysOfConstant(w: Walk, collection: TS.Expression, loop: LoopFact): void {
  const e = unwrapExpression(collection);
  if (!isCallExpression(e) || !isPropertyAccessExpression(e.expression) || !/^(keys|values|entries)$/.test(e.expression.name.text)) return;
  const on = unwrapExpression(e.expression.expression);
  const target = e.arguments[0] && unwrapExpression(e.arguments[0]);
  if (!isIdentifier(on) || on.text !== 'Object' || e.arguments.length !== 1 || !target) return;
  if (!isIdentifier(target) && !(isPropertyAccessExpression(target) && isIdentifier(target.expression))) return;
  // Only a name of the module's scope (an import or a module constant): a local or a parameter holds data.
  const root = isIdentifier(target) ? target.text : (target.expression as TS.Identifier).text;
  for (let i = w.scopes.length - 1; i > 0; i--) if (w.scopes[i]!.has(root)) return;
  if (!w.scopes[0]?.has(root)) return;
  loop.domain = valOf(w, target, 0);
  loop.domainKeys = true;
}

/** The length of a list of at least two constants (`['active', 'failed']`, `[Status.A, Status.B]`), here or in a local constant. */
function constantList(w: Walk, expr: TS.Expression, depth: number): number | undefined {
  const e = unwrapExpression(expr);
  if (isArrayLiteralExpression(e)) {
    const constants = e.elements.every((x) => {
      const u = unwrapExpression(x);
      return isStringLiteralLike(u) || isNumericLiteral(u) || (isPropertyAccessExpression(u) && isIdentifier(u.expression));
    });
    return constants && e.elements.length >= 2 ? e.elements.length : undefined;
  }
  if (isIdentifier(e) && depth < 3) {
    const init = initializerOf(w, e.text);
    return init ? constantList(w, init, depth + 1) : undefined;
  }
  return undefined;
}

/**
 * The size of a pool of workers: `Array.from({ length: Math.min(concurrency, items.length) }, worker)`,
 * `{ length: WORKERS }`. Each worker drains a shared worklist, so the pool visits each item once.
 */
function poolSize(w: Walk, expr: TS.Expression): string | undefined {
  const e = unwrapExpression(expr);
  if (!isObjectLiteralExpression(e)) return undefined;
  const len = e.properties.find((p) => isPropertyAssignment(p) && propertyName(p.name) === 'length');
  if (!len || !isPropertyAssignment(len)) return undefined;
  const text = compact(len.initializer.getText(w.sf));
  return /Math\.min\(|concurren|parallel|workers?\b|Workers|pool|threads|limit/i.test(text) ? text : undefined;
}

/** A collection of chunks: `chunk(ids, 100)`, `_.chunk(...)`, or a local name bound to one or named so. */
function isChunks(w: Walk, expr: TS.Expression, depth: number): boolean {
  const e = unwrapExpression(expr);
  if (isCallExpression(e)) {
    const name = calleeName(e.expression);
    return !!name && CHUNKER.test(name) && e.arguments.length >= 1;
  }
  if (isIdentifier(e)) {
    if (CHUNKS_NAME.test(e.text)) return true;
    if (depth > 2) return false;
    const init = initializerOf(w, e.text);
    return !!init && isChunks(w, init, depth + 1);
  }
  return false;
}

/**
 * The groups of a partition: `groupBy(items, key)` (lodash, ramda, `Object.groupBy`, `Map.groupBy`), its
 * `Object.entries`/`values`/`keys`, `.entries()`/`.values()` of a grouped Map, or a binding of one. A loop over
 * them is per group, a factor of no degree like a loop over chunks: the items are visited once across the groups.
 */
function groupsOf(w: Walk, expr: TS.Expression, depth: number): TS.Expression | undefined {
  const e = unwrapExpression(expr);
  if (isCallExpression(e)) {
    const name = calleeName(e.expression);
    const first = e.arguments[0];
    // `groupBy(items, key)`, `Object.groupBy(items, key)`; a method form (`items.groupBy(key)`) groups its receiver.
    if (name && GROUPER.test(name) && first) return e.arguments.length === 1 && isPropertyAccessExpression(e.expression) ? e.expression.expression : first;
    if (isPropertyAccessExpression(e.expression) && /^(entries|values|keys)$/.test(e.expression.name.text)) {
      const target = first && isIdentifier(e.expression.expression) && e.expression.expression.text === 'Object' ? first : e.arguments.length === 0 ? e.expression.expression : undefined;
      return target && groupsOf(w, target, depth);
    }
    return undefined;
  }
  if (isIdentifier(e) && depth <= 2) {
    const init = initializerOf(w, e.text);
    return init && groupsOf(w, init, depth + 1);
  }
  return undefined;
}

/** How many elements a collection has when the code says so: `[a, b]`, `const REGIONS = [...]`, `Array.from({ length: 3 })`. */
function literalCount(w: Walk, expr: TS.Expression, depth = 0): number | undefined {
  const e = unwrapExpression(expr);
  // What keeps at most the elements of a literal list keeps its bound: `[a, b].filter(Boolean)`,
  // `Array.from(new Set([a, b]))`, `[...new Set(list)]`, `list.slice(1)`.
  const within = subsetOf(e);
  if (within) return literalCount(w, within, depth);
  if (isArrayLiteralExpression(e)) return e.elements.some((x) => isSpreadElement(x)) ? undefined : e.elements.length;
  if (isIdentifier(e)) {
    // An empty list (`const out = []`, a parameter's `= []` default) is filled later or by callers: it bounds nothing.
    const s = lookup(w, e.text);
    if (s.t === 'array' && s.count > 0) return s.count;
    // A local made from a literal list (`const ids = [a?.id, b?.id].filter(Boolean)`).
    const init = depth < 3 ? initializerOf(w, e.text) : undefined;
    if (init && subsetOf(unwrapExpression(init))) return literalCount(w, init, depth + 1);
  }
  if (isObjectLiteralExpression(e)) {
    const len = e.properties.find((p) => isPropertyAssignment(p) && propertyName(p.name) === 'length');
    if (len && isPropertyAssignment(len)) return numberOf(w, len.initializer);
  }
  if (isCallExpression(e) && isPropertyAccessExpression(e.expression) && /^(keys|values|entries)$/.test(e.expression.name.text) && e.arguments[0]) {
    const target = unwrapExpression(e.arguments[0]);
    if (isObjectLiteralExpression(target)) return target.properties.length;
    if (isIdentifier(target)) {
      const s = lookup(w, target.text);
      if (s.t === 'object') return Object.keys(s.props).length;
    }
  }
  return undefined;
}

/** A local list this function made empty and filled by a bounded number of pushes, directly or kept a subset of. */
function pushedCount(w: Walk, collection: TS.Expression, fn: FnContext | undefined, depth = 0): number | undefined {
  const e = unwrapExpression(collection);
  const within = subsetOf(e);
  if (within && depth < 3) return pushedCount(w, within, fn, depth + 1);
  return isIdentifier(e) ? filledCount(w, e.text, fn) : undefined;
}

/**
 * A list cut to a stated size, directly or through a local made from one and kept a subset of
 * (`ids.slice(0, MAX_IDS)`, `const batch = pending.filter(f).slice(0, 50)`): at most that many
 * elements, whatever the list it was cut from holds.
 */
function capOf(w: Walk, expr: TS.Expression, depth = 0): { count: number; text: string } | undefined {
  const e = unwrapExpression(expr);
  if (isCallExpression(e) && isPropertyAccessExpression(e.expression) && e.expression.name.text === 'slice' && e.arguments.length === 2) {
    const start = numberOf(w, e.arguments[0]!);
    const end = numberOf(w, e.arguments[1]!);
    if (start !== undefined && end !== undefined && end > start && start >= 0) return { count: end - start, text: compact(e.arguments[1]!.getText(w.sf)) };
  }
  // The rows of a query that asks for at most N: `findMany({ take: 2 })`, `findAll({ limit: 50 })`, `.find(q).limit(10)`.
  const rows = queryCap(w, e);
  if (rows) return rows;
  const within = subsetOf(e);
  if (within) return capOf(w, within, depth);
  if (isIdentifier(e) && depth < 3) {
    const init = initializerOf(w, e.text);
    if (init) return capOf(w, init, depth + 1);
  }
  return undefined;
}

const QUERY_METHOD = /^(find\w*|select\w*|query|list\w*|search\w*|fetch\w*|get\w*s)$/;
const CAP_KEY = /^(take|limit|first|top|maxResults|pageSize)$/;

function queryCap(w: Walk, e: TS.Expression): { count: number; text: string } | undefined {
  if (!isCallExpression(e) || !isPropertyAccessExpression(e.expression)) return undefined;
  const method = e.expression.name.text;
  // `.limit(10)` chained to a query.
  if (method === 'limit' && e.arguments.length === 1 && isCallExpression(unwrapExpression(e.expression.expression))) {
    const n = numberOf(w, e.arguments[0]!);
    return n !== undefined && n > 0 ? { count: n, text: compact(e.arguments[0]!.getText(w.sf)) } : undefined;
  }
  if (!QUERY_METHOD.test(method)) return undefined;
  for (const arg of e.arguments) {
    const a = unwrapExpression(arg);
    if (!isObjectLiteralExpression(a)) continue;
    for (const p of a.properties) {
      if (!isPropertyAssignment(p) || !CAP_KEY.test(propertyName(p.name) ?? '')) continue;
      const n = numberOf(w, p.initializer);
      if (n !== undefined && n > 0) return { count: n, text: compact(p.initializer.getText(w.sf)) };
    }
  }
  return undefined;
}

/** The list an expression keeps a subset of (filtered, deduplicated, copied, sliced), or undefined. */
function subsetOf(e: TS.Expression): TS.Expression | undefined {
  if (isCallExpression(e) && isPropertyAccessExpression(e.expression)) {
    const method = e.expression.name.text;
    const on = unwrapExpression(e.expression.expression);
    if (/^(filter|slice)$/.test(method)) return on;
    // (`Array.from({ length: n })` is a counted loop, read as such where loops are classified.)
    if (method === 'from' && isIdentifier(on) && on.text === 'Array' && e.arguments.length === 1 && !isObjectLiteralExpression(unwrapExpression(e.arguments[0]!))) return e.arguments[0];
  }
  if (isNewExpression(e) && isIdentifier(e.expression) && e.expression.text === 'Set' && e.arguments?.length === 1) return e.arguments[0];
  if (isArrayLiteralExpression(e) && e.elements.length === 1 && isSpreadElement(e.elements[0]!)) return e.elements[0].expression;
  return undefined;
}

function numberOf(w: Walk, expr: TS.Expression): number | undefined {
  const e = unwrapExpression(expr);
  if (isNumericLiteral(e)) return Number(e.text);
  if (isIdentifier(e)) {
    const s = lookup(w, e.text);
    if (s.t === 'literal' && typeof s.value === 'number') return s.value;
  }
  return undefined;
}

/** The body sets a cursor or page variable (`cursor = res.cursor`, `pageToken = data.next`): it fetches page after page. */
function followsCursor(w: Walk, body: TS.Node): boolean {
  const text = w.sf.text.slice(body.pos, body.end);
  // `cursor = ...`, or any name set from a cursor the response carries (`next = data.cursor`).
  for (const m of text.matchAll(/(?:^|[^.\w$])([A-Za-z_$][\w$]*)\s*(?:=|\?\?=|\|\|=)(?!=)([^;\n]*)/g)) {
    if ((PAGINATION.test(m[1]!) && !/^(page|offset)$/.test(m[1]!)) || CURSOR_READ.test(m[2]!)) return true;
  }
  return false;
}

/** `i += 100`, `i += BATCH_SIZE`, `i = i + size`: a counter that steps over a batch at a time. */
function steps(w: Walk, incrementor: TS.Expression | undefined): boolean {
  if (!incrementor) return false;
  const e = unwrapExpression(incrementor);
  if (!isBinaryExpression(e)) return false;
  let step: TS.Expression | undefined;
  if (e.operatorToken.kind === SyntaxKind.PlusEqualsToken) step = e.right;
  else if (e.operatorToken.kind === SyntaxKind.EqualsToken && isBinaryExpression(unwrapExpression(e.right))) {
    const r = unwrapExpression(e.right) as TS.BinaryExpression;
    if (r.operatorToken.kind === SyntaxKind.PlusToken && r.left.getText(w.sf) === e.left.getText(w.sf)) step = r.right;
  }
  if (!step) return false;
  const n = numberOf(w, step);
  if (n !== undefined) return n > 1;
  const u = unwrapExpression(step);
  return (isIdentifier(u) || isPropertyAccessExpression(u)) && /size|chunk|batch|step|page|limit|per/i.test(u.getText(w.sf));
}

/**
 * `while (url) { ...; url = next(res) }`: the loop follows a link or cursor it gets from each
 * round trip, so it repeats I/O by design.
 */
function reassignsCondition(w: Walk, body: TS.Node, cond: string): boolean {
  const text = w.sf.text.slice(body.pos, body.end);
  for (const name of cond.match(/[A-Za-z_$][\w$]*/g) ?? []) {
    if (/^(true|false|null|undefined|typeof|void)$/.test(name)) continue;
    if (new RegExp(`(^|[^.\\w$])${name.replace(/\$/g, '\\$')}\\s*(=|\\?\\?=|\\|\\|=)(?!=)`).test(text)) return true;
  }
  return false;
}

function retryDetails(w: Walk, loop: LoopFact, body: TS.Node): void {
  const text = w.sf.text.slice(body.pos, body.end);
  loop.sleeps = SLEEP.test(text);
  loop.jitter = /Math\.random|jitter/i.test(text);
  const tests = catchTests(w, body);
  if (tests?.length) loop.retryOn = [...new Set(tests)].join(' or ');
}

/**
 * The tests that decide which errors a retry loop retries: every `catch` in its body (outside nested
 * functions) begins by rethrowing the errors that fail one (`if (!isDuplicateKeyError(e)) throw e;`,
 * `if (!(e instanceof CasConflictError)) throw e;`, or `if (isRetryable(e)) continue; throw e;`).
 * Undefined when some `catch` retries whatever it caught, or there is none.
 */
function catchTests(w: Walk, body: TS.Node): string[] | undefined {
  const out: string[] = [];
  let open = false;
  const visit = (n: TS.Node): void => {
    if (open || ts.isFunctionLike(n)) return;
    if (ts.isCatchClause(n)) {
      const test = selectiveTest(w, n);
      if (test) out.push(test);
      else open = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  return open ? undefined : out;
}

function selectiveTest(w: Walk, clause: TS.CatchClause): string | undefined {
  const [first, second] = clause.block.statements;
  if (!first || !ts.isIfStatement(first)) return undefined;
  const throws = (s: TS.Statement | undefined) => !!s && (ts.isThrowStatement(s) || (ts.isBlock(s) && s.statements.length > 0 && ts.isThrowStatement(s.statements[s.statements.length - 1]!)));
  const cond = unwrapExpression(first.expression);
  // A test of the error itself, not of the attempt count (`if (attempt === max) throw e` retries everything).
  const name = clause.variableDeclaration && isIdentifier(clause.variableDeclaration.name) ? clause.variableDeclaration.name.text : undefined;
  if (!name || !mentions(cond, name)) return undefined;
  // `if (ok(e)) { tries++; ... } else { throw e }`: retried only when ok(e).
  if (first.elseStatement) return throws(first.elseStatement) && !throws(first.thenStatement) ? compact(cond.getText(w.sf), 160) : undefined;
  // `if (!ok(e)) throw e;`: what is left is retried only when ok(e).
  if (throws(first.thenStatement)) {
    return ts.isPrefixUnaryExpression(cond) && cond.operator === SyntaxKind.ExclamationToken ? compact(unwrapExpression(cond.operand).getText(w.sf), 60) : `not ${compact(cond.getText(w.sf), 60)}`;
  }
  // `if (ok(e)) continue; throw e;`
  const continues = (s: TS.Statement) => ts.isContinueStatement(s) || (ts.isBlock(s) && s.statements.some((x) => ts.isContinueStatement(x)));
  if (continues(first.thenStatement) && throws(second)) return compact(cond.getText(w.sf), 60);
  return undefined;
}

/**
 * A function that calls itself to try again, as a retry loop: `await this.initialize(attempt + 1)`
 * with `if (attempt > MAX) throw ...` is bounded by MAX; `await this.initialize()` with nothing
 * that changes repeats until it succeeds. A call that passes anything else (a child node, a rest
 * of a list) is recursion over data, not a retry.
 */
export function selfRetry(w: Walk, call: TS.CallExpression, fn: FnContext): LoopFact | undefined {
  const node = fn.decl;
  const own = node?.name && isIdentifier(node.name) ? node.name.text : undefined;
  if (!own || fn.fact.kind === 'callback' || !('body' in node!) || !node!.body) return undefined;
  const callee = unwrapExpression(call.expression);
  const name = isPropertyAccessExpression(callee) && callee.expression.kind === SyntaxKind.ThisKeyword ? callee.name.text : isIdentifier(callee) ? callee.text : undefined;
  if (name !== own) return undefined;
  const params = new Set(node!.parameters.flatMap((p) => (isIdentifier(p.name) ? [p.name.text] : [])));
  let counter: string | undefined;
  for (const arg of call.arguments) {
    const a = unwrapExpression(arg);
    if (isBinaryExpression(a) && a.operatorToken.kind === SyntaxKind.PlusToken && isIdentifier(a.left) && params.has(a.left.text) && isNumericLiteral(a.right) && a.right.text === '1') counter = a.left.text;
    else if (!(isIdentifier(a) && params.has(a.text))) return undefined;
  }
  const { line, character } = w.sf.getLineAndCharacterOfPosition(call.getStart(w.sf));
  const text = compact(call.getText(w.sf));
  const loop: LoopFact = { kind: 'other-callback', over: text, bound: 'retry', parallel: false, line: line + 1, column: character + 1, header: text, recursive: true };
  if (!counter) return loop;
  // `if (attempt > MAX) throw`, `if (attempt >= MAX) return`: the counter's bound.
  const body = node!.body as TS.Node;
  const visit = (n: TS.Node): void => {
    if (loop.limit || (n !== body && ts.isFunctionLike(n))) return;
    if (isBinaryExpression(n) && /^[<>]=?$/.test(n.operatorToken.getText(w.sf))) {
      const other = isIdentifier(n.left) && n.left.text === counter ? n.right : isIdentifier(n.right) && n.right.text === counter ? n.left : undefined;
      if (other) loop.limit = valOf(w, other, 0);
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  return loop;
}

/** Loops that exist to repeat I/O: retrying, polling, following pages. Not N+1. */
function repeatBound(w: Walk, body: TS.Node, cond: string): LoopBound {
  const text = w.sf.text.slice(body.pos, body.end);
  if (RETRY.test(cond) || (RETRY.test(text) && /\bcatch\b/.test(text))) return 'retry';
  if (PAGINATION.test(cond) || PAGINATION.test(text)) return 'paginated';
  if (SLEEP.test(text)) return 'polling';
  return 'unknown';
}
