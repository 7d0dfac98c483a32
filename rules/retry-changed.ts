/**
 * retry-changed: a retry count or policy on an I/O call or its client that changed in a way that
 * matters in production: more attempts (load amplification on a struggling dependency), zero
 * attempts (resilience lost), a backoff or its jitter removed (retries arrive as a storm), a new
 * retry around a non-idempotent write (duplicates), or a circuit breaker removed or disabled.
 *
 * It reads the settings model generically: any option whose name says it counts retries or
 * attempts (`retries`, `retry`, `retry.limit`, `maxAttempts`, `attempts`, `maxRetriesPerRequest`,
 * `maxNetworkRetries`, ...), at any depth (`defaultJobOptions.attempts`), and any option that
 * shapes the wait between attempts (`backoff`, `retryDelay`, `retryStrategy`, `factor`,
 * `minTimeout`, `randomize`, `jitter`), plus hand-written retry loops. Library defaults are used
 * only where the library is certain from the call (`new aws.*`, `new redis.Redis`, `pRetry`).
 */
import { anchorOf, removalAnchor } from './shared/anchor.js';
import { defineRule, type ChangeView, type RuleFinding } from '../src/rule.js';
import { describe, type SettingSite, type Value } from '../src/model/settings.js';
import type { EffectPath } from '../src/model/summaries.js';
import { groupByKey, pairRoutes, siteIdentity } from '../src/match/routes.js';
import type { EffectKind, RelatedLocation, Severity } from '../src/types.js';

type MessageId = 'raised' | 'disabled' | 'toDefault' | 'retriedErrors' | 'backoffRemoved' | 'addedToWrite' | 'breakerRemoved' | 'loopRemoved';

export default defineRule<MessageId>({
  id: 'retry-changed',
  category: 'retry',
  severity: 'high',
  docs: {
    summary: 'A retry count or policy on an I/O call or its client changed: more attempts, none at all, backoff or jitter removed, a retry added around a write, or a circuit breaker removed.',
    why: 'Retries multiply the load on a dependency exactly when it is struggling: more attempts or retries without backoff turn a slow database into an outage (a retry storm), retries around a non-idempotent write charge or insert twice, and zero attempts turn every transient blip into a user-facing error.',
    fix: 'Keep retries few, spaced by exponential backoff with jitter, and bounded by a circuit breaker or a retry budget; retry writes only with an idempotency key or a dedupe check; if a change is intended, say why next to the setting.',
    notFor: [
      'Retries lowered (but not to zero), or a backoff added or lengthened.',
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
    addedToWrite: 'New retry {{site}} ({{after}}) wraps `{{write}}`, a non-idempotent write{{only}}: when a failure comes after the write landed, the retry repeats it (duplicate risk).',
    loopRemoved: 'The retry loop `{{header}}` around `{{callee}}` was removed: `{{callee}}` is now tried once, so one transient failure fails the {{unit}}.',
    breakerRemoved: 'The circuit breaker `{{callee}}`{{around}} {{how}} ({{before}} -> {{after}}): calls to a failing dependency are no longer cut off, so retries keep piling onto it.',
  },
  check(view) {
    const out: RuleFinding<MessageId>[] = [];
    for (const pair of view.settings) {
      const { base, head } = pair;
      if (isTimerRole(base) || isTimerRole(head)) continue;
      if (base && head) out.push(...comparePair(base, head, view));
      else if (head) {
        const f = newSite(head, view);
        if (f) out.push(f);
      } else if (base) {
        const f = removedBreaker(base, view);
        if (f) out.push(f);
      }
    }
    out.push(...removedLoops(view));
    return out;
  },
});

function isTimerRole(s: SettingSite | undefined): boolean {
  return s?.role === 'abort-timer' || s?.role === 'race-timeout';
}

// ---------------------------------------------------------------- counts

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

interface Leaf {
  path: string;
  /** The option's own name and its container's. */
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

function isCountLeaf(l: Leaf, site: SettingSite): boolean {
  if (l.value.k === 'obj') return false;
  if (l.key === 'limit' && RETRY_CONTAINER.test(l.parent)) return true;
  // async's `retry({ times, interval }, fn)`: `times` counts attempts when the call is a retry.
  if (l.key === 'times' && /retry/i.test(site.key) && !l.parent) return true;
  return (COUNT_KEY.test(l.key) || TRIES_KEY.test(l.key)) && !NOT_A_COUNT.test(l.key);
}

/** `retry.limit` and `retry` are the same setting (ky takes either). */
function canonical(path: string): string {
  return path.replace(/(^|\.)(retry|retries)\.limit$/i, '$1$2');
}

/** cockatiel's `retry(handleAll, { maxAttempts })` counts retries, not attempts. */
function isPolicyBuilder(site: SettingSite): boolean {
  const first = site.args[0];
  return !!first && /^handle(All|Type|When|ResultType|WhenResult)\b/.test(describe(first));
}

/** Whether the number is the total of calls (attempts) or the calls after the first (retries). */
function countsAttempts(site: SettingSite, key: string): boolean {
  if (site.role === 'retry-loop' || key === 'times') return true;
  return /^((max|num|numOf|numberOf|total)_?)?(attempts|tries)$/i.test(key) && !isPolicyBuilder(site);
}

interface Count {
  path: string;
  /** The option as written (absent when the library default applies). */
  leaf?: Leaf;
  /** Calls per failing operation: 1 is no retry, Infinity is unbounded; undefined is not known. */
  calls?: number;
  /** From the environment, a function, an expression: not compared. */
  opaque: boolean;
  shown: string;
}

/** Options spread from something the model could not read (`{ ...opts }`) may hold any key. */
function hasOpaqueOptions(site: SettingSite): boolean {
  const opaque = (v: Value, depth: number): boolean => v.k === 'obj' && (!!(v as { opaque?: boolean }).opaque || (depth < 3 && [...v.props.values()].some((x) => opaque(x, depth + 1))));
  return site.args.some((a) => opaque(a, 0));
}

function countOf(site: SettingSite, path: string, leaf: Leaf | undefined): Count {
  if (!leaf && hasOpaqueOptions(site)) return { path, opaque: true, shown: 'unknown (options spread from elsewhere)' };
  if (!leaf) {
    // The library's own default (the catalog's), where the call starts from the library's defaults.
    const table = site.defaults?.retries;
    const d = table && Object.hasOwn(table, path) ? table[path] : undefined;
    if (!d) return { path, opaque: false, shown: 'unset' };
    return { path, calls: d.attempts ? d.value : d.value + 1, opaque: false, shown: `unset (default ${d.value})` };
  }
  const v = leaf.value;
  const shown = showValue(v);
  const attempts = countsAttempts(site, leaf.key);
  switch (v.k) {
    case 'num':
      if (Number.isNaN(v.v) || v.v < 0) return { path, leaf, opaque: true, shown };
      if (leaf.key === 'forever') return { path, leaf, calls: v.v ? Infinity : undefined, opaque: false, shown };
      return { path, leaf, calls: v.v === Infinity ? Infinity : attempts ? Math.max(v.v, 1) : v.v + 1, opaque: false, shown };
    case 'null':
      // ioredis: `maxRetriesPerRequest: null` waits for the connection forever.
      if (/PerRequest$/i.test(leaf.key)) return { path, leaf, calls: Infinity, opaque: false, shown };
      return countOf(site, path, undefined);
    case 'bool':
      if (leaf.key === 'forever') return { path, leaf, calls: v.v ? Infinity : undefined, opaque: false, shown };
      return v.v ? { path, leaf, opaque: true, shown } : { path, leaf, calls: 1, opaque: false, shown };
    default:
      return { path, leaf, opaque: true, shown };
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

type Growth = 'exponential' | 'linear' | 'fixed' | 'wait' | 'none';
const GROWTH_RANK: Record<Growth, number> = { exponential: 3, linear: 2, fixed: 1, wait: 1, none: 0 };

interface Backoff {
  growth?: Growth;
  delayMs?: number;
  jitter?: boolean;
  /** Where the growth and the jitter were decided. */
  growthAt?: Leaf;
  jitterAt?: Leaf;
}

/** Libraries whose default is to retry at once (axios-retry's `noDelay`, cockatiel's `ConstantBackoff(0)`). */
function defaultGrowth(site: SettingSite): Growth | undefined {
  if (/^axiosRetry$/.test(site.key) || isPolicyBuilder(site) || /^(bullmq\.add|new bullmq\.Queue)$/.test(site.key)) return 'none';
  if (/^(pRetry|got(\..*)?|ky(\..*)?|new aws\..*|new redis\.(Redis|Cluster))$/.test(site.key)) return 'exponential';
  return undefined;
}

function backoffOf(site: SettingSite): Backoff {
  if (site.role === 'retry-loop') {
    const sleeps = site.options.get('sleeps');
    const jitter = site.options.get('jitter');
    const b: Backoff = { growth: sleeps?.k === 'bool' && sleeps.v ? 'wait' : 'none' };
    if (sleeps) b.growthAt = { path: 'sleep', key: 'sleep', parent: '', value: sleeps };
    if (jitter?.k === 'bool') {
      b.jitter = jitter.v;
      b.jitterAt = { path: 'jitter', key: 'jitter', parent: '', value: jitter };
    }
    return b;
  }
  const all = leaves(site.options);
  const b: Backoff = {};
  let factor: Leaf | undefined;
  let minimum: Leaf | undefined;
  for (const l of all) {
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
        if (!b.jitterAt) Object.assign(b, { jitter: v.v > 0, jitterAt: l });
      } else factor = l;
    } else if (/^(minTimeout|initialRetryTime|startingDelay|minDelay|baseDelay)$/i.test(l.key) && v.k === 'num') minimum = l;
    else if (/^randomize$/i.test(l.key) && v.k === 'bool' && !b.jitterAt) Object.assign(b, { jitter: v.v, jitterAt: l });
    else if (/^jitter$/i.test(l.key) && !b.jitterAt) {
      const j = v.k === 'bool' ? v.v : v.k === 'str' ? !/^none$/i.test(v.v) : v.k === 'num' ? v.v > 0 : v.k === 'fn' || v.k === 'call' ? true : undefined;
      if (j !== undefined) Object.assign(b, { jitter: j, jitterAt: l });
    }
  }
  if (!b.growthAt && (factor || minimum)) {
    const min = minimum?.value.k === 'num' ? minimum.value.v : undefined;
    const f = factor?.value.k === 'num' ? factor.value.v : undefined;
    if (min === 0) Object.assign(b, { growth: 'none', growthAt: minimum, delayMs: 0 });
    else if (f !== undefined) Object.assign(b, { growth: f > 1 ? 'exponential' : 'fixed', growthAt: factor, ...(min !== undefined ? { delayMs: min } : {}) });
    else if (min !== undefined && defaultGrowth(site)) Object.assign(b, { growth: defaultGrowth(site), growthAt: minimum, delayMs: min });
  }
  if (hasOpaqueOptions(site)) return b; // an unread spread may set what is missing: no defaults
  if (!b.growthAt) {
    const g = defaultGrowth(site);
    if (g) b.growth = g;
  }
  if (b.jitter === undefined && /^pRetry$/.test(site.key)) b.jitter = false; // p-retry: `randomize` defaults to false
  return b;
}

function adopt(b: Backoff, g: { growth: Growth; delayMs?: number; jitter?: boolean }, l: Leaf): void {
  b.growth = g.growth;
  b.growthAt = l;
  if (g.delayMs !== undefined) b.delayMs = g.delayMs;
  if (g.jitter !== undefined && !b.jitterAt) {
    b.jitter = g.jitter;
    b.jitterAt = l;
  }
}

/** `backoff: { type: 'exponential', delay: 1000 }`, `backoff: 500`, `new ExponentialBackoff()`, `false`. */
function growthOfBackoff(v: Value): { growth: Growth; delayMs?: number; jitter?: boolean } | undefined {
  switch (v.k) {
    case 'obj': {
      const type = v.props.get('type');
      const delay = v.props.get('delay');
      const ms = delay?.k === 'num' ? delay.v : undefined;
      if (type?.k === 'str') {
        if (/expo/i.test(type.v)) return { growth: ms === 0 ? 'none' : 'exponential', ...(ms !== undefined ? { delayMs: ms } : {}) };
        if (/fixed|constant/i.test(type.v)) return { growth: ms ? 'fixed' : 'none', delayMs: ms ?? 0 };
        return undefined;
      }
      return ms !== undefined ? { growth: ms > 0 ? 'fixed' : 'none', delayMs: ms } : undefined;
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
function growthOfDelay(v: Value): { growth: Growth; delayMs?: number; jitter?: boolean } | undefined {
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
function growthOfFunction(text: string): { growth: Growth; delayMs?: number; jitter?: boolean } | undefined {
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
  if (param && new RegExp(`\\b${param.replace(/\$/g, '\\$')}\\b`).test(body)) return { growth: /\*\*|pow|\b2\s*\*|<</.test(body) ? 'exponential' : 'linear', jitter };
  return undefined;
}

function showBackoff(b: Backoff, withJitter: boolean): string {
  const jitter = withJitter && b.jitter !== undefined ? (b.jitter ? ' with jitter' : ' without jitter') : '';
  switch (b.growth) {
    case 'exponential':
      return `exponential backoff${b.delayMs ? ` from ${formatMs(b.delayMs)}` : ''}${jitter}`;
    case 'linear':
      return `linear backoff${jitter}`;
    case 'fixed':
      return `a fixed ${b.delayMs ? `${formatMs(b.delayMs)} ` : ''}delay${jitter}`;
    case 'wait':
      return `a sleep between attempts${jitter}`;
    case 'none':
      return 'no delay between attempts';
    default:
      return `the library's default backoff${jitter}`;
  }
}

// ---------------------------------------------------------------- what a retry wraps

/** Operations that change state each time they run: repeating one duplicates its effect. */
const WRITE_OPERATION = /^(post|create\w*|insert\w*|save|add|addBulk|push|lpush|rpush|xadd|publish|send|sendMessage|sendToQueue|sendBatch|enqueue|incr\w*|increment|decr\w*|decrement|append\w*|charge\w*|transfer\w*|bulkCreate|bulkWrite|createMany|insertMany|insertOne|hincrby|zincrby|capture|refund\w*|payout\w*)$/i;
const WRITE_COMMAND = /^send:(Send|Publish|PutRecords?|PutEvents|Invoke|Create|StartExecution|Insert|Add)\w*Command$/;
const POST_IN_TEXT = /method\s*:\s*['"`](POST|PATCH)['"`]/i;
const WRITE_IN_TEXT = /\.(post|create\w*|insert\w*|save|publish|enqueue|charge\w*)\s*\(|\b(create|insert|charge|publish|enqueue|send)[A-Z]\w*\s*\(/;
/** Writes that carry their own dedupe key: retrying them is what the key is for. */
const IDEMPOTENT = /idempoten|dedup|Idempotency-Key|MessageDeduplicationId|ClientToken|jobId/i;

interface Target {
  kind: EffectKind;
  /** The I/O the retry repeats: `axios.post`, `prisma.order.create`. */
  callee?: string;
  /** A non-idempotent write among them, and whether it was seen as I/O (rather than guessed from text). */
  write?: string;
  writeSeen?: boolean;
  local: boolean;
}

const KIND_RANK: Record<EffectKind, number> = { db: 4, network: 3, queue: 3, cache: 2, other: 0 };

function isWrite(p: EffectPath): boolean {
  const op = p.effect.operation.split('.').pop() ?? '';
  return WRITE_OPERATION.test(op) || WRITE_COMMAND.test(p.effect.operation);
}

/** The I/O a site repeats: its own client's, or the calls inside the wrapper or the retry loop. */
function targetOf(site: SettingSite, side: 'base' | 'head', view: ChangeView): Target {
  const local = /^new sqlite\./.test(site.key);
  if (site.kind !== 'other') return { kind: site.kind, local };
  const paths = pathsInside(site, side, view);
  const fnText = site.args.filter((a) => a.k === 'fn' || a.k === 'unknown').map((a) => describe(a)).join(' ');
  const protectedWrite = IDEMPOTENT.test(fnText);
  if (paths.length) {
    const sorted = [...paths].sort((a, b) => KIND_RANK[b.effect.kind] - KIND_RANK[a.effect.kind]);
    const write = paths.find(isWrite) ?? (POST_IN_TEXT.test(fnText) ? paths.find((p) => p.effect.kind === 'network') : undefined);
    return {
      kind: sorted[0]!.effect.kind,
      callee: (write ?? sorted[0]!).effect.key,
      ...(write && !protectedWrite ? { write: write.effect.key, writeSeen: true } : {}),
      local: paths.every((p) => p.effect.local),
    };
  }
  if (/^axiosRetry$/.test(site.key)) return { kind: 'network', callee: 'axios', local: false };
  // A function passed by name or a callback whose I/O the model cannot see: judge by its text.
  const guessed = !protectedWrite && (WRITE_IN_TEXT.exec(fnText) ?? /^(create|insert|charge|publish|enqueue|send)[A-Z]\w*$/.exec(fnText.trim()));
  const named = site.args.find((a): a is Extract<Value, { k: 'unknown' }> => a.k === 'unknown' && !/^handle[A-Z]/.test(a.text));
  const name = named?.text;
  return { kind: 'other', ...(name && /^[\w$.]+$/.test(name) ? { callee: name } : {}), ...(guessed ? { write: name && /^[\w$.]+$/.test(name) ? name : guessed[0].replace(/^\./, '').replace(/\s*\($/, ''), writeSeen: false } : {}), local: false };
}

function pathsInside(site: SettingSite, side: 'base' | 'head', view: ChangeView): EffectPath[] {
  const entry = view.entryOf(side, site.file, site.fnId);
  if (!entry) return [];
  const paths = side === 'head' ? entry.headPaths : entry.basePaths;
  if (site.role === 'retry-loop') {
    return paths.filter((p) => p.loops.some((l) => l.bound === 'retry' && l.file === site.file && l.fnId === site.fnId && l.line === site.span.line && l.column === site.span.column));
  }
  return paths.filter((p) => {
    const step = p.steps[0];
    const at = step ? { file: step.file, fnId: step.fnId, span: step.span } : { file: p.file, fnId: p.fnId, span: p.span };
    return at.file === site.file && at.fnId === site.fnId && within(at.span, site.span);
  });
}

function within(inner: SettingSite['span'], outer: SettingSite['span']): boolean {
  const start = inner.line > outer.line || (inner.line === outer.line && inner.column >= outer.column);
  const end = inner.endLine < outer.endLine || (inner.endLine === outer.endLine && inner.endColumn <= outer.endColumn);
  return start && end;
}

function isRetrySite(site: SettingSite): boolean {
  return site.role === 'retry-loop' || countLeaves(site).size > 0 || /retry|backoff/i.test(site.key);
}

/** A retry of any kind around this effect in the base version of the function. */
function baseRetried(head: SettingSite, target: Target, view: ChangeView): boolean {
  const entry = view.entryOf('head', head.file, head.fnId);
  if (!entry?.base) return false;
  const base = entry.base;
  if (entry.basePaths.some((p) => p.effect.key === target.write && p.loops.some((l) => l.bound === 'retry'))) return true;
  return view.settings.some((p) => p.base !== undefined && p.base.file === base.file && p.base.fnId === base.fnId && isRetrySite(p.base));
}

// ---------------------------------------------------------------- comparisons

/**
 * Retry loops compared per route: a call whose base route ran inside a retry loop (in the function
 * or a wrapper it went through) and whose paired head route, the same call, runs in none. Reported
 * once per loop, at the head function's own call on the route (the call itself, or the call into
 * the helper that makes it); not when the head function sets a retry some other way.
 */
function removedLoops(view: ChangeView): RuleFinding<MessageId>[] {
  const found = new Map<string, { finding: RuleFinding<MessageId>; rank: number }>();
  // Head functions that set a retry some other way (a client option, a wrapper with options).
  const retrying = new Set(view.settings.flatMap(({ head: h }) => (h && isRetrySite(h) ? [`${h.file}\0${h.fnId}`] : [])));
  for (const entry of view.entries) {
    const { base, head } = entry;
    // The function that lost the retry was edited: a caller left as it was (in a file the change did
    // not touch) whose route merely stopped passing through a loop further down says nothing new.
    if (!base || !head || !view.touches(head.file, head.span) || retrying.has(`${head.file}\0${head.fnId}`)) continue;
    const baseByKey = groupByKey(entry.basePaths);
    for (const [key, heads] of groupByKey(entry.headPaths)) {
      for (const pair of pairRoutes(baseByKey.get(key) ?? [], heads)) {
        const before = pair.base?.path;
        const after = pair.head.path;
        // The same call: at the same site, or inlined from a helper that is gone (`await this.startTransaction(qr)` -> `await qr.startTransaction()`).
        const inlined = !!before && before.callText.replace(/\s+/g, '') === after.callText.replace(/\s+/g, '') && !view.entryOf('base', before.file, before.fnId)?.head;
        if (!before || (siteIdentity(before) !== siteIdentity(after) && !inlined) || before.onError || after.loops.some((l) => l.bound === 'retry')) continue;
        const loop = before.loops.find((l) => l.bound === 'retry');
        if (!loop) continue;
        const id = `${loop.file}|${loop.fnId}|${loop.line}`;
        // The entry whose own function held the loop says it best, else the one nearest the call
        // (the function that called the wrapper); its callers see the same loop further away.
        const rank = loop.file === base.file && loop.fnId === base.fnId ? -1 : after.steps.length;
        if ((found.get(id)?.rank ?? Infinity) <= rank) continue;
        const step = after.steps[0];
        const at = step ? { file: step.file, span: step.span } : { file: after.file, span: after.span };
        found.set(id, { rank, finding: {
          messageId: 'loopRemoved',
          severity: after.effect.local ? 'low' : 'medium',
          data: { header: loop.header, callee: after.effect.key, unit: unitOf(after.effect.kind, after.effect.key) },
          at: { side: 'head', file: at.file, span: at.span },
          related: [{ side: 'base', file: loop.file, line: loop.line, column: loop.column, endLine: loop.line, endColumn: loop.column, message: `before: ${loop.header}` }],
          effect: { kind: after.effect.kind, callee: after.effect.key },
          before: { option: 'retry loop', value: loop.header },
          after: { option: 'retry loop', value: 'none', calls: 1 },
          identity: `${head.fnId}|${after.effect.key}|loopRemoved`,
        } });
      }
    }
  }
  return [...found.values()].map((f) => f.finding);
}

function comparePair(base: SettingSite, head: SettingSite, view: ChangeView): RuleFinding<MessageId>[] {
  const out: RuleFinding<MessageId>[] = [];
  const breaker = breakerDisabled(base, head, view);
  if (breaker) out.push(breaker);
  const errors = retriedErrorsChanged(base, head, view);
  if (errors) out.push(errors);
  const baseCounts = countLeaves(base);
  const headCounts = countLeaves(head);
  if (!baseCounts.size && !headCounts.size && base.role !== 'retry-loop' && !hasBackoff(base) && !hasBackoff(head)) return out;
  const target = targetOf(head, 'head', view);
  const counts = new Map<string, { before: Count; after: Count }>();
  for (const path of new Set([...baseCounts.keys(), ...headCounts.keys()])) {
    counts.set(path, { before: countOf(base, path, baseCounts.get(path)), after: countOf(head, path, headCounts.get(path)) });
  }
  const methods = retriedWriteMethods(base, head, target);
  if (methods) out.push(methods);
  // The backoff first: when it goes, the raise (if any) is part of the same storm and is said there.
  const headMain = [...counts.values()].find((c) => c.after.calls !== undefined)?.after;
  const stillRetries = !headMain || headMain.opaque || (headMain.calls ?? 2) > 1;
  const storm = stillRetries ? backoffChange(base, head, target, [...counts.values()][0], view) : undefined;
  if (storm) out.push(storm);
  for (const { before, after } of counts.values()) {
    if (before.opaque || after.opaque) continue;
    if (after.calls === undefined) {
      // A count removed where the default is not known: said, at low severity.
      if (!after.leaf && before.calls !== undefined && before.calls > 1) out.push(countFinding('toDefault', base, head, target, before, after, view));
      continue;
    }
    if (before.calls === undefined) {
      if (after.calls === Infinity) out.push(countFinding('raised', base, head, target, before, after, view));
      continue;
    }
    if (after.calls === before.calls) continue;
    if (after.calls <= 1 && before.calls > 1) out.push(countFinding('disabled', base, head, target, before, after, view));
    else if (after.calls > before.calls && !storm) {
      if (before.calls <= 1 && target.write) out.push(writeFinding(head, target, after));
      else out.push(countFinding('raised', base, head, target, before, after, view));
    }
  }
  return out;
}

/** The parts of an error test: `e instanceof A && (e.code === X || e.code === Y)` -> the three comparisons. */
function atomsOf(test: string): Set<string> {
  return new Set(test.split(/&&|\|\||[()!]/).map((x) => x.trim()).filter(Boolean));
}

/**
 * A hand-written retry loop that retries only the errors a test selects, whose test now lets more
 * kinds through (a class added with `||`, or no test left: every error) or fewer (a class gone):
 * more load when those failures come, or failures that now fail the caller at once. Low severity:
 * a reviewer decides whether the new class is transient.
 */
function retriedErrorsChanged(base: SettingSite, head: SettingSite, view: ChangeView): RuleFinding<MessageId> | undefined {
  if (base.role !== 'retry-loop' || head.role !== 'retry-loop') return undefined;
  const b = base.options.get('retryOn');
  const h = head.options.get('retryOn');
  if (b?.k !== 'str' || (h && h.k !== 'str')) return undefined;
  const before = b.v;
  const after = h?.k === 'str' ? h.v : 'any error';
  if (before.replace(/\s+/g, '') === after.replace(/\s+/g, '')) return undefined;
  const ab = atomsOf(before);
  const ah = h?.k === 'str' ? atomsOf(h.v) : undefined;
  const ors = (t: string) => t.split('||').length;
  const wider = !ah || ([...ab].every((x) => ah.has(x)) && ah.size > ab.size && ors(after) > ors(before));
  const narrower = !!ah && [...ah].every((x) => ab.has(x)) && ab.size > ah.size && ors(before) > ors(after);
  if (!wider && !narrower) return undefined;
  const target = targetOf(head, 'head', view);
  const unit = unitOf(target.kind, head.key);
  return {
    messageId: 'retriedErrors',
    severity: 'low',
    data: {
      header: head.text, around: aroundText(head, target), before, after,
      how: wider ? 'now retries more kinds of error' : 'no longer retries a kind of error it did',
      consequence: wider ? `: each of them now costs up to the loop's attempts per failing ${unit}` : `: those failures now fail the ${unit} at once`,
    },
    at: { side: 'head', file: head.file, span: head.span },
    related: [{ side: 'base', file: base.file, line: base.span.line, column: base.span.column, endLine: base.span.line, endColumn: base.span.column, message: `before: retried only when ${before}` }],
    effect: { kind: target.kind, callee: target.callee ?? head.key },
    before: { option: 'retried errors', value: before },
    after: { option: 'retried errors', value: after },
    identity: `${head.fnId}|${head.key}|retriedErrors`,
  };
}

function hasBackoff(site: SettingSite): boolean {
  const b = backoffOf(site);
  return !!(b.growthAt ?? b.jitterAt);
}

function backoffChange(base: SettingSite, head: SettingSite, target: Target, count: { before: Count; after: Count } | undefined, view: ChangeView): RuleFinding<MessageId> | undefined {
  const b = backoffOf(base);
  const h = backoffOf(head);
  let what: string | undefined;
  if (b.growth && h.growth && h.growth === 'none' && b.growth !== 'none') what = 'backoff';
  else if (b.growth && h.growth && GROWTH_RANK[h.growth] < GROWTH_RANK[b.growth] && b.growth !== 'wait') what = b.growth === 'exponential' ? 'exponential backoff' : 'growing backoff';
  else if (b.jitter === true && h.jitter === false && h.growth !== 'none') what = 'jitter';
  if (!what) return undefined;
  const isJitter = what === 'jitter';
  const beforeText = showBackoff(b, isJitter || b.jitter === true);
  const afterText = showBackoff(h, isJitter);
  const attempts = attemptsText(count);
  const unit = unitOf(target.kind, head.key);
  const known = count?.after.calls !== undefined;
  const consequence = isJitter
    ? `clients that failed together now retry at the same moments, in synchronized waves${known ? ` (${attempts} per failing ${unit})` : ''}`
    : h.growth === 'none'
      ? known ? `${attempts} per failing ${unit} now hit the dependency back to back` : `every failing ${unit} now retries back to back`
      : `retries ${known ? `(${attempts} per failing ${unit}) ` : ''}now keep the same pace however long the dependency struggles`;
  const leafB = isJitter ? b.jitterAt : b.growthAt;
  const leafH = isJitter ? h.jitterAt : h.growthAt;
  const option = (leafH ?? leafB)?.path ?? (isJitter ? 'jitter' : 'backoff');
  const unbounded = count?.after.calls === Infinity;
  const severity = downgrade(h.growth === 'none' || unbounded ? 'high' : 'medium', target);
  const anchor = anchorOf(view, head, leafH?.value);
  return {
    messageId: 'backoffRemoved',
    severity,
    data: { site: siteText(head), callee: head.key, around: aroundText(head, target), what, before: beforeText, after: afterText, consequence, option },
    at: { side: 'head', file: anchor.file, span: anchor.span },
    related: [...relatedOf(option, leafB?.value, beforeText, head, anchor.atOrigin ? undefined : leafH?.value, afterText), ...anchor.related],
    effect: { kind: target.kind, callee: target.callee ?? head.key },
    before: { option, value: beforeText, ...(leafB ? { setAt: where(leafB.value) } : {}) },
    after: { option, value: afterText, ...(leafH ? { setAt: where(leafH.value) } : {}) },
    identity: `${head.fnId}|${head.key}|${option}|backoffRemoved`,
  };
}

function attemptsText(count: { before: Count; after: Count } | undefined): string {
  const b = count?.before.calls;
  const a = count?.after.calls;
  const n = (x: number) => (x === Infinity ? 'unbounded' : String(x));
  if (a === undefined) return 'every attempt';
  if (b !== undefined && b !== a) return `${n(b)} -> ${n(a)} attempts`;
  return a === Infinity ? 'unbounded attempts' : `up to ${a} attempts`;
}

function countFinding(messageId: 'raised' | 'disabled' | 'toDefault', base: SettingSite, head: SettingSite, target: Target, before: Count, after: Count, view: ChangeView): RuleFinding<MessageId> {
  const option = after.leaf?.path ?? before.leaf?.path ?? before.path;
  const unit = unitOf(target.kind, head.key);
  const b = before.calls;
  const a = after.calls;
  let impact = '';
  let severity: Severity;
  if (messageId === 'toDefault' || a === undefined) severity = 'low';
  else if (messageId === 'raised') {
    if (a === Infinity) {
      impact = `now unbounded: every failing ${unit} retries until the dependency recovers`;
      severity = 'high';
    } else {
      const factor = b ? a / b : Infinity;
      impact = `${b ?? 1} -> ${a} calls per failing ${unit}, ${formatFactor(factor)} load on failure`;
      severity = factor >= 2 || a >= 10 ? 'medium' : 'low';
    }
  } else severity = 'medium';
  const anchor = after.leaf ? anchorOf(view, head, after.leaf.value) : removalAnchor(view, base, head, before.leaf?.value);
  return {
    messageId,
    severity: downgrade(severity, target),
    data: { subject: head.role === 'retry-loop' ? `The bound of ${siteText(head, true)}` : `\`${option}\` on \`${head.key}\``, option, callee: head.key, around: aroundText(head, target), before: before.shown, after: after.shown, impact, unit },
    at: { side: 'head', file: anchor.file, span: anchor.span },
    related: [...relatedOf(option, before.leaf?.value, before.shown, head, anchor.atOrigin ? undefined : after.leaf?.value, after.shown), ...anchor.related],
    effect: { kind: target.kind, callee: target.callee ?? head.key },
    before: { option, value: before.shown, ...(b !== undefined ? { calls: b === Infinity ? 'unbounded' : b } : {}), ...(before.leaf ? { setAt: where(before.leaf.value) } : {}) },
    after: { option, value: after.shown, ...(a !== undefined ? { calls: a === Infinity ? 'unbounded' : a } : {}), ...(after.leaf ? { setAt: where(after.leaf.value) } : {}) },
    identity: `${head.fnId}|${head.key}|${canonical(option)}|${messageId}`,
  };
}

/** A site with no counterpart in base: a new retry around a write, or a new unbounded one. */
function newSite(head: SettingSite, view: ChangeView): RuleFinding<MessageId> | undefined {
  // A function that starts calling itself is as often a poll or a walk as a retry: only a change of its bound is said.
  if (!isRetrySite(head) || isBreaker(head) || head.recursive) return undefined;
  const counts = countLeaves(head);
  const [path, leaf] = [...counts.entries()][0] ?? [head.role === 'retry-loop' ? 'limit' : 'retries', undefined];
  const after = countOf(head, path, leaf);
  if (after.calls !== undefined && after.calls <= 1) return undefined;
  const target = targetOf(head, 'head', view);
  if (target.write && !baseRetried(head, target, view)) return writeFinding(head, target, after);
  // A new wrapper or loop that never stops; a new client's unbounded setting is its own design
  // (BullMQ requires `maxRetriesPerRequest: null` on the connections it is given).
  if (after.calls === Infinity && head.kind === 'other') return countFinding('raised', head, head, target, { path, opaque: false, shown: 'no retry', calls: 1 }, after, view);
  return undefined;
}

function writeFinding(head: SettingSite, target: Target, after: Count, effectCallee = target.write!): RuleFinding<MessageId> {
  const option = after.leaf?.path ?? after.path;
  const loop = head.role === 'retry-loop';
  const shown = loop
    ? after.calls !== undefined ? `up to ${after.calls === Infinity ? 'unbounded' : after.calls} attempts` : after.leaf ? `bound ${after.shown}` : 'no visible bound'
    : after.leaf ? `${option}: ${after.shown}` : 'default retries';
  // A loop that retries only the errors a test selects (a duplicate key, a lost compare-and-set) was written for them:
  // the risk is in whether any of them can come after the write landed, for a reviewer to check.
  const only = loop ? head.options.get('retryOn') : undefined;
  const selective = only?.k === 'str' ? only.v : undefined;
  return {
    messageId: 'addedToWrite',
    severity: selective ? 'low' : target.writeSeen ? downgrade('high', target) : 'medium',
    data: { site: loop ? `loop \`${head.text}\`` : `\`${head.key}\``, callee: head.key, after: shown, write: target.write!, option, only: selective ? `, retried only when \`${selective}\`` : '' },
    at: { side: 'head', file: head.file, span: head.span },
    related: after.leaf && after.leaf.value.at.file !== head.file ? [{ side: 'head', file: after.leaf.value.at.file, line: after.leaf.value.at.line, column: 1, endLine: after.leaf.value.at.line, endColumn: 1, message: `set here: ${option} = ${after.shown}` }] : [],
    effect: { kind: target.kind, callee: effectCallee },
    before: null,
    after: { option, value: after.shown, ...(after.calls !== undefined ? { calls: after.calls === Infinity ? 'unbounded' : after.calls } : {}), ...(after.leaf ? { setAt: where(after.leaf.value) } : {}), write: target.write },
    identity: `${head.fnId}|${head.key}|${target.write}|addedToWrite`,
  };
}

/** got's and ky's `retry.methods`: a client that now retries POST or PATCH requests. */
function retriedWriteMethods(base: SettingSite, head: SettingSite, target: Target): RuleFinding<MessageId> | undefined {
  const writes = (site: SettingSite) => {
    // `retry: { methods }` (got, ky), or `methods` at the top of a retry construction (`new RetryAgent(agent, { methods })`).
    const retrying = RETRY_CONTAINER.test(site.key.split('.').pop() ?? '');
    const l = leaves(site.options).find((x) => x.key === 'methods' && (RETRY_CONTAINER.test(x.parent) || (retrying && !x.parent)) && x.value.k === 'arr');
    const items = l?.value.k === 'arr' ? l.value.items.filter((i) => i.k === 'str' && /^(post|patch)$/i.test(i.v)).map((i) => (i.k === 'str' ? i.v.toUpperCase() : '')) : [];
    return { leaf: l, items };
  };
  const b = writes(base);
  const h = writes(head);
  const added = h.items.filter((m) => !b.items.includes(m));
  if (!h.leaf || !added.length) return undefined;
  const count = countOf(head, 'retry', countLeaves(head).get('retry'));
  if (count.calls !== undefined && count.calls <= 1) return undefined;
  return writeFinding(head, { ...target, write: added.join(', '), writeSeen: true }, { ...count, path: h.leaf.path, leaf: h.leaf, shown: showValue(h.leaf.value) }, head.key);
}

// ---------------------------------------------------------------- circuit breakers

const BREAKER_OPTION = /^(errorThresholdPercentage|resetTimeout|halfOpenAfter|volumeThreshold|rollingCountTimeout)$/;

function isBreaker(site: SettingSite): boolean {
  return /breaker/i.test(site.key) || [...site.options.keys()].some((k) => BREAKER_OPTION.test(k));
}

/** opossum's `enabled: false` or `errorThresholdPercentage: 100`: the breaker never opens. */
function breakerOff(site: SettingSite): Leaf | undefined {
  for (const l of leaves(site.options)) {
    if (l.key === 'enabled' && l.value.k === 'bool' && !l.value.v) return l;
    if (l.key === 'errorThresholdPercentage' && l.value.k === 'num' && l.value.v >= 100) return l;
  }
  return undefined;
}

function breakerDisabled(base: SettingSite, head: SettingSite, view: ChangeView): RuleFinding<MessageId> | undefined {
  if (!isBreaker(base) || breakerOff(base)) return undefined;
  const off = breakerOff(head);
  if (!off) return undefined;
  const before = base.options.get(off.key);
  const target = targetOf(head, 'head', view);
  const shownAfter = `\`${off.path}: ${describe(off.value)}\``;
  const shownBefore = before ? `\`${off.path}: ${describe(before)}\`` : `\`${off.path}\` unset`;
  return breakerFinding(head, 'head', target, 'can no longer open', shownBefore, shownAfter, before, off.value, off.path);
}

/** A breaker in base that head no longer has, in a file that is still there and has no breaker. */
function removedBreaker(base: SettingSite, view: ChangeView): RuleFinding<MessageId> | undefined {
  if (!isBreaker(base) || breakerOff(base)) return undefined;
  // The function (or, for a module-level breaker, the file) is still there: not a deletion.
  const stillThere = base.fnId === '<module>'
    ? view.entries.some((e) => e.base?.file === base.file && e.head)
    : view.entries.some((e) => e.base?.file === base.file && e.base.fnId === base.fnId && e.head);
  if (!stillThere) return undefined;
  // A breaker left in that file, or one that appears elsewhere (moved): not a removal.
  const headFiles = new Set(view.entries.filter((e) => e.base?.file === base.file && e.head).map((e) => e.head!.file));
  if (view.settings.some((p) => p.head && isBreaker(p.head) && (!p.base || headFiles.has(p.head.file)))) return undefined;
  const target = targetOf(base, 'base', view);
  const options = [...base.options.keys()].filter((k) => BREAKER_OPTION.test(k));
  const before = `\`${base.text}\`${options.length ? ` with ${options.map((k) => `\`${k}: ${describe(base.options.get(k)!)}\``).join(', ')}` : ''}`;
  const f = breakerFinding(base, 'base', target, 'was removed', before, 'no breaker', undefined, undefined, 'breaker');
  return {
    ...f,
    related: [],
    before: { option: 'breaker', value: before, setAt: `${base.file}:${base.span.line}` },
    after: null,
  };
}

function breakerFinding(site: SettingSite, side: 'base' | 'head', target: Target, how: string, before: string, after: string, beforeValue: Value | undefined, afterValue: Value | undefined, option: string): RuleFinding<MessageId> {
  return {
    messageId: 'breakerRemoved',
    severity: downgrade('medium', target),
    data: { callee: site.key, around: aroundText(site, target), how, before, after },
    at: { side, file: site.file, span: pointAt(site, afterValue) },
    related: beforeValue ? [{ side: 'base', file: beforeValue.at.file, line: beforeValue.at.line, column: 1, endLine: beforeValue.at.line, endColumn: 1, message: `before: ${before}` }] : [],
    effect: { kind: target.kind, callee: target.callee ?? site.key },
    before: { option, value: before, ...(beforeValue ? { setAt: where(beforeValue) } : {}) },
    after: { option, value: after, ...(afterValue ? { setAt: where(afterValue) } : {}) },
    identity: `${site.fnId}|${site.key}|breakerRemoved`,
  };
}

// ---------------------------------------------------------------- presentation

/** `` `pRetry` ``, or `` The retry loop `for (...)` `` (at the start of a sentence) / `` the retry loop `for (...)` ``. */
function siteText(site: SettingSite, lower = false): string {
  if (site.role !== 'retry-loop') return `\`${site.key}\``;
  return `${lower ? 'the' : 'The'} retry loop \`${site.text}\``;
}

function aroundText(site: SettingSite, target: Target): string {
  if (site.kind !== 'other' || !target.callee || target.callee === site.key) return '';
  return ` around \`${target.callee}\``;
}

function unitOf(kind: EffectKind, key: string): string {
  if (/bullmq|queue/i.test(key)) return 'job';
  return kind === 'network' ? 'request' : kind === 'db' ? 'query' : kind === 'cache' ? 'command' : kind === 'queue' ? 'message' : 'call';
}

/** Blast radius: in-process work (SQLite) is one step less severe than a shared dependency. */
function downgrade(s: Severity, target: Target): Severity {
  if (!target.local) return s;
  return s === 'high' ? 'medium' : 'low';
}

function showValue(v: Value): string {
  if (v.k === 'env') return `set from the environment (\`${describe(v)}\`)`;
  if (v.k === 'num') return v.v === Infinity ? '`Infinity`' : describe(v);
  if (v.k === 'fn') return `\`${v.text.length > 60 ? v.text.slice(0, 57) + '...' : v.text}\``;
  if (v.k === 'null') return '`null`';
  return `\`${describe(v)}\``;
}

function formatMs(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000} s`;
  return `${ms} ms`;
}

function formatFactor(f: number): string {
  return f === Infinity ? 'unbounded' : `${Math.round(f * 10) / 10}x`;
}

function where(v: Value): string {
  return `${v.at.file}:${v.at.line}`;
}

/** The option's own line when it is written inside the call; the call otherwise. */
function pointAt(site: SettingSite, value: Value | undefined): SettingSite['span'] {
  if (value && value.at.file === site.file && value.at.line >= site.span.line && value.at.line <= site.span.endLine && value.at.line !== site.span.line) {
    return { line: value.at.line, column: 1, endLine: value.at.line, endColumn: 1 };
  }
  return site.span;
}

function relatedOf(option: string, before: Value | undefined, beforeShown: string, head: SettingSite, after: Value | undefined, afterShown: string): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  if (before) out.push({ side: 'base', file: before.at.file, line: before.at.line, column: 1, endLine: before.at.line, endColumn: 1, message: `before: ${option} = ${beforeShown}` });
  if (after && (after.at.file !== head.file || after.at.line < head.span.line || after.at.line > head.span.endLine)) {
    out.push({ side: 'head', file: after.at.file, line: after.at.line, column: 1, endLine: after.at.line, endColumn: 1, message: `set here: ${option} = ${afterShown}` });
  }
  return out;
}
