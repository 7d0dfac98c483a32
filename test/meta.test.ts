/** Consistency of the rule set, the catalog and the docs: each failure says how to fix it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { CATALOG } from '../src/catalog/index.js';
import { renderLibraries } from '../src/catalog/markdown.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const RULES_DOC = readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8');

describe('rules', () => {
  it('rules/index.ts lists exactly the rule modules in rules/', () => {
    const files = readdirSync(path.join(ROOT, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort();
    expect(RULES.map((r) => r.id).sort(), 'add the module to rules/index.ts (or remove the file)').toEqual(files);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has a case table and fixtures', () => {
        expect(existsSync(path.join(ROOT, 'test/rules', `${rule.id}.test.ts`)), `write test/rules/${rule.id}.test.ts`).toBe(true);
        expect(existsSync(path.join(ROOT, 'fixtures', rule.id)), `add fixtures/${rule.id}/<case>/{before,after,expected.json}`).toBe(true);
      });
      it('has one-line docs and a section in docs/rules.md', () => {
        expect(rule.docs.summary, 'docs.summary is one line for the rules table').not.toMatch(/\n/);
        expect(rule.docs.notFor.length, 'say when the rule does not apply (docs.notFor)').toBeGreaterThan(0);
        expect(RULES_DOC, `docs/rules.md needs a row for \`${rule.id}\` in the rules table`).toContain(`| [\`${rule.id}\`](#rule-${rule.id})`);
        // The table says what the rule's own metadata says (what SARIF and the reports show).
        const row = RULES_DOC.split('\n').find((l) => l.startsWith(`| [\`${rule.id}\`](#rule-${rule.id}) |`))!;
        const cells = row.split(' | ');
        expect(cells[1], `docs/rules.md: the category of ${rule.id}`).toBe(rule.category);
        expect(cells[cells.length - 1], `docs/rules.md: the summary of ${rule.id} is its docs.summary`).toBe(`${rule.docs.summary} |`);
        expect(RULES_DOC, `docs/rules.md needs a section <a id="rule-${rule.id}">`).toContain(`<a id="rule-${rule.id}"></a>`);
      });
      it('has message templates whose placeholders are plain names', () => {
        for (const template of Object.values<string>(rule.messages)) {
          expect(template).toMatch(/\.$/);
          for (const m of template.matchAll(/\{\{(.*?)\}\}/g)) expect(m[1]).toMatch(/^\w+$/);
        }
      });
    });
  }
});

describe('client catalog', () => {
  it('claims each module once', () => {
    const seen = new Map<string, string>();
    for (const lib of CATALOG) {
      for (const m of lib.modules) {
        expect(seen.has(m), `${m} is listed by both ${seen.get(m)} and ${lib.label}`).toBe(false);
        seen.set(m, lib.label);
      }
    }
  });
  it('is documented in docs/libraries.md, generated from it', () => {
    const committed = readFileSync(path.join(ROOT, 'docs/libraries.md'), 'utf8');
    expect(committed === renderLibraries(), 'docs/libraries.md is stale: run `npm run docs:libraries` and commit it').toBe(true);
    expect(README, 'README.md should link the generated docs/libraries.md').toContain('(docs/libraries.md)');
  });
  it('names batch pairs whose per-item form differs from the batch', () => {
    for (const lib of CATALOG) for (const b of lib.batches ?? []) expect(b.single.length).toBeGreaterThan(0);
  });
});
