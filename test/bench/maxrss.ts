/**
 * Preloaded into every measured child (`node --import <this file> ...`): when the process
 * exits, prints its peak resident set size as the last line of stderr, so the measured
 * program runs unmodified. Worker threads inherit `--import`; only the main thread reports
 * (the figure is the whole process's either way).
 */
import { isMainThread } from 'node:worker_threads';

/** bench.ts looks for this key in the child's last stderr line (kept in sync by hand: importing this file would hook the importer). */
const MAXRSS_TAG = 'opsdiff-bench-maxrss';

if (isMainThread) {
  process.on('exit', () => {
    // maxRSS is in kilobytes. Writes to a pipe are synchronous on Linux, so this line is not lost.
    process.stderr.write(`\n${JSON.stringify({ [MAXRSS_TAG]: process.resourceUsage().maxRSS })}\n`);
  });
}
