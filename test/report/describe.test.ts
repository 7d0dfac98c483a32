import { describe, expect, it } from 'vitest';
import { callPathOf, describeSide, groupByFile, plainMessage, printable } from '../../src/report/describe.js';
import { discountPerItem, newBoundedLoop, sampleReport, timeoutDropped } from './sample.js';

describe('describeSide', () => {
  it.each([
    ['nothing on that side', null, 'none'],
    ['the summary first', { summary: 'once per request', multiplicity: '1' }, 'once per request'],
    ['then the multiplicity', { multiplicity: 'N*M', path: 'a -> b' }, 'N*M per invocation'],
    ['then the value', { value: '5000 ms', setAt: 'src/http.ts:4' }, '5000 ms'],
    ['a numeric value as is', { value: 16 }, '16'],
    ['else compact JSON without path and loops', { attempts: 3, backoff: 'none', path: 'x', loops: [] }, '{"attempts":3,"backoff":"none"}'],
    ['an empty summary does not count', { summary: '', value: 'off' }, 'off'],
  ])('shows %s', (_name, detail, text) => {
    expect(describeSide(detail)).toBe(text);
  });

  it('cuts a long raw object short', () => {
    const text = describeSide({ note: 'x'.repeat(500) });
    expect(text).toHaveLength(160);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('callPathOf', () => {
  it('gives the head path, with the base one when the route changed', () => {
    expect(callPathOf(discountPerItem)).toBe('price -> discountFor -> redis.get (was price -> loadDiscounts -> redis.get)');
    expect(callPathOf(newBoundedLoop)).toBe('refreshTiers -> db.query');
    expect(callPathOf(timeoutDropped)).toBeUndefined();
  });
});

describe('groupByFile', () => {
  it('orders files by their most severe finding, findings most severe first', () => {
    const groups = groupByFile(sampleReport().findings);
    expect(groups.map(({ file, findings }) => [file, findings.map((finding) => finding.severity)])).toEqual([
      ['src/pricing.ts', ['high', 'low']],
      ['src/http.ts', ['medium']],
    ]);
  });
});

describe('printable', () => {
  it('shows control characters as escapes and leaves other text alone', () => {
    expect(printable('a\nb\tc\u001b[0m\u0085é→')).toBe('a\\nb\\tc\\u001b[0m\\u0085é→');
  });
});

describe('plainMessage', () => {
  it('quotes names marked as code, and leaves an unpaired backtick as text', () => {
    expect(plainMessage('`redis.get` (cache) now runs once per item of `cart.items`.')).toBe('\u201credis.get\u201d (cache) now runs once per item of \u201ccart.items\u201d.');
    expect(plainMessage('no names here')).toBe('no names here');
    expect(plainMessage('one ` stray')).toBe('one ` stray');
  });
});
