/**
 * Effect paths: for a function, every I/O call it makes directly or through the local functions
 * it calls (in this file or another), with the loops accumulated along the way. Computed lazily,
 * memoized per function; a recursion cycle contributes its effects once.
 *
 * Higher-order helpers: a function also summarizes where it invokes its own parameters
 * (`mapper(values[i])` inside a loop over `values`, directly or in a nested worker). A call made
 * inside a callback passed to such a helper runs inside the helper's loops, read as the caller's
 * arguments (`once per item of \`threads\``); passed to anything else, it runs once, where it is.
 */
import type { CallbackRef, CallFact, FunctionFact, KeyTree, Span } from './facts/index.js';
import { isLimiter, limiterModule } from './facts/calls.js';
import { multiplicityOf, compareMultiplicity, type LoopRef, type Multiplicity } from './multiplicity.js';
import type { CallTarget, Effect, RevisionModel } from './program.js';
import { Evaluator } from './settings.js';
import { own } from './own.js';

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
  /** The calls whose callback argument the I/O call sits in, outermost first (`withRetries(() => api.get(u))`): they decide how it runs. */
  handedTo?: string[];
  /** Somewhere on the way, a call made only when something failed (in a `catch` block): it runs per failure. */
  onError?: boolean;
  /**
   * A memoized load on the way (`if (!this._projects) this._projects = await load()`): it runs once per
   * object or process, so the loops of the callers above it do not multiply it.
   */
  memo?: boolean;
  /** A call on the way is made only for keys missing from a cache that it fills: once per key not yet cached. */
  cached?: boolean;
  /** A call on the way starts a promise nobody waits for (`refresh().catch(log)`): the rest runs in the background. */
  detached?: boolean;
  /** The route runs a fallback because this caller on it (a function, by its span) did not give what would have spared it (a prefetched map). */
  fallbackIn?: { file: string; span: Span };
  /** A fallback made only when parameter `index` of `fnId` (of `file`) is not given: its callers decide. */
  unless?: { file: string; fnId: string; index: number; path?: string[] };
}

/**
 * One path per I/O call site (its most multiplied route) keeps a summary linear in the number of
 * call sites reachable, and the same in base and head; the cap is only a safety valve.
 */
const MAX_SITES_PER_FUNCTION = 5000;
/**
 * Calls followed in a row from an entry. Deeper chains (a generated file of 6,000 functions each
 * calling the next) would overflow the stack; beyond this the route is cut, like a recursion, and
 * the report says so.
 */
export const MAX_CALL_DEPTH = 200;

/** A call of a function with the loops it runs in and what it calls. */
interface Classified {
  call: CallFact;
  loops: LoopRef[];
  target: CallTarget;
  /** Made in a callback that its callee runs only for keys not yet cached, or in the background. */
  damped?: Damped;
}

type Damped = Pick<EffectPath, 'cached' | 'detached'>;

/** The cached and detached marks of a call (and of the callback it sits in). */
function dampedBy(call: Pick<CallFact, 'cached' | 'detached'>, also?: Damped): Damped {
  const out: Damped = {};
  if (call.cached || also?.cached) out.cached = true;
  if (call.detached || also?.detached) out.detached = true;
  return out;
}

/** Where a function runs a parameter of `owner` (itself, or the function a nested one belongs to), with the loops around it. */
interface Invocation {
  file: string;
  owner: string;
  index: number;
  loops: LoopRef[];
  /** Where it runs the parameter only for keys not yet cached, or in the background. */
  cached?: boolean;
  detached?: boolean;
}

/** What a helper given a callback does with it: the invocation that runs it most, and the loops it adds around the callback. */
interface HelperRun {
  inv: Invocation;
  added: LoopRef[];
}

export class Summaries {
  private readonly memo = new Map<string, EffectPath[]>();
  private readonly invocationMemo = new Map<string, Invocation[]>();
  /** Per function whose routes met a recursion cut short, its calls as `of` classified them: `alternatesOf` follows them again without classifying each call twice. */
  private readonly classified = new Map<string, Classified[]>();
  private readonly inProgress = new Set<string>();
  /** How many times `of` met a function still being computed (a recursion cut short with no paths). */
  private recursionCuts = 0;
  /** Calls being followed in a row now; and whether a chain was ever cut at MAX_CALL_DEPTH. */
  private callDepth = 0;
  depthCut = false;
  /**
   * Per function, the routes `compute` followed before pruning, when some were pruned and no recursion
   * was cut short meanwhile: `alternatesOf` would follow the same calls into the same memoized
   * summaries and find exactly these, so it reads them instead. Once read (like `classified`), they
   * give way to the answer, in `alternates`.
   */
  private readonly unpruned = new Map<string, EffectPath[]>();
  private readonly alternates = new Map<string, EffectPath[]>();
  private evaluator?: Evaluator;
  /**
   * Functions whose answer lacked a file or a search not loaded yet (the loader's misses grew while
   * it was found, or it used such an answer): forgotten by `forgetIncomplete`, once more is loaded.
   */
  private readonly incomplete = new Set<string>();
  /** How many times an incomplete answer was used (a use taints the answer that uses it). */
  private incompleteUses = 0;
  /** Functions answered quietly (not touched, nor called from a touched one) that lacked something: a touched caller asks again. */
  private readonly quietlyIncomplete = new Set<string>();
  private quietUses = 0;
  /** Whether the function being followed is answered quietly; undefined at the top (an entry asked by the view or a rule). */
  private quietContext: boolean | undefined;

  constructor(readonly model: RevisionModel) {}

  private get missCount(): number {
    return (this.model.loader.misses ?? 0) + (this.model.loader.quietMisses ?? 0) + this.model.lackingUses + this.incompleteUses + this.quietUses;
  }

  private get quietCount(): number {
    return (this.model.loader.quietMisses ?? 0) + this.quietUses;
  }

  /** Quiet unless the change touched this function or a function being followed for a touched one asks (src/model/program.ts `touched`). */
  private isQuiet(file: string, fnId: string): boolean {
    return this.quietContext !== false && !this.model.touched(file, fnId);
  }

  private inContext<T>(quiet: boolean, run: () => T): T {
    const outer = this.quietContext;
    this.quietContext = quiet;
    try {
      return this.model.quietly(quiet, run);
    } finally {
      this.quietContext = outer;
    }
  }

  private forget(key: string): void {
    this.memo.delete(key);
    this.invocationMemo.delete(key);
    this.classified.delete(key);
    this.unpruned.delete(key);
    this.alternates.delete(key);
    this.incomplete.delete(key);
    this.quietlyIncomplete.delete(key);
  }

  /**
   * The routes of every function of these files, and their alternates: what the view asks of them,
   * asked ahead (answers are kept), so that what they need is noted as wanted in one pass.
   */
  prepare(paths: readonly string[]): void {
    for (const path of paths) {
      for (const fn of this.model.loader.facts(path)?.functions ?? []) {
        this.of(path, fn.id);
        this.alternatesOf(path, fn.id);
      }
    }
  }

  /** Drops the answers found while something they needed was not loaded; the rest stay. */
  forgetIncomplete(): void {
    for (const key of [...this.incomplete]) this.forget(key);
  }

  /**
   * A loop over a parameter that defaults to a list of constants from another file is bounded by
   * its length; a parallel loop that runs its work through a limiter another module exports
   * (`export const limiter = new Bottleneck(...)`) is limited by it.
   */
  private bounded(loop: LoopRef): LoopRef {
    if (loop.limiterImport && !loop.concurrency) {
      const shared = this.sharedLimiter(loop.file, loop.limiterImport);
      if (shared) loop = { ...loop, concurrency: shared.module, ...(shared.limit !== undefined ? { sharedLimit: shared.limit } : {}) };
    }
    if (!loop.domain || loop.bound === 'literal') return loop;
    this.evaluator ??= new Evaluator(this.model);
    const list = this.evaluator.evaluate(loop.domain, loop.file);
    if (loop.domainKeys) {
      const constant = list.k === 'obj' && !list.opaque && list.props.size > 0 && [...list.props.values()].every((x) => x.k === 'str' || x.k === 'num' || x.k === 'bool' || x.k === 'obj');
      return constant ? { ...loop, bound: 'literal', count: list.props.size } : loop;
    }
    if (list.k !== 'arr' || list.items.length < 2 || !list.items.every((x) => x.k === 'str' || x.k === 'num')) return loop;
    return { ...loop, bound: 'literal', count: list.items.length };
  }

  /**
   * The limiter module (`bottleneck`, `p-limit`) of what `name` of `module` is, seen from `file`
   * (followed through re-exports), with its limit when its construction states one
   * (`pLimit(4)`, `new Bottleneck({ maxConcurrent: 4 })`).
   */
  private sharedLimiter(file: string, ref: { module: string; name: string }, depth = 0): { module: string; limit?: number } | undefined {
    const target = depth < 4 ? this.model.resolveModule(file, ref.module) : undefined;
    const facts = target ? this.model.loader.facts(target, ref.name) : undefined;
    const sym = own(facts?.exports, ref.name);
    if (!sym) return undefined;
    if (sym.t === 'import' && !isLimiter(sym)) return this.sharedLimiter(target!, sym, depth + 1);
    if (!isLimiter(sym)) return undefined;
    const init = own(facts!.constants, own(facts!.exportLocals, ref.name) ?? ref.name);
    this.evaluator ??= new Evaluator(this.model);
    const made = init && this.evaluator.evaluate(init, target!);
    const first = made?.k === 'call' ? made.args[0] : undefined;
    const stated = first?.k === 'obj' ? (first.props.get('maxConcurrent') ?? first.props.get('concurrency')) : first;
    return { module: limiterModule(sym), ...(stated?.k === 'num' && stated.v > 0 ? { limit: stated.v } : {}) };
  }

  of(file: string, fnId: string): EffectPath[] {
    const key = `${file}\0${fnId}`;
    const quiet = this.isQuiet(file, fnId);
    const cached = this.memo.get(key);
    if (cached && !quiet && this.quietlyIncomplete.has(key)) this.forget(key);
    else if (cached) {
      if (this.incomplete.has(key)) this.incompleteUses++;
      if (this.quietlyIncomplete.has(key)) this.quietUses++;
      return cached;
    }
    if (this.inProgress.has(key)) {
      this.recursionCuts++;
      return []; // recursion: the outer visit already counts these effects
    }
    if (this.callDepth >= MAX_CALL_DEPTH) {
      this.recursionCuts++;
      this.depthCut = true;
      return [];
    }
    this.inProgress.add(key);
    const invocations: Invocation[] = [];
    const misses = this.missCount;
    const quietMisses = this.quietCount;
    this.callDepth++;
    let paths: EffectPath[];
    try {
      paths = this.inContext(quiet, () => this.compute(file, fnId, invocations));
    } finally {
      this.callDepth--;
    }
    this.inProgress.delete(key);
    if (this.missCount !== misses) this.incomplete.add(key);
    if (this.quietCount !== quietMisses) this.quietlyIncomplete.add(key);
    this.memo.set(key, paths);
    if (invocations.length) this.invocationMemo.set(key, invocations);
    return paths;
  }

  /** Where a function (or what it calls) invokes parameters, its own or those of the function it is nested in. */
  private invocationsOf(file: string, fnId: string): Invocation[] {
    this.of(file, fnId);
    return this.invocationMemo.get(`${file}\0${fnId}`) ?? [];
  }

  /**
   * The routes of a function to call sites that `of` leaves out: through another of the outermost
   * loops (two loops of an entry that both reach one query are two risks). For the fan-out rule;
   * the other rules see one route per call site.
   */
  alternatesOf(file: string, fnId: string): EffectPath[] {
    const key = `${file}\0${fnId}`;
    const chosen = new Set(this.of(file, fnId).map(routeKey));
    const known = this.alternates.get(key);
    if (known) {
      if (this.incomplete.has(key)) this.incompleteUses++;
      return known;
    }
    const misses = this.missCount;
    let all = this.unpruned.get(key);
    if (all) this.unpruned.delete(key);
    else {
      // Neither kept: compute pruned nothing (each route is the chosen one of its site), or there is no such function.
      const classified = this.classified.get(key);
      const fn = classified && this.model.functionFact(file, fnId);
      if (!fn || !classified) return [];
      this.classified.delete(key);
      all = [];
      const found = all;
      this.inContext(this.isQuiet(file, fnId), () => {
        for (const c of classified) this.follow(file, fnId, fn, c, found, []);
      });
    }
    const best = new Map<string, { p: EffectPath; m: Multiplicity }>();
    for (const p of all) {
      const key = routeKey(p);
      if (chosen.has(key)) continue;
      const m = multiplicityOf(p.loops);
      const prev = best.get(key);
      if (!prev || better(p, m, prev)) best.set(key, { p, m });
    }
    const found = [...best.values()].map((x) => x.p);
    if (this.missCount !== misses) this.incomplete.add(key);
    this.alternates.set(key, found);
    return found;
  }

  private compute(file: string, fnId: string, invocations: Invocation[]): EffectPath[] {
    const fn = this.model.functionFact(file, fnId);
    if (!fn) return [];
    const out: EffectPath[] = [];
    const classified: Classified[] = [];
    const cuts = this.recursionCuts;
    // The calls made inside one callback share its CallbackRef: what its helper does with it is found once.
    const helperRuns = new Map<CallbackRef, HelperRun | null>();
    // One LoopRef per loop of the function, shared by the calls in it (routes never change a loop in place).
    const loopRefs: LoopRef[] = [];
    for (const call of fn.calls) {
      const own: LoopRef[] = call.loops.map((i) => (loopRefs[i] ??= this.bounded({ ...fn.loops[i]!, file, fnId })));
      const inside = call.callbacks ? this.inCallbacks(call, own, file, helperRuns) : { loops: own };
      if (!inside) continue;
      const c: Classified = { call, loops: inside.loops, target: this.model.classifyCall(call, file), ...(inside.damped ? { damped: inside.damped } : {}) };
      classified.push(c);
      this.follow(file, fnId, fn, c, out, invocations);
    }
    const key = `${file}\0${fnId}`;
    const pruned = prune(out);
    // Every route kept (nothing pruned): each is the chosen one of its call site, so there are no alternates.
    if (this.recursionCuts !== cuts) this.classified.set(key, classified);
    else if (pruned.length !== out.length) this.unpruned.set(key, out);
    return pruned;
  }

  /** The routes one classified call adds (to `out`), and where it runs parameters (to `invocations`). */
  private follow(file: string, fnId: string, fn: FunctionFact, { call, loops: own, target, damped: around }: Classified, out: EffectPath[], invocations: Invocation[]): void {
    const damped = dampedBy(call, around);
    // A call not awaited (`models.update(row, changes);` in a loop): the loop does not wait for it, its I/O runs all at once.
    const loops = call.unawaited ? own.map((l) => (l.parallel ? l : { ...l, parallel: true })) : own;
    if (call.invokes) invocations.push({ file, owner: call.invokes.fnId, index: call.invokes.index, loops, ...damped });
    if (target.type === 'effect') {
      out.push({ effect: target.effect, file, fnId, fnSpan: fn.span, callText: call.text, span: call.span, loops, steps: [], ...(call.callbacks ? { handedTo: call.callbacks.map((cb) => cb.text) } : {}), ...(call.onError ? { onError: true } : {}), ...(call.unless ? { unless: { file, ...call.unless } } : {}), ...(call.memo ? { memo: true } : {}), ...damped });
    } else if (target.type === 'local') {
      // A call through an interface may run any implementer: each contributes its effects.
      for (const callee of [target, ...(target.also ?? [])]) {
        const step: PathStep = { file, fnId, callText: call.text, span: call.span, targetId: callee.id };
        for (const inner of this.of(callee.file, callee.id)) {
          // A fallback of the callee for a parameter this call gives (a prefetched map) does not run; one
          // for a parameter it leaves out runs as any call does.
          const { unless, ...rest } = inner;
          const decided = !!unless && unless.file === callee.file && unless.fnId === callee.id;
          if (decided && gives(call, unless)) continue;
          const own = call.unless ? { unless: { file, ...call.unless } } : undefined;
          const keep = own ?? (unless && !decided ? { unless } : {});
          // Below a memoized load, the loops of this function's callers do not count; this call's own still do.
          const below = givenLists(inner.loops, call, { file, fnId }, callee);
          out.push({ ...rest, ...keep, ...(decided ? { fallbackIn: { file, span: fn.span } } : {}), ...(call.memo ? { memo: true } : {}), loops: inner.memo ? below : [...loops, ...below], steps: [step, ...inner.steps], ...(call.onError ? { onError: true } : {}), ...damped });
        }
        for (const inv of this.invocationsOf(callee.file, callee.id)) {
          if (inv.file === callee.file && inv.owner === callee.id) {
            // The callee runs its parameter; if this call handed it one of ours, that is where we run it.
            for (const pass of call.passes ?? []) {
              if (pass.arg === inv.index) invocations.push({ file, owner: pass.fnId, index: pass.index, loops: [...loops, ...inv.loops], ...dampedBy(inv, damped) });
            }
          } else invocations.push({ ...inv, loops: [...loops, ...inv.loops], ...dampedBy(inv, damped) });
        }
      }
    }
  }

  /**
   * The loops of a call made inside callbacks: each callback passed to a local function that runs
   * it in loops adds those loops where the callback starts. Null for a function passed by
   * reference that its callee is not seen to run.
   */
  private inCallbacks(call: CallFact, loops: LoopRef[], file: string, helperRuns: Map<CallbackRef, HelperRun | null>): { loops: LoopRef[]; damped?: Damped } | null {
    let out = loops;
    let damped: Damped | undefined;
    const callbacks = call.callbacks!;
    // Innermost first: each splice leaves the positions of the outer ones as they were.
    for (let i = callbacks.length - 1; i >= 0; i--) {
      const cb = callbacks[i]!;
      let run = helperRuns.get(cb);
      if (run === undefined) helperRuns.set(cb, (run = this.helperRun(cb, call, file)));
      if (run === null) {
        if (call.ifInvoked && i === callbacks.length - 1) return null;
        continue;
      }
      const depth = Math.min(cb.depth, out.length);
      out = [...out.slice(0, depth), ...run.added, ...out.slice(depth)];
      if (run.inv.cached || run.inv.detached) damped = dampedBy(run.inv, damped);
    }
    return damped ? { loops: out, damped } : { loops: out };
  }

  /** Where the function a callback is passed to runs it, and the loops that adds (read as the caller's arguments); null where it is not seen to run it. */
  private helperRun(cb: CallbackRef, call: CallFact, file: string): HelperRun | null {
    const target = this.model.classifyCall({ callee: cb.callee, text: cb.text, span: call.span, loops: [], inFilter: false, arrayArg: false, arg0: null, reference: true }, file);
    // Through an interface, any implementer may be the one that runs it: the most multiplied counts.
    const helpers = target.type === 'local' ? [target, ...(target.also ?? [])] : [];
    const runs = helpers.flatMap((h) => this.invocationsOf(h.file, h.id).filter((inv) => inv.file === h.file && inv.owner === h.id && inv.index === cb.arg).map((inv) => ({ inv, h })));
    if (runs.length === 0) return null;
    const most = runs.reduce((a, b) => (compareMultiplicity(multiplicityOf(b.inv.loops), multiplicityOf(a.inv.loops)) > 0 ? b : a));
    const helper = this.model.functionFact(most.h.file, most.h.id);
    return { inv: most.inv, added: most.inv.loops.map((loop) => asCallerSees(unrooted(loop), helper, cb.args)) };
  }
}

/** A normal route before one made only on failure, then the more multiplied, then the shorter. */
function better(p: EffectPath, m: Multiplicity, prev: { p: EffectPath; m: Multiplicity }): boolean {
  if (!!p.onError !== !!prev.p.onError) return !p.onError;
  const order = compareMultiplicity(m, prev.m);
  if (order !== 0) return order > 0;
  // As often either way: the route the caller waits for, uncached, is the one that costs it.
  const quiet = (x: EffectPath) => !!(x.cached || x.detached);
  if (quiet(p) !== quiet(prev.p)) return !quiet(p);
  return p.steps.length < prev.p.steps.length;
}

/** A call site and the outermost loop a route to it starts in. */
function routeKey(p: EffectPath): string {
  const outer = p.loops[0];
  return `${p.file}:${p.span.line}:${p.span.column}${outer ? `@${outer.file}:${outer.line}:${outer.column}` : ''}`;
}

/**
 * The call gives what a fallback of its callee tests (`unless`): the argument, and when the test is
 * on a property under it (`data.visualExperiments`), that key in an object literal whose keys are
 * all known. An argument of unknown shape is taken as giving it.
 */
function gives(call: CallFact, unless: { index: number; path?: string[] }): boolean {
  if ((call.argc ?? 0) <= unless.index) return false;
  let keys: KeyTree | true | undefined = call.given?.find((g) => g.arg === unless.index)?.keys;
  for (const key of unless.path ?? []) {
    if (keys === undefined || keys === true) return true;
    const next: KeyTree | true | undefined = Object.hasOwn(keys, key) ? keys[key] : undefined;
    if (next === undefined) return false;
    keys = next;
  }
  return true;
}

/**
 * The callee's loops over a parameter this call gives as a list literal (`updateAll([id])`) run as
 * many times as the list is long (a list of one is no loop at all: see multiplicityOf); given one of
 * the caller's own parameters as it is, they are loops over that parameter, for the caller's callers to bound.
 */
function givenLists(loops: LoopRef[], call: CallFact, caller: { file: string; fnId: string }, callee: { file: string; id: string }): LoopRef[] {
  if (!call.given) return loops;
  return loops.map((loop) => {
    if (!loop.param || (loop.paramFile ?? loop.file) !== callee.file || loop.param.fnId !== callee.id) return loop;
    const given = call.given!.find((g) => g.arg === loop.param!.index);
    if (given?.list !== undefined) {
      const { param: _, paramFile: __, ...rest } = loop;
      return { ...rest, bound: 'literal', count: given.list };
    }
    // Re-rooted to the caller's parameter; the loop itself stays where it is (its file, function, line).
    if (given?.param) return { ...loop, param: given.param, paramFile: caller.file };
    const { param: _, paramFile: __, ...rest } = loop;
    return rest;
  });
}

/** A loop without the parameter it was over: where it is composed, that parameter is not the caller's to bound. */
function unrooted(loop: LoopRef): LoopRef {
  if (!loop.param) return loop;
  const { param: _, paramFile: __, ...rest } = loop;
  return rest;
}

/** A helper's loop over its own parameter reads as the caller's argument: `values` -> `accountThreads`. */
function asCallerSees(loop: LoopRef, helper: FunctionFact | undefined, args: string[]): LoopRef {
  const index = helper?.params?.indexOf(loop.over) ?? -1;
  const arg = index >= 0 ? args[index] : undefined;
  return arg ? { ...loop, over: arg } : loop;
}

/**
 * The most multiplied route to each call site (the shortest among equals, for a stable message).
 * A route made only on failure gives way to a normal one, whatever their multiplicities; between
 * routes as multiplied, a cached or background one gives way to one the caller waits for.
 */
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
    if (better(p, m, prev)) best.set(key, { p, m });
  }
  const list = [...best.values()];
  if (list.length > MAX_SITES_PER_FUNCTION) list.sort((a, b) => compareMultiplicity(b.m, a.m)).length = MAX_SITES_PER_FUNCTION;
  return list.map((x) => x.p);
}
