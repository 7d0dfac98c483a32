/**
 * The view the rules see: every entry function of the analyzed files, paired across base and
 * head, with the effect paths reachable from it on each side.
 */
import { pairEntries, type EntryCandidate } from './entries.js';
import type { Summaries } from '../model/summaries.js';
import type { RevisionModel } from '../model/program.js';
import { settingSites, type SettingSite } from '../model/settings.js';
import { bareCallSite, pairSettings } from './settings.js';
import { movedCalls, type MovedCall } from './calls.js';
import type { ChangeView, EntryChange } from '../rule.js';
import { OptionsModel } from '../model/options/index.js';

export interface ViewInput {
  base: { model: RevisionModel; paths: string[] };
  head: { model: RevisionModel; paths: string[] };
  /** The base path of a head file (through renames), or null when the file is new. */
  baseFileOf: (headFile: string) => string | null;
  isChanged: ChangeView['isChanged'];
  touches?: ChangeView['touches'];
}

export function buildView(input: ViewInput): ChangeView {
  const baseSummaries = input.base.model.summaries;
  const headSummaries = input.head.model.summaries;
  const pairs = pairEntries(entriesOf(input.base.model, input.base.paths, baseSummaries), entriesOf(input.head.model, input.head.paths, headSummaries), input.baseFileOf);
  const entries: EntryChange[] = pairs.map((p) => ({
    ...(p.base ? { base: p.base } : {}),
    ...(p.head ? { head: p.head } : {}),
    basePaths: p.base ? baseSummaries.of(p.base.file, p.base.fnId) : [],
    headPaths: p.head ? headSummaries.of(p.head.file, p.head.fnId) : [],
    baseAlternates: p.base ? baseSummaries.alternatesOf(p.base.file, p.base.fnId) : [],
    headAlternates: p.head ? headSummaries.alternatesOf(p.head.file, p.head.fnId) : [],
  }));
  const headFileOf = new Map<string, string>();
  for (const h of input.head.paths) {
    const b = input.baseFileOf(h);
    if (b) headFileOf.set(b, h);
  }
  const baseSites = settingSites(input.base.model, input.base.paths);
  const headSites = settingSites(input.head.model, input.head.paths);
  // The function a function became on the other side (through renames and moves), as the entry pairing says.
  const headFnOf = new Map<string, FnRef>();
  const baseFnOf = new Map<string, FnRef>();
  for (const p of pairs) {
    if (!p.base || !p.head) continue;
    headFnOf.set(`${p.base.file}\0${p.base.fnId}`, { file: p.head.file, fnId: p.head.fnId });
    baseFnOf.set(`${p.head.file}\0${p.head.fnId}`, { file: p.base.file, fnId: p.base.fnId });
  }
  // A base call that lost its options, found bare in head; and the mirror: a head call that gained them, bare in base.
  const bare = bareFinder(input.head.model, headSites, headFnOf, (f) => headFileOf.get(f));
  const bareBase = bareFinder(input.base.model, baseSites, baseFnOf, (f) => input.baseFileOf(f) ?? undefined);
  const settings = pairSettings(baseSites, headSites, input.baseFileOf, bare, bareBase);
  const bySide = { base: new Map<string, EntryChange>(), head: new Map<string, EntryChange>() };
  for (const e of entries) {
    const b = e.base && `${e.base.file}\0${e.base.fnId}`;
    const h = e.head && `${e.head.file}\0${e.head.fnId}`;
    if (b && !bySide.base.has(b)) bySide.base.set(b, e);
    if (h && !bySide.head.has(h)) bySide.head.set(h, e);
  }
  const entryOf = (side: 'base' | 'head', file: string, fnId: string) => bySide[side].get(`${file}\0${fnId}`);
  // Without hunks that know deletions, a span is touched where one of its lines changed.
  const touches: ChangeView['touches'] =
    input.touches ??
    ((file, span) => {
      for (let line = span.line; line <= span.endLine; line++) if (input.isChanged('head', file, line)) return true;
      return false;
    });
  const sites = { base: settings.flatMap((p) => (p.base ? [p.base] : [])), head: settings.flatMap((p) => (p.head ? [p.head] : [])) };
  let moved: MovedCall[] | undefined;
  const view: ChangeView = { entries, entryOf, settings, sites, options: new OptionsModel(), isChanged: input.isChanged, touches, movedCalls: () => (moved ??= movedCalls(view)) };
  return view;
}

interface FnRef {
  file: string;
  fnId: string;
}

/**
 * Finds, on one side, the bare form of a call that has options on the other: the same call in the
 * function that side's function became. A call that already has a site on this side is never also
 * the bare form of another, and each bare call is claimed once.
 */
function bareFinder(model: RevisionModel, sites: SettingSite[], fnOf: Map<string, FnRef>, fileOf: (otherFile: string) => string | undefined) {
  const claimed = new Map<string, Set<string>>();
  const claimedIn = (fn: FnRef) => {
    const key = `${fn.file}\0${fn.fnId}`;
    const set = claimed.get(key) ?? new Set<string>();
    claimed.set(key, set);
    return set;
  };
  for (const s of sites) claimedIn(s).add(`${s.span.line}:${s.span.column}`);
  return (other: { file: string; fnId: string; key: string; identity?: string }): SettingSite | undefined => {
    const file = fileOf(other.file);
    const fn = fnOf.get(`${other.file}\0${other.fnId}`) ?? (file ? { file, fnId: other.fnId } : undefined);
    return fn ? bareCallSite(model, fn.file, fn.fnId, other.key, other.identity ?? '', claimedIn(fn), sites) : undefined;
  };
}

function entriesOf(model: RevisionModel, paths: string[], summaries: Summaries): EntryCandidate[] {
  const out: EntryCandidate[] = [];
  for (const path of paths) {
    const facts = model.loader.facts(path);
    if (!facts) continue;
    for (const fn of facts.functions) {
      const keys = new Set(summaries.of(path, fn.id).map((p) => p.effect.key));
      out.push({ file: path, fnId: fn.id, span: fn.span, exported: fn.exported, keys, size: fn.size });
    }
  }
  return out;
}
