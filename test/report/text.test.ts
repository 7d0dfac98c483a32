import { describe, expect, it } from 'vitest';
import { renderText, summaryLine } from '../../src/report/text.js';
import type { Finding, Report } from '../../src/types.js';
import { cleanReport, discountPerItem, hostileReport, sampleReport, timeoutDropped } from './sample.js';

const ANSI_SEQUENCE = /\u001b\[[0-9;]*m/g;

describe('renderText', () => {
  it('groups findings by file, most severe first, each headed path:line:col', () => {
    expect(renderText(sampleReport())).toBe(
      [
        'src/pricing.ts (2 findings)',
        '  src/pricing.ts:16:24  high  io-in-loop  fan-out, cache redis.get',
        '    `redis.get` now runs once per item of `cart.items` (was once per request).',
        '    path     price -> discountFor -> redis.get (was price -> loadDiscounts -> redis.get)',
        '    related  src/pricing.ts:14:3  loop: for (const item of cart.items)',
        '    related  src/discounts.ts:8:10  `redis.get` reached through `discountFor`',
        '    origin   ai-assisted, from 3c9d2e4 Price each cart item with its own discount',
        '',
        '  src/pricing.ts:31:7  low  io-in-loop  fan-out, db db.query',
        '    `db.query` runs 3 times per call of `refreshTiers` (new).',
        '    path     refreshTiers -> db.query',
        '    related  src/pricing.ts:30:5  loop: for (let i = 0; i < TIERS.length; i++)',
        '',
        'src/http.ts (1 finding)',
        '  src/http.ts:12:10  medium  timeout-removed  timeout, network fetch',
        '    `fetch` to the inventory service no longer sets a timeout (was 5000 ms).',
        '    related  src/http.ts:4:21 (base)  timeout set here: AbortSignal.timeout(5000)',
        '    origin   human, from 8a1f4c2 Simplify the inventory client',
        '',
        "note: skipped src/legacy/broken.ts: parse error: ';' expected (12:7)",
        '',
        '3 findings (1 high, 1 medium, 1 low) in 3 files analyzed, 1 skipped; risk: high',
        'hint: a finding judged acceptable can be suppressed where it is, with the reason: // opsdiff-ignore-next-line io-in-loop -- <why this is fine>',
        '',
      ].join('\n'),
    );
  });

  it('says the before -> after of a finding once, in its message', () => {
    const text = renderText(sampleReport());
    expect(text.match(/once per request/g)).toHaveLength(1);
    expect(text).not.toMatch(/^ +change /m);
  });

  it('writes no escape codes unless asked for color', () => {
    expect(renderText(sampleReport())).not.toContain('\u001b');
    expect(renderText(sampleReport(), { color: false })).not.toContain('\u001b');
  });

  it('with color, paints severities and otherwise says exactly the same', () => {
    const colored = renderText(sampleReport(), { color: true });
    expect(colored).toContain('\u001b[1m\u001b[31mhigh\u001b[0m');
    expect(colored).toContain('\u001b[33mmedium\u001b[0m');
    expect(colored).toContain('\u001b[36mlow\u001b[0m');
    expect(colored.replace(ANSI_SEQUENCE, '')).toBe(renderText(sampleReport()));
  });

  it('orders files with equally severe findings by path', () => {
    const atPath = (finding: Finding, file: string): Finding => ({ ...finding, location: { ...finding.location, file } });
    const report: Report = {
      ...sampleReport(),
      findings: [atPath(timeoutDropped, 'src/z.ts'), atPath(timeoutDropped, 'src/a.ts')],
    };
    const headers = renderText(report)
      .split('\n')
      .filter((line) => /^\S.*\(\d+ findings?\)$/.test(line));
    expect(headers).toEqual(['src/a.ts (1 finding)', 'src/z.ts (1 finding)']);
  });

  it('within a file, puts the more severe finding first even when it comes later in the file', () => {
    const report: Report = {
      ...sampleReport(),
      findings: [
        { ...timeoutDropped, severity: 'low', location: { ...timeoutDropped.location, line: 2 } },
        { ...timeoutDropped, severity: 'high', location: { ...timeoutDropped.location, line: 90 } },
      ],
    };
    const headings = renderText(report)
      .split('\n')
      .filter((line) => line.startsWith('  src/'));
    expect(headings.map((line) => line.split('  ')[1])).toEqual(['src/http.ts:90:10', 'src/http.ts:2:10']);
  });

  it('says there are no risky changes when there are none', () => {
    expect(renderText(cleanReport())).toBe(
      "note: skipped src/legacy/broken.ts: parse error: ';' expected (12:7)\n\nno risky changes in 3 files analyzed, 1 skipped\n",
    );
  });

  it('counts in the singular when there is one of a thing', () => {
    const report: Report = {
      ...sampleReport(),
      files: { analyzed: ['src/pricing.ts'], skipped: [] },
      findings: [discountPerItem],
      summary: { risk: 'high', findings: 1 },
    };
    expect(summaryLine(report)).toBe('1 finding (1 high) in 1 file analyzed; risk: high');
    expect(summaryLine({ ...report, findings: [], summary: { risk: 'none', findings: 0 } })).toBe(
      'no risky changes in 1 file analyzed',
    );
  });

  it('shows the origin without commits, and commits the report does not list by short sha', () => {
    const report: Report = {
      ...sampleReport(),
      commits: [],
      findings: [{ ...discountPerItem, commits: ['abcdef0123456789abcdef0123456789abcdef01'] }, { ...timeoutDropped, commits: [] }],
    };
    const lines = renderText(report).split('\n');
    expect(lines).toContain('    origin   ai-assisted, from abcdef0');
    expect(lines).toContain('    origin   human');
  });

  it('shows control characters from the repository as escapes, never raw', () => {
    const report: Report = {
      ...sampleReport(),
      findings: [{ ...discountPerItem, location: { ...discountPerItem.location, file: 'src/\u001b[2Jwipe\nx.ts' } }],
      files: { analyzed: [], skipped: [{ path: 'bad\rname.ts', reason: 'parse error' }] },
    };
    const text = renderText(report);
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\r');
    expect(text).toContain('src/\\u001b[2Jwipe\\nx.ts:16:24  high');
    expect(text).toContain('note: skipped bad\\rname.ts: parse error');
  });

  it('marks a finding placed in the base revision (removed code), and says who introduced it', () => {
    const report: Report = { ...sampleReport(), findings: [{ ...timeoutDropped, side: 'base' }] };
    const lines = renderText(report).split('\n');
    expect(lines[1]).toBe('  src/http.ts:12:10 (base)  medium  timeout-removed  timeout, network fetch');
    expect(lines).toContain('    origin   human, from 8a1f4c2 Simplify the inventory client');
  });

  it('keeps every finding of a hostile report on its own lines', () => {
    const lines = renderText(hostileReport()).split('\n');
    expect(lines[1]).toBe(
      '  src/@octocat/<img src=x onerror=alert(1)>|a|b\\nc.ts:16:24  high  io-in-loop  fan-out, cache @octocat|<script>',
    );
    expect(lines[2]).toBe('    `redis.get|x` now runs for @octocat <b>bold</b> per item of `a|b`.');
  });
});
