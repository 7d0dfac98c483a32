/**
 * The Markdown report, shortened until it fits a size limit (a comment, a check run summary,
 * a job summary): finding details go first, then table rows, then commit rows. What was cut is
 * said in the text itself, with where to read the rest.
 */
import { renderMarkdown, type MarkdownLimits } from '../../report/markdown.js';
import type { Report } from '../../types.js';

export function fitMarkdown(report: Report, limit: number, options: { prefix?: string; suffix?: string; elsewhere?: string } = {}): string {
  const wrap = (limits: MarkdownLimits) => `${options.prefix ?? ''}${renderMarkdown(report, { ...limits, ...(options.elsewhere ? { elsewhere: options.elsewhere } : {}) })}${options.suffix ?? ''}`;
  const fits = (text: string) => text.length <= limit;
  let text = wrap({});
  if (fits(text)) return text;

  const findings = report.findings.length;
  let limits: MarkdownLimits = { sections: findings };
  for (const key of ['sections', 'tableRows', 'commitRows'] as const) {
    let count = key === 'commitRows' ? report.commits.length : findings;
    // Halve, then settle on the largest count that fits by bisection: a few renders, not one per row.
    let low = 0;
    let high = count;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(wrap({ ...limits, [key]: mid }))) low = mid;
      else high = mid - 1;
    }
    count = low;
    limits = { ...limits, [key]: count };
    text = wrap(limits);
    if (fits(text)) return text;
  }
  // Even the bare heading is too long (absurd limits or names): cut the text itself.
  return `${text.slice(0, Math.max(0, limit - 40))}\n\n_(cut at the size limit)_\n`;
}
