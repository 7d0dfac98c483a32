/**
 * What every run leaves behind whatever the API did: the step outputs, and the verdict.
 */
import * as core from '@actions/core';
import { combinedOrigin } from '../origin/index.js';
import { plural } from '../report/describe.js';
import type { Report } from '../types.js';

export function finish(report: Report, verdict: 0 | 1, failOn: string, failOnAi: string | undefined): number {
  if (verdict === 1) {
    core.setFailed(`opsdiff: ${plural(report.findings.length, 'risky change')}, risk ${report.summary.risk} (fail-on: ${failOn}${failOnAi ? `, fail-on-ai: ${failOnAi}` : ''})`);
  }
  return verdict;
}

export function setOutputs(report: Report | undefined, reportPath: string | undefined, sarifPath: string | undefined): void {
  core.setOutput('risk', report?.summary.risk ?? 'none');
  core.setOutput('findings', String(report?.findings.length ?? 0));
  core.setOutput('origin', report ? originOf(report) : 'human');
  core.setOutput('report', reportPath ?? '');
  core.setOutput('sarif', sarifPath ?? '');
}

/** `human` also when there is no commit at all: no AI-assistance signal was found. */
export function originOf(report: Pick<Report, 'commits'>): 'ai-assisted' | 'human' | 'mixed' {
  const origin = combinedOrigin(report.commits);
  return origin === 'none' ? 'human' : origin;
}

export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: id } = env;
  return server && repository && id ? `${server}/${repository}/actions/runs/${id}` : undefined;
}
