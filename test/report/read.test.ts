import { describe, expect, it } from 'vitest';
import { readJsonReport } from '../../src/report/read.js';
import { renderJson, toJsonReport } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { sampleReport } from './sample.js';

// The two-workflow mode reads a report that a run on a fork's code wrote: untrusted data.
// The sample names a rule opsdiff does not have; a real report names real ones.
const sample = () => {
  const report = sampleReport();
  for (const f of report.findings) if (f.ruleId === 'timeout-removed') f.ruleId = 'timeout-changed';
  return report;
};
const json = () => JSON.parse(renderJson(sample())) as Record<string, any>;
const read = (data: unknown) => readJsonReport(JSON.stringify(data), 'the report');

describe('readJsonReport', () => {
  it('reads back what renderJson wrote: the same JSON, the same Markdown', () => {
    const report = read(json());
    expect(toJsonReport(report)).toEqual(json());
    // The rule texts come from the registry (the sample's are its own), the rest is as written.
    const expected = sample();
    expected.findings.forEach((f, i) => Object.assign(f, { why: report.findings[i]!.why, fix: report.findings[i]!.fix, helpUri: report.findings[i]!.helpUri }));
    expect(renderMarkdown(report)).toBe(renderMarkdown(expected));
  });

  it('recomputes the risk from the findings instead of trusting the summary', () => {
    const data = json();
    data.summary = { risk: 'none', findings: 0 };
    expect(read(data).summary).toEqual(sample().summary);
  });

  it('takes why/fix/help from the rule registry, not from the file', () => {
    const data = json();
    data.findings[0].why = '<script>alert(1)</script>';
    const finding = read(data).findings[0]!;
    expect(finding.why).not.toContain('<script>');
    expect(finding.helpUri).toMatch(/^https:\/\//);
  });

  it.each([
    ['not JSON', '{', /^the report is not JSON: /],
    ['another schema version', { ...json(), schemaVersion: 2 }, /^the report: schemaVersion 2 is not supported$/],
    ['a bad severity', (() => { const d = json(); d.findings[0].severity = 'critical'; return d; })(), /^the report: \$\.findings\[0\]\.severity must be one of high, medium, low$/],
    ['a line that is not a positive integer', (() => { const d = json(); d.findings[0].line = -1; return d; })(), /^the report: \$\.findings\[0\]\.line must be a positive integer$/],
    ['a sha that is not a sha', (() => { const d = json(); d.commits[0].sha = 'HEAD; rm -rf /'; return d; })(), /^the report: \$\.commits\[0\]\.sha must be a string matching/],
    ['a huge string', (() => { const d = json(); d.findings[0].message = 'x'.repeat(20_001); return d; })(), /^the report: \$\.findings\[0\]\.message must be a string of at most 20000 characters$/],
    ['findings that are not a list', { ...json(), findings: {} }, /^the report: \$\.findings must be an array/],
  ])('rejects %s with one line', (_name, data, message) => {
    expect(() => readJsonReport(typeof data === 'string' ? data : JSON.stringify(data), 'the report')).toThrow(message);
  });
});

describe('readJsonReport and rule ids', () => {
  it('rejects a rule opsdiff does not have', () => {
    const data = json();
    data.findings[0].ruleId = 'made-up';
    expect(() => read(data)).toThrow(/^the report: \$\.findings\[0\]\.ruleId must be one of opsdiff's rules \(io-in-loop, /);
  });
});
