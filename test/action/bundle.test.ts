import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actionMetadata, extractedAction } from '../support/actionRunner.js';
import { packageLoads, runtimeLoads } from '../support/bundleImports.js';

// The Action runs the committed bundle, not the sources: a change to src/ that is not
// rebundled (node scripts/bundle-action.mjs) and committed would ship old code.
const root = join(import.meta.dirname, '..', '..');
const committed = join(root, 'dist', 'action');
const fresh = mkdtempSync(join(tmpdir(), 'opsdiff-bundle-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

describe('the committed Action bundle', () => {
  it('is what the sources build today', () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'bundle-action.mjs'), fresh], { cwd: root });
    const files = readdirSync(fresh).sort();
    expect(readdirSync(committed).sort(), 'dist/action/ holds other files than a fresh build').toEqual(files);
    for (const file of files) {
      const same = readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file)));
      expect(same, `dist/action/${file} is stale: run node scripts/bundle-action.mjs and commit dist/action`).toBe(true);
    }
  }, 60_000);

  it('is tracked by git, so a clone of the action has it', () => {
    const tracked = execFileSync('git', ['ls-files', 'dist/action', 'action.yml'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    expect(tracked).toEqual(['action.yml', 'dist/action/index.js', 'dist/action/index.js.LEGAL.txt']);
  });

  it('loads nothing at run time but Node: the runner has no node_modules', () => {
    const code = readFileSync(join(extractedAction(), actionMetadata(extractedAction()).runs.main), 'utf8');
    expect(packageLoads(code)).toEqual([]);
    // It does load Node's modules through the same calls the check reads: the check sees them.
    expect(runtimeLoads(code).some((m) => m.specifier === 'node:worker_threads')).toBe(true);
  }, 30_000);

  it('the check catches the loads that broke the Action: require of typescript through createRequire, a bare import', () => {
    const shapes = [
      'import{createRequire as a}from"node:module";var b=a(import.meta.url)("typescript");',
      'import{createRequire as a}from"node:module";const r=a(import.meta.url);r("typescript");',
      'const require=x(import.meta.url);require("@actions/core");',
      'import ts from "typescript";',
      'await import("yaml");',
    ];
    expect(shapes.map((code) => packageLoads(code).map((m) => `${m.how} ${m.specifier}`))).toEqual([
      ['require typescript'],
      ['require typescript'],
      ['require @actions/core'],
      ['import typescript'],
      ['import() yaml'],
    ]);
    expect(packageLoads('import fs from "fs"; import("node:path"); require("node:os"); f("typescript");')).toEqual([]);
    // A name bound to another call with import.meta.url (the facts cache hashing its own bundle) is no require,
    // even where a minifier reuses the name for a logger.
    expect(packageLoads('import{createRequire as a}from"node:module";let o=r(p(import.meta.url));function d(o){o("sending request to %s")}')).toEqual([]);
  });
});
