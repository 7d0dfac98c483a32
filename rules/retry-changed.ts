/**
 * retry-changed: a retry count or policy on an I/O call or its client that changed in a way that
 * matters in production: more attempts (load amplification on a struggling dependency), zero
 * attempts (resilience lost), a backoff or its jitter removed (retries arrive as a storm), its
 * delay cut, a new retry around a non-idempotent write (duplicates), or a circuit breaker removed
 * or disabled.
 *
 * Policy only: what each option means (a count of attempts, a backoff, a breaker, the library's
 * defaults) is read by the options model (src/model/options/retry.ts), what a retry repeats by
 * rules/shared/retry-target.ts, and how a finding says it by rules/shared/retry-text.ts.
 */
import { anchorOf, removalAnchor } from './shared/anchor.js';
import { formatFactor, lineAt, movedFinding, sideOf, stepDown } from './shared/present.js';
import { baseRetried, lostLoops, lostWrapper, targetOf, type Target } from './shared/retry-target.js';
import { attemptsText, boundText, breakerFinding, callsOf, loopFinding, optionFinding, siteText, stormText, unitOf, wrapperFinding, errorsFinding } from './shared/retry-text.js';
import { defineRule, type ChangeView, type RuleFinding } from '../src/rule.js';
import type { MovedCall } from '../src/match/calls.js';
import { describe, type SettingSite } from '../src/model/settings.js';
import { effectiveCalls, type Calls, errorTestChange, GROWTH_RANK, optionAt, retryOf, showBackoff, showValue, type Count, type Retry } from '../src/model/options/retry.js';
import type { Severity } from '../src/types.js';

type MessageId = 'raised' | 'disabled' | 'toDefault' | 'retriedErrors' | 'backoffRemoved' | 'delayCut' | 'addedToWrite' | 'breakerRemoved' | 'loopRemoved' | 'wrapperRemoved' | 'callMoved';
const DEFAULTS = { raiseFactor: 2, raiseCalls: 10, delayCutFactor: 2 };
type Options = typeof DEFAULTS;
interface Ctx { view: ChangeView; options: Options; read(site: SettingSite): Retry }
/** A count as a finding states it: a side of a change, or the `no retry` of a new site. */
type Said = Pick<Count, 'path' | 'shown' | 'amount' | 'value'>;

export default defineRule<MessageId, Options>({
  id: 'retry-changed',
  category: 'retry',
  severity: 'high',
  docs: {
    summary: 'A retry count or policy on an I/O call or its client changed: more attempts, none at all, backoff or jitter removed or its delay cut, a retry added around a write, or a circuit breaker removed.',
    why: 'Retries multiply the load on a dependency exactly when it is struggling: more attempts or retries without backoff turn a slow database into an outage (a retry storm), retries around a non-idempotent write charge or insert twice, and zero attempts turn every transient blip into a user-facing error.',
    fix: 'Keep retries few, spaced by exponential backoff with jitter, and bounded by a circuit breaker or a retry budget; retry writes only with an idempotency key or a dedupe check; if a change is intended, say why next to the setting.',
    notFor: [
      'Retries lowered (but not to zero), or a backoff added or lengthened.',
      `A backoff's delay shortened by less than ${DEFAULTS.delayCutFactor}x (a cut to 1/${DEFAULTS.delayCutFactor} of it or less is reported, at low severity).`,
      `A raise of retries that multiplies the calls per failing operation by less than ${DEFAULTS.raiseFactor}x and stays under ${DEFAULTS.raiseCalls} calls is reported at low severity.`,
      'An option moved into a shared constant, a spread of defaults or an imported config that holds the same value.',
      'A retry added around reads, or around writes that pass an idempotency key.',
      'A new retry loop around a write that retries only the errors a test of the caught error selects (`if (!isDuplicateKeyError(e)) throw e;`) is reported at low severity, naming the test: whether any of those errors can follow a write that landed is for a reviewer to check.',
      'Values set from the environment: opsdiff says so rather than guessing them, and does not compare them.',
      'A retry loop removed from around a call that is still made is reported only when the call\'s route no longer retries at all: a loop moved into another helper, or replaced by a retry option of the call or its client, is not.',
    ],
  },
  messages: {
    raised: '{{subject}}{{around}} rose from {{before}} to {{after}} ({{impact}}).',
    disabled: '{{subject}}{{around}} is now {{after}}, which turns retries off (was {{before}}): one transient failure now fails the {{unit}}.',
    retriedErrors: 'The retry loop `{{header}}`{{around}} {{how}} (`{{before}}` -> `{{after}}`){{consequence}}.',
    toDefault: '{{subject}}{{around}} was removed (was {{before}}): the default of `{{callee}}` applies, which opsdiff does not know; if it is no retry, one transient failure now fails the {{unit}}.',
    backoffRemoved: '{{site}}{{around}} lost its {{what}} ({{before}} -> {{after}}): {{consequence}}.',
    delayCut: '{{site}}{{around}} now waits {{after}} instead of {{before}} ({{what}}): retries of a failing {{unit}} come back {{factor}} as fast, giving a struggling dependency less time to recover.',
    addedToWrite: 'New retry {{site}} ({{after}}) wraps `{{write}}`, a non-idempotent write{{only}}: when a failure comes after the write landed, the retry repeats it (duplicate risk).',
    loopRemoved: 'The retry loop `{{header}}` around `{{callee}}` was removed: `{{callee}}` is now tried once, so one transient failure fails the {{unit}}.',
    callMoved: '`{{callee}}` in `{{entry}}` now {{how}}: retries went from {{before}} to {{after}}; {{impact}}.',
    wrapperRemoved: 'The retry wrapper `{{wrapper}}` ({{before}}) around `{{callee}}` was removed: `{{callee}}` is now tried once, so one transient failure fails the {{unit}}.',
    breakerRemoved: 'The circuit breaker `{{callee}}`{{around}} {{how}} ({{before}} -> {{after}}): calls to a failing dependency are no longer cut off, so retries keep piling onto it.',
  },
  options: {
    defaults: DEFAULTS,
    schema: {
      raiseFactor: { type: 'number', description: 'Retries raised by at least this factor (calls per failing operation, after over before) are medium severity; less is low.', exclusiveMinimum: 1 },
      raiseCalls: { type: 'integer', description: 'Retries raised to at least this many calls per failing operation are medium severity, whatever the factor.', minimum: 2 },
      delayCutFactor: { type: 'number', description: 'A backoff whose delay is divided by at least this factor (2: cut to half or less) is reported, at low severity.', exclusiveMinimum: 1 },
    },
  },
  check(view, options) {
    const c: Ctx = { view, options, read: (site) => view.options.of(site, retryOf) };
    const out: Array<RuleFinding<MessageId> | undefined> = [];
    for (const { base, head } of view.settings) {
      if (isTimerRole(base) || isTimerRole(head)) continue;
      if (base && head) out.push(...comparePair(base, head, c));
      else if (head) out.push(newSite(head, c));
      else if (base) out.push(removedBreaker(base, c) ?? removedWrapper(base, c));
    }
    // A call whose route no longer passes through any retry loop is tried once.
    out.push(...lostLoops(view).map((lost) => loopFinding('loopRemoved', lost.route.effect.local ? 'low' : 'medium', lost)));
    out.push(...view.movedCalls().map((m) => movedCall(m, c)));
    return out.filter((f): f is RuleFinding<MessageId> => !!f);
  },
});

function isTimerRole(s: SettingSite | undefined): boolean {
  return s?.role === 'abort-timer' || s?.role === 'race-timeout';
}

function comparePair(base: SettingSite, head: SettingSite, c: Ctx): Array<RuleFinding<MessageId> | undefined> {
  const [rb, rh] = [c.read(base), c.read(head)];
  const out = [breakerDisabled(base, head, rb, rh, c), retriedErrorsChanged(base, head, rb, rh, c)];
  const shaped = (r: Retry) => !!(r.backoff.growthAt ?? r.backoff.jitterAt);
  if (!rb.counts.size && !rh.counts.size && base.role !== 'retry-loop' && !shaped(rb) && !shaped(rh)) return out;
  const target = targetOf(head, 'head', c.view);
  const counts = [...new Set([...rb.counts.keys(), ...rh.counts.keys()])].map((path) => ({ before: rb.count(path), after: rh.count(path) }));
  out.push(retriedWriteMethods(rb, rh, head, target));
  // The backoff first: when it goes, the raise (if any) is part of the same storm and is said there.
  const headMain = counts.find((x) => x.after.amount !== undefined)?.after;
  const stillRetries = !headMain || headMain.opaque || (headMain.amount ?? 2) > 1;
  const storm = stillRetries ? backoffChange(head, target, rb, rh, counts[0], c) : undefined;
  out.push(storm ?? (stillRetries ? delayCut(head, target, rb, rh, c) : undefined));
  for (const { before, after } of counts) {
    const [b, a] = [before.amount, after.amount];
    if (before.opaque || after.opaque || a === b) continue;
    // A count removed where the default is not known: said, at low severity.
    if (a === undefined) out.push(!after.value && b !== undefined && b > 1 ? countFinding('toDefault', base, head, target, before, after, c) : undefined);
    else if (b === undefined) out.push(a === Infinity ? countFinding('raised', base, head, target, before, after, c) : undefined);
    else if (a <= 1 && b > 1) out.push(countFinding('disabled', base, head, target, before, after, c));
    else if (a > b && !storm) out.push(b <= 1 && target.write ? writeFinding(head, rh, target, after) : countFinding('raised', base, head, target, before, after, c));
  }
  return out;
}

function countFinding(messageId: 'raised' | 'disabled' | 'toDefault', base: SettingSite, head: SettingSite, target: Target, before: Said, after: Said, c: Ctx): RuleFinding<MessageId> {
  const option = after.value ? after.path : before.path;
  const unit = unitOf(target.kind, head.key);
  const [b, a] = [before.amount, after.amount];
  let impact = '';
  let severity: Severity = 'medium';
  if (messageId === 'toDefault' || a === undefined) severity = 'low';
  else if (messageId === 'raised' && a === Infinity) [impact, severity] = [`now unbounded: every failing ${unit} retries until the dependency recovers`, 'high'];
  else if (messageId === 'raised') {
    const factor = b ? a / b : Infinity;
    impact = `${b ?? 1} -> ${a} calls per failing ${unit}, ${formatFactor(factor)} load on failure`;
    severity = factor >= c.options.raiseFactor || a >= c.options.raiseCalls ? 'medium' : 'low';
  }
  const anchor = after.value ? anchorOf(c.view, head, after.value) : removalAnchor(c.view, base, head, before.value);
  const subject = head.role === 'retry-loop' ? `The bound of ${siteText(head, true)}` : `\`${option}\` on \`${head.key}\``;
  return optionFinding(messageId, severity, { subject, before: before.shown, after: after.shown, impact, unit }, head, target, anchor, option, { ...before, extra: callsOf(b) }, { ...after, extra: callsOf(a) });
}

function backoffChange(head: SettingSite, target: Target, rb: Retry, rh: Retry, count: { before: Count; after: Count } | undefined, c: Ctx): RuleFinding<MessageId> | undefined {
  const [b, h] = [rb.backoff, rh.backoff];
  let what: string | undefined;
  if (b.growth && h.growth && h.growth === 'none' && b.growth !== 'none') what = 'backoff';
  else if (b.growth && h.growth && GROWTH_RANK[h.growth] < GROWTH_RANK[b.growth] && b.growth !== 'wait') what = b.growth === 'exponential' ? 'exponential backoff' : 'growing backoff';
  else if (b.jitter === true && h.jitter === false && h.growth !== 'none') what = 'jitter';
  if (!what) return undefined;
  const isJitter = what === 'jitter';
  const [before, after] = [showBackoff(b, isJitter || b.jitter === true), showBackoff(h, isJitter)];
  const unit = unitOf(target.kind, head.key);
  const per = count?.after.amount !== undefined ? `${attemptsText(count)} per failing ${unit}` : undefined;
  const consequence = stormText(isJitter ? 'jitter' : h.growth === 'none' ? 'no delay' : 'no growth', per, unit);
  const [atB, atH] = isJitter ? [b.jitterAt, h.jitterAt] : [b.growthAt, h.growthAt];
  const option = (atH ?? atB)?.path ?? (isJitter ? 'jitter' : 'backoff');
  const severity = h.growth === 'none' || count?.after.amount === Infinity ? 'high' : 'medium';
  return optionFinding('backoffRemoved', severity, { site: siteText(head), what, before, after, consequence }, head, target, anchorOf(c.view, head, atH?.value), option, { shown: before, value: atB?.value }, { shown: after, value: atH?.value });
}

/** The same backoff, waiting a fraction of what it did before each retry: a struggling dependency gets them sooner. */
function delayCut(head: SettingSite, target: Target, rb: Retry, rh: Retry, c: Ctx): RuleFinding<MessageId> | undefined {
  const [b, h] = [rb.backoff.delay, rh.backoff.delay];
  const growth = rh.backoff.growth;
  if (!b?.amount || !h?.amount || !growth || growth !== rb.backoff.growth || b.amount / h.amount < c.options.delayCutFactor) return undefined;
  const what = growth === 'exponential' ? 'the first delay of its exponential backoff' : growth === 'linear' ? 'the step of its linear backoff' : 'its fixed delay between attempts';
  const data = { site: siteText(head), what, before: b.shown, after: h.shown, factor: formatFactor(b.amount / h.amount), unit: unitOf(target.kind, head.key) };
  return optionFinding('delayCut', 'low', data, head, target, anchorOf(c.view, head, h.value), h.path, { shown: b.shown, value: b.value, extra: { delayMs: b.amount } }, { shown: h.shown, value: h.value, extra: { delayMs: h.amount } });
}

/** A site with no counterpart in base: a new retry around a write, or a new unbounded one. */
function newSite(head: SettingSite, c: Ctx): RuleFinding<MessageId> | undefined {
  const r = c.read(head);
  // A function that starts calling itself is as often a poll or a walk as a retry: only a change of its bound is said.
  if (!r.isRetry || r.breaker || head.recursive) return undefined;
  const path = [...r.counts.keys()][0] ?? (head.role === 'retry-loop' ? 'limit' : 'retries');
  const after = r.count(path);
  if (after.amount !== undefined && after.amount <= 1) return undefined;
  const target = targetOf(head, 'head', c.view);
  if (target.write && !baseRetried(head, target, c.view)) return writeFinding(head, r, target, after);
  // A new wrapper or loop that never stops; a new client's unbounded setting is its own design
  // (BullMQ requires `maxRetriesPerRequest: null` on the connections it is given).
  if (after.amount === Infinity && head.kind === 'other') return countFinding('raised', head, head, target, { path, shown: 'no retry', amount: 1 }, after, c);
  return undefined;
}

function writeFinding(head: SettingSite, r: Retry, target: Target, after: Said, effectCallee = target.write!): RuleFinding<MessageId> {
  const option = after.path;
  const loop = head.role === 'retry-loop';
  // A loop that retries only the errors a test selects (a duplicate key, a lost compare-and-set) was written for them:
  // the risk is in whether any of them can come after the write landed, for a reviewer to check.
  const selective = loop ? r.retriesOnly : undefined;
  return {
    messageId: 'addedToWrite',
    severity: selective ? 'low' : target.writeSeen ? stepDown('high', target.local) : 'medium',
    data: { site: loop ? `loop \`${head.text}\`` : `\`${head.key}\``, callee: head.key, after: boundText(head, after), write: target.write!, option, only: selective ? `, retried only when \`${selective}\`` : '' },
    at: { side: 'head', file: head.file, span: head.span },
    related: after.value && after.value.at.file !== head.file ? [lineAt('head', after.value.at, `set here: ${option} = ${after.shown}`)] : [],
    effect: { kind: target.kind, callee: effectCallee },
    before: null,
    after: { ...sideOf(option, after.shown, after.value, callsOf(after.amount)), write: target.write },
    identity: `${head.fnId}|${head.key}|${target.write}|addedToWrite`,
  };
}

/** got's and ky's `retry.methods`: a client that now retries POST or PATCH requests. */
function retriedWriteMethods(rb: Retry, rh: Retry, head: SettingSite, target: Target): RuleFinding<MessageId> | undefined {
  const m = rh.writeMethods;
  const added = m?.methods.filter((x) => !rb.writeMethods?.methods.includes(x)) ?? [];
  const count = rh.count('retry');
  if (!m || !added.length || (count.amount !== undefined && count.amount <= 1)) return undefined;
  return writeFinding(head, rh, { ...target, write: added.join(', '), writeSeen: true }, { ...count, path: m.path, value: m.value, shown: showValue(m.value) }, head.key);
}

/** A call that now goes through another client or library whose effective retries (the client's, else the library's defaults) stop or multiply. */
function movedCall(moved: MovedCall, c: Ctx): RuleFinding<MessageId> | undefined {
  const [cb, ch] = [moved.settings.base, moved.settings.head];
  const [b, h] = [effectiveCalls(cb, c.read), effectiveCalls(ch, c.read)];
  // A call's own options paired across the change are compared as sites.
  if ((b.from === 'call' && cb.ownPaired) || (h.from === 'call' && ch.ownPaired) || b.calls === undefined || h.calls === undefined || h.calls === b.calls || (h.calls < b.calls && h.calls > 1)) return undefined;
  const unit = unitOf(moved.head.effect.kind, moved.head.effect.key);
  const factor = h.calls / b.calls;
  const impact = `${b.calls} -> ${h.calls === Infinity ? 'unbounded' : h.calls} calls per failing ${unit}${h.calls === 1 ? `: one transient failure now fails the ${unit}` : `, ${formatFactor(factor)} load on failure`}`;
  // Retries that come with the new library's documented defaults are its design: a low note.
  const severity: Severity = h.calls === 1 || (h.from !== 'default' && (factor >= c.options.raiseFactor || h.calls >= c.options.raiseCalls)) ? 'medium' : 'low';
  const side = (x: Calls) => ({ shown: x.shown, ...(x.count?.value ? { value: x.count.value } : {}), extra: callsOf(x.calls) });
  return movedFinding('callMoved', stepDown(severity, moved.head.effect.local), moved, 'retries', side(b), side(h), { impact });
}

/** A retry wrapper gone from a function that still makes the call it retried: tried once. */
function removedWrapper(base: SettingSite, c: Ctx): RuleFinding<MessageId> | undefined {
  const lost = lostWrapper(base, c.view);
  const r = c.read(base);
  return lost && wrapperFinding('wrapperRemoved', lost.route.effect.local ? 'low' : 'medium', base, r.count([...r.counts.keys()][0] ?? 'retries'), lost);
}

// ---------------------------------------------------------------- circuit breakers

function breakerDisabled(base: SettingSite, head: SettingSite, rb: Retry, rh: Retry, c: Ctx): RuleFinding<MessageId> | undefined {
  const off = rh.breakerOff;
  if (!rb.breaker || rb.breakerOff || !off) return undefined;
  const before = optionAt(base, off.path);
  const shownBefore = before ? `\`${off.path}: ${describe(before)}\`` : `\`${off.path}\` unset`;
  return breakerFinding('breakerRemoved', head, 'head', targetOf(head, 'head', c.view), 'can no longer open', off.path, { shown: shownBefore, value: before }, off);
}

/** A breaker in base that head no longer has, in a file that is still there and has no breaker. */
function removedBreaker(base: SettingSite, c: Ctx): RuleFinding<MessageId> | undefined {
  const { view } = c;
  const breaker = c.read(base).breaker;
  if (!breaker || c.read(base).breakerOff) return undefined;
  // The function (or, for a module-level breaker, the file) is still there: not a deletion.
  if (!view.entries.some((e) => e.base?.file === base.file && e.head && (base.fnId === '<module>' || e.base.fnId === base.fnId))) return undefined;
  // A breaker left in that file, or one that appears elsewhere (moved): not a removal.
  const headFiles = new Set(view.entries.filter((e) => e.base?.file === base.file && e.head).map((e) => e.head!.file));
  if (view.settings.some((p) => p.head && c.read(p.head).breaker && (!p.base || headFiles.has(p.head.file)))) return undefined;
  const before = `\`${base.text}\`${breaker.length ? ` with ${breaker.map((s) => s.shown).join(', ')}` : ''}`;
  const f = breakerFinding('breakerRemoved', base, 'base', targetOf(base, 'base', view), 'was removed', 'breaker', { shown: before }, { shown: 'no breaker' });
  return { ...f, before: { option: 'breaker', value: before, setAt: `${base.file}:${base.span.line}` }, after: null };
}

// ---------------------------------------------------------------- retry loops

/**
 * A hand-written retry loop that retries only the errors a test selects, whose test now lets more
 * kinds through (a class added with `||`, or no test left: every error) or fewer (a class gone):
 * more load when those failures come, or failures that now fail the caller at once. Low severity:
 * a reviewer decides whether the new class is transient.
 */
function retriedErrorsChanged(base: SettingSite, head: SettingSite, rb: Retry, rh: Retry, c: Ctx): RuleFinding<MessageId> | undefined {
  const before = rb.retriesOnly;
  if (base.role !== 'retry-loop' || head.role !== 'retry-loop' || !before) return undefined;
  const after = rh.retriesOnly ?? 'any error';
  const change = errorTestChange(before, rh.retriesOnly);
  if (!change) return undefined;
  return errorsFinding('retriedErrors', base, head, targetOf(head, 'head', c.view), before, after, change === 'wider');
}
