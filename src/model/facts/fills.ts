/**
 * Lists a function makes empty and fills itself (`const ids: string[] = []; ... ids.push(id)`): how
 * many elements they can hold when the code says so. Each push adds its arguments times the bounds
 * of the loops it sits in below the list's declaration; a push in a loop over data, in a callback a
 * library may run many times, in another function, with a spread, or a list handed to a call that
 * may fill it, leaves the list unbounded. A loop over such a list, in the same function and at the
 * list's own depth (no loop around both that could run the pushes again), runs at most that many times.
 */
import ts from '../../parse/typescript.js';
import type * as TS from 'typescript';
import { bindingOf } from './symbols.js';
import { unwrapExpression } from './syntax.js';
import type { Sym } from './types.js';
import type { FnContext, Walk } from './walk.js';

const { NodeFlags, isArrayLiteralExpression, isIdentifier, isSpreadElement, isVariableStatement } = ts;

/** A local list made empty: where it was declared, and how many elements its pushes so far can put in it. */
export interface Fill {
  fn: FnContext;
  depth: number;
  callbacks: number;
  count: number;
}

/** Methods that add to a list; any other use that may add (a call given the list) makes it unbounded. */
const ADDS = new Set(['push', 'unshift']);
const MAY_ADD = new Set(['splice', 'fill', 'copyWithin']);

/** After a block's declarations: its `const x = []` lists, at the block's loop depth. */
export function noteEmptyLists(w: Walk, statements: readonly TS.Statement[], scope: Map<string, () => Sym>, fn: FnContext): void {
  if (fn === w.moduleFn) return;
  for (const stmt of statements) {
    if (!isVariableStatement(stmt) || !(stmt.declarationList.flags & NodeFlags.Const)) continue;
    for (const d of stmt.declarationList.declarations) {
      const init = d.initializer && unwrapExpression(d.initializer);
      if (!isIdentifier(d.name) || !init || !isArrayLiteralExpression(init) || init.elements.length) continue;
      const get = scope.get(d.name.text);
      if (get) w.filledLists.set(get, { fn, depth: fn.loopStack.length, callbacks: fn.callbackStack.length, count: 0 });
    }
  }
}

/** A call on or with a local list: `ids.push(a, b)` adds two per run of the push; `fill(ids)` may add anything. */
export function noteListUse(w: Walk, call: TS.CallExpression, method: string | undefined, receiver: TS.Expression | undefined, calleeIsGlobal: boolean, fn: FnContext): void {
  const onList = receiver && isIdentifier(receiver) ? fillOf(w, receiver.text) : undefined;
  if (onList && method && ADDS.has(method)) {
    const args = call.arguments.some((a) => isSpreadElement(a)) ? Infinity : call.arguments.length;
    onList.count += args * timesRun(onList, fn);
  } else if (onList && method && MAY_ADD.has(method)) onList.count = Infinity;
  if (calleeIsGlobal) return;
  for (const arg of call.arguments) {
    const a = unwrapExpression(isSpreadElement(arg) ? arg.expression : arg);
    const given = isIdentifier(a) ? fillOf(w, a.text) : undefined;
    if (given) given.count = Infinity;
  }
}

/** How many elements the list `name` holds, for a loop over it made here; undefined when nothing bounds it. */
export function filledCount(w: Walk, name: string, fn: FnContext | undefined): number | undefined {
  const fill = fn && fillOf(w, name);
  if (!fill || fill.fn !== fn || fn.loopStack.length !== fill.depth || fn.callbackStack.length !== fill.callbacks) return undefined;
  return fill.count > 0 && Number.isFinite(fill.count) ? fill.count : undefined;
}

function fillOf(w: Walk, name: string): Fill | undefined {
  const get = bindingOf(w, name);
  return get && w.filledLists.get(get);
}

/** How many times a push here runs per run of the list's declaration: the product of the loops between. */
function timesRun(fill: Fill, fn: FnContext): number {
  if (fn !== fill.fn || fn.callbackStack.length > fill.callbacks) return Infinity;
  let times = 1;
  for (const index of fn.loopStack.slice(fill.depth)) {
    const loop = fn.fact.loops[index]!;
    times *= loop.bound === 'literal' && loop.count !== undefined ? loop.count : Infinity;
  }
  return times;
}
