#!/usr/bin/env node
/**
 * eval:history: opsdiff on the latest non-merge commits of real repositories, each commit against
 * its parent, as a pull request check would see it. It measures what the labelled corpus cannot:
 * how often opsdiff speaks on ordinary commits, whether it is right when it does, and that it
 * never crashes. Each finding is judged by a person into a judgements file (right / wrong, with a
 * note); the summary counts wrong medium/high findings per commit analyzed and what is unjudged.
 *
 *   npm run build
 *   node scripts/eval-history.mjs --mirrors /work/.mirror --repos vendure-ecommerce/vendure,... \
 *     [--commits 200] [--judgements test/history/judgements.json] [--out history.json] [--jobs 2]
 *
 * Mirrors are the git directories `fetch` (or `git clone --mirror`) wrote: <mirrors>/<owner>+<name>/repo.
 * Without them it says so and exits 0: the corpus repositories are not part of this project.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'opsdiff.js');

const { values } = parseArgs({
  options: {
    mirrors: { type: 'string' },
    repos: { type: 'string' },
    commits: { type: 'string', default: '200' },
    judgements: { type: 'string', default: path.join(ROOT, 'test', 'history', 'judgements.json') },
    out: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '120' },
  },
});

const DEFAULT_REPOS = ['vendure-ecommerce/vendure', 'ghostfolio/ghostfolio', 'growthbook/growthbook', 'logto-io/logto'];
const repos = (values.repos ?? DEFAULT_REPOS.join(',')).split(',').map((r) => r.trim()).filter(Boolean);
const perRepo = Number(values.commits);
const jobs = Math.max(1, Number(values.jobs));
const timeoutMs = Number(values.timeout) * 1000;

if (!values.mirrors || !existsSync(values.mirrors)) {
  console.log(`eval:history skipped: no mirrors folder (pass --mirrors <dir> holding <owner>+<name>/repo for ${repos.join(', ')})`);
  process.exit(0);
}
if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
  console.error('eval:history: build first (npm run build)');
  process.exit(2);
}

const judgements = existsSync(values.judgements) ? JSON.parse(readFileSync(values.judgements, 'utf8')) : {};
const work = mkdtempSync(path.join(tmpdir(), 'opsdiff-history-'));
const results = [];

try {
  for (const repo of repos) {
    const mirror = path.join(values.mirrors, repo.replace('/', '+'), 'repo');
    if (!existsSync(mirror)) {
      console.log(`${repo}: skipped (no mirror at ${mirror})`);
      continue;
    }
    // A clone sharing the mirror's objects, without a work tree: what opsdiff reads is git objects.
    const clone = path.join(work, repo.replace('/', '+'));
    execFileSync('git', ['clone', '--quiet', '--shared', '--no-checkout', mirror, clone], { stdio: 'ignore' });
    const shas = execFileSync('git', ['-C', clone, 'rev-list', '--no-merges', '--first-parent', `-n${perRepo}`, 'HEAD'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const started = Date.now();
    const repoResults = await pool(shas, jobs, (sha) => analyze(repo, clone, sha));
    results.push(...repoResults);
    const findings = repoResults.reduce((n, r) => n + r.findings.length, 0);
    const crashes = repoResults.filter((r) => r.status === 'crash').length;
    console.log(`${repo}: ${repoResults.length} commits, ${findings} findings, ${crashes} crashes, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// ---- summary
const keyOf = (r, f) => `${r.repo}@${r.sha.slice(0, 12)}:${f.file}:${f.line}:${f.ruleId}`;
let wrongSerious = 0;
/** The done-means measure: commits with at least one wrong medium or high finding. */
const wrongCommits = new Set();
let right = 0;
let wrong = 0;
const unjudged = [];
for (const r of results) {
  for (const f of r.findings) {
    const j = judgements[keyOf(r, f)];
    if (!j) unjudged.push({ key: keyOf(r, f), severity: f.severity, category: f.category, message: f.message });
    else if (j.verdict === 'wrong') {
      wrong++;
      if (f.severity !== 'low') {
        wrongSerious++;
        wrongCommits.add(`${r.repo}@${r.sha.slice(0, 12)}`);
      }
    } else right++;
  }
}
const analyzed = results.filter((r) => r.status === 'ok').length;
const errors = results.filter((r) => r.status === 'error');
const crashes = results.filter((r) => r.status === 'crash');
const times = results.map((r) => r.ms).sort((a, b) => a - b);
const pct = (p) => (times.length ? times[Math.min(times.length - 1, Math.floor(p * times.length))] : 0);
console.log('');
console.log(`commits analyzed: ${analyzed} of ${results.length}; crashes: ${crashes.length}; time p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms`);
console.log(`findings: ${right + wrong + unjudged.length} (right ${right}, wrong ${wrong}, unjudged ${unjudged.length}); wrong medium/high: ${wrongSerious}, in ${wrongCommits.size} commit(s)${wrongCommits.size ? ` (${[...wrongCommits].join(', ')})` : ''}`);
for (const e of errors) console.log(`error: ${e.repo}@${e.sha.slice(0, 12)}: ${e.error}`);
for (const c of crashes) console.log(`crash: ${c.repo}@${c.sha.slice(0, 12)}: ${c.error}`);
for (const u of unjudged) console.log(`unjudged: ${u.key} ${u.severity} ${u.category}: ${u.message}`);
if (values.out) writeFileSync(values.out, JSON.stringify({ repos, perRepo, results }, null, 2) + '\n');
process.exit(crashes.length ? 1 : 0);

// ---- helpers

function analyze(repo, clone, sha) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, '--cwd', clone, '--base', `${sha}^`, '--head', sha, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Date.now() - started;
      const base = { repo, sha, ms };
      if (signal) return resolve({ ...base, status: 'crash', error: `timed out after ${timeoutMs / 1000} s`, findings: [] });
      // Exit codes of the contract: 0 clean, 1 findings at or above the threshold, 2 a usage or run error.
      // A stack trace or an internal error is a crash; any other exit 2 is a one-line error (counted, not a crash).
      const crashed = /\n\s+at .+:\d+:\d+/.test(stderr) || /internal error/i.test(stderr);
      if (crashed || code === 2) return resolve({ ...base, status: crashed ? 'crash' : 'error', error: stderr.trim().split('\n')[0] ?? '', findings: [] });
      try {
        const report = JSON.parse(stdout);
        const findings = (report.findings ?? []).map((f) => ({ ruleId: f.ruleId, category: f.category, severity: f.severity, file: f.file ?? f.location?.file, line: f.line ?? f.location?.line, message: f.message }));
        resolve({ ...base, status: 'ok', findings });
      } catch (error) {
        resolve({ ...base, status: 'crash', error: `unreadable JSON report: ${String(error).slice(0, 120)}`, findings: [] });
      }
    });
  });
}

async function pool(items, size, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  }));
  return out;
}
