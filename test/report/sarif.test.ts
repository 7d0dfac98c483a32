import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FINGERPRINT_KEY,
  GITHUB_SARIF_LIMITS,
  artifactUri,
  escapeSarifText,
  pascalCase,
  renderSarif,
  toSarif,
} from '../../src/report/sarif.js';
import type { SarifLog, SarifResult } from '../../src/report/sarif.js';
import type { Finding, RelatedLocation, Report } from '../../src/types.js';
import { validate, type Schema } from '../support/jsonSchema.js';
import { cleanReport, discountPerItem, hostileReport, newBoundedLoop, sampleReport, timeoutDropped } from './sample.js';

/**
 * The SARIF 2.1.0 schema (OASIS standard, "rtm.5") as shipped in the npm package
 * @microsoft/jest-sarif@1.0.0-beta.0 (MIT), lib/schemas/sarif-2.1.0-rtm.5.json, copied
 * unchanged (sha256 2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8).
 */
const SARIF_SCHEMA = JSON.parse(
  readFileSync(new URL('./sarif-schema-2.1.0-rtm.5.json', import.meta.url), 'utf8'),
) as Schema;

function parsed(report: Report): SarifLog {
  return JSON.parse(renderSarif(report)) as SarifLog;
}

function resultsOf(report: Report): SarifResult[] {
  return parsed(report).runs[0].results;
}

function resultFor(report: Report, line: number): SarifResult {
  const result = resultsOf(report).find((candidate) => candidate.locations[0].physicalLocation.region?.startLine === line);
  if (!result) throw new Error(`no result at line ${line}`);
  return result;
}

function withFindings(findings: Finding[]): Report {
  return { ...sampleReport(), findings, summary: { risk: 'high', findings: findings.length } };
}

describe('renderSarif: validity', () => {
  it.each([
    ['a report with findings', sampleReport()],
    ['a clean report', cleanReport()],
    ['a report with hostile names', hostileReport()],
  ])('validates against the SARIF 2.1.0 JSON schema: %s', (_name, report) => {
    expect(validate(SARIF_SCHEMA, parsed(report))).toEqual([]);
  });

  it('has a validator that does reject broken SARIF', () => {
    const log = parsed(sampleReport()) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    const result = log.runs[0]!.results[0]!;
    delete result['message'];
    result['level'] = 'fatal';
    (result['locations'] as Array<{ physicalLocation: { region: { startLine: number } } }>)[0]!.physicalLocation.region.startLine = 0;
    result['surprise'] = true;
    expect(validate(SARIF_SCHEMA, log).map((error) => error.message)).toEqual(
      expect.arrayContaining([
        'missing required property "message"',
        'expected one of ["none","note","warning","error"], got "fatal"',
        'expected >= 1, got 0',
        'unexpected property "surprise"',
      ]),
    );
  });

  it('is indented JSON ending with a newline', () => {
    const text = renderSarif(sampleReport());
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});

describe('renderSarif: what GitHub code scanning reads', () => {
  it('declares the schema, the version and one run for the opsdiff category', () => {
    const log = parsed(sampleReport());
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].automationDetails).toEqual({ id: 'opsdiff/' });
    expect(Object.keys(log.runs[0].originalUriBaseIds)).toEqual(['%SRCROOT%']);
    expect(log.runs[0].properties).toMatchObject({ base: sampleReport().base, head: sampleReport().head, risk: 'high' });
  });

  it('describes the tool and every rule the report ran', () => {
    const { driver } = parsed(sampleReport()).runs[0].tool;
    expect(driver).toMatchObject({ name: 'opsdiff', version: '0.1.0', semanticVersion: '0.1.0' });
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((rule) => [rule.id, rule.name, rule.defaultConfiguration.level])).toEqual([
      ['io-in-loop', 'IoInLoop', 'error'],
      ['timeout-removed', 'TimeoutRemoved', 'error'],
      ['retry-changed', 'RetryChanged', 'warning'],
    ]);
    const [ioInLoop] = driver.rules;
    expect(ioInLoop).toMatchObject({
      shortDescription: { text: sampleReport().rules[0]!.summary },
      helpUri: 'https://example.test/opsdiff/rules/io-in-loop',
      properties: { tags: ['fan-out', 'reliability'], precision: 'medium' },
    });
    expect(ioInLoop!.help.text).toContain('Why it matters: Per-item I/O');
    expect(ioInLoop!.help.markdown).toContain('**What to do.** Batch the call');
    expect(ioInLoop!.help.markdown).toContain('- The call hits an in-process cache.');
    // Not a security rule: a security-severity would file these under security alerts.
    expect(JSON.stringify(driver.rules)).not.toContain('security-severity');
  });

  it('keeps every rule within 20 tags', () => {
    for (const rule of parsed(sampleReport()).runs[0].tool.driver.rules) {
      expect(rule.properties.tags.length).toBeLessThanOrEqual(GITHUB_SARIF_LIMITS.tagsPerRule);
    }
  });

  it('maps severities to levels: high error, medium warning, low note', () => {
    const report = sampleReport();
    expect(resultFor(report, 16).level).toBe('error');
    expect(resultFor(report, 12).level).toBe('warning');
    expect(resultFor(report, 31).level).toBe('note');
  });

  it("points each result's ruleIndex at its own rule", () => {
    const log = parsed(sampleReport());
    for (const result of log.runs[0].results) {
      expect(log.runs[0].tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    }
  });

  it('adds a descriptor for a finding whose rule the report does not list', () => {
    const report: Report = { ...withFindings([{ ...timeoutDropped, ruleId: 'retry-removed' }]), rules: [] };
    const log = parsed(report);
    const [result] = log.runs[0].results;
    expect(log.runs[0].tool.driver.rules[result!.ruleIndex]).toMatchObject({ id: 'retry-removed', name: 'RetryRemoved' });
    expect(validate(SARIF_SCHEMA, log)).toEqual([]);
  });

  it('locates a finding by repository-relative URI and its full region', () => {
    expect(resultFor(sampleReport(), 16).locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'src/pricing.ts', uriBaseId: '%SRCROOT%' },
          region: { startLine: 16, startColumn: 24, endLine: 16, endColumn: 51 },
        },
      },
    ]);
  });

  it('leaves out an end column that does not follow the start', () => {
    const point = { ...discountPerItem, location: { ...discountPerItem.location, endColumn: 24 } };
    expect(resultFor(withFindings([point]), 16).locations[0].physicalLocation.region).toEqual({
      startLine: 16,
      startColumn: 24,
      endLine: 16,
    });
  });

  it('percent-encodes what a URI cannot hold in a path', () => {
    expect(artifactUri('src/a b#c?.ts')).toBe('src/a%20b%23c%3F.ts');
    expect(artifactUri('src/pricing.ts')).toBe('src/pricing.ts');
  });

  it("carries the finding's detail in properties", () => {
    expect(resultFor(sampleReport(), 16).properties).toEqual({
      category: 'fan-out',
      effect: { kind: 'cache', callee: 'redis.get' },
      before: discountPerItem.before,
      after: discountPerItem.after,
      change: 'once per request -> once per item of cart.items',
      commits: discountPerItem.commits,
      origin: 'ai-assisted',
      side: 'head',
    });
    expect(resultFor(sampleReport(), 31).properties).not.toHaveProperty('origin');
  });

  it('lists skipped files as tool notifications', () => {
    const [invocation] = parsed(sampleReport()).runs[0].invocations;
    expect(invocation).toEqual({
      executionSuccessful: true,
      toolExecutionNotifications: [
        {
          level: 'warning',
          message: { text: "Skipped src/legacy/broken.ts: parse error: ';' expected (12:7)" },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'src/legacy/broken.ts', uriBaseId: '%SRCROOT%' } } }],
        },
      ],
    });
  });
});

describe('renderSarif: related locations', () => {
  it('numbers related locations and links the head-side ones from the message', () => {
    const result = resultFor(sampleReport(), 16);
    expect(result.relatedLocations?.map(({ id, message }) => [id, message.text])).toEqual([
      [1, 'loop: for (const item of cart.items)'],
      [2, '`redis.get` reached through `discountFor`'],
    ]);
    expect(result.message.text).toBe(
      '`redis.get` now runs once per item of `cart.items` (was once per request). ' +
        'Related: [loop: for (const item of cart.items)](1); [`redis.get` reached through `discountFor`](2).',
    );
  });

  it('names base-side places in plain text only: as a location, GitHub would show them on the head file at a line now holding other code', () => {
    const result = resultFor(sampleReport(), 12);
    expect(result.message.text).toBe(
      '`fetch` to the inventory service no longer sets a timeout (was 5000 ms). ' +
        'In the base revision: timeout set here: AbortSignal.timeout(5000) (src/http.ts:4).',
    );
    expect(result).not.toHaveProperty('relatedLocations');
  });

  it('keeps the head-side places as related locations, numbered, when base-side ones come first', () => {
    const [loop] = discountPerItem.related;
    const before: RelatedLocation = { ...loop!, side: 'base', line: 9, endLine: 9, message: 'before: redis.get, once per request' };
    const result = resultFor(withFindings([{ ...discountPerItem, related: [before, loop!] }]), 16);
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'src/pricing.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 14, startColumn: 3, endLine: 18, endColumn: 4 } },
        message: { text: 'loop: for (const item of cart.items)' },
      },
    ]);
    expect(result.message.text).toBe(
      '`redis.get` now runs once per item of `cart.items` (was once per request). ' +
        'Related: [loop: for (const item of cart.items)](1). ' +
        'In the base revision: before: redis.get, once per request (src/pricing.ts:9).',
    );
    expect(validate(SARIF_SCHEMA, parsed(withFindings([{ ...discountPerItem, related: [before, loop!] }])))).toEqual([]);
  });

  it('escapes brackets so only real links read as links, and every link has a target', () => {
    const bracketed: Finding = {
      ...discountPerItem,
      message: '`items[0]` is read [sometimes] in a loop.',
      related: [{ ...discountPerItem.related[0]!, message: 'loop over rows[i]' }],
    };
    const result = resultFor(withFindings([bracketed]), 16);
    expect(result.message.text).toBe('`items\\[0\\]` is read \\[sometimes\\] in a loop. Related: [loop over rows\\[i\\]](1).');
    expect(escapeSarifText('a\\b')).toBe('a\\\\b');
    const ids = new Set(result.relatedLocations?.map(({ id }) => id));
    const targets = [...result.message.text.matchAll(/(?<!\\)\]\((\d+)\)/g)].map((match) => Number(match[1]));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(ids.has(target)).toBe(true);
  });
});

describe('renderSarif: fingerprints', () => {
  it('uses the finding fingerprint under the versioned key', () => {
    expect(resultFor(sampleReport(), 16).partialFingerprints).toEqual({
      [FINGERPRINT_KEY]: 'io-in-loop:src/pricing.ts:price:cache:redis.get',
    });
    expect(FINGERPRINT_KEY).toBe('opsdiff/v1');
  });

  it('keeps a fingerprint when unrelated edits move the finding', () => {
    const moved: Finding = {
      ...discountPerItem,
      location: { ...discountPerItem.location, line: 40, endLine: 40 },
      related: discountPerItem.related.map((related) => ({ ...related, line: related.line + 24 })),
    };
    expect(resultFor(withFindings([moved]), 40).partialFingerprints).toEqual(
      resultFor(withFindings([discountPerItem]), 16).partialFingerprints,
    );
  });

  it('gives distinct findings distinct fingerprints', () => {
    const fingerprints = resultsOf(sampleReport()).map((result) => result.partialFingerprints?.[FINGERPRINT_KEY]);
    expect(new Set(fingerprints).size).toBe(3);
  });

  it('numbers repeats of one fingerprint, so GitHub does not merge them into one alert', () => {
    const second: Finding = { ...discountPerItem, location: { ...discountPerItem.location, line: 60, endLine: 60 } };
    const fingerprints = resultsOf(withFindings([second, discountPerItem])).map(
      (result) => result.partialFingerprints?.[FINGERPRINT_KEY],
    );
    expect(fingerprints).toEqual([discountPerItem.fingerprint, `${discountPerItem.fingerprint}:2`]);
  });

  it('omits partialFingerprints when a finding has none', () => {
    expect(resultFor(withFindings([{ ...newBoundedLoop, fingerprint: '' }]), 31)).not.toHaveProperty('partialFingerprints');
  });
});

describe("renderSarif: GitHub's limits", () => {
  it('keeps the 25,000 most severe results and says how many were left out', () => {
    const lows = Array.from({ length: GITHUB_SARIF_LIMITS.resultsPerRun }, (_, index) => ({
      ...newBoundedLoop,
      fingerprint: `low-${index}`,
      location: { ...newBoundedLoop.location, line: index + 1, endLine: index + 1 },
    }));
    const log = toSarif(withFindings([...lows, discountPerItem]));
    const run = log.runs[0];
    expect(run.results).toHaveLength(GITHUB_SARIF_LIMITS.resultsPerRun);
    expect(run.results[0]!.level).toBe('error');
    expect(run.properties).toMatchObject({ findings: GITHUB_SARIF_LIMITS.resultsPerRun + 1, omittedFindings: 1 });
    expect(run.invocations[0]!.toolExecutionNotifications.at(-1)!.message.text).toMatch(/^1 least severe findings were left out/);
  });

  it('keeps a result within 1,000 locations, counting the primary one', () => {
    const related: RelatedLocation[] = Array.from({ length: 1_500 }, (_, index) => ({
      ...discountPerItem.related[0]!,
      line: index + 1,
      endLine: index + 1,
    }));
    const [result] = toSarif(withFindings([{ ...discountPerItem, related }])).runs[0].results;
    expect(result!.locations.length + result!.relatedLocations!.length).toBe(GITHUB_SARIF_LIMITS.locationsPerResult);
    // The message names a handful, not a thousand.
    expect([...result!.message.text.matchAll(/\]\(\d+\)/g)]).toHaveLength(10);
  });
});

describe('pascalCase', () => {
  it.each([
    ['io-in-loop', 'IoInLoop'],
    ['timeout-removed', 'TimeoutRemoved'],
    ['retry_changed', 'RetryChanged'],
    ['concurrency', 'Concurrency'],
  ])('%s -> %s', (id, name) => {
    expect(pascalCase(id)).toBe(name);
  });
});

describe('renderSarif: removed code', () => {
  it('has no base line number on the head file: the file alone, and the base place in words', () => {
    const removed: Finding = { ...timeoutDropped, side: 'base', related: [] };
    const [result] = resultsOf(withFindings([removed]));
    expect(result!.message.text).toBe('`fetch` to the inventory service no longer sets a timeout (was 5000 ms). This code was removed: src/http.ts:12 in the base revision.');
    expect(result!.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'src/http.ts', uriBaseId: '%SRCROOT%' } } }]);
  });

  it('is shown at the first head place related to it, when there is one', () => {
    const head: RelatedLocation = { file: 'src/http.ts', line: 7, column: 3, endLine: 7, endColumn: 20, side: 'head', message: 'the call now' };
    const removed: Finding = { ...timeoutDropped, side: 'base', related: [head] };
    const result = resultFor(withFindings([removed]), 7);
    expect(result.locations[0]!.physicalLocation.region).toEqual({ startLine: 7, startColumn: 3, endLine: 7, endColumn: 20 });
  });
});
