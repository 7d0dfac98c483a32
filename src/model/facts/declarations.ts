/**
 * Declarations: imports, exports and the bindings of each scope, hoisted before the walk visits
 * the code; values are computed on first use.
 */
import ts from '../../parse/typescript.js';
import type * as TS from 'typescript';
import { declared, either, lazy, lookup, membersSym, paramSym, symOf, typeSym, withTypeParams } from './symbols.js';
import { isValueLike, propertyName, unwrapExpression } from './syntax.js';
import type { Sym } from './types.js';
import { givenPath } from './params.js';
import { valOf } from './values.js';
import type { Scope, Walk } from './walk.js';

// TypeScript's CommonJS bundle exports through getters: bind what the walk uses once.
const { SyntaxKind, canHaveModifiers, getModifiers, isArrowFunction, isBindingElement, isClassDeclaration, isClassExpression, isEnumDeclaration, isExportAssignment, isExportDeclaration, isExternalModuleReference, isFunctionDeclaration, isFunctionExpression, isFunctionTypeNode, isIdentifier, isImportDeclaration, isImportEqualsDeclaration, isInterfaceDeclaration, isNamedImports, isNamespaceExport, isNamespaceImport, isObjectBindingPattern, isObjectLiteralExpression, isStringLiteral, isTypeAliasDeclaration, isVariableStatement } = ts;

export function hasExport(node: TS.Node): boolean {
  const mods = canHaveModifiers(node) ? getModifiers(node) : undefined;
  return !!mods?.some((m) => m.kind === SyntaxKind.ExportKeyword);
}

export function hasDefault(node: TS.Node): boolean {
  const mods = canHaveModifiers(node) ? getModifiers(node) : undefined;
  return !!mods?.some((m) => m.kind === SyntaxKind.DefaultKeyword);
}

export function declareModuleStatement(w: Walk, stmt: TS.Statement, scope: Scope): void {
  if (isImportDeclaration(stmt) && isStringLiteral(stmt.moduleSpecifier)) {
    const module = stmt.moduleSpecifier.text;
    const clause = stmt.importClause;
    if (!clause) return;
    if (clause.name) addImport(w, scope, clause.name.text, module, 'default');
    const nb = clause.namedBindings;
    if (nb && isNamespaceImport(nb)) addImport(w, scope, nb.name.text, module, '*');
    if (nb && isNamedImports(nb)) {
      for (const el of nb.elements) addImport(w, scope, el.name.text, module, (el.propertyName ?? el.name).text);
    }
    return;
  }
  if (isImportEqualsDeclaration(stmt) && isExternalModuleReference(stmt.moduleReference) && isStringLiteral(stmt.moduleReference.expression)) {
    addImport(w, scope, stmt.name.text, stmt.moduleReference.expression.text, '*');
    return;
  }
  if (isExportDeclaration(stmt)) {
    const from = stmt.moduleSpecifier && isStringLiteral(stmt.moduleSpecifier) ? stmt.moduleSpecifier.text : undefined;
    if (!stmt.exportClause) {
      if (from) w.facts.starExports.push(from);
      return;
    }
    if (isNamespaceExport(stmt.exportClause)) {
      if (from) w.facts.exports[stmt.exportClause.name.text] = { t: 'import', module: from, name: '*' };
      return;
    }
    for (const el of stmt.exportClause.elements) {
      const local = (el.propertyName ?? el.name).text;
      if (from) w.facts.exports[el.name.text] = { t: 'import', module: from, name: local };
      else w.pendingExportClauses.push({ local, exported: el.name.text });
    }
    return;
  }
  if (isExportAssignment(stmt)) return; // handled in visit, needs scope
  declareStatement(w, stmt, scope, true);
}

function addImport(w: Walk, scope: Scope, local: string, module: string, name: string): void {
  w.facts.imports[local] = { module, name };
  const sym: Sym = { t: 'import', module, name };
  scope.set(local, () => sym);
}

/** Hoists declarations of a block into its scope; variable values are computed on first use. */
export function declareStatement(w: Walk, stmt: TS.Statement, scope: Scope, moduleLevel: boolean): void {
  if (isFunctionDeclaration(stmt) && stmt.name) {
    const name = stmt.name.text;
    if (!w.signatures.has(name)) w.signatures.set(name, stmt);
    const id = moduleLevel ? name : qualify(w, name);
    const exported = moduleLevel && hasExport(stmt);
    if (exported) w.exportedNames.add(name);
    if (moduleLevel && hasDefault(stmt)) w.facts.exports['default'] = { t: 'fn', id };
    scope.set(name, () => ({ t: 'fn', id }));
    return;
  }
  if (isClassDeclaration(stmt) && stmt.name) {
    const name = stmt.name.text;
    if (moduleLevel && hasExport(stmt)) w.exportedNames.add(name);
    if (moduleLevel && hasDefault(stmt)) w.facts.exports['default'] = { t: 'class', name };
    scope.set(name, () => ({ t: 'class', name }));
    return;
  }
  if (isVariableStatement(stmt)) {
    const exported = moduleLevel && hasExport(stmt);
    for (const decl of stmt.declarationList.declarations) declareBinding(w, decl.name, decl.initializer, scope, exported, moduleLevel, decl.type);
    return;
  }
  if (isEnumDeclaration(stmt)) {
    scope.set(stmt.name.text, () => ({ t: 'literal' }));
  }
  if (isTypeAliasDeclaration(stmt)) {
    const name = stmt.name.text;
    if (moduleLevel && hasExport(stmt)) w.exportedNames.add(name);
    if (isFunctionTypeNode(stmt.type) && !w.signatures.has(name)) w.signatures.set(name, stmt.type);
    if (!scope.has(name)) scope.set(name, lazy(() => withTypeParams(w, stmt.typeParameters, () => typeSym(w, stmt.type)) ?? { t: 'unknown', name }));
  }
  if (isInterfaceDeclaration(stmt)) {
    // An interface is the shape of what its holders receive: `deps: Deps` where `Deps { db: PrismaClient }`.
    const name = stmt.name.text;
    if (moduleLevel && hasExport(stmt)) w.exportedNames.add(name);
    if (!scope.has(name)) scope.set(name, lazy(() => withTypeParams(w, stmt.typeParameters, () => membersSym(w, stmt.members, name))));
    if (moduleLevel && stmt.members.some((m) => ts.isMethodSignature(m))) (w.facts.interfaces ??= []).push(name);
  }
}

/** Inner destructuring patterns, each element a member of what the outer one read. */
function declareNested(w: Walk, pattern: TS.ObjectBindingPattern, of: () => Sym, scope: Scope, exported: boolean): void {
  for (const el of pattern.elements) {
    const prop = el.propertyName && isIdentifier(el.propertyName) ? el.propertyName.text : isIdentifier(el.name) ? el.name.text : undefined;
    if (!prop) continue;
    const inner = (): Sym => ({ t: 'member', of: of(), name: prop });
    if (isObjectBindingPattern(el.name)) declareNested(w, el.name, inner, scope, exported);
    else if (isIdentifier(el.name)) {
      if (exported) w.exportedNames.add(el.name.text);
      scope.set(el.name.text, lazy(inner));
    }
  }
}

function declareBinding(w: Walk, name: TS.BindingName, init: TS.Expression | undefined, scope: Scope, exported: boolean, moduleLevel: boolean, type?: TS.TypeNode): void {
  if (isIdentifier(name)) {
    if (exported) w.exportedNames.add(name.text);
    if (init && moduleLevel && isValueLike(init)) {
      const local = name.text;
      w.pendingConstants.push(() => (w.facts.constants[local] = valOf(w, init, 0)));
    }
    const fnLike = init && unwrapExpression(init);
    if (fnLike && (isArrowFunction(fnLike) || isFunctionExpression(fnLike))) {
      const id = moduleLevel ? name.text : qualify(w, name.text);
      scope.set(name.text, () => ({ t: 'fn', id }));
      return;
    }
    if (fnLike && isClassExpression(fnLike)) {
      scope.set(name.text, () => ({ t: 'class', name: name.text }));
      return;
    }
    const local = name.text;
    // The value the flow gives, and where it says nothing, the declared type (`let redis: Redis;`).
    const getter = lazy(() => declared(w, init ? symOf(w, init) : { t: 'unknown', name: local }, local, type));
    if (init) w.initOf.set(getter, init);
    scope.set(name.text, getter);
    return;
  }
  if (isObjectBindingPattern(name)) {
    for (const el of name.elements) {
      const prop = el.propertyName && isIdentifier(el.propertyName) ? el.propertyName.text : isIdentifier(el.name) ? el.name.text : undefined;
      if (isObjectBindingPattern(el.name)) {
        // `const { services: { db } } = ctx`: the inner pattern reads a member of the member.
        if (prop && init) declareNested(w, el.name, () => ({ t: 'member', of: symOf(w, init), name: prop }), scope, exported);
        continue;
      }
      if (!isIdentifier(el.name)) continue;
      const local = el.name.text;
      if (exported) w.exportedNames.add(local);
      const getter = lazy(() => {
        if (!init || !prop) return { t: 'unknown', name: local };
        const base = symOf(w, init);
        return base.t === 'unknown' ? { t: 'unknown', name: local } : { t: 'member', of: base, name: prop };
      });
      // Read out of a parameter: a test of it is a test of what the caller gave (`data.teams` of `const { data } = input`).
      const from = init && prop && !moduleLevel ? givenPath(w, init) : undefined;
      if (from && prop) w.paramPaths.set(getter, { ...from, path: [...(from.path ?? []), prop] });
      scope.set(local, getter);
    }
    return;
  }
  for (const el of name.elements) {
    if (isBindingElement(el) && isIdentifier(el.name)) {
      const local = el.name.text;
      scope.set(local, () => ({ t: 'unknown', name: local }));
    }
  }
}

export function bindParameters(w: Walk, params: TS.NodeArray<TS.ParameterDeclaration>, scope: Scope, callbackOf: { receiver: Sym; method: string } | undefined): void {
  for (const [index, p] of params.entries()) {
    if (isIdentifier(p.name)) {
      const sym = callbackOf && !/^(err|error|e|_)$/i.test(p.name.text) ? { t: 'param' as const, name: p.name.text, callbackOf: { ...callbackOf, index } } : paramSym(w, p);
      const getter = () => sym;
      // A scalar default is the value the code states (`attempts = 3`); an object default
      // (`opts = {}`) stands for whatever callers pass, so it stays unread.
      if (p.initializer && !isObjectLiteralExpression(unwrapExpression(p.initializer))) w.initOf.set(getter, p.initializer);
      if (p.initializer) w.defaultOf.set(getter, p.initializer);
      scope.set(p.name.text, getter);
    } else {
      // A destructured parameter (`{ db, logger }: Deps`, `...[router, tenant]: RouterArgs`): each
      // name is the member of the declared type it reads, else known by its name only.
      const whole = p.type ? paramSym(w, p) : undefined;
      bindPattern(w, p.name, whole && whole.t !== 'literal' ? () => whole : undefined, scope);
    }
  }
}

function bindPattern(w: Walk, pattern: TS.BindingName, of: (() => Sym) | undefined, scope: Scope): void {
  if (isIdentifier(pattern)) return;
  pattern.elements.forEach((el, index) => {
    if (ts.isOmittedExpression(el) || el.dotDotDotToken) return;
    const key = isObjectBindingPattern(pattern) ? (el.propertyName ? propertyName(el.propertyName) : isIdentifier(el.name) ? el.name.text : undefined) : String(index);
    const member = of && key !== undefined ? (): Sym => ({ t: 'member', of: of(), name: key }) : undefined;
    if (!isIdentifier(el.name)) return bindPattern(w, el.name, member, scope);
    const local = el.name.text;
    const getter = member ? lazy(() => either(member(), { t: 'unknown', name: local })) : (): Sym => ({ t: 'unknown', name: local });
    if (el.initializer) w.defaultOf.set(getter, el.initializer);
    scope.set(local, getter);
  });
}

export function qualify(w: Walk, name: string): string {
  return [...w.qualifyPrefix, name].join('.');
}

export function resolveExportClauses(w: Walk): void {
  for (const name of w.exportedNames) {
    if (!w.facts.exports[name]) w.facts.exports[name] = lookup(w, name);
  }
  for (const { local, exported } of w.pendingExportClauses) {
    w.facts.exports[exported] = lookup(w, local);
    w.facts.exportLocals[exported] = local;
  }
  for (const name of w.exportedNames) w.facts.exportLocals[name] ??= name;
  const exportedClasses = new Set<string>();
  for (const sym of Object.values(w.facts.exports)) if (sym.t === 'class') exportedClasses.add(sym.name);
  for (const cls of Object.values(w.facts.classes)) {
    if (w.facts.exports[cls.name] || exportedClasses.has(cls.name)) cls.exported = true;
  }
  const def = w.facts.exports['default'];
  for (const fn of w.facts.functions) {
    const head = fn.id.split(/[.#(]/)[0] ?? '';
    if (w.facts.exports[head] || w.exportedNames.has(head) || w.facts.classes[head]?.exported) fn.exported = true;
    if (def && ((def.t === 'fn' && def.id === fn.id) || (def.t === 'class' && fn.id.startsWith(def.name + '.')))) fn.exported = true;
  }
}
