/**
 * analyze(): revisions -> changed files -> facts -> effect paths per entry -> matched pairs ->
 * rules -> findings with commits -> report. No console, no exit codes: the CLI and the Action
 * are shells around this.
 */
import { createHash } from 'node:crypto';
import { Minimatch } from 'minimatch';
import { BlobStore } from './git/blobs.js';
import { listChangedFiles, type ChangedFile } from './git/changes.js';
import { blameLines, grepWordLines, listCommits, removingCommits } from './git/commits.js';
import { diffHunks, lineInRanges, pathsOf, type FileHunks } from './git/hunks.js';
import { openRepository, type Repository } from './git/repository.js';
import { resolveRevisions, type Revisions } from './git/revisions.js';
import { buildView } from './match/view.js';
import { MAX_CANDIDATES, MAX_IMPORTERS, SOURCE_GLOBS, findImporters, searchImporters } from './model/importers.js';
import { Workspace } from './model/workspace.js';
import { followedImplementers } from './model/program.js';
import { MAX_CALL_DEPTH } from './model/summaries.js';
import { settingSites } from './model/settings.js';
import { classifyCommits, type OriginContext } from './origin/index.js';
import { RULES } from '../rules/index.js';
import { optionsOf, renderMessage, ruleMeta, type ChangeView, type Rule } from './rule.js';
import { LEFT_OUT, SEVERITY_RANK, type CommitInfo, type Finding, type Report, type Risk, type Severity, type SkippedFile } from './types.js';
import { configuredOptions, type ResolvedConfig } from './config/types.js';
import { Catalog, DEFAULT_CATALOG, type ClientLibrary } from './catalog/index.js';
import { FactsCache } from './parse/cache.js';
import { applySuppressions, type Directive } from './model/suppressions.js';
import { VERSION } from './version.js';
import { plural } from './report/describe.js';

export interface AnalyzeOptions {
  cwd: string;
  base?: string;
  head?: string;
  staged?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Globs of files never analyzed as part of the change (tests, fixtures, generated code). */
  exclude?: string[];
  include?: string[];
  rules?: readonly Rule[];
  origin?: OriginContext;
  /** Use a worker thread for large changes (default true). */
  workers?: boolean;
  /** Follow callers in files the change did not touch (default true). */
  followImporters?: boolean;
  /** The loaded configuration (clients, names, rule overrides, thresholds, origin patterns). */
  config?: ResolvedConfig;
  /** Fingerprints of accepted findings (`opsdiff baseline`): not reported again. */
  baseline?: ReadonlySet<string>;
  /** Where facts are kept between runs, by blob (src/parse/cache.ts); none when absent. */
  cacheDir?: string;
}

/** The files never analyzed as part of a change, each glob with the reason a changed file it matches is listed with. */
const EXCLUDED_AS: Record<string, string> = {
  '**/*.test.*': 'test file',
  '**/*.spec.*': 'test file',
  '**/__tests__/**': 'test file',
  '**/test/**': 'test file',
  '**/tests/**': 'test file',
  '**/e2e/**': 'test file',
  '**/__mocks__/**': 'mock',
  '**/*.stories.*': 'story',
  '**/node_modules/**': 'dependency',
  '**/dist/**': 'build output',
  '**/build/**': 'build output',
  '**/*.d.ts': 'declaration file',
  '**/*.d.mts': 'declaration file',
  '**/*.d.cts': 'declaration file',
  '**/*.min.js': 'minified file',
  '**/generated/**': 'generated file',
  '**/__generated__/**': 'generated file',
};

export const DEFAULT_EXCLUDE = Object.keys(EXCLUDED_AS);

/** Why a changed file is not analyzed by the scope: `left out: test file`, `left out: excluded by configuration (exclude: "gen/**")`. */
function leftOutReason(path: string, excluded: Minimatch[]): string {
  const glob = excluded.find((m) => m.match(path))?.pattern;
  if (glob) return `${LEFT_OUT}${Object.hasOwn(EXCLUDED_AS, glob) ? EXCLUDED_AS[glob] : `excluded by configuration (exclude: ${JSON.stringify(glob)})`}`;
  return `${LEFT_OUT}outside the configuration's include`;
}

/**
 * Rounds of loading what the analysis asked for (each round: the files one more step away along
 * the calls, types and constants followed). Beyond them, what is still not loaded stays unknown.
 */
const MAX_ROUNDS = 16;
/** Interfaces whose implementers are searched for, and implementing files loaded, per run. */
const MAX_INTERFACES = 400;
const MAX_IMPLEMENTERS = 200;

export async function analyze(options: AnalyzeOptions): Promise<Report> {
  const repo = await openRepository(options.cwd);
  const revs = await resolveRevisions(repo, { base: options.base, head: options.head, staged: options.staged, env: options.env });
  const blobs = BlobStore.open(repo);
  try {
    return await analyzeRevisions(repo, revs, blobs, options);
  } finally {
    blobs.close();
  }
}

/** `OPSDIFF_TIMING=1` prints where a run spends its time, stage by stage, on standard error. */
function stageTimer(env: NodeJS.ProcessEnv | undefined): (stage: string, detail?: string) => void {
  if ((env ?? process.env).OPSDIFF_TIMING !== '1') return () => {};
  let last = performance.now();
  return (stage, detail) => {
    const now = performance.now();
    // With `node --expose-gc`, the heap figure is what the stage left live, not garbage as well.
    (globalThis as { gc?: () => void }).gc?.();
    const heapMb = (process.memoryUsage().heapUsed / 1e6).toFixed(0);
    process.stderr.write(`opsdiff timing: ${stage} ${(now - last).toFixed(0)} ms${detail ? ` (${detail})` : ''}, heap ${heapMb} MB\n`);
    last = performance.now();
  };
}

async function analyzeRevisions(repo: Repository, revs: Revisions, blobs: BlobStore, options: AnalyzeOptions): Promise<Report> {
  const timing = stageTimer(options.env);
  const config = options.config;
  const ruleSettings = config?.rules ?? {};
  const rules = (options.rules ?? RULES).filter((r) => ruleSettings[r.id] !== 'off');
  const catalog = config ? catalogFrom(config) : undefined;
  const exclude = options.exclude ?? DEFAULT_EXCLUDE;
  // Compiled once: the scope is asked of every changed file and every candidate caller.
  const included = options.include?.map((g) => new Minimatch(g, { dot: true })) ?? [];
  const excluded = exclude.map((g) => new Minimatch(g, { dot: true }));
  const isInScope = (path: string) => (included.length === 0 || included.some((m) => m.match(path))) && !excluded.some((m) => m.match(path));

  const changed: ChangedFile[] = [];
  // Every changed source file is accounted for: what the scope leaves out is listed with why.
  const leftOut: SkippedFile[] = [];
  for (const f of await listChangedFiles(repo, revs)) {
    const here = isInScope(f.path);
    if (here && (f.oldPath === null || f.status === 'renamed' || isInScope(f.oldPath))) changed.push(f);
    else leftOut.push({ path: f.path, reason: leftOutReason(here ? f.oldPath! : f.path, excluded) });
  }
  const [baseFiles, headFiles, hunks, commits] = await Promise.all([
    listFiles(repo, revs.base),
    listFiles(repo, revs.head),
    changed.length ? diffHunks(repo, revs, pathsOf(changed)) : Promise.resolve(new Map<string, FileHunks>()),
    listCommits(repo, revs),
  ]);
  timing('changes', `${changed.length} files`);

  const changedPaths = changed.flatMap((f) => [f.path, ...(f.oldPath ? [f.oldPath] : [])]);
  const cache = options.cacheDir ? FactsCache.open(options.cacheDir, (catalog ?? DEFAULT_CATALOG).namePatterns) : undefined;
  const workspace = new Workspace(blobs, { base: revs.base, head: revs.head }, { base: baseFiles, head: headFiles }, changedPaths, { workers: options.workers ?? true, ...(catalog ? { catalog } : {}), ...(cache ? { cache } : {}) });
  try {
    // The first importer search runs in its own git process while this one parses.
    const importerSearch = new AbortController();
    const firstImporterSearch = options.followImporters === false ? undefined : searchImporters(repo, revs, changed.filter((f) => f.status !== 'deleted' && f.status !== 'added').map((f) => f.path), importerSearch.signal);
    // If the run fails before it is awaited, its failure must not surface as an unhandled rejection.
    firstImporterSearch?.catch(() => undefined);
    const failures = await workspace.load(sidesOf(changed));
    timing('load', `${workspace.base.loaded.size} base + ${workspace.head.loaded.size} head files`);

    // An error of opsdiff's own on one file costs that file; its stack is for `--debug`.
    if (options.env?.['OPSDIFF_DEBUG'] === '1') for (const [path, stack] of workspace.internalErrors) process.stderr.write(`opsdiff: internal error while reading ${path}:\n${stack}\n`);
    const skipped: SkippedFile[] = [...leftOut];
    const focus: ChangedFile[] = [];
    for (const f of changed) {
      const reason = failures.get(f.path) ?? (f.oldPath ? failures.get(f.oldPath) : undefined);
      if (reason) skipped.push({ path: f.path, reason });
      // A file whose header says a tool wrote it is left out like the generated directories are.
      else if (f.status !== 'deleted' && workspace.head.loaded.get(f.path)?.generated) skipped.push({ path: f.path, reason: `${LEFT_OUT}generated file` });
      else focus.push(f);
    }

    const baseFileOf = new Map<string, string | null>();
    for (const f of focus) baseFileOf.set(f.path, f.status === 'added' ? null : f.oldPath ?? f.path);
    markTouched(workspace, focus, hunks);
    // The files whose functions are entries, on each side: the analyzed change, then its callers.
    const sides = sidesOf(focus);
    const notes: string[] = [];

    // The analysis asks for what it needs (a callee's file, a declared type, a constant, the
    // classes implementing an interface); what it asked for is loaded and it asks again, until
    // nothing new is wanted. Only the files on the way are parsed, not every import. First the
    // routes of the changed files' functions (kept from round to round but for those that lacked
    // something) and their settings, then the view and the rules, which may ask for a few more.
    const findImplementers = (names: string[]) => implementersOf(repo, revs, workspace, names, isInScope);
    let round = 0;
    const follow = async (): Promise<boolean> => {
      if (!workspace.wanting) return false;
      if (++round > MAX_ROUNDS) {
        workspace.forgetWanted();
        return false;
      }
      const loaded = await workspace.loadWanted(findImplementers);
      timing(`follow ${round}`, `${loaded} files; ${workspace.base.loaded.size} base + ${workspace.head.loaded.size} head loaded`);
      return true;
    };
    do {
      do {
        workspace.base.model.summaries.prepare(sides.base);
        workspace.head.model.summaries.prepare(sides.head);
      } while (await follow());
      // The settings once the routes are settled: they are read anew each time (the routes are kept).
      settingSites(workspace.base.model, sides.base);
      settingSites(workspace.head.model, sides.head);
    } while (await follow());
    timing('routes', `${round} rounds`);

    // Callers of the changed files in files the change did not touch: a helper whose body changed
    // multiplies its I/O in every loop that calls it, wherever that loop is. A caller matters only
    // through its calls into the changed files: what else it calls is answered from what is loaded.
    const budget = { capped: false };
    const importers = firstImporterSearch ? await findImporters(repo, revs, workspace, focus, isInScope, firstImporterSearch, importerSearch, budget) : [];
    timing('importers', `${importers.length} importers; ${workspace.head.loaded.size} head files loaded`);
    for (const p of importers) baseFileOf.set(p, p);
    sides.base.push(...importers);
    sides.head.push(...importers);

    let view: ChangeView;
    let all: Finding[] | undefined;
    for (;;) {
      view = viewOf(workspace, sides, focus, baseFileOf, hunks);
      timing('view', `${view.entries.length} entries`);
      all = workspace.wanting ? undefined : collectFindings(rules, view, ruleSettings, config);
      if (all) timing('rules', `${all.length} findings`);
      if (!(await follow())) break;
    }
    all ??= collectFindings(rules, view, ruleSettings, config);
    if (workspace.base.model.summaries.depthCut || workspace.head.model.summaries.depthCut) notes.push(`call chains deeper than ${MAX_CALL_DEPTH} calls were followed that far: I/O beyond them is not seen`);
    if (round > MAX_ROUNDS) notes.push(`files more than ${MAX_ROUNDS} steps of calls, types and imports away from the change were not loaded: what they do is unknown here`);

    // The search for callers is bounded so that cost follows the change: say so when it stopped short.
    if (budget.capped) notes.push(`callers in files the change did not touch: the search stopped at its budget (${MAX_IMPORTERS} callers, ${MAX_CANDIDATES} candidate files), so a loop in a caller beyond it is not seen`);
    // Judgements written in the code, then the accepted findings of a baseline.
    const directives = new Map<string, Directive[]>();
    for (const path of sides.head) {
      const d = workspace.head.facts(path)?.directives;
      if (d?.length) directives.set(path, d);
    }
    const suppression = applySuppressions(all, directives, (file, line) => view.isChanged('head', file, line));
    notes.push(...suppression.notes);
    if (suppression.suppressed.length) notes.push(`${plural(suppression.suppressed.length, 'finding')} suppressed in the code (opsdiff-ignore)`);
    const findings = options.baseline ? suppression.kept.filter((f) => !options.baseline!.has(f.fingerprint)) : suppression.kept;
    if (findings.length < suppression.kept.length) notes.push(`${plural(suppression.kept.length - findings.length, 'finding')} accepted in the baseline`);
    await attachSnippets(blobs, revs.head, findings);
    timing('report', `${view.entries.length} entries, ${findings.length} findings${cache ? `; facts cache: ${cache.stats.hits} read, ${cache.stats.written} written` : ''}`);

    const commitInfos = classifyCommits(commits, { ...options.origin, ...(config?.origin.length ? { extraPatterns: [...(options.origin?.extraPatterns ?? []), ...config.origin] } : {}) });
    await attributeCommits(repo, revs, findings, commitInfos, view.isChanged);
    timing('origin');

    const risk = findings.reduce<Risk>((r, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[r] ? f.severity : r), 'none');
    return {
      schemaVersion: 1,
      tool: { name: 'opsdiff', version: VERSION },
      base: revs.base,
      head: revs.head,
      files: { analyzed: focus.map((f) => f.path).sort(), skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : 1)) },
      commits: commitInfos,
      findings,
      rules: rules.map(ruleMeta),
      summary: { risk, findings: findings.length },
      notes,
    };
  } finally {
    workspace.close();
    cache?.close();
  }
}

async function listFiles(repo: Repository, rev: string): Promise<Set<string>> {
  const out = rev === 'INDEX' ? await repo.run(['ls-files', '-z', '--cached']) : await repo.run(['ls-tree', '-r', '-z', '--name-only', '--full-tree', rev], { allowedExitCodes: [0, 128] });
  return new Set(out.split('\0').filter(Boolean));
}

/**
 * The files of the head revision with classes that implement these interfaces (`implements ...
 * IName`), found by one search; asked for when a call goes through a receiver of an interface type
 * (a service holds `store: IUserStore`: what its methods do is in the class that implements it).
 */
async function implementersOf(repo: Repository, revs: Revisions, workspace: Workspace, names: string[], isInScope: (p: string) => boolean): Promise<string[]> {
  // One search for lines with `implements` and a name as words (fixed strings: about twice as fast as a
  // regular expression); per interface, only the implementers the model follows are loaded.
  const needles = names.filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)).slice(0, MAX_INTERFACES);
  const lines = (await grepWordLines(repo, revs.head, 'implements', needles, SOURCE_GLOBS)).filter((l) => isInScope(l.path));
  const files = new Set<string>();
  for (const name of needles) {
    const word = new RegExp(`(?<![\\w$])${name}(?![\\w$])`);
    // The class is on the line unless the clause wrapped (`class X\n  implements Y`): then only its path tells a stand-in.
    const found = lines.filter((l) => word.test(l.text.slice(l.text.indexOf('implements')))).map((l) => ({ file: l.path, cls: /\bclass\s+([\w$]+)/.exec(l.text)?.[1] ?? '' }));
    for (const impl of followedImplementers(found)) files.add(impl.file);
  }
  return [...files].filter((p) => !workspace.head.loaded.has(p)).slice(0, MAX_IMPLEMENTERS);
}

/** The paths of changed files on each side: base names (before renames), and head names. */
function sidesOf(files: ChangedFile[]): { base: string[]; head: string[] } {
  return {
    base: files.filter((f) => f.status !== 'added' && f.oldPath).map((f) => f.oldPath!),
    head: files.filter((f) => f.status !== 'deleted').map((f) => f.path),
  };
}

/** A configured client becomes a catalog entry; named exports default by their shape (`createX` a factory, `X` a class). */
function catalogFrom(config: ResolvedConfig): Catalog {
  const libraries: ClientLibrary[] = config.clients.map((c) => ({
    label: c.label ?? c.module.replace(/^@/, '').split('/').pop() ?? c.module,
    modules: [c.module],
    kind: c.kind,
    exports: c.exports ?? { default: 'handle', '*': 'handle' },
    otherExports: (name: string) => (/^(create|make|new|connect|get)[A-Z]/.test(name) ? 'factory' : /^[A-Z]/.test(name) ? 'constructor' : 'handle'),
    ...(c.methods ? { only: c.methods } : {}),
    ...(c.batches ? { batches: c.batches } : {}),
    ignore: ['on', 'once', 'off', 'emit', 'close', 'quit', 'disconnect'],
  }));
  const names = config.names.map((n) => ({ pattern: new RegExp(n.pattern), kind: n.kind, label: n.kind, methods: new RegExp(n.methods ?? '.') }));
  return new Catalog(libraries, names);
}

/** The head lines a code frame needs, read once per file. */
async function attachSnippets(blobs: BlobStore, head: string, findings: Finding[]): Promise<void> {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) if (f.side === 'head') byFile.set(f.location.file, [...(byFile.get(f.location.file) ?? []), f]);
  await Promise.all(
    [...byFile].map(async ([file, list]) => {
      const blob = await blobs.read(head, file);
      if (blob?.kind !== 'text') return;
      const lines = blob.text.split('\n');
      for (const f of list) {
        const wanted = new Set([f.location.line, ...f.related.filter((r) => r.side === 'head' && r.file === file).map((r) => r.line)]);
        f.snippet = [...wanted].sort((a, b) => a - b).filter((n) => lines[n - 1] !== undefined).map((n) => ({ line: n, text: lines[n - 1]!.replace(/\s+$/, '') }));
      }
    }),
  );
}

/**
 * The functions the change touched, on either side (a removed line in base, an added one in head):
 * what they reach is loaded as the analysis asks for it. The rest is answered from what is loaded,
 * the same on both sides, unless a touched function calls it.
 */
function markTouched(workspace: Workspace, focus: ChangedFile[], hunks: Map<string, FileHunks>): void {
  const touched = new Set<string>();
  const baseToHead = renamedTo(focus);
  for (const f of focus) {
    const h = hunks.get(f.path);
    if (!h) continue;
    const basePath = f.oldPath ?? f.path;
    if (f.status !== 'deleted') for (const fn of workspace.head.facts(f.path)?.functions ?? []) if (spanTouched(fn.span, h.added, h.deletedAfter)) touched.add(`${f.path}\0${fn.id}`);
    if (f.status !== 'added') for (const fn of workspace.base.facts(basePath)?.functions ?? []) if (spanTouched(fn.span, h.removed)) touched.add(`${f.path}\0${fn.id}`);
  }
  workspace.head.model.touched = (file, id) => touched.has(`${file}\0${id}`);
  workspace.base.model.touched = (file, id) => touched.has(`${baseToHead.get(file) ?? file}\0${id}`);
  const changedHead = new Set(focus.map((f) => f.path));
  workspace.head.model.inChange = (file) => changedHead.has(file);
  workspace.base.model.inChange = (file) => changedHead.has(baseToHead.get(file) ?? file);
}

function spanTouched(span: { line: number; endLine: number }, lines: FileHunks['added'], deletedAfter?: number[]): boolean {
  for (let line = span.line; line <= span.endLine; line++) if (lineInRanges(line, lines)) return true;
  return !!deletedAfter?.some((after) => after >= span.line && after < span.endLine);
}

/** Head path by base path, for the changed files that have one. */
function renamedTo(focus: ChangedFile[]): Map<string, string> {
  const baseToHead = new Map<string, string>();
  for (const f of focus) if (f.oldPath) baseToHead.set(f.oldPath, f.path);
  return baseToHead;
}

function viewOf(workspace: Workspace, sides: { base: string[]; head: string[] }, focus: ChangedFile[], baseFileOf: Map<string, string | null>, hunks: Map<string, FileHunks>): ChangeView {
  const baseToHead = renamedTo(focus);
  return buildView({
    base: { model: workspace.base.model, paths: sides.base },
    head: { model: workspace.head.model, paths: sides.head },
    baseFileOf: (f) => baseFileOf.get(f) ?? null,
    isChanged(side, file, line) {
      const h = hunks.get(side === 'head' ? file : baseToHead.get(file) ?? file);
      return !!h && lineInRanges(line, side === 'head' ? h.added : h.removed);
    },
    touches(file, span) {
      const h = hunks.get(file);
      return !!h && spanTouched(span, h.added, h.deletedAfter);
    },
  });
}

function collectFindings(rules: readonly Rule[], view: ChangeView, overrides: Record<string, 'off' | Severity>, config: ResolvedConfig | undefined): Finding[] {
  const byPlace = new Map<string, Finding>();
  for (const rule of rules) {
    const meta = ruleMeta(rule);
    const found = rule.check(view, optionsOf(rule, configuredOptions(config, rule.id)));
    view.options.clear();
    for (const rf of found) {
      const finding: Finding = {
        ruleId: rule.id,
        category: rule.category,
        severity: overrides[rule.id] && overrides[rule.id] !== 'off' ? (overrides[rule.id] as Severity) : rf.severity,
        location: { file: rf.at.file, line: rf.at.span.line, column: rf.at.span.column, endLine: rf.at.span.endLine, endColumn: rf.at.span.endColumn },
        side: rf.at.side,
        message: renderMessage(rule.messages[rf.messageId as keyof typeof rule.messages] ?? rf.messageId, rf.data),
        effect: rf.effect,
        before: rf.before,
        after: rf.after,
        related: rf.related,
        why: meta.why,
        fix: meta.fix,
        helpUri: meta.helpUri,
        fingerprint: createHash('sha256').update(`${rule.id}\0${rf.at.file}\0${rf.identity}`).digest('hex').slice(0, 32),
        commits: [],
      };
      // One finding per place and effect: the same I/O reached from several entries is one risk
      // (two settings of one call that land on one line stay two).
      const option = finding.before?.option ?? finding.after?.option ?? '';
      const place = `${rule.id}\0${finding.location.file}\0${finding.location.line}\0${finding.effect.callee}\0${String(option)}`;
      // Keep the most severe; among equals, the most specific entry (the shortest call path).
      const prev = byPlace.get(place);
      const kept = !prev || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[prev.severity] || (finding.severity === prev.severity && pathLength(finding) < pathLength(prev)) ? finding : prev;
      // The other finding's places stay listed (the consumers of one shared setting, each `used by:`).
      if (prev) kept.related = mergeRelated(kept.related, kept === finding ? prev.related : finding.related);
      byPlace.set(place, kept);
    }
  }
  return [...byPlace.values()].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : a.location.line - b.location.line));
}

function mergeRelated(a: Finding['related'], b: Finding['related']): Finding['related'] {
  const keyOf = (r: Finding['related'][number]) => `${r.side}\0${r.file}\0${r.line}\0${r.message}`;
  const seen = new Set(a.map(keyOf));
  const out = [...a];
  for (const r of b) {
    if (seen.has(keyOf(r))) continue;
    seen.add(keyOf(r));
    out.push(r);
  }
  return out;
}

function pathLength(f: Finding): number {
  const path = f.after?.path;
  return typeof path === 'string' ? path.split(' -> ').length : 0;
}

/**
 * Names the commits in base..head that wrote each finding's lines, and their origin. A finding
 * is attributed through the first changed line among its location and its related places (the
 * I/O line may have only moved; the loop or the call that put it there is what changed). A
 * changed head line is credited to the commit that wrote it (blame), a removed base line to the
 * commit that removed it (reverse blame): removed code has an author too.
 */
async function attributeCommits(repo: Repository, revs: Revisions, findings: Finding[], commits: CommitInfo[], isChanged: ChangeView['isChanged']): Promise<void> {
  if (revs.head === 'INDEX' || commits.length === 0) return;
  const origins = new Map(commits.map((c) => [c.sha, c.origin]));
  const credit = (finding: Finding, sha: string) => {
    finding.commits = [sha];
    const origin = origins.get(sha);
    if (origin) finding.origin = origin;
  };
  const toBlame: Array<{ finding: Finding; place: ChangedPlace }> = [];
  for (const f of findings) {
    const place = changedPlace(f, isChanged);
    if (!place) continue;
    // One commit wrote (or removed) every changed line: no blame needed.
    if (commits.length === 1) credit(f, commits[0]!.sha);
    else toBlame.push({ finding: f, place });
  }
  await Promise.all(
    groupBySideAndFile(toBlame).map(async ({ side, file, list }) => {
      const blame = side === 'head' ? blameLines : removingCommits;
      const lines = await blame(repo, revs, file, list.map((x) => x.place.line));
      for (const { finding, place } of list) {
        const sha = lines.get(place.line);
        if (sha) credit(finding, sha);
      }
    }),
  );
}

interface ChangedPlace {
  side: 'base' | 'head';
  file: string;
  line: number;
}

/** One blame per file and side. */
function groupBySideAndFile<T extends { place: ChangedPlace }>(items: T[]): Array<{ side: ChangedPlace['side']; file: string; list: T[] }> {
  const groups = new Map<string, { side: ChangedPlace['side']; file: string; list: T[] }>();
  for (const item of items) {
    const key = `${item.place.side}\0${item.place.file}`;
    const group = groups.get(key) ?? { side: item.place.side, file: item.place.file, list: [] };
    group.list.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The finding's own line, then its related head lines, then its related base lines: the first the change touched. */
function changedPlace(f: Finding, isChanged: ChangeView['isChanged']): ChangedPlace | undefined {
  const places = [
    { side: f.side, file: f.location.file, line: f.location.line },
    ...f.related.filter((r) => r.side === 'head'),
    ...f.related.filter((r) => r.side === 'base'),
  ];
  const changed = places.find((p) => isChanged(p.side, p.file, p.line));
  return changed && { side: changed.side, file: changed.file, line: changed.line };
}
