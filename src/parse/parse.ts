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

/** The parser recovers from errors; we still refuse the file, since facts from a broken tree mislead. */
export function parseSource(path: string, text: string): ParseResult {
  // JSDoc is never read by the fact pass; not parsing it saves about a third of the parse time.
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  const sourceFile = ts.createSourceFile(path, text, options, false, scriptKindFor(path));
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: TS.DiagnosticWithLocation[] }).parseDiagnostics;
  const first = diagnostics?.[0];
  if (first) {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
    const message = ts.flattenDiagnosticMessageText(first.messageText, ' ').replace(/\.$/, '');
    return { ok: false, reason: `parse error: ${message} (${line + 1}:${character + 1})` };
  }
  return { ok: true, sourceFile };
}
