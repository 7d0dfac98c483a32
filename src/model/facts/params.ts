/**
 * Parameters: which parameter of a function of this file an expression is, what a call passes
 * its callee for them (list literals, parameters passed on as given), and the fallbacks that run
 * only when a caller did not give one (`given ?? await load()`, `if (!cached) ...`).
 */
import ts from '../../parse/typescript.js';
import type * as TS from 'typescript';
import { propertyName, unwrapExpression } from './syntax.js';
import type { GivenArg, KeyTree, ParamRef, Sym } from './types.js';
import type { FnContext, Walk } from './walk.js';

// TypeScript's CommonJS bundle exports through getters: bind what the walk uses once.
const { SyntaxKind, isArrayLiteralExpression, isBinaryExpression, isCallExpression, isElementAccessExpression, isIdentifier, isObjectLiteralExpression, isPropertyAccessExpression, isPropertyAssignment, isShorthandPropertyAssignment, isSpreadAssignment, isSpreadElement } = ts;

/** The parameter a name is bound to, when it is one of a function of this file (not shadowed). */
export function paramOf(w: Walk, expr: TS.Expression, callableOnly = false): ParamRef | undefined {
  const owner = ownerOf(w, expr);
  if (!owner || (callableOnly && !owner.callable)) return undefined;
  owner.fn.params ??= owner.names;
  return { fnId: owner.fn.id, index: owner.index };
}

/** The parameter an expression is, as given (`ids`, not `ids.filter(...)`), without recording parameter names. */
export function givenParam(w: Walk, expr: TS.Expression): ParamRef | undefined {
  const owner = ownerOf(w, expr);
  return owner ? { fnId: owner.fn.id, index: owner.index } : undefined;
}

/** The function and position of the parameter a name is bound to (the innermost binding of that name). */
function ownerOf(w: Walk, expr: TS.Expression) {
  const e = unwrapExpression(expr);
  const get = isIdentifier(e) ? getterOf(w, e.text) : undefined;
  return get && w.paramOwner.get(get);
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
    if (isObjectLiteralExpression(e)) {
      const keys = keysOf(w, e, 0);
      if (keys) out.push({ arg, keys });
      return;
    }
    const param = givenParam(w, e);
    if (param) out.push({ arg, param });
  });
  return out;
}

/**
 * The parameter, and the property path under it, that an expression reads a given value from:
 * `projects` of `projects?.get(id)`, `data.visualExperiments` of `data.visualExperiments?.filter(f)`
 * (a method called on it or an index into it is the lookup, not what was given), through locals
 * read out of a parameter (`const { data } = input`).
 */
export function givenPath(w: Walk, expr: TS.Expression): ParamRef | undefined {
  const links: string[] = []; // property names from the root, `()` for a call, `[]` for an index
  let e = unwrapExpression(expr);
  for (;;) {
    if (isPropertyAccessExpression(e)) links.unshift(e.name.text);
    else if (isCallExpression(e)) links.unshift('()');
    else if (isElementAccessExpression(e)) links.unshift('[]');
    else break;
    e = unwrapExpression(e.expression);
  }
  if (!isIdentifier(e)) return undefined;
  const lookup = links.findIndex((l) => l === '()' || l === '[]');
  // The property right before a call is the method called (`.get` of `projects.get(id)`): the lookup, not what was given.
  const path = lookup < 0 ? links : links.slice(0, links[lookup] === '()' && lookup > 0 ? lookup - 1 : lookup);
  const get = getterOf(w, e.text);
  if (!get) return undefined;
  const owner = w.paramOwner.get(get);
  if (owner) {
    owner.fn.params ??= owner.names;
    return { fnId: owner.fn.id, index: owner.index, ...(path.length ? { path } : {}) };
  }
  const rooted = w.paramPaths.get(get);
  if (!rooted) return undefined;
  const full = [...(rooted.path ?? []), ...path];
  return { fnId: rooted.fnId, index: rooted.index, ...(full.length ? { path: full } : {}) };
}

/** The getter of a name in scope, innermost first. */
function getterOf(w: Walk, name: string): (() => Sym) | undefined {
  for (let i = w.scopes.length - 1; i >= 0; i--) {
    const get = w.scopes[i]!.get(name);
    if (get) return get;
  }
  return undefined;
}

/** How deep the keys of an object literal argument are followed (`{ data: { ...raw, map } }`). */
const MAX_KEY_DEPTH = 4;

/** The keys an object literal gives, nested up to a few levels; undefined when some may come from what is not known (a spread of a parameter). */
function keysOf(w: Walk, expr: TS.Expression, depth: number): KeyTree | undefined {
  const e = unwrapExpression(expr);
  if (depth > MAX_KEY_DEPTH) return undefined;
  if (isIdentifier(e)) {
    const get = getterOf(w, e.text);
    const init = get && w.initOf.get(get);
    return init ? keysOf(w, init, depth + 1) : undefined;
  }
  if (!isObjectLiteralExpression(e)) return undefined;
  const tree: KeyTree = {};
  for (const p of e.properties) {
    if (isSpreadAssignment(p)) {
      const inner = keysOf(w, p.expression, depth + 1);
      if (!inner) return undefined;
      Object.assign(tree, inner);
      continue;
    }
    const key = p.name && propertyName(p.name);
    if (!key) return undefined; // a computed key may be any
    const value = isPropertyAssignment(p) ? p.initializer : isShorthandPropertyAssignment(p) ? p.name : undefined;
    tree[key] = (value && isObjectLiteralExpression(unwrapExpression(value)) && keysOf(w, value, depth + 1)) || true;
  }
  return tree;
}

/** A test of whether a parameter was given: `p`, `!p`, `p != null`, `p === undefined`. */
export function presenceTest(w: Walk, cond: TS.Expression): { param: ParamRef; present: boolean } | undefined {
  const e = unwrapExpression(cond);
  if (ts.isPrefixUnaryExpression(e) && e.operator === SyntaxKind.ExclamationToken) {
    const inner = presenceTest(w, e.operand);
    return inner && { param: inner.param, present: !inner.present };
  }
  if (isIdentifier(e) || isPropertyAccessExpression(e)) {
    const param = givenPath(w, e);
    return param && { param, present: true };
  }
  if (isBinaryExpression(e) && (isIdentifier(unwrapExpression(e.left)) || isPropertyAccessExpression(unwrapExpression(e.left)))) {
    const op = e.operatorToken.kind;
    const nothing = e.right.kind === SyntaxKind.NullKeyword || (isIdentifier(e.right) && e.right.text === 'undefined');
    const param = givenPath(w, e.left);
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
