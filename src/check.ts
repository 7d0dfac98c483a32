/**
 * One check, the way both shells run it: the configuration first (a bad one fails before any
 * git work), then analyze() with the configured scope and baseline, then the verdict. The CLI
 * and the Action differ only in where options come from and where the report goes.
 */
import { analyze, DEFAULT_EXCLUDE, type AnalyzeOptions } from './engine.js';
import { loadConfig } from './config/load.js';
import { readBaseline } from './config/baseline.js';
import { openRepository } from './git/repository.js';
import type { ResolvedConfig } from './config/types.js';
import type { OriginContext } from './origin/index.js';
import type { Report } from './types.js';
import { exitCodeFor, type FailOn } from './verdict.js';

export interface CheckRequest {
  cwd: string;
  base?: string;
  head?: string;
  staged?: boolean;
  configPath?: string;
  /** Given thresholds win over the configuration's. */
  failOn?: FailOn;
  failOnAi?: FailOn;
  env?: NodeJS.ProcessEnv;
  origin?: OriginContext;
  /** Where facts are kept between runs (the CLI's user cache directory); none when absent. */
  cacheDir?: string;
}

export interface CheckResult {
  report: Report;
  config: ResolvedConfig;
  failOn: FailOn;
  failOnAi: FailOn | undefined;
  /** 0 when no finding reaches its threshold, else 1. */
  verdict: 0 | 1;
}

/** The configuration and the analyze() options it implies, without running anything. */
export async function prepareCheck(request: CheckRequest): Promise<{ config: ResolvedConfig; options: AnalyzeOptions; failOn: FailOn; failOnAi: FailOn | undefined; root: string }> {
  const repo = await openRepository(request.cwd);
  const config = await loadConfig(request.configPath, repo.root);
  const options: AnalyzeOptions = {
    cwd: request.cwd,
    ...(request.base !== undefined ? { base: request.base } : {}),
    ...(request.head !== undefined ? { head: request.head } : {}),
    staged: !!request.staged,
    ...(request.env ? { env: request.env } : {}),
    ...(request.origin ? { origin: request.origin } : {}),
    ...(request.cacheDir ? { cacheDir: request.cacheDir } : {}),
    config,
    ...(config.include.length ? { include: config.include } : {}),
    // Configured exclusions add to the defaults (tests, mocks, build output).
    exclude: [...DEFAULT_EXCLUDE, ...config.exclude],
  };
  return { config, options, failOn: request.failOn ?? (config.failOn as FailOn), failOnAi: request.failOnAi ?? (config.failOnAi as FailOn | undefined), root: repo.root };
}

export async function runCheck(request: CheckRequest): Promise<CheckResult> {
  const { config, options, failOn, failOnAi } = await prepareCheck(request);
  const baseline = config.baseline ? await readBaseline(config.baseline, true) : undefined;
  const report = await analyze({ ...options, ...(baseline ? { baseline: new Set(baseline.findings.map((f) => f.fingerprint)) } : {}) });
  return { report, config, failOn, failOnAi, verdict: exitCodeFor(report, failOn, failOnAi) as 0 | 1 };
}
