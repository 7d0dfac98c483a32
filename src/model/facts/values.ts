/**
 * Values: what an expression writes (`Val`, see ../values.ts), and the calls and constructions
 * whose arguments carry settings (timeouts, retries, concurrency).
 */
import ts from '../../parse/typescript.js';
import type * as TS from 'typescript';
import { OPTIONS_NAME, SETTING_CALLEES, SETTING_KEY, type Val } from '../values.js';
import { interesting, isLimiter } from './calls.js';
import { bindingOf } from './symbols.js';
import { calleeName, compact, propertyName, unwrapExpression } from './syntax.js';
import { givenParam } from './params.js';
import type { SettingFact, Sym } from './types.js';
import type { FnContext, Walk } from './walk.js';

// TypeScript's CommonJS bundle exports through getters: bind what the walk uses once.
const { SyntaxKind, isIdentifier, isMethodDeclaration, isNewExpression, isObjectLiteralExpression, isPropertyAccessExpression, isPropertyAssignment, isShorthandPropertyAssignment, isStringLiteral, isSpreadAssignment } = ts;

/** Retry wrappers are settings sites with or without options (`pRetry(fn)`, `async.retry({ times }, task)`). */
const RETRY_CALLEE = /retry|backoff/i;

/** The value an expression writes, kept symbolic where it names something (see ../values.ts). */
export function valOf(w: Walk, node: TS.Expression, depth: number): Val {
  const e = unwrapExpression(node);
  const line = w.sf.getLineAndCharacterOfPosition(e.getStart(w.sf)).line + 1;
  if (depth > 6) return { k: 'expr', text: compact(e.getText(w.sf)), line };
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
      const inner = valOf(w, u.operand, depth + 1);
      if (u.operator === SyntaxKind.MinusToken && inner.k === 'num') return { ...inner, v: -inner.v };
      if (u.operator === SyntaxKind.ExclamationToken && inner.k === 'num') return { k: 'bool', v: !inner.v, line };
      return { k: 'expr', text: compact(e.getText(w.sf)), line };
    }
    case SyntaxKind.Identifier: {
      const name = (e as TS.Identifier).text;
      if (name === 'undefined') return { k: 'null', line };
      if (name === 'Infinity') return { k: 'num', v: Infinity, line };
      return refVal(w, name, depth, line);
    }
    case SyntaxKind.PropertyAccessExpression: {
      const pa = e as TS.PropertyAccessExpression;
      const target = compact(pa.expression.getText(w.sf));
      if (target === 'process.env') return { k: 'env', name: pa.name.text, line };
      if (target === 'Number' && /^(POSITIVE_INFINITY|MAX_SAFE_INTEGER|MAX_VALUE)$/.test(pa.name.text)) return { k: 'num', v: Infinity, line };
      if (pa.expression.kind === SyntaxKind.ThisKeyword) {
        const self = bindingOf(w, 'this')?.();
        if (self?.t === 'this' && self.cls) return { k: 'field', cls: self.cls, name: pa.name.text, line };
      }
      return { k: 'member', of: valOf(w, pa.expression, depth + 1), name: pa.name.text, line };
    }
    case SyntaxKind.ElementAccessExpression: {
      const ea = e as TS.ElementAccessExpression;
      const arg = unwrapExpression(ea.argumentExpression);
      if (compact(ea.expression.getText(w.sf)) === 'process.env' && isStringLiteral(arg)) return { k: 'env', name: arg.text, line };
      if (isStringLiteral(arg)) return { k: 'member', of: valOf(w, ea.expression, depth + 1), name: arg.text, line };
      return { k: 'expr', text: compact(e.getText(w.sf)), line };
    }
    case SyntaxKind.ObjectLiteralExpression: {
      const entries: Array<{ key: string; val: Val } | { spread: Val }> = [];
      for (const p of (e as TS.ObjectLiteralExpression).properties) {
        if (isPropertyAssignment(p)) {
          const key = propertyName(p.name);
          if (key !== undefined) entries.push({ key, val: valOf(w, p.initializer, depth + 1) });
        } else if (isShorthandPropertyAssignment(p)) entries.push({ key: p.name.text, val: refVal(w, p.name.text, depth, w.lineOf(p)) });
        else if (isSpreadAssignment(p)) entries.push({ spread: valOf(w, p.expression, depth + 1) });
        else if (isMethodDeclaration(p) && p.name) {
          const key = propertyName(p.name);
          if (key !== undefined) entries.push({ key, val: { k: 'fn', text: compact(p.getText(w.sf)), line: w.lineOf(p) } });
        }
      }
      return { k: 'obj', entries, line };
    }
    case SyntaxKind.ArrayLiteralExpression:
      return { k: 'arr', items: (e as TS.ArrayLiteralExpression).elements.map((x) => valOf(w, x, depth + 1)), line };
    case SyntaxKind.BinaryExpression: {
      const b = e as TS.BinaryExpression;
      const op = b.operatorToken.getText(w.sf);
      if (/^(\*|\+|-|\/|\?\?|\|\||\*\*)$/.test(op)) return { k: 'op', op, l: valOf(w, b.left, depth + 1), r: valOf(w, b.right, depth + 1), line };
      return { k: 'expr', text: compact(e.getText(w.sf)), line };
    }
    case SyntaxKind.ConditionalExpression: {
      const c = e as TS.ConditionalExpression;
      return { k: 'cond', a: valOf(w, c.whenTrue, depth + 1), b: valOf(w, c.whenFalse, depth + 1), line };
    }
    case SyntaxKind.CallExpression:
    case SyntaxKind.NewExpression: {
      const c = e as TS.CallExpression | TS.NewExpression;
      const callee = (isNewExpression(c) ? 'new ' : '') + compact(c.expression.getText(w.sf));
      return { k: 'call', callee, args: (c.arguments ?? []).slice(0, 4).map((a) => valOf(w, a, depth + 1)), line };
    }
    case SyntaxKind.ArrowFunction:
    case SyntaxKind.FunctionExpression:
      // Long enough to tell what a retried callback does (a POST, an insert).
      return { k: 'fn', text: compact(e.getText(w.sf), 400), line };
    default:
      return { k: 'expr', text: compact(e.getText(w.sf)), line };
  }
}

/** A name: a local constant is read through (its initializer), a module-level one is left for later. */
function refVal(w: Walk, name: string, depth: number, line: number): Val {
  for (let i = w.scopes.length - 1; i >= 0; i--) {
    const get = w.scopes[i]!.get(name);
    if (!get) continue;
    if (i === 0) {
      const sym = get();
      return { k: 'ref', name, sym: sym.t === 'import' ? sym : { t: 'unknown', name }, line };
    }
    const init = w.initOf.get(get);
    return init ? valOf(w, init, depth + 1) : { k: 'expr', text: name, line };
  }
  return { k: 'expr', text: name, line };
}

/** The initializer of a local binding, when it has one. */
export function initializerOf(w: Walk, name: string): TS.Expression | undefined {
  const get = bindingOf(w, name);
  return get && w.initOf.get(get);
}

const TIMER_CLEARS = new Set(['clearTimeout', 'clearInterval', 'clearImmediate']);

/** Records a call or construction whose arguments look like settings. */
export function noteSetting(w: Walk, node: TS.CallExpression | TS.NewExpression, calleeSym: Sym, fn: FnContext): void {
  const args = node.arguments ?? [];
  const name = calleeName(node.expression);
  let role: SettingFact['role'];
  // `clearTimeout(timeoutId)`: the handle of a timer, never options, whatever it is named.
  if (name && TIMER_CLEARS.has(name) && isIdentifier(unwrapExpression(node.expression))) return;
  if (name === 'setTimeout' && isIdentifier(unwrapExpression(node.expression))) {
    // `setTimeout(() => controller.abort(), ms)`: a timeout for whatever uses that controller's signal.
    const cb = args[0] && unwrapExpression(args[0]);
    if (!cb || !/\.abort\s*\(/.test(cb.getText(w.sf))) return;
    role = 'abort-timer';
  } else if (name === 'race' && /^(Promise|Bluebird)$/.test(calleeName((node.expression as TS.PropertyAccessExpression).expression ?? node.expression) ?? '')) {
    if (!/setTimeout|sleep|delay|timeout|timer/i.test(args.map((a) => a.getText(w.sf)).join(' '))) return;
    role = 'race-timeout';
    noteRaceWrapper(w, args[0], fn);
  } else if (args.length === 0) {
    // `new Redis()`, `axios.create()`: the bare form of a client that may have lost its options.
    if (!interesting(calleeSym, w.tellingNames) || calleeSym.t === 'unknown') return;
  } else if (!(name && (SETTING_CALLEES.test(name) || RETRY_CALLEE.test(name))) && !isLimiter(calleeSym) && !args.some((a) => looksLikeOptions(w, a, 0))) {
    // A client construction with options is a site even without a setting in it: that is what
    // one whose timeout was removed looks like. (A plain call that lost its options is found
    // from its call fact when sites are paired.)
    // Constructions are sites whatever their arguments: `new Redis(url, { commandTimeout })` may become `new Redis(url)`.
    const construction = isNewExpression(node) || /^(create\w*|connect|init\w*)$/.test(name ?? '');
    if (!construction || !interesting(calleeSym, w.tellingNames) || calleeSym.t === 'unknown') return;
  }
  fn.fact.settings.push({
    callee: calleeSym,
    text: (isNewExpression(node) ? 'new ' : '') + compact(node.expression.getText(w.sf)),
    isNew: isNewExpression(node),
    span: w.span(node),
    args: args.slice(0, 4).map((a) => valOf(w, a, 0)),
    loops: [...fn.loopStack],
    ...(role ? { role } : {}),
    ...(w.boundNames.has(node) ? { boundTo: w.boundNames.get(node)! } : {}),
  });
}

/**
 * `Promise.race([promise, timer])` where `promise` is a parameter of the function and the timer's
 * delay another: the function is a timeout wrapper for whatever its callers pass.
 */
function noteRaceWrapper(w: Walk, list: TS.Expression | undefined, fn: FnContext): void {
  const items = list && unwrapExpression(list);
  if (!items || !ts.isArrayLiteralExpression(items)) return;
  let promise: number | undefined;
  let ms: number | undefined;
  for (const el of items.elements) {
    const x = unwrapExpression(el);
    const p = givenParam(w, x);
    if (p && p.fnId === fn.fact.id) {
      promise ??= p.index;
      continue;
    }
    // The timer, written in place or held in a local (`const t = setTimeout(ms, sentinel)`): its delay is a parameter.
    const timer = isIdentifier(x) ? initializerOf(w, x.text) : x;
    const call = timer && unwrapExpression(timer);
    const inner = call && ts.isCallExpression(call) ? call : call && ts.isNewExpression(call) ? call : undefined;
    const text = inner ? inner.getText(w.sf) : '';
    if (!inner || !/setTimeout|sleep|delay|timeout|timer/i.test(text)) continue;
    const found = timerDelayParam(w, inner, fn.fact.id, 0);
    if (found !== undefined) ms ??= found;
  }
  if (promise !== undefined && ms !== undefined && promise !== ms) fn.fact.raceWrapper = { promise, ms };
}

/** The parameter a timer waits for: an argument of the timer call, or of a `setTimeout` inside its callback. */
function timerDelayParam(w: Walk, node: TS.Node, fnId: string, depth: number): number | undefined {
  if (depth > 4) return undefined;
  if (ts.isIdentifier(node)) {
    const p = givenParam(w, node);
    return p && p.fnId === fnId ? p.index : undefined;
  }
  let out: number | undefined;
  ts.forEachChild(node, (child) => {
    out ??= timerDelayParam(w, child, fnId, depth + 1);
  });
  return out;
}

/**
 * A configuration object that states a setting's default in the code (`maxConcurrentMigrations:
 * env.maxConcurrentMigrations ?? 16`, `poolMax: Number(process.env.POOL_MAX ?? 3)`): a setting
 * site of its own, named by what holds it, since what reads it later (`this.cfg.x`) is seldom
 * followed. Only a setting with a default written as a number counts: the code's own promise.
 */
export function noteConfigObject(w: Walk, node: TS.ObjectLiteralExpression, fn: FnContext): void {
  // An object inside one already taken as a configuration site is part of it (its keys are nested options).
  if (w.configObjects.has(node)) return;
  const defaulted = node.properties.some((p) => isPropertyAssignment(p) && SETTING_KEY.test(propertyName(p.name) ?? '') && numericDefault(unwrapExpression(p.initializer), 0));
  if (!defaulted) return;
  markNested(w, node, 0);
  // Named by the function that builds it (`envToCfg`, a `registerAs` callback).
  const holder = fn.fact.id.split('.').pop() ?? 'config';
  fn.fact.settings.push({
    callee: { t: 'unknown', name: holder },
    text: holder,
    isNew: false,
    span: w.span(node),
    args: [valOf(w, node, 0)],
    loops: [...fn.loopStack],
  });
}

function markNested(w: Walk, node: TS.ObjectLiteralExpression, depth: number): void {
  if (depth > 6) return;
  for (const p of node.properties) {
    const v = isPropertyAssignment(p) ? unwrapExpression(p.initializer) : undefined;
    if (v && isObjectLiteralExpression(v)) {
      w.configObjects.add(v);
      markNested(w, v, depth + 1);
    }
  }
}

/** `x ?? 16`, `x || 16`, `Number(process.env.X ?? 3)`, `parseInt(env.X || '5', 10)`: a fallback written as a number. */
function numericDefault(e: TS.Expression, depth: number): boolean {
  if (depth > 3) return false;
  if (ts.isCallExpression(e) && e.arguments[0]) return numericDefault(unwrapExpression(e.arguments[0]), depth + 1);
  if (!ts.isBinaryExpression(e)) return false;
  const op = e.operatorToken.kind;
  if (op !== SyntaxKind.QuestionQuestionToken && op !== SyntaxKind.BarBarToken) return false;
  const right = unwrapExpression(e.right);
  return ts.isNumericLiteral(right) || (ts.isStringLiteral(right) && /^\d+$/.test(right.text)) || numericDefault(right, depth + 1);
}

function looksLikeOptions(w: Walk, arg: TS.Expression, depth: number): boolean {
  const a = unwrapExpression(arg);
  if (isObjectLiteralExpression(a)) {
    return a.properties.some((p) => {
      if (isSpreadAssignment(p)) return true;
      const key = p.name && propertyName(p.name);
      if (key && SETTING_KEY.test(key)) return true;
      return depth < 2 && isPropertyAssignment(p) && looksLikeOptions(w, p.initializer, depth + 1);
    });
  }
  if (isIdentifier(a) || isPropertyAccessExpression(a)) {
    const name = isIdentifier(a) ? a.text : a.name.text;
    return OPTIONS_NAME.test(name) || SETTING_KEY.test(name);
  }
  return false;
}
