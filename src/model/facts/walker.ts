/**
 * Per-file facts: one pass over a file's syntax tree that keeps only what the analysis needs
 * (functions, the calls they make with the loops around each call, imports, exports, and the
 * symbolic value of every binding that might hold a client). Facts are plain data so that a
 * worker thread can compute them and the tree can be dropped at once.
 *
 * Nothing here knows which calls are I/O: that needs other files (a client made in
 * `lib/redis.ts` and imported), so it is decided later, in src/model/program.ts.
 */
import ts from '../../parse/typescript.js';
import type * as TS from 'typescript';
import { own } from '../own.js';
import { callbackRef, inBackground, inCallback, isDetached, isFunctionValue, isPromiseLink, noteCallContext, noteLimiter, onFailure, recordCall, recordReference } from './calls.js';
import { bindParameters, declareModuleStatement, declareStatement, hasDefault, hasExport, qualify, resolveExportClauses } from './declarations.js';
import { classicLoop, conditionLoop, forOfLoop, inLoop, iterationOf, mayIterate, selfRetry } from './loops.js';
import { noteEmptyLists, noteListUse } from './fills.js';
import { cachedPerKey, fills, fillsKeys, keyTest, memoized, memoizedRight, memoTest, missingFrom, returnsWhenCached, returnsWhenFilled } from './memo.js';
import { givenPath, paramOf, presenceTest, unlessGiven } from './params.js';
import { declared, either, lazy, paramSym, symOf, typeSym, withScope } from './symbols.js';
import { compact, isExpressionNode, mayBeCallback, propertyName, stripParens, unwrapExpression } from './syntax.js';
import type { ClassFact, FileFacts, FunctionFact, Sym } from './types.js';
import { noteConfigObject, noteSetting, valOf } from './values.js';
import { SETTING_KEY } from '../values.js';
import { Walk, type FnContext, type Scope } from './walk.js';

// TypeScript's CommonJS bundle exports through getters: bind what the walk uses once.
const { SyntaxKind, forEachChild, getModifiers, isArrowFunction, isBinaryExpression, isBlock, isCallExpression, isClassDeclaration, isClassExpression, isObjectBindingPattern, isConditionalExpression, isConstructorDeclaration, isDoStatement, isExportAssignment, isExportDeclaration, isExpressionStatement, isForInStatement, isForOfStatement, isForStatement, isFunctionDeclaration, isFunctionExpression, isGetAccessor, isIdentifier, isImportDeclaration, isImportEqualsDeclaration, isInterfaceDeclaration, isMethodDeclaration, isModuleDeclaration, isNewExpression, isObjectLiteralExpression, isPropertyAccessExpression, isPropertyAssignment, isPropertyDeclaration, isReturnStatement, isStringLiteralLike, isTypeAliasDeclaration, isVariableDeclarationList, isVariableStatement, isWhileStatement } = ts;

/**
 * `tellingNames`: the receiver names whose calls are kept on otherwise unknown values, the
 * catalog's and the configured ones (`Catalog.namePatterns`).
 */
export function extractFacts(path: string, sf: TS.SourceFile, tellingNames: readonly RegExp[]): FileFacts {
  const w = new Walk(path, sf, tellingNames);
  const moduleFact = newFunction(w, '<module>', 'module', false, sf);
  w.moduleFn = { fact: moduleFact, loopStack: [], callbackStack: [] };
  const scope: Scope = new Map();
  w.scopes.push(scope);
  for (const stmt of sf.statements) declareModuleStatement(w, stmt, scope);
  for (const stmt of sf.statements) visitModuleStatement(w, stmt);
  for (const [name, get] of scope) {
    if (!w.facts.bindings[name]) w.facts.bindings[name] = get();
  }
  resolveExportClauses(w);
  for (const compute of w.pendingConstants) compute();
  if (moduleFact.calls.length === 0 && moduleFact.settings.length === 0) w.facts.functions = w.facts.functions.filter((f) => f !== moduleFact);
  return w.facts;
}

function visitModuleStatement(w: Walk, stmt: TS.Statement): void {
  if (isImportDeclaration(stmt) || isImportEqualsDeclaration(stmt) || isInterfaceDeclaration(stmt) || isTypeAliasDeclaration(stmt)) return;
  if (isExportDeclaration(stmt)) return;
  if (isFunctionDeclaration(stmt) && stmt.name && stmt.body) {
    visitFunction(w, stmt.name.text, 'function', stmt, {});
    return;
  }
  if (isFunctionDeclaration(stmt) && !stmt.name && stmt.body && hasDefault(stmt)) {
    const id = visitFunction(w, 'default', 'function', stmt, {});
    w.facts.exports['default'] = { t: 'fn', id };
    return;
  }
  if (isClassDeclaration(stmt)) {
    visitClass(w, stmt.name?.text ?? 'default', stmt, hasExport(stmt));
    if (!stmt.name && hasDefault(stmt)) w.facts.exports['default'] = { t: 'class', name: 'default' };
    return;
  }
  if (isVariableStatement(stmt)) {
    for (const decl of stmt.declarationList.declarations) {
      if (isIdentifier(decl.name) && decl.initializer) {
        w.boundNames.set(unwrapExpression(decl.initializer), decl.name.text);
        visitNamedValue(w, decl.name.text, decl.initializer);
      }
      else if (decl.initializer) visitExpression(w, decl.initializer, w.moduleFn);
    }
    return;
  }
  if (isExportAssignment(stmt)) {
    const expr = unwrapExpression(stmt.expression);
    if (isArrowFunction(expr) || isFunctionExpression(expr)) {
      const id = visitFunction(w, 'default', 'function', expr, {});
      w.facts.exports['default'] = { t: 'fn', id };
    } else if (isClassExpression(expr)) {
      visitClass(w, 'default', expr, true);
      w.facts.exports['default'] = { t: 'class', name: 'default' };
    } else {
      if (isObjectLiteralExpression(expr)) visitObjectLiteral(w, 'default', expr);
      else visitExpression(w, stmt.expression, w.moduleFn);
      w.facts.exports['default'] = symOf(w, stmt.expression);
    }
    return;
  }
  if (isExpressionStatement(stmt)) {
    const cjs = commonJsExport(w, stmt.expression);
    if (cjs) return;
  }
  visitNode(w, stmt, w.moduleFn);
}

/** `module.exports = {...}`, `exports.f = ...`, `module.exports.f = ...`. */
function commonJsExport(w: Walk, expr: TS.Expression): boolean {
  if (!isBinaryExpression(expr) || expr.operatorToken.kind !== SyntaxKind.EqualsToken) return false;
  const target = expr.left.getText(w.sf);
  const value = unwrapExpression(expr.right);
  let name: string | undefined;
  if (target === 'module.exports') name = 'default';
  else {
    const m = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(target);
    if (m) name = m[1];
  }
  if (!name) return false;
  if (isArrowFunction(value) || isFunctionExpression(value)) {
    const id = visitFunction(w, name === 'default' ? 'default' : name, 'function', value, {});
    w.facts.exports[name] = { t: 'fn', id };
  } else if (isObjectLiteralExpression(value)) {
    visitObjectLiteral(w, name === 'default' ? 'exports' : name, value);
    const sym = symOf(w, value);
    w.facts.exports[name] = sym;
    if (name === 'default' && sym.t === 'object') for (const [k, v] of Object.entries(sym.props)) w.facts.exports[k] ??= v;
  } else {
    visitExpression(w, value, w.moduleFn);
    w.facts.exports[name] = symOf(w, value);
    // `module.exports = require('./dist/x')`: a shim that exports everything the other module does.
    const required = name === 'default' && ts.isCallExpression(value) && isIdentifier(value.expression) && value.expression.text === 'require' ? value.arguments[0] : undefined;
    if (required && isStringLiteralLike(required)) w.facts.starExports.push(required.text);
  }
  return true;
}

function visitNamedValue(w: Walk, name: string, init: TS.Expression): void {
  const expr = unwrapExpression(init);
  if (isArrowFunction(expr) || isFunctionExpression(expr)) {
    visitFunction(w, name, 'function', expr, {});
  } else if (isClassExpression(expr)) {
    visitClass(w, name, expr, false);
  } else if (isObjectLiteralExpression(expr)) {
    visitObjectLiteral(w, name, expr);
  } else {
    visitExpression(w, init, w.moduleFn);
  }
}

function visitObjectLiteral(w: Walk, name: string, obj: TS.ObjectLiteralExpression): void {
  for (const prop of obj.properties) {
    const key = prop.name && propertyName(prop.name);
    if (!key) continue;
    if (isMethodDeclaration(prop) && prop.body) visitFunction(w, `${name}.${key}`, 'method', prop, { obj: name });
    else if (isPropertyAssignment(prop)) {
      const v = unwrapExpression(prop.initializer);
      if (isArrowFunction(v) || isFunctionExpression(v)) visitFunction(w, `${name}.${key}`, 'method', v, { obj: name });
      else if (isObjectLiteralExpression(v)) visitObjectLiteral(w, `${name}.${key}`, v);
      else visitExpression(w, prop.initializer, w.moduleFn);
    }
  }
}

function visitClass(w: Walk, name: string, node: TS.ClassLikeDeclaration, exported: boolean): void {
  const cls: ClassFact = { name, exported, fields: {}, methods: {} };
  w.facts.classes[name] = cls;
  const heritage = node.heritageClauses?.find((h) => h.token === SyntaxKind.ExtendsKeyword)?.types[0];
  if (heritage) cls.extends = symOf(w, heritage.expression);
  const implemented = node.heritageClauses?.find((h) => h.token === SyntaxKind.ImplementsKeyword)?.types ?? [];
  if (implemented.length) cls.implements = implemented.map((t) => symOf(w, t.expression));
  for (const member of node.members) {
    const key = member.name && propertyName(member.name);
    if (isConstructorDeclaration(member)) {
      for (const p of member.parameters) {
        const isProperty = getModifiers(p)?.some((m) => m.kind === SyntaxKind.PrivateKeyword || m.kind === SyntaxKind.PublicKeyword || m.kind === SyntaxKind.ProtectedKeyword || m.kind === SyntaxKind.ReadonlyKeyword);
        if (isProperty && isIdentifier(p.name)) cls.fields[p.name.text] = paramSym(w, p);
      }
      if (member.body) visitFunction(w, `${name}.constructor`, 'method', member, { cls: name });
      continue;
    }
    if (!key) continue;
    if ((isMethodDeclaration(member) || isGetAccessor(member)) && member.body) {
      cls.methods[key] = visitFunction(w, `${name}.${key}`, 'method', member, { cls: name });
      if (isGetAccessor(member)) (cls.getters ??= []).push(key);
    } else if (isPropertyDeclaration(member)) {
      const init = member.initializer && unwrapExpression(member.initializer);
      if (init && (isArrowFunction(init) || isFunctionExpression(init))) {
        cls.methods[key] = visitFunction(w, `${name}.${key}`, 'method', init, { cls: name });
      } else if (member.initializer) {
        // `private _collection: Collection | null = null`: the declared type says what it will hold.
        const initial = withScope(w, new Map([['this', () => ({ t: 'this', cls: name }) as Sym]]), () => symOf(w, member.initializer!));
        cls.fields[key] = declared(w, initial, key, member.type);
        // Kept for the fields named for a setting (`requestTimeout`, `MAX_ATTEMPTS`): read as `this.x`.
        if (SETTING_KEY.test(key)) (cls.values ??= {})[key] = valOf(w, member.initializer, 0);
        w.boundNames.set(unwrapExpression(member.initializer), `this.${key}`);
        visitExpression(w, member.initializer, w.moduleFn);
      } else if (member.type) {
        cls.fields[key] = { t: 'param', name: key, type: typeSym(w, member.type) };
      }
    }
  }
}

function newFunction(w: Walk, id: string, kind: FunctionFact['kind'], exported: boolean, node: TS.Node): FunctionFact {
  const seen = w.usedIds.get(id) ?? 0;
  w.usedIds.set(id, seen + 1);
  const uniqueId = seen === 0 ? id : `${id}#${seen + 1}`;
  const fact: FunctionFact = { id: uniqueId, exported, kind, span: w.span(node), loops: [], calls: [], size: node.end - node.pos, settings: [] };
  w.facts.functions.push(fact);
  return fact;
}

/** Walks a function body as its own unit; returns its id. */
function visitFunction(w: Walk, name: string, kind: FunctionFact['kind'], node: TS.SignatureDeclaration & { body?: TS.Node | undefined }, ctx: { cls?: string; obj?: string }): string {
  const id = w.qualifyPrefix.length ? qualify(w, name) : name;
  const fact = newFunction(w, id, kind, false, node);
  const fn: FnContext = { fact, loopStack: [], callbackStack: [], ...ctx, decl: node };
  const scope: Scope = new Map();
  scope.set('this', () => ({ t: 'this', cls: ctx.cls, obj: ctx.obj }));
  bindParameters(w, node.parameters, scope, undefined);
  const names = node.parameters.map((p) => (isIdentifier(p.name) ? p.name.text : ''));
  node.parameters.forEach((p, index) => {
    if (isObjectBindingPattern(p.name)) {
      // `({ data }: Input) =>`: a test of `data.x` is a test of what the caller gave at `index`.
      for (const el of p.name.elements) {
        const key = el.propertyName ? propertyName(el.propertyName) : isIdentifier(el.name) ? el.name.text : undefined;
        const got = isIdentifier(el.name) && !el.dotDotDotToken ? scope.get(el.name.text) : undefined;
        if (got && key) w.paramPaths.set(got, { fnId: fact.id, index, path: [key] });
      }
    }
    const get = isIdentifier(p.name) ? scope.get(p.name.text) : undefined;
    if (get) w.paramOwner.set(get, { fn: fact, index, names, callable: mayBeCallback(p) });
    if (isIdentifier(p.name) && SETTING_KEY.test(p.name.text)) {
      (fact.settingParams ??= []).push({ index, name: p.name.text, ...(p.initializer ? { init: valOf(w, p.initializer, 0) } : {}) });
    } else if (isObjectBindingPattern(p.name)) {
      // `getQuotes({ items, requestTimeout = DEFAULT })`: the option's default is the callee's own.
      for (const el of p.name.elements) {
        const key = el.propertyName ? propertyName(el.propertyName) : isIdentifier(el.name) ? el.name.text : undefined;
        if (key && !el.dotDotDotToken && SETTING_KEY.test(key)) (fact.settingParams ??= []).push({ index, name: key, prop: true, ...(el.initializer ? { init: valOf(w, el.initializer, 0) } : {}) });
      }
    }
  });
  if (node.type) {
    const declared = typeSym(w, node.type);
    if (declared && declared.t !== 'literal') fact.returnType = declared;
  }
  w.qualifyPrefix.push(fact.id);
  withScope(w, scope, () => {
    if (node.body) {
      if (isBlock(node.body)) visitBlock(w, node.body, fn);
      else {
        const returned = returnedFunction(w, node.body as TS.Expression, fn);
        if (returned) fact.returns = returned;
        else {
          visitExpression(w, node.body as TS.Expression, fn);
          fact.returns = symOf(w, node.body);
        }
      }
    }
  });
  w.qualifyPrefix.pop();
  return fact.id;
}

function visitBlock(w: Walk, block: TS.Block | TS.SourceFile, fn: FnContext): void {
  const scope: Scope = new Map();
  for (const stmt of block.statements) declareStatement(w, stmt, scope, false);
  noteEmptyLists(w, block.statements, scope, fn);
  if (scope.size) w.scopes.push(scope);
  visitStatements(w, block.statements, 0, fn);
  if (scope.size) w.scopes.pop();
}

/** The statements of a block from `from`: after `if (slot) return slot;`, the rest that fills the slot is a memoized load. */
function visitStatements(w: Walk, statements: readonly TS.Statement[], from: number, fn: FnContext): void {
  for (let i = from; i < statements.length; i++) {
    const stmt = statements[i]!;
    visitStatement(w, stmt, fn);
    if (fn === w.moduleFn) continue;
    const slot = returnsWhenFilled(w, stmt);
    if (slot && statements.slice(i + 1).some((s) => fills(w, s, slot))) return memoized(fn, () => visitStatements(w, statements, i + 1, fn));
    // `if (!missing.length) return;` then load and cache them: the rest runs for keys not yet cached.
    const keyed = returnsWhenCached(w, fn, stmt);
    if (keyed && statements.slice(i + 1).some((s) => fillsKeys(w, s, keyed))) return cachedPerKey(fn, () => visitStatements(w, statements, i + 1, fn));
  }
}

function visitStatement(w: Walk, stmt: TS.Statement, fn: FnContext): void {
  if (isFunctionDeclaration(stmt)) {
    // A bodiless declaration (`declare function f(): void;`, an overload) has nothing to walk.
    if (stmt.name && stmt.body) visitFunction(w, stmt.name.text, 'function', stmt, { cls: fn.cls, obj: fn.obj });
    return;
  }
  if (isInterfaceDeclaration(stmt) || isTypeAliasDeclaration(stmt) || isModuleDeclaration(stmt) && !stmt.body) return;
  if (isVariableStatement(stmt)) {
    for (const decl of stmt.declarationList.declarations) {
      const init = decl.initializer && unwrapExpression(decl.initializer);
      if (init && isIdentifier(decl.name) && (isArrowFunction(init) || isFunctionExpression(init))) {
        visitFunction(w, decl.name.text, 'function', init, { cls: fn.cls, obj: fn.obj });
      } else if (decl.initializer) {
        if (isIdentifier(decl.name)) w.boundNames.set(init!, decl.name.text);
        visitExpression(w, decl.initializer, fn);
        // `const missing = ids.filter((id) => !this.byId.has(id))`: the keys a cache lacks, for a test of its length.
        const slot = isIdentifier(decl.name) && fn !== w.moduleFn ? missingFrom(w, fn, decl.initializer) : undefined;
        if (slot) (fn.missing ??= new Map()).set((decl.name as TS.Identifier).text, slot);
      }
    }
    return;
  }
  if (isExpressionStatement(stmt)) for (const call of discardedCalls(stmt.expression)) w.unawaited.add(call);
  if (isExpressionStatement(stmt) && fn !== w.moduleFn && isDetached(stmt.expression)) {
    // `void refresh()`, `refresh().catch(log)`: nobody waits for the promise; what it does runs in the background.
    return inBackground(fn, () => visitChildren(w, stmt, fn));
  }
  if (isClassDeclaration(stmt)) {
    visitClass(w, stmt.name?.text ?? 'anonymous', stmt, false);
    return;
  }
  if (isReturnStatement(stmt) && stmt.expression && !fn.inline) {
    const returned = returnedFunction(w, stmt.expression, fn);
    if (returned) {
      fn.fact.returns = fn.fact.returns ? either(fn.fact.returns, returned) : returned;
      return;
    }
    // Every return: `if (cached) return cached; return new Redis()` is a factory of clients.
    const value = symOf(w, stmt.expression);
    if (value.t !== 'unknown' && value.t !== 'literal') fn.fact.returns = fn.fact.returns ? either(fn.fact.returns, value) : value;
  }
  if (isExpressionStatement(stmt) || isReturnStatement(stmt)) visitChildren(w, stmt, fn);
  else visitNode(w, stmt, fn);
}

/** The calls whose value a statement drops: the call itself, or the calls a `&&`, `||`, `??`, `?:` or `,` ends in. */
function discardedCalls(expr: TS.Expression): TS.CallExpression[] {
  const e = stripParens(expr);
  if (isCallExpression(e)) return [e];
  if (isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === SyntaxKind.AmpersandAmpersandToken || op === SyntaxKind.BarBarToken || op === SyntaxKind.QuestionQuestionToken) return discardedCalls(e.right);
    if (op === SyntaxKind.CommaToken) return [...discardedCalls(e.left), ...discardedCalls(e.right)];
    return [];
  }
  if (isConditionalExpression(e)) return [...discardedCalls(e.whenTrue), ...discardedCalls(e.whenFalse)];
  return [];
}

/**
 * A function that a function returns (`(pool) => (table) => async (row) => pool.query(...)`) runs
 * when its caller calls the result, not when it is made: walked as a function of its own.
 */
function returnedFunction(w: Walk, expr: TS.Expression, fn: FnContext): Sym | undefined {
  const value = unwrapExpression(expr);
  if (!isArrowFunction(value) && !isFunctionExpression(value)) return undefined;
  return { t: 'fn', id: visitFunction(w, 'returned', 'function', value, { cls: fn.cls, obj: fn.obj }) };
}

function visitNode(w: Walk, node: TS.Node, fn: FnContext): void {
  if (isBlock(node)) return visitBlock(w, node, fn);
  if (ts.isIfStatement(node)) {
    // `if (this._projects === null) this._projects = await load()`: the load fills an empty slot, once.
    const memo = fn === w.moduleFn ? undefined : memoTest(w, node.expression);
    const empty = memo && (memo.filled ? node.elseStatement : node.thenStatement);
    if (memo && empty && fills(w, empty, memo.slot)) {
      visitExpression(w, node.expression, fn);
      if (memo.filled) {
        visitNode(w, node.thenStatement, fn);
        return memoized(fn, () => visitNode(w, empty, fn));
      }
      memoized(fn, () => visitNode(w, empty, fn));
      if (node.elseStatement) visitNode(w, node.elseStatement, fn);
      return;
    }
    // `if (!this.byId.has(id)) { ...load...; this.byId.set(id, row) }`: the load runs for keys not yet cached.
    const keyed = fn === w.moduleFn ? undefined : keyTest(w, fn, node.expression);
    const missingBranch = keyed && (keyed.cached ? node.elseStatement : node.thenStatement);
    if (keyed && missingBranch && fillsKeys(w, missingBranch, keyed.slot)) {
      visitExpression(w, node.expression, fn);
      if (keyed.cached) visitNode(w, node.thenStatement, fn);
      cachedPerKey(fn, () => visitNode(w, missingBranch, fn));
      if (!keyed.cached && node.elseStatement) visitNode(w, node.elseStatement, fn);
      return;
    }
    // `if (!cache) cache = await load()`, `if (given) {...} else { await load() }`: the load is a fallback.
    const test = presenceTest(w, node.expression);
    if (test) {
      visitExpression(w, node.expression, fn);
      unlessGiven(fn, test.present ? undefined : test.param, () => visitNode(w, node.thenStatement, fn));
      if (node.elseStatement) unlessGiven(fn, test.present ? test.param : undefined, () => visitNode(w, node.elseStatement!, fn));
      return;
    }
  }
  if (isForOfStatement(node) || isForInStatement(node)) {
    visitExpression(w, node.expression, fn);
    const loop = forOfLoop(w, node, fn);
    return inLoop(fn, loop, () => {
      const scope: Scope = new Map();
      if (isVariableDeclarationList(node.initializer)) {
        for (const d of node.initializer.declarations) if (isIdentifier(d.name)) {
          const local = d.name.text;
          const collection = node.expression;
          scope.set(local, isForOfStatement(node) ? lazy(() => ({ t: 'element', of: symOf(w, collection), name: local })) : () => ({ t: 'unknown', name: local }));
        }
      }
      withScope(w, scope, () => visitNode(w, node.statement, fn));
    });
  }
  if (isForStatement(node)) {
    if (node.initializer) visitNode(w, node.initializer, fn);
    return inLoop(fn, classicLoop(w, node), () => {
      if (node.condition) visitExpression(w, node.condition, fn);
      if (node.incrementor) visitExpression(w, node.incrementor, fn);
      visitNode(w, node.statement, fn);
    });
  }
  if (isWhileStatement(node) || isDoStatement(node)) {
    return inLoop(fn, conditionLoop(w, node), () => {
      visitExpression(w, node.expression, fn);
      visitNode(w, node.statement, fn);
    });
  }
  if (isFunctionDeclaration(node) || isClassDeclaration(node)) return visitStatement(w, node as TS.Statement, fn);
  if (isVariableStatement(node)) return visitStatement(w, node, fn);
  if (node.kind === SyntaxKind.TryStatement) {
    const t = node as TS.TryStatement;
    visitBlock(w, t.tryBlock, fn);
    if (t.catchClause) onFailure(fn, () => visitBlock(w, t.catchClause!.block, fn));
    if (t.finallyBlock) visitBlock(w, t.finallyBlock, fn);
    return;
  }
  if (isExpressionNode(node)) return visitExpression(w, node as TS.Expression, fn);
  // A statement outside a block (`if (x) return this;`, a `case` clause's): read as a statement.
  if (isExpressionStatement(node) || isReturnStatement(node)) return visitStatement(w, node, fn);
  visitChildren(w, node, fn);
}

function visitChildren(w: Walk, node: TS.Node, fn: FnContext): void {
  forEachChild(node, (child) => {
    if (isBlock(child)) visitBlock(w, child, fn);
    else if (isVariableDeclarationList(child)) {
      for (const d of child.declarations) if (d.initializer) visitExpression(w, d.initializer, fn);
    } else visitNode(w, child, fn);
  });
}

function visitExpression(w: Walk, expr: TS.Node, fn: FnContext): void {
  if (isCallExpression(expr)) return visitCall(w, expr, fn);
  if (isBinaryExpression(expr) && fn !== w.moduleFn && memoizedRight(w, expr)) {
    // `this.client ??= await connect()`: the right side fills an empty slot, once.
    visitExpression(w, expr.left, fn);
    return memoized(fn, () => visitExpression(w, expr.right, fn));
  }
  if (isBinaryExpression(expr) && (expr.operatorToken.kind === SyntaxKind.QuestionQuestionToken || expr.operatorToken.kind === SyntaxKind.BarBarToken)) {
    // `given?.get(id) ?? await load(id)`: the right side runs only when the caller gave nothing to read.
    const given = givenPath(w, expr.left);
    if (given) {
      visitExpression(w, expr.left, fn);
      return unlessGiven(fn, given, () => visitExpression(w, expr.right, fn));
    }
  }
  if (isConditionalExpression(expr)) {
    const test = presenceTest(w, expr.condition);
    if (test) {
      visitExpression(w, expr.condition, fn);
      unlessGiven(fn, test.present ? undefined : test.param, () => visitExpression(w, expr.whenTrue, fn));
      return unlessGiven(fn, test.present ? test.param : undefined, () => visitExpression(w, expr.whenFalse, fn));
    }
  }
  if (isBinaryExpression(expr) && expr.operatorToken.kind === SyntaxKind.EqualsToken && isPropertyAccessExpression(expr.left) && isPropertyAccessExpression(expr.left.expression) && expr.left.expression.name.text === 'defaults') {
    // `axios.defaults.timeout = 5000`, `instance.defaults.timeout = 0`: a setting of the client's defaults.
    const target = expr.left.expression;
    fn.fact.settings.push({
      callee: symOf(w, target),
      text: compact(target.getText(w.sf)),
      isNew: false,
      span: w.span(expr),
      args: [{ k: 'obj', entries: [{ key: expr.left.name.text, val: valOf(w, expr.right, 0) }], line: w.lineOf(expr) }],
      loops: [...fn.loopStack],
    });
  }
  if (fn.cls && isBinaryExpression(expr) && expr.operatorToken.kind === SyntaxKind.EqualsToken && isPropertyAccessExpression(expr.left) && expr.left.expression.kind === SyntaxKind.ThisKeyword) {
    const cls = w.facts.classes[fn.cls];
    // Every assignment counts: a field initialised to null and assigned a client later (lazily) is that client.
    const field = expr.left.name.text;
    w.boundNames.set(unwrapExpression(expr.right), `this.${field}`);
    if (cls) {
      const value = symOf(w, expr.right);
      const existing = own(cls.fields, field);
      cls.fields[field] = existing ? either(existing, value) : value;
    }
  }
  if (isArrowFunction(expr) || isFunctionExpression(expr)) {
    // A function value that is not a known iteration callback: assume it runs once, where it is defined.
    return visitInlineFunction(w, expr, fn, undefined);
  }
  if (isClassExpression(expr)) return visitClass(w, 'anonymous', expr, false);
  if (isNewExpression(expr)) noteSetting(w, expr, symOf(w, expr.expression), fn);
  if (isNewExpression(expr) && fn === w.moduleFn && visitModuleCallbacks(w, expr)) return;
  if (isObjectLiteralExpression(expr)) {
    // A function in an object made here and kept (`rewinds.push({ undo: () => ... })`, menu actions, a
    // returned handle) runs when someone calls it later, not here: a function of its own. Handed straight
    // to a call, the callee may run it at once (`withRetry({ run: () => ... })`): walked in place.
    const runsHere = fn === w.moduleFn || w.callArguments.has(expr);
    if (!w.callArguments.has(expr)) noteConfigObject(w, expr, fn);
    for (const prop of expr.properties) {
      const value = isPropertyAssignment(prop) ? unwrapExpression(prop.initializer) : undefined;
      const stored = !runsHere && ((isMethodDeclaration(prop) && prop.body) || (value && (isArrowFunction(value) || isFunctionExpression(value))));
      if (stored) {
        const name = prop.name ? propertyName(prop.name) ?? 'stored' : 'stored';
        visitFunction(w, name, 'callback', isMethodDeclaration(prop) ? prop : (value as TS.ArrowFunction | TS.FunctionExpression), { cls: fn.cls, obj: fn.obj });
      } else if (isMethodDeclaration(prop) && prop.body) visitInlineFunction(w, prop, fn, undefined);
      else forEachChild(prop, (c) => visitExpression(w, c, fn));
    }
    return;
  }
  forEachChild(expr, (child) => {
    if (isBlock(child)) visitBlock(w, child, fn);
    else visitExpression(w, child, fn);
  });
}

function visitInlineFunction(w: Walk, node: TS.FunctionLikeDeclaration, fn: FnContext, callbackOf: { receiver: Sym; method: string } | undefined): void {
  const body = node.body;
  if (!body) return;
  const scope: Scope = new Map();
  bindParameters(w, node.parameters, scope, callbackOf);
  fn.inline = (fn.inline ?? 0) + 1;
  try {
    withScope(w, scope, () => {
      if (isBlock(body)) visitBlock(w, body, fn);
      else visitExpression(w, body, fn);
    });
  } finally {
    fn.inline -= 1;
  }
}

/** Methods that keep what they are given (a list, a set, a map): a function in it runs when someone calls it later. */
const STORED_BY: ReadonlySet<string> = new Set(['push', 'unshift', 'set', 'add', 'concat']);

function visitCall(w: Walk, call: TS.CallExpression, fn: FnContext): void {
  const callee = unwrapExpression(call.expression);
  const method = isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  const receiver = isPropertyAccessExpression(callee) ? unwrapExpression(callee.expression) : undefined;

  // `x.then(...)` is not the I/O: the call that made `x` is. Otherwise the inner links of a chain are not effects.
  const promiseLink = isPromiseLink(method);
  noteCallContext(w, call, callee, method, receiver, promiseLink, fn);

  const again = selfRetry(w, call, fn);
  if (again) fn.fact.loops.push(again);
  const iteration = mayIterate(callee, method) ? iterationOf(w, call, callee, method, receiver, fn) : undefined;
  if (iteration) {
    noteSetting(w, call, symOf(w, callee), fn);
    // The collection is evaluated once; the callback once per element.
    if (receiver && iteration.collectionIsReceiver) visitExpression(w, receiver, fn);
    else if (receiver) visitExpression(w, receiver, fn);
    call.arguments.forEach((arg, i) => {
      if (i === iteration.callbackIndex) return;
      visitExpression(w, arg, fn);
    });
    const cb = call.arguments[iteration.callbackIndex];
    if (cb) {
      inLoop(fn, iteration.loop, () => {
        const target = unwrapExpression(cb);
        if (isArrowFunction(target) || isFunctionExpression(target)) visitInlineFunction(w, target, fn, undefined);
        else recordReference(w, target, fn);
      });
    }
    return;
  }

  const calleeSym = symOf(w, callee);
  noteListUse(w, call, method, receiver, calleeSym.t === 'global', fn);
  if (call.arguments.length || /^(create\w*|connect|init\w*)$/.test(method ?? '')) noteSetting(w, call, calleeSym, fn);
  if (fn.loopStack.length) noteLimiter(calleeSym, fn);
  if (!promiseLink && !w.chained.has(call)) recordCall(w, call, callee, calleeSym, fn);
  // Visit the callee's inner parts (receivers, chained calls) and the arguments.
  visitExpression(w, call.expression, fn);
  if (fn === w.moduleFn && visitModuleCallbacks(w, call)) return;
  const receiverSym = receiver && method ? symOf(w, receiver) : undefined;
  // What a list, set or map is given is kept for later; options handed to any other call may be called back now.
  if (!method || !STORED_BY.has(method)) for (const arg of call.arguments) if (isObjectLiteralExpression(unwrapExpression(arg))) w.callArguments.add(unwrapExpression(arg));
  for (const arg of call.arguments) {
    const a = unwrapExpression(arg);
    if (isCallExpression(a) && calleeSym.t !== 'global' && calleeSym.t !== 'unknown') w.argumentOf.set(a, calleeSym);
  }
  call.arguments.forEach((arg, i) => {
    const a = unwrapExpression(arg);
    const inline = isArrowFunction(a) || isFunctionExpression(a);
    // A function value handed to a call runs as often as that callee runs it: known later.
    const cb = calleeSym.t !== 'global' && (inline || isFunctionValue(w, a)) ? callbackRef(w, call, calleeSym, i, fn) : undefined;
    if (inline) {
      const visit = () => visitInlineFunction(w, a, fn, receiverSym && method ? { receiver: receiverSym, method } : undefined);
      // `p.catch((err) => ...)`, `p.then(ok, (err) => ...)`: the handler runs when the promise failed.
      const body = (method === 'catch' && i === 0) || (method === 'then' && i === 1) ? () => onFailure(fn, visit) : visit;
      if (cb) inCallback(fn, cb, body);
      else body();
    } else if (cb) inCallback(fn, cb, () => recordReference(w, a, fn, true));
    else visitExpression(w, arg, fn);
  });
}

/**
 * At module level, a function passed to a call is a handler registered for later (a route, a job
 * processor): an entry of its own, named by the registration (`app.get('/cart')`, `new Worker('emails')`).
 */
function visitModuleCallbacks(w: Walk, call: TS.CallExpression | TS.NewExpression): boolean {
  const args = call.arguments ?? [];
  const hasCallback = args.some((a) => {
    const u = unwrapExpression(a);
    return isArrowFunction(u) || isFunctionExpression(u);
  });
  if (!hasCallback) return false;
  const label = args.find((a) => isStringLiteralLike(a));
  const prefix = isNewExpression(call) ? 'new ' : '';
  const name = `${prefix}${compact(call.expression.getText(w.sf))}(${label ? `'${(label as TS.StringLiteralLike).text}'` : ''})`;
  for (const arg of args) {
    const u = unwrapExpression(arg);
    if (isArrowFunction(u) || isFunctionExpression(u)) visitFunction(w, name, 'callback', u, {});
    else visitExpression(w, arg, w.moduleFn);
  }
  if (isCallExpression(call)) visitExpression(w, call.expression, w.moduleFn);
  return true;
}
