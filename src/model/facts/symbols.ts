/**
 * Symbols: the symbolic value of an expression (`Sym`), looked up in the walk's open scopes, and
 * the symbol a declared type names.
 */
import ts from '../../parse/typescript.js';
import type * as TS from 'typescript';
import { propertyName, unwrapExpression } from './syntax.js';
import type { Sym } from './types.js';
import type { Scope, Walk } from './walk.js';

// TypeScript's CommonJS bundle exports through getters: bind what the walk uses once.
const { SyntaxKind, isArrayLiteralExpression, isArrayTypeNode, isArrowFunction, isAsExpression, isBinaryExpression, isCallExpression, isConditionalExpression, isElementAccessExpression, isFunctionExpression, isFunctionTypeNode, isIdentifier, isIntersectionTypeNode, isLiteralTypeNode, isParenthesizedTypeNode, isPropertySignature, isNewExpression, isNoSubstitutionTemplateLiteral, isNumericLiteral, isObjectLiteralExpression, isPropertyAccessExpression, isPropertyAssignment, isShorthandPropertyAssignment, isSpreadElement, isStringLiteral, isTemplateExpression, isTupleTypeNode, isTypeLiteralNode, isTypeReferenceNode, isUnionTypeNode, isSpreadAssignment } = ts;

const IGNORED_GLOBALS = new Set(['console', 'JSON', 'Math', 'Object', 'Array', 'String', 'Number', 'Boolean', 'Date', 'Promise', 'Reflect', 'Symbol', 'Buffer', 'process', 'BigInt', 'Intl', 'RegExp', 'Error', 'URL', 'URLSearchParams', 'encodeURIComponent', 'decodeURIComponent', 'parseInt', 'parseFloat', 'isNaN', 'structuredClone', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'require', 'expect', 'describe', 'it', 'test']);

/** Type names read by name alone, as sets: `typeSym` meets one at every annotated parameter, field and return. */
const LIST_TYPES: ReadonlySet<string> = new Set(['Array', 'ReadonlyArray']);
const FUNCTION_UTILITY_TYPES: ReadonlySet<string> = new Set(['Parameters', 'ReturnType']);
const PROMISE_TYPES: ReadonlySet<string> = new Set(['Promise', 'PromiseLike', 'Awaited']);
const CONTAINER_TYPES: ReadonlySet<string> = new Set(['Array', 'ReadonlyArray', 'Record', 'Set', 'ReadonlySet', 'Map', 'ReadonlyMap', 'Partial', 'Readonly']);

/** Runs `body` with `scope` open, innermost. */
export function withScope<T>(w: Walk, scope: Scope, body: () => T): T {
  w.scopes.push(scope);
  try {
    return body();
  } finally {
    w.scopes.pop();
  }
}

/** What a name is bound to in the open scopes, innermost first; a free name is a global. */
export function lookup(w: Walk, name: string): Sym {
  return bindingOf(w, name)?.() ?? { t: 'global', name };
}

/** The innermost binding of `name` in scope (its getter: the key of what the walk notes of it), if any. */
export function bindingOf(w: Walk, name: string): (() => Sym) | undefined {
  for (let i = w.scopes.length - 1; i >= 0; i--) {
    const get = w.scopes[i]!.get(name);
    if (get) return get;
  }
  return undefined;
}

/** A binding computed on first use, once; a cycle between bindings reads as unknown. */
export function lazy(compute: () => Sym): () => Sym {
  let state: 0 | 1 | 2 = 0;
  let value: Sym = { t: 'unknown' };
  return () => {
    if (state === 2) return value;
    if (state === 1) return { t: 'unknown' }; // a cycle: `const a = b; const b = a`
    state = 1;
    value = compute();
    state = 2;
    return value;
  };
}

export function symOf(w: Walk, node: TS.Node): Sym {
  if (isAsExpression(node) && isTypeReferenceNode(node.type) && !(isIdentifier(node.type.typeName) && node.type.typeName.text === 'const')) {
    // `x as Redis`: the asserted type, where the expression itself says nothing.
    const inner = symOf(w, node.expression);
    const asserted = inner.t === 'unknown' ? typeSym(w, node.type) : undefined;
    return asserted && asserted.t !== 'literal' ? { t: 'param', name: '', type: asserted } : inner;
  }
  const e = unwrapExpression(node as TS.Expression);
  if (isIdentifier(e)) {
    const s = lookup(w, e.text);
    return s.t === 'global' && !IGNORED_GLOBALS.has(e.text) && e.text !== 'fetch' && e.text !== 'globalThis' ? { t: 'unknown', name: e.text } : s;
  }
  if (e.kind === SyntaxKind.ThisKeyword) {
    const self = lookup(w, 'this');
    return self.t === 'global' ? { t: 'this' } : self;
  }
  if (isPropertyAccessExpression(e)) {
    const of = symOf(w, e.expression);
    if (of.t === 'global' && of.name === 'globalThis') return { t: 'global', name: e.name.text };
    return { t: 'member', of, name: e.name.text };
  }
  if (isElementAccessExpression(e)) {
    const arg = unwrapExpression(e.argumentExpression);
    if (isStringLiteral(arg)) return { t: 'member', of: symOf(w, e.expression), name: arg.text };
    return { t: 'unknown' };
  }
  if (isCallExpression(e)) {
    if (e.expression.kind === SyntaxKind.ImportKeyword) return { t: 'unknown' };
    if (isIdentifier(e.expression) && e.expression.text === 'require' && e.arguments[0] && isStringLiteral(e.arguments[0])) {
      return { t: 'import', module: e.arguments[0].text, name: '*' };
    }
    return { t: 'call', of: symOf(w, e.expression), args: e.arguments.slice(0, 2).map((a) => argSym(w, a)) };
  }
  if (isNewExpression(e)) {
    // `new Proxy(client, { get(...) { ... } })` forwards to its target: what a call on it reaches.
    const target = e.arguments?.[0];
    if (target && isIdentifier(e.expression) && e.expression.text === 'Proxy' && !bindingOf(w, 'Proxy')) return symOf(w, target);
    const of = symOf(w, e.expression);
    return { t: 'new', of };
  }
  if (isObjectLiteralExpression(e)) {
    const props: Record<string, Sym> = {};
    const spreads: Sym[] = [];
    for (const p of e.properties) {
      if (isPropertyAssignment(p)) {
        const k = propertyName(p.name);
        if (k) props[k] = symOf(w, p.initializer);
      } else if (isShorthandPropertyAssignment(p)) props[p.name.text] = lookup(w, p.name.text);
      // `export default { ...prisma, rawQuery }`: what is not listed comes from the spread.
      else if (isSpreadAssignment(p)) spreads.push(symOf(w, p.expression));
    }
    const told = spreads.filter((s) => s.t !== 'unknown' && s.t !== 'literal');
    return told.length ? { t: 'object', props, spreads: told } : { t: 'object', props };
  }
  if (isArrayLiteralExpression(e)) return e.elements.some((x) => isSpreadElement(x)) ? { t: 'unknown' } : { t: 'array', count: e.elements.length };
  if (isNumericLiteral(e)) return { t: 'literal', value: Number(e.text) };
  if (isStringLiteral(e) || isNoSubstitutionTemplateLiteral(e)) return { t: 'literal', value: e.text };
  if (isTemplateExpression(e)) return { t: 'literal' };
  if (isBinaryExpression(e)) {
    if (e.operatorToken.kind === SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === SyntaxKind.BarBarToken) {
      // The singleton idiom `globalThis.prisma ?? new PrismaClient()`: either side may be the value.
      return either(symOf(w, e.left), symOf(w, e.right));
    }
    return { t: 'literal' };
  }
  if (isConditionalExpression(e)) return either(symOf(w, e.whenTrue), symOf(w, e.whenFalse));
  if (isArrowFunction(e) || isFunctionExpression(e)) return { t: 'unknown' };
  return { t: 'unknown' };
}

/** Arguments are kept only where they name something: AWS command classes, Prisma models, table names. */
function argSym(w: Walk, arg: TS.Expression): Sym {
  const a = unwrapExpression(arg);
  if (isNewExpression(a) || isIdentifier(a) || isStringLiteral(a) || isPropertyAccessExpression(a)) return symOf(w, a);
  return { t: 'unknown' };
}

/** The value of a binding: what its initializer gives, else (or when that says nothing) its declared type. */
export function declared(w: Walk, flow: Sym, name: string, type: TS.TypeNode | undefined): Sym {
  if (!type) return flow;
  const declared = typeSym(w, type);
  if (!declared || declared.t === 'literal') return flow;
  return either(flow, { t: 'param', name, type: declared });
}

export function paramSym(w: Walk, p: TS.ParameterDeclaration): Sym {
  const name = isIdentifier(p.name) ? p.name.text : '';
  if (p.initializer) {
    const init = symOf(w, p.initializer);
    if (init.t !== 'literal' && init.t !== 'unknown') return init;
  }
  return { t: 'param', name, ...(p.type ? { type: typeSym(w, p.type) } : {}) };
}

/** Describes a generic declaration with its type parameters known by position (none for another declaration looked up meanwhile). */
export function withTypeParams<T>(w: Walk, params: TS.NodeArray<TS.TypeParameterDeclaration> | undefined, describe: () => T): T {
  const outer = w.typeParams;
  w.typeParams = params?.length ? new Map(params.map((p, i) => [p.name.text, i])) : undefined;
  try {
    return describe();
  } finally {
    w.typeParams = outer;
  }
}

/** The symbol an annotated type names (`Redis`, `Repository<User>`, `Prisma.TransactionClient`). */
export function typeSym(w: Walk, type: TS.TypeNode): Sym | undefined {
  if (isParenthesizedTypeNode(type)) return typeSym(w, type.type);
  // An object type is the shape of its fields (`{ db: PrismaClient; logger: Logger }`).
  if (isTypeLiteralNode(type)) return membersSym(w, type.members);
  // A list of clients or services is worth knowing: its elements are what a loop over it calls.
  const element = isArrayTypeNode(type) ? type.elementType : isTypeReferenceNode(type) && isIdentifier(type.typeName) && LIST_TYPES.has(type.typeName.text) ? type.typeArguments?.[0] : undefined;
  if (element) {
    const of = typeSym(w, element);
    return of && of.t !== 'literal' && of.t !== 'global' ? { t: 'collection', of } : { t: 'literal' };
  }
  // A tuple is a list of positions, each its own type (`[Router, TenantContext]`).
  if (isTupleTypeNode(type)) return positionsSym(w, type.elements.map((e) => (ts.isNamedTupleMember(e) ? (e.dotDotDotToken ? undefined : { type: e.type, name: e.name.text }) : ts.isRestTypeNode(e) ? undefined : { type: e })));
  // `typeof x` is whatever x is.
  if (ts.isTypeQueryNode(type)) return isIdentifier(type.exprName) ? lookup(w, type.exprName.text) : undefined;
  // The utility types over a function type: its parameters as a tuple, what calling it gives.
  if (isTypeReferenceNode(type) && isIdentifier(type.typeName) && FUNCTION_UTILITY_TYPES.has(type.typeName.text) && type.typeArguments?.length === 1) {
    const of = type.typeArguments[0]!;
    if (type.typeName.text === 'ReturnType' && ts.isTypeQueryNode(of) && isIdentifier(of.exprName)) return { t: 'call', of: lookup(w, of.exprName.text), args: [] };
    const sig = signatureOf(w, of);
    if (!sig) return undefined;
    if (type.typeName.text === 'ReturnType') return sig.type ? typeSym(w, sig.type) : undefined;
    return positionsSym(w, sig.parameters.map((p) => (p.dotDotDotToken ? undefined : { type: p.type, name: isIdentifier(p.name) ? p.name.text : undefined })));
  }
  // A function type is worth knowing when what it gives can be a client.
  if (isFunctionTypeNode(type)) {
    const returns = typeSym(w, type.type);
    return returns && returns.t !== 'literal' && returns.t !== 'global' ? { t: 'signature', returns } : { t: 'literal' };
  }
  // Primitives hold data, never a client.
  if (isLiteralTypeNode(type) || (type.kind >= SyntaxKind.AnyKeyword && type.kind <= SyntaxKind.UndefinedKeyword && type.kind !== SyntaxKind.AnyKeyword && type.kind !== SyntaxKind.UnknownKeyword)) {
    return { t: 'literal' };
  }
  // What a promise settles to is what `await` gives.
  if (isTypeReferenceNode(type) && isIdentifier(type.typeName) && PROMISE_TYPES.has(type.typeName.text)) {
    const inner = type.typeArguments?.[0];
    return inner ? typeSym(w, inner) : undefined;
  }
  if (isTypeReferenceNode(type) && isIdentifier(type.typeName) && CONTAINER_TYPES.has(type.typeName.text)) {
    return { t: 'global', name: type.typeName.text === 'Record' || type.typeName.text.startsWith('Readonly') || type.typeName.text === 'Partial' ? 'Object' : type.typeName.text.replace(/^Readonly/, '') };
  }
  if (isTypeReferenceNode(type)) {
    const name = type.typeName;
    if (isIdentifier(name)) {
      const param = w.typeParams?.get(name.text);
      if (param !== undefined) return { t: 'typeParam', index: param };
      // Another declaration is described on its own, with its own type parameters.
      const found = w.typeParams ? withTypeParams(w, undefined, () => lookup(w, name.text)) : lookup(w, name.text);
      if (found.t === 'unknown') return { t: 'global', name: name.text };
      const args = type.typeArguments;
      if (!args?.length || found.t === 'global' || found.t === 'literal') return found;
      return { t: 'generic', of: found, args: args.map((a) => typeSym(w, a) ?? { t: 'unknown' }) };
    }
    const left = isIdentifier(name.left) ? lookup(w, name.left.text) : undefined;
    return left ? { t: 'member', of: left, name: name.right.text } : undefined;
  }
  if (isUnionTypeNode(type) || isIntersectionTypeNode(type)) {
    // Member by member: `EntityManager | undefined` is an EntityManager where it is anything.
    let out: Sym | undefined;
    for (const t of type.types) {
      const s = typeSym(w, t);
      if (s) out = out ? either(out, s) : s;
    }
    return out;
  }
  return undefined;
}

/** Positions of a tuple or parameter list, each a field `'0'`, `'1'`... known by its type; data only when no position can hold a client. */
function positionsSym(w: Walk, types: Array<{ type?: TS.TypeNode; name?: string } | undefined>): Sym {
  const props: Record<string, Sym> = {};
  types.forEach((t, i) => {
    const s = t?.type && typeSym(w, t.type);
    if (s && s.t !== 'literal') props[String(i)] = { t: 'param', name: t.name ?? String(i), type: s };
  });
  return Object.keys(props).length ? { t: 'object', props } : { t: 'literal' };
}

/** The function type a type names: an inline function type, a type alias of one, `typeof f` for a function of this file. */
function signatureOf(w: Walk, type: TS.TypeNode): TS.SignatureDeclarationBase | undefined {
  if (isParenthesizedTypeNode(type)) return signatureOf(w, type.type);
  if (isFunctionTypeNode(type)) return type;
  if (isTypeReferenceNode(type) && isIdentifier(type.typeName)) return w.signatures.get(type.typeName.text);
  if (ts.isTypeQueryNode(type) && isIdentifier(type.exprName)) return w.signatures.get(type.exprName.text);
  return undefined;
}

/** The members of an interface or type literal, each a field known by its declared type. */
export function membersSym(w: Walk, members: TS.NodeArray<TS.TypeElement>, iface?: string): Sym {
  const props: Record<string, Sym> = {};
  for (const m of members) {
    const key = m.name && propertyName(m.name);
    if (key && isPropertySignature(m) && m.type) {
      const type = typeSym(w, m.type);
      if (type && type.t !== 'literal') props[key] = { t: 'param', name: key, type };
    }
  }
  // An interface of methods only is still an interface: its implementers say what the methods do.
  if (iface) return { t: 'object', props, iface };
  // A type literal of methods only (`{ get(key: string): Promise<T> }`) says nothing: the names still may.
  return Object.keys(props).length ? { t: 'object', props } : members.length ? { t: 'unknown' } : { t: 'literal' };
}

/** `a || b`: a literal or an unknown side tells nothing, so the other stands alone; else both are kept. */
export function either(a: Sym, b: Sym): Sym {
  const silent = (x: Sym) => x.t === 'unknown' || x.t === 'literal';
  if (silent(a)) return b;
  if (silent(b)) return a;
  return { t: 'either', options: [...(a.t === 'either' ? a.options : [a]), ...(b.t === 'either' ? b.options : [b])] };
}
