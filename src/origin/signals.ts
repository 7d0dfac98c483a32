/**
 * Commit-origin classification: a commit is `ai-assisted` when at least one AI-assistance
 * signal is found, `human` otherwise ("no signal found", never "proven human": a trailer's
 * absence says nothing). Every signal becomes evidence quoting what matched, so a reviewer
 * can check it against `git log`.
 */
import type { CommitInfo, CommitOrigin, OriginEvidence } from '../types.js';
import { SIGNAL_CATALOG, type CatalogEntry, type SignalKind, type Strength } from './catalog.js';
import { describeGitAiNote, parseGitAiNote } from './gitai.js';
import { parseTrailerBlock, splitLines } from './message.js';

/**
 * What the classifier needs from a commit. Structurally compatible with the git layer's
 * `RawCommit` (src/git/commits.ts), declared here so this module does not depend on it.
 */
export interface CommitFacts {
  sha: string;
  subject: string;
  /** The message without the subject line. */
  body?: string;
  authorName?: string;
  authorEmail?: string;
  committerName?: string;
  committerEmail?: string;
  /** Trailers as git parsed them; merged with those parsed from `body`. */
  trailers?: readonly { key: string; value: string }[];
  /** The git-ai note (refs/notes/ai), '' if none. */
  notes?: string;
}

/** A repository-specific pattern from configuration. */
export interface OriginPattern {
  signal: 'trailer' | 'author' | 'committer' | 'message' | 'branch';
  /** Regex source, applied case-insensitively. */
  pattern: string;
  label?: string;
}

export interface OriginContext {
  /** The pull request's head branch (`refs/heads/` is stripped). */
  headBranch?: string;
  pullRequestBody?: string;
  extraPatterns?: OriginPattern[];
}

/** One signal found, with what the evidence alone does not carry. */
export interface SignalMatch extends OriginEvidence {
  agent: string;
  strength: Strength;
}

export type CombinedOrigin = 'ai-assisted' | 'human' | 'mixed' | 'none';

const MAX_DETAIL = 200;
// Trailers whose value is a person or bot identity, matched like an author.
const IDENTITY_TRAILERS = new Set(['co-authored-by', 'signed-off-by']);
const STRENGTH_RANK: Record<Strength, number> = { H: 0, M: 1, L: 2 };

function quote(text: string): string {
  const t = text.trim();
  return t.length <= MAX_DETAIL ? t : `${t.slice(0, MAX_DETAIL - 1)}…`;
}

function identity(name: string | undefined, email: string | undefined): string {
  const n = (name ?? '').trim();
  const e = (email ?? '').trim();
  if (n && e) return `${n} <${e}>`;
  return n || (e ? `<${e}>` : '');
}

/** The first catalog entry (in table order) whose kind is given a text to test. */
function firstEntry(texts: Partial<Record<SignalKind, string>>): CatalogEntry | undefined {
  for (const entry of SIGNAL_CATALOG) {
    const text = texts[entry.kind];
    if (text !== undefined && entry.pattern.test(text)) return entry;
  }
  return undefined;
}

// Config patterns are compiled once; an invalid one is remembered as null and skipped
// (the config layer reports it; classification must not fail on it).
const compiled = new Map<string, RegExp | null>();
function compile(source: string): RegExp | null {
  let re = compiled.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source, 'i');
    } catch {
      re = null;
    }
    compiled.set(source, re);
  }
  return re;
}

function usablePatterns(ctx: OriginContext | undefined): { p: OriginPattern; re: RegExp }[] {
  const out: { p: OriginPattern; re: RegExp }[] = [];
  for (const p of ctx?.extraPatterns ?? []) {
    if (!p || typeof p.pattern !== 'string') continue;
    const re = compile(p.pattern);
    if (re) out.push({ p, re });
  }
  return out;
}

/** Collects matches, once per (signal, detail), and config matches on what nothing else matched. */
class Collector {
  readonly matches: SignalMatch[] = [];
  private readonly seen = new Set<string>();
  private readonly matchedTexts = new Set<string>();

  constructor(private readonly extra: { p: OriginPattern; re: RegExp }[]) {}

  add(signal: string, detail: string, agent: string, strength: Strength): void {
    const d = quote(detail);
    const key = `${signal}\0${d}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.matches.push({ signal, detail: d, agent, strength });
  }

  /** Catalog first; a config pattern only where the catalog found nothing. */
  scan(
    signal: string,
    detail: string,
    texts: Partial<Record<SignalKind, string>>,
    configKind: OriginPattern['signal'],
    configText: string,
    downgrade = false,
  ): void {
    const entry = firstEntry(texts);
    if (entry) {
      this.add(signal, detail, entry.agent, downgrade ? 'L' : entry.strength);
      this.matchedTexts.add(configText);
      return;
    }
    // A trailer line is also a body line: don't report it again through a message pattern.
    if (configKind === 'message' && this.matchedTexts.has(configText)) return;
    for (const { p, re } of this.extra) {
      if (p.signal !== configKind || !re.test(configText)) continue;
      const what = p.label?.trim() || `/${p.pattern}/i`;
      const strength = downgrade || configKind === 'branch' ? 'L' : 'M';
      this.add('config', `${configKind} matched ${what}: ${quote(configText)}`, what, strength);
      this.matchedTexts.add(configText);
      return;
    }
  }
}

function scanCommit(commit: CommitFacts, col: Collector): void {
  // Trailers: the block git would see, plus any the git layer parsed (same ones, normally).
  const trailers = parseTrailerBlock(commit.body);
  const known = new Set(trailers.map((t) => `${t.key.toLowerCase()}\0${t.value}`));
  for (const t of commit.trailers ?? []) {
    if (!t || typeof t.key !== 'string' || typeof t.value !== 'string') continue;
    const value = t.value.trim();
    const k = `${t.key.toLowerCase()}\0${value}`;
    if (known.has(k)) continue;
    known.add(k);
    trailers.push({ key: t.key, value, line: `${t.key}: ${value}` });
  }
  for (const t of trailers) {
    const key = t.key.toLowerCase();
    const text = `${t.key}: ${t.value}`;
    const texts: Partial<Record<SignalKind, string>> = { trailer: text };
    if (IDENTITY_TRAILERS.has(key)) texts.identity = t.value;
    if (key === 'co-authored-by') texts['co-author'] = t.value;
    col.scan('trailer', t.line, texts, 'trailer', text);
  }

  for (const [signal, id] of [
    ['author', identity(commit.authorName, commit.authorEmail)],
    ['committer', identity(commit.committerName, commit.committerEmail)],
  ] as const) {
    if (id) col.scan(signal, id, { identity: id }, signal, id);
  }

  const subject = (commit.subject ?? '').trim();
  if (subject) col.scan('message', subject, { subject }, 'message', subject);
  for (const raw of splitLines(commit.body)) {
    const line = raw.trim();
    if (line) col.scan('message', line, { message: line }, 'message', line);
  }

  const note = parseGitAiNote(commit.notes);
  const noteDetail = note ? describeGitAiNote(note) : null;
  if (note && noteDetail) {
    col.add('note', noteDetail, note.agents.map((a) => a.tool).join(', ') || 'git-ai', 'H');
  }
}

/** Pull-request-level signals: weak, and the same for every commit of the pull request. */
function scanContext(ctx: OriginContext | undefined, col: Collector): void {
  const branch = (ctx?.headBranch ?? '').trim().replace(/^refs\/heads\//, '');
  if (branch) col.scan('branch', branch, { branch }, 'branch', branch);
  for (const raw of splitLines(ctx?.pullRequestBody)) {
    const line = raw.trim();
    // A commit marker (e.g. the Claude Code stamp) in the PR text counts, but only as L.
    if (line) col.scan('pull-request', line, { 'pull-request': line, message: line }, 'message', line, true);
  }
}

function sortByStrength(matches: SignalMatch[]): SignalMatch[] {
  // Stable: the strongest evidence first, then in scan order (trailers, identities, message,
  // note, branch, pull request).
  return matches
    .map((m, i) => ({ m, i }))
    .sort((a, b) => STRENGTH_RANK[a.m.strength] - STRENGTH_RANK[b.m.strength] || a.i - b.i)
    .map(({ m }) => m);
}

/** Every signal found for a commit, strongest first, with the agent each one names. */
export function detectSignals(commit: CommitFacts, ctx?: OriginContext): SignalMatch[] {
  const col = new Collector(usablePatterns(ctx));
  scanCommit(commit, col);
  scanContext(ctx, col);
  return sortByStrength(col.matches);
}

function toResult(matches: SignalMatch[]): { origin: CommitOrigin; evidence: OriginEvidence[] } {
  return {
    origin: matches.length > 0 ? 'ai-assisted' : 'human',
    evidence: matches.map(({ signal, detail }) => ({ signal, detail })),
  };
}

export function classifyCommit(commit: CommitFacts, ctx?: OriginContext): { origin: CommitOrigin; evidence: OriginEvidence[] } {
  return toResult(detectSignals(commit, ctx));
}

export function classifyCommits(commits: CommitFacts[], ctx?: OriginContext): CommitInfo[] {
  const extra = usablePatterns(ctx);
  const contextCol = new Collector(extra);
  scanContext(ctx, contextCol);
  return commits.map((commit) => {
    const col = new Collector(extra);
    scanCommit(commit, col);
    for (const m of contextCol.matches) col.add(m.signal, m.detail, m.agent, m.strength);
    return { sha: commit.sha, subject: commit.subject, ...toResult(sortByStrength(col.matches)) };
  });
}

/** The pull request's origin: all one way, both (`mixed`), or `none` without commits. */
export function combinedOrigin(commits: CommitInfo[]): CombinedOrigin {
  if (commits.length === 0) return 'none';
  const ai = commits.filter((c) => c.origin === 'ai-assisted').length;
  if (ai === commits.length) return 'ai-assisted';
  return ai === 0 ? 'human' : 'mixed';
}
