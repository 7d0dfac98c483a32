import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { AI_SHA, BASE_SHA, HEAD_SHA, HUMAN_SHA, cleanReport, sampleReport } from './sample.js';

const CONTRACT_TOP_LEVEL = ['schemaVersion', 'tool', 'base', 'head', 'files', 'commits', 'findings', 'summary'];
const CONTRACT_FINDING = ['ruleId', 'category', 'severity', 'file', 'line', 'endLine', 'message', 'effect', 'before', 'after', 'commits', 'origin'];
// The two additions the contract leaves room for.
const EXTRA_FINDING = ['column', 'related'];

function parse(text: string): Record<string, unknown> & { findings: Array<Record<string, unknown>> } {
  return JSON.parse(text) as Record<string, unknown> & { findings: Array<Record<string, unknown>> };
}

describe('renderJson', () => {
  it("has exactly the contract's top-level keys, in its order", () => {
    expect(Object.keys(parse(renderJson(sampleReport())))).toEqual(CONTRACT_TOP_LEVEL);
  });

  it('indents by two spaces and ends with a newline', () => {
    const text = renderJson(sampleReport());
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 1,');
  });

  it("gives each finding the contract's keys in order, then column and related", () => {
    const [withOrigin] = parse(renderJson(sampleReport())).findings.filter((finding) => finding['origin']);
    expect(Object.keys(withOrigin!).filter((key) => CONTRACT_FINDING.includes(key))).toEqual(CONTRACT_FINDING);
    expect(Object.keys(withOrigin!).sort()).toEqual([...CONTRACT_FINDING, ...EXTRA_FINDING].sort());
  });

  it('omits origin when it is not known, instead of writing null', () => {
    const report = sampleReport();
    const unknownOrigin = parse(renderJson(report)).findings[0]!;
    expect(report.findings[0]!.origin).toBeUndefined();
    expect(unknownOrigin).not.toHaveProperty('origin');
  });

  it('keeps internal fields out of the stable interface', () => {
    const text = renderJson(sampleReport());
    for (const internal of ['"rules"', '"why"', '"fix"', '"fingerprint"', '"helpUri"', '"location"']) {
      expect(text).not.toContain(internal);
    }
  });

  it('maps a finding field by field, keeping before/after as given (null when new)', () => {
    const json = parse(renderJson(sampleReport()));
    expect(json.findings[0]).toEqual({
      ruleId: 'io-in-loop',
      category: 'fan-out',
      severity: 'low',
      file: 'src/pricing.ts',
      line: 31,
      column: 7,
      endLine: 31,
      message: '`db.query` runs 3 times per call of `refreshTiers` (new).',
      effect: { kind: 'db', callee: 'db.query' },
      before: null,
      after: {
        multiplicity: '3',
        path: 'refreshTiers -> db.query',
        loops: [{ kind: 'for', over: 'TIERS', line: 30, parallel: false }],
      },
      commits: [],
      related: [
        {
          file: 'src/pricing.ts',
          line: 30,
          column: 5,
          endLine: 32,
          endColumn: 6,
          side: 'head',
          message: 'loop: for (let i = 0; i < TIERS.length; i++)',
        },
      ],
    });
    expect(json.findings[2]).toMatchObject({ file: 'src/pricing.ts', line: 16, commits: [AI_SHA], origin: 'ai-assisted' });
  });

  it('keeps the report order of findings: ordering belongs to the engine', () => {
    const json = parse(renderJson(sampleReport()));
    expect(json.findings.map((finding) => finding['line'])).toEqual([31, 12, 16]);
  });

  it('copies revisions, files, commits and summary as the contract shows them', () => {
    const json = parse(renderJson(sampleReport()));
    expect(json).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'opsdiff', version: '0.1.0' },
      base: BASE_SHA,
      head: HEAD_SHA,
      files: {
        analyzed: ['src/discounts.ts', 'src/http.ts', 'src/pricing.ts'],
        skipped: [{ path: 'src/legacy/broken.ts', reason: "parse error: ';' expected (12:7)" }],
      },
      summary: { risk: 'high', findings: 3 },
    });
    expect(json['commits']).toEqual([
      { sha: HUMAN_SHA, subject: 'Simplify the inventory client', origin: 'human', evidence: [] },
      {
        sha: AI_SHA,
        subject: 'Price each cart item with its own discount',
        origin: 'ai-assisted',
        evidence: [{ signal: 'trailer', detail: 'Co-authored-by: Claude <noreply@anthropic.com>' }],
      },
    ]);
  });

  it('writes an empty findings list and risk none for a clean change', () => {
    const json = parse(renderJson(cleanReport()));
    expect(json.findings).toEqual([]);
    expect(json['summary']).toEqual({ risk: 'none', findings: 0 });
  });

  it("writes 'INDEX' as head in --staged mode", () => {
    expect(parse(renderJson({ ...sampleReport(), head: 'INDEX' }))['head']).toBe('INDEX');
  });
});
