/**
 * Retries: which options of a setting site say how many times its call is made when it fails,
 * how long it waits between attempts, and whether a circuit breaker cuts it off.
 *
 * Counts are recognized by the option's name, whatever the library (`retries`, `retry`,
 * `retry.limit`, `maxAttempts`, `attempts`, `maxRetriesPerRequest`, `maxNetworkRetries`, ...), at
 * any depth (`defaultJobOptions.attempts`), and read as calls per failing operation; the wait by
 * the options that shape it (`backoff`, `retryDelay`, `retryStrategy`, `factor`, `minTimeout`,
 * `randomize`, `jitter`); hand-written retry loops by their bound, sleep and jitter. What a
 * library does when they are left out comes from the catalog (`SettingDefaults`), only where the
 * library is certain from the call.
 */
import type { SettingDefaults } from '../../catalog/index.js';
import { describe, type SettingSite, type Value, type Where } from '../settings.js';
import { formatMs, provenanceOf, type Provenance, type Setting, type SettingKind } from './index.js';

/**
 * Option names that count retries or attempts, whatever the library: `retries`, `retry`,
 * `maxAttempts`, `numOfAttempts`, `maxRetriesPerRequest`, `maxNetworkRetries`, `errorRetryCount`,
 * `retryAttempts`, `reconnectTries`, `forever`. Not `retryDelay`, `maxRetryTime`, `attemptsMade`.
 */
const COUNT_KEY = /^(max_?)?retry$|(retries|retry_?count|retry_?limit|retry_?attempts|retry_?times|attempts)(_?per_?request)?$|^forever$/i;
/** `tries` only as a word of its own: `maxTries`, `reconnectTries`, not `maxEntries`. */
const TRIES_KEY = /(^tries|Tries|_tries|^TRIES|_TRIES)$/;
const NOT_A_COUNT = /^(current|failed|remaining|made|prev|previous|last|total_?failed)/i;
/** Under a `retry: { ... }` container, `limit` is the count (got, ky). */
const RETRY_CONTAINER = /retr/i;

/** An option of a site's options object, with its own name and its container's. */
interface Leaf {
  path: string;
  key: string;
  parent: string;
  value: Value;
}

/** Every leaf of an options object (through nested objects, not through calls), to depth 3. */
function leaves(options: Map<string, Value>, prefix = '', parent = '', depth = 0): Leaf[] {
  const out: Leaf[] = [];
  for (const [key, value] of options) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value.k === 'obj' && depth < 3) out.push(...leaves(value.props, path, key, depth + 1));
    out.push({ path, key, parent, value });
  }
  return out;
}

function settingOf<K extends SettingKind>(kind: K, l: { path: string; value: Value }, shown: string, amount?: number): Setting<K> {
  return { kind, path: l.path, value: l.value, ...(amount !== undefined ? { amount } : {}), shown, at: l.value.at, provenance: provenanceOf(l.value) };
}

/** How an option's value reads in a message. */
export function showValue(v: Value): string {
  if (v.k === 'env') return `set from the environment (\`${describe(v)}\`)`;
  if (v.k === 'num') return v.v === Infinity ? '`Infinity`' : describe(v);
  if (v.k === 'fn') return `\`${v.text.length > 60 ? v.text.slice(0, 57) + '...' : v.text}\``;
  if (v.k === 'null') return '`null`';
  return `\`${describe(v)}\``;
}

// ---------------------------------------------------------------- the reading of a site

export interface Retry {
  /** The counts the site writes, by option (`retry` for ky's `retry.limit`: the same setting). */
  counts: Map<string, Count>;
  /** The count at an option, written or not: the library's default, unset, or unknown behind a spread. */
  count(path: string): Count;
  backoff: Backoff;
  /** A circuit breaker's threshold options (`errorThresholdPercentage: 50`), when the site is one. */
  breaker?: Setting<'breaker'>[];
  /** An option that keeps a breaker from ever opening. */
  breakerOff?: Setting<'breaker'>;
  /** POST or PATCH among the methods a retry option retries (got's and ky's `retry.methods`, `new RetryAgent(agent, { methods })`). */
  writeMethods?: { path: string; value: Value; methods: string[] };
  /** A retry of any kind: a loop, a count, or a call named for retrying or backing off. */
  isRetry: boolean;
  /** A retry loop that retries only the errors a test of the caught error selects: that test (`isDuplicateKeyError(e)`). */
  retriesOnly?: string;
}

/** Whether a site retries at all (a loop, a count, a call named for retrying or backing off): cheaper than reading all of it. */
export function isRetrySite(site: SettingSite): boolean {
  return retriesByName(site) || countLeaves(site).size > 0;
}

/** A retry loop, or a call named for retrying or backing off (`pRetry`, `backOff`, `withRetry`). */
function retriesByName(site: SettingSite): boolean {
  return site.role === 'retry-loop' || /retry|backoff/i.test(site.key);
}

/** What a site says about retrying: read once per site through `view.options.of(site, retryOf)`. */
export function retryOf(site: SettingSite): Retry {
  const counts = new Map<string, Count>();
  for (const [path, l] of countLeaves(site)) counts.set(path, countOf(site, path, l));
  const only = site.role === 'retry-loop' ? site.options.get('retryOn') : undefined;
  // The backoff, the breaker and the retried methods are read when a rule asks: most sites are compared by their counts alone.
  const backoff = once(() => backoffOf(site));
  const breaker = once(() => breakerOf(site));
  const breakerOff = once(() => breakerOffOf(site));
  const writeMethods = once(() => writeMethodsOf(site));
  return {
    counts,
    count: (path) => counts.get(path) ?? countOf(site, path, undefined),
    get backoff() {
      return backoff();
    },
    get breaker() {
      return breaker();
    },
    get breakerOff() {
      return breakerOff();
    },
    get writeMethods() {
      return writeMethods();
    },
    isRetry: counts.size > 0 || retriesByName(site),
    ...(only?.k === 'str' ? { retriesOnly: only.v } : {}),
  };
}

/** A value computed the first time it is asked for. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [done, value] = [true, compute()];
    return value;
  };
}

// ---------------------------------------------------------------- counts

/**
 * A count of attempts. `amount` is the calls per failing operation: 1 is no retry, Infinity is
 * unbounded; absent when not known. `value` and `at` are absent when the option is left out
 * (provenance `library default`: the catalog's, when it knows it).
 */
export interface Count extends Omit<Setting<'attempts'>, 'value' | 'at'> {
  value?: Value;
  at?: Where;
  /** From the environment, a function, an expression: not compared. */
  opaque: boolean;
}

function isCountLeaf(l: Leaf, site: SettingSite): boolean {
  if (l.value.k === 'obj') return false;
  if (l.key === 'limit' && RETRY_CONTAINER.test(l.parent)) return true;
  // async's `retry({ times, interval }, fn)`: `times` counts attempts when the call is a retry.
  if (l.key === 'times' && /retry/i.test(site.key) && !l.parent) return true;
  return (COUNT_KEY.test(l.key) || TRIES_KEY.test(l.key)) && !NOT_A_COUNT.test(l.key);
}

/** `retry.limit` and `retry` are the same setting (ky takes either). */
export function canonical(path: string): string {
  return path.replace(/(^|\.)(retry|retries)\.limit$/i, '$1$2');
}

/**
 * cockatiel's `retry(handleAll, { maxAttempts })`: a policy builder, told by its first argument
 * (the call's name, `retry`, is everyone's), whose count is of retries and whose default is to
 * retry at once.
 */
function isPolicyBuilder(site: SettingSite): boolean {
  const first = site.args[0];
  return !!first && /^handle(All|Type|When|ResultType|WhenResult)\b/.test(describe(first));
}

/** Whether the number is the total of calls (attempts) or the calls after the first (retries). */
function countsAttempts(site: SettingSite, key: string): boolean {
  if (site.role === 'retry-loop' || key === 'times') return true;
  return /^((max|num|numOf|numberOf|total)_?)?(attempts|tries)$/i.test(key) && !isPolicyBuilder(site);
}

/** Options spread from something the model could not read (`{ ...opts }`) may hold any key. */
function hasOpaqueOptions(site: SettingSite): boolean {
  const opaque = (v: Value, depth: number): boolean => v.k === 'obj' && (!!(v as { opaque?: boolean }).opaque || (depth < 3 && [...v.props.values()].some((x) => opaque(x, depth + 1))));
  return site.args.some((a) => opaque(a, 0));
}

function unsetCount(path: string, shown: string, provenance: Provenance, amount?: number, opaque = false): Count {
  return { kind: 'attempts', path, ...(amount !== undefined ? { amount } : {}), shown, provenance, opaque };
}

function countOf(site: SettingSite, path: string, leaf: Leaf | undefined): Count {
  if (!leaf && hasOpaqueOptions(site)) return unsetCount(path, 'unknown (options spread from elsewhere)', 'named', undefined, true);
  if (!leaf) {
    // The client's own count, when the call goes through a construction that states one.
    const fromClient = site.client && countLeaves(site.client).get(path);
    if (fromClient) {
      const c = countOf(site.client!, path, fromClient);
      return { ...c, shown: `unset (the client's ${c.shown})`, provenance: 'named' };
    }
    // The library's own default (the catalog's), where the call starts from the library's defaults.
    const table = site.defaults?.retries;
    const d = table && Object.hasOwn(table, path) ? table[path] : undefined;
    return d ? unsetCount(path, `unset (default ${d.value})`, 'library default', d.attempts ? d.value : d.value + 1) : unsetCount(path, 'unset', 'library default');
  }
  const v = leaf.value;
  const count = (amount: number | undefined, opaque = false): Count => ({ ...settingOf('attempts', leaf, showValue(v), amount), opaque });
  switch (v.k) {
    case 'num':
      if (Number.isNaN(v.v) || v.v < 0) return count(undefined, true);
      if (leaf.key === 'forever') return count(v.v ? Infinity : undefined);
      return count(v.v === Infinity ? Infinity : countsAttempts(site, leaf.key) ? Math.max(v.v, 1) : v.v + 1);
    case 'null':
      // ioredis: `maxRetriesPerRequest: null` waits for the connection forever.
      if (/PerRequest$/i.test(leaf.key)) return count(Infinity);
      return countOf(site, path, undefined);
    case 'bool':
      if (leaf.key === 'forever') return count(v.v ? Infinity : undefined);
      return v.v ? count(undefined, true) : count(1);
    default:
      return count(undefined, true);
  }
}

function countLeaves(site: SettingSite): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  if (site.role === 'retry-loop') {
    const limit = site.options.get('limit');
    if (limit) out.set('limit', { path: 'limit', key: 'limit', parent: '', value: limit });
    return out;
  }
  for (const l of leaves(site.options)) if (isCountLeaf(l, site)) out.set(canonical(l.path), l);
  return out;
}

// ---------------------------------------------------------------- backoff

export type Growth = 'exponential' | 'linear' | 'fixed' | 'wait' | 'none';
export const GROWTH_RANK: Record<Growth, number> = { exponential: 3, linear: 2, fixed: 1, wait: 1, none: 0 };

export interface Backoff {
  growth?: Growth;
  jitter?: boolean;
  /** Where the growth was decided: `backoff`, `retryDelay`, `retryStrategy`, `factor`, a loop's sleep. */
  growthAt?: Setting<'backoff'>;
  /**
   * The delay in ms (`amount`): a fixed delay, the first of a growing one (`minTimeout`,
   * `backoff.delay`), or the step of a delay function that grows linearly (`times * 50`).
   */
  delay?: Setting<'backoff'>;
  jitterAt?: Setting<'jitter'>;
}

/** A growth read from one option: `delayMs` is stated by the option itself, or by its `delay` (`backoff: { type, delay }`). */
interface Reading {
  growth: Growth;
  delayMs?: number;
  jitter?: boolean;
  inner?: boolean;
}

function backoffOf(site: SettingSite): Backoff {
  if (site.role === 'retry-loop') {
    const sleeps = site.options.get('sleeps');
    const jitter = site.options.get('jitter');
    const b: Backoff = { growth: sleeps?.k === 'bool' && sleeps.v ? 'wait' : 'none' };
    if (sleeps) b.growthAt = settingOf('backoff', { path: 'sleep', value: sleeps }, showValue(sleeps));
    if (jitter?.k === 'bool') Object.assign(b, { jitter: jitter.v, jitterAt: settingOf('jitter', { path: 'jitter', value: jitter }, showValue(jitter)) });
    return b;
  }
  const b: Backoff = {};
  const jitterAt = (l: Leaf, on: boolean) => Object.assign(b, { jitter: on, jitterAt: settingOf('jitter', l, showValue(l.value)) });
  let factor: Leaf | undefined;
  let minimum: Leaf | undefined;
  for (const l of leaves(site.options)) {
    const v = l.value;
    if (/^backoff$/i.test(l.key) && !b.growthAt) {
      const g = growthOfBackoff(v);
      if (g) adopt(b, g, l);
    } else if (/^(retryDelay|retryStrategy|reconnectStrategy|calculateDelay|delay|interval)$/i.test(l.key) && (!/^(delay|interval)$/.test(l.key) || RETRY_CONTAINER.test(l.parent) || (!l.parent && /retry/i.test(site.key))) && !b.growthAt) {
      const g = growthOfDelay(v);
      if (g) adopt(b, g, l);
    } else if (/^(factor|multiplier|timeMultiple)$/i.test(l.key) && v.k === 'num') {
      // kafkajs: `retry.factor` is the randomization factor, `multiplier` the growth.
      if (l.key === 'factor' && /kafka/i.test(site.key)) {
        if (!b.jitterAt) jitterAt(l, v.v > 0);
      } else factor = l;
    } else if (/^(minTimeout|initialRetryTime|startingDelay|minDelay|baseDelay)$/i.test(l.key) && v.k === 'num') minimum = l;
    else if (/^randomize$/i.test(l.key) && v.k === 'bool' && !b.jitterAt) jitterAt(l, v.v);
    else if (/^jitter$/i.test(l.key) && !b.jitterAt) {
      const j = v.k === 'bool' ? v.v : v.k === 'str' ? !/^none$/i.test(v.v) : v.k === 'num' ? v.v > 0 : v.k === 'fn' || v.k === 'call' ? true : undefined;
      if (j !== undefined) jitterAt(l, j);
    }
  }
  const library = isPolicyBuilder(site) ? 'none' : site.defaults?.backoff;
  if (!b.growthAt && (factor || minimum)) {
    const min = minimum?.value.k === 'num' ? minimum.value.v : undefined;
    const f = factor?.value.k === 'num' ? factor.value.v : undefined;
    const growth: Growth | undefined = min === 0 ? 'none' : f !== undefined ? (f > 1 ? 'exponential' : 'fixed') : min !== undefined ? library : undefined;
    const at = min === 0 || f === undefined ? minimum : factor;
    if (growth && at) {
      b.growth = growth;
      b.growthAt = settingOf('backoff', at, showValue(at.value));
      if (minimum && min !== undefined) b.delay = settingOf('backoff', minimum, formatMs(min), min);
    }
  }
  if (hasOpaqueOptions(site)) return b; // an unread spread may set what is missing: no defaults
  if (!b.growthAt && library) b.growth = library;
  if (b.jitter === undefined && site.defaults?.jitter !== undefined) b.jitter = site.defaults.jitter;
  return b;
}

function adopt(b: Backoff, g: Reading, l: Leaf): void {
  b.growth = g.growth;
  b.growthAt = settingOf('backoff', l, showValue(l.value));
  if (g.delayMs !== undefined) {
    const inner = g.inner && l.value.k === 'obj' ? l.value.props.get('delay') : undefined;
    b.delay = settingOf('backoff', inner ? { path: `${l.path}.delay`, value: inner } : l, formatMs(g.delayMs), g.delayMs);
  }
  if (g.jitter !== undefined && !b.jitterAt) Object.assign(b, { jitter: g.jitter, jitterAt: settingOf('jitter', l, showValue(l.value)) });
}

/** `backoff: { type: 'exponential', delay: 1000 }`, `backoff: 500`, `new ExponentialBackoff()`, `false`. */
function growthOfBackoff(v: Value): Reading | undefined {
  switch (v.k) {
    case 'obj': {
      const type = v.props.get('type');
      const delay = v.props.get('delay');
      const ms = delay?.k === 'num' ? delay.v : undefined;
      const inner = ms !== undefined ? { delayMs: ms, inner: true } : {};
      if (type?.k === 'str') {
        if (/expo/i.test(type.v)) return { growth: ms === 0 ? 'none' : 'exponential', ...inner };
        if (/fixed|constant/i.test(type.v)) return { growth: ms ? 'fixed' : 'none', delayMs: ms ?? 0, ...inner };
        return undefined;
      }
      return ms !== undefined ? { growth: ms > 0 ? 'fixed' : 'none', ...inner } : undefined;
    }
    case 'num':
      return { growth: v.v > 0 ? 'fixed' : 'none', delayMs: v.v };
    case 'str':
      if (/expo/i.test(v.v)) return { growth: 'exponential' };
      if (/linear/i.test(v.v)) return { growth: 'linear' };
      if (/fixed|constant/i.test(v.v)) return { growth: 'fixed' };
      if (/^(none|off|no)$/i.test(v.v)) return { growth: 'none', delayMs: 0 };
      return undefined;
    case 'bool':
      return v.v ? undefined : { growth: 'none', delayMs: 0 };
    case 'null':
      return { growth: 'none', delayMs: 0 };
    case 'call':
    case 'unknown': {
      const text = describe(v);
      if (/expo/i.test(text)) return { growth: 'exponential', jitter: !/noJitter/i.test(text) };
      if (/linear/i.test(text)) return { growth: 'linear' };
      if (/constant|fixed/i.test(text)) {
        const n = v.k === 'call' && v.args[0]?.k === 'num' ? v.args[0].v : undefined;
        return { growth: n === 0 ? 'none' : 'fixed', ...(n !== undefined ? { delayMs: n } : {}) };
      }
      if (/^(noop|noBackoff|none)/i.test(text)) return { growth: 'none' };
      return undefined;
    }
    case 'fn':
      return growthOfFunction(v.text);
    default:
      return undefined;
  }
}

/** `retryDelay: axiosRetry.exponentialDelay`, `retryStrategy: (times) => Math.min(times * 50, 2000)`, `retryDelay: 0`. */
function growthOfDelay(v: Value): Reading | undefined {
  if (v.k === 'fn') return growthOfFunction(v.text);
  if (v.k === 'num') return { growth: v.v > 0 ? 'fixed' : 'none', delayMs: v.v };
  if (v.k === 'unknown' || v.k === 'call') {
    const text = describe(v);
    if (/expo/i.test(text)) return { growth: 'exponential', jitter: true }; // axios-retry's exponentialDelay adds 20% jitter
    if (/linear/i.test(text)) return { growth: 'linear', jitter: false };
    if (/noDelay|none/i.test(text)) return { growth: 'none', delayMs: 0 };
  }
  return undefined;
}

/** A delay function: growing when its result depends on the attempt number it receives. */
function growthOfFunction(text: string): Reading | undefined {
  let param: string | undefined;
  let body: string;
  const bare = /^(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>\s*([\s\S]*)$/.exec(text);
  if (bare) {
    param = bare[1];
    body = bare[2]!;
  } else {
    const open = text.indexOf('(');
    const close = text.indexOf(')', open);
    if (open < 0 || close < 0) return undefined;
    param = /^\s*([A-Za-z_$][\w$]*)/.exec(text.slice(open + 1, close))?.[1];
    body = text.slice(close + 1).replace(/^\s*(:\s*[^={]+)?\s*(=>)?\s*/, '');
  }
  const jitter = /Math\.random|jitter/i.test(body);
  const constant = /^\{?\s*(?:return\s+)?(\d[\d_]*)\s*;?\s*\}?$/.exec(body.trim());
  if (constant) {
    const n = Number(constant[1]!.replace(/_/g, ''));
    return { growth: n > 0 ? 'fixed' : 'none', delayMs: n, jitter };
  }
  if (!param || !new RegExp(`\\b${param.replace(/\$/g, '\\$')}\\b`).test(body)) return undefined;
  if (/\*\*|pow|\b2\s*\*|<</.test(body)) return { growth: 'exponential', jitter };
  // `times * 50`, `50 * times`: a linear delay's step.
  const p = param.replace(/\$/g, '\\$');
  const step = new RegExp(`\\b${p}\\s*\\*\\s*(\\d[\\d_]*)\\b|\\b(\\d[\\d_]*)\\s*\\*\\s*${p}\\b`).exec(body);
  const ms = step ? Number((step[1] ?? step[2]!).replace(/_/g, '')) : undefined;
  return { growth: 'linear', jitter, ...(ms ? { delayMs: ms } : {}) };
}

/** `exponential backoff from 500 ms with jitter`, `a fixed 200 ms delay`, `no delay between attempts`. */
export function showBackoff(b: Backoff, withJitter: boolean): string {
  const jitter = withJitter && b.jitter !== undefined ? (b.jitter ? ' with jitter' : ' without jitter') : '';
  const ms = b.delay?.amount;
  switch (b.growth) {
    case 'exponential':
      return `exponential backoff${ms ? ` from ${formatMs(ms)}` : ''}${jitter}`;
    case 'linear':
      return `linear backoff${jitter}`;
    case 'fixed':
      return `a fixed ${ms ? `${formatMs(ms)} ` : ''}delay${jitter}`;
    case 'wait':
      return `a sleep between attempts${jitter}`;
    case 'none':
      return 'no delay between attempts';
    default:
      return `the library's default backoff${jitter}`;
  }
}

// ---------------------------------------------------------------- circuit breakers and retried methods

const BREAKER_OPTION = /^(errorThresholdPercentage|resetTimeout|halfOpenAfter|volumeThreshold|rollingCountTimeout)$/;

function breakerSetting(l: { path: string; value: Value }): Setting<'breaker'> {
  return settingOf('breaker', l, `\`${l.path}: ${describe(l.value)}\``);
}

/** A circuit breaker's threshold options, at the top of its options: present when the site is a breaker (by name, or by those options). */
function breakerOf(site: SettingSite): Setting<'breaker'>[] | undefined {
  const options = [...site.options].filter(([k]) => BREAKER_OPTION.test(k)).map(([path, value]) => breakerSetting({ path, value }));
  return /breaker/i.test(site.key) || options.length ? options : undefined;
}

/** opossum's `enabled: false` or `errorThresholdPercentage: 100`: the breaker never opens. */
function breakerOffOf(site: SettingSite): Setting<'breaker'> | undefined {
  const off = leaves(site.options).find((l) => (l.key === 'enabled' && l.value.k === 'bool' && !l.value.v) || (l.key === 'errorThresholdPercentage' && l.value.k === 'num' && l.value.v >= 100));
  return off && breakerSetting(off);
}

/** The value at an option path (`retry.limit`), through nested objects. */
export function optionAt(site: SettingSite, path: string): Value | undefined {
  let props: Map<string, Value> | undefined = site.options;
  let v: Value | undefined;
  for (const key of path.split('.')) {
    v = props?.get(key);
    props = v?.k === 'obj' ? v.props : undefined;
  }
  return v;
}

function writeMethodsOf(site: SettingSite): Retry['writeMethods'] {
  // `retry: { methods }` (got, ky), or `methods` at the top of a retry construction (`new RetryAgent(agent, { methods })`).
  const retrying = RETRY_CONTAINER.test(site.key.split('.').pop() ?? '');
  const l = leaves(site.options).find((x) => x.key === 'methods' && (RETRY_CONTAINER.test(x.parent) || (retrying && !x.parent)) && x.value.k === 'arr');
  if (!l || l.value.k !== 'arr') return undefined;
  const methods = l.value.items.flatMap((i) => (i.k === 'str' && /^(post|patch)$/i.test(i.v) ? [i.v.toUpperCase()] : []));
  return { path: l.path, value: l.value, methods };
}

/** The parts of an error test: `e instanceof A && (e.code === X || e.code === Y)` -> the three comparisons. */
function atomsOf(test: string): Set<string> {
  return new Set(test.split(/&&|\|\||[()!]/).map((x) => x.trim()).filter(Boolean));
}

/**
 * How a retry loop's test of the caught error changed: it lets more kinds through (a class added
 * with `||`, or no test left: every error), or fewer (a class gone); undefined when it selects
 * the same errors (reordered, reformatted) or the change is neither.
 */
export function errorTestChange(before: string, after: string | undefined): 'wider' | 'narrower' | undefined {
  if (after !== undefined && before.replace(/\s+/g, '') === after.replace(/\s+/g, '')) return undefined;
  if (after === undefined) return 'wider';
  const [ab, ah] = [atomsOf(before), atomsOf(after)];
  const ors = (t: string) => t.split('||').length;
  if ([...ab].every((x) => ah.has(x)) && ah.size > ab.size && ors(after) > ors(before)) return 'wider';
  if ([...ah].every((x) => ab.has(x)) && ab.size > ah.size && ors(before) > ors(after)) return 'narrower';
  return undefined;
}

/** How many times a failing call is made by its effective settings, and where that comes from. */
export interface Calls {
  /** Calls per failing operation (1: no retry); undefined when not known. */
  calls: number | undefined;
  shown: string;
  from: 'call' | 'client' | 'default';
  count?: Count;
}

/**
 * The calls per failing operation of a call from its effective settings (src/match/calls.ts):
 * the count its own options state, else its client's, else the library's default retries (a
 * catalogued library that states none does not retry).
 */
export function effectiveCalls(settings: { own?: SettingSite; client?: SettingSite; defaults?: SettingDefaults; library?: string }, read: (site: SettingSite) => Retry): Calls {
  for (const [from, site] of [['call', settings.own], ['client', settings.client]] as const) {
    const count = site ? [...read(site).counts.values()].find((c) => !c.opaque && c.amount !== undefined) : undefined;
    if (count) return { calls: count.amount, shown: count.shown, from, count };
  }
  const lib = settings.library ?? 'the library';
  if (!settings.defaults) return { calls: undefined, shown: 'unknown', from: 'default' };
  const d = Object.values(settings.defaults.retries ?? {})[0];
  if (!d) return { calls: 1, shown: `none (${lib} does not retry by default)`, from: 'default' };
  return { calls: d.attempts ? d.value : d.value + 1, shown: `${d.value} ${d.attempts ? 'attempts' : 'retries'} (the ${lib} default)`, from: 'default' };
}
