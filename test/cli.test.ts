/**
 * The CLI as a user runs it: a child `node bin/opsdiff.js` in real temp repositories.
 * Exit codes, one-line errors without stack traces, formats, --output, --staged, --fail-on.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, type TempRepo } from './support/tempRepo.js';

const BIN = path.resolve(import.meta.dirname, '../bin/opsdiff.js');

function opsdiff(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CLIENT = `import Redis from 'ioredis';\nexport const redis = new Redis();\n`;
const ONCE = `import { redis } from './redis';

export async function loadAll(ids: string[]): Promise<string[]> {
  const prefix = await redis.get('prefix');
  return ids.map((id) => prefix + id);
}
`;
const PER_ITEM = `import { redis } from './redis';

export async function loadAll(ids: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const id of ids) {
    const prefix = await redis.get('prefix:' + id);
    out.push(prefix + id);
  }
  return out;
}
`;

let repo: TempRepo;
beforeAll(() => {
  repo = makeRepo();
  repo.write('src/redis.ts', CLIENT);
  repo.write('src/load.ts', ONCE);
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('src/load.ts', PER_ITEM);
  repo.commit('per item');
});
afterAll(() => repo.cleanup());

describe('opsdiff check', () => {
  it('exits 1 with a finding at or above --fail-on, and prints file:line:col', () => {
    const r = opsdiff(repo.root, '--base', 'main');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('src/load.ts:6:26');
    expect(r.stdout).toContain('`redis.get` (cache) now runs once per item of `ids` in `loadAll` (was once per call).');
    expect(r.stderr).toBe('');
  });

  it('uses the merge-base with main when --base is not given', () => {
    const r = opsdiff(repo.root, '--format', 'json');
    const report = JSON.parse(r.stdout);
    expect(report.base).toBe(repo.git('rev-parse', 'main'));
    expect(report.findings).toHaveLength(1);
  });

  it('exits 0 with --fail-on none, and when nothing changed', () => {
    expect(opsdiff(repo.root, '--base', 'main', '--fail-on', 'none').code).toBe(0);
    // Base and head one commit: said plainly, not "no risky changes in 0 files analyzed".
    const head = repo.git('rev-parse', 'HEAD');
    const r = opsdiff(repo.root, '--base', 'HEAD');
    expect(r).toEqual({ code: 0, stdout: `nothing to compare: base and head are the same commit (${head.slice(0, 7)})\n`, stderr: '' });
    expect(opsdiff(repo.root, '--base', 'HEAD', '--format', 'markdown').stdout).toContain(`## opsdiff: nothing to compare\n\nBase and head are the same commit (\`${head.slice(0, 7)}\`): there is no change to analyze.`);
    // The JSON report is the contract's, empty.
    const json = JSON.parse(opsdiff(repo.root, '--base', 'HEAD', '--format', 'json').stdout);
    expect(json).toMatchObject({ base: head, head, files: { analyzed: [], skipped: [] }, commits: [], findings: [] });
  });

  it('writes JSON in the contract shape to --output', () => {
    const out = path.join(repo.root, 'report.json');
    const r = opsdiff(repo.root, '--base', 'main', '--format', 'json', '--output', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // Not silent: what the file holds, in one line on standard error.
    expect(r.stderr).toBe(`opsdiff: 1 finding (1 high) in 1 file analyzed; risk: high; report written to ${out}\n`);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(report)).toEqual(['schemaVersion', 'tool', 'base', 'head', 'files', 'commits', 'findings', 'summary']);
    expect(report.summary).toEqual({ risk: 'high', findings: 1 });
    expect(report.findings[0]).toMatchObject({ ruleId: 'io-in-loop', category: 'fan-out', severity: 'high', file: 'src/load.ts', line: 6, effect: { kind: 'cache', callee: 'redis.get' }, before: { multiplicity: '1' }, after: { multiplicity: 'N' } });
    expect(report.commits).toEqual([{ sha: repo.git('rev-parse', 'HEAD'), subject: 'per item', origin: 'human', evidence: [] }]);
  });

  it('renders sarif and markdown', () => {
    const sarif = JSON.parse(opsdiff(repo.root, '--base', 'main', '--format', 'sarif').stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].ruleId).toBe('io-in-loop');
    const md = opsdiff(repo.root, '--base', 'main', '--format', 'markdown').stdout;
    expect(md).toContain('src/load.ts');
  });

  it('a missing revision is a one-line error with exit 2 and no stack trace', () => {
    const r = opsdiff(repo.root, '--base', 'no-such-branch');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^opsdiff: unknown revision 'no-such-branch'\nhint: .+\n$/);
  });

  it('a path that is not a repository is exit 2', () => {
    const r = opsdiff(path.dirname(repo.root), '--cwd', '/');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^opsdiff: .* is not inside a git work tree$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('bad options are usage errors with exit 2', () => {
    expect(opsdiff(repo.root, '--format', 'xml').code).toBe(2);
    expect(opsdiff(repo.root, '--fail-on', 'critical').stderr).toContain("unknown --fail-on level 'critical'");
    expect(opsdiff(repo.root, '--bogus').code).toBe(2);
    expect(opsdiff(repo.root, 'frobnicate').stderr).toContain("unknown command 'frobnicate'");
  });

  it('an unknown option is one line with a did-you-mean; a missing value says which option', () => {
    expect(opsdiff(repo.root, '--bsae', 'main')).toEqual({ code: 2, stdout: '', stderr: "opsdiff: unknown option '--bsae'; did you mean --base? (opsdiff --help lists the options)\n" });
    expect(opsdiff(repo.root, '--stagged')).toEqual({ code: 2, stdout: '', stderr: "opsdiff: unknown option '--stagged'; did you mean --staged? (opsdiff --help lists the options)\n" });
    expect(opsdiff(repo.root, '--repo', '.')).toEqual({ code: 2, stdout: '', stderr: "opsdiff: unknown option '--repo' (opsdiff --help lists the options)\n" });
    expect(opsdiff(repo.root, '-x')).toEqual({ code: 2, stdout: '', stderr: "opsdiff: unknown option '-x' (opsdiff --help lists the options)\n" });
    expect(opsdiff(repo.root, '--base')).toEqual({ code: 2, stdout: '', stderr: 'opsdiff: option --base needs a value (opsdiff --help lists the options)\n' });
    expect(opsdiff(repo.root, '--staged=yes')).toEqual({ code: 2, stdout: '', stderr: 'opsdiff: option --staged takes no value (opsdiff --help lists the options)\n' });
  });

  it('--staged analyzes the index against HEAD', () => {
    const staged = makeRepo();
    try {
      staged.write('src/redis.ts', CLIENT);
      staged.write('src/load.ts', ONCE);
      staged.commit('base');
      staged.write('src/load.ts', PER_ITEM);
      expect(opsdiff(staged.root, '--staged').code).toBe(0); // not staged yet
      staged.git('add', 'src/load.ts');
      const r = opsdiff(staged.root, '--staged', '--format', 'json');
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout);
      expect(report.head).toBe('INDEX');
      expect(report.commits).toEqual([]);
      expect(report.findings[0].line).toBe(6);
    } finally {
      staged.cleanup();
    }
  });

  it('--staged works in a repository without a commit', () => {
    const fresh = makeRepo();
    try {
      fresh.write('src/redis.ts', CLIENT);
      fresh.write('src/load.ts', PER_ITEM);
      fresh.git('add', '-A');
      const r = opsdiff(fresh.root, '--staged', '--format', 'json');
      const report = JSON.parse(r.stdout);
      expect(report.files.analyzed).toEqual(['src/load.ts', 'src/redis.ts']);
      expect(report.findings.map((f: { after: { multiplicity: string } }) => f.after.multiplicity)).toEqual(['N']);
      expect(r.code).toBe(0); // new I/O in a loop is medium: below the default --fail-on high
    } finally {
      fresh.cleanup();
    }
  });

  it('a file that does not parse is listed as skipped, and the rest is analyzed', () => {
    const broken = makeRepo();
    try {
      broken.write('src/redis.ts', CLIENT);
      broken.write('src/load.ts', ONCE);
      broken.commit('base');
      broken.git('checkout', '-q', '-b', 'feature');
      broken.write('src/load.ts', PER_ITEM);
      broken.write('src/broken.ts', 'export const x = ;\n');
      broken.write('assets/logo.js', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
      broken.commit('broken');
      const r = opsdiff(broken.root, '--base', 'main', '--format', 'json');
      const report = JSON.parse(r.stdout);
      expect(report.files.skipped).toEqual([
        { path: 'assets/logo.js', reason: 'binary file' },
        { path: 'src/broken.ts', reason: 'parse error: Expression expected (1:18)' },
      ]);
      expect(report.files.analyzed).toEqual(['src/load.ts']);
      expect(report.findings).toHaveLength(1);
      expect(r.code).toBe(1);
    } finally {
      broken.cleanup();
    }
  });

  it('hostile files cost only themselves: 2,000-deep nesting of four shapes, a non-UTF-8 file, a fact pass that fails', () => {
    const hostile = makeRepo();
    try {
      hostile.write('src/redis.ts', CLIENT);
      hostile.write('src/load.ts', ONCE);
      hostile.write('src/forced.ts', 'export const ok = 1;\n');
      hostile.commit('base');
      hostile.git('checkout', '-q', '-b', 'feature');
      hostile.write('src/load.ts', PER_ITEM);
      hostile.write('src/deep-parens.ts', `export const x = ${'('.repeat(2000)}1${')'.repeat(2000)};\n`);
      hostile.write('src/deep-blocks.ts', `export function f() {\n${'{'.repeat(2000)}\n${'}'.repeat(2000)}\n}\n`);
      hostile.write('src/deep-arrays.ts', `export const x = ${'['.repeat(2000)}1${']'.repeat(2000)};\n`);
      hostile.write('src/deep-jsx.tsx', `export const x = ${'<div>'.repeat(2000)}${'</div>'.repeat(2000)};\n`);
      hostile.write('src/latin1.ts', Buffer.concat([Buffer.from('export const s = "caf'), Buffer.from([0xe9]), Buffer.from('";\n')]));
      hostile.write('src/forced.ts', 'export const ok = 2;\n');
      hostile.commit('hostile');
      const run = (...extra: string[]) => spawnSync(process.execPath, [BIN, '--base', 'main', '--format', 'json', ...extra], { cwd: hostile.root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', OPSDIFF_TEST_FACTS_THROW: 'src/forced.ts' } });
      const r = run();
      expect(r.stderr).toBe('');
      const report = JSON.parse(r.stdout);
      const deep = 'nesting too deep to parse (over 1000 levels)';
      expect(report.files.skipped).toEqual([
        { path: 'src/deep-arrays.ts', reason: deep },
        { path: 'src/deep-blocks.ts', reason: deep },
        { path: 'src/deep-jsx.tsx', reason: 'nesting too deep to parse' },
        { path: 'src/deep-parens.ts', reason: deep },
        { path: 'src/forced.ts', reason: 'internal error in opsdiff while reading src/forced.ts; rerun with --debug for the stack' },
        { path: 'src/latin1.ts', reason: 'not UTF-8 text' },
      ]);
      expect(report.files.analyzed).toEqual(['src/load.ts']);
      // The risky change in another file of the same commit is still reported, and the exit code follows it.
      expect(report.findings.map((f: { file: string; line: number }) => [f.file, f.line])).toEqual([['src/load.ts', 6]]);
      expect(r.status).toBe(1);
      // With --debug the internal error's stack is printed, and the report is the same.
      const debug = run('--debug');
      expect(debug.stderr).toMatch(/^opsdiff: internal error while reading src\/forced\.ts:\nError: forced by OPSDIFF_TEST_FACTS_THROW\n\s+at /);
      expect(JSON.parse(debug.stdout).files).toEqual(report.files);
    } finally {
      hostile.cleanup();
    }
  });

  it('every changed source file is accounted for: analyzed, or left out with why (one line in the text report)', () => {
    const scoped = makeRepo();
    try {
      scoped.write('src/redis.ts', CLIENT);
      scoped.write('src/load.ts', ONCE);
      scoped.commit('base');
      scoped.git('checkout', '-q', '-b', 'feature');
      scoped.write('src/load.ts', PER_ITEM);
      for (const p of ['src/load.test.ts', 'src/load.spec.ts', 'src/__tests__/a.ts', 'test/helpers.ts', 'src/__mocks__/redis.ts', 'src/Card.stories.tsx', 'dist/index.js', 'src/types.d.ts', 'public/vendor.min.js', 'src/generated/client.ts', 'src/legacy/old.ts', 'scripts/seed.ts', 'README.md']) scoped.write(p, 'export const x = 1;\n');
      scoped.commit('scoped');
      writeFileSync(path.join(scoped.root, 'opsdiff.config.json'), JSON.stringify({ include: ['src/**', 'test/**', 'dist/**', 'public/**'], exclude: ['src/legacy/**'] }));
      const r = opsdiff(scoped.root, '--base', 'main', '--format', 'json');
      const report = JSON.parse(r.stdout);
      expect(report.files.analyzed).toEqual(['src/load.ts']);
      expect(report.files.skipped).toEqual([
        { path: 'dist/index.js', reason: 'left out: build output' },
        { path: 'public/vendor.min.js', reason: 'left out: minified file' },
        { path: 'scripts/seed.ts', reason: "left out: outside the configuration's include" },
        { path: 'src/Card.stories.tsx', reason: 'left out: story' },
        { path: 'src/__mocks__/redis.ts', reason: 'left out: mock' },
        { path: 'src/__tests__/a.ts', reason: 'left out: test file' },
        { path: 'src/generated/client.ts', reason: 'left out: generated file' },
        { path: 'src/legacy/old.ts', reason: 'left out: excluded by configuration (exclude: "src/legacy/**")' },
        { path: 'src/load.spec.ts', reason: 'left out: test file' },
        { path: 'src/load.test.ts', reason: 'left out: test file' },
        { path: 'src/types.d.ts', reason: 'left out: declaration file' },
        { path: 'test/helpers.ts', reason: 'left out: test file' },
      ]);
      const text = opsdiff(scoped.root, '--base', 'main').stdout;
      expect(text).toContain('note: left out 12 changed files: 4 test files, 1 build output, 1 minified file, 1 outside the configuration\'s include, 1 story, 1 mock, 1 generated file, 1 excluded by configuration (exclude: "src/legacy/**"), 1 declaration file\n');
      expect(text).not.toContain('note: skipped');
      expect(text).not.toContain('search stopped at its budget');
      expect(text).toContain('1 finding (1 high) in 1 file analyzed, 12 left out; risk: high');
    } finally {
      scoped.cleanup();
    }
  });

  it('leaves out a file whose header says a tool wrote it, and analyzes one that only mentions generated ids', () => {
    const gen = makeRepo();
    try {
      gen.write('src/redis.ts', CLIENT);
      gen.write('src/sdk.ts', `// Code generated by openapi-generator. DO NOT EDIT.\n${ONCE}`);
      gen.write('src/ids.ts', `/** Keys are generated by the database; DO NOT EDIT them by hand. */\nexport const idsNote = 1;\n${ONCE}`);
      gen.commit('base');
      gen.git('checkout', '-q', '-b', 'feature');
      gen.write('src/sdk.ts', `// Code generated by openapi-generator. DO NOT EDIT.\n${PER_ITEM}`);
      gen.write('src/ids.ts', `/** Keys are generated by the database. */\nexport const idsNote = 1;\n${PER_ITEM}`);
      gen.commit('per item');
      const report = JSON.parse(opsdiff(gen.root, '--base', 'main', '--format', 'json').stdout);
      expect(report.files.skipped).toEqual([{ path: 'src/sdk.ts', reason: 'left out: generated file' }]);
      expect(report.files.analyzed).toEqual(['src/ids.ts']);
      expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['src/ids.ts']);
    } finally {
      gen.cleanup();
    }
  });

  it('says when the search for callers in untouched files stopped at its budget', () => {
    const wide = makeRepo();
    try {
      wide.write('src/redis.ts', CLIENT);
      wide.write('src/load.ts', ONCE);
      for (let i = 0; i < 410; i++) wide.write(`src/callers/c${i}.ts`, `import { load } from '../load';\nexport async function c${i}(batches: string[][]) {\n  for (const ids of batches) await load(ids);\n}\n`);
      wide.commit('base');
      wide.git('checkout', '-q', '-b', 'feature');
      wide.write('src/load.ts', PER_ITEM);
      wide.commit('per item');
      const text = opsdiff(wide.root, '--base', 'main').stdout;
      expect(text).toContain('note: callers in files the change did not touch: the search stopped at its budget (400 callers, 5000 candidate files), so a loop in a caller beyond it is not seen\n');
    } finally {
      wide.cleanup();
    }
  });

  it('runs the demo: the flagship finding, exit 0', () => {
    const r = opsdiff(repo.root, 'demo', '--format', 'json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { file: string; line: number; effect: { callee: string } }) => [f.file, f.line, f.effect.callee])).toEqual([['src/pricing.ts', 31, 'redis.get']]);
    expect(report.commits[0].origin).toBe('ai-assisted');
  });

  it('applies --config exclusions, and refuses a bad config with exit 2', () => {
    const good = path.join(repo.root, 'opsdiff.json');
    writeFileSync(good, JSON.stringify({ exclude: ['src/load.ts'] }));
    const r = opsdiff(repo.root, '--base', 'main', '--config', good, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.analyzed).toEqual([]);
    const bad = path.join(repo.root, 'bad.json');
    writeFileSync(bad, JSON.stringify({ exclude: 'src/**', failOn: 'low' }));
    const b = opsdiff(repo.root, '--base', 'main', '--config', bad);
    expect(b.code).toBe(2);
    expect(b.stderr).toBe(`opsdiff: ${bad}:1:12: exclude: expected an array of glob strings, got "src/**"\nhint: files to leave out, besides tests, mocks and build output, for example "exclude": ["scripts/**"]\n`);
    expect(opsdiff(repo.root, '--config', path.join(repo.root, 'missing.json')).stderr).toContain('cannot read the configuration file');
  });

  it('installs, reports and removes the pre-commit hook', () => {
    const hooked = makeRepo();
    try {
      const install = opsdiff(hooked.root, 'hook', 'install', '--fail-on', 'medium');
      expect(install.code).toBe(0);
      expect(install.stdout).toContain('installed the pre-commit hook');
      expect(readFileSync(path.join(hooked.root, '.git/hooks/pre-commit'), 'utf8')).toContain('set -- --staged --fail-on medium');
      expect(opsdiff(hooked.root, 'hook', 'status').stdout).toContain('installed');
      expect(opsdiff(hooked.root, 'hook', 'install', '--fail-on', 'severe').code).toBe(2);
      expect(opsdiff(hooked.root, 'hook', 'frob').stderr).toContain("unknown hook command 'frob'");
      expect(opsdiff(hooked.root, 'hook', 'uninstall').stdout).toContain('removed the pre-commit hook');
    } finally {
      hooked.cleanup();
    }
  });

  it('records a baseline, then reports only what is not in it', () => {
    const file = path.join(repo.root, '.opsdiff-baseline.json');
    const r = opsdiff(repo.root, 'baseline', '--base', 'main');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`opsdiff: 1 accepted finding in ${file} (1 from this change); commit it to keep them quiet\n`);
    const baseline = JSON.parse(readFileSync(file, 'utf8'));
    expect(baseline.findings.map((f: { ruleId: string; file: string }) => [f.ruleId, f.file])).toEqual([['io-in-loop', 'src/load.ts']]);
    const check = opsdiff(repo.root, '--base', 'main');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('note: 1 finding accepted in the baseline');
    rmSync(file);
  });

  it('--fail-on-ai holds findings from AI-assisted commits to a stricter level', () => {
    const ai = makeRepo();
    try {
      ai.write('src/redis.ts', CLIENT);
      ai.write('src/other.ts', 'export const x = 1;\n');
      ai.commit('base');
      ai.write('src/load.ts', PER_ITEM); // a new function with I/O in a loop: medium
      ai.commit('add loader\n\nCo-authored-by: Claude <noreply@anthropic.com>');
      expect(opsdiff(ai.root, '--base', 'HEAD~1').code).toBe(0);
      expect(opsdiff(ai.root, '--base', 'HEAD~1', '--fail-on-ai', 'medium').code).toBe(1);
      expect(opsdiff(ai.root, '--base', 'HEAD~1', '--fail-on-ai', 'loud').stderr).toContain("unknown --fail-on-ai level 'loud'");
    } finally {
      ai.cleanup();
    }
  });

  it('prints help, with examples and the exit codes, and the version', () => {
    const help = opsdiff(repo.root, '--help').stdout;
    expect(help).toContain('Usage: opsdiff');
    expect(help).toContain('\nExamples:\n  opsdiff                          the current branch against the default branch');
    expect(help).toContain('  opsdiff --staged                 what is staged, before committing');
    expect(help).toContain('\nExit status:\n  0  no finding at or above --fail-on (default high)\n  1  at least one finding at or above --fail-on\n  2  the run could not be done');
    expect(opsdiff(repo.root, '--version').stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('the compile cache', () => {
  it("keeps only the current TypeScript's entry", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opsdiff-compile-cache-'));
    try {
      writeFileSync(path.join(dir, 'typescript-v18.0.0-x64-9000000-1.v8cache'), 'an older install');
      writeFileSync(path.join(dir, 'unrelated.txt'), 'not ours');
      const r = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8', env: { ...process.env, OPSDIFF_COMPILE_CACHE: dir } });
      expect(r.status).toBe(0);
      const left = readdirSync(dir).sort();
      expect(left).toHaveLength(2);
      expect(left[0]).toMatch(new RegExp(`^typescript-${process.version.replace(/\./g, '\\.')}-${process.arch}-\\d+-\\d+\\.v8cache$`));
      expect(left[1]).toBe('unrelated.txt');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('opsdiff origin', () => {
  let o: TempRepo;
  let base = '';
  let claude = '';
  let human = '';
  let aider = '';
  let acme = '';
  beforeAll(() => {
    o = makeRepo();
    o.write('src/redis.ts', CLIENT);
    base = o.commit('base');
    o.git('checkout', '-q', '-b', 'feature');
    o.write('src/load.ts', ONCE);
    claude = o.commit('Add the loader\n\nWhy: one read per call.\n\nCo-authored-by: Claude <noreply@anthropic.com>');
    o.write('src/load.ts', PER_ITEM);
    human = o.commit('Fix | the *Claude* API <b>client</b> @alice, then keep going well past the width of a terminal column');
    o.write('src/other.ts', 'export const x = 1;\n');
    aider = o.commit('Tune the pool', { author: 'Jane Doe (aider) <jane@example.com>' });
    o.write('src/acme.ts', 'export const y = 2;\n');
    acme = o.commit('Bump the limit\n\nX-Acme-Bot: yes');
  });
  afterAll(() => o.cleanup());

  const short = (sha: string) => sha.slice(0, 7);

  it('prints one row per commit, oldest first, then the total; exit 0 (informational)', () => {
    const r = opsdiff(o.root, 'origin');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const subject = 'Fix | the *Claude* API <b>client</b> @alice, then keep goin…'; // cut at 60 characters
    expect(Array.from(subject)).toHaveLength(60);
    const pad = (s: string) => s.padEnd(subject.length);
    expect(r.stdout).toBe(
      [
        `${short(claude)}  ai-assisted  ${pad('Add the loader')}  trailer: Co-authored-by: Claude <noreply@anthropic.com>`,
        `${short(human)}  human        ${subject}  no AI-assistance signal found`,
        `${short(aider)}  ai-assisted  ${pad('Tune the pool')}  author: Jane Doe (aider) <jane@example.com>`,
        `${short(acme)}  human        ${pad('Bump the limit')}  no AI-assistance signal found`,
        '4 commits: 2 ai-assisted, 2 human (mixed)',
        '',
      ].join('\n'),
    );
  });

  it('--format json: base, head, the combined origin and the contract commit objects', () => {
    const r = opsdiff(o.root, 'origin', '--format', 'json', '--base', claude, '--head', aider);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      base: claude,
      head: aider,
      origin: 'mixed',
      commits: [
        { sha: human, subject: 'Fix | the *Claude* API <b>client</b> @alice, then keep going well past the width of a terminal column', origin: 'human', evidence: [] },
        { sha: aider, subject: 'Tune the pool', origin: 'ai-assisted', evidence: [{ signal: 'author', detail: 'Jane Doe (aider) <jane@example.com>' }] },
      ],
    });
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['base', 'head', 'origin', 'commits']);
  });

  it('--base/--head select the range; an empty one is origin none', () => {
    const one = opsdiff(o.root, 'origin', '--base', base, '--head', claude, '--format', 'json');
    expect(JSON.parse(one.stdout)).toMatchObject({ base, head: claude, origin: 'ai-assisted', commits: [{ sha: claude }] });
    expect(opsdiff(o.root, 'origin', '--base', 'HEAD~1').stdout).toBe(`${short(acme)}  human        Bump the limit  no AI-assistance signal found\n1 commit: 0 ai-assisted, 1 human (human)\n`);
    const none = opsdiff(o.root, 'origin', '--base', 'HEAD', '--format', 'json');
    expect(none.code).toBe(0);
    expect(JSON.parse(none.stdout)).toEqual({ base: acme, head: acme, origin: 'none', commits: [] });
    expect(opsdiff(o.root, 'origin', '--base', 'HEAD').stdout).toBe(`no commits in ${short(acme)}..${short(acme)}\n`);
  });

  it('--format markdown: a table with everything from the commits escaped', () => {
    const r = opsdiff(o.root, 'origin', '--format', 'markdown', '--base', base, '--head', human);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '## opsdiff: commit origin (mixed)',
        '',
        `2 commits in \`${short(base)}..${short(human)}\`: 1 ai-assisted, 1 human.`,
        '',
        '| Commit | Subject | Origin | Evidence |',
        '| --- | --- | --- | --- |',
        `| \`${short(claude)}\` | Add the loader | **ai-assisted** | trailer: Co\\-authored\\-by: Claude &lt;noreply@&#8205;anthropic\\.com&gt; |`,
        `| \`${short(human)}\` | Fix \\| the \\*Claude\\* API &lt;b&gt;client&lt;/b&gt; @&#8205;alice, then keep going well past the width of a terminal column | human | no AI-assistance signal found |`,
        '',
      ].join('\n'),
    );
  });

  it('honours the configured origin patterns', () => {
    const config = path.join(o.root, 'origin.json');
    writeFileSync(config, JSON.stringify({ origin: [{ signal: 'trailer', pattern: '^X-Acme-Bot:\\s*yes', label: 'Acme bot' }] }));
    try {
      const r = opsdiff(o.root, 'origin', '--base', aider, '--config', config, '--format', 'json');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).commits).toEqual([{ sha: acme, subject: 'Bump the limit', origin: 'ai-assisted', evidence: [{ signal: 'config', detail: 'trailer matched Acme bot: X-Acme-Bot: yes' }] }]);
      // Without the configuration the same commit is human.
      expect(JSON.parse(opsdiff(o.root, 'origin', '--base', aider, '--format', 'json').stdout).origin).toBe('human');
    } finally {
      rmSync(config);
    }
  });

  it('--cwd names the repository', () => {
    const r = opsdiff(path.dirname(o.root), 'origin', '--cwd', o.root, '--base', aider);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 commit: 0 ai-assisted, 1 human (human)');
  });

  it('a bad revision is exit 2 with a one-line reason and a hint, nothing on stdout', () => {
    const r = opsdiff(o.root, 'origin', '--base', 'no-such-branch');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^opsdiff: unknown revision 'no-such-branch'\nhint: .+\n$/);
  });

  it('refuses formats and options that do not apply to it', () => {
    const sarif = opsdiff(o.root, 'origin', '--format', 'sarif');
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toBe(`opsdiff: unknown format 'sarif' for opsdiff origin\nhint: use one of: text, json, markdown\n`);
    for (const args of [['--staged'], ['--fail-on', 'low'], ['--output', 'x.txt']]) {
      const r = opsdiff(o.root, 'origin', ...args);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(`opsdiff: ${args[0]} does not apply to opsdiff origin`);
    }
    expect(opsdiff(o.root, 'origin', 'extra').stderr).toContain("unexpected argument 'extra'");
    expect(opsdiff(o.root, '--help').stdout).toContain('opsdiff origin [options]');
    expect(opsdiff(o.root, 'frobnicate').stderr).toContain('commands: check (default), baseline, origin, demo, hook');
  });
});
