/**
 * The fixture table: every fixtures/<rule>/<case>/ is a before/after pair with the exact
 * findings expected in expected.json (an empty list for the negatives that must stay silent).
 * Each case runs the whole engine on a real git repository built from the pair.
 *
 * Refresh expectations after an intended change with `npm run fixtures:update`, and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/engine.js';
import type { Finding } from '../src/types.js';
import { RULES } from '../rules/index.js';
import { fixtureCases, repoFromFixture } from './support/fixtureRepo.js';
import type { TempRepo } from './support/tempRepo.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

interface ExpectedFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  callee: string;
  kind: string;
  before: string | null;
  after: string | null;
  message: string;
}

interface ExpectedFile {
  description: string;
  findings: ExpectedFinding[];
  /** Files that must be listed as not analyzed (a parse error, a binary file), with the reason. */
  skipped?: Array<{ path: string; reason: string }>;
}

function project(f: Finding): ExpectedFinding {
  const multiplicity = (side: Record<string, unknown> | null) => (side ? String(side.multiplicity ?? side.value ?? '') : null);
  return { ruleId: f.ruleId, severity: f.severity, file: f.location.file, line: f.location.line, column: f.location.column, callee: f.effect.callee, kind: f.effect.kind, before: multiplicity(f.before), after: multiplicity(f.after), message: f.message };
}

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

for (const rule of RULES.map((r) => r.id)) {
  const ruleDir = path.join(FIXTURES, rule);
  describe(`fixtures/${rule}`, () => {
    const cases = fixtureCases(ruleDir);
    it('has cases, including silent ones', () => {
      const silent = cases.filter((c) => {
        const file = path.join(ruleDir, c, 'expected.json');
        return existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as ExpectedFile).findings.length === 0;
      });
      expect(cases.length).toBeGreaterThan(0);
      expect(silent.length).toBeGreaterThan(0);
    });
    for (const name of cases) {
      it(name, async () => {
        const caseDir = path.join(ruleDir, name);
        const expectedPath = path.join(caseDir, 'expected.json');
        const repo = repoFromFixture(caseDir);
        repos.push(repo);
        const report = await analyze({ cwd: repo.root, base: 'main', head: 'change', workers: false });
        const actual = report.findings.filter((f) => f.ruleId === rule).map(project);
        if (UPDATE) {
          const previous: Partial<ExpectedFile> = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedFile) : {};
          const skipped = report.files.skipped.length ? { skipped: report.files.skipped } : {};
          writeFileSync(expectedPath, JSON.stringify({ description: previous.description ?? '', findings: actual, ...skipped }, null, 2) + '\n');
          return;
        }
        expect(existsSync(expectedPath), `${name} needs an expected.json`).toBe(true);
        const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedFile;
        expect(expected.description, `${name}: describe the case in expected.json`).toBeTruthy();
        expect(report.files.skipped).toEqual(expected.skipped ?? []);
        expect(actual).toEqual(expected.findings);
      });
    }
  });
}
