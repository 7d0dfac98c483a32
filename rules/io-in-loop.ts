/**
 * io-in-loop: an I/O call (cache, database, network, queue) that now runs more times per
 * invocation of its entry function than before: moved into a loop directly or through a
 * helper, nested one loop deeper, or a batched call replaced by per-item calls. (The same calls
 * made all at once is a concurrency change: rules/concurrency-changed.ts.)
 */
import { defineRule, type ChangeView, type EntryChange, type RuleFinding } from '../src/rule.js';
import { compareMultiplicity, describeMultiplicity, formatMultiplicity, multiplicityOf, type Multiplicity } from '../src/model/multiplicity.js';
import { singlesOf } from '../src/model/program.js';
import type { EffectPath } from '../src/model/summaries.js';
import { groupByKey, outerLoop, pairRoutes, siteIdentity, type Scored } from '../src/match/routes.js';
import { SEVERITY_RANK, type RelatedLocation, type Severity } from '../src/types.js';

type MessageId = 'grew' | 'newInLoop' | 'addedBeside' | 'batchReplaced';

/** The view with this rule's options. */
type View = ChangeView & { smallLoop: number };

export default defineRule<MessageId, { smallLoop: number }>({
  id: 'io-in-loop',
  category: 'fan-out',
  severity: 'high',
  docs: {
    summary: 'A cache, database, network or queue call now runs more times per invocation than before.',
    why: 'Per-item round trips scale with production data, not with what tests use: a 60-item cart makes 60 Redis reads, latency adds up and connection pools run dry.',
    fix: 'Fetch once before the loop (or use the batch form: mget, findMany with in, createMany, addBulk) and look items up in memory; if per-item calls are intended, bound their concurrency.',
    notFor: [
      'Loops that exist to repeat I/O: pagination by cursor or page, polling with a sleep, retry loops.',
      'In-memory structures (Map, lru-cache) read in a loop.',
      'I/O made only when something failed (in a `catch` block or a `.catch()` handler, directly or through a helper): it runs per failure, not per item.',
      'A call that moved out of a loop, or a helper that is still called once.',
      'A call rewritten as another operation of the same client, in the same function, that runs no more often (`redis.get` per key -> `redis.hget` per key).',
      'Small literal lists (`for (const region of ["eu", "us"])`) are reported at low severity only; so is a page-fill loop with a stated bound (`for (let i = 0; i < MAX_FETCHES; i++)` that follows a cursor), as up to that many calls, and a loop over a list the code cuts to a stated size (`ids.slice(0, MAX_IDS)`), at any size.',
      'An existing per-item pipeline that the change calls once more, from a new function or outside any loop: when the loop and every call from it down to the I/O are unchanged, the change added no factor.',
      'A call added to a loop that already made I/O as often (one more Redis command beside the delete each item had) is reported at low severity: the loop costs one more round trip per item, its shape is the same.',
      'A call made for keys missing from a cache that the code fills (`if (!this.byId.has(id))`, `ids.filter((id) => !cache.has(id))`), or in a promise nobody waits for (`refresh().catch(log)`, `void send()`), is reported at low severity: it runs once per key not yet cached, or in the background beside the caller.',
      'Loops over the chunks of a collection (`for (const part of chunk(ids, 500))`, a counter stepping by a batch size): one batch call per chunk is not N+1.',
    ],
  },
  messages: {
    grew: '`{{callee}}` ({{kind}}) now runs {{after}} in `{{entry}}` (was {{before}}){{damped}}{{also}}.',
    newInLoop: 'New `{{callee}}` ({{kind}}) call runs {{after}} in `{{entry}}`{{damped}}{{also}}.',
    addedBeside: 'New `{{callee}}` ({{kind}}) call runs {{after}} in `{{entry}}`, beside `{{existing}}` that the loop already made as often{{damped}}{{also}}.',
    batchReplaced: 'Batched `{{batch}}` was replaced by `{{callee}}` ({{kind}}), which runs {{after}} in `{{entry}}`{{damped}}{{also}}.',
  },
  options: {
    defaults: { smallLoop: 10 },
    schema: { smallLoop: { type: 'integer', minimum: 1, description: 'A loop over a literal list of up to this many items is a small bounded loop (low severity).' } },
  },
  check(changeView, options) {
    const view: View = { ...changeView, smallLoop: options.smallLoop };
    // A new function that an entry of both revisions calls is judged through that caller, where
    // base and head can be compared (a body extracted into a new helper is not new I/O).
    const judgedByCallers = calledFromPairedEntries(view);
    const entries = view.entries.filter((e) => e.base || !e.head || !judgedByCallers.has(`${e.head.file}\0${e.head.fnId}`));
    return oneFindingPerSite(oneFindingPerCause(entries.flatMap((entry) => checkEntry(entry, view))));
  },
});

/** The functions (file and id) that the head routes of entries present in both revisions call. */
function calledFromPairedEntries(view: ChangeView): Set<string> {
  const out = new Set<string>();
  for (const e of view.entries) {
    if (!e.base || !e.head) continue;
    for (const p of [...e.headPaths, ...(e.headAlternates ?? [])]) {
      p.steps.forEach((step, i) => out.add(`${p.steps[i + 1]?.file ?? p.file}\0${step.targetId}`));
    }
  }
  return out;
}

/** A finding and the effect path it is about (its call site, for merging). */
interface Made {
  f: RuleFinding<MessageId>;
  path: EffectPath;
}

function checkEntry(entry: EntryChange, view: View): Made[] {
  if (!entry.head) return [];
  const findings: Made[] = [];
  const add = (f: RuleFinding<MessageId> | undefined, path: EffectPath) => {
    if (f) findings.push({ f, path });
  };
  // I/O made only when something failed runs per failure, not per item: not this rule's count.
  // Each outermost loop that reaches a call site is a route of its own: two loops, two risks.
  const base = groupByKey([...entry.basePaths, ...(entry.baseAlternates ?? [])].filter((p) => !p.onError));
  const head = groupByKey([...entry.headPaths, ...(entry.headAlternates ?? [])].filter((p) => !p.onError));
  const consumedBatches = new Set<EffectPath>();

  for (const [key, headList] of head) {
    const claim = (h: Scored) => {
      if (runsOnce(h)) return false;
      const replaced = replacedBatch(h, base, head, consumedBatches);
      if (!replaced) return false;
      consumedBatches.add(replaced.path);
      add(finding(entry, 'batchReplaced', replaced, h, view, { batch: replaced.path.effect.key }), h.path);
      return true;
    };
    for (const { head: h, base: b } of pairRoutes(base.get(key) ?? [], headList, claim)) {
      if (b) add(compare(entry, b, h, view), h.path);
      else if (isNew(h, base, head, view)) {
        const beside = besideExisting(h, base);
        const f = finding(entry, beside ? 'addedBeside' : 'newInLoop', null, h, view, beside ? { existing: beside.path.effect.key } : {});
        if (beside) f.related.push(located('base', beside.path, `already in the loop: ${beside.path.callText}, ${describeMultiplicity(beside.m)}`));
        add(f, h.path);
      }
    }
  }
  return findings;
}

/** A route that runs once per call: no loop multiplies it. */
function runsOnce(s: Scored): boolean {
  return s.m.degree === 0 && s.m.constant === 1;
}

/** A head route with no base partner that is new fan-out of this change. */
function isNew(h: Scored, base: Map<string, Scored[]>, head: Map<string, Scored[]>, view: ChangeView): boolean {
  if (runsOnce(h)) return false;
  return !batchesSingles(h, base, head) && !rewrittenInPlace(h, base, head) && !unchangedPipeline(h.path, view);
}

/**
 * The loop that multiplies the call, and everything from it down to the call, is code the change
 * did not touch: an existing per-item pipeline (`sendWebhooks` posting to each hook) that the change
 * calls once more, from a new function or a new call outside any loop. Not fan-out of this change.
 */
function unchangedPipeline(p: EffectPath, view: ChangeView): boolean {
  // A fallback that runs because a caller the change touched no longer gives what spared it (the change may be in
  // what that caller builds, not on the route): not an unchanged pipeline.
  if (p.fallbackIn && view.touches(p.fallbackIn.file, p.fallbackIn.span)) return false;
  const factors = multiplicityOf(p.loops).factors;
  const outer = factors[0];
  if (!outer) return false;
  if (factors.some((loop) => view.isChanged('head', loop.file, loop.line))) return false;
  const from = p.steps.findIndex((s) => s.file === outer.file && s.fnId === outer.fnId);
  // The loop is in the function that makes the call (no step from it): only that call matters.
  const below = from < 0 ? (p.file === outer.file && p.fnId === outer.fnId ? [] : null) : p.steps.slice(from);
  if (!below) return false;
  return below.every((s) => !view.isChanged('head', s.file, s.span.line)) && !view.isChanged('head', p.file, p.span.line);
}

/**
 * The outermost loop of a new call already made I/O as often in base (one more Redis command
 * beside the delete each domain already had): the loop's cost grows by a round trip per item, its
 * shape does not. The most multiplied such base route, or undefined.
 */
function besideExisting(h: Scored, base: Map<string, Scored[]>): Scored | undefined {
  const loop = outerLoop(h.path);
  let best: Scored | undefined;
  for (const list of base.values()) {
    for (const b of list) {
      if (b.path.effect.local || outerLoop(b.path) !== loop || compareMultiplicity(b.m, h.m) < 0) continue;
      if (!best || compareMultiplicity(b.m, best.m) > 0) best = b;
    }
  }
  return best;
}

/**
 * A new batch call that takes over per-item calls the head no longer makes as often (`findFirst`
 * per thread -> one `findMany` with `in` before the loop): the upgrade, not a new call.
 */
function batchesSingles(h: Scored, base: Map<string, Scored[]>, head: Map<string, Scored[]>): boolean {
  if (!h.path.effect.batch) return false;
  return singlesOf(h.path.effect).some((single) => {
    const before = base.get(single) ?? [];
    const after = head.get(single) ?? [];
    return before.some((b) => compareMultiplicity(b.m, h.m) >= 0) && after.length < before.length;
  });
}

/**
 * The function that makes the call already did I/O of the same library, at least as often, in
 * base (`repo.remove(items)` rewritten as a query builder's `delete().execute()`, per-group
 * updates rewritten as one `updateMany`): the same work said another way, not a new call.
 */
function rewrittenInPlace(h: Scored, base: Map<string, Scored[]>, head: Map<string, Scored[]>): boolean {
  const site = h.path;
  // The functions below the entry on the head route, the call's own first: the rewrite may sit in any
  // of them (a helper that now reads a junction table where it loaded each row).
  const below = [{ file: site.file, fnId: site.fnId }, ...site.steps.slice(1).map((s) => ({ file: s.file, fnId: s.fnId }))];
  for (const fn of below) {
    for (const [key, list] of base) {
      // Only a call head no longer makes from that function: a second call beside one that stays is new work.
      const kept = new Set((head.get(key) ?? []).filter((x) => passesThrough(x.path, fn)).map((x) => siteIdentity(x.path)));
      for (const b of list) {
        if (b.path.effect.label !== site.effect.label || compareMultiplicity(b.m, h.m) < 0 || kept.has(siteIdentity(b.path))) continue;
        if (passesThrough(b.path, fn)) return true;
      }
    }
  }
  return false;
}

/** The route of `p` runs through the function `fn`. */
function passesThrough(p: EffectPath, fn: { file: string; fnId: string }): boolean {
  return (p.fnId === fn.fnId && p.file === fn.file) || p.steps.some((s) => s.fnId === fn.fnId && s.file === fn.file);
}

function compare(entry: EntryChange, b: Scored, h: Scored, view: View): RuleFinding<MessageId> | undefined {
  if (compareMultiplicity(h.m, b.m) > 0) return finding(entry, 'grew', b, h, view, {});
  return undefined;
}

/** A batch call of the same library that head no longer makes as often, whose per-item form this is. */
function replacedBatch(h: Scored, base: Map<string, Scored[]>, head: Map<string, Scored[]>, consumed: Set<EffectPath>): Scored | undefined {
  for (const [key, list] of base) {
    for (const b of list) {
      if (consumed.has(b.path) || !b.path.effect.batch) continue;
      if (!singlesOf(b.path.effect).includes(h.path.effect.key)) continue;
      const headBatches = (head.get(key) ?? []).filter((x) => x.path.effect.batch).length;
      const baseBatches = list.filter((x) => x.path.effect.batch).length;
      if (headBatches < baseBatches && compareMultiplicity(h.m, b.m) > 0) return b;
    }
  }
  return undefined;
}

function severityOf(messageId: MessageId, b: Scored | null, h: Scored, view: View): Severity {
  const effect = h.path.effect;
  const smallLoop = view.smallLoop;
  const grewDegree = h.m.degree > (b?.m.degree ?? 0);
  // A literal list longer than the configured small-loop size is not "small": one step up. A list the
  // code cuts to a stated size (`ids.slice(0, MAX_IDS)`) is bounded by its author's choice, at any size.
  const uncapped = h.m.factors.reduce((n, f) => (f.bound === 'literal' && !f.capped ? n * Math.max(1, f.count ?? 1) : n), 1);
  const smallOnly = !grewDegree && uncapped <= smallLoop;
  let severity: Severity = smallOnly ? 'low' : !grewDegree ? 'medium' : messageId === 'newInLoop' ? 'medium' : 'high';
  // A batch split into per-item calls is the N+1 itself, unless the items are a small literal list.
  if (messageId === 'batchReplaced' && !smallOnly) severity = 'high';
  // One more round trip per item of a loop that already made them: its cost grows by a constant.
  if (messageId === 'addedBeside') severity = 'low';
  const newFactors = h.m.factors.slice(b?.m.factors.length ?? 0);
  const lower = effect.confidence === 'low' || newFactors.some((f) => f.bound === 'unknown');
  if (lower) severity = severity === 'high' ? 'medium' : 'low';
  if (effect.local) severity = 'low';
  // Behind a per-key cache the author wrote, or in a promise nobody waits for: load, not the caller's latency.
  if (h.path.cached || h.path.detached) severity = 'low';
  return severity;
}

function finding(entry: EntryChange, messageId: MessageId, b: Scored | null, h: Scored, view: View, extra: Record<string, string>): RuleFinding<MessageId> {
  const headEntry = entry.head!;
  const entryName = headEntry.fnId;
  const p = h.path;
  const at = pointAt(p, view);
  const related: RelatedLocation[] = [];
  for (const loop of h.m.factors) {
    related.push({ side: 'head', file: loop.file, line: loop.line, column: loop.column, endLine: loop.line, endColumn: loop.column, message: `loop: ${loop.header}${loop.parallel ? ' (all at once)' : ''}` });
  }
  for (const step of p.steps) {
    if (step.file === at.file && step.span.line === at.span.line) continue;
    related.push({ side: 'head', file: step.file, line: step.span.line, column: step.span.column, endLine: step.span.endLine, endColumn: step.span.endColumn, message: `calls ${step.callText}` });
  }
  if (at.file !== p.file || at.span.line !== p.span.line) {
    related.push({ side: 'head', file: p.file, line: p.span.line, column: p.span.column, endLine: p.span.endLine, endColumn: p.span.endColumn, message: `the ${p.effect.kind} call: ${p.callText}` });
  }
  if (b) {
    const bp = b.path;
    related.push({ side: 'base', file: bp.file, line: bp.span.line, column: bp.span.column, endLine: bp.span.endLine, endColumn: bp.span.endColumn, message: `before: ${bp.callText}, ${describeMultiplicity(b.m)}` });
  }
  return {
    messageId,
    severity: severityOf(messageId, b, h, view),
    data: {
      callee: p.effect.key,
      kind: p.effect.kind,
      entry: entryName,
      after: describeMultiplicity(h.m),
      before: b ? describeMultiplicity(b.m) : 'absent',
      also: '',
      damped: h.path.detached ? ', in a promise nobody waits for' : h.path.cached ? ', for keys not yet in its cache' : '',
      ...extra,
    },
    at,
    related,
    effect: { kind: p.effect.kind, callee: p.effect.key },
    before: b ? side(entry.base?.fnId ?? entryName, b) : null,
    after: side(entryName, h),
    identity: `${entryName}|${p.effect.key}|${messageId}|${siteIdentity(p)}`,
  };
}

function located(side: 'base' | 'head', p: EffectPath, message: string): RelatedLocation {
  return { side, file: p.file, line: p.span.line, column: p.span.column, endLine: p.span.endLine, endColumn: p.span.endColumn, message };
}

function side(entry: string, s: Scored): Record<string, unknown> {
  const p = s.path;
  return {
    multiplicity: formatMultiplicity(s.m),
    summary: describeMultiplicity(s.m),
    path: [entry, ...p.steps.map((st) => st.targetId), p.effect.key].join(' -> '),
    loops: s.m.factors.map((f) => ({ kind: f.kind, over: f.over, file: f.file, line: f.line, parallel: f.parallel, ...(f.concurrency ? { concurrency: f.concurrency } : {}) })),
    ...(s.m.repeats.length ? { repeats: s.m.repeats.map((r) => ({ kind: r.bound, line: r.line, file: r.file })) } : {}),
    site: `${p.file}:${p.span.line}`,
    confidence: p.effect.confidence,
  };
}

/**
 * The I/O call if it, or the function around it, changed (a helper extracted with the call moved
 * into it); otherwise the changed call or loop that put it where it is now.
 */
function pointAt(p: EffectPath, view: ChangeView): RuleFinding['at'] {
  const factors = multiplicityOf(p.loops).factors;
  const inLoopOf = (step: EffectPath['steps'][number]) => factors.some((loop) => loop.file === step.file && loop.fnId === step.fnId);
  // A call in the loop that lost something it passed (`toApi(ctx, item, projectMap)` -> `toApi(ctx, item)`): where the
  // loop meets the change, though no line of it was added.
  const lostArgument = p.steps.find((step) => inLoopOf(step) && !view.isChanged('head', step.file, step.span.line) && view.touches(step.file, step.span));
  if (lostArgument) return { side: 'head', file: lostArgument.file, span: lostArgument.span };
  // A call added to a function that was already there, and already called in the loop: the new line is the risk.
  const ioChanged = view.isChanged('head', p.file, p.span.line);
  const fnIsNew = ioChanged && view.isChanged('head', p.file, p.fnSpan.line) && view.isChanged('head', p.file, p.fnSpan.endLine);
  if (ioChanged && !fnIsNew && p.steps.length > 0) return { side: 'head', file: p.file, span: p.span };
  // Through a new helper (`discountFor` extracted, with the read inside): the changed call that sits
  // inside a loop of its own function is what put the I/O in the iteration, the line to fix; the
  // I/O call itself is a related location.
  const inLoop = [...p.steps].reverse().find((step) => view.isChanged('head', step.file, step.span.line) && inLoopOf(step));
  if (inLoop) return { side: 'head', file: inLoop.file, span: inLoop.span };
  if (view.isChanged('head', p.file, p.span.line)) return { side: 'head', file: p.file, span: p.span };
  for (let line = p.fnSpan.line; line <= p.fnSpan.endLine; line++) {
    if (view.isChanged('head', p.file, line)) return { side: 'head', file: p.file, span: p.span };
  }
  for (const step of p.steps) if (view.isChanged('head', step.file, step.span.line)) return { side: 'head', file: step.file, span: step.span };
  for (const loop of p.loops) {
    if (view.isChanged('head', loop.file, loop.line)) return { side: 'head', file: loop.file, span: { line: loop.line, column: loop.column, endLine: loop.line, endColumn: loop.column } };
  }
  return { side: 'head', file: p.file, span: p.span };
}

/**
 * One finding per cause across entries: when the loops that multiply a call all sit in a helper
 * below the entry (`publishRevision` fanning out per SDK connection), every changed caller of it
 * reaches the same loops and the same call; the risk is reported once, from the entry closest to
 * it (the shortest route), not once per caller.
 */
function oneFindingPerCause(made: Made[]): Made[] {
  const best = new Map<string, Made>();
  const out: Made[] = [];
  for (const m of made) {
    const p = m.path;
    const entryFn = p.steps[0]?.fnId ?? p.fnId;
    const entryFile = p.steps[0]?.file ?? p.file;
    const inEntry = p.loops.some((l) => l.fnId === entryFn && l.file === entryFile);
    if (inEntry || p.loops.length === 0) {
      out.push(m);
      continue;
    }
    const key = [p.file, p.span.line, p.span.column, ...p.loops.map((l) => `${l.file}:${l.line}:${l.column}`)].join('\0');
    const prev = best.get(key);
    if (!prev || p.steps.length < prev.path.steps.length) best.set(key, m);
  }
  return [...out, ...best.values()];
}

/**
 * One finding per place and cause: the calls one changed line makes run more often (several
 * Redis commands behind one helper called in a loop) are one risk, reported once at that line
 * with the other effects listed, the most severe first (whatever their kind or multiplicity).
 */
function oneFindingPerSite(made: Made[]): RuleFinding<MessageId>[] {
  const groups = new Map<string, Made[]>();
  for (const m of made) {
    const f = m.f;
    // One place, one finding: what else that line now makes run more often is listed with it.
    const key = [f.at.file, f.at.span.line, f.at.span.column].join('\0');
    const list = groups.get(key) ?? [];
    list.push(m);
    groups.set(key, list);
  }
  const out: RuleFinding<MessageId>[] = [];
  for (const list of groups.values()) {
    if (list.length === 1) {
      out.push(list[0]!.f);
      continue;
    }
    const ordered = [...list].sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity]);
    const lead = ordered[0]!.f;
    const others: string[] = [];
    const related = [...lead.related];
    for (const { f, path } of ordered.slice(1)) {
      if (f.effect.callee !== lead.effect.callee && !others.includes(f.effect.callee)) others.push(f.effect.callee);
      const s = path.span;
      if (related.some((r) => r.file === path.file && r.line === s.line && r.column === s.column)) continue;
      related.push({ side: 'head', file: path.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn, message: `also: ${path.callText} (${f.effect.kind})` });
    }
    out.push({ ...lead, data: { ...lead.data, also: alsoPhrase(others) }, related });
  }
  return out;
}

/** `, as does \`redis.set\``, `, as do \`redis.del\` and \`redis.set\``. */
function alsoPhrase(callees: string[]): string {
  if (callees.length === 0) return '';
  const names = callees.map((c) => `\`${c}\``);
  if (names.length === 1) return `, as does ${names[0]}`;
  return `, as do ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
