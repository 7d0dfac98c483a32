/**
 * The parser's guard against nesting that would overflow TypeScript's recursive parser
 * (src/parse/parse.ts): generated depth is refused with its reason before parsing; written code,
 * however long, is parsed (comparisons and generics are not tags).
 */
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, nestingDepth, parseSource } from '../../src/parse/parse.js';

describe('nesting guard', () => {
  const deep = (open: string, close: string) => `export const x = ${open.repeat(2000)}1${close.repeat(2000)};\n`;
  it.each([
    ['parentheses', 'a.ts', deep('(', ')')],
    ['arrays', 'a.ts', deep('[', ']')],
    ['blocks', 'a.ts', `export function f() {\n${'{'.repeat(2000)}\n${'}'.repeat(2000)}\n}\n`],
  ])('refuses 2,000-deep %s with the reason, before parsing', (_, path, text) => {
    expect(parseSource(path, text)).toEqual({ ok: false, reason: `nesting too deep to parse (over ${MAX_NESTING} levels)` });
  });

  it('refuses 2,000-deep JSX when the parser overflows on it', () => {
    expect(parseSource('a.tsx', `export const x = ${'<div>'.repeat(2000)}${'</div>'.repeat(2000)};\n`)).toEqual({ ok: false, reason: 'nesting too deep to parse' });
  });

  it('parses written code of any length: comparisons, generics, tags, brackets in strings and comments are not nesting', () => {
    const line = 'for (let i = 0; i<n; i++) { const m: Map<string, Array<number>> = new Map(); if (a<b && c <d) out.push(<br />, "(", `[${i}`, \'{\'); } // (\n';
    const text = `export function f(n: number, a: number, b: number, c: number, d: number, out: unknown[]) {\n${line.repeat(3000)}}\n`;
    expect(nestingDepth(text)).toBeLessThan(10);
    expect(parseSource('a.tsx', text).ok).toBe(true);
  });

  it('counts up to the deepest level and stops past the limit', () => {
    expect(nestingDepth('f(a[b{c}])')).toBe(3);
    expect(nestingDepth('('.repeat(5000), 100)).toBe(101);
    expect(nestingDepth('const s = "(((("; /* [[[ */ f(`{{`)')).toBe(1);
  });
});
