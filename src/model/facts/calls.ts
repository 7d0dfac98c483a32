/**
 * Call facts: which calls are kept, the chains and parallel or limited callbacks around them, and
 * what a call adds about higher-order functions (the parameter it invokes, the callbacks it sits in).
 */
import ts from '../../parse/typescript.js';
import { LIMITER_MODULES } from '../../catalog/limiters.js';
import type * as TS from 'typescript';
import { givenArguments, paramOf } from './params.js';
import { symOf } from './symbols.js';
import { initializerOf, valOf } from './values.js';
import { chainCalls, compact, hasInFilter, isMapCall, isPromiseValue, stripParens, unwrapExpression } from './syntax.js';
import type { CallFact, CallbackRef, Sym } from './types.js';
import { type FnContext, type Walk, marked } from './walk.js';

// TypeScript's CommonJS bundle exports through getters: bind what the walk uses once.
const { isArrayLiteralExpression, isArrowFunction, isCallExpression, isFunctionExpression, isIdentifier, isObjectLiteralExpression, isPropertyAccessExpression, isSpreadElement } = ts;

const PARALLEL_COMBINATORS = new Set(['all', 'allSettled', 'any', 'race']);

/** Reading a response body is part of the request (`got(url).json()`, `ky.get(url).text()`). */
const BODY_READERS = new Set(['json', 'text', 'buffer', 'blob', 'arrayBuffer', 'formData']);

/** Concurrency limiters by module: the catalog's list. */
const LIMITERS: ReadonlySet<string> = new Set(LIMITER_MODULES);

/** `x.then(...)` is not the I/O: the call that made `x` is; nor is reading its body (`res.json()`). */
export function isPromiseLink(method: string | undefined): boolean {
  return method === 'then' || method === 'catch' || method === 'finally' || (method !== undefined && BODY_READERS.has(method));
}

/**
 * What a call tells about the calls around it: which inner links of its chain are not effects of
 * their own, which callbacks run at once (`Promise.all(xs.map(...))`, a p-queue's `addAll`), and
 * which promises a loop collects for a later `Promise.all`.
 */
export function noteCallContext(w: Walk, call: TS.CallExpression, callee: TS.Expression, method: string | undefined, receiver: TS.Expression | undefined, promiseLink: boolean, fn: FnContext): void {
  // Only a direct link chains: in `(await fetch(u)).json()` the fetch is awaited first and stays an effect.
  const directReceiver = isPropertyAccessExpression(callee) ? stripParens(callee.expression) : undefined;
  if (directReceiver && isCallExpression(directReceiver) && !promiseLink) w.chained.add(directReceiver);

  // Promise.all(xs.map(...)), Promise.all([...xs.map(...), ...ys.map(...)]): the mapped callbacks run at once.
  if (method && PARALLEL_COMBINATORS.has(method) && receiver && isIdentifier(receiver) && /^(Promise|Bluebird|P)$/.test(receiver.text)) {
    for (const arg of call.arguments) {
      const a = unwrapExpression(arg);
      if (isCallExpression(a)) w.parallelCallbacks.add(a);
      else if (isArrayLiteralExpression(a)) {
        for (const el of a.elements) {
          const x = unwrapExpression(isSpreadElement(el) ? el.expression : el);
          if (isCallExpression(x)) w.parallelCallbacks.add(x);
          else if (isIdentifier(x)) awaitedTogether(w, x, fn);
        }
      } else if (isIdentifier(a)) awaitedTogether(w, a, fn);
    }
  }
  // `queue.addAll(xs.map((x) => () => load(x)))` on a p-queue: the tasks run at once, as many as the queue allows.
  if (method === 'addAll' && receiver && isLimiter(symOf(w, receiver))) {
    const a = call.arguments[0] && unwrapExpression(call.arguments[0]);
    if (a && isCallExpression(a)) {
      w.parallelCallbacks.add(a);
      w.limitedCallbacks.set(a, limiterModule(symOf(w, receiver)));
    }
  }
  // `ps.push(load(x))` in a loop, the promise not awaited: remembered for a Promise.all over `ps`.
  if (method === 'push' && receiver && isIdentifier(receiver) && fn.loopStack.length && call.arguments.some((a) => isPromiseValue(a))) {
    fn.pushedIn ??= new Map();
    const list = fn.pushedIn.get(receiver.text) ?? [];
    list.push(fn.loopStack[fn.loopStack.length - 1]!);
    fn.pushedIn.set(receiver.text, list);
  }
}

/**
 * Promises held in a name and awaited together: `const ps = []; for (...) ps.push(load(x))`, or
 * `const ps = xs.map((x) => load(x))` before `Promise.all(ps)` (also spread: `[...ps, ...qs]`).
 * The loops that made them ran at once.
 */
function awaitedTogether(w: Walk, name: TS.Identifier, fn: FnContext): void {
  for (const i of fn.pushedIn?.get(name.text) ?? []) fn.fact.loops[i]!.parallel = true;
  const init = initializerOf(w, name.text);
  const call = init && unwrapExpression(init);
  if (!call || !isCallExpression(call)) return;
  const { line, character } = w.sf.getLineAndCharacterOfPosition(call.getStart(w.sf));
  const loop = fn.fact.loops.find((l) => l.line === line + 1 && l.column === character + 1 && l.kind === 'map');
  if (loop) loop.parallel = true;
}

/** Keeps a call that can matter later (see `interesting`), with the loops and callbacks around it. */
export function recordCall(w: Walk, call: TS.CallExpression, callee: TS.Expression, sym: Sym, fn: FnContext): void {
  if (!interesting(sym, w.tellingNames)) return;
  const first = call.arguments[0];
  // A chain is one query: its filter may sit on an inner link (`User.find({ _id: { $in } }).lean()`).
  const links = chainCalls(call);
  const fact: CallFact = {
    callee: sym,
    text: compact(callee.getText(w.sf)),
    span: w.span(call),
    loops: [...fn.loopStack],
    inFilter: links.some((c) => c.arguments.some((a) => hasInFilter(a, 0, w.sf))),
    arrayArg: links.some((c) => !!c.arguments[0] && (isArrayLiteralExpression(unwrapExpression(c.arguments[0])) || isMapCall(c.arguments[0]))),
    arg0: first ? commandArg(w, first) : null,
    argc: call.arguments.length,
  };
  const lead = call.arguments.slice(0, 4).filter((a) => !isOptionsOrCallback(a));
  if (lead.length) fact.lead = lead.map((a) => valOf(w, a, 0));
  const given = givenArguments(w, call.arguments);
  if (given.length) fact.given = given;
  if (w.unawaited.has(call)) fact.unawaited = true;
  const argOf = w.argumentOf.get(call);
  if (argOf) fact.argOf = argOf;
  // `fn(x)`, `fn.call(this, x)`: an invocation of a parameter.
  const invoked = isPropertyAccessExpression(callee) && /^(call|apply)$/.test(callee.name.text) ? callee.expression : callee;
  Object.assign(fact, higherOrder(w, fn, invoked, call.arguments));
  fn.fact.calls.push(fact);
}

/** An object literal or a function argument: not what tells two calls of one client apart. */
function isOptionsOrCallback(a: TS.Expression): boolean {
  const u = unwrapExpression(a);
  return isObjectLiteralExpression(u) || isArrowFunction(u) || isFunctionExpression(u) || isSpreadElement(u);
}

/**
 * The first argument where it names a command (`client.send(new GetObjectCommand(input))`, or a
 * variable holding one): the only use of `arg0` (program.ts, handleCall). Any other value is not
 * kept: an object literal's symbol (`db.find({ where: ... })`) would hold every property.
 */
function commandArg(w: Walk, first: TS.Expression): Sym | null {
  const sym = symOf(w, first);
  return sym.t === 'new' ? sym : null;
}

/** A function passed by reference (`items.map(loadUser)`): a call of it, where it is passed. */
export function recordReference(w: Walk, target: TS.Expression, fn: FnContext, ifInvoked = false): void {
  let expr = target;
  // `this.process.bind(this)`
  if (isCallExpression(expr) && isPropertyAccessExpression(expr.expression) && expr.expression.name.text === 'bind') expr = expr.expression.expression;
  const sym = symOf(w, expr);
  fn.fact.calls.push({ callee: sym, text: compact(expr.getText(w.sf)), span: w.span(expr), loops: [...fn.loopStack], inFilter: false, arrayArg: false, arg0: null, reference: true, ...higherOrder(w, fn, expr, []), ...(ifInvoked ? { ifInvoked } : {}) });
}

/** A function by reference: `loadUser`, `this.process`, an imported local function. */
export function isFunctionValue(w: Walk, a: TS.Expression): boolean {
  if (!isIdentifier(a) && !isPropertyAccessExpression(a)) return false;
  const s = symOf(w, a);
  if (s.t === 'fn') return true;
  if (s.t === 'member') return s.of.t === 'this' || (s.of.t === 'import' && s.of.module.startsWith('.'));
  return s.t === 'import' && s.module.startsWith('.');
}

export function callbackRef(w: Walk, call: TS.CallExpression, callee: Sym, arg: number, fn: FnContext): CallbackRef {
  const { line, character } = w.sf.getLineAndCharacterOfPosition(call.getStart(w.sf));
  return { callee, text: compact(call.expression.getText(w.sf)), arg, args: call.arguments.map((a) => compact(a.getText(w.sf), 60)), depth: fn.loopStack.length, line: line + 1, column: character + 1 };
}

export function onFailure(fn: FnContext, body: () => void): void {
  marked(fn, 'onError', body);
}

/**
 * A statement whose promise nobody waits for: `void send()`, or a call with only `.then`, `.catch`
 * or `.finally` handlers chained on it (`refresh().catch(log)`). An awaited, returned or stored
 * promise is not one; nor is a bare call, which may not return a promise at all.
 */
export function isDetached(expr: TS.Expression): boolean {
  let e = stripParens(expr);
  if (ts.isVoidExpression(e)) return isCallExpression(stripParens(e.expression));
  let linked = false;
  while (isCallExpression(e) && isPropertyAccessExpression(e.expression) && (e.expression.name.text === 'then' || e.expression.name.text === 'catch' || e.expression.name.text === 'finally')) {
    e = stripParens(e.expression.expression);
    linked = true;
  }
  return linked && isCallExpression(e);
}

export function inBackground(fn: FnContext, body: () => void): void {
  marked(fn, 'detached', body);
}

export function inCallback(fn: FnContext, cb: CallbackRef, body: () => void): void {
  fn.callbackStack.push(cb);
  try {
    body();
  } finally {
    fn.callbackStack.pop();
  }
}

/** What a call or reference adds to its fact: the parameter it invokes, the ones it passes on, the callbacks it sits in. */
function higherOrder(w: Walk, fn: FnContext, invoked: TS.Expression | undefined, args: readonly TS.Expression[]): Partial<CallFact> {
  const out: Partial<CallFact> = {};
  const invokes = invoked && paramOf(w, invoked);
  if (invokes) out.invokes = invokes;
  const passes: NonNullable<CallFact['passes']> = [];
  args.forEach((a, arg) => {
    const p = paramOf(w, a, true);
    if (p) passes.push({ arg, ...p });
  });
  if (passes.length) out.passes = passes;
  if (fn.callbackStack.length) out.callbacks = fn.callbackStack.slice();
  if (fn.onError) out.onError = true;
  if (fn.unless) out.unless = fn.unless;
  if (fn.memo) out.memo = true;
  if (fn.cached) out.cached = true;
  if (fn.detached) out.detached = true;
  return out;
}

/** `limit(() => ...)` (p-limit), `queue.add(() => ...)` (p-queue), `limiter.schedule(...)` (bottleneck) bound the loop they run in. */
export function noteLimiter(calleeSym: Sym, fn: FnContext): void {
  const top = fn.loopStack[fn.loopStack.length - 1];
  if (top === undefined) return;
  let s = calleeSym;
  if (s.t === 'member') s = s.of;
  while (s.t === 'call' || s.t === 'new') s = s.of;
  if (s.t === 'member') s = s.of;
  if (s.t !== 'import') return;
  const loop = fn.fact.loops[top]!;
  if (LIMITERS.has(s.module)) loop.concurrency ??= s.module;
  else if (loop.parallel && !loop.concurrency) loop.limiterImport ??= { module: s.module, name: s.name };
}

/**
 * Whether a call can matter later: one on an import, a local function, `this`, a parameter...
 * A call on a free name can only ever count through the telling-names heuristic, so it is kept
 * only when its receiver's name tells (`cache.get`, `ctx.db.query`; not `items.push`, `res.json`).
 */
export function interesting(sym: Sym, tellingNames: readonly RegExp[]): boolean {
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

/** A concurrency limiter by its module (`import limiter from 'p-limit'; limiter(5)`), whatever its local name. */
export function isLimiter(sym: Sym): boolean {
  let s = sym;
  while (s.t === 'member' || s.t === 'call' || s.t === 'new') s = s.of;
  return s.t === 'import' && LIMITERS.has(s.module);
}

export function limiterModule(sym: Sym): string {
  let s = sym;
  while (s.t === 'member' || s.t === 'call' || s.t === 'new') s = s.of;
  return s.t === 'import' ? s.module : 'limiter';
}
