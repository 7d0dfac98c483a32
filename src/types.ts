/**
 * The neutral types every stage shares: what a finding is, and the report that carries them.
 * The JSON report (src/report/json.ts) is the contract's shape of exactly these.
 */
export type Category = 'fan-out' | 'timeout' | 'retry' | 'concurrency';
export type Severity = 'high' | 'medium' | 'low';
export type Risk = Severity | 'none';
export type EffectKind = 'cache' | 'db' | 'network' | 'queue' | 'other';
export type CommitOrigin = 'ai-assisted' | 'human';

export const SEVERITY_RANK: Record<Risk, number> = { none: 0, low: 1, medium: 2, high: 3 };

/** A place in a file of one revision. */
export interface Location {
  file: string;
  line: number; // 1-based
  column: number; // 1-based
  endLine: number;
  endColumn: number;
}

/** A secondary place that explains a finding: the loop, the call that leads to the I/O. */
export interface RelatedLocation extends Location {
  side: 'base' | 'head';
  message: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Where the finding points: head side, or base side for code that was removed. */
  location: Location;
  side: 'base' | 'head';
  message: string;
  effect: { kind: EffectKind; callee: string };
  /** Free-form detail of each side (null when new / removed), as in the contract. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  related: RelatedLocation[];
  /** Why it matters in operation and what to do: from the rule's docs. */
  why: string;
  fix: string;
  helpUri: string;
  /** Stable across unrelated edits: rule, file, entry, effect key. Used by SARIF. */
  fingerprint: string;
  commits: string[];
  origin?: CommitOrigin;
  /** The head lines a code frame shows: the finding's line and its related lines in the same file. */
  snippet?: Array<{ line: number; text: string }>;
}

export interface OriginEvidence {
  signal: string; // trailer, author, committer, message, branch, note, config
  detail: string;
}

export interface CommitInfo {
  sha: string;
  subject: string;
  origin: CommitOrigin;
  evidence: OriginEvidence[];
}

export interface SkippedFile {
  path: string;
  reason: string;
}

/** The reason of a changed file the scope leaves out (a test, a declaration file, an exclusion), as opposed to one that could not be read. */
export const LEFT_OUT = 'left out: ';

export function isLeftOut(file: SkippedFile): boolean {
  return file.reason.startsWith(LEFT_OUT);
}

export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity; // the highest it reports
  summary: string;
  why: string;
  fix: string;
  notFor: string[];
  helpUri: string;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'opsdiff'; version: string };
  base: string;
  head: string; // 'INDEX' in --staged mode
  files: { analyzed: string[]; skipped: SkippedFile[] };
  commits: CommitInfo[];
  findings: Finding[];
  rules: RuleMeta[]; // the rules that ran (for SARIF's tool.driver.rules)
  summary: { risk: Risk; findings: number };
  /** What a person should know besides the findings: suppressions used or stale, a baseline applied. */
  notes: string[];
}
