/**
 * timeout-changed: a timeout, deadline or abort signal on an I/O call or its client that was
 * removed, disabled (0, Infinity, false, null) or raised sharply.
 *
 * Policy over the options model (src/model/options/timeout.ts): which options and guards bound a
 * call, in milliseconds, and what an option left out gets. This file decides which change of
 * them is a risk and how severe it is.
 */
import { defineRule, type ChangeView, type EntryChange, type RuleFinding } from '../src/rule.js';
import type { SettingSite } from '../src/model/settings.js';
import { newSpreads } from '../src/match/settings.js';
import type { MovedCall } from '../src/match/calls.js';
import { boundCallee, defaultOf, guardName, defaultSetting, droppedFromCombination, embeddedSites, guardOf, hasOtherGuard, ioLike, isDisabled, isPrimitive, lastName, guardedIo, signalledSite, signalTimeout, effectiveWait, type Wait, type Guarded, timeoutSetting, timeoutsOf, type TimeoutSetting } from '../src/model/options/timeout.js';
import { anchorOf, removalAnchor } from './shared/anchor.js';
import { dedupe, factorText, formatMs, inSite, lineAt, movedFinding, shortCall, sideOf, stepDown } from './shared/present.js';
import type { RelatedLocation, Severity } from '../src/types.js';

type MessageId = 'removed' | 'defaultRaised' | 'disabled' | 'raised' | 'fromEnv' | 'signalRemoved' | 'timerRemoved' | 'raceRemoved' | 'timerRaised' | 'callMoved';

/**
 * A raise is sharp (medium on a client, low on one call) at `raiseFactor`, or when it crosses
 * `ceilingMs`; a lesser one is still a low note at `longWaitFactor` of a wait already past the
 * ceiling, or at `notableFactor` and `notableIncreaseMs` more.
 */
const DEFAULTS = { raiseFactor: 5, ceilingMs: 60_000, longWaitFactor: 2, notableFactor: 3, notableIncreaseMs: 10_000 };
type Options = typeof DEFAULTS;

/** A factory or construction configures every call made through what it returns: the widest blast radius. */
const CLIENT_FACTORY = /^(create\w*|extend|connect\w*|init\w*|configure|setup|instance|defaults|Pool|Client)$/;

export default defineRule<MessageId, Options>({
  id: 'timeout-changed',
  category: 'timeout',
  severity: 'high',
  docs: {
    summary: 'A timeout, deadline or abort signal on an I/O call or its client was removed, disabled or raised sharply.',
    why: 'Without a bound, a slow dependency holds every request that waits on it: sockets, pool connections and memory pile up until the service stops answering. Most clients (fetch, axios, got, pg, ioredis commands) wait forever by default, so removing a timeout usually removes the only bound; a sharply raised one lets the same pile-up grow that many times larger before anything fails.',
    fix: 'Keep a timeout on every call that leaves the process: restore the option, set it on the client, or pass `AbortSignal.timeout(ms)`. If a longer wait is intended (a report, a migration), bound it explicitly and keep it off the request path; if the value moved to the environment, give it a default.',
    notFor: [
      'A timeout lowered, or added where there was none (one that adds 0 or Infinity, or a wait far past the library\'s known default, is reported).',
      'An option renamed, reformatted, moved into a shared constant or a spread of defaults that holds the same value.',
      'Idle, keep-alive, session and cache TTL settings, shutdown grace periods: they do not bound how long a call waits.',
      'Values that cannot be resolved (a parameter, a function result): opsdiff compares what the code states. Values read from the environment are said to be so; without a default they are reported at low severity.',
      `A timeout raised by less than ${DEFAULTS.raiseFactor}x that stays at or below ${formatMs(DEFAULTS.ceilingMs)}, unless it grows at least ${DEFAULTS.notableFactor}x and by ${formatMs(DEFAULTS.notableIncreaseMs)} or more (then low); one already past ${formatMs(DEFAULTS.ceilingMs)} raised by less than ${DEFAULTS.longWaitFactor}x. (These are the rule's options.)`,
      'An option removed where the library default (from the catalog) is no longer than the value was.',
    ],
  },
  messages: {
    removed: '`{{option}}` on `{{callee}}` was removed ({{before}} -> unset), so the library default applies.',
    defaultRaised: '`{{option}}` on `{{callee}}` was removed ({{before}} -> {{after}}): {{factor}} longer.',
    disabled: '`{{option}}` on `{{callee}}` is now disabled ({{before}} -> {{after}}).',
    raised: '`{{option}}` on `{{callee}}` was raised {{factor}} ({{before}} -> {{after}}).',
    fromEnv: '`{{option}}` on `{{callee}}` is now {{after}} with no default ({{before}} -> unset when the variable is missing).',
    signalRemoved: '`{{callee}}` no longer passes a timeout signal ({{before}} -> {{after}}).',
    timerRemoved: 'The abort timer that bounded `{{callee}}` in `{{entry}}` was removed ({{before}} -> unset).',
    raceRemoved: 'The {{guard}} that bounded `{{callee}}` in `{{entry}}` was removed ({{before}} -> unset).',
    timerRaised: 'The {{guard}} that bounds `{{callee}}` in `{{entry}}` was raised {{factor}} ({{before}} -> {{after}}).',
    callMoved: '`{{callee}}` in `{{entry}}` now {{how}}: its timeout went from {{before}} to {{after}}.',
  },
  options: {
    defaults: DEFAULTS,
    schema: {
      raiseFactor: { type: 'number', exclusiveMinimum: 1, description: 'A timeout raised by this factor or more is a sharp raise.' },
      ceilingMs: { type: 'number', exclusiveMinimum: 0, description: 'A timeout raised past this many milliseconds is a sharp raise.' },
      longWaitFactor: { type: 'number', exclusiveMinimum: 1, description: 'A timeout already past the ceiling raised by this factor or more is reported at low severity.' },
      notableFactor: { type: 'number', exclusiveMinimum: 1, description: 'A timeout raised by this factor or more, and by notableIncreaseMs or more, is reported at low severity.' },
      notableIncreaseMs: { type: 'number', minimum: 0, description: 'See notableFactor.' },
    },
  },
  check(view, options) {
    const out: RuleFinding<MessageId>[] = [];
    const embedded = { base: embeddedSites(view.settings.map((p) => p.base)), head: embeddedSites(view.settings.map((p) => p.head)) };
    const ctx: Ctx = { view, options };
    // A call that lost its options arrives paired with its bare form (the engine finds it in the same, or renamed, function).
    for (const { base, head } of view.settings) {
      if (base?.role === 'retry-loop' || head?.role === 'retry-loop') continue;
      // `new NodeHttpHandler({...})` inside `new S3Client({ requestHandler })`, `AbortSignal.timeout()` inside `fetch(u, { signal })`:
      // the outer site reports them, with the client's name.
      if ((base && embedded.base(base)) || (head && embedded.head(head))) continue;
      if (base && !ioLike(base)) continue;
      if (base && head) out.push(...compareSites(base, head, ctx));
      else if (base) out.push(...removedGuard(base, ctx));
    }
    for (const moved of view.movedCalls()) out.push(...movedCall(moved, ctx));
    return dedupe(out);
  },
});

interface Ctx {
  view: ChangeView;
  options: Options;
}

const timeouts = (ctx: Ctx, site: SettingSite) => ctx.view.options.of(site, timeoutsOf);

/**
 * How much a raise matters: `sharp` at the raise factor or when it crosses the ceiling; `notable`
 * (reported low) at the long-wait factor of a wait already past the ceiling, or at the notable factor and increase; else nothing.
 */
function raiseOf({ options: o }: Ctx, beforeMs: number | undefined, afterMs: number | undefined): 'sharp' | 'notable' | undefined {
  if (beforeMs === undefined || afterMs === undefined || beforeMs <= 0 || afterMs <= 0 || afterMs <= beforeMs) return undefined;
  const ratio = afterMs / beforeMs;
  if (ratio >= o.raiseFactor || (afterMs > o.ceilingMs && beforeMs <= o.ceilingMs)) return 'sharp';
  if ((beforeMs > o.ceilingMs && ratio >= o.longWaitFactor) || (ratio >= o.notableFactor && afterMs - beforeMs >= o.notableIncreaseMs)) return 'notable';
  return undefined;
}

// ---------------------------------------------------------------- comparing sites

function compareSites(base: SettingSite, head: SettingSite, ctx: Ctx): RuleFinding<MessageId>[] {
  const guard = guardOf(base);
  if (guard && guardOf(head) === guard && guard !== 'method') return compareGuards(base, head, ctx);
  if (base.role || head.role) return [];
  const headSettings = new Map(timeouts(ctx, head).map((t) => [t.path, t]));
  // An options argument that became something the model cannot read (`axios.create(buildConfig())`,
  // `fetch(url, init)`) may still carry the timeout: absence is not removal there.
  // A spread head shares with base may still hold the key (base wrote over it): reported one step lower.
  const opaque = newSpreads(base, head).length > 0 || base.args.some((a, i) => a.k === 'obj' && head.args[i] !== undefined && head.args[i]!.k !== 'obj' && !isPrimitive(head.args[i]!));
  const shared = !opaque && head.args.some((a) => a.k === 'obj' && a.opaque);
  const out: RuleFinding<MessageId>[] = [];
  const baseSettings = timeouts(ctx, base);
  for (const before of baseSettings) {
    const after = headSettings.get(before.path);
    if (before.kind === 'signal') {
      if (signalTimeout(before.value) === undefined) continue;
      if (!after || after.value.k === 'null' || signalTimeout(after.value) === undefined) {
        // Another signal (`req.signal`, a parameter) may carry a timeout the model cannot see: one step lower,
        // unless it is only what was combined with the timeout before.
        const unseen = !!after && after.value.k !== 'null' && !droppedFromCombination(before.value, after.value);
        if (!opaque && !hasOtherGuard(ctx.view.sites.head, (x) => timeouts(ctx, x), head.file, head.fnId, undefined, head)) out.push(finding('signalRemoved', base, head, before, after, ctx, unseen));
        continue;
      }
    }
    if (before.value.k === 'env' && !before.value.fallback) continue; // nothing stated to compare with
    if (isDisabled(before.value, before.amount)) continue; // it bounded nothing before either
    if (!after) {
      if (!opaque) out.push(...removal(base, head, before, ctx, shared));
      continue;
    }
    if (isDisabled(after.value, after.amount)) out.push(finding('disabled', base, head, before, after, ctx));
    else if (after.value.k === 'env' && !after.value.fallback) {
      if (before.value.k !== 'env') out.push(finding('fromEnv', base, head, before, after, ctx));
    } else {
      const raise = raiseOf(ctx, before.amount, after.amount);
      if (raise) out.push(finding('raised', base, head, before, after, ctx, raise === 'notable'));
    }
  }
  // An option head adds over the library's default: one that disables the bound, or a sharp raise over a known default.
  const inBase = new Set(baseSettings.map((t) => t.path));
  for (const [path, after] of headSettings) {
    // `timeout: undefined` is the option left out; a base that spread something unread may have set it.
    if (inBase.has(path) || after.value.k === 'null' || after.kind === 'signal' || base.args.some((a) => a.k === 'obj' && a.opaque)) continue;
    const found = defaultOf(head, path);
    const dflt = found === 'passed-on' ? undefined : found;
    const before = defaultSetting(base, path, dflt);
    if (isDisabled(after.value, after.amount) && after.value.k !== 'obj') {
      if (dflt !== null) out.push(finding('disabled', base, head, before, after, ctx));
      continue;
    }
    const raise = typeof dflt === 'number' ? raiseOf(ctx, dflt, after.amount) : undefined;
    if (raise) out.push(finding('raised', base, head, before, after, ctx, raise === 'notable'));
  }
  return out;
}

/**
 * An option head no longer sets. The library's documented default decides: none (it waits
 * forever) is a removal; a known wait is compared like a raise; an unknown one is a removal,
 * one step lower when the call is not known I/O or the value it had cannot be read.
 */
function removal(base: SettingSite, head: SettingSite, before: TimeoutSetting, ctx: Ctx, shared: boolean): RuleFinding<MessageId>[] {
  const dflt = defaultOf(head, before.path);
  // The project's own function takes the option and decides its default further in: not "the library default".
  if (dflt === 'passed-on') return [];
  if (typeof dflt === 'number') {
    const raise = raiseOf(ctx, before.amount, dflt);
    if (!raise) return [];
    return [finding('defaultRaised', base, head, before, defaultSetting(head, before.path, dflt), ctx, shared || raise === 'notable')];
  }
  const unreadable = before.amount === undefined && before.value.k !== 'env';
  return [finding('removed', base, head, before, undefined, ctx, shared || (dflt === undefined && unreadable))];
}

function compareGuards(base: SettingSite, head: SettingSite, ctx: Ctx): RuleFinding<MessageId>[] {
  const before = timeouts(ctx, base)[0];
  const after = timeouts(ctx, head)[0];
  const raise = before && after && raiseOf(ctx, before.amount, after.amount);
  const entry = raise ? entryOf(ctx.view, base) : undefined;
  const io = entry ? guardedIo(base, entry.headPaths, head) : undefined;
  if (!entry || !io) return [];
  return [guardFinding('timerRaised', base, head, entry, io, before, after, ctx, raise === 'notable')];
}

/** A base guard (an abort timer, a race) with no head counterpart, in a function that still makes the call it bounded. */
function removedGuard(base: SettingSite, ctx: Ctx): RuleFinding<MessageId>[] {
  const entry = entryOf(ctx.view, base);
  const guard = guardOf(base);
  if (!entry || !guard) return []; // the function itself is gone, or an ordinary site: paired with its bare call if still made
  const io = guardedIo(base, entry.headPaths, signalledSite(base, ctx.view.settings, (x) => timeouts(ctx, x)));
  // A timer around nothing is not a timeout of anything; one replaced by another guard was moved, not removed.
  if (!io || hasOtherGuard(ctx.view.sites.head, (x) => timeouts(ctx, x), entry.head!.file, entry.head!.fnId, io.path.effect.key)) return [];
  return [guardFinding(guard === 'abort timer' ? 'timerRemoved' : 'raceRemoved', base, undefined, entry, io, timeouts(ctx, base)[0], undefined, ctx)];
}

/**
 * A call that now goes through another client (`slow.get` -> `plain.get`) or library (`ky` ->
 * `axios`) whose effective timeout (its client's, else the library's default) is gone or sharply
 * longer. A call that passes its own timeout is compared as a site.
 */
function movedCall(moved: MovedCall, ctx: Ctx): RuleFinding<MessageId>[] {
  const read = (s: SettingSite) => timeouts(ctx, s);
  const [cb, ch] = [moved.settings.base, moved.settings.head];
  const [b, h] = [effectiveWait(cb, read), effectiveWait(ch, read)];
  // A call's own options paired across the change are compared as sites.
  if ((b.from === 'call' && cb.ownPaired) || (h.from === 'call' && ch.ownPaired) || typeof b.ms !== 'number' || h.ms === undefined) return [];
  const raise = h.ms === null ? 'sharp' : raiseOf(ctx, b.ms, h.ms);
  const side = (w: Wait) => ({ shown: w.shown, ...(w.setting ? { value: w.setting.value } : {}), extra: typeof w.ms === 'number' ? { ms: w.ms } : {} });
  return raise ? [movedFinding('callMoved', h.ms === null ? 'high' : raise === 'sharp' ? 'medium' : 'low', moved, 'timeout', side(b), side(h))] : [];
}

// ---------------------------------------------------------------- findings

function finding(messageId: MessageId, base: SettingSite, head: SettingSite, before: TimeoutSetting, after: TimeoutSetting | undefined, ctx: Ctx, uncertain = false): RuleFinding<MessageId> {
  const option = before.path;
  // At the value's origin (in the call, or a changed constant or options object anywhere), else at the call.
  const removed = !after || after.provenance.endsWith('default');
  const anchor = removed ? removalAnchor(ctx.view, base, head, before.value) : anchorOf(ctx.view, head, after.value);
  const related: RelatedLocation[] = [lineAt('base', before.at, `before: ${option} = ${before.shown}`), ...anchor.related];
  if (after && !anchor.atOrigin && !inSite(head, after.at)) related.push(lineAt('head', after.at, `set here: ${option} = ${after.shown}`));
  const callee = boundCallee(base, head);
  return {
    messageId,
    severity: stepDown(severityOf(messageId, head, after?.amount, ctx), uncertain),
    data: { option, callee, before: before.shown, after: after?.shown ?? 'unset', factor: factorText(before.amount, after?.amount) },
    at: { side: 'head', file: anchor.file, span: anchor.span },
    related,
    effect: { kind: head.kind, callee: head.key },
    before: side(before),
    after: side(after, option),
    identity: `${head.fnId}|${head.key}|${option}|${messageId}`,
  };
}

function guardFinding(messageId: MessageId, base: SettingSite, head: SettingSite | undefined, entry: EntryChange, io: Guarded, before: TimeoutSetting | undefined, after: TimeoutSetting | undefined, ctx: Ctx, notable = false): RuleFinding<MessageId> {
  const path = lastName(base);
  const guard = guardOf(base);
  const name = guardName(base);
  // A guard still there (raised) is where the change is; a guard that went away leaves the I/O it bounded.
  const at = head ? { file: head.file, span: head.span } : { file: io.file, span: io.span };
  const shownBefore = before ?? timeoutSetting(path, { k: 'unknown', text: base.text, at: { file: base.file, line: base.span.line } });
  return {
    messageId,
    severity: stepDown(severityOf(messageId, { ...base, kind: io.path.effect.kind }, after?.amount, ctx), notable),
    data: { entry: entry.head!.fnId, guard: name, callee: shortCall(io.callText), before: shownBefore.shown, after: after?.shown ?? 'unset', factor: factorText(before?.amount, after?.amount) },
    at: { side: 'head', ...at },
    related: [{ side: 'base', file: base.file, line: base.span.line, column: base.span.column, endLine: base.span.endLine, endColumn: base.span.endColumn, message: `before: ${base.text}` }],
    effect: { kind: io.path.effect.kind, callee: io.path.effect.key },
    before: { guard: name, ...side(shownBefore, undefined, false) },
    after: { guard: name, ...side(after, undefined, false) },
    identity: `${entry.head!.fnId}|${guard}|${messageId}`,
  };
}

/** The `before`/`after` of a finding: the value as shown, its milliseconds when known, and where it is set. */
function side(t: TimeoutSetting | undefined, option = t?.path, named = true): Record<string, unknown> {
  const ms = t?.amount;
  return sideOf(named ? option : undefined, t?.shown ?? 'unset', t?.value, ms !== undefined && ms !== -1 && Number.isFinite(ms) ? { ms } : {});
}

/**
 * Blast radius: a client's construction or factory configures every call made through it; a
 * disabled or removed bound on I/O is high, a raise is medium when it passes the ceiling or
 * applies to a whole client, low otherwise; a call we cannot tell is I/O is one step lower.
 */
function severityOf(messageId: MessageId, site: SettingSite, afterMs: number | undefined, ctx: Ctx): Severity {
  const io = site.kind !== 'other';
  if (messageId === 'fromEnv') return 'low';
  if (messageId === 'raised' || messageId === 'timerRaised' || messageId === 'defaultRaised') {
    const wide = site.key.startsWith('new ') || CLIENT_FACTORY.test(lastName(site));
    return io && ((afterMs !== undefined && afterMs > ctx.options.ceilingMs) || wide) ? 'medium' : 'low';
  }
  return io ? 'high' : 'medium';
}

// ---------------------------------------------------------------- the I/O a guard bounds

function entryOf(view: ChangeView, base: SettingSite): EntryChange | undefined {
  const entry = view.entryOf('base', base.file, base.fnId);
  return entry?.head ? entry : undefined;
}
