/**
 * Golden test of the unified-diff parser: golden/unified-diff.patch is real `git diff -U0` output
 * (plus two hand-made traps at the end); the .expected.json beside it is the reviewed result.
 * Refresh with UPDATE_GOLDEN=1 and review the JSON diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lineInRanges, parseHunkHeader, parseUnifiedDiff, unquotePath } from '../../src/git/hunks.js';

const patchPath = fileURLToPath(new URL('./golden/unified-diff.patch', import.meta.url));
const expectedPath = fileURLToPath(new URL('./golden/unified-diff.expected.json', import.meta.url));

describe('parseUnifiedDiff', () => {
  it('matches the golden result', () => {
    const parsed = Object.fromEntries(parseUnifiedDiff(readFileSync(patchPath, 'utf8')));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedPath, `${JSON.stringify(parsed, null, 2)}\n`);
    expect(parsed).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });

  it('returns nothing for an empty diff', () => {
    expect(parseUnifiedDiff('').size).toBe(0);
  });
});

describe('parseHunkHeader', () => {
  it.each([
    ['@@ -5 +5 @@', { oldStart: 5, oldCount: 1, newStart: 5, newCount: 1 }],
    ['@@ -3,0 +4,2 @@ function f() {', { oldStart: 3, oldCount: 0, newStart: 4, newCount: 2 }],
    ['@@ -7,2 +6,0 @@', { oldStart: 7, oldCount: 2, newStart: 6, newCount: 0 }],
    ['@@ -0,0 +1 @@', { oldStart: 0, oldCount: 0, newStart: 1, newCount: 1 }],
  ])('reads %s', (header, expected) => {
    expect(parseHunkHeader(header)).toEqual(expected);
  });

  it('rejects a combined-diff header', () => {
    expect(parseHunkHeader('@@@ -1 -1 +1 @@@')).toBeNull();
  });
});

describe('unquotePath', () => {
  it('leaves unquoted names alone', () => {
    expect(unquotePath('src/a b.ts')).toBe('src/a b.ts');
  });

  it('decodes C escapes and octal UTF-8 bytes', () => {
    expect(unquotePath('"a/\\303\\274n\\303\\257 \\"q\\"\\t\\\\.ts"')).toBe('a/ünï "q"\t\\.ts');
  });

  it('keeps non-ASCII text that git left unescaped', () => {
    expect(unquotePath('"日本/\\"x\\".ts"')).toBe('日本/"x".ts');
  });
});

describe('lineInRanges', () => {
  const ranges = [
    { start: 2, end: 2 },
    { start: 5, end: 9 },
    { start: 20, end: 21 },
  ];

  it.each([
    [1, false],
    [2, true],
    [3, false],
    [5, true],
    [9, true],
    [10, false],
    [21, true],
    [22, false],
  ])('line %i -> %s', (line, expected) => {
    expect(lineInRanges(line, ranges)).toBe(expected);
  });

  it('is false for no ranges', () => {
    expect(lineInRanges(1, [])).toBe(false);
  });
});
