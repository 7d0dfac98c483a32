/**
 * Memoized loads: I/O made only while a slot that it fills is still empty, so it runs once per
 * object (a field, `this._projects`) or once per process (a module variable), whatever calls it
 * and however often:
 *
 *   if (this._projects === null) this._projects = await db.projects.find();
 *   if (cached) return cached;  ...  cached = await load();
 *   this.client ??= await connect();
 *
 * A slot is a field chain of `this` or a variable of the module, never a local (a local is empty
 * again on every call).
 *
 * A keyed cache is weaker: I/O made only for keys missing from a map or set of such a slot, which the
 * same code then fills, runs once per distinct key not yet cached, not once per call:
 *
 *   if (!this.byId.has(id)) { const row = await db.find(id); this.byId.set(id, row); }
 *   const missing = ids.filter((id) => !this.refs[type].has(id));
 *   if (missing.length) { (await load(missing)).forEach((r) => this.refs[type].set(r.id, r)); }
 *
 * Callers' loops still multiply it (a loop over distinct ids misses every time), but the author
 * wrote the cache: calls under it are marked `cached`, for the rules to weigh.
 */
import ts from '../../parse/typescript.js';
import type * as TS from 'typescript';
import { compact, unwrapExpression } from './syntax.js';
import { marked, type FnContext, type Walk } from './walk.js';

const { SyntaxKind, forEachChild, isBinaryExpression, isBlock, isIdentifier, isPropertyAccessExpression, isReturnStatement } = ts;

/** The text of the slot an expression names (`this._projects`, `cachedClient`), or undefined when it is not one. */
export function memoSlot(w: Walk, expr: TS.Expression): string | undefined {
  const e = unwrapExpression(expr);
  if (isPropertyAccessExpression(e)) {
    let root: TS.Expression = e;
    while (isPropertyAccessExpression(root)) root = unwrapExpression(root.expression);
    return root.kind === SyntaxKind.ThisKeyword ? compact(e.getText(w.sf)) : undefined;
  }
  if (!isIdentifier(e)) return undefined;
  // A variable of the module, not shadowed by a local or a parameter.
  const module = w.scopes[0]?.get(e.text);
  if (!module) return undefined;
  for (let i = w.scopes.length - 1; i > 0; i--) if (w.scopes[i]!.has(e.text)) return undefined;
  return e.text;
}

/** A test of whether a slot is filled: `slot`, `!slot`, `slot === null`, `slot != undefined`. */
export function memoTest(w: Walk, cond: TS.Expression): { slot: string; filled: boolean } | undefined {
  const e = unwrapExpression(cond);
  if (ts.isPrefixUnaryExpression(e) && e.operator === SyntaxKind.ExclamationToken) {
    const inner = memoTest(w, e.operand);
    return inner && { slot: inner.slot, filled: !inner.filled };
  }
  if (isBinaryExpression(e)) {
    const test = nullTest(e);
    const slot = test && memoSlot(w, test.operand);
    return slot ? { slot, filled: test.present } : undefined;
  }
  const slot = memoSlot(w, e);
  return slot ? { slot, filled: true } : undefined;
}

/** `x === null`, `x != undefined`: the operand, and whether the test is true when it holds something. */
function nullTest(e: TS.BinaryExpression): { operand: TS.Expression; present: boolean } | undefined {
  const right = unwrapExpression(e.right);
  if (right.kind !== SyntaxKind.NullKeyword && !(isIdentifier(right) && right.text === 'undefined')) return undefined;
  const op = e.operatorToken.kind;
  if (op === SyntaxKind.ExclamationEqualsToken || op === SyntaxKind.ExclamationEqualsEqualsToken) return { operand: e.left, present: true };
  if (op === SyntaxKind.EqualsEqualsToken || op === SyntaxKind.EqualsEqualsEqualsToken) return { operand: e.left, present: false };
  return undefined;
}

/** The node assigns the slot somewhere in it (`slot = ...`, `slot ??= ...`, `slot ||= ...`), outside nested functions. */
export function fills(w: Walk, node: TS.Node, slot: string): boolean {
  let found = false;
  const visit = (n: TS.Node): void => {
    if (found || ts.isFunctionLike(n)) return;
    if (isBinaryExpression(n) && isAssignment(n.operatorToken.kind) && memoSlot(w, n.left) === slot) {
      found = true;
      return;
    }
    forEachChild(n, visit);
  };
  visit(node);
  return found;
}

function isAssignment(kind: TS.SyntaxKind): boolean {
  return kind === SyntaxKind.EqualsToken || kind === SyntaxKind.QuestionQuestionEqualsToken || kind === SyntaxKind.BarBarEqualsToken;
}

/** `slot ??= load()`, `slot ||= load()`, `slot ?? (slot = load())`, `slot || (slot = load())`: the right side fills an empty slot. */
export function memoizedRight(w: Walk, expr: TS.BinaryExpression): boolean {
  const op = expr.operatorToken.kind;
  const slot = memoSlot(w, expr.left);
  if (!slot) return false;
  if (op === SyntaxKind.QuestionQuestionEqualsToken || op === SyntaxKind.BarBarEqualsToken) return true;
  return (op === SyntaxKind.QuestionQuestionToken || op === SyntaxKind.BarBarToken) && fills(w, expr.right, slot);
}

/** `if (slot) return slot;` with no else: what follows it in its block runs only while the slot is empty. */
export function returnsWhenFilled(w: Walk, stmt: TS.Statement): string | undefined {
  const cond = returningIf(stmt);
  const test = cond && memoTest(w, cond);
  return test?.filled ? test.slot : undefined;
}

/** The condition of `if (cond) { ...; return ...; }` with no else, or undefined. */
function returningIf(stmt: TS.Statement): TS.Expression | undefined {
  if (!ts.isIfStatement(stmt) || stmt.elseStatement) return undefined;
  const then = stmt.thenStatement;
  const last = isBlock(then) ? then.statements[then.statements.length - 1] : then;
  return last && isReturnStatement(last) ? stmt.expression : undefined;
}

/** The cache a key lookup reads (`this.byId` of `this.byId.has(id)`, `this.refs` of `this.refs[type].get(id)`, `cache[key]`). */
function keyedSlot(w: Walk, expr: TS.Expression): string | undefined {
  let e = unwrapExpression(expr);
  while (ts.isElementAccessExpression(e)) e = unwrapExpression(e.expression);
  return memoSlot(w, e);
}

/** `S.has(k)`, `S.get(k)`, `S[k]`, `k in S` over a cache slot: the slot, or undefined. */
function lookup(w: Walk, expr: TS.Expression): string | undefined {
  const e = unwrapExpression(expr);
  if (ts.isCallExpression(e) && isPropertyAccessExpression(e.expression) && (e.expression.name.text === 'has' || e.expression.name.text === 'get') && e.arguments.length === 1) {
    return keyedSlot(w, e.expression.expression);
  }
  if (ts.isElementAccessExpression(e)) return keyedSlot(w, e.expression);
  if (isBinaryExpression(e) && e.operatorToken.kind === SyntaxKind.InKeyword) return keyedSlot(w, e.right);
  return undefined;
}

/**
 * A test of whether keys are cached: a lookup (`S.has(k)`, `!S.get(k)`, `S[k] === undefined`), or the
 * length of a local list of the keys missing from a cache (`missing.length`, `!missing.length`,
 * `missing.length > 0`). `cached` is what the test being true means.
 */
export function keyTest(w: Walk, fn: FnContext, cond: TS.Expression): { slot: string; cached: boolean } | undefined {
  const e = unwrapExpression(cond);
  if (ts.isPrefixUnaryExpression(e) && e.operator === SyntaxKind.ExclamationToken) {
    const inner = keyTest(w, fn, e.operand);
    return inner && { slot: inner.slot, cached: !inner.cached };
  }
  const missing = missingList(fn, e);
  if (missing) return { slot: missing, cached: false };
  if (isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    const right = unwrapExpression(e.right);
    const left = unwrapExpression(e.left);
    // `missing.length > 0`, `missing.length !== 0`, `missing.length === 0`
    const zero = ts.isNumericLiteral(right) && right.text === '0';
    const list = zero ? missingList(fn, left) : undefined;
    if (list) {
      if (op === SyntaxKind.GreaterThanToken || op === SyntaxKind.ExclamationEqualsEqualsToken || op === SyntaxKind.ExclamationEqualsToken) return { slot: list, cached: false };
      if (op === SyntaxKind.EqualsEqualsEqualsToken || op === SyntaxKind.EqualsEqualsToken) return { slot: list, cached: true };
      return undefined;
    }
    const test = nullTest(e);
    const slot = test && lookup(w, test.operand);
    return slot ? { slot, cached: test.present } : undefined;
  }
  const slot = lookup(w, e);
  return slot ? { slot, cached: true } : undefined;
}

/** `missing.length` (or `missing.size`) of a local list of keys missing from a cache: that cache's slot. */
function missingList(fn: FnContext, e: TS.Expression): string | undefined {
  if (!isPropertyAccessExpression(e) || (e.name.text !== 'length' && e.name.text !== 'size')) return undefined;
  const list = unwrapExpression(e.expression);
  return isIdentifier(list) ? fn.missing?.get(list.text) : undefined;
}

/**
 * The cache a list of keys is filtered against (`ids.filter((id) => !S.has(id))`, also inside
 * `uniq(...)`, `Array.from(...)`, `new Set(...)`, `[...x]`): what `const missing = ...` holds keys missing from.
 */
export function missingFrom(w: Walk, fn: FnContext, init: TS.Expression): string | undefined {
  let e = unwrapExpression(init);
  for (;;) {
    if (ts.isArrayLiteralExpression(e) && e.elements.length === 1 && ts.isSpreadElement(e.elements[0]!)) e = unwrapExpression(e.elements[0].expression);
    else if ((ts.isCallExpression(e) || ts.isNewExpression(e)) && e.arguments?.length === 1 && !(isPropertyAccessExpression(e.expression) && e.expression.name.text === 'filter')) e = unwrapExpression(e.arguments[0]!);
    else break;
  }
  if (!ts.isCallExpression(e) || !isPropertyAccessExpression(e.expression) || e.expression.name.text !== 'filter') return undefined;
  const cb = e.arguments[0] && unwrapExpression(e.arguments[0]);
  if (!cb || (!ts.isArrowFunction(cb) && !ts.isFunctionExpression(cb))) return undefined;
  const body = ts.isBlock(cb.body) ? returnedOnly(cb.body) : cb.body;
  const test = body && keyTest(w, fn, body);
  return test && !test.cached ? test.slot : undefined;
}

function returnedOnly(block: TS.Block): TS.Expression | undefined {
  const only = block.statements.length === 1 ? block.statements[0] : undefined;
  return only && isReturnStatement(only) ? only.expression : undefined;
}

/** The node fills the cache of a slot (`S.set(k, v)`, `S.add(k)`, `S[k] = v`), also from a callback in it (`rows.forEach((r) => S.set(r.id, r))`). */
export function fillsKeys(w: Walk, node: TS.Node, slot: string): boolean {
  let found = false;
  const visit = (n: TS.Node): void => {
    if (found || ts.isFunctionDeclaration(n) || ts.isClassLike(n)) return;
    if (ts.isCallExpression(n) && isPropertyAccessExpression(n.expression) && (n.expression.name.text === 'set' || n.expression.name.text === 'add') && keyedSlot(w, n.expression.expression) === slot) {
      found = true;
      return;
    }
    if (isBinaryExpression(n) && n.operatorToken.kind === SyntaxKind.EqualsToken && ts.isElementAccessExpression(unwrapExpression(n.left)) && keyedSlot(w, n.left) === slot) {
      found = true;
      return;
    }
    forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** `if (S.has(k)) return S.get(k);`, `if (!missing.length) return;` with no else: what follows runs only for keys not yet cached. */
export function returnsWhenCached(w: Walk, fn: FnContext, stmt: TS.Statement): string | undefined {
  const cond = returningIf(stmt);
  const test = cond && keyTest(w, fn, cond);
  return test?.cached ? test.slot : undefined;
}

/** Walks `body` under a keyed cache: what it calls runs once per key not yet cached. */
export function cachedPerKey(fn: FnContext, body: () => void): void {
  marked(fn, 'cached', body);
}

/** Walks `body` as memoized: what it calls runs once per object or process. */
export function memoized(fn: FnContext, body: () => void): void {
  marked(fn, 'memo', body);
}
