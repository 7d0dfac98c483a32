import { describe, expect, it } from 'vitest';
import { OpsdiffError } from '../../src/errors.js';
import { FORMATS, isFormat, renderReport } from '../../src/report/index.js';
import type { Format } from '../../src/report/index.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { sampleReport } from './sample.js';

describe('renderReport', () => {
  it('offers the four formats of the contract, text first as the default', () => {
    expect(FORMATS).toEqual(['text', 'json', 'sarif', 'markdown']);
  });

  it('maps each format name to its module', () => {
    const report = sampleReport();
    expect(renderReport(report, 'text')).toBe(renderText(report));
    expect(renderReport(report, 'json')).toBe(renderJson(report));
    expect(renderReport(report, 'sarif')).toBe(renderSarif(report));
    expect(renderReport(report, 'markdown')).toBe(renderMarkdown(report));
  });

  it('passes the color option to the text format only', () => {
    const report = sampleReport();
    expect(renderReport(report, 'text', { color: true })).toContain('\u001b[');
    for (const format of ['json', 'sarif', 'markdown'] as const) {
      expect(renderReport(report, format, { color: true })).not.toContain('\u001b');
    }
  });

  it.each(FORMATS)('%s is a pure function of the report: same text twice, report untouched', (format) => {
    const report = sampleReport();
    const untouched = structuredClone(report);
    const first = renderReport(report, format);
    expect(renderReport(report, format)).toBe(first);
    expect(report).toEqual(untouched);
    expect(first.endsWith('\n')).toBe(true);
  });

  it('recognizes format names and rejects others', () => {
    expect(FORMATS.every(isFormat)).toBe(true);
    expect(isFormat('xml')).toBe(false);
    expect(isFormat('toString')).toBe(false);
  });

  it('names the bad format and the expected ones when called with an unknown name', () => {
    const call = (): string => renderReport(sampleReport(), 'xml' as Format);
    expect(call).toThrow(OpsdiffError);
    expect(call).toThrow('unknown report format "xml"');
    try {
      call();
    } catch (error) {
      expect((error as OpsdiffError).hint).toBe('use one of: text, json, sarif, markdown');
    }
  });
});
