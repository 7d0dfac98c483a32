import { describe, expect, it } from 'vitest';
import { annotationsOf, printWorkflowAnnotations, type WorkflowWriter } from '../../src/action/channels/annotations.js';
import { fitMarkdown } from '../../src/action/channels/fit.js';
import { labelsFor } from '../../src/action/channels/labels.js';
import { statusDescription, STATUS_DESCRIPTION_LIMIT } from '../../src/action/channels/statuses.js';
import { newBoundedLoop, sampleReport, timeoutDropped } from '../report/sample.js';

describe('commit status descriptions', () => {
  it('name the origin and its evidence within GitHub\'s 140 characters', () => {
    const long = { sha: 'a'.repeat(40), subject: 's', origin: 'ai-assisted' as const, evidence: [{ signal: 'trailer', detail: `Co-authored-by: Claude <noreply@anthropic.com>${' x'.repeat(100)}` }, { signal: 'branch', detail: 'claude/x' }] };
    const text = statusDescription(long);
    expect(text.length).toBe(STATUS_DESCRIPTION_LIMIT);
    expect(text).toMatch(/^AI-assisted: trailer: Co-authored-by: Claude <noreply@anthropic.com> x x/);
    expect(text.endsWith('…')).toBe(true);
    expect(statusDescription({ ...long, origin: 'human', evidence: [] })).toBe('human: no AI-assistance signal found');
  });
});

describe('labels', () => {
  it('one risk label (none without findings) and one origin label', () => {
    expect(labelsFor('high', 'mixed').map((l) => l.name)).toEqual(['opsdiff: high risk', 'origin: mixed']);
    expect(labelsFor('none', 'human').map((l) => l.name)).toEqual(['origin: human']);
    expect(labelsFor('none', 'none')).toEqual([]);
    for (const label of [...labelsFor('low', 'ai-assisted'), ...labelsFor('medium', 'human')]) {
      expect(label.color).toMatch(/^[0-9a-f]{6}$/);
      expect(label.description.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('annotations', () => {
  it('a finding about removed code goes on its first head-side related line, or is left for the summary', () => {
    // A copy: the sample's findings are shared with the other tests.
    const report = structuredClone(sampleReport());
    const [first, second] = report.findings;
    first!.side = 'base';
    first!.related = first!.related.filter((r) => r.side === 'head');
    second!.side = 'base';
    second!.related = [];
    const { annotations, unplaced } = annotationsOf(report);
    expect(unplaced).toEqual([second]);
    expect(annotations.map((a) => a.path + ':' + a.startLine)).toContain(`${first!.related[0]!.file}:${first!.related[0]!.line}`);
    expect(annotations).toHaveLength(report.findings.length - 1);
  });
});

describe('annotation text (plain text on GitHub)', () => {
  const [discount] = annotationsOf(sampleReport()).annotations;

  it('quotes the names the rule marked as code, with no Markdown backticks', () => {
    expect(discount!.message.split('\n')[0]).toBe('\u201credis.get\u201d now runs once per item of \u201ccart.items\u201d (was once per request).');
    expect(discount!.details).toBe(
      [
        'Why it matters: Per-item I/O turns one round trip into N: latency and load grow with the input.',
        'What to do: Batch the call (\u201cmget\u201d, \u201cfindMany\u201d with \u201cin\u201d) or hoist it out of the loop.',
        'https://example.test/opsdiff/rules/io-in-loop',
      ].join('\n'),
    );
  });

  it('says the message, then only what it does not say: no "Change:" line repeating it', () => {
    expect(discount!.message).toBe(
      [
        '\u201credis.get\u201d now runs once per item of \u201ccart.items\u201d (was once per request).',
        'Call path: price -> discountFor -> redis.get (was price -> loadDiscounts -> redis.get)',
        'Introduced by: 3c9d2e4 Price each cart item with its own discount (ai-assisted)',
      ].join('\n'),
    );
  });

  it('about removed code: says where it was, and who introduced the change', () => {
    const removed = { ...timeoutDropped, side: 'base' as const, related: [{ ...timeoutDropped.related[0]!, side: 'head' as const, line: 20, endLine: 20 }] };
    const [annotation] = annotationsOf({ ...sampleReport(), findings: [removed] }).annotations;
    expect(annotation).toMatchObject({ path: 'src/http.ts', startLine: 20 });
    expect(annotation!.message).toBe(
      [
        '\u201cfetch\u201d to the inventory service no longer sets a timeout (was 5000 ms).',
        'Removed code: src/http.ts:12:10 in the base revision',
        'Introduced by: 8a1f4c2 Simplify the inventory client (human)',
      ].join('\n'),
    );
  });

  it('names commits the report does not list by short sha, and an origin without commits', () => {
    const report = { ...sampleReport(), commits: [], findings: [{ ...newBoundedLoop, commits: ['abcdef0123456789abcdef0123456789abcdef01'] }, { ...timeoutDropped, commits: [] }] };
    const messages = annotationsOf(report).annotations.map((a) => a.message.split('\n').at(-1));
    expect(messages).toEqual(['Introduced by: unknown commit (human)', 'Introduced by: abcdef0']);
  });

  it('prints the same plain text as workflow commands', () => {
    const printed: string[] = [];
    const write: WorkflowWriter = { failure: (message) => printed.push(message), warning: (message) => printed.push(message), notice: (message) => printed.push(message) };
    printWorkflowAnnotations([discount!], write);
    expect(printed).toEqual([discount!.message]);
    expect(printed.join('')).not.toContain('`');
  });
});

describe('fitMarkdown', () => {
  it('keeps the whole report when it fits, and cuts details, then rows, when it does not', () => {
    const report = sampleReport();
    const full = fitMarkdown(report, 1_000_000);
    expect(full).not.toContain('Shortened');
    const tight = fitMarkdown(report, Math.floor(full.length * 0.6), { elsewhere: 'the job summary' });
    expect(tight.length).toBeLessThanOrEqual(Math.floor(full.length * 0.6));
    expect(tight).toMatch(/Shortened to fit: \d+ findings? shown without details.*The full report: the job summary\./);
    const tiny = fitMarkdown(report, 600);
    expect(tiny.length).toBeLessThanOrEqual(600);
  });

  it('keeps the commits section and the AI-assisted commits with their evidence, cutting finding rows and human commits first', () => {
    const report = sampleReport();
    const humans = Array.from({ length: 300 }, (_, i) => ({ sha: `${String(i).padStart(4, '0')}${'b'.repeat(36)}`, subject: `Routine change ${i}`, origin: 'human' as const, evidence: [] }));
    const ai = { ...report.commits[1]!, evidence: [{ signal: 'message', detail: 'Generated with [Claude Code](https://claude.ai/code)' }] };
    const many = { ...report, commits: [...humans.slice(0, 150), ai, ...humans.slice(150)] };
    const text = fitMarkdown(many, 4_000, { elsewhere: 'the job summary' });
    expect(text.length).toBeLessThanOrEqual(4_000);
    expect(text).toContain('301 commits: 1 ai-assisted, 300 human (origin: mixed).');
    expect(text).toContain('| `3c9d2e4` | Price each cart item with its own discount | ai-assisted | message: `Generated with [Claude Code](https://claude.ai/code)` |');
    expect(text.match(/^\| (\*\*high\*\*|medium|low) \|/gm)).toHaveLength(3);
    expect(text).toMatch(/Shortened to fit: 3 findings shown without details; \d+ human commits left out of the commits table\. The full report: the job summary\./);
  });

  it('as a last resort cuts between lines, never inside a code span', () => {
    const report = { ...sampleReport(), files: { analyzed: [], skipped: Array.from({ length: 40 }, (_, i) => ({ path: `src/<img src=x onerror=alert(${i})>.ts`, reason: 'parse error' })) } };
    const text = fitMarkdown(report, 1_500);
    expect(text.length).toBeLessThanOrEqual(1_500);
    expect(text.endsWith('\n\n_(cut at the size limit)_\n')).toBe(true);
    const full = fitMarkdown(report, 1_000_000).split('\n');
    for (const line of text.split('\n').slice(0, -3)) expect(full).toContain(line);
  });
});
