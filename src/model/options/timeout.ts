/**
 * Timeouts: which options of a setting site bound how long its call may wait, in milliseconds.
 *
 * Timeouts are recognized by the option's name (any client, any option: `timeout`,
 * `connectionTimeoutMillis`, `statement_timeout`, `deadline`, `signal`), by a library's own
 * names from the catalog (BullMQ's `lockDuration`), and by guards: code whose only purpose is to
 * bound the I/O next to it (an abort timer, a `Promise.race` timer, a timeout wrapper, a
 * `.timeout(ms)` method). An option left out reads as the library's default, or the project
 * callee's own default for it.
 */
import { describe, parseDuration, type SettingSite, type Value } from '../settings.js';
import type { EffectPath } from '../summaries.js';
import { formatMs, NEVER_MS, provenanceOf, type Setting } from './index.js';

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
export const SIGNAL_KEY = /^(abort)?signal$/i;
/** Functions whose numeric argument is the timeout of what they wrap: `pTimeout(p, 5000)`, `withTimeout(p, ms)`. */
const TIMEOUT_WRAPPER = /^(p|with|promise)?timeout$/i;
/** Methods that set a timeout on the call they are chained to: `.timeout(5000)` (knex, superagent), `.maxTimeMS(2000)` (mongoose). */
const TIMEOUT_METHOD = /^(timeout|maxTimeMS|setTimeout|deadline|setDeadline)$/;
/** Calls that carry timeout-like options but are not I/O: tests, timers, debouncing, UI waits. */
const NOT_IO = /^(it|test|describe|bench|before(All|Each)?|after(All|Each)?|expect|waitFor\w*|debounce|throttle|setTimeout|setInterval|sleep|delay|wait)$/;
/** Timers a race runs against: `sleep(5000)`, `delay(ms)`, `timeout(ms)`; and the same written inside text the model keeps unevaluated. */
const TIMER_CALLEE = /(^|\.)(sleep|delay|wait|timeout|timer|setTimeout|rejectAfter|timeoutAfter|rejectIn)$/i;
const TIMER_IN_TEXT = /\b(?:sleep|delay|wait|timeout|timer|rejectAfter|timeoutAfter|rejectIn)\s*\(\s*([\w$.]+)\s*[,)]/i;

export interface Leaf {
  /** `timeout`, `socket.connectTimeout`, `timeout.request`, `requestHandler.requestTimeout`, `signal`. */
  path: string;
  value: Value;
}

/** Timeout leaves of an options object, through nested objects and inner constructions. */
export function optionLeaves(options: Map<string, Value>, prefix = '', inContainer = false, depth = 0, vocabulary?: Record<string, unknown>): Leaf[] {
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
export function calleeText(site: SettingSite): string {
  return site.text.replace(/\s+\./g, '.');
}

/** The last name of the callee: `create` in `axios.create`, `Redis` in `new Redis`. */
export function lastName(site: SettingSite): string {
  return site.text.replace(/^new /, '').split('.').pop() ?? site.text;
}

/** Guards: code whose only purpose is to bound the I/O next to it. */
export type GuardKind = 'abort timer' | 'race' | 'wrapper' | 'method';

export function guardOf(site: SettingSite): GuardKind | undefined {
  if (site.role === 'abort-timer') return 'abort timer';
  if (site.wraps) return 'wrapper';
  if (site.role === 'race-timeout') return 'race';
  const name = lastName(site);
  if (site.text.includes('.') && TIMEOUT_METHOD.test(name) && !/^AbortSignal\./.test(site.text)) return 'method';
  if (TIMEOUT_WRAPPER.test(name) && !/^AbortSignal\./.test(site.text)) return 'wrapper';
  return undefined;
}

/** The bound a guard sets: the abort timer's delay, the race's timer, `pTimeout(p, ms)`, `.timeout(ms)`. */
export function guardBound(site: SettingSite): Value | undefined {
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

/** How a guard reads in a message: `abort timer`, `` `Promise.race` timeout ``, `` `.timeout()` call ``, `` `pTimeout` wrapper ``. */
export function guardName(site: SettingSite): string {
  const guard = guardOf(site);
  const path = lastName(site);
  return guard === 'abort timer' ? 'abort timer' : guard === 'race' ? '`Promise.race` timeout' : guard === 'method' ? `\`.${path}()\` call` : `\`${path}\` wrapper`;
}

/**
 * The call a timeout bounds, as a message names it: a call that lost its options (seen through its
 * call fact, named by its whole chain) as base named it; the query a chained `.timeout(1000)` bounds.
 */
export function boundCallee(base: SettingSite, head: SettingSite): string {
  if (guardOf(base) === 'method') return calleeText(base).slice(0, -(lastName(base).length + 1));
  return head.args.length || !head.text.includes('(') ? calleeText(head) : calleeText(base);
}

/** Every timeout a site sets: its options, or the bound of a guard. */
export function leavesOf(site: SettingSite): Leaf[] {
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

/** Milliseconds, when the code states them; a unit in the option's name (`timeoutSeconds`) is applied. */
export function millis(path: string, v: Value): number | undefined {
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
export function signalTimeout(v: Value, depth = 0): number | undefined {
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
export function isDisabled(v: Value, ms: number | undefined): boolean {
  if (v.k === 'bool') return !v.v;
  if (v.k === 'null') return true;
  if (v.k === 'obj') return v.props.size === 0;
  if (v.k === 'either') return v.items.some((x) => isDisabled(x, millis('', x)));
  if (v.k === 'env') return !!v.fallback && isDisabled(v.fallback, ms);
  return ms !== undefined && ms !== -1 && (ms <= 0 || ms >= NEVER_MS);
}

export function show(v: Value | undefined, ms: number | undefined): string {
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

// ---------------------------------------------------------------- typed settings

/** A timeout a site sets: an option (`timeout`, `socket.connectTimeout`), a signal, or the bound of a guard. */
export interface TimeoutSetting extends Setting<'timeout' | 'signal' | 'guard'> {
  /** `amount` is in milliseconds; -1 for a signal whose timeout the code does not state. */
  amount?: number;
}

/** Every timeout a site sets, read once per site (`view.options.of(site, timeoutsOf)`). */
export function timeoutsOf(site: SettingSite): TimeoutSetting[] {
  const guard = guardOf(site);
  const bound = !!guard && !(guard === 'method' && site.args[0]?.k === 'obj');
  return leavesOf(site).map((l) => timeoutSetting(l.path, l.value, bound ? 'guard' : undefined));
}

/** One timeout setting: its milliseconds, how it reads, where it is set and where its value came from. */
export function timeoutSetting(path: string, value: Value, kind?: 'guard'): TimeoutSetting {
  const ms = millis(path, value);
  const key = path.split('.').pop() ?? path;
  return {
    kind: kind ?? (SIGNAL_KEY.test(key) ? 'signal' : 'timeout'),
    path,
    value,
    ...(ms !== undefined ? { amount: ms } : {}),
    shown: show(value, ms),
    at: value.at,
    provenance: provenanceOf(value, isDefaultValue(value) ? (value.text.startsWith(DEFAULT_SHOWN) ? 'library default' : value.text.startsWith(CLIENT_DEFAULT) ? 'client default' : 'callee default') : undefined),
  };
}

/** What a site gets for an option it leaves out, as a setting: the library's or the callee's default, or unset. */
export function defaultSetting(site: SettingSite, path: string, dflt: number | null | undefined): TimeoutSetting {
  return timeoutSetting(path, defaultValue(site, path, dflt));
}

/**
 * The wait an option left out gets: the library's documented default (milliseconds, `null` for
 * none: it waits forever), or the project callee's own default for it (`{ timeoutMs = 5000 }`);
 * `'passed-on'` when the callee takes the option without a default it states (code further in
 * decides); undefined when not known.
 */
export function defaultOf(site: SettingSite, path: string): number | null | 'passed-on' | undefined {
  // The client the call goes through, when its construction states the option.
  const fromClient = site.client && timeoutsOf(site.client).find((t) => t.path === path);
  if (fromClient) return fromClient.amount !== undefined && fromClient.amount >= 0 && !isDisabled(fromClient.value, fromClient.amount) ? fromClient.amount : 'passed-on';
  const table = site.defaults?.timeouts;
  if (table && Object.hasOwn(table, path)) return table[path];
  const own = site.params?.find((p) => p.prop && p.name === path);
  if (!own) return undefined;
  const ms = own.default ? millis(path, own.default) : undefined;
  return ms !== undefined && ms >= 0 ? ms : 'passed-on';
}

const DEFAULT_SHOWN = 'the library default';
const CALLEE_DEFAULT = 'the default of';
const CLIENT_DEFAULT = "the client's";

/** A value `defaultValue` made: what a site gets for an option it leaves out, not one the code writes. */
export function isDefaultValue(v: Value): v is Extract<Value, { k: 'num' }> & { text: string } {
  return v.k === 'num' && !!v.text && (v.text.startsWith(DEFAULT_SHOWN) || v.text.startsWith(CALLEE_DEFAULT) || v.text.startsWith(CLIENT_DEFAULT));
}

/** The value a site gets for an option it leaves out: the library's default, shown as such. */
export function defaultValue(site: SettingSite, path: string, dflt: number | null | undefined): Value {
  const at = { file: site.file, line: site.span.line };
  const client = site.client && timeoutsOf(site.client).some((t) => t.path === path);
  const library = !!site.defaults?.timeouts && Object.hasOwn(site.defaults.timeouts, path);
  const source = client ? `${CLIENT_DEFAULT} \`${path}\`` : library ? DEFAULT_SHOWN : `${CALLEE_DEFAULT} \`${lastName(site)}\``;
  if (typeof dflt === 'number') return { k: 'num', v: dflt, at, text: `${source}, ${formatMs(dflt)}` };
  return { k: 'unknown', text: dflt === null ? 'unset (no timeout)' : 'unset (the library default)', at };
}

/**
 * `AbortSignal.any([req.signal, AbortSignal.timeout(5000)])` -> `req.signal`: what is left is only
 * signals that were combined with the timeout before, so the timeout itself is what went away.
 */
export function droppedFromCombination(before: Value, after: Value): boolean {
  if (before.k !== 'call' || !/AbortSignal\.any$/.test(before.callee) || before.args[0]?.k !== 'arr') return false;
  const others = new Set(before.args[0].items.filter((x) => signalTimeout(x) === undefined).map(describe));
  const left = after.k === 'call' && /AbortSignal\.any$/.test(after.callee) && after.args[0]?.k === 'arr' ? after.args[0].items : [after];
  return left.every((x) => others.has(describe(x)));
}

export function isPrimitive(v: Value): boolean {
  return v.k === 'num' || v.k === 'str' || v.k === 'bool' || v.k === 'null' || v.k === 'fn';
}

/** Not I/O whatever its options say: test timeouts, debounce `maxWait`, UI waits. */
export function ioLike(site: SettingSite): boolean {
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
export function embeddedSites(sites: Array<SettingSite | undefined>): (site: SettingSite) => boolean {
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
  for (const s of sites) {
    if (!s || s.role === 'retry-loop') continue;
    for (const a of s.args) walk(a, 0, inArgs);
  }
  return (site) => inOptions.has(siteId(site)) || (site.kind === 'other' && inArgs.has(siteId(site)));
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

/** The I/O a guard bounds, as the head function makes it. */
export interface Guarded {
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
export function guardedIo(base: SettingSite, headPaths: EffectPath[], near?: SettingSite): Guarded | undefined {
  // The paths all start in the head function: directly (no steps) or through a call of its own (steps[0]).
  const raced = racedCallees(base);
  for (const p of raced.size ? headPaths : []) {
    const first = p.steps[0];
    const text = (first ? first.callText : p.callText).replace(/\s+\./g, '.');
    if (raced.has(text)) return first ? { path: p, file: first.file, span: first.span, callText: text } : { path: p, file: p.file, span: p.span, callText: text };
  }
  const direct = headPaths.filter((p) => p.steps.length === 0);
  const p = (near && direct.find((d) => d.span.line >= near.span.line && d.span.line <= near.span.endLine)) ?? direct[0];
  return p ? { path: p, file: p.file, span: p.span, callText: p.callText } : undefined;
}

/**
 * The head counterpart of the call an abort timer's controller was given to, in the base function
 * (`fetch(url, { signal: controller.signal })`, `new Upload({ abortController: controller })`).
 */
export function signalledSite(timer: SettingSite, pairs: Array<{ base?: SettingSite; head?: SettingSite }>, read: (site: SettingSite) => TimeoutSetting[]): SettingSite | undefined {
  const cb = timer.role === 'abort-timer' ? timer.args[0] : undefined;
  const controller = cb?.k === 'fn' ? /([\w$]+)\.abort\s*\(/.exec(cb.text)?.[1] : undefined;
  if (!controller) return undefined;
  // The signal option, or the controller itself (`abortController: controller`); a local controller reads as its construction.
  const given = (t: TimeoutSetting) => t.kind === 'signal' || describe(t.value) === controller;
  return pairs.find(({ base: b, head: h }) => h && b && b !== timer && b.file === timer.file && b.fnId === timer.fnId && !b.role && read(b).some(given))?.head;
}

/**
 * Whether the head function still bounds its I/O some other way: an abort timer, a race or a
 * timeout wrapper anywhere in it; and, for a guard that went away (`key` given), a timeout option
 * or signal on a call of the callee it bounded (`setTimeout(() => c.abort())` replaced by
 * `fetch(u, { signal: AbortSignal.timeout(ms) })`).
 */
export function hasOtherGuard(heads: SettingSite[], read: (site: SettingSite) => TimeoutSetting[], file: string, fnId: string, key: string | undefined, except?: SettingSite): boolean {
  return heads.some((h) => {
    if ( h === except || h.file !== file || h.fnId !== fnId || h.role === 'retry-loop') return false;
    const guard = guardOf(h);
    if (guard && guard !== 'method') return true;
    if (key === undefined || h.key !== key) return false;
    return read(h).some((t) => (t.kind === 'signal' ? signalTimeout(t.value) !== undefined : !isDisabled(t.value, t.amount)));
  });
}

/** The longest a call may wait by its effective settings, and where that comes from. */
export interface Wait {
  /** Milliseconds; null when it waits forever; undefined when not known. */
  ms: number | null | undefined;
  shown: string;
  from: 'call' | 'client' | 'default';
  setting?: TimeoutSetting;
}

/**
 * The wait of a call from its effective settings (src/match/calls.ts): the longest timeout its own
 * options set, else its client's, else the library's default (none stated: it waits forever).
 */
export function effectiveWait(settings: { own?: SettingSite; client?: SettingSite; defaults?: { timeouts?: Record<string, number | null> }; library?: string }, read: (site: SettingSite) => TimeoutSetting[]): Wait {
  for (const [from, site] of [['call', settings.own], ['client', settings.client]] as const) {
    const stated = site ? read(site).filter((t) => t.amount !== undefined && t.amount > 0 && t.amount !== Infinity && !isDisabled(t.value, t.amount)) : [];
    if (stated.length) {
      const longest = stated.reduce((a, b) => (b.amount! > a.amount! ? b : a));
      return { ms: longest.amount, shown: longest.shown, from, setting: longest };
    }
  }
  const table = settings.defaults?.timeouts;
  if (!table) return { ms: undefined, shown: 'unknown', from: 'default' };
  const known = Object.values(table).filter((x): x is number => typeof x === 'number');
  const of = settings.library ? `the ${settings.library} default` : 'the library default';
  if (!known.length) return { ms: null, shown: `unset (${settings.library ?? 'the library'} waits forever by default)`, from: 'default' };
  const ms = Math.max(...known);
  return { ms, shown: `${formatMs(ms)} (${of})`, from: 'default' };
}
