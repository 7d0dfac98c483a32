/**
 * Git AI Standard (v3.0.0) authorship logs, stored as notes under refs/notes/ai:
 *
 *   src/app.ts
 *     d9978a8723e02b52 1-4,9-10,12
 *   ---
 *   {"schema_version":"authorship/3.0.0","prompts":{"d9978a8723e02b52":{"agent_id":{"tool":"cursor","model":"..."}}}}
 *
 * Notes are written by other tools and may be anything, so every step tolerates garbage and
 * the result is null unless the text really is an authorship log.
 */

export interface GitAiAgent {
  tool: string;
  model?: string;
}

export interface GitAiNote {
  schemaVersion: string;
  /** Files with at least one attested range. */
  files: number;
  /** Lines attested to an AI session, summed over all ranges. */
  attestedLines: number;
  /** Distinct tool/model pairs from `prompts`, in order of appearance. */
  agents: GitAiAgent[];
  /** Sum of `accepted_lines` over prompts (0 when absent). */
  acceptedLines: number;
}

// 16 hex per the spec; 7 accepted for backward compatibility.
const ENTRY = /^\s+([0-9a-f]{7}|[0-9a-f]{16})\s+(\S+)\s*$/i;
const RANGE = /^(\d+)(?:-(\d+))?$/;

/** Lines covered by `1-4,9-10,12`, or null if any part is malformed. */
function countRanges(ranges: string): number | null {
  let total = 0;
  for (const part of ranges.split(',')) {
    const m = RANGE.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 1 || to < from) return null;
    total += to - from + 1;
  }
  return total;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmptyString(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export function parseGitAiNote(text: string | undefined): GitAiNote | null {
  if (!text) return null;
  const lines = text.split(/\r?\n/);
  const sep = lines.findIndex((l) => l.trimEnd() === '---');
  if (sep < 0) return null;

  let meta: unknown;
  try {
    meta = JSON.parse(lines.slice(sep + 1).join('\n'));
  } catch {
    return null;
  }
  if (!isRecord(meta)) return null;
  const schemaVersion = nonEmptyString(meta['schema_version']);
  if (!schemaVersion || !schemaVersion.startsWith('authorship/')) return null;

  let files = 0;
  let attestedLines = 0;
  let inFile = false;
  let fileCounted = false;
  for (const line of lines.slice(0, sep)) {
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      inFile = true; // a new file path; counted once it has a valid entry
      fileCounted = false;
      continue;
    }
    if (!inFile) continue; // an entry with no file above it is noise
    const m = ENTRY.exec(line);
    const n = m ? countRanges(m[2]!) : null;
    if (n === null) continue;
    attestedLines += n;
    if (!fileCounted) {
      files++;
      fileCounted = true;
    }
  }

  const agents: GitAiAgent[] = [];
  let acceptedLines = 0;
  const prompts = meta['prompts'];
  if (isRecord(prompts)) {
    for (const prompt of Object.values(prompts)) {
      if (!isRecord(prompt)) continue;
      const accepted = prompt['accepted_lines'];
      if (typeof accepted === 'number' && Number.isFinite(accepted) && accepted > 0) acceptedLines += accepted;
      const agentId = prompt['agent_id'];
      const tool = isRecord(agentId) ? nonEmptyString(agentId['tool']) : undefined;
      if (!tool || !isRecord(agentId)) continue;
      const model = nonEmptyString(agentId['model']);
      if (agents.some((a) => a.tool === tool && a.model === model)) continue;
      agents.push(model === undefined ? { tool } : { tool, model });
    }
  }
  return { schemaVersion, files, attestedLines, agents, acceptedLines };
}

/** One evidence line for a log that shows AI-written code, or null if it shows none. */
export function describeGitAiNote(note: GitAiNote): string | null {
  if (note.attestedLines === 0 && note.acceptedLines === 0) return null;
  const who = note.agents.map((a) => (a.model ? `${a.tool} (${a.model})` : a.tool)).join(', ');
  const what =
    note.attestedLines > 0
      ? `${note.attestedLines} AI-attested line${note.attestedLines === 1 ? '' : 's'} in ${note.files} file${note.files === 1 ? '' : 's'}`
      : `${note.acceptedLines} accepted AI line${note.acceptedLines === 1 ? '' : 's'}`;
  return `git-ai note (${note.schemaVersion}): ${what}${who ? `; ${who}` : ''}`;
}
