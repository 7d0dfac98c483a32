/** Small questions about syntax that need no state: unwrapping, names, text, chains. */
import ts from '../../parse/typescript.js';
import type * as TS from 'typescript';

// TypeScript's CommonJS bundle exports through getters: bind what the walk uses once.
const { SyntaxKind, forEachChild, isArrayLiteralExpression, isArrowFunction, isAsExpression, isCallExpression, isClassExpression, isComputedPropertyName, isDoStatement, isElementAccessExpression, isExpressionStatement, isForInStatement, isForOfStatement, isForStatement, isFunctionDeclaration, isFunctionExpression, isFunctionTypeNode, isIdentifier, isNonNullExpression, isNumericLiteral, isObjectLiteralExpression, isParenthesizedExpression, isPrivateIdentifier, isPropertyAccessExpression, isPropertyAssignment, isReturnStatement, isStringLiteral, isTypeReferenceNode, isWhileStatement } = ts;

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

export function stripParens(expr: TS.Expression): TS.Expression {
  let e = expr;
  while (isParenthesizedExpression(e) || isNonNullExpression(e) || isAsExpression(e)) e = e.expression;
  return e;
}

export function propertyName(name: TS.PropertyName): string | undefined {
  if (isIdentifier(name) || isStringLiteral(name) || isNumericLiteral(name) || isPrivateIdentifier(name)) return name.text;
  return undefined;
}

export function isExpressionNode(node: TS.Node): boolean {
  return isExpressionStatement(node) ? false : node.kind >= SyntaxKind.ArrayLiteralExpression && node.kind <= SyntaxKind.SatisfiesExpression;
}

export function compact(text: string, max = 80): string {
  const one = (text.length > max * 4 ? text.slice(0, max * 4) : text).replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 3) + '...' : one;
}

/** The last name of a callee: `pLimit`, `race` in `Promise.race`, `Redis` in `new Redis`. */
export function calleeName(expr: TS.Expression): string | undefined {
  const e = unwrapExpression(expr);
  if (isIdentifier(e)) return e.text;
  if (isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

/** The calls of a fluent chain, outermost first: `a.b(x).c(y)` gives `c(y)`, then `a.b(x)`. */
export function chainCalls(call: TS.CallExpression): TS.CallExpression[] {
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

/** An expression that gives a promise it does not wait for: a call (`load(x)`, `limit(() => load(x))`) or an async IIFE, not `await load(x)`. */
export function isPromiseValue(arg: TS.Expression): boolean {
  let e = arg;
  while (isParenthesizedExpression(e) || isAsExpression(e) || isNonNullExpression(e)) e = e.expression;
  if (e.kind === SyntaxKind.AwaitExpression) return false;
  return isCallExpression(e);
}

/** A parameter that may hold a function: typed as one, or untyped with a callback's name (`fn`, `mapper`, `onItem`). */
export function mayBeCallback(p: TS.ParameterDeclaration): boolean {
  if (p.type) return isFunctionTypeNode(p.type) || p.type.kind === SyntaxKind.AnyKeyword || (isTypeReferenceNode(p.type) && isIdentifier(p.type.typeName) && /^(Function|\w*(Fn|Func|Callback|Handler|Mapper|Task|Worker|Iteratee))$/.test(p.type.typeName.text));
  return isIdentifier(p.name) && /^(fn|cb|f|callback|mapper|handler|iteratee|iterator|task|worker|func|action|work|job|run|exec|visit|each|on[A-Z]\w*|\w+(Fn|Func|Callback|Handler|Mapper|Task))$/.test(p.name.text);
}

/** Initializers worth keeping as constants: literals, objects, arrays, arithmetic, names, calls. */
export function isValueLike(init: TS.Expression): boolean {
  const e = unwrapExpression(init);
  return !(isArrowFunction(e) || isFunctionExpression(e) || isClassExpression(e));
}

export function isMapCall(arg: TS.Expression): boolean {
  const a = unwrapExpression(arg);
  return isCallExpression(a) && isPropertyAccessExpression(a.expression) && a.expression.name.text === 'map';
}

/** `{ where: { id: { in: ids } } }`, `{ _id: { $in: ids } }`, `In(ids)`, `inArray(col, ids)`, `[Op.in]`. */
export function hasInFilter(node: TS.Node, depth: number, sf: TS.SourceFile): boolean {
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
export function mentions(node: TS.Node, name: string): boolean {
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
export function exits(node: TS.Node): boolean {
  let found = false;
  const visit = (n: TS.Node): void => {
    if (found || ts.isSwitchStatement(n) || isArrowFunction(n) || isFunctionExpression(n) || isFunctionDeclaration(n) || isForOfStatement(n) || isForStatement(n) || isWhileStatement(n) || isDoStatement(n) || isForInStatement(n)) return;
    if (n.kind === SyntaxKind.BreakStatement || isReturnStatement(n)) found = true;
    else forEachChild(n, visit);
  };
  forEachChild(node, visit);
  return found;
}
