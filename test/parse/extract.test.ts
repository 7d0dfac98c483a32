/**
 * The fact pass gives the same facts in this thread and in the worker thread: what the
 * configuration adds (client names) reaches both. The worker runs compiled code, so this test
 * runs the compiled engine from dist/ (`npm run build` first, as `npm test` does).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_THRESHOLDS, type ResolvedConfig } from '../../src/config/types.js';
import type { Report } from '../../src/types.js';
import { makeRepo, type TempRepo } from '../support/tempRepo.js';

const DIST = path.resolve(import.meta.dirname, '../../dist/src');

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  vi.restoreAllMocks();
});

/** Enough changed files that the second chunk of 96 goes to the worker (base and head versions of each). */
const FILES = 70;

function changedFile(i: number, side: 'base' | 'head'): string {
  // `vault` is a free name (a global the runtime provides): only a configured name makes it a client.
  return side === 'base'
    ? `export async function sync${i}(keys: string[]) {\n  const all = await vault.read('all');\n  return keys.map((k) => all + k);\n}\n`
    : `export async function sync${i}(keys: string[]) {\n  const out = [];\n  for (const k of keys) out.push(await vault.read(k));\n  return out;\n}\n`;
}

const TIMEOUT = (ms: string) => `import axios from 'axios';\nexport async function f(u: string) {\n  return axios.get(u, { timeout: ${ms} });\n}\n`;

describe('FactExtractor', () => {
  it('gives the same findings with the worker thread forced on and off, configured names included', async () => {
    expect(existsSync(path.join(DIST, 'parse/worker.js')), 'run `npm run build` first: the worker runs compiled code').toBe(true);
    const { analyze } = (await import(path.join(DIST, 'engine.js'))) as typeof import('../../src/engine.js');
    const { FactExtractor } = (await import(path.join(DIST, 'parse/extract.js'))) as typeof import('../../src/parse/extract.js');

    repo = makeRepo();
    for (let i = 0; i < FILES; i++) repo.write(`src/sync${String(i).padStart(2, '0')}.ts`, changedFile(i, 'base'));
    // Last in path order, so in the worker's chunk: a value JSON cannot carry (Infinity becomes null).
    repo.write('src/zz-fetch.ts', TIMEOUT('5000'));
    const base = repo.commit('base');
    for (let i = 0; i < FILES; i++) repo.write(`src/sync${String(i).padStart(2, '0')}.ts`, changedFile(i, 'head'));
    repo.write('src/zz-fetch.ts', TIMEOUT('Infinity'));
    repo.commit('head');
    const config: ResolvedConfig = { include: [], exclude: [], rules: {}, failOn: 'high', clients: [], names: [{ pattern: '^vault$', kind: 'network' }], thresholds: DEFAULT_THRESHOLDS, origin: [] };

    const findingsOf = (report: Report) => report.findings.map((f) => ({ file: f.location.file, line: f.location.line, column: f.location.column, callee: f.effect.callee, severity: f.severity, message: f.message }));

    const inWorker = vi.spyOn(FactExtractor.prototype, 'inWorker');
    vi.spyOn(FactExtractor.prototype, 'useWorkerFor').mockReturnValue(true);
    const withWorker = findingsOf(await analyze({ cwd: repo.root, base, head: 'HEAD', workers: true, config, followImporters: false }));
    expect(inWorker, 'the worker thread was not used: the test would prove nothing').toHaveBeenCalled();

    vi.restoreAllMocks();
    const useWorkerFor = vi.spyOn(FactExtractor.prototype, 'useWorkerFor');
    const withoutWorker = findingsOf(await analyze({ cwd: repo.root, base, head: 'HEAD', workers: false, config, followImporters: false }));
    expect(useWorkerFor.mock.results.every((r) => r.value === false)).toBe(true);

    expect(withoutWorker).toHaveLength(FILES + 1);
    expect(withoutWorker.find((f) => f.file === 'src/sync00.ts')).toMatchObject({ line: 3, column: 40, callee: 'vault.read' });
    const disabled = withoutWorker.find((f) => f.file === 'src/zz-fetch.ts');
    expect(disabled).toMatchObject({ line: 3, column: 10, callee: 'axios.get', severity: 'high' });
    expect(disabled!.message).toContain('now disabled (5 s -> Infinity)');
    expect(withWorker).toEqual(withoutWorker);
  }, 60_000); // two whole analyses, one through a worker thread: seconds on a loaded machine
});
