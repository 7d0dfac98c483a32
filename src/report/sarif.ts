/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run, rules
 * from the report's rule metadata, one result per finding, within GitHub's upload limits
 * (shared/github-platform.md).
 */
import type { Finding, Location, RelatedLocation, Report, RuleMeta, Severity } from '../types.js';
import { compareFindings, describeChange } from './describe.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_VERSION = '2.1.0';
/** GitHub rejects or silently cuts uploads past these (github-platform.md, [G8]). */
export const GITHUB_SARIF_LIMITS = { resultsPerRun: 25_000, locationsPerResult: 1_000, tagsPerRule: 20 } as const;
/** Versioned, so a change of the fingerprint recipe can start a new key instead of remapping alerts. */
export const FINGERPRINT_KEY = 'opsdiff/v1';
/** GitHub takes the part before the last '/' as the upload's category. */
export const AUTOMATION_ID = 'opsdiff/';
export const SOURCE_ROOT = '%SRCROOT%';
// The package's registry page until the project has a homepage (see the report's notes).
export const INFORMATION_URI = 'https://www.npmjs.com/package/opsdiff';

// A message naming hundreds of places helps no one; the rest stay in relatedLocations.
const MAX_LINKS_IN_MESSAGE = 10;
// No per-rule confidence in RuleMeta yet; these rules are syntactic heuristics, so not "high".
const DEFAULT_PRECISION = 'medium';

export type SarifLevel = 'error' | 'warning' | 'note';

export const SARIF_LEVEL: Record<Severity, SarifLevel> = { high: 'error', medium: 'warning', low: 'note' };

export interface SarifLog {
  $schema: string;
  version: typeof SARIF_VERSION;
  runs: [SarifRun];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  automationDetails: { id: string };
  originalUriBaseIds: Record<string, { description: SarifMessage }>;
  invocations: SarifInvocation[];
  results: SarifResult[];
  properties: Record<string, unknown>;
}

export interface SarifDriver {
  name: 'opsdiff';
  version: string;
  semanticVersion: string;
  informationUri: string;
  rules: SarifRule[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; precision: string; category: string };
}

export interface SarifMessage {
  text: string;
}

export interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId: string };
  region?: { startLine: number; startColumn: number; endLine: number; endColumn?: number };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: [{ physicalLocation: SarifPhysicalLocation }];
  relatedLocations?: SarifRelatedLocation[];
  partialFingerprints?: Record<string, string>;
  properties: Record<string, unknown>;
}

/** Always a head-side place (see toResult). */
export interface SarifRelatedLocation {
  id: number;
  physicalLocation: SarifPhysicalLocation;
  message: SarifMessage;
}

export interface SarifInvocation {
  executionSuccessful: boolean;
  toolExecutionNotifications: Array<{
    level: SarifLevel;
    message: SarifMessage;
    locations?: Array<{ physicalLocation: SarifPhysicalLocation }>;
  }>;
}

export function toSarif(report: Report): SarifLog {
  const rules = rulesFor(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));

  // Sorted most severe first, so that if GitHub's cap cuts, it cuts the least severe.
  const ordered = [...report.findings].sort(compareFindings);
  const kept = ordered.slice(0, GITHUB_SARIF_LIMITS.resultsPerRun);
  const omitted = ordered.length - kept.length;
  const fingerprints = uniqueFingerprints(kept);

  const results = kept.map((finding, index) =>
    toResult(finding, ruleIndex.get(finding.ruleId) ?? 0, fingerprints[index]),
  );

  return {
    $schema: SARIF_SCHEMA_URI,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: 'opsdiff',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        automationDetails: { id: AUTOMATION_ID },
        originalUriBaseIds: {
          [SOURCE_ROOT]: { description: { text: 'The root of the analyzed repository.' } },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications(report, omitted) }],
        results,
        properties: {
          base: report.base,
          head: report.head,
          risk: report.summary.risk,
          findings: report.findings.length,
          ...(omitted > 0 ? { omittedFindings: omitted } : {}),
        },
      },
    ],
  };
}

export function renderSarif(report: Report): string {
  return `${JSON.stringify(toSarif(report), null, 2)}\n`;
}

/** `io-in-loop` -> `IoInLoop`: SARIF's `name` is an identifier-like form of the id. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** Repository-relative path to a relative URI reference: each segment percent-encoded. */
export function artifactUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * SARIF plain-text messages treat `[text](target)` as a link, so literal brackets (and the
 * backslash that escapes them) must be escaped wherever a message is not meant as a link.
 */
export function escapeSarifText(text: string): string {
  return text.replace(/[\\[\]]/g, (char) => `\\${char}`);
}

function rulesFor(report: Report): SarifRule[] {
  const rules = new Map<string, SarifRule>();
  for (const meta of report.rules) if (!rules.has(meta.id)) rules.set(meta.id, toRule(meta));
  // A finding from a rule the report does not describe still needs a descriptor for ruleIndex.
  for (const finding of report.findings) {
    if (!rules.has(finding.ruleId)) rules.set(finding.ruleId, toRule(metaFromFinding(finding)));
  }
  return [...rules.values()];
}

function toRule(meta: RuleMeta): SarifRule {
  const { notFor } = meta;
  const helpText = [
    meta.summary,
    `Why it matters: ${meta.why}`,
    `What to do: ${meta.fix}`,
    ...(notFor.length > 0 ? [['Not a problem when:', ...notFor.map((line) => `- ${line}`)].join('\n')] : []),
  ].join('\n\n');
  const helpMarkdown = [
    meta.summary,
    `**Why it matters.** ${meta.why}`,
    `**What to do.** ${meta.fix}`,
    ...(notFor.length > 0 ? [['**Not a problem when:**', '', ...notFor.map((line) => `- ${line}`)].join('\n')] : []),
    ...(meta.helpUri ? [`[Rule documentation](${meta.helpUri})`] : []),
  ].join('\n\n');

  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.summary },
    fullDescription: { text: `${meta.summary} ${meta.why}`.trim() },
    help: { text: helpText, markdown: helpMarkdown },
    ...(meta.helpUri ? { helpUri: meta.helpUri } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[meta.severity] },
    properties: {
      tags: [meta.category, 'reliability'].slice(0, GITHUB_SARIF_LIMITS.tagsPerRule),
      precision: DEFAULT_PRECISION,
      category: meta.category,
    },
  };
}

function metaFromFinding(finding: Finding): RuleMeta {
  return {
    id: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    summary: finding.ruleId,
    why: finding.why,
    fix: finding.fix,
    notFor: [],
    helpUri: finding.helpUri,
  };
}

function toResult(finding: Finding, ruleIndex: number, fingerprint: string | undefined): SarifResult {
  // Only head places: GitHub shows every location on the head revision of its file, where a
  // base line number points at other code. Base places are named in the message instead.
  // The primary location counts toward GitHub's per-result limit too.
  const related = finding.related
    .filter((location) => location.side === 'head')
    .slice(0, GITHUB_SARIF_LIMITS.locationsPerResult - 1)
    .map((location, index) => ({ id: index + 1, location }));

  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[finding.severity],
    message: { text: resultMessage(finding, related) },
    locations: [{ physicalLocation: primaryLocation(finding) }],
    ...(related.length > 0
      ? {
          relatedLocations: related.map(({ id, location }) => ({
            id,
            physicalLocation: physicalLocation(location),
            message: { text: escapeSarifText(location.message) },
          })),
        }
      : {}),
    ...(fingerprint ? { partialFingerprints: { [FINGERPRINT_KEY]: fingerprint } } : {}),
    properties: {
      category: finding.category,
      effect: finding.effect,
      before: finding.before,
      after: finding.after,
      change: describeChange(finding),
      commits: finding.commits,
      ...(finding.origin === undefined ? {} : { origin: finding.origin }),
      side: finding.side,
    },
  };
}

/**
 * The finding's message, then links to the head-side related places (the relatedLocations),
 * then the base-side places in plain text: a link would open the head revision of the file at
 * a line that now holds other code.
 */
function resultMessage(finding: Finding, related: Array<{ id: number; location: RelatedLocation }>): string {
  const parts = [escapeSarifText(finding.message)];
  // Removed code has no head line: its base place is said in words (see primaryLocation).
  if (finding.side === 'base') parts.push(`This code was removed: ${escapeSarifText(`${finding.location.file}:${finding.location.line}`)} in the base revision.`);
  const headLinks = related
    .slice(0, MAX_LINKS_IN_MESSAGE)
    .map(({ id, location }) => `[${escapeSarifText(location.message || `${location.file}:${location.line}`)}](${id})`);
  if (headLinks.length > 0) parts.push(`Related: ${headLinks.join('; ')}.`);
  const basePlaces = finding.related
    .filter((location) => location.side === 'base')
    .slice(0, MAX_LINKS_IN_MESSAGE)
    .map((location) => escapeSarifText(`${location.message} (${location.file}:${location.line})`));
  if (basePlaces.length > 0) parts.push(`In the base revision: ${basePlaces.join('; ')}.`);
  return parts.join(' ');
}

/**
 * Where GitHub shows the result: the finding's own head line; for removed code, which has none,
 * the first head place related to it (as the annotations do), else the file without a region:
 * a base line number would point at other code of the head file.
 */
function primaryLocation(finding: Finding): SarifPhysicalLocation {
  if (finding.side === 'head') return physicalLocation(finding.location);
  const head = finding.related.find((location) => location.side === 'head');
  return head ? physicalLocation(head) : { artifactLocation: { uri: artifactUri(finding.location.file), uriBaseId: SOURCE_ROOT } };
}

function physicalLocation(location: Location): SarifPhysicalLocation {
  const startLine = Math.max(1, location.line);
  const startColumn = Math.max(1, location.column);
  const endLine = Math.max(startLine, location.endLine);
  // SARIF's endColumn is exclusive; an empty or inverted span would be rejected, so drop it.
  const hasEndColumn = endLine > startLine ? location.endColumn >= 1 : location.endColumn > startColumn;
  return {
    artifactLocation: { uri: artifactUri(location.file), uriBaseId: SOURCE_ROOT },
    region: { startLine, startColumn, endLine, ...(hasEndColumn ? { endColumn: location.endColumn } : {}) },
  };
}

/**
 * GitHub merges results that share a fingerprint into one alert. Two findings of one rule on
 * one effect (two call sites of the same key) would hide each other, so later duplicates get
 * an occurrence suffix, as CodeQL does for its line hashes.
 */
function uniqueFingerprints(findings: readonly Finding[]): Array<string | undefined> {
  const seen = new Map<string, number>();
  return findings.map(({ fingerprint }) => {
    if (!fingerprint) return undefined;
    const occurrence = (seen.get(fingerprint) ?? 0) + 1;
    seen.set(fingerprint, occurrence);
    return occurrence === 1 ? fingerprint : `${fingerprint}:${occurrence}`;
  });
}

function notifications(report: Report, omitted: number): SarifInvocation['toolExecutionNotifications'] {
  const skipped = report.files.skipped.map(({ path, reason }) => ({
    level: 'warning' as const,
    message: { text: escapeSarifText(`Skipped ${path}: ${reason}`) },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(path), uriBaseId: SOURCE_ROOT } } }],
  }));
  if (omitted === 0) return skipped;
  return [
    ...skipped,
    {
      level: 'warning',
      message: {
        text:
          `${omitted} least severe findings were left out to stay within GitHub's limit of ` +
          `${GITHUB_SARIF_LIMITS.resultsPerRun} results per run; the JSON report lists them all.`,
      },
    },
  ];
}
