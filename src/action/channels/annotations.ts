/**
 * Findings as annotations on the diff's lines: one per finding, most severe first. Two ways
 * to deliver them: a check run (no display cap, 50 per request, needs `checks: write`) or
 * workflow commands (no token, but GitHub shows only 10 per level per step).
 */
import * as core from '@actions/core';
import { callPathOf, compareFindings, describeIntroduction, formatLocation, plainMessage } from '../../report/describe.js';
import type { Finding, Report, Severity } from '../../types.js';
import type { GitHub } from '../github.js';

export type AnnotationLevel = 'failure' | 'warning' | 'notice';

export interface Annotation {
  path: string;
  startLine: number;
  endLine: number;
  startColumn: number | undefined;
  level: AnnotationLevel;
  title: string;
  message: string;
  details: string;
}

const LEVEL: Record<Severity, AnnotationLevel> = { high: 'failure', medium: 'warning', low: 'notice' };

/** Checks API limits: annotations per request, and characters of any output text. */
export const CHECK_ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_TEXT_LIMIT = 65_535;
/** Workflow-command annotations GitHub displays per level per step. */
export const WORKFLOW_ANNOTATIONS_PER_LEVEL = 10;
/** An annotation's message is capped by GitHub at 64 KB; a reviewer needs far less. */
const MESSAGE_LIMIT = 4_000;

/**
 * One annotation per finding, on the head line it points at. A finding about removed code
 * (base side) has no head line; it goes on the first head line related to it, else only into
 * the summary and the comment.
 */
export function annotationsOf(report: Report): { annotations: Annotation[]; unplaced: Finding[] } {
  const annotations: Annotation[] = [];
  const unplaced: Finding[] = [];
  for (const finding of [...report.findings].sort(compareFindings)) {
    const place = finding.side === 'head' ? finding.location : finding.related.find((r) => r.side === 'head');
    if (!place) {
      unplaced.push(finding);
      continue;
    }
    const endLine = Math.max(place.line, place.endLine);
    annotations.push({
      path: place.file,
      startLine: place.line,
      endLine,
      // Columns are only allowed on single-line annotations.
      startColumn: endLine === place.line ? place.column : undefined,
      level: LEVEL[finding.severity],
      title: `opsdiff ${finding.ruleId} (${finding.severity}, ${finding.category})`,
      message: clip(messageLines(finding, report).join('\n'), MESSAGE_LIMIT),
      details: clip([finding.why && `Why it matters: ${plainMessage(finding.why)}`, finding.fix && `What to do: ${plainMessage(finding.fix)}`, finding.helpUri].filter(Boolean).join('\n'), MESSAGE_LIMIT),
    });
  }
  return { annotations, unplaced };
}

/** The message says what changed (before -> after); the lines after it add what it does not say. */
function messageLines(finding: Finding, report: Report): string[] {
  const lines = [plainMessage(finding.message)];
  // Placed on a head line related to it: say where the removed code was.
  if (finding.side === 'base') lines.push(`Removed code: ${formatLocation(finding.location)} in the base revision`);
  const callPath = callPathOf(finding);
  if (callPath) lines.push(`Call path: ${callPath}`);
  const introduced = describeIntroduction(finding, report, (sha, subject) => (subject === undefined ? sha : `${sha} ${subject}`));
  if (introduced) lines.push(`Introduced by: ${introduced}`);
  return lines;
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  headSha: string;
  detailsUrl: string | undefined;
  conclusion: 'success' | 'neutral' | 'failure';
  title: string;
  summary: string;
}

/** Creates the `opsdiff` check run with the first 50 annotations and appends the rest, 50 a call. */
export async function publishCheckRun(github: GitHub, request: CheckRunRequest, annotations: readonly Annotation[]): Promise<{ id: number; url: string; requests: number }> {
  const batches: Annotation[][] = [];
  for (let i = 0; i < annotations.length; i += CHECK_ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST));
  const output = (batch: Annotation[] | undefined) => ({
    title: clip(request.title, 255),
    summary: clip(request.summary, CHECK_TEXT_LIMIT),
    ...(batch?.length ? { annotations: batch.map(toCheckAnnotation) } : {}),
  });
  const created = await github.rest.checks.create({
    owner: request.owner,
    repo: request.repo,
    name: 'opsdiff',
    head_sha: request.headSha,
    status: 'completed',
    conclusion: request.conclusion,
    completed_at: new Date().toISOString(),
    ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
    output: output(batches[0]),
  });
  for (const batch of batches.slice(1)) {
    await github.rest.checks.update({ owner: request.owner, repo: request.repo, check_run_id: created.data.id, output: output(batch) });
  }
  return { id: created.data.id, url: created.data.html_url ?? '', requests: Math.max(1, batches.length) };
}

function toCheckAnnotation(a: Annotation) {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    ...(a.startColumn !== undefined ? { start_column: a.startColumn, end_column: a.startColumn } : {}),
    annotation_level: a.level,
    title: a.title,
    message: a.message,
    ...(a.details ? { raw_details: a.details } : {}),
  };
}

/**
 * Prints workflow-command annotations, most severe first, at most what GitHub displays per
 * level; the rest are counted so the summary can say so. @actions/core escapes the text.
 */
export function printWorkflowAnnotations(annotations: readonly Annotation[], write: WorkflowWriter = coreWriter): { shown: number; overflow: number } {
  const perLevel = new Map<AnnotationLevel, number>();
  let shown = 0;
  for (const a of annotations) {
    const count = perLevel.get(a.level) ?? 0;
    if (count >= WORKFLOW_ANNOTATIONS_PER_LEVEL) continue;
    perLevel.set(a.level, count + 1);
    write[a.level](a.message, { title: a.title, file: a.path, startLine: a.startLine, endLine: a.endLine, ...(a.startColumn !== undefined ? { startColumn: a.startColumn } : {}) });
    shown++;
  }
  return { shown, overflow: annotations.length - shown };
}

export type WorkflowWriter = Record<AnnotationLevel, (message: string, properties: core.AnnotationProperties) => void>;
const coreWriter: WorkflowWriter = { failure: core.error, warning: core.warning, notice: core.notice };

export function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
