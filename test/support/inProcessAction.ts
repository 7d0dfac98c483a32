/**
 * The Action in this process: the same sources the bundle is built from (src/action/run.ts),
 * the same runner environment and file commands as runBundledAction, the GitHub stand-in as the
 * client's transport (no sockets), and fake timers, so that retry back-offs, rate-limit waits and
 * octokit's pacing of writes take no real time. Used for every case that is not about the bundle
 * itself; action.test.ts keeps a few runs of the extracted bundle as a child process.
 */
import { vi } from 'vitest';
import * as core from '@actions/core';
import { runAction } from '../../src/action/run.js';
import type { FakeGitHub } from './githubApi.js';
import { ROOT, runnerEnvironment, stepResult, type RunnerOptions, type RunnerResult } from './actionRunner.js';

export interface InProcessResult extends RunnerResult {
  /** Fake time the run took, in ms (Date.now() under the fake clock). */
  fakeMs: number;
  /** The fake clock when the run ended (compare with the stand-in's RequestRecord.at). */
  endedAt: number;
}

/** Fake time advanced per step while the run is pending; real I/O (git) proceeds in between. */
const STEP_MS = 50;

/**
 * plugin-throttling keeps its write pacing in module-level limiters, which remember the (fake)
 * time of the last write: each run's fake clock starts where the last one ended, never earlier,
 * as a real clock would.
 */
let clock = 0;

export interface InProcessOptions extends RunnerOptions {
  /** The GitHub stand-in: its in-process `fetch` is the client's transport. */
  fake?: FakeGitHub;
  /** Another transport (a server that never answers, say). */
  transport?: typeof fetch;
  /**
   * The client's API budget, when a test is not about it. The fake clock moves while the run waits
   * on nothing Node reports; a wait it cannot see (seen only on loaded machines) lets it run past the
   * default 25 s budget, so a test of what is posted can give itself room.
   */
  budgetMs?: number;
}

export async function runActionInProcess(options: InProcessOptions): Promise<InProcessResult> {
  const { env, runnerTemp } = runnerEnvironment({ ...options, ...(options.fake ? { apiUrl: options.fake.url || 'http://api.github.test' } : {}) }, ROOT);
  const saved = { env: process.env, exitCode: process.exitCode, write: process.stdout.write };
  let stdout = '';
  // @actions/core remembers the summary file of its first use: point it at this run's.
  const summary = core.summary as unknown as { _filePath?: string };
  summary._filePath = undefined;
  core.summary.emptyBuffer();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now: Math.max(Date.now(), clock) });
  const startedFake = Date.now();
  const started = performance.now();
  process.env = { ...env };
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    const transport = options.transport ?? options.fake?.fetch;
    const run = runAction(process.env, { github: { ...(transport ? { fetch: transport } : {}), ...(options.budgetMs ? { budgetMs: options.budgetMs } : {}) } });
    let settled = false;
    run.then(() => (settled = true), () => (settled = true));
    // Fake time moves only while the run waits on nothing real (no git process, no file
    // operation pending): then it is waiting on a timer, and the clock may jump ahead. So the fake
    // clock measures the waits the code chose (back-offs, pacing, time-outs), not real I/O.
    const baseline = pipes();
    while (!settled) {
      if (!busy(baseline)) await vi.advanceTimersByTimeAsync(STEP_MS);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const exitCode = await run;
    const fakeMs = Date.now() - startedFake;
    clock = Date.now();
    return { ...stepResult(env, runnerTemp, { exitCode, stdout, stderr: '', durationMs: performance.now() - started }), fakeMs, endedAt: clock };
  } finally {
    process.stdout.write = saved.write;
    process.env = saved.env;
    process.exitCode = saved.exitCode;
    summary._filePath = undefined;
    core.summary.emptyBuffer();
    vi.useRealTimers();
  }
}

/** Requests Node reports while a file operation or a child process is under way. */
const REAL_WORK = new Set(['FSReqCallback', 'FSReqPromise', 'ProcessWrap', 'FileHandleCloseReq', 'ShutdownWrap', 'WriteWrap', 'GetAddrInfoReqWrap', 'TCPConnectWrap']);

function pipes(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'PipeWrap').length;
}

/** Real work pending: a file operation, a child process (its pipes above the test's own), a connection. */
function busy(basePipes: number): boolean {
  const resources = process.getActiveResourcesInfo();
  return resources.some((r) => REAL_WORK.has(r)) || resources.filter((r) => r === 'PipeWrap').length > basePipes;
}
