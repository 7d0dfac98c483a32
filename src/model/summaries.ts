/**
 * Effect paths: for a function, every I/O call it makes directly or through the local functions
 * it calls (in this file or another), with the loops accumulated along the way. Computed lazily,
 * memoized per function; a recursion cycle contributes its effects once.
 */
import type { Span } from './facts.js';
import { multiplicityOf, compareMultiplicity, type LoopRef, type Multiplicity } from './multiplicity.js';
import type { Effect, RevisionModel } from './program.js';

export interface PathStep {
  file: string;
  fnId: string; // the caller
  callText: string; // `discountFor`, `this.rulesFor`
  span: Span;
  targetId: string;
}

export interface EffectPath {
  effect: Effect;
  /** The function that makes the I/O call, and the call itself. */
  file: string;
  fnId: string;
  /** The span of that function: a finding points at the I/O call when its function changed. */
  fnSpan: Span;
  callText: string;
  span: Span;
  loops: LoopRef[];
  steps: PathStep[];
}

/**
 * One path per I/O call site (its most multiplied route) keeps a summary linear in the number of
 * call sites reachable, and the same in base and head; the cap is only a safety valve.
 */
const MAX_SITES_PER_FUNCTION = 5000;

export class Summaries {
  private readonly memo = new Map<string, EffectPath[]>();
  private readonly inProgress = new Set<string>();

  constructor(readonly model: RevisionModel) {}

  of(file: string, fnId: string): EffectPath[] {
    const key = `${file}\0${fnId}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    if (this.inProgress.has(key)) return []; // recursion: the outer visit already counts these effects
    this.inProgress.add(key);
    const paths = this.compute(file, fnId);
    this.inProgress.delete(key);
    this.memo.set(key, paths);
    return paths;
  }

  private compute(file: string, fnId: string): EffectPath[] {
    const fn = this.model.functionFact(file, fnId);
    if (!fn) return [];
    const out: EffectPath[] = [];
    for (const call of fn.calls) {
      const loops: LoopRef[] = call.loops.map((i) => ({ ...fn.loops[i]!, file, fnId }));
      const target = this.model.classifyCall(call, file);
      if (target.type === 'effect') {
        out.push({ effect: target.effect, file, fnId, fnSpan: fn.span, callText: call.text, span: call.span, loops, steps: [] });
      } else if (target.type === 'local') {
        // A call through an interface may run any implementer: each contributes its effects.
        for (const callee of [target, ...(target.also ?? [])]) {
          const step: PathStep = { file, fnId, callText: call.text, span: call.span, targetId: callee.id };
          for (const inner of this.of(callee.file, callee.id)) {
            out.push({ ...inner, loops: [...loops, ...inner.loops], steps: [step, ...inner.steps] });
          }
        }
      }
    }
    return prune(out);
  }
}

/** The most multiplied route to each call site (the shortest among equals, for a stable message). */
function prune(paths: EffectPath[]): EffectPath[] {
  if (paths.length < 2) return paths;
  const best = new Map<string, { p: EffectPath; m: Multiplicity }>();
  for (const p of paths) {
    const key = `${p.file}:${p.span.line}:${p.span.column}`;
    const prev = best.get(key);
    if (!prev) {
      best.set(key, { p, m: multiplicityOf(p.loops) });
      continue;
    }
    const m = multiplicityOf(p.loops);
    const order = compareMultiplicity(m, prev.m);
    if (order > 0 || (order === 0 && p.steps.length < prev.p.steps.length)) best.set(key, { p, m });
  }
  const list = [...best.values()];
  if (list.length > MAX_SITES_PER_FUNCTION) list.sort((a, b) => compareMultiplicity(b.m, a.m)).length = MAX_SITES_PER_FUNCTION;
  return list.map((x) => x.p);
}
