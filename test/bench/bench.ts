/**
 * `npm run bench`: opsdiff's time and peak memory on a large and a small generated change, and
 * as a pre-commit hook (`opsdiff --staged`) on commits of 1, 3 and 10 files, beside two floors:
 * reading both versions from git and parsing them with `typescript`'s `createSourceFile` (A),
 * and the same with typescript-estree's `parse` (B).
 *
 * Every measurement is a fresh `node` process, spawned as a user would run it, so start-up and
 * module loading count. Time is the wall clock from spawn to exit (median of the runs); peak
 * memory is the child's max RSS, printed by a preload (maxrss.ts) at exit (max of the runs).
 * git's own child processes are not in either figure, for opsdiff or the floors.
 *
 * The commit scenarios stage the first 1, 3 or 10 of `small`'s files (generate.ts, commitFiles)
 * in a clone of the benchmark repository, as `git add` leaves them before `git commit` runs the hook.
 * opsdiff keeps its compile cache (bin/opsdiff.js) in .bench/compile-cache, so after the warm-up
 * every measured run has it, as every commit after a developer's first has.
 *
 * Aims (from the issue): large change <= 1.5x floor A and < 400 MB; small change within 0.3 s
 * of floor A; a commit of 1 to 10 files under 1 s end to end. Missing an aim is reported, not a
 * failure (exit 0), unless BENCH_STRICT=1.
 *
 * Real changes (real.ts): with OPSDIFF_MIRRORS set, pinned changes of typeorm and medusa are
 * measured too, beside the floors and beside ESLint with `no-await-in-loop` on the same files
 * (the tool a user would otherwise run); without it they are skipped with a note.
 *
 * Environment:
 *   BENCH_RUNS           runs per measurement: "5" for all, or "3,7" for large,small; the commit
 *                        scenarios take the small count (default 3,7)
 *   BENCH_WARMUP         untimed runs of each command first, to warm the page cache (default 1)
 *   BENCH_ONLY           scenarios to run, comma-separated: large, small, commit (all three sizes),
 *                        commit-1, commit-3, commit-10, real (every real change) or one real
 *                        change by name (default: all)
 *   OPSDIFF_MIRRORS      a folder of fetched mirrors (<owner>+<name>/repo): the real changes
 *   BENCH_COMPILE_CACHE  "0": run opsdiff without its compile cache (as on a first run)
 *   BENCH_STRICT         "1": exit 1 when an aim is missed
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cleanGitEnv, COMMIT_SIZES, commitFiles, ensureRepo, projectRoot, type BenchRepo } from './generate.js';
import { REAL_CHANGES, realClone, type RealChange } from './real.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = projectRoot();
const PRELOAD = pathToFileURL(path.join(here, 'maxrss.js')).href;
const FLOOR = path.join(here, 'floor.js');
const CLI = path.join(root, 'bin', 'opsdiff.js');

/** The key maxrss.ts prints; not imported from it, since importing it would hook this process too. */
const MAXRSS_TAG = 'opsdiff-bench-maxrss';

const AIM_LARGE_RATIO = 1.5;
const AIM_LARGE_MB = 400;
const AIM_SMALL_SECONDS = 0.3;
const AIM_COMMIT_SECONDS = 1;
const AIM_RANGE_RATIO = 1.2;

type CommitScenario = `commit-${(typeof COMMIT_SIZES)[number]}`;
type Generated = 'large' | 'small' | CommitScenario;
type Scenario = Generated | `real:${string}`;
const GENERATED: Generated[] = ['large', 'small', ...COMMIT_SIZES.map((n) => `commit-${n}` as const)];
const SCENARIOS: Scenario[] = [...GENERATED, ...REAL_CHANGES.map((c) => `real:${c.name}` as const)];
/** `opsdiff`: no facts cache (a first run, a CI job without a kept cache); `opsdiffWarm`: the facts of an earlier run kept (the pre-commit hook, a CI job that keeps ~/.cache/opsdiff). */
type Tool = 'opsdiff' | 'opsdiffWarm' | 'floorA' | 'floorB' | 'eslint';
const TOOLS: Tool[] = ['opsdiff', 'opsdiffWarm', 'floorA', 'floorB'];

interface Run {
  ms: number;
  maxRssKb: number;
  stdout: string;
}

interface Measured {
  runsMs: number[];
  maxRssKbRuns: number[];
  medianMs: number;
  peakMb: number;
}

interface ScenarioResult {
  scenario: Scenario;
  filesChanged: number;
  versionsParsed: number;
  bytesParsed: number;
  opsdiff: Measured & { analyzed: number; skipped: number; findings: number; exitCode: number };
  opsdiffWarm: Measured;
  floorA: Measured;
  floorB: Measured;
  eslint?: Measured;
  ratioToFloorA: number;
  diffToFloorASeconds: number;
  aims: { description: string; met: boolean }[];
}

function runsFor(scenario: Scenario): number {
  const spec = process.env.BENCH_RUNS;
  const defaults = { large: 3, small: 7 };
  const large = scenario === 'large' || realChange(scenario)?.aim === 'range';
  if (!spec) return large ? defaults.large : defaults.small;
  const parts = spec.split(',').map((p) => Number.parseInt(p.trim(), 10));
  const value = large ? parts[0] : (parts[1] ?? parts[0]);
  if (!value || value < 1) throw new Error(`bench: BENCH_RUNS must be a positive number or "large,small", got ${spec}`);
  return value;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Spawns `node --import <preload> ...args`; resolves with wall time, max RSS and stdout. */
function measure(args: string[], okExitCodes: number[], env: NodeJS.ProcessEnv = process.env): Promise<Run & { exitCode: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', PRELOAD, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let exitedAt = 0;
    let exitCode = -1;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      exitedAt = performance.now();
      exitCode = code ?? (signal ? 128 : 1);
    });
    child.on('close', () => {
      const stderr = Buffer.concat(err).toString('utf8');
      const lines = stderr.trimEnd().split('\n');
      const last = lines[lines.length - 1] ?? '';
      let maxRssKb = NaN;
      try {
        maxRssKb = (JSON.parse(last) as Record<string, number>)[MAXRSS_TAG] ?? NaN;
      } catch {
        // reported below
      }
      if (!okExitCodes.includes(exitCode) || Number.isNaN(maxRssKb)) {
        reject(new Error(`bench: \`node ${args.join(' ')}\` exited with ${exitCode}${Number.isNaN(maxRssKb) ? ' without its max RSS line' : ''}:\n${stderr.slice(-4000)}`));
        return;
      }
      resolve({ ms: exitedAt - started, maxRssKb, stdout: Buffer.concat(out).toString('utf8'), exitCode });
    });
  });
}

/** What a scenario looks at: a branch of the repository against main, or a clone's staged files; and how many files change. */
interface Target {
  scenario: Scenario;
  dir: string;
  /** Changed files the generator made (undefined for a real change: the floor's count is the truth). */
  expected: number | undefined;
  revs: string[];
}

function realChange(scenario: Scenario): RealChange | undefined {
  return scenario.startsWith('real:') ? REAL_CHANGES.find((c) => `real:${c.name}` === scenario) : undefined;
}

function commandFor(tool: Tool, target: Target, output: string): { args: string[]; ok: number[] } {
  const revs = target.revs;
  switch (tool) {
    case 'opsdiff':
      // Exit 1 means findings at or above --fail-on: expected here, the changes move I/O into loops.
      return { args: [CLI, ...revs, '--format', 'json', '--output', output], ok: [0, 1] };
    case 'opsdiffWarm':
      return { args: [CLI, ...revs, '--format', 'json', '--output', `${output}.warm`], ok: [0, 1] };
    case 'floorA':
      return { args: [FLOOR, ...revs, '--parser', 'typescript'], ok: [0] };
    case 'floorB':
      return { args: [FLOOR, ...revs, '--parser', 'estree'], ok: [0] };
    case 'eslint':
      return { args: [FLOOR, ...revs, '--parser', 'eslint', '--head-only'], ok: [0] };
  }
}

function isCommit(scenario: Scenario): scenario is CommitScenario {
  return scenario.startsWith('commit-');
}

/** opsdiff's environment: its compile cache in .bench/ (or none), a facts cache (or none), and no GIT_* of a caller's hook. */
function opsdiffEnv(factsCache: string | undefined): NodeJS.ProcessEnv {
  return { ...cleanGitEnv(), OPSDIFF_COMPILE_CACHE: process.env.BENCH_COMPILE_CACHE === '0' ? '0' : path.join(root, '.bench', 'compile-cache'), OPSDIFF_CACHE: factsCache ?? '0' };
}

/**
 * A clone of the benchmark repository (objects shared, main checked out) for the commit scenarios;
 * `stage` resets it and stages a commit's files as they are on `small`.
 */
function commitClone(repo: BenchRepo, tmp: string): { dir: string; stage(files: string[]): void } {
  const dir = path.join(tmp, 'commit-clone');
  const git = (args: string[], cwd = dir) => {
    const r = spawnSync('git', args, { cwd, env: cleanGitEnv(), encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: git ${args.join(' ')} failed: ${r.stderr || r.error?.message}`);
    return r.stdout;
  };
  git(['clone', '-q', '--shared', '--branch', 'main', repo.dir, dir], tmp);
  return {
    dir,
    stage(files) {
      git(['reset', '-q', '--hard', 'main']);
      git(['checkout', '-q', 'origin/small', '--', ...files]);
      const staged = git(['diff', '--cached', '--name-only', '-z']).split('\0').filter(Boolean);
      if (staged.length !== files.length) throw new Error(`bench: staged ${staged.length} files, wanted ${files.length}`);
    },
  };
}

async function runScenario(target: Target, tmp: string, log: (line: string) => void): Promise<ScenarioResult> {
  const { scenario } = target;
  const runs = runsFor(scenario);
  const warmups = Number.parseInt(process.env.BENCH_WARMUP ?? '1', 10) || 0;
  const output = path.join(tmp, `${scenario}.json`);
  const collected: Record<Tool, Run[]> = { opsdiff: [], opsdiffWarm: [], floorA: [], floorB: [], eslint: [] };
  const tools: Tool[] = realChange(scenario) ? [...TOOLS, 'eslint'] : TOOLS;
  let opsdiffExit = 0;
  // The warm runs' facts cache, filled by one run first (whatever the warm-up count).
  const factsCache = path.join(tmp, `facts-${scenario.replace(/\W/g, '-')}`);
  {
    const { args, ok } = commandFor('opsdiffWarm', target, output);
    await measure(args, ok, opsdiffEnv(factsCache));
  }
  for (let i = -warmups; i < runs; i++) {
    // Rotate the order so drift (thermal, page cache, neighbours) does not favour one tool.
    const order = tools.map((_, k) => tools[(k + Math.max(i, 0)) % tools.length]!);
    for (const tool of order) {
      const { args, ok } = commandFor(tool, target, output);
      const run = await measure(args, ok, tool === 'opsdiff' ? opsdiffEnv(undefined) : tool === 'opsdiffWarm' ? opsdiffEnv(factsCache) : process.env);
      if (tool === 'opsdiff') opsdiffExit = run.exitCode;
      if (i >= 0) collected[tool].push(run);
      log(`  ${scenario} ${i < 0 ? 'warm-up' : `run ${i + 1}/${runs}`} ${tool.padEnd(7)} ${(run.ms / 1000).toFixed(2)} s ${(run.maxRssKb / 1024).toFixed(0)} MB`);
    }
  }
  const summarize = (list: Run[]): Measured => ({
    runsMs: list.map((r) => Math.round(r.ms)),
    maxRssKbRuns: list.map((r) => r.maxRssKb),
    medianMs: Math.round(median(list.map((r) => r.ms))),
    peakMb: Math.round(Math.max(...list.map((r) => r.maxRssKb)) / 1024),
  });

  // The runs must have looked at the same files: the floors at every version, opsdiff at every file.
  const floorA = JSON.parse(collected.floorA[0]!.stdout) as { files: number; versions: number; parsed: number; failed: number; bytes: number };
  const floorB = JSON.parse(collected.floorB[0]!.stdout) as { parsed: number; failed: number };
  if (floorA.failed > 0 || floorB.failed > 0 || floorA.parsed !== floorA.versions || floorB.parsed !== floorA.versions) {
    throw new Error(`bench: a floor did not parse every version (${JSON.stringify({ floorA, floorB })})`);
  }
  const report = JSON.parse(readFileSync(output, 'utf8')) as { files: { analyzed: string[]; skipped: unknown[] }; findings: unknown[] };
  // Kept facts must change nothing: the warm report is the cold one, byte for byte.
  if (readFileSync(`${output}.warm`, 'utf8') !== readFileSync(output, 'utf8')) throw new Error(`bench: ${scenario}: the report with kept facts differs from the one without`);
  const expected = target.expected ?? floorA.files;
  if (floorA.files !== expected) throw new Error(`bench: ${scenario} lists ${floorA.files} changed files, the generator made ${expected}`);
  // opsdiff lists deleted files among the analyzed (their base side is looked at); it also lists the
  // declaration files the floors leave out, so a real change may show more.
  const covered = report.files.analyzed.length + report.files.skipped.length;
  if (target.expected !== undefined ? covered !== expected : covered < expected) {
    throw new Error(`bench: opsdiff covered ${report.files.analyzed.length} + ${report.files.skipped.length} skipped files of ${expected}`);
  }

  const ops = summarize(collected.opsdiff);
  const warm = summarize(collected.opsdiffWarm);
  const a = summarize(collected.floorA);
  const b = summarize(collected.floorB);
  const lint = collected.eslint.length ? summarize(collected.eslint) : undefined;
  const ratio = ops.medianMs / a.medianMs;
  const diff = (ops.medianMs - a.medianMs) / 1000;
  const real = realChange(scenario);
  const peakAim = { description: `peak < ${AIM_LARGE_MB} MB`, met: ops.peakMb < AIM_LARGE_MB };
  const realAims = !real
    ? undefined
    : real.aim === 'pr'
      ? [{ description: `time within ${AIM_SMALL_SECONDS} s of floor A`, met: diff <= AIM_SMALL_SECONDS }, { description: 'faster than ESLint', met: !!lint && ops.medianMs < lint.medianMs }, peakAim]
      : real.aim === 'range'
        ? [{ description: `time <= ${AIM_RANGE_RATIO}x floor A`, met: ratio <= AIM_RANGE_RATIO }, peakAim]
        : [{ description: `time under ${AIM_COMMIT_SECONDS} s`, met: ops.medianMs < AIM_COMMIT_SECONDS * 1000 }, peakAim];
  const aims = realAims ??
    (scenario === 'large'
      ? [
          { description: `time <= ${AIM_LARGE_RATIO}x floor A`, met: ratio <= AIM_LARGE_RATIO },
          { description: `peak < ${AIM_LARGE_MB} MB`, met: ops.peakMb < AIM_LARGE_MB },
        ]
      : scenario === 'small'
        ? [{ description: `time within ${AIM_SMALL_SECONDS} s of floor A`, met: diff <= AIM_SMALL_SECONDS }]
        : [{ description: `time under ${AIM_COMMIT_SECONDS} s`, met: ops.medianMs < AIM_COMMIT_SECONDS * 1000 }]);
  return {
    scenario,
    filesChanged: floorA.files,
    versionsParsed: floorA.versions,
    bytesParsed: floorA.bytes,
    opsdiff: { ...ops, analyzed: report.files.analyzed.length, skipped: report.files.skipped.length, findings: report.findings.length, exitCode: opsdiffExit },
    opsdiffWarm: warm,
    floorA: a,
    floorB: b,
    ...(lint ? { eslint: lint } : {}),
    ratioToFloorA: Math.round(ratio * 100) / 100,
    diffToFloorASeconds: Math.round(diff * 100) / 100,
    aims,
  };
}

/** The commit and uncommitted source changes measured, read without touching the index. */
function sourceState(): { commit: string; dirty: string[] } {
  const git = (args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } }).stdout?.trim() ?? '';
  return { commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown', dirty: git(['status', '--porcelain', '--', 'src', 'rules', 'bin']).split('\n').filter(Boolean) };
}

/** Newest modification time of the built CLI (the bundle and tsc's output): a rebuild during the run mixes two builds. */
function newestBuild(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js')) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ['src', 'rules']) walk(path.join(root, 'dist', dir));
  for (const file of ['cli.js', 'worker.js']) {
    try {
      newest = Math.max(newest, statSync(path.join(root, 'dist', file)).mtimeMs);
    } catch {
      // not built: the first opsdiff run says so
    }
  }
  return newest;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function selectedScenarios(): Scenario[] {
  const spec = process.env.BENCH_ONLY;
  if (!spec) return SCENARIOS;
  const names = new Set(
    spec.split(',').flatMap((raw) => {
      const n = raw.trim();
      if (n === 'commit') return SCENARIOS.filter(isCommit);
      if (n === 'real') return SCENARIOS.filter((s) => s.startsWith('real:'));
      return [REAL_CHANGES.some((c) => c.name === n) ? `real:${n}` : n];
    }),
  );
  const unknown = [...names].filter((n) => !(SCENARIOS as string[]).includes(n));
  if (unknown.length) throw new Error(`bench: BENCH_ONLY names unknown scenarios ${unknown.join(', ')} (known: ${GENERATED.join(', ')}, ${REAL_CHANGES.map((c) => c.name).join(', ')}, commit, real)`);
  return SCENARIOS.filter((s) => names.has(s));
}

async function main(): Promise<number> {
  const log = (line: string) => process.stderr.write(line + '\n');
  const repo = await ensureRepo(root, log);
  const cpus = os.cpus();
  const machine = { cpus: cpus.length, model: cpus[0]?.model.trim() ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.release()}`, memoryGb: Math.round(os.totalmem() / 2 ** 30) };
  log(`repository: ${repo.dir} (${repo.files} files, ${repo.lines.mean} lines on average; ${repo.reused ? 'reused' : `generated in ${repo.generatedInSeconds} s`})`);

  const state = sourceState();
  const buildAtStart = newestBuild();
  const compileCache = process.env.BENCH_COMPILE_CACHE === '0' ? 'off (BENCH_COMPILE_CACHE=0)' : 'on (.bench/compile-cache, filled by the warm-up)';
  const scenarios = selectedScenarios();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'opsdiff-bench-'));
  const results: ScenarioResult[] = [];
  const skippedReal: string[] = [];
  const mirrors = process.env.OPSDIFF_MIRRORS;
  try {
    let clone: ReturnType<typeof commitClone> | undefined;
    for (const scenario of scenarios) {
      const real = realChange(scenario);
      if (real) {
        if (!mirrors) {
          skippedReal.push(real.name);
          continue;
        }
        const cloned = realClone(mirrors, real, tmp);
        if ('skipped' in cloned) {
          log(`  ${scenario}: skipped, ${cloned.skipped}`);
          skippedReal.push(`${real.name} (${cloned.skipped})`);
          continue;
        }
        results.push(await runScenario({ scenario, dir: cloned.dir, expected: undefined, revs: ['--cwd', cloned.dir, '--base', real.base, '--head', real.head] }, tmp, log));
      } else if (isCommit(scenario)) {
        clone ??= commitClone(repo, tmp);
        const files = commitFiles(Number(scenario.slice('commit-'.length)));
        clone.stage(files);
        results.push(await runScenario({ scenario, dir: clone.dir, expected: files.length, revs: ['--cwd', clone.dir, '--staged'] }, tmp, log));
      } else {
        results.push(await runScenario({ scenario, dir: repo.dir, expected: repo.branches[scenario as 'large' | 'small'].changed, revs: ['--cwd', repo.dir, '--base', 'main', '--head', scenario] }, tmp, log));
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const rebuiltDuringRun = newestBuild() !== buildAtStart;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rows: string[][] = [['scenario', 'files', 'opsdiff', 'MB', 'kept facts', 'MB', 'floor A', 'MB', 'floor B', 'MB', 'ESLint', 'MB', 'opsdiff/A', 'opsdiff-A', 'aims']];
  for (const r of results) {
    rows.push([
      r.scenario,
      String(r.filesChanged),
      s(r.opsdiff.medianMs),
      String(r.opsdiff.peakMb),
      s(r.opsdiffWarm.medianMs),
      String(r.opsdiffWarm.peakMb),
      s(r.floorA.medianMs),
      String(r.floorA.peakMb),
      s(r.floorB.medianMs),
      String(r.floorB.peakMb),
      r.eslint ? s(r.eslint.medianMs) : '-',
      r.eslint ? String(r.eslint.peakMb) : '-',
      `${r.ratioToFloorA.toFixed(2)}x`,
      `${r.diffToFloorASeconds >= 0 ? '+' : ''}${r.diffToFloorASeconds.toFixed(2)} s`,
      r.aims.map((a) => `${a.met ? 'MET' : 'MISSED'}: ${a.description}`).join('; '),
    ]);
  }
  const out: string[] = [];
  out.push('');
  out.push(`opsdiff benchmark — ${machine.cpus} CPUs (${machine.model}), ${machine.memoryGb} GB, node ${machine.node}, ${machine.platform}`);
  out.push(`opsdiff at ${state.commit}${state.dirty.length ? ` with ${state.dirty.length} uncommitted change(s) in src/, rules/ or bin/` : ''}`);
  out.push(`repository: ${repo.files} files (generator v${repo.version}); time = median wall clock of a fresh process (large ${runsFor('large')} runs, small and commits ${runsFor('small')}), MB = peak RSS (max over runs)`);
  out.push('floor A: git diff + one git cat-file --batch + ts.createSourceFile; floor B: the same with typescript-estree parse({ loc, range, jsx })');
  out.push('opsdiff: without a facts cache (a first run; aims are judged on it); kept facts: with the facts an earlier run of the same change kept (OPSDIFF_CACHE), as the pre-commit hook and a CI job that keeps ~/.cache/opsdiff run');
  if (results.some((r) => realChange(r.scenario))) out.push('real:*: pinned changes of public repositories (test/bench/real.ts); ESLint: its Linter with @typescript-eslint/parser and no-await-in-loop over the head version of each changed file');
  if (skippedReal.length) out.push(`real changes skipped: ${skippedReal.join(', ')}${mirrors ? '' : ' (set OPSDIFF_MIRRORS to a folder of fetched mirrors, <owner>+<name>/repo, to run them)'}`);
  if (results.some((r) => isCommit(r.scenario))) out.push(`commit-N: \`opsdiff --staged\` in a clone with the first N of small's files staged (floors: HEAD against the index); opsdiff's compile cache ${compileCache}`);
  out.push('');
  out.push(table(rows));
  out.push('');
  for (const r of results) {
    const source = r.bytesParsed >= 1e6 ? `${(r.bytesParsed / 1e6).toFixed(1)} MB` : `${Math.round(r.bytesParsed / 1e3)} kB`;
    out.push(`${r.scenario}: ${r.versionsParsed} versions (${source} of source); opsdiff analyzed ${r.opsdiff.analyzed}, skipped ${r.opsdiff.skipped}, ${r.opsdiff.findings} findings (exit ${r.opsdiff.exitCode}); runs (s): opsdiff ${r.opsdiff.runsMs.map((m) => (m / 1000).toFixed(2)).join(' ')}, kept facts ${r.opsdiffWarm.runsMs.map((m) => (m / 1000).toFixed(2)).join(' ')}, A ${r.floorA.runsMs.map((m) => (m / 1000).toFixed(2)).join(' ')}, B ${r.floorB.runsMs.map((m) => (m / 1000).toFixed(2)).join(' ')}`);
  }
  if (rebuiltDuringRun) out.push('', 'WARNING: dist/ was rebuilt during the run; the figures mix two builds of opsdiff. Run again.');
  process.stdout.write(out.join('\n') + '\n');

  const resultsPath = path.join(root, '.bench', 'results.json');
  writeFileSync(
    resultsPath,
    JSON.stringify({ date: new Date().toISOString(), machine, opsdiff: { ...state, rebuiltDuringRun }, repo: { dir: repo.dir, generatorVersion: repo.version, files: repo.files, lines: repo.lines, branches: repo.branches }, aims: { largeRatio: AIM_LARGE_RATIO, largeMb: AIM_LARGE_MB, smallSeconds: AIM_SMALL_SECONDS, commitSeconds: AIM_COMMIT_SECONDS }, compileCache, results }, null, 2) + '\n',
  );
  process.stdout.write(`\nfigures written to ${path.relative(root, resultsPath)}\n`);
  const missed = results.flatMap((r) => r.aims.filter((a) => !a.met).map((a) => `${r.scenario}: ${a.description}`));
  if (missed.length) process.stdout.write(`aims missed: ${missed.join('; ')}\n`);
  return missed.length && process.env.BENCH_STRICT === '1' ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
