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
 * again on every call) and never a keyed entry (`this.byId[id]`: one load per distinct key is
 * still one per item).
 */
import ts from '../../parse/typescript.js';
import type * as TS from 'typescript';
import { compact, unwrapExpression } from './syntax.js';
import type { FnContext, Walk } from './walk.js';

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
    const op = e.operatorToken.kind;
    const nothing = e.right.kind === SyntaxKind.NullKeyword || (isIdentifier(e.right) && e.right.text === 'undefined');
    const slot = nothing ? memoSlot(w, e.left) : undefined;
    if (!slot) return undefined;
    if (op === SyntaxKind.ExclamationEqualsToken || op === SyntaxKind.ExclamationEqualsEqualsToken) return { slot, filled: true };
    if (op === SyntaxKind.EqualsEqualsToken || op === SyntaxKind.EqualsEqualsEqualsToken) return { slot, filled: false };
    return undefined;
  }
  const slot = memoSlot(w, e);
  return slot ? { slot, filled: true } : undefined;
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
  if (!ts.isIfStatement(stmt) || stmt.elseStatement) return undefined;
  const test = memoTest(w, stmt.expression);
  if (!test?.filled) return undefined;
  const then = stmt.thenStatement;
  const last = isBlock(then) ? then.statements[then.statements.length - 1] : then;
  return last && isReturnStatement(last) ? test.slot : undefined;
}

/** Walks `body` as memoized: what it calls runs once per object or process. */
export function memoized(fn: FnContext, body: () => void): void {
  fn.memo = (fn.memo ?? 0) + 1;
  try {
    body();
  } finally {
    fn.memo--;
  }
}
