/**
 * Baselines: the accepted findings of a branch, by fingerprint, so a team adopting opsdiff on a
 * large repository sees only new risk afterwards. The file is JSON meant to be committed and
 * reviewed: each entry keeps enough to say what was accepted.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { OpsdiffError } from '../errors.js';
import type { Report } from '../types.js';

export const DEFAULT_BASELINE = '.opsdiff-baseline.json';

export interface BaselineFile {
  version: 1;
  tool: string;
  base: string;
  head: string;
  findings: Array<{ fingerprint: string; ruleId: string; file: string; line: number; message: string }>;
}

export async function writeBaseline(path: string, report: Report, previous?: BaselineFile): Promise<BaselineFile> {
  const seen = new Set<string>();
  const findings: BaselineFile['findings'] = [];
  // Accepted before and still accepted: a baseline grows, it is never silently rewritten.
  for (const f of previous?.findings ?? []) if (!seen.has(f.fingerprint)) seen.add(f.fingerprint) && findings.push(f);
  for (const f of report.findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    findings.push({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.location.file, line: f.location.line, message: f.message });
  }
  const file: BaselineFile = { version: 1, tool: `opsdiff ${report.tool.version}`, base: report.base, head: report.head, findings };
  await writeFile(path, JSON.stringify(file, null, 2) + '\n');
  return file;
}

export async function readBaseline(path: string, required: boolean): Promise<BaselineFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    if (!required) return undefined;
    throw new OpsdiffError('bad-config', `cannot read the baseline ${path}`, 'create it with: opsdiff baseline --base <rev>');
  }
  try {
    const parsed = JSON.parse(text) as Partial<BaselineFile>;
    if (parsed.version !== 1 || !Array.isArray(parsed.findings) || !parsed.findings.every((f) => typeof f?.fingerprint === 'string')) throw new Error('not an opsdiff baseline (version 1)');
    return parsed as BaselineFile;
  } catch (error) {
    throw new OpsdiffError('bad-config', `${path}: ${(error as Error).message}`, 'regenerate it with: opsdiff baseline --base <rev>');
  }
}
