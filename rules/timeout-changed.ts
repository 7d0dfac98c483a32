/**
 * timeout-changed: a timeout, deadline or abort signal on an I/O call or its client that was
 * removed, disabled (0, Infinity, false, null) or raised sharply.
 *
 * The rule reads the settings model (src/model/settings.ts): every call or construction with
 * options, its options evaluated across spreads, constants of any file, arithmetic and `ms()`.
 * Timeouts are recognized by the option's name (any client, any option), not by a list of
 * libraries; abort timers, `Promise.race` timers and timeout wrappers (`pTimeout`, `.timeout(ms)`)
 * are guards of the I/O in their function.
 */
import { defineRule, type ChangeView, type EntryChange, type RuleFinding } from '../src/rule.js';
import { describe, parseDuration, type SettingSite, type Value } from '../src/model/settings.js';
import { newSpreads, type SettingPair } from '../src/match/settings.js';
import type { EffectPath } from '../src/model/summaries.js';
import { anchorOf, removalAnchor } from './shared/anchor.js';
import type { RelatedLocation, Severity } from '../src/types.js';

type MessageId = 'removed' | 'defaultRaised' | 'disabled' | 'raised' | 'fromEnv' | 'signalRemoved' | 'timerRemoved' | 'raceRemoved' | 'timerRaised';

/**
 * Option names that bound how long a call may wait: `timeout`, `headersTimeout`, `statement_timeout`,
 * `connectionTimeoutMillis`, `serverSelectionTimeoutMS`, `requestTimeoutMs`, `timeoutSeconds`, `deadline`,
 * Prisma's `maxWait`, MongoDB's `maxTimeMS` and `wtimeoutMS`. The name must end in the word, so
 * `timeoutErrorMessage` is not one.
 */
const TIMEOUT_KEY = /(timeout|deadline)(_?ms|_?millis(econds)?|_?secs?|_?seconds|_?in_?(ms|millis(econds)?|secs?|seconds|minutes?))?$|^(maxWait(ms)?|maxTimeMS|wtimeout(ms)?)$/i;
/**
 * Not bounds on a call: idle and keep-alive reapers, cache lifetimes, session liveness, shutdown
 * grace periods, and flags or callbacks about timeouts (`shouldResetTimeout`, `onTimeout`).
 */
const NOT_A_HANG_BOUND = /idle|keep_?alive|ttl|^(cache|session|heartbeat|shutdown|graceful|drain|close)/i;
const FLAG_OR_CALLBACK = /^(should|reset|enable|disable|use|is|has|on)[A-Z_]/;
/** Under `timeout: { ... }` (got) or `timeouts: { ... }`, every numeric leaf bounds a phase of the call. */
const TIMEOUT_CONTAINER = /^timeouts?$/i;
/** Containers of retry policies: what they hold named `*Timeout` is a delay between attempts. */
const RETRY_OR_BACKOFF = /^(retry|retries|retryOptions|retryPolicy|retryStrategy|backoff|backoffOptions)$/i;
/** `signal` (fetch, axios, got, undici), `abortSignal` (AI SDKs). */
const SIGNAL_KEY = /^(abort)?signal$/i;
/** Functions whose numeric argument is the timeout of what they wrap: `pTimeout(p, 5000)`, `withTimeout(p, ms)`. */
const TIMEOUT_WRAPPER = /^(p|with|promise)?timeout$/i;
/** Methods that set a timeout on the call they are chained to: `.timeout(5000)` (knex, superagent), `.maxTimeMS(2000)` (mongoose). */
const TIMEOUT_METHOD = /^(timeout|maxTimeMS|setTimeout|deadline|setDeadline)$/;
/** Calls that carry timeout-like options but are not I/O: tests, timers, debouncing, UI waits. */
const NOT_IO = /^(it|test|describe|bench|before(All|Each)?|after(All|Each)?|expect|waitFor\w*|debounce|throttle|setTimeout|setInterval|sleep|delay|wait)$/;
/** Timers a race runs against: `sleep(5000)`, `delay(ms)`, `timeout(ms)`; and the same written inside text the model keeps unevaluated. */
const TIMER_CALLEE = /(^|\.)(sleep|delay|wait|timeout|timer|setTimeout|rejectAfter|timeoutAfter|rejectIn)$/i;
const TIMER_IN_TEXT = /\b(?:sleep|delay|wait|timeout|timer|rejectAfter|timeoutAfter|rejectIn)\s*\(\s*([\w$.]+)\s*[,)]/i;
/** A factory or construction configures every call made through what it returns: the widest blast radius. */
const CLIENT_FACTORY = /^(create\w*|extend|connect\w*|init\w*|configure|setup|instance|defaults|Pool|Client)$/;

/** A raise counts as sharp at this factor, or when it crosses this many milliseconds. */
export const RAISE_FACTOR = 5;
export const RAISE_CEILING_MS = 60_000;
/** A lesser raise is still worth a low note: this factor of a wait already past the ceiling, or this factor and this many more milliseconds. */
const LONG_WAIT_FACTOR = 2;
const NOTABLE_FACTOR = 3;
const NOTABLE_INCREASE_MS = 10_000;
/** `setTimeout` cannot wait longer (2^31 - 1 ms, about 24.8 days): a timeout at or past it never fires. */
const NEVER_MS = 2 ** 31 - 1;

export default defineRule<MessageId>({
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
      `A timeout raised by less than ${RAISE_FACTOR}x that stays at or below ${formatMs(RAISE_CEILING_MS)}, unless it grows at least ${NOTABLE_FACTOR}x and by ${formatMs(NOTABLE_INCREASE_MS)} or more (then low); one already past ${formatMs(RAISE_CEILING_MS)} raised by less than ${LONG_WAIT_FACTOR}x. (The raise factor and ceiling are the \`timeoutRaiseFactor\` and \`timeoutCeilingMs\` thresholds.)`,
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
  },
  check(view) {
    const out: RuleFinding<MessageId>[] = [];
    const embedded = { base: embeddedSites(view.settings, 'base'), head: embeddedSites(view.settings, 'head') };
    // A call that lost its options arrives paired with its bare form (the engine finds it in the same, or renamed, function).
    for (const { base, head } of view.settings) {
      if (base?.role === 'retry-loop' || head?.role === 'retry-loop') continue;
      // `new NodeHttpHandler({...})` inside `new S3Client({ requestHandler })`, `AbortSignal.timeout()` inside `fetch(u, { signal })`:
      // the outer site reports them, with the client's name.
      if ((base && embedded.base(base)) || (head && embedded.head(head))) continue;
      if (base && !ioLike(base)) continue;
      if (base && head) out.push(...compareSites(base, head, view));
      else if (base) out.push(...removedGuard(base, view));
    }
    return dedupe(out);
  },
});

// ---------------------------------------------------------------- timeout leaves of a site

interface Leaf {
  /** `timeout`, `socket.connectTimeout`, `timeout.request`, `requestHandler.requestTimeout`, `signal`. */
  path: string;
  value: Value;
}

/** Timeout leaves of an options object, through nested objects and inner constructions. */
function optionLeaves(options: Map<string, Value>, prefix = '', inContainer = false, depth = 0, vocabulary?: Record<string, unknown>): Leaf[] {
  const out: Leaf[] = [];
  for (const [key, value] of options) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (SIGNAL_KEY.test(key)) {
      out.push({ path, value });
      continue;
    }
    // Sequelize's `pool: { acquire: 30000 }`: how long a query waits for a connection.
    const poolWait = /pool$/i.test(prefix) && /^acquire$/i.test(key);
    // A library's own names for its waits (BullMQ's `lockDuration`), from the catalog.
    const libraryNamed = !!vocabulary && Object.hasOwn(vocabulary, path);
    // `retry: { minTimeoutInMs }`, `backoff: { maxTimeout }`: delays between attempts, not bounds on a call.
    const delay = RETRY_OR_BACKOFF.test(prefix.split('.').pop() ?? '');
    const timeoutNamed = libraryNamed || ((TIMEOUT_KEY.test(key) || inContainer || poolWait) && !delay && !NOT_A_HANG_BOUND.test(key) && !FLAG_OR_CALLBACK.test(key));
    if (value.k === 'obj' && depth < 3) {
      out.push(...optionLeaves(value.props, path, TIMEOUT_CONTAINER.test(key), depth + 1, vocabulary));
      // `timeout: {}`: every phase unbounded.
      if (timeoutNamed && value.props.size === 0) out.push({ path, value });
      continue;
    }
    // `requestHandler: new NodeHttpHandler({ requestTimeout })`, `httpsAgent: new Agent({ timeout })`: options of an inner construction.
    if (value.k === 'call' && depth < 3 && !isDeadlineCall(value)) {
      for (const arg of value.args) if (arg.k === 'obj') out.push(...optionLeaves(arg.props, path, false, depth + 1));
      if (timeoutNamed) out.push({ path, value });
      continue;
    }
    if (timeoutNamed && (value.k !== 'str' || parseDuration(value.v) !== undefined) && value.k !== 'fn' && !(value.k === 'bool' && value.v)) out.push({ path, value });
  }
  return out;
}

/** The name a site is called by in the code: `axios.create`, `new Redis`, `this.http.get`. */
function calleeText(site: SettingSite): string {
  return site.text.replace(/\s+\./g, '.');
}

/** The last name of the callee: `create` in `axios.create`, `Redis` in `new Redis`. */
function lastName(site: SettingSite): string {
  return site.text.replace(/^new /, '').split('.').pop() ?? site.text;
}

/** Guards: code whose only purpose is to bound the I/O next to it. */
type GuardKind = 'abort timer' | 'race' | 'wrapper' | 'method';

function guardOf(site: SettingSite): GuardKind | undefined {
  if (site.role === 'abort-timer') return 'abort timer';
  if (site.wraps) return 'wrapper';
  if (site.role === 'race-timeout') return 'race';
  const name = lastName(site);
  if (site.text.includes('.') && TIMEOUT_METHOD.test(name) && !/^AbortSignal\./.test(site.text)) return 'method';
  if (TIMEOUT_WRAPPER.test(name) && !/^AbortSignal\./.test(site.text)) return 'wrapper';
  return undefined;
}

/** The bound a guard sets: the abort timer's delay, the race's timer, `pTimeout(p, ms)`, `.timeout(ms)`. */
function guardBound(site: SettingSite): Value | undefined {
  switch (guardOf(site)) {
    case 'abort timer':
      return site.args[1];
    case 'race':
      return raceTimer(site.args);
    case 'wrapper': {
      if (site.wraps) return site.args[site.wraps.ms];
      const ms = site.options.get('milliseconds') ?? site.options.get('timeout') ?? site.options.get('ms');
      return ms ?? site.args.find((a) => a.k === 'num' || a.k === 'env' || a.k === 'str');
    }
    case 'method':
      return site.args[0] && site.args[0].k !== 'obj' ? site.args[0] : undefined;
    default:
      return undefined;
  }
}

/** Every timeout a site sets: its options, or the bound of a guard. */
function leavesOf(site: SettingSite): Leaf[] {
  const guard = guardOf(site);
  if (guard === 'method' && site.args[0]?.k === 'obj') {
    // superagent's `.timeout({ response: 5000, deadline: 60000 })`.
    return optionLeaves(site.args[0].props, lastName(site), true);
  }
  if (guard) {
    const bound = guardBound(site);
    return bound ? [{ path: lastName(site), value: bound }] : [];
  }
  return optionLeaves(site.options, '', false, 0, site.defaults?.timeouts);
}

// ---------------------------------------------------------------- values

/** Milliseconds, when the code states them; a unit in the option's name (`timeoutSeconds`) is applied. */
function millis(path: string, v: Value): number | undefined {
  let n: number | undefined;
  if (v.k === 'either') {
    // The longest wait either branch allows.
    const all = v.items.map((x) => millis(path, x)).filter((x): x is number => x !== undefined);
    return all.length ? Math.max(...all) : undefined;
  }
  if (v.k === 'num') n = v.v;
  else if (v.k === 'str') n = parseDuration(v.v);
  else if (v.k === 'env') return v.fallback ? millis(path, v.fallback) : undefined;
  else if (v.k === 'call' || v.k === 'arr') {
    const signal = signalTimeout(v);
    if (signal !== undefined) return signal;
    return deadlineOf(v);
  } else if (v.k === 'unknown') return deadlineOf(v);
  if (n === undefined || Number.isNaN(n)) return undefined;
  const key = path.split('.').pop() ?? path;
  // A gRPC-style absolute deadline (milliseconds since the epoch) is not a duration.
  if (/deadline/i.test(key) && n > 1e12 && n !== Infinity) return undefined;
  if (v.k === 'num' && v.text) return n; // `ms('2s')`: already milliseconds
  if (/(seconds?|secs?|_s)$/i.test(key) && !/ms$/i.test(key)) return n * 1000;
  if (/minutes?$/i.test(key)) return n * 60_000;
  return n;
}

/** `AbortSignal.timeout(ms)`, also inside `AbortSignal.any([req.signal, AbortSignal.timeout(ms)])`. */
function signalTimeout(v: Value, depth = 0): number | undefined {
  if (depth > 4) return undefined;
  // `AbortSignal.timeout(ms)`, and helpers named for it: `timeoutSignal(ms)`, `withTimeout(ms)`, `createTimeoutSignal(ms)`.
  if (v.k === 'call' && /timeout/i.test(v.callee.split('.').pop() ?? '')) {
    const ms = v.args[0];
    if (ms?.k === 'num') return ms.v;
    if (ms?.k === 'env' && ms.fallback?.k === 'num') return ms.fallback.v;
    return -1; // a timeout whose length the code does not state
  }
  const inner = v.k === 'call' ? v.args : v.k === 'arr' || v.k === 'either' ? v.items : [];
  for (const x of inner) {
    const n = signalTimeout(x, depth + 1);
    if (n !== undefined) return n;
  }
  return undefined;
}

/** `Date.now() + 5000`, `new Date(Date.now() + ms('5s'))`: a gRPC deadline, as its distance from now. */
function deadlineOf(v: Value): number | undefined {
  if (v.k === 'call' && /^new Date$/.test(v.callee) && v.args[0]) return deadlineOf(v.args[0]);
  if (v.k !== 'unknown') return undefined;
  const m = /^(?:Date\.now\(\)|new Date\(\)\.getTime\(\)|\+new Date\(\))\s*\+\s*(.+)$/.exec(v.text);
  if (!m) return undefined;
  const rest = m[1]!.replace(/^'(.*)'$/, '$1').replace(/_/g, '');
  return /^\d+(\.\d+)?$/.test(rest) ? Number(rest) : parseDuration(rest);
}

function isDeadlineCall(v: Value): boolean {
  return v.k === 'call' && (/^new Date$/.test(v.callee) || signalTimeout(v) !== undefined);
}

/** `0`, `Infinity`, `false`, `null`, `{}` under a timeout name, a negative value, or one `setTimeout` cannot wait for. */
function isDisabled(v: Value, ms: number | undefined): boolean {
  if (v.k === 'bool') return !v.v;
  if (v.k === 'null') return true;
  if (v.k === 'obj') return v.props.size === 0;
  if (v.k === 'either') return v.items.some((x) => isDisabled(x, millis('', x)));
  if (v.k === 'env') return !!v.fallback && isDisabled(v.fallback, ms);
  return ms !== undefined && ms !== -1 && (ms <= 0 || ms >= NEVER_MS);
}

function show(v: Value | undefined, ms: number | undefined): string {
  if (!v) return 'unset';
  if (v.k === 'env') return `set from the environment (\`process.env.${v.name}\`${v.fallback ? `, default ${show(v.fallback, ms)}` : ''})`;
  if (v.k === 'null') return 'unset';
  if (v.k === 'bool') return `\`${v.v}\``;
  if (v.k === 'obj' && v.props.size === 0) return '`{}`';
  if (isDefaultValue(v)) return v.text;
  if (v.k === 'either' && v.items.every((x) => millis('', x) !== undefined)) return v.items.map((x) => show(x, millis('', x))).join(' or ');
  if (ms !== undefined && ms !== -1) return formatMs(ms);
  return `\`${describe(v)}\``;
}

export function formatMs(ms: number): string {
  if (ms === Infinity) return 'Infinity';
  if (ms <= 0) return String(ms);
  if (ms >= NEVER_MS) return `${ms} ms`;
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000} s`;
  if (ms >= 1000) return `${Math.round(ms / 100) / 10} s`;
  return `${ms} ms`;
}

function factorOf(beforeMs: number | undefined, afterMs: number | undefined): string {
  if (!beforeMs || beforeMs <= 0 || afterMs === undefined) return '';
  const f = afterMs / beforeMs;
  return `${f >= 10 ? Math.round(f) : Math.round(f * 10) / 10}x`;
}

/** The thresholds of the run being checked: the configuration's, or the defaults above. */
function limitsOf(view: ChangeView): { factor: number; ceiling: number } {
  return { factor: view.thresholds?.timeoutRaiseFactor ?? RAISE_FACTOR, ceiling: view.thresholds?.timeoutCeilingMs ?? RAISE_CEILING_MS };
}

/**
 * How much a raise matters: `sharp` at the raise factor or when it crosses the ceiling; `notable`
 * (reported low) at 2x of a wait already past the ceiling, or at 3x and 10 s more; else nothing.
 */
function raiseOf(view: ChangeView, beforeMs: number | undefined, afterMs: number | undefined): 'sharp' | 'notable' | undefined {
  if (beforeMs === undefined || afterMs === undefined || beforeMs <= 0 || afterMs <= 0 || afterMs <= beforeMs) return undefined;
  const { factor, ceiling } = limitsOf(view);
  const ratio = afterMs / beforeMs;
  if (ratio >= factor || (afterMs > ceiling && beforeMs <= ceiling)) return 'sharp';
  if ((beforeMs > ceiling && ratio >= LONG_WAIT_FACTOR) || (ratio >= NOTABLE_FACTOR && afterMs - beforeMs >= NOTABLE_INCREASE_MS)) return 'notable';
  return undefined;
}

/**
 * The wait an option left out gets: the library's documented default (milliseconds, `null` for
 * none: it waits forever), or the project callee's own default for it (`{ timeoutMs = 5000 }`);
 * `'passed-on'` when the callee takes the option without a default it states (code further in
 * decides); undefined when not known.
 */
function defaultOf(site: SettingSite, path: string): number | null | 'passed-on' | undefined {
  const table = site.defaults?.timeouts;
  if (table && Object.hasOwn(table, path)) return table[path];
  const own = site.params?.find((p) => p.prop && p.name === path);
  if (!own) return undefined;
  const ms = own.default ? millis(path, own.default) : undefined;
  return ms !== undefined && ms >= 0 ? ms : 'passed-on';
}

// ---------------------------------------------------------------- comparing sites

function compareSites(base: SettingSite, head: SettingSite, view: ChangeView): RuleFinding<MessageId>[] {
  const guard = guardOf(base);
  if (guard && guardOf(head) === guard && guard !== 'method') return compareGuards(base, head, view);
  if (base.role || head.role) return [];
  const headLeaves = new Map(leavesOf(head).map((l) => [l.path, l.value]));
  // An options argument that became something the model cannot read (`axios.create(buildConfig())`,
  // `fetch(url, init)`) may still carry the timeout: absence is not removal there.
  // A spread head shares with base may still hold the key (base wrote over it): reported one step lower.
  const opaque = newSpreads(base, head).length > 0 || base.args.some((a, i) => a.k === 'obj' && head.args[i] !== undefined && head.args[i]!.k !== 'obj' && !isPrimitive(head.args[i]!));
  const shared = !opaque && head.args.some((a) => a.k === 'obj' && a.opaque);
  const out: RuleFinding<MessageId>[] = [];
  const baseLeaves = leavesOf(base);
  for (const { path, value: before } of baseLeaves) {
    const after = headLeaves.get(path);
    const beforeMs = millis(path, before);
    if (SIGNAL_KEY.test(path.split('.').pop()!)) {
      if (signalTimeout(before) === undefined) continue;
      if (!after || after.k === 'null' || signalTimeout(after) === undefined) {
        // Another signal (`req.signal`, a parameter) may carry a timeout the model cannot see: one step lower,
        // unless it is only what was combined with the timeout before.
        const unseen = !!after && after.k !== 'null' && !droppedFromCombination(before, after);
        if (!opaque && !hasOtherGuard(view, head.file, head.fnId, undefined, head)) out.push(finding('signalRemoved', base, head, path, before, after, view, unseen));
        continue;
      }
    }
    if (before.k === 'env' && !before.fallback) continue; // nothing stated to compare with
    if (isDisabled(before, beforeMs)) continue; // it bounded nothing before either
    if (!after) {
      if (!opaque) out.push(...removal(base, head, path, before, beforeMs, view, shared));
      continue;
    }
    const afterMs = millis(path, after);
    if (isDisabled(after, afterMs)) {
      out.push(finding('disabled', base, head, path, before, after, view));
      continue;
    }
    if (after.k === 'env' && !after.fallback) {
      if (before.k !== 'env') out.push(finding('fromEnv', base, head, path, before, after, view));
      continue;
    }
    const raise = raiseOf(view, beforeMs, afterMs);
    if (raise) out.push(finding('raised', base, head, path, before, after, view, raise === 'notable'));
  }
  // An option head adds over the library's default: one that disables the bound, or a sharp raise over a known default.
  const inBase = new Set(baseLeaves.map((l) => l.path));
  for (const [path, after] of headLeaves) {
    // `timeout: undefined` is the option left out; a base that spread something unread may have set it.
    if (inBase.has(path) || after.k === 'null' || SIGNAL_KEY.test(path.split('.').pop()!) || base.args.some((a) => a.k === 'obj' && a.opaque)) continue;
    const found = defaultOf(head, path);
    const dflt = found === 'passed-on' ? undefined : found;
    const afterMs = millis(path, after);
    const before = defaultValue(base, path, dflt);
    if (isDisabled(after, afterMs) && after.k !== 'obj') {
      if (dflt !== null) out.push(finding('disabled', base, head, path, before, after, view));
      continue;
    }
    const raise = typeof dflt === 'number' ? raiseOf(view, dflt, afterMs) : undefined;
    if (raise) out.push(finding('raised', base, head, path, before, after, view, raise === 'notable'));
  }
  return out;
}

const DEFAULT_SHOWN = 'the library default';
const CALLEE_DEFAULT = 'the default of';

/** A value `defaultValue` made: what a site gets for an option it leaves out, not one the code writes. */
function isDefaultValue(v: Value): v is Extract<Value, { k: 'num' }> & { text: string } {
  return v.k === 'num' && !!v.text && (v.text.startsWith(DEFAULT_SHOWN) || v.text.startsWith(CALLEE_DEFAULT));
}

/** The value a site gets for an option it leaves out: the library's default, shown as such. */
function defaultValue(site: SettingSite, path: string, dflt: number | null | undefined): Value {
  const at = { file: site.file, line: site.span.line };
  const library = !!site.defaults?.timeouts && Object.hasOwn(site.defaults.timeouts, path);
  if (typeof dflt === 'number') return { k: 'num', v: dflt, at, text: `${library ? DEFAULT_SHOWN : `${CALLEE_DEFAULT} \`${lastName(site)}\``}, ${formatMs(dflt)}` };
  return { k: 'unknown', text: dflt === null ? 'unset (no timeout)' : 'unset (the library default)', at };
}

/**
 * An option head no longer sets. The library's documented default decides: none (it waits
 * forever) is a removal; a known wait is compared like a raise; an unknown one is a removal,
 * one step lower when the call is not known I/O or the value it had cannot be read.
 */
function removal(base: SettingSite, head: SettingSite, path: string, before: Value, beforeMs: number | undefined, view: ChangeView, shared: boolean): RuleFinding<MessageId>[] {
  const dflt = defaultOf(head, path);
  // The project's own function takes the option and decides its default further in: not "the library default".
  if (dflt === 'passed-on') return [];
  if (typeof dflt === 'number') {
    const raise = raiseOf(view, beforeMs, dflt);
    if (!raise) return [];
    return [finding('defaultRaised', base, head, path, before, defaultValue(head, path, dflt), view, shared || raise === 'notable')];
  }
  const unreadable = beforeMs === undefined && before.k !== 'env';
  return [finding('removed', base, head, path, before, undefined, view, shared || (dflt === undefined && unreadable))];
}

/**
 * `AbortSignal.any([req.signal, AbortSignal.timeout(5000)])` -> `req.signal`: what is left is only
 * signals that were combined with the timeout before, so the timeout itself is what went away.
 */
function droppedFromCombination(before: Value, after: Value): boolean {
  if (before.k !== 'call' || !/AbortSignal\.any$/.test(before.callee) || before.args[0]?.k !== 'arr') return false;
  const others = new Set(before.args[0].items.filter((x) => signalTimeout(x) === undefined).map(describe));
  const left = after.k === 'call' && /AbortSignal\.any$/.test(after.callee) && after.args[0]?.k === 'arr' ? after.args[0].items : [after];
  return left.every((x) => others.has(describe(x)));
}

function isPrimitive(v: Value): boolean {
  return v.k === 'num' || v.k === 'str' || v.k === 'bool' || v.k === 'null' || v.k === 'fn';
}

function compareGuards(base: SettingSite, head: SettingSite, view: ChangeView): RuleFinding<MessageId>[] {
  const before = guardBound(base);
  const after = guardBound(head);
  if (!before || !after) return [];
  const path = lastName(base);
  const beforeMs = millis(path, before);
  const afterMs = millis(path, after);
  const raise = raiseOf(view, beforeMs, afterMs);
  if (!raise) return [];
  const entry = entryOf(view, base);
  const io = entry?.head ? boundedIo(entry, base, head) : undefined;
  if (!entry?.head || !io) return [];
  return [guardFinding('timerRaised', base, head, entry, io, before, after, view, raise === 'notable')];
}

/** A base guard (an abort timer, a race) with no head counterpart, in a function that still makes the call it bounded. */
function removedGuard(base: SettingSite, view: ChangeView): RuleFinding<MessageId>[] {
  const entry = entryOf(view, base);
  const guard = guardOf(base);
  if (!entry?.head || !guard) return []; // the function itself is gone, or an ordinary site: paired with its bare call if still made
  const bound = guardBound(base);
  const io = boundedIo(entry, base, signalled(view, base));
  // A timer around nothing is not a timeout of anything; one replaced by another guard was moved, not removed.
  if (!io || hasOtherGuard(view, entry.head.file, entry.head.fnId, io.path.effect.key)) return [];
  return [guardFinding(guard === 'abort timer' ? 'timerRemoved' : 'raceRemoved', base, undefined, entry, io, bound, undefined, view)];
}

/**
 * The head counterpart of the call an abort timer's controller was given to, in the base function
 * (`fetch(url, { signal: controller.signal })`, `new Upload({ abortController: controller })`).
 */
function signalled(view: ChangeView, timer: SettingSite): SettingSite | undefined {
  const cb = timer.role === 'abort-timer' ? timer.args[0] : undefined;
  const controller = cb?.k === 'fn' ? /([\w$]+)\.abort\s*\(/.exec(cb.text)?.[1] : undefined;
  if (!controller) return undefined;
  // The signal option, or the controller itself (`abortController: controller`); a local controller reads as its construction.
  const given = (l: Leaf) => SIGNAL_KEY.test(l.path.split('.').pop()!) || describe(l.value) === controller;
  return view.settings.find(({ base: b, head: h }) => h && b && b !== timer && b.file === timer.file && b.fnId === timer.fnId && optionLeaves(b.options).some(given))?.head;
}

/**
 * Whether the head function still bounds its I/O some other way: an abort timer, a race or a
 * timeout wrapper anywhere in it; and, for a guard that went away (`key` given), a timeout option
 * or signal on a call of the callee it bounded (`setTimeout(() => c.abort())` replaced by
 * `fetch(u, { signal: AbortSignal.timeout(ms) })`).
 */
function hasOtherGuard(view: ChangeView, file: string, fnId: string, key: string | undefined, except?: SettingSite): boolean {
  return view.settings.some(({ head: h }) => {
    if (!h || h === except || h.file !== file || h.fnId !== fnId || h.role === 'retry-loop') return false;
    const guard = guardOf(h);
    if (guard && guard !== 'method') return true;
    if (key === undefined || h.key !== key) return false;
    return leavesOf(h).some((l) => {
      const ms = millis(l.path, l.value);
      if (SIGNAL_KEY.test(l.path.split('.').pop()!)) return signalTimeout(l.value) !== undefined;
      return !isDisabled(l.value, ms);
    });
  });
}

// ---------------------------------------------------------------- findings

function finding(messageId: MessageId, base: SettingSite, head: SettingSite, option: string, before: Value, after: Value | undefined, view: ChangeView, uncertain = false): RuleFinding<MessageId> {
  const beforeMs = millis(option, before);
  const afterMs = after ? millis(option, after) : undefined;
  // At the value's origin (in the call, or a changed constant or options object anywhere), else at the call.
  const removed = !after || isDefaultValue(after);
  const anchor = removed ? removalAnchor(view, base, head, before) : anchorOf(view, head, after);
  const inSite = anchor.atOrigin || (!!after && after.at.file === head.file && after.at.line >= head.span.line && after.at.line <= head.span.endLine);
  const related: RelatedLocation[] = [
    { side: 'base', file: before.at.file, line: before.at.line, column: 1, endLine: before.at.line, endColumn: 1, message: `before: ${option} = ${show(before, beforeMs)}` },
    ...anchor.related,
  ];
  if (after && !inSite) related.push({ side: 'head', file: after.at.file, line: after.at.line, column: 1, endLine: after.at.line, endColumn: 1, message: `set here: ${option} = ${show(after, afterMs)}` });
  // A call that lost its options is seen through its call fact, named by its whole chain: name it as base did.
  let callee = head.args.length || !head.text.includes('(') ? calleeText(head) : calleeText(base);
  // `.timeout(1000)` chained to a query: name the query it bounds.
  if (guardOf(base) === 'method') callee = calleeText(base).slice(0, -(lastName(base).length + 1));
  return {
    messageId,
    severity: lower(severityOf(messageId, head, afterMs, view), uncertain),
    data: { option, callee, before: show(before, beforeMs), after: show(after, afterMs), factor: factorOf(beforeMs, afterMs) },
    at: { side: 'head', file: anchor.file, span: anchor.span },
    related,
    effect: { kind: head.kind, callee: head.key },
    before: side(option, before, beforeMs),
    after: side(option, after, afterMs),
    identity: `${head.fnId}|${head.key}|${option}|${messageId}`,
  };
}

function guardFinding(messageId: MessageId, base: SettingSite, head: SettingSite | undefined, entry: EntryChange, io: Bounded, before: Value | undefined, after: Value | undefined, view: ChangeView, notable = false): RuleFinding<MessageId> {
  const path = lastName(base);
  const beforeMs = before ? millis(path, before) : undefined;
  const afterMs = after ? millis(path, after) : undefined;
  const guard = guardOf(base);
  const name = guard === 'abort timer' ? 'abort timer' : guard === 'race' ? '`Promise.race` timeout' : guard === 'method' ? `\`.${path}()\` call` : `\`${path}\` wrapper`;
  const related: RelatedLocation[] = [{ side: 'base', file: base.file, line: base.span.line, column: base.span.column, endLine: base.span.endLine, endColumn: base.span.endColumn, message: `before: ${base.text}` }];
  // A guard still there (raised) is where the change is; a guard that went away leaves the I/O it bounded.
  const at = head ? { file: head.file, span: head.span } : { file: io.file, span: io.span };
  const beforeValue = before ?? { k: 'unknown' as const, text: base.text, at: { file: base.file, line: base.span.line } };
  return {
    messageId,
    severity: lower(severityOf(messageId, { ...base, kind: io.path.effect.kind }, afterMs, view), notable),
    data: { entry: entry.head!.fnId, guard: name, callee: shortCall(io.callText), before: show(beforeValue, beforeMs), after: show(after, afterMs), factor: factorOf(beforeMs, afterMs) },
    at: { side: 'head', ...at },
    related,
    effect: { kind: io.path.effect.kind, callee: io.path.effect.key },
    before: { guard: name, ...side(undefined, beforeValue, beforeMs) },
    after: { guard: name, ...side(undefined, after, afterMs) },
    identity: `${entry.head!.fnId}|${guard}|${messageId}`,
  };
}

/** The `before`/`after` of a finding: the value as shown, its milliseconds when known, and where it is set. */
function side(option: string | undefined, v: Value | undefined, ms: number | undefined): Record<string, unknown> {
  return { ...(option ? { option } : {}), value: show(v, ms), ...(ms !== undefined && ms !== -1 && Number.isFinite(ms) ? { ms } : {}), ...(v ? { setAt: `${v.at.file}:${v.at.line}` } : {}) };
}

/**
 * Blast radius: a client's construction or factory configures every call made through it; a
 * disabled or removed bound on I/O is high, a raise is medium when it passes the ceiling or
 * applies to a whole client, low otherwise; a call we cannot tell is I/O is one step lower.
 */
function severityOf(messageId: MessageId, site: SettingSite, afterMs: number | undefined, view: ChangeView): Severity {
  const io = site.kind !== 'other';
  if (messageId === 'fromEnv') return 'low';
  if (messageId === 'raised' || messageId === 'timerRaised' || messageId === 'defaultRaised') {
    const wide = site.key.startsWith('new ') || CLIENT_FACTORY.test(lastName(site));
    return io && ((afterMs !== undefined && afterMs > limitsOf(view).ceiling) || wide) ? 'medium' : 'low';
  }
  return io ? 'high' : 'medium';
}

// ---------------------------------------------------------------- helpers

function lower(s: Severity, yes: boolean): Severity {
  return !yes ? s : s === 'high' ? 'medium' : 'low';
}

/** Not I/O whatever its options say: test timeouts, debounce `maxWait`, UI waits. */
function ioLike(site: SettingSite): boolean {
  return !!site.role || !(site.kind === 'other' && NOT_IO.test(lastName(site)));
}

function siteId(site: SettingSite): string {
  return `${site.text.replace(/\s+\./g, '.')}@${site.file}:${site.span.line}`;
}

/**
 * Sites that another site reports: a construction inside its options (`requestHandler: new
 * NodeHttpHandler(...)`, `signal: AbortSignal.timeout(ms)`), or a timer among its arguments
 * (`Promise.race([call, timeout(ms)])`). An I/O call passed as an argument (`pTimeout(fetch(u, {...}))`)
 * keeps its own findings.
 */
function embeddedSites(pairs: SettingPair[], sideName: 'base' | 'head'): (site: SettingSite) => boolean {
  const inOptions = new Set<string>();
  const inArgs = new Set<string>();
  const walk = (v: Value, depth: number, into: Set<string>): void => {
    if (depth > 6) return;
    if (v.k === 'call') {
      into.add(`${v.callee}@${v.at.file}:${v.at.line}`);
      v.args.forEach((a) => walk(a, depth + 1, into));
    } else if (v.k === 'obj') for (const x of v.props.values()) walk(x, depth + 1, inOptions);
    else if (v.k === 'arr') v.items.forEach((x) => walk(x, depth + 1, into));
    else if (v.k === 'env' && v.fallback) walk(v.fallback, depth + 1, into);
  };
  for (const p of pairs) {
    const s = p[sideName];
    if (!s || s.role === 'retry-loop') continue;
    for (const a of s.args) walk(a, 0, inArgs);
  }
  return (site) => inOptions.has(siteId(site)) || (site.kind === 'other' && inArgs.has(siteId(site)));
}

function entryOf(view: ChangeView, base: SettingSite): EntryChange | undefined {
  const entry = view.entryOf('base', base.file, base.fnId);
  return entry?.head ? entry : undefined;
}

/** The I/O a guard bounds: the first I/O call made directly in the head function (after `head`'s position when known). */
interface Bounded {
  /** The I/O the guard bounds (an effect path of the head function). */
  path: EffectPath;
  /** Where the head function makes that call: the I/O itself, or the call into the helper that makes it. */
  file: string;
  span: EffectPath['span'];
  callText: string;
}

/**
 * The I/O a guard bounds in the head function. A race or a wrapper names what it bounds
 * (`Promise.race([getQuote(sku), timeout(ms)])`): that call, still made directly or through a helper.
 * Otherwise (an abort timer) the I/O made directly in the function, nearest `near` when given;
 * one that moved into a helper (`fetchWithTimeout`) may have taken its guard along.
 */
function boundedIo(entry: EntryChange, base: SettingSite, near?: SettingSite): Bounded | undefined {
  // The entry's paths all start in its function: directly (no steps) or through a call of its own (steps[0]).
  const own = entry.headPaths;
  const raced = racedCallees(base);
  if (raced.size) {
    for (const p of own) {
      const first = p.steps[0];
      const text = (first ? first.callText : p.callText).replace(/\s+\./g, '.');
      if (raced.has(text)) return first ? { path: p, file: first.file, span: first.span, callText: text } : { path: p, file: p.file, span: p.span, callText: text };
    }
  }
  const direct = own.filter((p) => p.steps.length === 0);
  const p = (near && direct.find((d) => d.span.line >= near.span.line && d.span.line <= near.span.endLine)) ?? direct[0];
  return p ? { path: p, file: p.file, span: p.span, callText: p.callText } : undefined;
}

/** The calls a race or a timeout wrapper runs against its timer: `getQuote(sku)` in `Promise.race([getQuote(sku), timeout(ms)])`. */
function racedCallees(site: SettingSite): Set<string> {
  const out = new Set<string>();
  const guard = guardOf(site);
  if (guard !== 'race' && guard !== 'wrapper') return out;
  const items = guard === 'race' && site.args[0]?.k === 'arr' ? site.args[0].items : site.wraps ? site.args.slice(site.wraps.promise, site.wraps.promise + 1) : site.args;
  for (const v of items) {
    if (v.k !== 'call') continue;
    // `getQuote(sku).then(parse)`: the callee text keeps the chain; its head is the call.
    const callee = v.callee.replace(/\(.*$/, '').replace(/\s+\./g, '.');
    if (!TIMER_CALLEE.test(callee) && !/^new Promise$/.test(callee)) out.add(callee);
  }
  return out;
}

/** The timer a `Promise.race` runs against: `sleep(5000)`, `timeout(ms)`, `new Promise((_, r) => setTimeout(r, 5000))`. */
function raceTimer(values: Value[], depth = 0): Value | undefined {
  if (depth > 4) return undefined;
  for (const v of values) {
    if (v.k === 'call') {
      if (TIMER_CALLEE.test(v.callee)) {
        const n = v.args.find((a) => a.k === 'num' || a.k === 'env');
        if (n) return n;
      }
      // `sleep(5000).then(() => { throw ... })`: the timer is the head of a chain the model keeps as text.
      const chained = TIMER_IN_TEXT.exec(v.callee);
      if (chained) return fromText(chained[1]!, v.at);
      const inner = raceTimer(v.args, depth + 1);
      if (inner) return inner;
    } else if (v.k === 'arr') {
      const inner = raceTimer(v.items, depth + 1);
      if (inner) return inner;
    } else if (v.k === 'fn') {
      // The timer is inside a function the model keeps as text: `setTimeout(reject, 5000)`.
      const m = /\bsetTimeout\s*\([\s\S]*,\s*([\w$.]+)\s*\)/.exec(v.text) ?? TIMER_IN_TEXT.exec(v.text);
      if (m) return fromText(m[1]!, v.at);
    }
  }
  return undefined;
}


/** A delay written inside text the model did not evaluate: a number, or the name it is given by. */
function fromText(text: string, at: Value['at']): Value {
  const n = text.replace(/_/g, '');
  return /^\d+(\.\d+)?$/.test(n) ? { k: 'num', v: Number(n), at } : { k: 'unknown', text, at };
}

/** `new Upload({ client, params: {...} }).done` -> `new Upload(...).done`: the call by its names, for a message. */
function shortCall(text: string): string {
  if (text.length <= 48) return text;
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') {
      if (depth++ === 0) out += '(...)';
    } else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out.replace(/\s+/g, ' ');
}

/** One finding per place, option and message. */
function dedupe(findings: RuleFinding<MessageId>[]): RuleFinding<MessageId>[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.at.file}:${f.at.span.line}|${f.identity}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

