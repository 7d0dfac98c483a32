import { describe, expect, it } from 'vitest';
import { renderOriginMarkdown } from '../../src/cli/origin.js';
import { escapeMarkdown, markdownCode, markdownEvidence, markdownMessage, renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/types.js';
import { AI_SHA, BASE_SHA, HOSTILE_FILE, cleanReport, hostileReport, sampleReport, timeoutDropped } from './sample.js';

/** Text outside inline code spans: where Markdown, HTML and mentions would take effect. */
function outsideCode(markdown: string): string {
  return markdown.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}

/** Cells of a table row, split only at pipes that are not escaped. */
function cellsOf(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
}

function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('|'));
}

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(sampleReport());

  it('opens with the overall risk and the counts', () => {
    const [heading, , counts] = markdown.split('\n');
    expect(heading).toBe('## opsdiff: high risk');
    expect(counts).toBe('3 risky changes (1 high, 1 medium, 1 low) in 3 files analyzed.');
  });

  it('tabulates findings most severe first: severity, place, rule, call', () => {
    expect(markdown).toContain(
      [
        '| Severity | Location | Rule | Call |',
        '| --- | --- | --- | --- |',
        '| **high** | `src/pricing.ts:16` | io\\-in\\-loop | `redis.get` (cache) |',
        '| medium | `src/http.ts:12` | timeout\\-removed | `fetch` (network) |',
        '| low | `src/pricing.ts:31` | io\\-in\\-loop | `db.query` (db) |',
      ].join('\n'),
    );
  });

  it('gives each finding a section: the message, then only what it does not say', () => {
    expect(markdown).toContain(
      [
        '### 1. high: [io\\-in\\-loop](https://example.test/opsdiff/rules/io-in-loop) in `src/pricing.ts:16`',
        '',
        '`redis.get` now runs once per item of `cart.items` \\(was once per request\\)\\.',
        '',
        '- **Call path:** `price -> discountFor -> redis.get (was price -> loadDiscounts -> redis.get)`',
        '- **Related:**',
        '  - `src/pricing.ts:14:3` loop: for \\(const item of cart\\.items\\)',
        '  - `src/discounts.ts:8:10` `redis.get` reached through `discountFor`',
        '- **Why it matters:** Per-item I/O turns one round trip into N: latency and load grow with the input.',
        '- **What to do:** Batch the call (`mget`, `findMany` with `in`) or hoist it out of the loop.',
        '- **Introduced by:** `3c9d2e4` Price each cart item with its own discount (ai-assisted)',
        '',
        '### 2. medium:',
      ].join('\n'),
    );
  });

  it('says the before -> after of a finding once, in its message, with one arrow style', () => {
    expect(markdown.match(/once per request/g)).toHaveLength(1);
    expect(markdown.match(/5000 ms/g)).toHaveLength(1);
    expect(markdown).not.toContain('\u2192');
    expect(markdown).not.toContain('**Change:**');
  });

  it('marks related places that are in the base revision', () => {
    expect(markdown).toContain('  - `src/http.ts:4:21` (base revision) timeout set here: AbortSignal\\.timeout\\(5000\\)');
  });

  it('marks a finding placed in the base revision (removed code), and says who introduced it', () => {
    const report: Report = { ...sampleReport(), findings: [{ ...timeoutDropped, side: 'base' }] };
    const text = renderMarkdown(report);
    expect(text).toContain('### 1. medium: [timeout\\-removed](https://example.test/opsdiff/rules/timeout-removed) in `src/http.ts:12` (base revision)');
    expect(text).toContain('- **Introduced by:** `8a1f4c2` Simplify the inventory client (human)');
  });

  it('lists every commit with its short sha, subject, origin and evidence, after the count the origin label rests on', () => {
    expect(markdown).toContain(
      [
        '### Commits',
        '',
        '2 commits: 1 ai-assisted, 1 human (origin: mixed).',
        '',
        '| Commit | Subject | Origin | Evidence |',
        '| --- | --- | --- | --- |',
        '| `8a1f4c2` | Simplify the inventory client | human | none |',
        '| `3c9d2e4` | Price each cart item with its own discount | ai-assisted | trailer: Co\\-authored\\-by: Claude &lt;noreply@&#8205;anthropic\\.com&gt; |',
      ].join('\n'),
    );
  });

  it('notes skipped files', () => {
    expect(markdown.trimEnd().split('\n').slice(-2)).toEqual([
      '**Skipped 1 file** (not analyzed):',
      "- `src/legacy/broken.ts`: parse error: ';' expected \\(12:7\\)",
    ]);
  });

  it('says "No risky changes" briefly when there are none', () => {
    expect(renderMarkdown({ ...cleanReport(), files: { analyzed: ['src/a.ts'], skipped: [] } })).toBe(
      '## opsdiff: no risky changes\n\nNo risky changes in 1 file analyzed.\n',
    );
  });

  it('lists the commits without findings too: the origin label still needs them', () => {
    const report: Report = { ...sampleReport(), findings: [], summary: { risk: 'none', findings: 0 }, files: { analyzed: ['src/a.ts'], skipped: [] } };
    expect(renderMarkdown(report)).toBe(
      [
        '## opsdiff: no risky changes',
        '',
        'No risky changes in 1 file analyzed.',
        '',
        '### Commits',
        '',
        '2 commits: 1 ai-assisted, 1 human (origin: mixed).',
        '',
        '| Commit | Subject | Origin | Evidence |',
        '| --- | --- | --- | --- |',
        '| `8a1f4c2` | Simplify the inventory client | human | none |',
        '| `3c9d2e4` | Price each cart item with its own discount | ai-assisted | trailer: Co\\-authored\\-by: Claude &lt;noreply@&#8205;anthropic\\.com&gt; |',
        '',
      ].join('\n'),
    );
  });

  it('keeps the AI-assisted commits when commit rows are cut, and the section with its count when all are', () => {
    const one = renderMarkdown(sampleReport(), { commitRows: 1 });
    expect(one).toContain(
      [
        '2 commits: 1 ai-assisted, 1 human (origin: mixed).',
        '',
        '| Commit | Subject | Origin | Evidence |',
        '| --- | --- | --- | --- |',
        '| `3c9d2e4` | Price each cart item with its own discount | ai-assisted | trailer: Co\\-authored\\-by: Claude &lt;noreply@&#8205;anthropic\\.com&gt; |',
        '',
        '**Skipped 1 file**',
      ].join('\n'),
    );
    expect(one).toContain('> Shortened to fit: 1 human commit left out of the commits table.');
    const none = renderMarkdown(sampleReport(), { commitRows: 0 });
    expect(none).toContain('### Commits\n\n2 commits: 1 ai-assisted, 1 human (origin: mixed).\n\n**Skipped');
    expect(none).toContain('> Shortened to fit: 2 commits (1 ai-assisted) left out of the commits table.');
  });

  it('leaves out the origin line when neither commits nor origin are known', () => {
    const report: Report = { ...sampleReport(), findings: [{ ...timeoutDropped, commits: [], origin: undefined }] };
    expect(renderMarkdown(report)).not.toContain('Introduced by');
  });
});

describe('renderMarkdown with names a contributor controls', () => {
  const markdown = renderMarkdown(hostileReport());
  const prose = outsideCode(markdown);

  it('contains no raw HTML', () => {
    expect(prose).not.toMatch(/<[a-z/!]/i);
    expect(markdown).toContain('&lt;img src\\=x&gt;');
    expect(markdown).toContain('&lt;b&gt;bold&lt;/b&gt;');
  });

  it('mentions no one', () => {
    expect(prose).not.toMatch(/@(?!&#8205;)/);
    expect(markdown).toContain('Fix @&#8205;octocat');
  });

  it('keeps the tables whole: four cells a row, one line a row', () => {
    const rows = tableRows(markdown);
    expect(rows).toHaveLength(2 + 1 + 2 + 1);
    for (const row of rows) expect(cellsOf(row)).toHaveLength(4);
    expect(rows).toContain(
      '| `3c9d2e4` | Fix @&#8205;octocat &lt;img src\\=x&gt; a\\|b\\\\nsecond line \\`code\\` \\[link\\]\\(javascript:alert\\(1\\)\\) | ai-assisted | trailer: Co\\-authored\\-by: Claude &lt;noreply@&#8205;anthropic\\.com&gt; |',
    );
  });

  it('keeps a file name with a pipe and a newline in one code span', () => {
    expect(markdown).toContain('| `src/@octocat/<img src=x onerror=alert(1)>\\|a\\|b\\nc.ts:16` |');
    expect(markdown).toContain('### 1. high: [io\\-in\\-loop](https://example.test/opsdiff/rules/io-in-loop) in `src/@octocat/<img src=x onerror=alert(1)>|a|b\\nc.ts:16`');
    expect(HOSTILE_FILE).toContain('\n');
  });

  it('makes no link out of a link-shaped subject', () => {
    expect(prose).not.toContain('[link](');
  });

  it('keeps code spans from the message as code, escaping the text around them', () => {
    expect(markdown).toContain('`redis.get|x` now runs for @&#8205;octocat &lt;b&gt;bold&lt;/b&gt; per item of `a|b`\\.');
  });
});

describe('commit evidence that holds a URL', () => {
  const withEvidence = (detail: string): Report => {
    const report = sampleReport();
    return { ...report, commits: [{ ...report.commits[1]!, evidence: [{ signal: 'message', detail }] }] };
  };
  const claudeCode = 'Generated with [Claude Code](https://claude.ai/code)';

  it('is kept whole in a code span, so the URL is not broken by escapes', () => {
    const row = '| `3c9d2e4` | Price each cart item with its own discount | ai-assisted | message: `Generated with [Claude Code](https://claude.ai/code)` |';
    expect(renderMarkdown(withEvidence(claudeCode))).toContain(row);
    expect(renderOriginMarkdown({ base: BASE_SHA, head: AI_SHA, origin: 'ai-assisted', commits: withEvidence(claudeCode).commits })).toContain(
      '| `3c9d2e4` | Price each cart item with its own discount | **ai-assisted** | message: `Generated with [Claude Code](https://claude.ai/code)` |',
    );
  });

  it('stays inert when hostile: no raw HTML, no mention, no broken cell', () => {
    const markdown = renderMarkdown(withEvidence('see https://evil.test/x|y @team <img src=x> `z`'));
    expect(markdown).toContain('| ai-assisted | message: `` see https://evil.test/x\\|y @team <img src=x> `z` `` |');
    const prose = outsideCode(markdown);
    expect(prose).not.toMatch(/<[a-z/!]/i);
    expect(prose).not.toMatch(/@(?!&#8205;)/);
    for (const row of tableRows(markdown)) expect(cellsOf(row)).toHaveLength(4);
  });

  it('is escaped as text when it holds no URL', () => {
    expect(markdownEvidence('Co-authored-by: Claude <noreply@anthropic.com>')).toBe('Co\\-authored\\-by: Claude &lt;noreply@&#8205;anthropic\\.com&gt;');
    expect(markdownEvidence('see www.example.test/a_b')).toBe('`see www.example.test/a_b`');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['@octocat', '@&#8205;octocat'],
    ['<img src=x>', '&lt;img src\\=x&gt;'],
    ['&lt;', '&amp;lt;'],
    ['a|b', 'a\\|b'],
    ['line\nbreak', 'line\\\\nbreak'],
    ['*bold* _it_ ~~gone~~', '\\*bold\\* \\_it\\_ \\~\\~gone\\~\\~'],
    ['# heading', '\\# heading'],
    ['[x](y)', '\\[x\\]\\(y\\)'],
  ])('%j -> %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

describe('markdownCode', () => {
  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['`edge', '`` `edge ``'],
    ['', '` `'],
    ['two\nlines', '`two\\nlines`'],
  ])('%j -> %j', (text, span) => {
    expect(markdownCode(text)).toBe(span);
  });

  it('escapes pipes only inside a table, where they would end the cell', () => {
    expect(markdownCode('a|b')).toBe('`a|b`');
    expect(markdownCode('a|b', { inTable: true })).toBe('`a\\|b`');
  });
});

describe('markdownMessage', () => {
  it('treats an unpaired backtick as text', () => {
    expect(markdownMessage('`open <b>')).toBe('\\`open &lt;b&gt;');
  });
});
