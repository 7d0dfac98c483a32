/**
 * The view the rules see: every entry function of the analyzed files, paired across base and
 * head, with the effect paths reachable from it on each side.
 */
import { pairEntries, type EntryCandidate } from './entries.js';
import type { Summaries } from '../model/summaries.js';
import type { RevisionModel } from '../model/program.js';
import { bareCallSite, pairSettings, settingSites } from '../model/settings.js';
import type { ChangeView, EntryChange } from '../rule.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../config/types.js';

export interface ViewInput {
  base: { model: RevisionModel; paths: string[] };
  head: { model: RevisionModel; paths: string[] };
  /** The base path of a head file (through renames), or null when the file is new. */
  baseFileOf: (headFile: string) => string | null;
  isChanged: ChangeView['isChanged'];
  touches?: ChangeView['touches'];
  thresholds?: Thresholds;
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
  const headSites = settingSites(input.head.model, input.head.paths);
  // A call that already has a head site is not also the bare form of another.
  const claimed = new Map<string, Set<string>>();
  for (const h of headSites) {
    const set = claimed.get(`${h.file}\0${h.fnId}`) ?? new Set<string>();
    set.add(`${h.span.line}:${h.span.column}`);
    claimed.set(`${h.file}\0${h.fnId}`, set);
  }
  // The function a base function became (through renames and moves), as the entry pairing says.
  const headFnOf = new Map<string, { file: string; fnId: string }>();
  for (const p of pairs) if (p.base && p.head) headFnOf.set(`${p.base.file}\0${p.base.fnId}`, { file: p.head.file, fnId: p.head.fnId });
  const bare = (b: { file: string; fnId: string; key: string; identity?: string }) => {
    const file = headFileOf.get(b.file);
    const fn = headFnOf.get(`${b.file}\0${b.fnId}`) ?? (file ? { file, fnId: b.fnId } : undefined);
    if (!fn) return undefined;
    const set = claimed.get(`${fn.file}\0${fn.fnId}`) ?? new Set<string>();
    claimed.set(`${fn.file}\0${fn.fnId}`, set);
    return bareCallSite(input.head.model, fn.file, fn.fnId, b.key, b.identity ?? '', set);
  };
  const baseSites = settingSites(input.base.model, input.base.paths);
  const claimedBase = new Map<string, Set<string>>();
  for (const b of baseSites) {
    const set = claimedBase.get(`${b.file}\0${b.fnId}`) ?? new Set<string>();
    set.add(`${b.span.line}:${b.span.column}`);
    claimedBase.set(`${b.file}\0${b.fnId}`, set);
  }
  const baseFnOf = new Map<string, { file: string; fnId: string }>();
  for (const p of pairs) if (p.base && p.head) baseFnOf.set(`${p.head.file}\0${p.head.fnId}`, { file: p.base.file, fnId: p.base.fnId });
  // The mirror of `bare`: the base form of a call that gained its options in head.
  const bareBase = (h: { file: string; fnId: string; key: string; identity?: string }) => {
    const file = input.baseFileOf(h.file);
    const fn = baseFnOf.get(`${h.file}\0${h.fnId}`) ?? (file ? { file, fnId: h.fnId } : undefined);
    if (!fn) return undefined;
    const set = claimedBase.get(`${fn.file}\0${fn.fnId}`) ?? new Set<string>();
    claimedBase.set(`${fn.file}\0${fn.fnId}`, set);
    return bareCallSite(input.base.model, fn.file, fn.fnId, h.key, h.identity ?? '', set);
  };
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
  return { entries, entryOf, settings, isChanged: input.isChanged, touches, thresholds: input.thresholds ?? DEFAULT_THRESHOLDS };
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
