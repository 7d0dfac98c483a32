/**
 * concurrency-changed: a concurrency limit removed or changed (p-limit, p-map, p-queue, worker
 * concurrency, async `*Limit`, pool sizes, agent socket caps), or work that was sequential,
 * limited or batched that now runs for every item at once.
 *
 * Two sources, one model:
 * - setting sites (view.settings): every option of any call or construction whose name says it
 *   bounds concurrency, connections or sockets (at any depth, in connection URLs too), and the
 *   positional limit of `pLimit(n)` / `mapLimit(xs, n, fn)`, compared base -> head as values;
 * - effect paths (view.entries): the loops around each I/O call, reduced to how many run at once
 *   (one at a time, n at a time through a limiter, batches of n, or all at once).
 */
import { anchorOf } from './shared/anchor.js';
import { defineRule, type ChangeView, type EntryChange, type RuleFinding } from '../src/rule.js';
import { describe, type SettingSite, type Value, type Where } from '../src/model/settings.js';
import { multiplicityOf } from '../src/model/multiplicity.js';
import type { LoopRef } from '../src/model/multiplicity.js';
import type { EffectPath } from '../src/model/summaries.js';
import type { EffectKind, RelatedLocation, Severity } from '../src/types.js';

type MessageId = 'removed' | 'raised' | 'lowered' | 'madeParallel' | 'limiterDropped' | 'batchUnbounded' | 'capRemoved';

/** What a limit bounds, which decides how its values read: `5 at a time`, `10 connections`. */
type LimitKind = 'tasks' | 'connections' | 'sockets' | 'rate' | 'queue';
/** A pool or socket limit of a known client lowered by this factor or more is reported; a task limit lowered never is. */
const POOL_LOWER_FACTOR = 4;

/** A raise counts as "medium" from this factor on; a cut from its inverse. */
export const RAISE_FACTOR = 2;
export const CUT_FACTOR = 4;

export default defineRule<MessageId>({
  id: 'concurrency-changed',
  category: 'concurrency',
  severity: 'high',
  docs: {
    summary: 'A concurrency limit or pool size was removed or changed, or sequential, limited or batched I/O now runs for every item at once.',
    why: 'A limit is what keeps a burst of work from becoming a burst on the database or a downstream service: without it a 10,000-item list opens 10,000 requests at once, exhausts connection pools and trips rate limits; a larger pool multiplies the connections every process opens, a smaller one makes requests queue.',
    fix: 'Keep a bound on work that fans out (p-limit, p-map `concurrency`, a batch loop); size pools against the database\'s connection budget divided by the number of processes, and say in the code why a limit changed.',
    notFor: [
      'A limit added where there was none, or parallel work that is still bounded (a limiter, `concurrency`, batches, a literal list).',
      'A limit reformatted, renamed, moved into a shared constant or a spread of defaults that holds the same value.',
      'Values set from the environment without a default in the code: opsdiff says so rather than guessing them.',
      'New I/O in a loop: that is the fan-out rule (io-in-loop).',
      `A task limit lowered (work only waits longer), or a pool or socket limit lowered by less than ${POOL_LOWER_FACTOR}x or on a client not known to be I/O (a configuration default).`,
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
  check(view) {
    const out: RuleFinding<MessageId>[] = [];
    const handledLoops = new Set<string>();
    for (const pair of view.settings) {
      if (!pair.base || !pair.head || pair.base.role || pair.head.role) continue;
      const baseLimits = limitsOf(pair.base);
      if (baseLimits.some((l) => l.kind === 'tasks')) handledLoops.add(`${pair.head.file}:${pair.head.span.line}`);
      out.push(...compareSites(pair.base, pair.head, baseLimits, view));
    }
    const sites = { base: view.settings.flatMap((p) => (p.base ? [p.base] : [])), head: view.settings.flatMap((p) => (p.head ? [p.head] : [])) };
    for (const entry of view.entries) out.push(...checkEntry(entry, sites, handledLoops));
    return out;
  },
});

// ---------------------------------------------------------------- limits of a setting site

interface Limit {
  /** `concurrency`, `pool.max`, `datasources.db.url#connection_limit`, or `limit` (positional). */
  path: string;
  kind: LimitKind;
  value: Value;
  positional?: boolean;
}

/** Option names that bound how much runs at once, by what they bound. Minimums and idle settings are not bounds. */
const TASK_KEY = /concurren|parallelism|maxParallel|maxInFlight|maxWorkers|^workers$/i;
const CONNECTION_KEY = /connectionLimit|connection_limit|poolSize|pool_size|maxPool|max\w*Connections$|max_connections|^connections$|^maxClients$/i;
const SOCKET_KEY = /^maxSockets$|^maxTotalSockets$|^maxSessions$/;
const QUEUE_KEY = /^queueLimit$|^maxQueue\w*$|^maxWaitingClients$|^maxPending\w*$/;
const NOT_A_BOUND = /^min|idle|free|timeout|ttl|retr|delay|interval|duration|wait$/i;
/** `max` alone bounds a pool under a `pool` container or on a pool-like construction; a rate under a limiter. */
const POOL_CONTAINER = /pool/i;
const RATE_CONTAINER = /limiter|ratelimit|throttle/i;
const POOL_SITE = /Pool\b|pool\b|createPool|Cluster|knex|Sequelize|Agent/;
const THROTTLE_SITE = /throttle/i;
/** ioredis/node-redis: commands issued while disconnected queue without limit unless this is off. */
const OFFLINE_QUEUE = /^enableOfflineQueue$/;
/** Connection strings carry pool sizes: Prisma's `connection_limit`, MongoDB's `maxPoolSize`. */
const URL_PARAM = /[?&](connection_limit|connectionLimit|pool_size|poolSize|maxPoolSize|max_connections)=(\d+)/;
/** Where 0 means "no limit" (mysql/mysql2 pools). */
const ZERO_IS_UNLIMITED = /^(connectionLimit|queueLimit)$/;
/** Callees whose first argument is the limit: `pLimit(5)`, `new Sema(5)`; whose second: `mapLimit(xs, 5, fn)`, `async.queue(worker, 5)`. */
const FIRST_ARG_LIMIT = /^(new )?(pLimit|limit|limitFunction|Sema|Semaphore)$/;
const SECOND_ARG_LIMIT = /^(\w+\.)?((map|each|forEach|eachOf|forEachOf|times|filter|reject|detect|concat|sortBy|some|every|parallel|mapValues|groupBy|flatMap)Limit|queue|priorityQueue|cargoQueue|fastq)$/;
/** An I/O request (`axios.post(url, body)`, `queue.add(name, data)`): its objects are payloads, not client settings. */
const REQUEST = /(^|\.)(get|post|put|patch|delete|del|head|request|fetch|query|execute|exec|send|publish|add|addBulk|insert|update|upsert|set|call|invoke|find\w*|save)$/;
/** Containers whose contents are data sent or matched, never settings. */
const PAYLOAD = /^(data|body|json|form|params|query|where|payload|values|input|variables|create|update|set|document|doc|item|record|fields|headers|metadata)$/i;

const limitsMemo = new WeakMap<SettingSite, Limit[]>();

function limitsOf(site: SettingSite): Limit[] {
  let out = limitsMemo.get(site);
  if (!out) limitsMemo.set(site, (out = computeLimits(site)));
  return out;
}

function computeLimits(site: SettingSite): Limit[] {
  const out: Limit[] = [];
  if (site.kind !== 'other' && !site.key.startsWith('new ') && REQUEST.test(site.key)) return out;
  const first = site.args[0];
  if (FIRST_ARG_LIMIT.test(site.key) && first && isLimitArg(first)) out.push({ path: 'limit', kind: 'tasks', value: first, positional: true });
  const second = site.args[1];
  if (SECOND_ARG_LIMIT.test(site.key) && second && isLimitArg(second)) out.push({ path: 'limit', kind: 'tasks', value: second, positional: true });
  // `new AsyncQueue('indexer', 5)` where the project's constructor reads `(label, concurrency = 1)`: the parameter's name says it.
  for (const p of site.params ?? []) {
    if (p.prop) continue;
    const kind = kindOfKey(site, p.name, '');
    if (!kind || out.some((l) => l.positional)) continue;
    const arg = site.args[p.index];
    const value = arg && isLimitArg(arg) ? arg : !arg ? p.default : undefined;
    if (value) out.push({ path: p.name, kind, value, positional: true });
  }
  collect(site, site.options, '', '', 0, out);
  return out;
}

/** A positional argument that can be a limit: not the task (`limit(() => ...)`) and not an options object. */
function isLimitArg(v: Value): boolean {
  return v.k !== 'fn' && v.k !== 'obj' && v.k !== 'arr';
}

function collect(site: SettingSite, options: Map<string, Value>, prefix: string, container: string, depth: number, out: Limit[]): void {
  for (const [key, value] of options) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value.k === 'obj') {
      if (depth < 3 && !PAYLOAD.test(key)) collect(site, value.props, path, key, depth + 1, out);
      continue;
    }
    const kind = kindOfKey(site, key, container);
    if (value.k === 'str' && !kind) {
      const m = URL_PARAM.exec(value.v);
      if (m) out.push({ path: `${path}#${m[1]}`, kind: 'connections', value: { k: 'num', v: Number(m[2]), at: value.at, text: m[2] } });
      continue;
    }
    if (kind) out.push({ path, kind, value });
  }
}

/** A connection string that is no longer a literal (`url: process.env.DATABASE_URL`): its parameters are not known. */
function urlNotLiteral(site: SettingSite, path: string): Limit | undefined {
  const hash = path.indexOf('#');
  if (hash < 0) return undefined;
  let v: Value | undefined;
  let props: Map<string, Value> | undefined = site.options;
  for (const key of path.slice(0, hash).split('.')) {
    v = props?.get(key);
    props = v?.k === 'obj' ? v.props : undefined;
  }
  if (!v || v.k === 'str' || v.k === 'null') return undefined;
  return { path, kind: 'connections', value: v.k === 'env' ? v : { k: 'unknown', text: describe(v), at: v.at } };
}

/** An option absent from an object that spreads something unreadable (`{ ...opts }`): it may be set there, so its value is unknown. */
function fromOpaqueSpread(site: SettingSite, path: string, kind: LimitKind): Limit | undefined {
  const unknown = (at: Where): Limit => ({ path, kind, value: { k: 'unknown', text: 'set by a spread', at } });
  for (const a of site.args) if (a.k === 'obj' && a.opaque) return unknown(a.at);
  let props = site.options;
  for (const key of path.split('#')[0]!.split('.').slice(0, -1)) {
    const v = props.get(key);
    if (!v || v.k !== 'obj') return undefined;
    if (v.opaque) return unknown(v.at);
    props = v.props;
  }
  return undefined;
}

function kindOfKey(site: SettingSite, key: string, container: string): LimitKind | undefined {
  if (OFFLINE_QUEUE.test(key)) return 'queue';
  if (NOT_A_BOUND.test(key) && !QUEUE_KEY.test(key)) return undefined;
  if (QUEUE_KEY.test(key)) return 'queue';
  if (SOCKET_KEY.test(key)) return 'sockets';
  if (CONNECTION_KEY.test(key)) return 'connections';
  if (TASK_KEY.test(key)) return 'tasks';
  if (key === 'max' || key === 'maxConcurrent') {
    if (RATE_CONTAINER.test(container)) return 'rate';
    if (key === 'maxConcurrent') return 'tasks';
    if (POOL_CONTAINER.test(container) || (!container && POOL_SITE.test(site.key))) return 'connections';
  }
  if (key === 'limit' && (RATE_CONTAINER.test(container) || (!container && THROTTLE_SITE.test(site.key)))) return 'rate';
  return undefined;
}

/** The library's own value when an option is not set, where it is known; otherwise the reader is told it is the default. */
const DEFAULTS: Array<{ site: RegExp; path: RegExp; bound: Bound; shown?: string }> = [
  { site: /PQueue$|pMap$|Bottleneck$/, path: /^(concurrency|maxConcurrent)$/, bound: { t: 'inf' } },
  { site: /(^|[ .])Worker$/, path: /^concurrency$/, bound: { t: 'n', n: 1 } },
  { site: /(http|https)\.Agent$|^new Agent$/, path: /^maxSockets$/, bound: { t: 'inf' } },
  { site: /undici\.(Pool|Agent)$/, path: /^connections$/, bound: { t: 'inf' } },
  { site: /pg\.(Pool|default)$/, path: /^max$/, bound: { t: 'n', n: 10 } },
  { site: /mysql\.create(Pool|PoolCluster)$/, path: /^connectionLimit$/, bound: { t: 'n', n: 10 } },
  { site: /mysql\.create(Pool|PoolCluster)$/, path: /^queueLimit$/, bound: { t: 'inf' } },
  { site: /knex/, path: /^pool\.max$/, bound: { t: 'n', n: 10 } },
  { site: /mongo/, path: /^maxPoolSize$/, bound: { t: 'n', n: 100 } },
  { site: /PrismaClient$/, path: /#connection_limit$/, bound: { t: 'unknown', text: 'the Prisma default (2 x CPUs + 1)' } },
  { site: /./, path: /(^|\.)enableOfflineQueue$/, bound: { t: 'inf' }, shown: 'true' },
];

// ---------------------------------------------------------------- values as bounds

type Bound = { t: 'n'; n: number } | { t: 'inf' } | { t: 'unknown'; text?: string };

interface Reading {
  bound: Bound;
  /** The value as written: `5`, `Infinity`, `unset (default 10)`, `set from the environment (...)`. */
  shown: string;
  at?: Where;
  /** Set from the environment: the name, when the code gives a default for it. */
  env?: string;
}

function read(limit: Limit | undefined, site: SettingSite): Reading {
  if (!limit || limit.value.k === 'null') {
    const entry = limit ? defaultOf(site, limit.path) : undefined;
    const known = entry?.bound;
    if (!known || known.t === 'unknown') return { bound: known ?? { t: 'unknown' }, shown: `unset (${known?.t === 'unknown' && known.text ? known.text : 'the library default'})` };
    if (entry.shown) return { bound: known, shown: `unset (default ${entry.shown})` };
    return { bound: known, shown: known.t === 'inf' ? 'unset (no limit)' : `unset (default ${known.n})` };
  }
  const v = limit.value;
  if (v.k === 'env') {
    const shown = `set from the environment (\`${describe(v)}\`)`;
    const fallback = v.fallback ? boundOf(v.fallback, limit.path) : { t: 'unknown' as const };
    return { bound: fallback, shown, at: v.at, env: v.name };
  }
  return { bound: boundOf(v, limit.path), shown: v.k === 'bool' || v.k === 'num' ? describe(v) : `\`${describe(v)}\``, at: v.at };
}

function boundOf(v: Value, path: string): Bound {
  const key = path.split('.').pop() ?? path;
  if (v.k === 'bool' && OFFLINE_QUEUE.test(key)) return v.v ? { t: 'inf' } : { t: 'n', n: 0 };
  let n: number | undefined;
  if (v.k === 'num') n = v.v;
  else if (v.k === 'str' && /^\s*\d+\s*$/.test(v.v)) n = Number(v.v);
  else if (v.k === 'call' && /^(Number|parseInt)$/.test(v.callee) && v.args[0]) return boundOf(v.args[0], path);
  if (n === undefined || Number.isNaN(n)) return { t: 'unknown' };
  if (n === Infinity || n >= Number.MAX_SAFE_INTEGER) return { t: 'inf' };
  if (n === 0 && ZERO_IS_UNLIMITED.test(key)) return { t: 'inf' };
  return { t: 'n', n };
}

/** ` unless \`POOL_MAX\` is set`: the value read is the code's default for an environment variable. */
function unlessEnv(r: Reading): string {
  return r.env ? ` unless \`${r.env}\` is set` : '';
}

function defaultOf(site: SettingSite, path: string): (typeof DEFAULTS)[number] | undefined {
  return DEFAULTS.find((d) => d.site.test(site.key) && d.path.test(path));
}

/** `5 at a time`, `10 connections`, `50 sockets per host`, `all at once`. */
function phrase(b: Bound, kind: LimitKind, path: string): string {
  if (b.t === 'unknown') return b.text ?? 'the library default';
  if (OFFLINE_QUEUE.test(path.split('.').pop() ?? '')) return b.t === 'inf' ? 'commands queue without limit while disconnected' : 'commands fail fast while disconnected';
  if (b.t === 'inf') return { tasks: 'all at once', connections: 'no connection limit', sockets: 'unlimited sockets per host', rate: 'no rate limit', queue: 'unlimited waiting' }[kind];
  const n = b.n;
  switch (kind) {
    case 'tasks':
      return n === 1 ? 'one at a time' : `${n} at a time`;
    case 'connections':
      return n === 1 ? '1 connection' : `${n} connections`;
    case 'sockets':
      return `${n} socket${n === 1 ? '' : 's'} per host`;
    case 'rate':
      return `${n} per window`;
    case 'queue':
      return `${n} waiting`;
  }
}

// ---------------------------------------------------------------- option comparison

function compareSites(base: SettingSite, head: SettingSite, baseLimits: Limit[], view: ChangeView): RuleFinding<MessageId>[] {
  const headLimits = limitsOf(head);
  const out: RuleFinding<MessageId>[] = [];
  const paths = new Map<string, LimitKind>();
  for (const l of [...baseLimits, ...headLimits]) if (!paths.has(l.path)) paths.set(l.path, l.kind);
  for (const [path, kind] of paths) {
    const b = baseLimits.find((l) => l.path === path) ?? urlNotLiteral(base, path) ?? fromOpaqueSpread(base, path, kind);
    const h = headLimits.find((l) => l.path === path) ?? urlNotLiteral(head, path) ?? fromOpaqueSpread(head, path, kind);
    const before = read(b ?? { path, kind, value: { k: 'null', at: { file: base.file, line: base.span.line } } }, base);
    const after = read(h ?? { path, kind, value: { k: 'null', at: { file: head.file, line: head.span.line } } }, head);
    const bb = before.bound;
    const ab = after.bound;
    if (bb.t !== 'n') continue; // unknown before, or no limit before: nothing was lost
    let messageId: MessageId | undefined;
    if (ab.t === 'inf') messageId = 'removed';
    else if (ab.t === 'unknown') messageId = !h && !after.env ? 'removed' : undefined; // removed, the library's default unknown
    else if (kind === 'queue') messageId = undefined; // waiting room resized: not a concurrency change
    else if (ab.n > bb.n) messageId = 'raised';
    // Lowering is the safe direction: fewer tasks at once only wait longer; a pool or socket
    // limit cut past a factor can starve the callers that share it.
    else if (ab.n < bb.n && (kind === 'connections' || kind === 'sockets') && head.kind !== 'other' && ab.n > 0 && bb.n / ab.n >= POOL_LOWER_FACTOR) messageId = 'lowered';
    if (!messageId) continue;
    out.push(optionFinding(messageId, base, head, { path, kind, positional: !!(b ?? h)?.positional }, before, after, !!h, view));
  }
  return out;
}

function optionFinding(messageId: MessageId, base: SettingSite, head: SettingSite, limit: { path: string; kind: LimitKind; positional: boolean }, before: Reading, after: Reading, present: boolean, view: ChangeView): RuleFinding<MessageId> {
  const { path, kind } = limit;
  const option = path.includes('#') ? path.slice(path.indexOf('#') + 1) : path;
  const where = path.includes('#') ? ` in \`${path.slice(0, path.indexOf('#'))}\`` : '';
  const what = limit.positional ? `The limit of \`${head.key}\`` : `\`${option}\`${where} on \`${head.key}\``;
  const bn = before.bound.t === 'n' ? before.bound.n : undefined;
  const an = after.bound.t === 'n' ? after.bound.n : undefined;
  const ratio = bn !== undefined && an !== undefined && bn > 0 && an > 0 ? (an > bn ? an / bn : bn / an) : undefined;
  const factor = ratio !== undefined ? `${an! > bn! ? '' : '1/'}${Math.round(ratio * 10) / 10}x` : '';
  const how = present ? `is now ${after.shown}` : 'was removed';
  const target = limitedKind(head, view);
  const on = { db: ', on the same database', cache: ', on the same cache', network: ', on the same service', queue: ', on the same broker', other: '' }[target];
  const impact = messageId === 'raised' && (kind === 'connections' || kind === 'sockets') ? ` per process${on}` : '';
  const beforeText = phrase(before.bound, kind, path) + unlessEnv(before);
  const afterText = phrase(after.bound, kind, path) + (after.env ? unlessEnv(after) : !present && after.bound.t === 'n' ? ' by default' : '');
  // The line that sets the new value: in the construction, or a changed constant or options object anywhere.
  const anchor = anchorOf(view, head, after.at);
  const related: RelatedLocation[] = [...anchor.related];
  if (before.at) related.push(place('base', before.at, `before: ${path} = ${before.shown}`));
  if (after.at && !anchor.atOrigin && after.at.file !== head.file) related.push(place('head', after.at, `set here: ${path} = ${after.shown}`));
  return {
    messageId,
    severity: optionSeverity(messageId, kind, target, ratio, after.bound.t === 'unknown'),
    data: { what, option, callee: head.key, how, before: beforeText, after: afterText, factor, impact },
    at: { side: 'head', file: anchor.file, span: anchor.span },
    related,
    effect: { kind: target, callee: head.key },
    before: { option: path, value: before.shown, bound: beforeText, ...(bn !== undefined ? { limit: bn } : {}), ...(before.at ? { setAt: `${before.at.file}:${before.at.line}` } : {}) },
    after: { option: path, value: after.shown, bound: afterText, ...(an !== undefined ? { limit: an } : {}), ...(after.at ? { setAt: `${after.at.file}:${after.at.line}` } : {}) },
    identity: `${head.fnId}|${head.key}|${path}|${messageId}`,
  };
}

/** Unbounded beats bounded, remote (database, network, cache, queue) beats local. */
function optionSeverity(messageId: MessageId, kind: LimitKind, target: EffectKind, ratio: number | undefined, afterUnknown: boolean): Severity {
  const remote = target !== 'other';
  if (messageId === 'removed') return kind === 'queue' || !remote || afterUnknown ? 'medium' : 'high';
  if (messageId === 'raised') return remote && ratio !== undefined && ratio >= RAISE_FACTOR ? 'medium' : 'low';
  return remote && ratio !== undefined && ratio >= CUT_FACTOR ? 'medium' : 'low';
}

/**
 * What the limited work is: the site's own kind for clients and pools; for a limiter or an
 * iteration (`pLimit`, `pMap`), the I/O that runs under it; a queue worker runs jobs.
 */
function limitedKind(site: SettingSite, view: ChangeView): EffectKind {
  if (site.kind !== 'other') return site.kind;
  if (/(^|[ .])Worker$/.test(site.key)) return 'queue';
  const kinds: EffectKind[] = [];
  for (const entry of view.entries) {
    for (const p of entry.headPaths) {
      if (p.effect.local || p.effect.kind === 'other') continue;
      const under = p.loops.some((l) => l.file === site.file && ((l.line === site.span.line && l.fnId === site.fnId) || (!!l.concurrency && LIMITER_MODULE.test(l.concurrency))));
      if (under) kinds.push(p.effect.kind);
    }
  }
  return kinds.find((k) => k === 'db') ?? kinds.find((k) => k === 'network') ?? kinds[0] ?? 'other';
}

const LIMITER_MODULE = /^(p-limit|p-queue|bottleneck|p-throttle|async-sema|@supercharge\/promise-pool)$/;

// ---------------------------------------------------------------- loops: how many run at once

interface AtOnce {
  /** Runs for every item at once, with nothing bounding it. */
  unbounded: boolean;
  /** What bounded it, when something did: the innermost bounding loop decides the message. */
  how: 'sequential' | 'limiter' | 'batch' | 'capped';
  n?: number;
  text: string;
  limiter?: string;
  limiterSite?: SettingSite;
  limiterPath?: string;
  loop?: LoopRef;
  /** The loop that runs everything at once. */
  parallel?: LoopRef;
  /** Unbounded factors, counting a batch loop and the parallel loop over its batch as one. */
  degree: number;
}

const CHUNKING = /\b(_\.)?(chunk|chunks|chunked|chunkArray|chunkify|toChunks|inChunks|splitEvery|splitIntoChunks|batch|batches|batched|batchOf|inGroupsOf)\s*\(/;
/** A collection of batches by its name (`for (const batch of batches)`); not one batch (`for (const x of batch)`). */
const CHUNKED_NAME = /(chunks|batches)$/i;
const STEP = /\+=\s*([\w.]+)\s*\)\s*$/;

/** A sequential loop that hands out batches: `for (const c of chunk(xs, 10))`, `for (let i = 0; i < n; i += SIZE)`. */
function batchOf(loop: LoopRef): { size?: number; text: string } | undefined {
  if (loop.parallel) return undefined;
  const call = CHUNKING.exec(loop.over);
  if (call) {
    const args = loop.over.slice(call.index + call[0].length).replace(/\)\s*$/, '').split(',').map((s) => s.trim());
    const size = args.length > 1 ? args[args.length - 1]! : undefined;
    return sized(size);
  }
  if (loop.kind === 'for') {
    const step = STEP.exec(loop.header);
    if (step && step[1] !== '1') return sized(step[1]);
    return undefined;
  }
  if ((loop.kind === 'for-of' || loop.kind === 'for-await') && CHUNKED_NAME.test(loop.over)) return { text: `batches of \`${loop.over}\`` };
  return undefined;
}

function sized(size: string | undefined): { size?: number; text: string } {
  if (size && /^\d+$/.test(size.replace(/_/g, ''))) {
    const n = Number(size.replace(/_/g, ''));
    return { size: n, text: `batches of ${n}` };
  }
  return size ? { text: `batches of \`${size}\`` } : { text: 'batches' };
}

/** The values a loop iterates, named (`moved` in `_.chunk(moved, 20)`, `dto.data.features`), not the functions called on them. */
function collectionNames(over: string): Set<string> {
  return new Set([...over.matchAll(/[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*(?!\s*\()/g)].map((m) => m[0].replace(/\?\./g, '.')));
}

function sameCollection(a: string, b: string): boolean {
  const x = collectionNames(a);
  return [...collectionNames(b)].some((n) => x.has(n));
}

function atOnce(path: EffectPath, sites: SettingSite[]): AtOnce {
  const m = multiplicityOf(path.loops);
  const result: AtOnce = { unbounded: false, how: 'sequential', text: 'one at a time', degree: 0 };
  let batch: { size?: number; text: string; loop: LoopRef } | undefined;
  // A batch loop and the loop over its batch are one factor: together they visit each item once.
  for (const f of m.factors) {
    if (f.bound === 'literal') {
      if (batch) result.degree += 1;
      batch = undefined;
      // Parallel over a list the code cuts to a size (`findMany({ take: 2 })`, `.slice(0, N)`): at most that many at once.
      if (f.parallel && f.capped && f.count !== undefined && result.how === 'sequential') {
        result.degree += 1;
        Object.assign(result, { how: 'capped', loop: f, n: f.count, text: `at most ${f.count} at once, \`${f.over}\` cut to \`${f.capped}\`` });
      }
      continue;
    }
    if (!f.parallel) {
      const b = batchOf(f);
      if (b) {
        if (batch) result.degree += 1; // the previous batch loop had no loop over its batch
        batch = { ...b, loop: f };
        continue;
      }
      // A sequential loop (over a batch or anything else): one item at a time.
      result.degree += 1;
      batch = undefined;
      continue;
    }
    result.degree += 1;
    if (f.concurrency) {
      const limiter = loopLimiter(f, sites);
      Object.assign(result, { how: 'limiter', loop: f, ...limiter });
    } else if (batch) {
      Object.assign(result, { how: 'batch', loop: batch.loop, text: batch.text, ...(batch.size !== undefined ? { n: batch.size } : {}) });
    } else if (!result.unbounded) {
      result.unbounded = true;
      result.parallel = f;
    }
    batch = undefined;
  }
  if (batch) result.degree += 1;
  return result;
}

/** The limit of a bounded parallel loop, read from the limiter or iteration that bounds it. */
function loopLimiter(loop: LoopRef, sites: SettingSite[]): { n?: number; text: string; limiter: string; limiterSite?: SettingSite; limiterPath?: string } {
  const c = loop.concurrency!;
  let candidates: SettingSite[];
  if (LIMITER_MODULE.test(c)) {
    candidates = sites.filter((s) => s.file === loop.file && limitsOf(s).some((l) => l.kind === 'tasks') && !s.loops.length && (FIRST_ARG_LIMIT.test(s.key) || /PQueue|Bottleneck|Sema|Throttle/i.test(s.key)));
    if (candidates.length !== 1) return { text: 'a bounded number at a time', limiter: c };
  } else {
    candidates = sites.filter((s) => s.file === loop.file && s.fnId === loop.fnId && s.span.line === loop.line && limitsOf(s).some((l) => l.kind === 'tasks'));
  }
  const site = candidates[0];
  const limit = site ? limitsOf(site).find((l) => l.kind === 'tasks') : undefined;
  const limiter = site ? site.key : loop.header.replace(/\(\.\.\.\)$/, '');
  if (!limit) return /^\d+$/.test(c) ? { n: Number(c), text: `${c} at a time`, limiter } : { text: `\`${c}\` at a time`, limiter };
  const r = read(limit, site!);
  const from = { limiter, limiterSite: site!, limiterPath: limit.path };
  if (r.bound.t === 'n') return { n: r.bound.n, text: phrase(r.bound, 'tasks', limit.path) + unlessEnv(r), ...from };
  return { text: `${r.shown} at a time`, ...from };
}

// ---------------------------------------------------------------- loop findings

interface Candidate {
  messageId: MessageId;
  b: EffectPath;
  h: EffectPath;
  before: AtOnce;
  after: AtOnce;
}

function checkEntry(entry: EntryChange, sites: { base: SettingSite[]; head: SettingSite[] }, handledLoops: Set<string>): RuleFinding<MessageId>[] {
  if (!entry.head || !entry.base) return [];
  // Routes to the same calls through other outermost loops count too: two loops that each went
  // through a batch helper and now each run everything at once are two findings.
  const unusedBase = [...entry.basePaths, ...(entry.baseAlternates ?? [])];
  const alternate = new Set<EffectPath>([...(entry.baseAlternates ?? []), ...(entry.headAlternates ?? [])]);
  const candidates: Candidate[] = [];
  // The same call in the same function first, then the same effect elsewhere (a helper extracted),
  // never an unrelated route that merely makes the same operation.
  const heads = [...entry.headPaths, ...(entry.headAlternates ?? [])].sort((x, y) => rankOf(entry, x) - rankOf(entry, y));
  for (const h of heads) {
    const after = atOnce(h, sites.head);
    if (!after.unbounded || !after.parallel) continue;
    if (handledLoops.has(`${after.parallel.file}:${after.parallel.line}`)) continue;
    const made = after.parallel;
    // A route through another outermost loop pairs only with a base route over the same collection:
    // two loops of one function reaching one call are told apart by what they iterate.
    const fits = (b: EffectPath) => (!alternate.has(h) && !alternate.has(b)) || b.loops.some((l) => l.file === made.file && l.fnId === made.fnId && sameCollection(l.over, made.over));
    let i = unusedBase.findIndex((b) => b.effect.key === h.effect.key && b.fnId === h.fnId && b.callText === h.callText && fits(b));
    // A helper extracted: the same operation, reached in base through a loop of the function whose loop now runs at once.
    if (i < 0) i = unusedBase.findIndex((b) => b.effect.key === h.effect.key && b.loops.some((l) => l.file === made.file && l.fnId === made.fnId) && fits(b));
    if (i < 0) continue;
    const b = unusedBase.splice(i, 1)[0]!;
    const before = atOnce(b, sites.base);
    if (before.unbounded || before.degree !== after.degree || before.degree === 0) continue;
    // `pMap(xs, fn, { concurrency })` -> `pMap(xs, fn)`: the same iteration without its option.
    const sameLimiter = before.how === 'limiter' && !!before.limiterSite && after.parallel.header.replace(/\(\.\.\.\)$/, '') === before.limiterSite.text;
    // The same limiter, now without its limit: reported on its own site (`removed`), not as a loop.
    if (sameLimiter) continue;
    const messageId: MessageId = before.how === 'batch' ? 'batchUnbounded' : before.how === 'limiter' ? 'limiterDropped' : before.how === 'capped' ? 'capRemoved' : 'madeParallel';
    candidates.push({ messageId, b, h, before, after });
  }
  // One finding per loop that now runs everything at once: its most consequential call, and a count of the others.
  const byLoop = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const loop = c.after.parallel!;
    const key = `${loop.file}:${loop.line}:${loop.column}`;
    byLoop.set(key, [...(byLoop.get(key) ?? []), c]);
  }
  const loopFindings = [...byLoop.values()].map((list) => {
    list.sort((x, y) => weight(y.h) - weight(x.h));
    const others = new Set(list.slice(1).map((c) => c.h.effect.key));
    others.delete(list[0]!.h.effect.key);
    return loopFinding(entry, list[0]!, [...others]);
  });
  return loopFindings;
}

function rankOf(entry: EntryChange, p: EffectPath): number {
  return entry.basePaths.some((b) => b.fnId === p.fnId && b.callText === p.callText) ? 0 : 1;
}

function weight(p: EffectPath): number {
  if (p.effect.local) return 0;
  return p.effect.kind === 'other' ? 1 : p.effect.confidence === 'low' ? 2 : 3;
}

function loopFinding(entry: EntryChange, c: Candidate, others: string[]): RuleFinding<MessageId> {
  const { b, h, before, after, messageId } = c;
  const loop = after.parallel!;
  const entryName = entry.head!.fnId;
  const related: RelatedLocation[] = [
    place('head', { file: h.file, line: h.span.line }, `the ${h.effect.kind} call: ${h.callText}`),
  ];
  const baseLoop = before.loop ?? multiplicityOf(b.loops).factors[0];
  if (baseLoop) related.push(place('base', { file: baseLoop.file, line: baseLoop.line }, `before: ${baseLoop.header} (${before.text})`));
  related.push(place('base', { file: b.file, line: b.span.line }, `before: ${b.callText}`));
  const limiterName = before.limiter ?? '';
  return {
    messageId,
    severity: loopSeverity(h),
    data: {
      callee: h.effect.key,
      kind: h.effect.kind,
      entry: entryName,
      over: loop.over,
      before: before.text,
      limiter: limiterName,
      more: others.length === 0 ? '' : others.length <= 2 ? ` and ${others.map((k) => `\`${k}\``).join(', ')}` : ` and ${others.length} other`,
    },
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
      value: 'all at once',
      over: loop.over,
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

function place(side: 'base' | 'head', at: Where, message: string): RelatedLocation {
  return { side, file: at.file, line: at.line, column: 1, endLine: at.line, endColumn: 1, message };
}
