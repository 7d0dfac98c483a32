/**
 * The Markdown report, shortened until it fits a size limit (a comment, a check run summary,
 * a job summary): finding details go first, then the rows of human commits, then finding
 * rows, and the rows of AI-assisted commits last: an origin label rests on their evidence (the
 * commits section and its count stay in any case). What was cut is said in the text itself,
 * with where to read the rest.
 */
import { renderMarkdown, type MarkdownLimits } from '../../report/markdown.js';
import type { Report } from '../../types.js';

export function fitMarkdown(report: Report, limit: number, options: { prefix?: string; suffix?: string; elsewhere?: string } = {}): string {
  const wrap = (limits: MarkdownLimits) => `${options.prefix ?? ''}${renderMarkdown(report, { ...limits, ...(options.elsewhere ? { elsewhere: options.elsewhere } : {}) })}${options.suffix ?? ''}`;
  const fits = (text: string) => text.length <= limit;
  let text = wrap({});
  if (fits(text)) return text;

  const findings = report.findings.length;
  const commits = report.commits.length;
  const aiCommits = report.commits.filter((commit) => commit.origin === 'ai-assisted').length;
  // What to cut, in order, and how far: commit rows go AI-assisted last (renderMarkdown shows those first).
  const steps: Array<[keyof Omit<MarkdownLimits, 'elsewhere'>, number, number]> = [
    ['sections', 0, findings],
    ['commitRows', aiCommits, commits],
    ['tableRows', 0, findings],
    ['commitRows', 0, aiCommits],
  ];
  let limits: MarkdownLimits = {};
  for (const [key, lowest, highest] of steps) {
    limits = { ...limits, [key]: largestFitting(lowest, highest, (count) => fits(wrap({ ...limits, [key]: count }))) };
    text = wrap(limits);
    if (fits(text)) return text;
  }
  return cutAtLine(text, limit);
}

/** The largest count in [lowest, highest] that fits (else lowest), by bisection: a few renders, not one per row. */
function largestFitting(lowest: number, highest: number, fitsWith: (count: number) => boolean): number {
  let low = lowest;
  let high = highest;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fitsWith(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Even the bare report is too long (absurd limits or names): cut the text itself, between
 * lines, so no code span or table row is left open (an unclosed backtick would let the HTML
 * of a file name through).
 */
function cutAtLine(text: string, limit: number): string {
  const mark = '\n\n_(cut at the size limit)_\n';
  const room = text.slice(0, Math.max(0, limit - mark.length));
  const lastBreak = room.lastIndexOf('\n');
  return `${lastBreak > 0 ? room.slice(0, lastBreak) : ''}${mark}`;
}
