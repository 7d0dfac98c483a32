/**
 * Per-file facts (see walker.ts): the one walk over a file's syntax tree and the plain data it
 * gives. The modules of this folder, by kind of knowledge: types.ts (the facts), walk.ts (the
 * state of one walk), walker.ts (statements and expressions), declarations.ts (imports, exports,
 * bindings), symbols.ts (symbolic values and declared types), calls.ts, loops.ts, params.ts
 * (parameters: passed on, given or not), memo.ts (loads that fill an empty slot once), values.ts
 * (option values and setting sites), syntax.ts
 * (stateless helpers).
 */
export type { CallbackRef, CallFact, ClassFact, FileFacts, FunctionFact, GivenArg, KeyTree, LoopBound, LoopFact, LoopKind, ParamRef, SettingFact, Span, Sym } from './types.js';
export { extractFacts } from './walker.js';
export { unwrapExpression } from './syntax.js';
