/**
 * Commit-message structure, the way `git interpret-trailers` sees it: only the last
 * paragraph can be a trailer block, so a `Key: value` line in the middle of prose is text.
 */

export interface Trailer {
  key: string;
  value: string;
  /** The trailer as written (continuation lines folded), for evidence. */
  line: string;
}

const TRAILER_LINE = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$/;
// git accepts a mostly-prose last paragraph as a trailer block when it holds one of these.
const GIT_GENERATED_PREFIXES = ['signed-off-by: ', '(cherry picked from commit '];

export function splitLines(text: string | undefined): string[] {
  return text ? text.split(/\r?\n/) : [];
}

/**
 * The trailers of a commit body (the message without its subject line). Mirrors git's rule:
 * the last paragraph is a trailer block if all its lines are trailers, or if at least 25%
 * are and one is git-generated (Signed-off-by, cherry-pick note). The body's first paragraph
 * can be the block, since the subject is its own paragraph.
 */
export function parseTrailerBlock(body: string | undefined): Trailer[] {
  const lines = splitLines(body).map((l) => l.replace(/\s+$/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let start = lines.length;
  while (start > 0 && lines[start - 1] !== '') start--;
  const paragraph = lines.slice(start);
  if (paragraph.length === 0) return [];

  const trailers: Trailer[] = [];
  let trailerLines = 0;
  let nonTrailer = 0;
  let recognized = false;
  let lastWasTrailer = false;
  for (const line of paragraph) {
    if (/^[ \t]/.test(line)) {
      // Continuation: belongs to the line above, whatever that was.
      const prev = trailers[trailers.length - 1];
      if (lastWasTrailer && prev) {
        prev.value = `${prev.value} ${line.trim()}`.trim();
        prev.line = `${prev.line} ${line.trim()}`;
      }
      continue;
    }
    const lower = line.toLowerCase();
    const gitGenerated = GIT_GENERATED_PREFIXES.some((p) => lower.startsWith(p));
    if (gitGenerated) recognized = true;
    const m = TRAILER_LINE.exec(line);
    if (m) trailers.push({ key: m[1]!, value: m[2]!.trim(), line: line.trim() });
    if (m || gitGenerated) trailerLines++;
    else nonTrailer++;
    lastWasTrailer = m !== null;
  }
  if (trailers.length === 0) return [];
  if (nonTrailer === 0 || (recognized && trailerLines * 3 >= nonTrailer)) return trailers;
  return [];
}
