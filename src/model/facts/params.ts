/**
 * Parameters: which parameter of a function of this file an expression is, what a call passes
 * its callee for them (list literals, parameters passed on as given), and the fallbacks that run
 * only when a caller did not give one (`given ?? await load()`, `if (!cached) ...`).
 */
import ts from '../../parse/typescript.js';
import type * as TS from 'typescript';
import { unwrapExpression } from './syntax.js';
import type { GivenArg, ParamRef } from './types.js';
import type { FnContext, Walk } from './walk.js';

// TypeScript's CommonJS bundle exports through getters: bind what the walk uses once.
const { SyntaxKind, isArrayLiteralExpression, isBinaryExpression, isCallExpression, isElementAccessExpression, isIdentifier, isPropertyAccessExpression, isSpreadElement } = ts;

/** The parameter a name is bound to, when it is one of a function of this file (not shadowed). */
export function paramOf(w: Walk, expr: TS.Expression, callableOnly = false): ParamRef | undefined {
  const e = unwrapExpression(expr);
  if (!isIdentifier(e)) return undefined;
  for (let i = w.scopes.length - 1; i >= 0; i--) {
    const get = w.scopes[i]!.get(e.text);
    if (!get) continue;
    const owner = w.paramOwner.get(get);
    if (!owner || (callableOnly && !owner.callable)) return undefined;
    owner.fn.params ??= owner.names;
    return { fnId: owner.fn.id, index: owner.index };
  }
  return undefined;
}

/** The parameter an expression is, as given (`ids`, not `ids.filter(...)`), without recording parameter names. */
export function givenParam(w: Walk, expr: TS.Expression): ParamRef | undefined {
  const e = unwrapExpression(expr);
  if (!isIdentifier(e)) return undefined;
  for (let i = w.scopes.length - 1; i >= 0; i--) {
    const get = w.scopes[i]!.get(e.text);
    if (!get) continue;
    const owner = w.paramOwner.get(get);
    return owner ? { fnId: owner.fn.id, index: owner.index } : undefined;
  }
  return undefined;
}

/** The arguments written as list literals without spread, with their length, and the parameters passed on as given. */
export function givenArguments(w: Walk, args: readonly TS.Expression[]): GivenArg[] {
  const out: GivenArg[] = [];
  args.forEach((a, arg) => {
    const e = unwrapExpression(a);
    if (isArrayLiteralExpression(e)) {
      if (!e.elements.some((x) => isSpreadElement(x))) out.push({ arg, list: e.elements.length });
      return;
    }
    const param = givenParam(w, e);
    if (param) out.push({ arg, param });
  });
  return out;
}

/** A test of whether a parameter was given: `p`, `!p`, `p != null`, `p === undefined`. */
export function presenceTest(w: Walk, cond: TS.Expression): { param: ParamRef; present: boolean } | undefined {
  const e = unwrapExpression(cond);
  if (ts.isPrefixUnaryExpression(e) && e.operator === SyntaxKind.ExclamationToken) {
    const inner = presenceTest(w, e.operand);
    return inner && { param: inner.param, present: !inner.present };
  }
  if (isIdentifier(e)) {
    const param = paramOf(w, e);
    return param && { param, present: true };
  }
  if (isBinaryExpression(e) && isIdentifier(unwrapExpression(e.left))) {
    const op = e.operatorToken.kind;
    const nothing = e.right.kind === SyntaxKind.NullKeyword || (isIdentifier(e.right) && e.right.text === 'undefined');
    const param = paramOf(w, e.left);
    if (!param || !nothing) return undefined;
    if (op === SyntaxKind.ExclamationEqualsToken || op === SyntaxKind.ExclamationEqualsEqualsToken) return { param, present: true };
    if (op === SyntaxKind.EqualsEqualsToken || op === SyntaxKind.EqualsEqualsEqualsToken) return { param, present: false };
  }
  return undefined;
}

/** Walks `body` as a fallback for parameter `param` (when there is one): what runs there runs only when it was not given. */
export function unlessGiven(fn: FnContext, param: ParamRef | undefined, body: () => void): void {
  if (!param) return body();
  const outer = fn.unless;
  fn.unless = param;
  try {
    body();
  } finally {
    fn.unless = outer;
  }
}

/** The name a chain starts from: `given` in `given?.get(id)`, `given[id]`, `given.items`. */
export function rootOf(expr: TS.Expression): TS.Expression {
  let e = unwrapExpression(expr);
  for (;;) {
    if (isPropertyAccessExpression(e) || isElementAccessExpression(e)) e = unwrapExpression(e.expression);
    else if (isCallExpression(e)) e = unwrapExpression(e.expression);
    else return e;
  }
}
