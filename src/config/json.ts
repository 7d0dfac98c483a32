/**
 * Reading a configuration file: jsonc-parser, which keeps every value's position, so that a
 * syntax error and a validation error both name their line:column. A configuration file may have
 * comments and trailing commas, as editors and tsconfig.json allow; package.json is plain JSON
 * (npm refuses the rest), so there they are errors. A key given twice is an error in both, rather
 * than the last one silently winning.
 */
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, visit, type Node, type ParseError } from 'jsonc-parser';
import { OpsdiffError } from '../errors.js';

export const CONFIG_EXAMPLE = 'the configuration is a JSON object such as { "exclude": ["**/generated/**"] }';
/** Deeper than this is no configuration (the schema's deepest value is six levels down). */
const MAX_DEPTH = 64;

export interface JsonDocument {
  value: unknown;
  /** The 1-based line and column of the value (or, with `key`, of the property's name) at a path. */
  locate(path: ReadonlyArray<string | number>, key?: boolean): { line: number; column: number } | undefined;
}

export interface JsonDialect {
  /** Comments and trailing commas are allowed (JSONC, as in tsconfig.json). */
  jsonc: boolean;
  /** The file's absolute path, carried by the error for annotations. */
  file?: string;
}

/** Parses a configuration file's text (a leading byte-order mark is allowed); a syntax error names file:line:column. */
export function parseJsonText(text: string, source: string, dialect: JsonDialect): JsonDocument {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fail = (offset: number, problem: string, hint: string): never => {
    const { line, column } = position(body, offset);
    throw new OpsdiffError('bad-config', `${source}:${line}:${column}: invalid JSON: ${problem}`, hint, dialect.file === undefined ? undefined : { file: dialect.file, line, column });
  };
  if (body.trim() === '') fail(body.length, 'the file is empty', CONFIG_EXAMPLE);
  const errors: ParseError[] = [];
  const options = { disallowComments: !dialect.jsonc, allowTrailingComma: dialect.jsonc, allowEmptyContent: false };
  let tree: Node | undefined;
  try {
    tree = parseTree(body, errors, options);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    fail(0, `nesting too deep to parse (over ${MAX_DEPTH} levels)`, CONFIG_EXAMPLE);
  }
  if (errors.length) {
    const { offset, problem, hint } = describeSyntaxError(body, errors[0]!, options);
    fail(offset, problem, hint);
  }
  if (tree === undefined) return fail(0, 'the file is empty', CONFIG_EXAMPLE);
  checkShape(tree, (offset, problem, hint) => fail(offset, problem, hint));
  const root = tree;
  return {
    value: getNodeValue(root),
    locate(path, key = false) {
      const node = findNodeAtLocation(root, [...path]);
      if (!node) return undefined;
      const at = key && node.parent?.type === 'property' ? node.parent.children![0]! : node;
      return position(body, at.offset);
    },
  };
}

/** A key given twice in one object, and nesting past MAX_DEPTH: walked with an explicit stack. */
function checkShape(tree: Node, fail: (offset: number, problem: string, hint: string) => never): void {
  const stack: Array<[Node, number]> = [[tree, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) fail(node.offset, `nesting too deep (over ${MAX_DEPTH} levels)`, CONFIG_EXAMPLE);
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const name = property.children![0]!;
        if (seen.has(name.value)) fail(name.offset, `duplicate key ${JSON.stringify(name.value)}`, 'a key may appear once in an object: merge the two');
        seen.add(name.value);
      }
    }
    for (const child of node.children ?? []) stack.push([child.type === 'property' ? child.children![1] ?? child : child, depth + 1]);
  }
}

/** The first syntax error, said in the terms of the text: where it is, what was expected, what is there. */
function describeSyntaxError(text: string, error: ParseError, options: { disallowComments: boolean }): { offset: number; problem: string; hint: string } {
  const context = contextAt(text, error.offset, options);
  const token = text.slice(error.offset, error.offset + Math.max(error.length, 1));
  const got = error.offset >= text.length ? 'end of file' : quoted(token);
  const before = previousSignificant(text, error.offset);
  const closing = text[error.offset];
  const code = printParseErrorCode(error.error);
  switch (code) {
    case 'ValueExpected':
    case 'PropertyNameExpected':
      if (before !== undefined && text[before] === ',' && (closing === ']' || closing === '}')) {
        return { offset: before, problem: `trailing comma before "${closing}"`, hint: `remove the comma after the last ${closing === ']' ? 'item' : 'member'}` };
      }
      if (code === 'PropertyNameExpected') return { offset: error.offset, problem: `expected a key in double quotes, got ${got}`, hint: 'keys are strings in double quotes: { "exclude": ["src/**"] }' };
      return { offset: error.offset, problem: `expected a value, got ${got}`, hint: CONFIG_EXAMPLE };
    case 'InvalidSymbol': {
      if (context === 'after') return { offset: error.offset, problem: `unexpected ${got} after the end of the value`, hint: 'a JSON file holds one value: remove what follows it' };
      const single = token.startsWith("'");
      const shown = single ? '"\'"' : got;
      if (context === 'key') return { offset: error.offset, problem: `expected a key in double quotes, got ${shown}`, hint: 'keys are strings in double quotes: { "exclude": ["src/**"] }' };
      return { offset: error.offset, problem: `expected a value, got ${shown}`, hint: single ? 'strings are in double quotes: "src/**"' : CONFIG_EXAMPLE };
    }
    case 'CommaExpected':
    case 'CloseBraceExpected':
    case 'CloseBracketExpected': {
      const close = code === 'CloseBraceExpected' ? '}' : code === 'CloseBracketExpected' ? ']' : context === 'array' ? ']' : '}';
      return { offset: error.offset, problem: `expected "," or "${close}", got ${got}`, hint: CONFIG_EXAMPLE };
    }
    case 'ColonExpected':
      return { offset: error.offset, problem: `expected ":" after the key, got ${got}`, hint: CONFIG_EXAMPLE };
    case 'EndOfFileExpected':
      return { offset: error.offset, problem: `unexpected ${got} after the end of the value`, hint: 'a JSON file holds one value: remove what follows it' };
    case 'InvalidCommentToken':
      return { offset: error.offset, problem: 'comments are not allowed', hint: 'package.json is plain JSON: remove the comments (opsdiff.config.json may have them)' };
    case 'UnexpectedEndOfComment':
      return { offset: error.offset, problem: 'unterminated comment', hint: 'close the comment with */' };
    case 'UnexpectedEndOfString': {
      const newline = /[\r\n]/.test(text.slice(error.offset + 1));
      return { offset: error.offset, problem: 'unterminated string', hint: newline ? 'close the string with a double quote on the same line' : 'close the string with a double quote' };
    }
    case 'InvalidEscapeCharacter': {
      const escape = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})|\\(.?)/g;
      for (let match = escape.exec(token); match; match = escape.exec(token)) {
        if (match[1] !== undefined) return { offset: error.offset + match.index, problem: `invalid escape "${match[0]}" in a string`, hint: 'a backslash is written "\\\\" in JSON (and globs use "/")' };
      }
      return { offset: error.offset, problem: 'invalid escape in a string', hint: 'a backslash is written "\\\\" in JSON (and globs use "/")' };
    }
    case 'InvalidUnicode':
      return { offset: error.offset, problem: 'invalid \\u escape in a string (four hexadecimal digits follow \\u)', hint: 'write a character as \\u followed by four hexadecimal digits, such as \\u00e9' };
    case 'InvalidCharacter': {
      const control = token.search(/[\u0000-\u001f]/);
      return { offset: error.offset + Math.max(control, 0), problem: 'control character in a string', hint: 'write it as an escape such as \\t' };
    }
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return { offset: error.offset, problem: `invalid number ${got}`, hint: 'numbers are written as in JavaScript, without a trailing "." or leading zeros: 10, 2.5, 1e3' };
    default:
      return { offset: error.offset, problem: `unexpected ${got}`, hint: CONFIG_EXAMPLE };
  }
}

/** Where the parser stood at `offset`: expecting an object's key, inside an array or an object's value, or after the document's value. */
function contextAt(text: string, offset: number, options: { disallowComments: boolean }): 'key' | 'array' | 'value' | 'after' {
  const stack: Array<'object' | 'array'> = [];
  let expectKey = false;
  let started = false;
  let context: 'key' | 'array' | 'value' | 'after' = 'value';
  let decided = false;
  visit(
    text,
    {
      onObjectBegin: (at) => {
        if (at >= offset) return;
        stack.push('object');
        expectKey = true;
        started = true;
      },
      onObjectEnd: (at) => {
        if (at >= offset) return;
        stack.pop();
        expectKey = false;
      },
      onArrayBegin: (at) => {
        if (at >= offset) return;
        stack.push('array');
        started = true;
      },
      onArrayEnd: (at) => {
        if (at >= offset) return;
        stack.pop();
      },
      onObjectProperty: (_name, at) => {
        if (at < offset) expectKey = false;
      },
      onSeparator: (separator, at) => {
        if (at < offset && separator === ',' && stack[stack.length - 1] === 'object') expectKey = true;
      },
      onLiteralValue: (_value, at) => {
        if (at < offset) started = true;
      },
      onError: (_code, at) => {
        if (decided || at < offset) return;
        decided = true;
        const top = stack[stack.length - 1];
        context = top === undefined ? (started ? 'after' : 'value') : top === 'array' ? 'array' : expectKey ? 'key' : 'value';
      },
    },
    { ...options, allowTrailingComma: !options.disallowComments },
  );
  return context;
}

function previousSignificant(text: string, offset: number): number | undefined {
  for (let i = offset - 1; i >= 0; i--) if (!/\s/.test(text[i]!)) return i;
  return undefined;
}

function quoted(token: string): string {
  const text = JSON.stringify(token);
  return text.length > 40 ? `${text.slice(0, 37)}..."` : text;
}

export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    } else if (text[i] === '\r' && text[i + 1] !== '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
