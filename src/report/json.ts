/**
 * The contract's JSON report (shared/contract.md). Every object is rebuilt key by key, so the
 * output holds exactly the contract's keys in its order, and internal fields of a Finding
 * (`why`, `fix`, `fingerprint`, `side`, ...) can never leak into the stable interface.
 */
import type { CommitInfo, Finding, RelatedLocation, Report } from '../types.js';

export interface JsonReport {
  schemaVersion: 1;
  tool: { name: 'opsdiff'; version: string };
  base: string;
  head: string;
  files: { analyzed: string[]; skipped: Array<{ path: string; reason: string }> };
  commits: CommitInfo[];
  findings: JsonFinding[];
  summary: Report['summary'];
}

/** The contract's finding, plus `column` and `related` (additions the contract allows). */
export interface JsonFinding {
  ruleId: string;
  category: Finding['category'];
  severity: Finding['severity'];
  file: string;
  line: number;
  column: number;
  endLine: number;
  message: string;
  effect: Finding['effect'];
  before: Finding['before'];
  after: Finding['after'];
  commits: string[];
  origin?: Finding['origin'];
  related: JsonRelated[];
}

export type JsonRelated = Pick<
  RelatedLocation,
  'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'side' | 'message'
>;

export function toJsonReport(report: Report): JsonReport {
  return {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    base: report.base,
    head: report.head,
    files: {
      analyzed: [...report.files.analyzed],
      skipped: report.files.skipped.map(({ path, reason }) => ({ path, reason })),
    },
    commits: report.commits.map(({ sha, subject, origin, evidence }) => ({
      sha,
      subject,
      origin,
      evidence: evidence.map(({ signal, detail }) => ({ signal, detail })),
    })),
    findings: report.findings.map(toJsonFinding),
    summary: { risk: report.summary.risk, findings: report.summary.findings },
  };
}

export function renderJson(report: Report): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}

function toJsonFinding(finding: Finding): JsonFinding {
  const { location } = finding;
  return {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    file: location.file,
    line: location.line,
    column: location.column,
    endLine: location.endLine,
    message: finding.message,
    effect: { kind: finding.effect.kind, callee: finding.effect.callee },
    before: finding.before,
    after: finding.after,
    commits: [...finding.commits],
    // Absent rather than null: the contract has the key only "when known".
    ...(finding.origin === undefined ? {} : { origin: finding.origin }),
    related: finding.related.map(({ file, line, column, endLine, endColumn, side, message }) => ({
      file,
      line,
      column,
      endLine,
      endColumn,
      side,
      message,
    })),
  };
}
