/**
 * concurrency-changed: a concurrency limit removed or changed (p-limit, p-map, p-queue, worker
 * concurrency, async `*Limit`, pool sizes, agent socket caps), or work that was sequential,
 * limited or batched that now runs for every item at once, or more at a time.
 *
 * Policy over two models:
 * - the limits of each setting site (src/model/options/limits.ts): what bounds how much runs at
 *   once and how many, compared base -> head as values;
 * - how many of a route's calls run at once (rules/shared/at-once.ts): one at a time, n at a time
 *   through a limiter or in batches of n, or all at once.
 */
import { anchorOf } from './shared/anchor.js';
import { atOnce, limitedKind, pairLoopRoutes, type AtOnce, type RoutePair } from './shared/at-once.js';
import { formatFactor, lineAt, sideOf } from './shared/present.js';
import { defineRule, type ChangeView, type EntryChange, type RuleFinding } from '../src/rule.js';
import { multiplicityOf } from '../src/model/multiplicity.js';
import { limitPairs, limitsOf, setAt, taskLimit, type Limit } from '../src/model/options/limits.js';
import type { SettingSite } from '../src/model/settings.js';
import type { EffectPath } from '../src/model/summaries.js';
import type { RelatedLocation, Severity } from '../src/types.js';

type MessageId = 'removed' | 'raised' | 'lowered' | 'madeParallel' | 'limiterDropped' | 'batchUnbounded' | 'capRemoved';

const DEFAULTS = { raiseFactor: 2, cutFactor: 4, poolLowerFactor: 4 };
type Options = typeof DEFAULTS;

export default defineRule<MessageId, Options>({
  id: 'concurrency-changed',
  category: 'concurrency',
  severity: 'high',
  docs: {
    summary: 'A concurrency limit or pool size was removed or changed, or sequential, limited or batched I/O now runs for every item at once.',
    why: 'A limit is what keeps a burst of work from becoming a burst on the database or a downstream service: without it a 10,000-item list opens 10,000 requests at once, exhausts connection pools and trips rate limits; a larger pool multiplies the connections every process opens, a smaller one makes requests queue.',
    fix: 'Keep a bound on work that fans out (p-limit, p-map `concurrency`, a batch loop); size pools against the database\'s connection budget divided by the number of processes, and say in the code why a limit changed.',
    notFor: [
      `A limit added where there was none, or parallel work that stays bounded by the same or a lower limit (a limiter, \`concurrency\`, batches, a literal list); sequential work made parallel fewer than ${DEFAULTS.raiseFactor} at a time (the \`raiseFactor\` option).`,
      'A limit reformatted, renamed, moved into a shared constant or a spread of defaults that holds the same value.',
      'Values set from the environment without a default in the code: opsdiff says so rather than guessing them.',
      'New I/O in a loop: that is the fan-out rule (io-in-loop).',
      `A task limit lowered (work only waits longer), or a pool or socket limit lowered by less than ${DEFAULTS.poolLowerFactor}x (the \`poolLowerFactor\` option) or on a client not known to be I/O (a configuration default).`,
    ],
  },
  messages: {
    removed: '{{what}} {{how}}: {{before}} -> {{after}}.',
    raised: '{{what}} was raised: {{before}} -> {{after}} ({{factor}}{{impact}}).',
    lowered: '{{what}} was lowered: {{before}} -> {{after}}; work beyond the limit now waits its turn.',
    madeParallel: 'Sequential `{{callee}}` ({{kind}}){{more}} calls in `{{entry}}` became unbounded parallel: one at a time -> all N items of `{{over}}` at once.',
    limiterDropped: '`{{callee}}` ({{kind}}){{more}} calls in `{{entry}}` lost their `{{limiter}}` limit: {{before}} -> all N items of `{{over}}` at once.',
    capRemoved: '`{{callee}}` ({{kind}}){{more}} calls in `{{entry}}` ran at once over a capped list ({{before}}); now over all N items of `{{over}}` at once.',
    batchUnbounded: 'Batched `{{callee}}` ({{kind}}){{more}} calls in `{{entry}}` are no longer chunked: {{before}} -> all N items of `{{over}}` at once.',
  },
  options: {
    defaults: DEFAULTS,
    schema: {
      raiseFactor: { type: 'number', exclusiveMinimum: 1, description: 'A limit raised by this factor or more on remote work is reported at medium severity (below it, low); sequential work made parallel is reported (low) from this many at a time.' },
      cutFactor: { type: 'number', exclusiveMinimum: 1, description: 'A pool or socket limit lowered by this factor or more on remote work is reported at medium severity (below it, low).' },
      poolLowerFactor: { type: 'number', minimum: 1, description: 'A pool or socket limit of a known client lowered by this factor or more is reported.' },
    },
  },
  check(view, options) {
    const limits = (site: SettingSite) => view.options.of(site, limitsOf);
    const sites = view.sites;
    const at = { base: (p: EffectPath) => atOnce(p, sites.base, limits), head: (p: EffectPath) => atOnce(p, sites.head, limits) };
    const ctx: Ctx = { view, o: options, limits, atOnce: at };
    const out: RuleFinding<MessageId>[] = [];
    // Loops bounded by a limiter whose limit the settings compare: the limiter's site reports them.
    const handled = new Set<string>();
    for (const { base, head } of view.settings) {
      if (!base || !head || base.role || head.role) continue;
      if (taskLimit(ctx.limits(base))) handled.add(`${head.file}:${head.span.line}`);
      out.push(...compareSites(base, head, ctx));
    }
    for (const entry of view.entries) out.push(...checkEntry(entry, handled, ctx));
    return out;
  },
});

interface Ctx {
  view: ChangeView;
  o: Options;
  limits: (site: SettingSite) => Limit[];
  atOnce: { base: (p: EffectPath) => AtOnce; head: (p: EffectPath) => AtOnce };
}

// ---------------------------------------------------------------- limits of setting sites

function compareSites(base: SettingSite, head: SettingSite, ctx: Ctx): RuleFinding<MessageId>[] {
  const out: RuleFinding<MessageId>[] = [];
  for (const { before, after } of limitPairs(base, ctx.limits(base), head, ctx.limits(head))) {
    const [b, a, kind] = [before.amount, after.amount, before.limit];
    if (b === undefined || b === Infinity) continue; // unknown before, or no limit before: nothing was lost
    let messageId: MessageId | undefined;
    if (a === Infinity) messageId = 'removed';
    else if (a === undefined) messageId = !after.present ? 'removed' : undefined; // removed, the library's default unknown
    else if (kind === 'queue') messageId = undefined; // waiting room resized: not a concurrency change
    else if (a > b) messageId = 'raised';
    // Lowering is the safe direction: fewer tasks at once only wait longer; a pool or socket
    // limit cut past a factor can starve the callers that share it.
    else if (a < b && (kind === 'connections' || kind === 'sockets') && head.kind !== 'other' && a > 0 && b / a >= ctx.o.poolLowerFactor) messageId = 'lowered';
    if (messageId) out.push(optionFinding(messageId, head, before, after, ctx));
  }
  return out;
}

function optionFinding(messageId: MessageId, head: SettingSite, before: Limit, after: Limit, ctx: Ctx): RuleFinding<MessageId> {
  const { path, limit: kind } = before;
  const option = path.includes('#') ? path.slice(path.indexOf('#') + 1) : path;
  const where = path.includes('#') ? ` in \`${path.slice(0, path.indexOf('#'))}\`` : '';
  const what = (before.present ? before : after).positional ? `The limit of \`${head.key}\`` : `\`${option}\`${where} on \`${head.key}\``;
  const { ratio, factor } = change(before.amount, after.amount);
  const target = limitedKind(head, ctx.view.entries);
  const on = { db: ', on the same database', cache: ', on the same cache', network: ', on the same service', queue: ', on the same broker', other: '' }[target];
  const impact = messageId === 'raised' && (kind === 'connections' || kind === 'sockets') ? ` per process${on}` : '';
  const afterText = after.reads + (!after.present && Number.isFinite(after.amount) ? ' by default' : '');
  // The line that sets the new value: in the construction, or a changed constant or options object anywhere.
  const [was, now] = [setAt(before), setAt(after)];
  const anchor = anchorOf(ctx.view, head, now);
  const related: RelatedLocation[] = [...anchor.related];
  if (was) related.push(lineAt('base', was, `before: ${path} = ${before.shown}`));
  if (now && !anchor.atOrigin && now.file !== head.file) related.push(lineAt('head', now, `set here: ${path} = ${after.shown}`));
  const remote = target !== 'other';
  const severity: Severity = messageId === 'removed' ? (kind === 'queue' || !remote || after.amount === undefined ? 'medium' : 'high') : severityOf(remote, ratio, messageId === 'raised' ? ctx.o.raiseFactor : ctx.o.cutFactor);
  const side = (l: Limit, bound: string) => sideOf(path, l.shown, setAt(l) ? l.value : undefined, { bound, ...(finite(l.amount) ? { limit: l.amount } : {}) });
  return {
    messageId,
    severity,
    data: { what, option, callee: head.key, how: after.present ? `is now ${after.shown}` : 'was removed', before: before.reads, after: afterText, factor, impact },
    at: { side: 'head', file: anchor.file, span: anchor.span },
    related,
    effect: { kind: target, callee: head.key },
    before: side(before, before.reads),
    after: side(after, afterText),
    identity: `${head.fnId}|${head.key}|${path}|${messageId}`,
  };
}

const finite = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);

/** How many times larger or smaller: `5x`, `1/4x`. */
function change(before: number | undefined, after: number | undefined): { ratio?: number; factor: string } {
  if (!finite(before) || !finite(after) || before <= 0 || after <= 0) return { factor: '' };
  const ratio = after > before ? after / before : before / after;
  return { ratio, factor: `${after > before ? '' : '1/'}${formatFactor(ratio)}` };
}

/** A change by the factor or more on remote work (database, network, cache, queue) is medium; else low. */
function severityOf(remote: boolean, ratio: number | undefined, factor: number): Severity {
  return remote && ratio !== undefined && ratio >= factor ? 'medium' : 'low';
}

// ---------------------------------------------------------------- loops: how many run at once

interface Candidate extends RoutePair {
  messageId: MessageId;
}

function checkEntry(entry: EntryChange, handled: Set<string>, ctx: Ctx): RuleFinding<MessageId>[] {
  if (!entry.head || !entry.base) return [];
  const open = (loop: AtOnce['loop']) => (loop && !handled.has(`${loop.file}:${loop.line}`) ? loop : undefined);
  // Routes to the same calls through other outermost loops count too: two loops that each went
  // through a batch helper and now each run everything at once are two findings.
  const unused = [...entry.basePaths, ...(entry.baseAlternates ?? [])];
  const candidates: Candidate[] = [];
  for (const pair of pairLoopRoutes(entry, unused, ctx.atOnce, (a) => (a.unbounded ? open(a.parallel) : undefined))) {
    const { before, after } = pair;
    // `pMap(xs, fn, { concurrency })` -> `pMap(xs, fn)`: the same limiter without its limit is reported on its own site (`removed`).
    if (before.how === 'limiter' && !!before.limiterSite && after.parallel!.header.replace(/\(\.\.\.\)$/, '') === before.limiterSite.text) continue;
    const messageId: MessageId = before.how === 'batch' ? 'batchUnbounded' : before.how === 'limiter' ? 'limiterDropped' : before.how === 'capped' ? 'capRemoved' : 'madeParallel';
    candidates.push({ messageId, ...pair });
  }
  // Then work that stays bounded, by more at a time: sequential -> n at once is a limit raised from 1;
  // a chunk whose items run in parallel is a limit like `pLimit(n)`. Two limiters compare on their sites.
  const bounded = (a: AtOnce) => (!a.unbounded && (a.how === 'limiter' || a.how === 'batch') && a.n !== undefined ? open(a.loop) : undefined);
  for (const pair of pairLoopRoutes(entry, unused, ctx.atOnce, bounded)) {
    const { before, after } = pair;
    // From one at a time, or from a chunk's size (a limiter's too, when a chunk replaced it).
    const from = before.how === 'sequential' ? 1 : before.how === 'batch' || (before.how === 'limiter' && after.how === 'batch') ? before.n : undefined;
    if (from === undefined || after.n! <= from || (before.how === 'sequential' && after.n! < ctx.o.raiseFactor)) continue;
    candidates.push({ messageId: 'raised', ...pair });
  }
  // One finding per loop: its most consequential call, and a count of the others.
  const byLoop = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.loop.file}:${c.loop.line}:${c.loop.column}`;
    byLoop.set(key, [...(byLoop.get(key) ?? []), c]);
  }
  return [...byLoop.values()].map((list) => {
    list.sort((x, y) => weight(y.h) - weight(x.h));
    const others = new Set(list.slice(1).map((c) => c.h.effect.key));
    others.delete(list[0]!.h.effect.key);
    return loopFinding(entry, list[0]!, [...others], ctx);
  });
}

function weight(p: EffectPath): number {
  if (p.effect.local) return 0;
  return p.effect.kind === 'other' ? 1 : p.effect.confidence === 'low' ? 2 : 3;
}

function loopFinding(entry: EntryChange, c: Candidate, others: string[], ctx: Ctx): RuleFinding<MessageId> {
  const { b, h, before, after, messageId, loop } = c;
  const entryName = entry.head!.fnId;
  const related: RelatedLocation[] = [lineAt('head', { file: h.file, line: h.span.line }, `the ${h.effect.kind} call: ${h.callText}`)];
  const baseLoop = before.loop ?? multiplicityOf(b.loops).factors[0];
  if (baseLoop) related.push(lineAt('base', { file: baseLoop.file, line: baseLoop.line }, `before: ${baseLoop.header} (${before.text})`));
  related.push(lineAt('base', { file: b.file, line: b.span.line }, `before: ${b.callText}`));
  const more = others.length === 0 ? '' : others.length <= 2 ? ` and ${others.map((k) => `\`${k}\``).join(', ')}` : ` and ${others.length} other`;
  const data: Record<string, string> = { callee: h.effect.key, kind: h.effect.kind, entry: entryName, over: loop.over, before: before.text, limiter: before.limiter ?? '', more };
  let severity = loopSeverity(h);
  if (messageId === 'raised') {
    const { ratio, factor } = change(before.how === 'sequential' ? 1 : before.n, after.n);
    Object.assign(data, { what: `The concurrency of \`${h.effect.key}\` (${h.effect.kind})${more} calls in \`${entryName}\``, after: after.text, factor, impact: '' });
    // One at a time -> n at a time is a new bound, not a lost one: low. A larger chunk or limit is compared like a limiter's.
    severity = before.how === 'sequential' ? 'low' : severityOf(!h.effect.local && h.effect.kind !== 'other', ratio, ctx.o.raiseFactor);
  }
  return {
    messageId,
    severity,
    data,
    at: { side: 'head', file: loop.file, span: { line: loop.line, column: loop.column, endLine: loop.line, endColumn: loop.column } },
    related,
    effect: { kind: h.effect.kind, callee: h.effect.key },
    before: {
      value: before.text,
      ...(before.how === 'sequential' ? { limit: 1 } : before.n !== undefined ? { limit: before.n } : {}),
      ...(baseLoop ? { loop: baseLoop.header, setAt: `${baseLoop.file}:${baseLoop.line}` } : {}),
      site: `${b.file}:${b.span.line}`,
    },
    after: {
      value: after.unbounded ? 'all at once' : after.text,
      ...(after.unbounded ? { over: loop.over } : { limit: after.n }),
      loop: loop.header,
      setAt: `${loop.file}:${loop.line}`,
      site: `${h.file}:${h.span.line}`,
      path: [entryName, ...h.steps.map((s) => s.targetId), h.effect.key].join(' -> '),
    },
    identity: `${entryName}|${h.effect.key}|${messageId}|${h.fnId}|${h.callText}`,
  };
}

function loopSeverity(h: EffectPath): Severity {
  if (h.effect.local) return 'low';
  if (h.effect.kind === 'other' || h.effect.confidence === 'low') return 'medium';
  return 'high';
}
