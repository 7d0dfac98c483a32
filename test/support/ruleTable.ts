/**
 * Literal case tables for a rule, run in memory (no git): each case is a before/after pair of
 * small files; `flagged` cases list the exact findings (messageId, line, column, data), `quiet`
 * cases must produce none. The table itself is checked: unique names, flagged cases with
 * findings, and every messageId of the rule exercised.
 */
import { describe, expect, it } from 'vitest';
import { buildView } from '../../src/match/view.js';
import { DEFAULT_CATALOG } from '../../src/catalog/index.js';
import { extractOne } from '../../src/parse/extract.js';
import type { FileFacts } from '../../src/model/facts/index.js';
import { RevisionModel } from '../../src/model/program.js';
import { optionsOf, type Rule, type RuleFinding } from '../../src/rule.js';

type Files = string | Record<string, string>;

export interface ExpectedRuleFinding {
  messageId: string;
  /** The file the finding points at, when not the case's first (`src/service.ts`). */
  file?: string;
  line: number;
  column?: number;
  severity?: string;
  data?: Record<string, string>;
}

export interface RuleCase {
  name: string;
  before: Files;
  after: Files;
  findings?: ExpectedRuleFinding[];
}

const DEFAULT_FILE = 'src/service.ts';

function asFiles(files: Files): Record<string, string> {
  return typeof files === 'string' ? { [DEFAULT_FILE]: files } : files;
}

function modelOf(files: Record<string, string>): RevisionModel {
  const facts = new Map<string, FileFacts>();
  for (const [path, text] of Object.entries(files)) {
    if (!/\.[cm]?[jt]sx?$/.test(path)) continue;
    const result = extractOne(path, text, DEFAULT_CATALOG.namePatterns);
    if (!result.ok) throw new Error(`${path}: ${result.reason}`);
    facts.set(path, result.facts);
  }
  return new RevisionModel({ files: new Set(Object.keys(files)), facts: (p) => facts.get(p) }, (p) => files[p]);
}

/** Head lines not in the longest common subsequence with base: what `git diff` calls added. */
function changedLines(before: string | undefined, after: string): Set<number> {
  const a = before === undefined ? [] : before.split('\n');
  const b = after.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const changed = new Set<number>();
  let i = 0;
  let j = 0;
  while (j < b.length) {
    if (i < a.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else changed.add(++j);
  }
  return changed;
}

export function runRule(rule: Rule, before: Files, after: Files, options?: Record<string, number>): RuleFinding[] {
  const baseFiles = asFiles(before);
  const headFiles = asFiles(after);
  const changed = new Map(Object.entries(headFiles).map(([p, text]) => [p, changedLines(baseFiles[p], text)]));
  const view = buildView({
    base: { model: modelOf(baseFiles), paths: Object.keys(baseFiles) },
    head: { model: modelOf(headFiles), paths: Object.keys(headFiles) },
    baseFileOf: (f) => (f in baseFiles ? f : null),
    isChanged: (side, file, line) => side === 'head' && !!changed.get(file)?.has(line),
  });
  return rule.check(view, optionsOf(rule, options));
}

export function describeRule(rule: Rule, table: { quiet: RuleCase[]; flagged: RuleCase[]; todo?: Array<{ name: string; reason: string }> }): void {
  describe(rule.id, () => {
    it('has a well-formed case table', () => {
      const names = [...table.quiet, ...table.flagged].map((c) => c.name);
      expect(new Set(names).size, 'case names must be unique').toBe(names.length);
      for (const c of table.flagged) expect(c.findings?.length, `flagged case "${c.name}" lists no findings`).toBeGreaterThan(0);
      for (const c of table.flagged) for (const f of c.findings ?? []) expect(f.column, `flagged case "${c.name}": state the column of each finding`).toBeTypeOf('number');
      for (const c of table.quiet) expect(c.findings ?? [], `quiet case "${c.name}" lists findings`).toEqual([]);
      const used = new Set(table.flagged.flatMap((c) => c.findings!.map((f) => f.messageId)));
      for (const id of Object.keys(rule.messages)) expect(used.has(id), `no case exercises messageId "${id}"`).toBe(true);
    });
    describe('quiet', () => {
      for (const c of table.quiet) it(c.name, () => expect(runRule(rule, c.before, c.after).map(summarize)).toEqual([]));
    });
    describe('flagged', () => {
      for (const c of table.flagged) {
        it(c.name, () => {
          const actual = runRule(rule, c.before, c.after).map(summarize);
          const first = Object.keys(asFiles(c.after))[0] ?? DEFAULT_FILE;
          for (const a of actual) if (a.file === first) a.file = DEFAULT_FILE;
          const expected = c.findings!.map((f, i) => {
            const a = actual[i];
            // Only the fields the case states are compared, so each case asserts what it is about.
            return { messageId: f.messageId, file: f.file ?? DEFAULT_FILE, line: f.line, ...(f.column !== undefined ? { column: f.column } : { column: a?.column }), ...(f.severity ? { severity: f.severity } : { severity: a?.severity }), data: { ...a?.data, ...f.data } };
          });
          expect(actual).toEqual(expected);
        });
      }
    });
    for (const t of table.todo ?? []) it.todo(`${t.name} (${t.reason})`);
  });
}

function summarize(f: RuleFinding) {
  return { messageId: f.messageId, file: f.at.file, line: f.at.span.line, column: f.at.span.column, severity: f.severity, data: f.data };
}
