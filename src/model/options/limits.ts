/**
 * Limits: which options of a setting site bound how much runs at once, and how many.
 *
 * A limit is recognized by the option's name (any client: `concurrency`, `connectionLimit`,
 * `maxSockets`, `queueLimit`), by its place (`max` under `pool` or on a pool, a rate under a
 * limiter), inside a connection string (`?connection_limit=5`), by position (`pLimit(5)`,
 * `mapLimit(xs, 5, fn)`, a project constructor's `concurrency` parameter), or by a library's own
 * name for it from the catalog (sqs-consumer's `batchSize`). Each reads as a count at once,
 * Infinity for no limit; an option left out reads as the library's default from the catalog.
 */
import { describe, type SettingSite, type Value, type Where } from '../settings.js';
import { provenanceOf, type Provenance, type Setting } from './index.js';

/** What a limit bounds, which decides how its values read: `5 at a time`, `10 connections`. */
export type LimitKind = 'tasks' | 'connections' | 'sockets' | 'rate' | 'queue';

export interface Limit extends Setting<'limit'> {
  limit: LimitKind;
  /** How many at once: a count, Infinity for no limit; undefined when the code does not say. */
  amount?: number;
  /** What the amount means: `5 at a time`, `10 connections`, `no connection limit`, with ` unless \`POOL_MAX\` is set` for an environment default. */
  reads: string;
  /** The limit is an argument (`pLimit(5)`, `mapLimit(xs, 5, fn)`), not a named option. */
  positional: boolean;
  /** Set from the environment: the variable's name. */
  env?: string;
  /** The site sets the option (or may, through a spread or a URL it cannot read); false when it is left out. */
  present: boolean;
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
/** QStash's flow control: how many messages sharing a key run at once (`parallelism`) and how often (`rate`). */
const FLOW_CONTROL = /^flowControl$/;
/** ioredis: commands issued while disconnected queue without limit unless this is off. */
const OFFLINE_QUEUE = /^enableOfflineQueue$/;
/** Connection strings carry pool sizes: Prisma's `connection_limit`, MongoDB's `maxPoolSize`. */
const URL_PARAM = /[?&](connection_limit|connectionLimit|pool_size|poolSize|maxPoolSize|max_connections)=(\d+)/;
/** Where 0 means "no limit" (mysql/mysql2 pools). */
const ZERO_IS_UNLIMITED = /^(connectionLimit|queueLimit)$/;
/** Callees whose first argument is the limit: `pLimit(5)`, `new Sema(5)`; whose second: `mapLimit(xs, 5, fn)`, `async.queue(worker, 5)`. */
export const FIRST_ARG_LIMIT = /^(new )?(pLimit|limit|limitFunction|Sema|Semaphore)$/;
const SECOND_ARG_LIMIT = /^(\w+\.)?((map|each|forEach|eachOf|forEachOf|times|filter|reject|detect|concat|sortBy|some|every|parallel|mapValues|groupBy|flatMap)Limit|queue|priorityQueue|cargoQueue|fastq)$/;
/** An I/O request (`axios.post(url, body)`, `queue.add(name, data)`): its objects are payloads, not client settings. */
const REQUEST = /(^|\.)(get|post|put|patch|delete|del|head|request|fetch|query|execute|exec|send|publish|add|addBulk|insert|update|upsert|set|call|invoke|find\w*|save)$/;
/** Containers whose contents are data sent or matched, never settings. */
const PAYLOAD = /^(data|body|json|form|params|query|where|payload|values|input|variables|create|update|set|document|doc|item|record|fields|headers|metadata)$/i;
/** A handler given the whole batch in one call (sqs-consumer's `handleMessageBatch`): the batch's size is no longer how many run at once. */
const BATCH_HANDLER = /^handle\w*Batch$/;

/** A limit option as the site writes it, before its value is read. */
interface Option {
  path: string;
  limit: LimitKind;
  value: Value;
  positional?: boolean;
  /** Where the value came from, when the value does not say: the project callee's default, a name the model cannot read. */
  provenance?: Provenance;
}

/** Every limit a site sets (`view.options.of(site, limitsOf)`). */
export function limitsOf(site: SettingSite): Limit[] {
  return options(site).map((o) => read(site, o, true));
}

/** The limits of two revisions of a site, by option path: each side's for every path either side sets. */
export function limitPairs(base: SettingSite, baseOwn: Limit[], head: SettingSite, headOwn: Limit[]): Array<{ before: Limit; after: Limit }> {
  const paths = new Map<string, LimitKind>();
  for (const l of [...baseOwn, ...headOwn]) if (!paths.has(l.path)) paths.set(l.path, l.limit);
  return [...paths].map(([path, limit]) => ({ before: limitAt(base, baseOwn, path, limit), after: limitAt(head, headOwn, path, limit) }));
}

/**
 * The limit at `path` of a site, given the ones it sets: its own; else one it may set where the
 * model cannot read (a connection string that is no longer a literal, an object that spreads
 * something unread); else the library's default, the option being left out.
 */
function limitAt(site: SettingSite, own: Limit[], path: string, limit: LimitKind): Limit {
  const set = own.find((l) => l.path === path);
  if (set) return set;
  const unread = urlNotLiteral(site, path, limit) ?? fromOpaqueSpread(site, path, limit);
  return unread ? read(site, unread, true) : read(site, { path, limit, value: { k: 'null', at: { file: site.file, line: site.span.line } } }, false);
}

/** Where the code sets a limit's value: nowhere for a library default. */
export function setAt(l: Limit): Where | undefined {
  return l.provenance === 'library default' ? undefined : l.at;
}

/** The task limit a limiter or an iteration runs under (`pLimit(5)`, `new PQueue({ concurrency })`). */
export function taskLimit(limits: Limit[]): Limit | undefined {
  return limits.find((l) => l.limit === 'tasks');
}

function options(site: SettingSite): Option[] {
  const out: Option[] = [];
  if (site.kind !== 'other' && !site.key.startsWith('new ') && REQUEST.test(site.key)) {
    // A message's own flow control (QStash `publish({ flowControl })`) is a setting all the same.
    const flow = site.kind === 'queue' ? site.options.get('flowControl') : undefined;
    if (flow?.k === 'obj') collect(site, flow.props, 'flowControl', 'flowControl', 1, out);
    return out;
  }
  const first = site.args[0];
  if (FIRST_ARG_LIMIT.test(site.key) && first && isLimitArg(first)) out.push({ path: 'limit', limit: 'tasks', value: first, positional: true });
  const second = site.args[1];
  if (SECOND_ARG_LIMIT.test(site.key) && second && isLimitArg(second)) out.push({ path: 'limit', limit: 'tasks', value: second, positional: true });
  // `new AsyncQueue('indexer', 5)` where the project's constructor reads `(label, concurrency = 1)`: the parameter's name says it.
  for (const p of site.params ?? []) {
    if (p.prop) continue;
    const limit = kindOfKey(site, p.name, '');
    if (!limit || out.some((l) => l.positional)) continue;
    const arg = site.args[p.index];
    const value = arg && isLimitArg(arg) ? arg : !arg ? p.default : undefined;
    if (value) out.push({ path: p.name, limit, value, positional: true, ...(!arg ? { provenance: 'callee default' as const } : {}) });
  }
  collect(site, site.options, '', '', 0, out);
  return out;
}

/** A positional argument that can be a limit: not the task (`limit(() => ...)`) and not an options object. */
function isLimitArg(v: Value): boolean {
  return v.k !== 'fn' && v.k !== 'obj' && v.k !== 'arr';
}

function collect(site: SettingSite, options: Map<string, Value>, prefix: string, container: string, depth: number, out: Option[]): void {
  for (const [key, value] of options) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value.k === 'obj') {
      if (depth < 3 && !PAYLOAD.test(key)) collect(site, value.props, path, key, depth + 1, out);
      continue;
    }
    const limit = kindOfKey(site, key, container) ?? catalogued(site, path);
    if (value.k === 'str' && !limit) {
      const m = URL_PARAM.exec(value.v);
      if (m) out.push({ path: `${path}#${m[1]}`, limit: 'connections', value: { k: 'num', v: Number(m[2]), at: value.at, text: m[2] } });
      continue;
    }
    if (limit) out.push({ path, limit, value });
  }
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
  if (key === 'rate' && FLOW_CONTROL.test(container)) return 'rate';
  return undefined;
}

/** A library's own name for how many of its tasks run at once, from the catalog (sqs-consumer's `batchSize`). */
function catalogued(site: SettingSite, path: string): LimitKind | undefined {
  const table = site.defaults?.limits;
  if (!table || !Object.hasOwn(table, path) || [...site.options.keys()].some((k) => BATCH_HANDLER.test(k))) return undefined;
  return 'tasks';
}

/** A connection string that is no longer a literal (`url: process.env.DATABASE_URL`): its parameters are not known. */
function urlNotLiteral(site: SettingSite, path: string, limit: LimitKind): Option | undefined {
  const hash = path.indexOf('#');
  if (hash < 0) return undefined;
  let v: Value | undefined;
  let props: Map<string, Value> | undefined = site.options;
  for (const key of path.slice(0, hash).split('.')) {
    v = props?.get(key);
    props = v?.k === 'obj' ? v.props : undefined;
  }
  if (!v || v.k === 'str' || v.k === 'null') return undefined;
  return { path, limit, value: v.k === 'env' ? v : { k: 'unknown', text: describe(v), at: v.at }, ...(v.k === 'env' ? {} : { provenance: 'named' as const }) };
}

/** An option absent from an object that spreads something unreadable (`{ ...opts }`): it may be set there, so its value is unknown. */
function fromOpaqueSpread(site: SettingSite, path: string, limit: LimitKind): Option | undefined {
  const unknown = (at: Where): Option => ({ path, limit, value: { k: 'unknown', text: 'set by a spread', at }, provenance: 'named' });
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

// ---------------------------------------------------------------- values as counts

function read(site: SettingSite, o: Option, present: boolean): Limit {
  const { path, limit, value: v } = o;
  const common = { kind: 'limit' as const, path, limit, value: v, positional: !!o.positional, present };
  if (v.k === 'null') {
    // Left out, or written as `null`/`undefined`: the library's default applies.
    const d = defaultOf(site, path);
    const amount = d === null ? Infinity : typeof d === 'number' ? d : undefined;
    const described = typeof d === 'string' ? d : undefined;
    const shown = amount === undefined ? `unset (${described ?? 'the library default'})` : isSwitch(path) ? `unset (default ${amount === Infinity})` : amount === Infinity ? 'unset (no limit)' : `unset (default ${amount})`;
    return { ...common, ...(amount !== undefined ? { amount } : {}), shown, reads: phrase(amount, limit, path, described), at: v.at, provenance: 'library default' };
  }
  const provenance = o.provenance ?? provenanceOf(v);
  if (v.k === 'env') {
    const amount = v.fallback ? amountOf(v.fallback, path) : undefined;
    const reads = `${phrase(amount, limit, path)} unless \`${v.name}\` is set`;
    return { ...common, ...(amount !== undefined ? { amount } : {}), shown: `set from the environment (\`${describe(v)}\`)`, reads, env: v.name, at: v.at, provenance };
  }
  const amount = amountOf(v, path);
  const shown = v.k === 'bool' || v.k === 'num' ? describe(v) : `\`${describe(v)}\``;
  return { ...common, ...(amount !== undefined ? { amount } : {}), shown, reads: phrase(amount, limit, path), at: v.at, provenance };
}

/** How many at once a value states: Infinity for no limit (`Infinity`, mysql's 0, an offline queue on). */
function amountOf(v: Value, path: string): number | undefined {
  const key = path.split('.').pop() ?? path;
  if (v.k === 'bool' && OFFLINE_QUEUE.test(key)) return v.v ? Infinity : 0;
  let n: number | undefined;
  if (v.k === 'num') n = v.v;
  else if (v.k === 'str' && /^\s*\d+\s*$/.test(v.v)) n = Number(v.v);
  else if (v.k === 'call' && /^(Number|parseInt)$/.test(v.callee) && v.args[0]) return amountOf(v.args[0], path);
  if (n === undefined || Number.isNaN(n)) return undefined;
  if (n === Infinity || n >= Number.MAX_SAFE_INTEGER) return Infinity;
  if (n === 0 && ZERO_IS_UNLIMITED.test(key)) return Infinity;
  return n;
}

/** The library's value when the option is left out (the catalog's): a count, `null` for no limit, or a text. `#name` is a parameter of any connection string. */
function defaultOf(site: SettingSite, path: string): number | null | string | undefined {
  const table = site.defaults?.limits;
  if (!table) return undefined;
  const param = path.includes('#') ? path.slice(path.indexOf('#')) : undefined;
  if (Object.hasOwn(table, path)) return table[path];
  return param && Object.hasOwn(table, param) ? table[param] : undefined;
}

/** An option that turns a queue on or off (`enableOfflineQueue`): its default is shown as the switch. */
function isSwitch(path: string): boolean {
  return OFFLINE_QUEUE.test(path.split('.').pop() ?? '');
}

/** `5 at a time`, `10 connections`, `50 sockets per host`, `all at once`. */
function phrase(amount: number | undefined, limit: LimitKind, path: string, described?: string): string {
  if (amount === undefined) return described ?? 'the library default';
  if (isSwitch(path)) return amount === Infinity ? 'commands queue without limit while disconnected' : 'commands fail fast while disconnected';
  if (amount === Infinity) return { tasks: 'all at once', connections: 'no connection limit', sockets: 'unlimited sockets per host', rate: 'no rate limit', queue: 'unlimited waiting' }[limit];
  const n = amount;
  switch (limit) {
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
