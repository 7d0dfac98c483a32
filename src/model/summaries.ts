/**
 * Effect paths: for a function, every I/O call it makes directly or through the local functions
 * it calls (in this file or another), with the loops accumulated along the way. Computed lazily,
 * memoized per function; a recursion cycle contributes its effects once.
 */
import type { Span } from './facts.js';
import { multiplicityOf, compareMultiplicity, type LoopRef } from './multiplicity.js';
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

/** Enough to keep every distinct call site with its worst loop nesting, small enough to stay linear. */
const MAX_PATHS_PER_FUNCTION = 200;

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
        const step: PathStep = { file, fnId, callText: call.text, span: call.span, targetId: target.id };
        for (const inner of this.of(target.file, target.id)) {
          out.push({ ...inner, loops: [...loops, ...inner.loops], steps: [step, ...inner.steps] });
        }
      }
    }
    return prune(out);
  }
}

/** One path per (call site, route) with the worst nesting, capped: keeps summaries small on large call graphs. */
function prune(paths: EffectPath[]): EffectPath[] {
  const best = new Map<string, EffectPath>();
  for (const p of paths) {
    const key = `${p.file}:${p.span.line}:${p.span.column}:${p.steps.map((s) => `${s.span.line}:${s.span.column}`).join('>')}`;
    const prev = best.get(key);
    if (!prev || compareMultiplicity(multiplicityOf(p.loops), multiplicityOf(prev.loops)) > 0) best.set(key, p);
  }
  let list = [...best.values()];
  if (list.length > MAX_PATHS_PER_FUNCTION) {
    list = list
      .map((p) => ({ p, m: multiplicityOf(p.loops) }))
      .sort((a, b) => compareMultiplicity(b.m, a.m))
      .slice(0, MAX_PATHS_PER_FUNCTION)
      .map((x) => x.p);
  }
  return list;
}
