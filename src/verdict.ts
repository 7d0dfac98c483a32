/**
 * The verdict on a report: whether it fails the check. Shared by the CLI (`--fail-on`,
 * `--fail-on-ai`) and the GitHub Action (`fail-on`, `fail-on-ai` inputs), so both shells
 * decide the same way.
 */
import { InputError } from './errors.js';
import { SEVERITY_RANK, type Report } from './types.js';

/** The lowest severity that fails the check; `none` never fails. */
export const FAIL_LEVELS = ['high', 'medium', 'low', 'none'] as const;
export type FailOn = (typeof FAIL_LEVELS)[number];

/**
 * A fail-on level as given by a user, or undefined when none was given. `name` is how the user
 * gave it (`--fail-on`, `--fail-on-ai`, the Action's `fail-on`) and is named in the error.
 */
export function parseFailOn(value: string | undefined, name: string): FailOn | undefined {
  if (value === undefined) return undefined;
  if (!(FAIL_LEVELS as readonly string[]).includes(value)) throw new InputError(`unknown ${name} level '${value}'`, `use one of: ${FAIL_LEVELS.join(', ')}`);
  return value as FailOn;
}

/**
 * 1 when a finding reaches its threshold: `failOn`, or for findings whose lines come from
 * AI-assisted commits the stricter of `failOn` and `failOnAi`; else 0.
 */
export function exitCodeFor(report: Pick<Report, 'findings'>, failOn: FailOn, failOnAi?: FailOn): number {
  const rank = (level: FailOn) => (level === 'none' ? Infinity : SEVERITY_RANK[level]);
  const threshold = rank(failOn);
  const aiThreshold = failOnAi === undefined ? threshold : Math.min(threshold, rank(failOnAi));
  return report.findings.some((f) => SEVERITY_RANK[f.severity] >= (f.origin === 'ai-assisted' ? aiThreshold : threshold)) ? 1 : 0;
}
