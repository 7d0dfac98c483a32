/**
 * action.yml and the workflows as GitHub reads them: YAML documents, checked against the
 * action and workflow schemas (SchemaStore's, through @action-validator/core), and the inputs
 * the Action's code reads compared with the inputs the parsed file declares.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAction, validateWorkflow, type ValidationError } from '@action-validator/core';
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';
import { actionMetadata, ROOT } from '../support/actionRunner.js';

const metadata = actionMetadata();
const inputs = Object.keys(metadata.inputs);
const outputs = Object.keys(metadata.outputs);
/** Where users read about the Action: the README's quick start and its reference page. */
const DOCS = ['README.md', 'docs/action.md'].map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));
const actionDoc = DOCS[1]!.text;

/** The Node runtimes GitHub's runner runs actions on today (actions/runner: node20, node24 since v2.327). */
const RUNNER_NODE_RUNTIMES = ['node20', 'node24'];

/**
 * @action-validator/core 0.6.0 carries a SchemaStore snapshot whose `runs.using` enum stops at
 * node20 (it predates GitHub's node24 runtime). The document is validated with the newest
 * runtime that snapshot knows in place of ours, and ours is checked against the runner's list.
 */
function actionSchemaErrors(text: string): ValidationError[] {
  let document: { runs: { using: string } };
  try {
    document = parse(text) as typeof document;
  } catch {
    return validateAction(text).errors;
  }
  if (!RUNNER_NODE_RUNTIMES.includes(document.runs.using)) return [{ code: 'runtime', detail: `runs.using ${document.runs.using} is not a runtime the runner has`, title: 'runs.using', path: '/runs/using' }];
  return validateAction(text.replace(/^(\s+using:\s*)node24\s*$/m, '$1node20')).errors;
}

/** Every YAML workflow a user copies: the docs' examples, by their fenced blocks. */
function readmeWorkflows(): Array<{ where: string; text: string }> {
  const blocks: Array<{ where: string; text: string }> = [];
  for (const { file, text: page } of DOCS) {
    for (const match of page.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)) {
      const text = match[1]!;
      const doc = parseAllDocuments(text)[0]?.toJS() as { on?: unknown; jobs?: unknown } | undefined;
      if (doc && typeof doc === 'object' && doc.jobs && (doc.on || (doc as Record<string, unknown>)[true as unknown as string])) blocks.push({ where: `${file}:${page.slice(0, match.index).split('\n').length + 1}`, text });
    }
  }
  return blocks;
}

function projectWorkflows(): Array<{ name: string; text: string }> {
  const dir = join(ROOT, '.github', 'workflows');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ name: `.github/workflows/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

interface Step {
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}
const stepsOf = (text: string): Step[] => Object.values((parse(text) as { jobs: Record<string, { steps?: Step[] }> }).jobs).flatMap((job) => job.steps ?? []);
const isOpsdiff = (step: Step) => step.uses === './' || /^opsdiff\/opsdiff@/.test(step.uses ?? '');

describe('action.yml', () => {
  it('is valid YAML and valid action metadata', () => {
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    expect(() => parse(text, { strict: true, uniqueKeys: true })).not.toThrow();
    expect(actionSchemaErrors(text)).toEqual([]);
    expect(metadata.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
  });

  it('the check fails on the defects it is there for: a plain description with ": " in it, an unknown runtime', () => {
    const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    const broken = text.replace(/description: "Fail the step when a finding reaches this severity \((.*)\)\. (.*)"/, 'description: Fail the step when a finding reaches this severity: $1. $2');
    expect(broken).not.toBe(text);
    expect(() => parse(broken)).toThrow(/Nested mappings are not allowed/);
    expect(actionSchemaErrors(broken).map((e) => e.code)).toEqual(['parse_error']);
    expect(actionSchemaErrors(text.replace('using: node24', 'using: node18')).map((e) => e.code)).toEqual(['runtime']);
    expect(actionSchemaErrors(text.replace('  main: dist/action/index.js\n', '')).length).toBeGreaterThan(0);
  });

  it('every input is read by the Action, and nothing else is', () => {
    const read = new Set<string>();
    const saved = process.env;
    process.env = new Proxy({ ...saved }, {
      get(target, key) {
        if (typeof key === 'string' && key.startsWith('INPUT_')) read.add(key);
        return Reflect.get(target, key);
      },
    });
    try {
      readInputs();
    } finally {
      process.env = saved;
    }
    expect([...read].sort()).toEqual(inputs.map((name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`).sort());
  });

  it('every output is set by the Action', () => {
    const source = readFileSync(join(ROOT, 'src', 'action', 'outputs.ts'), 'utf8');
    const set = [...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]!);
    expect(set.sort()).toEqual([...outputs].sort());
    expect(outputs.sort()).toEqual(['findings', 'origin', 'report', 'risk', 'sarif']);
  });

  it('every input and output is documented in docs/action.md, and a fixed default is the one action.yml has', () => {
    for (const name of [...inputs, ...outputs]) expect(actionDoc, name).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
    for (const [name, input] of Object.entries(metadata.inputs)) {
      if (input.default === undefined || input.default === '') continue;
      const shown = new RegExp(`^\\| \`${name}\` \\| ([^|]+) \\|`, 'm').exec(actionDoc)?.[1]?.trim();
      expect(shown, `docs/action.md default of ${name}`).toBe(`\`${input.default}\``);
    }
  });
});

describe('workflows', () => {
  const all = [...projectWorkflows().map((w) => ({ where: w.name, text: w.text })), ...readmeWorkflows()];

  it('the docs show their workflows, and the project has its own', () => {
    expect(readmeWorkflows().length).toBeGreaterThanOrEqual(3);
    expect(projectWorkflows().map((w) => w.name)).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/opsdiff.yml']));
  });

  it.each(all.map((w) => [w.where, w.text] as const))('%s is a valid workflow', (_where, text) => {
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  it.each(all.map((w) => [w.where, w.text] as const))('%s passes only inputs action.yml has', (_where, text) => {
    for (const step of stepsOf(text).filter(isOpsdiff)) for (const key of Object.keys(step.with ?? {})) expect(inputs, `${key} is not an input of action.yml`).toContain(key);
  });

  it.each(all.map((w) => [w.where, w.text] as const))('%s skips the SARIF upload on fork pull requests (their token may not write security events)', (_where, text) => {
    for (const step of stepsOf(text).filter((s) => /upload-sarif/.test(s.uses ?? ''))) {
      expect(step.if ?? '').toContain("github.event.pull_request.head.repo.full_name == github.repository");
    }
  });

  it('the project runs the action on its own pull requests', () => {
    const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'opsdiff.yml'), 'utf8')) as { on: Record<string, unknown> };
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(stepsOf(readFileSync(join(ROOT, '.github', 'workflows', 'opsdiff.yml'), 'utf8')).some((s) => s.uses === './')).toBe(true);
  });
});
