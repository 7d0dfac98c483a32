import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionInputs, ROOT } from '../support/actionRunner.js';

// action.yml, the code that reads it, the README that documents it and the workflows that use
// it must name the same inputs: a renamed input would silently fall back to its default.
const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
const inputs = [...actionInputs().keys()];
const outputs = [...yml.slice(yml.indexOf('\noutputs:'), yml.indexOf('\nruns:')).matchAll(/^ {2}([a-z-]+):\s*$/gm)].map((m) => m[1]!);
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('action.yml', () => {
  it('every input is read by src/action/inputs.ts, and nothing else is', () => {
    const source = readFileSync(join(ROOT, 'src', 'action', 'inputs.ts'), 'utf8');
    const read = [...source.matchAll(/(?:getInput|optional|flag|level)\('([a-z-]+)'/g)].map((m) => m[1]!);
    expect([...read].sort()).toEqual([...inputs].sort());
  });

  it('every output is set by the Action', () => {
    const source = readFileSync(join(ROOT, 'src', 'action', 'outputs.ts'), 'utf8');
    const set = [...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]!);
    expect(set.sort()).toEqual([...outputs].sort());
    expect(outputs.sort()).toEqual(['findings', 'origin', 'report', 'risk', 'sarif']);
  });

  it('every input and output is documented in the README', () => {
    for (const name of [...inputs, ...outputs]) expect(readme, name).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  });

  it("the project's own workflow runs the action on its pull requests, with inputs that exist", () => {
    const path = join(ROOT, '.github', 'workflows', 'opsdiff.yml');
    expect(existsSync(path)).toBe(true);
    const workflow = readFileSync(path, 'utf8');
    expect(workflow).toMatch(/^on:[\s\S]*pull_request/m);
    expect(workflow).toMatch(/uses: \.\/\s*$/m);
    const withBlock = /uses: \.\/\s*\n((?:\s{8,}.*\n?)*)/.exec(workflow)?.[1] ?? '';
    for (const [, key] of withBlock.matchAll(/^\s+([a-z-]+):/gm)) if (key !== 'with' && key !== 'id') expect(inputs, `${key} is not an input of action.yml`).toContain(key);
  });
});
