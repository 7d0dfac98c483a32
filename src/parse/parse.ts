/**
 * Syntax only: TypeScript's own scanner and parser, no type checker, no ESTree conversion.
 * The fact pass walks this tree once and keeps nothing of it (see src/model/facts/).
 */
import ts from './typescript.js';
import type * as TS from 'typescript';

export type ParseResult = { ok: true; sourceFile: TS.SourceFile } | { ok: false; reason: string };

const KIND_BY_EXTENSION: Record<string, TS.ScriptKind> = {
  '.ts': ts.ScriptKind.TS,
  '.mts': ts.ScriptKind.TS,
  '.cts': ts.ScriptKind.TS,
  '.tsx': ts.ScriptKind.TSX,
  '.js': ts.ScriptKind.JSX, // plain .js files often hold JSX in React projects; JSX mode also parses plain JS
  '.mjs': ts.ScriptKind.JS,
  '.cjs': ts.ScriptKind.JS,
  '.jsx': ts.ScriptKind.JSX,
};

export function scriptKindFor(path: string): TS.ScriptKind {
  const dot = path.lastIndexOf('.');
  return KIND_BY_EXTENSION[path.slice(dot)] ?? ts.ScriptKind.TS;
}

/**
 * Deeper nesting than this is refused before parsing: TypeScript's parser recurses once per level
 * and overflows the stack somewhere past 1,500 (generated and minified files get there).
 */
export const MAX_NESTING = 1000;

/**
 * The deepest nesting of brackets in a text, outside strings and comments: enough to tell
 * generated depth from written code. (JSX elements are not counted: `a <b` reads like a tag; a
 * JSX nest deep enough to overflow the parser is caught when it does.)
 */
export function nestingDepth(text: string, stopAt = MAX_NESTING): number {
  // The regular expression jumps from one character that matters to the next (natively: this runs on every file).
  const interesting = /[()[\]{}'"`/]/g;
  let depth = 0;
  let max = 0;
  for (let m = interesting.exec(text); m; m = interesting.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 39 || c === 34 || c === 96) {
      // '...', "...", `...` (a template's own brackets are its text's, not the code's nesting)
      let j = i + 1;
      for (; j < text.length && text.charCodeAt(j) !== c; j++) if (text.charCodeAt(j) === 92) j++;
      interesting.lastIndex = j + 1;
    } else if (c === 47) {
      const next = text.charCodeAt(i + 1);
      if (next === 47) {
        const end = text.indexOf('\n', i);
        interesting.lastIndex = end < 0 ? text.length : end;
      } else if (next === 42) {
        const end = text.indexOf('*/', i + 2);
        interesting.lastIndex = end < 0 ? text.length : end + 2;
      }
    } else if (c === 40 || c === 91 || c === 123) {
      if (++depth > max && (max = depth) > stopAt) return max;
    } else depth = Math.max(0, depth - 1);
  }
  return max;
}

/** The parser recovers from errors; we still refuse the file, since facts from a broken tree mislead. */
export function parseSource(path: string, text: string): ParseResult {
  if (nestingDepth(text) > MAX_NESTING) return { ok: false, reason: `nesting too deep to parse (over ${MAX_NESTING} levels)` };
  // JSDoc is never read by the fact pass; not parsing it saves about a third of the parse time.
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  let sourceFile: TS.SourceFile;
  try {
    sourceFile = ts.createSourceFile(path, text, options, false, scriptKindFor(path));
  } catch (error) {
    // Nesting of another shape (a long chain the parser recurses on) can still overflow it.
    if (error instanceof RangeError) return { ok: false, reason: 'nesting too deep to parse' };
    throw error;
  }
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: TS.DiagnosticWithLocation[] }).parseDiagnostics;
  const first = diagnostics?.[0];
  if (first) {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
    const message = ts.flattenDiagnosticMessageText(first.messageText, ' ').replace(/\.$/, '');
    return { ok: false, reason: `parse error: ${message} (${line + 1}:${character + 1})` };
  }
  return { ok: true, sourceFile };
}
