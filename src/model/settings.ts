/**
 * Settings: the options of each call or construction that govern time, retries and concurrency,
 * evaluated to values where the code allows (literals, spreads of shared defaults, constants of
 * this or another file, arithmetic, `ms('2s')`), and said to come from the environment where
 * they do. What each option means (a timeout, a count, a limit) is read in src/model/options/;
 * pairing base with head is src/match/settings.ts.
 */
import { own } from './own.js';
import { LIMITERS, RETRY_WRAPPERS, settingDefaults, type ClientLibrary, type SettingDefaults } from '../catalog/index.js';
import type { FileFacts, LoopFact, SettingFact, Span } from './facts/index.js';
import type { RevisionModel } from './program.js';

/** What a callee resolves to (src/model/program.ts). */
type Resolved = ReturnType<RevisionModel['resolve']>;
import type { Val } from './values.js';

/** Where a value was written. */
export interface Where {
  file: string;
  line: number;
}

/**
 * A value as the code states it. `at` is where it was written; `via`, for a value read through
 * a name (a constant, a field), is where that name was written: the option's own line.
 */
export type Value = (
  | { k: 'num'; v: number; at: Where; text?: string }
  | { k: 'str'; v: string; at: Where }
  | { k: 'bool'; v: boolean; at: Where }
  | { k: 'null'; at: Where }
  /**
   * `opaque`: a spread the model could not read may have set any key (`{ ...opts }`); `spreads`
   * names those spreads, so that two sides spreading the same unread object can be compared.
   */
  | { k: 'obj'; props: Map<string, Value>; at: Where; opaque?: boolean; spreads?: string[] }
  | { k: 'arr'; items: Value[]; at: Where }
  | { k: 'env'; name: string; at: Where; fallback?: Value }
  | { k: 'call'; callee: string; args: Value[]; at: Where }
  /** `c ? a : b`: the value is one of these, depending on a condition the model does not decide. */
  | { k: 'either'; items: Value[]; at: Where }
  | { k: 'fn'; text: string; at: Where }
  | { k: 'unknown'; text: string; at: Where }
) & { via?: Where };

const MAX_DEPTH = 12;

export class Evaluator {
  constructor(private readonly model: RevisionModel) {}

  evaluate(val: Val, file: string, depth = 0): Value {
    const at = { file, line: val.line };
    if (depth > MAX_DEPTH) return { k: 'unknown', text: 'too deep', at };
    switch (val.k) {
      case 'num':
      case 'str':
      case 'bool':
        return { k: val.k, v: val.v, at } as Value;
      case 'null':
        return { k: 'null', at };
      case 'env':
        return { k: 'env', name: val.name, at };
      case 'fn':
        return { k: 'fn', text: val.text, at };
      case 'expr':
        return { k: 'unknown', text: val.text, at };
      case 'arr':
        return { k: 'arr', items: val.items.map((x) => this.evaluate(x, file, depth + 1)), at };
      case 'obj': {
        const props = new Map<string, Value>();
        const spreads: string[] = [];
        for (const entry of val.entries) {
          if ('spread' in entry) {
            const spread = this.evaluate(entry.spread, file, depth + 1);
            if (spread.k === 'obj') {
              for (const [k, v] of spread.props) props.set(k, v);
              spreads.push(...(spread.spreads ?? []));
            } else if (spread.k !== 'null') spreads.push(describe(spread));
          } else props.set(entry.key, this.evaluate(entry.val, file, depth + 1));
        }
        return spreads.length ? { k: 'obj', props, at, opaque: true, spreads } : { k: 'obj', props, at };
      }
      case 'ref': {
        return readThrough(this.constant(val.name, val.sym.t === 'import' ? val.sym : undefined, file, depth, at), at);
      }
      case 'member': {
        // `PortfolioCalculator.MAX_ATTEMPTS`: a static field of a class of this file.
        if (val.of.k === 'ref' && val.of.sym.t !== 'import' && own(this.facts(file)?.classes, val.of.name)) {
          const v = this.field(val.of.name, val.name, file, depth + 1, at);
          if (v.k !== 'unknown') return readThrough(v, at);
        }
        const of = this.evaluate(val.of, file, depth + 1);
        if (of.k === 'obj') return of.props.get(val.name) ?? { k: 'null', at };
        return { k: 'unknown', text: `${describe(of)}.${val.name}`, at };
      }
      case 'op':
        return this.operate(val.op, this.evaluate(val.l, file, depth + 1), () => this.evaluate(val.r, file, depth + 1), at);
      case 'call':
        return this.call(val.callee, val.args.map((a) => this.evaluate(a, file, depth + 1)), at);
      case 'field':
        return readThrough(this.field(val.cls, val.name, file, depth + 1, at), at);
      case 'cond': {
        const a = this.evaluate(val.a, file, depth + 1);
        const b = this.evaluate(val.b, file, depth + 1);
        // `x ? 5000 : 5000`: one value when the branches agree.
        if (describe(a) === describe(b)) return a;
        return { k: 'either', items: [a, b], at };
      }
    }
  }

  /** A module-level constant of this file, or one imported from another (through re-exports). */
  private constant(name: string, imported: { module: string; name: string } | undefined, file: string, depth: number, at: Where): Value {
    if (!imported) {
      const val = own(this.facts(file)?.constants, name);
      return val ? this.evaluate(val, file, depth + 1) : { k: 'unknown', text: name, at };
    }
    const target = this.model.resolveModule(file, imported.module);
    if (!target) return { k: 'unknown', text: name, at };
    return this.exported(target, imported.name, depth + 1, at, name);
  }

  private exported(file: string, name: string, depth: number, at: Where, shownAs: string): Value {
    const facts = this.facts(file, name);
    if (!facts || depth > MAX_DEPTH) return { k: 'unknown', text: shownAs, at };
    const local = own(facts.exportLocals, name);
    const constant = local === undefined ? undefined : own(facts.constants, local);
    if (constant) return this.evaluate(constant, file, depth + 1);
    const reexport = own(facts.exports, name);
    if (reexport?.t === 'import') {
      const next = this.model.resolveModule(file, reexport.module);
      if (next) return this.exported(next, reexport.name, depth + 1, at, shownAs);
    }
    // `export * from './x'`, also through a chain of them (`demo.d.ts` -> `src/demo/index.ts` -> `src/demo/utils.ts`).
    for (const star of facts.starExports) {
      const next = this.model.resolveModule(file, star);
      if (!next) continue;
      const value = this.exported(next, name, depth + 1, at, shownAs);
      if (value.k !== 'unknown' || value.text !== shownAs) return value;
    }
    return { k: 'unknown', text: shownAs, at };
  }

  /** A field's initializer in class `cls` of `file`, or in the class it extends (in this file or imported). */
  private field(cls: string, name: string, file: string, depth: number, at: Where): Value {
    const unknown: Value = { k: 'unknown', text: `this.${name}`, at };
    const c = own(this.facts(file)?.classes, cls);
    if (!c || depth > MAX_DEPTH) return unknown;
    const init = own(c.values, name);
    if (init) return this.evaluate(init, file, depth + 1);
    if (own(c.fields, name)) return unknown; // declared here without a value the model reads
    const base = c.extends;
    if (base?.t === 'class') return this.field(base.name, name, file, depth + 1, at);
    if (base?.t === 'import') {
      const target = this.model.resolveModule(file, base.module);
      const facts = target ? this.facts(target) : undefined;
      if (!target || !facts) return unknown;
      const local = own(facts.exportLocals, base.name) ?? base.name;
      const v = this.field(local, name, target, depth + 1, at);
      return v.k === 'unknown' ? unknown : v;
    }
    return unknown;
  }

  private operate(op: string, l: Value, right: () => Value, at: Where): Value {
    if (op === '??' || op === '||') {
      if (l.k === 'env') return { ...l, fallback: right() };
      if (l.k === 'null' || l.k === 'unknown' || (op === '||' && ((l.k === 'num' && l.v === 0) || (l.k === 'bool' && !l.v) || (l.k === 'str' && l.v === '')))) return right();
      return l;
    }
    const r = right();
    if (l.k === 'num' && r.k === 'num') {
      const v = op === '*' ? l.v * r.v : op === '+' ? l.v + r.v : op === '-' ? l.v - r.v : op === '/' ? l.v / r.v : op === '**' ? l.v ** r.v : NaN;
      return { k: 'num', v, at: r.at.line === l.at.line && r.at.file === l.at.file ? l.at : at };
    }
    if (l.k === 'env' || r.k === 'env') return { k: 'env', name: l.k === 'env' ? l.name : (r as { name: string }).name, at };
    return { k: 'unknown', text: `${describe(l)} ${op} ${describe(r)}`, at };
  }

  private call(callee: string, args: Value[], at: Where): Value {
    const first = args[0];
    // `ms('2s')`, `parseDuration('500ms')`: durations written as text.
    if (/(^|\.)(ms|parseDuration|toMs|duration)$/.test(callee) && first?.k === 'str') {
      const ms = parseDuration(first.v);
      if (ms !== undefined) return { k: 'num', v: ms, at: first.at, text: `'${first.v}'` };
    }
    if (/^(Number|parseInt|parseFloat|Math\.floor|Math\.round)$/.test(callee) && first) return first;
    if (/^(seconds|Duration\.seconds)$/.test(callee) && first?.k === 'num') return { k: 'num', v: first.v * 1000, at: first.at };
    return { k: 'call', callee, args, at };
  }

  /** A file's facts; `name`: the one export wanted of it (a barrel's other files are then read, not parsed). */
  private facts(file: string, name?: string): FileFacts | undefined {
    return this.model.loader.facts(file, name);
  }
}

/** A value read through a name written at `at` (a constant, a field): it keeps that place as `via`. */
function readThrough(v: Value, at: Where): Value {
  return v.at.file === at.file && v.at.line === at.line ? v : { ...v, via: at };
}

/** `500ms`, `2s`, `1.5m`, `1h`, `2 seconds`: milliseconds, as the `ms` package reads them. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(-?\d*\.?\d+)\s*(ms|msecs?|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)?\s*$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'ms').toLowerCase();
  if (unit.startsWith('ms') || unit.startsWith('milli')) return n;
  if (unit.startsWith('s')) return n * 1000;
  if (unit.startsWith('m')) return n * 60_000;
  if (unit.startsWith('h')) return n * 3_600_000;
  return n * 86_400_000;
}

export function describe(v: Value): string {
  switch (v.k) {
    case 'num':
      return v.text ?? (v.v === Infinity ? 'Infinity' : String(v.v));
    case 'str':
      return JSON.stringify(v.v);
    case 'bool':
      return String(v.v);
    case 'null':
      return 'unset';
    case 'env':
      return `process.env.${v.name}${v.fallback ? ` ?? ${describe(v.fallback)}` : ''}`;
    case 'obj':
      return `{ ${[...v.props.keys()].join(', ')} }`;
    case 'arr':
      return `[${v.items.map(describe).join(', ')}]`;
    case 'call':
      return `${v.callee}(${v.args.map(describe).join(', ')})`;
    case 'either':
      return v.items.map(describe).join(' or ');
    case 'fn':
    case 'unknown':
      return v.text;
  }
}

// ---------------------------------------------------------------- setting sites

export interface SettingSite {
  file: string;
  fnId: string;
  /** What is called or constructed, normalized for pairing: `axios.create`, `new Redis`, `pLimit`. */
  key: string;
  text: string;
  span: Span;
  role?: SettingFact['role'];
  /** The arguments, evaluated; `options` merges the object arguments (later ones win). */
  args: Value[];
  options: Map<string, Value>;
  loops: LoopFact[];
  kind: 'cache' | 'db' | 'network' | 'queue' | 'other';
  /** The non-options arguments as text (`'/users', id`): tells apart two calls of the same client in one function. */
  identity?: string;
  /** What the library does when an option is left out (the catalog's), when it is known. */
  defaults?: SettingDefaults;
  /** The callee is the project's own timeout wrapper: it races the argument at `promise` against a timer of the one at `ms`. */
  wraps?: { promise: number; ms: number };
  /** A retry loop by recursion (the function calls itself again). */
  recursive?: boolean;
  /** The callee is the project's own: its parameters named for a setting, by position, with their defaults. */
  params?: Array<{ index: number; name: string; default?: Value; prop?: boolean }>;
  /** The name that holds the client this construction makes (`api`, `this.redis`). */
  boundTo?: string;
  /**
   * The construction that made this call's receiver (`api` of `api.get(u, opts)` where `const api =
   * axios.create({ timeout })`, in the same file): an option the call leaves out is the client's
   * before it is the library's.
   */
  client?: SettingSite;
}

/** Every setting site of these files, evaluated. */
export function settingSites(model: RevisionModel, paths: string[]): SettingSite[] {
  const evaluator = new Evaluator(model);
  const out: SettingSite[] = [];
  const loader = model.loader;
  for (const file of paths) {
    const facts = loader.facts(file);
    if (!facts) continue;
    // A caller in a file the change did not touch is read from what is loaded: its settings are the same on both sides.
    model.quietly(!!loader.quiet || !model.inChange(file), () => sitesOf(model, evaluator, file, facts, out));
  }
  linkClients(out);
  return out;
}

/** The setting sites of one file, evaluated, appended to `out`. */
function sitesOf(model: RevisionModel, evaluator: Evaluator, file: string, facts: FileFacts, out: SettingSite[]): void {
  for (const fn of facts.functions) {
    for (const s of fn.settings ?? []) {
      const args = s.args.map((a) => evaluator.evaluate(a, file));
      const options = new Map<string, Value>();
      for (const a of args) if (a.k === 'obj') for (const [k, v] of a.props) options.set(k, v);
      const identity = identityOf(args);
      // One resolution of the callee serves its key, and whether it is the project's own wrapper or function.
      const value = s.role ? undefined : model.resolve(s.callee, file);
      const { key, kind, defaults } = siteKey(model, s, file, value);
      const wraps = value && wrapperOf(model, value);
      const params = value && paramsOf(model, evaluator, value, s.isNew);
      out.push({ file, fnId: fn.id, key, text: s.text, span: s.span, ...(s.role ? { role: s.role } : {}), args, options, loops: s.loops.map((i) => fn.loops[i]!), kind, identity, ...(defaults ? { defaults } : {}), ...(wraps ? { wraps } : {}), ...(params ? { params } : {}), ...(s.boundTo ? { boundTo: s.boundTo } : {}) });
    }
    // Calls of the project's own timeout wrappers are guards whatever their arguments look like
    // (`guard('SET', redis.set(k, v), 5000)`): a promise passed with a delay, checked only then.
    const taken = new Set((fn.settings ?? []).map((x) => `${x.span.line}:${x.span.column}`));
    for (const call of fn.calls ?? []) {
      const lead = call.lead ?? [];
      if (call.reference || lead.length < 2 || !lead.some((a) => a.k === 'call') || taken.has(`${call.span.line}:${call.span.column}`)) continue;
      const value = model.resolve(call.callee, file);
      const wraps = wrapperOf(model, value);
      if (!wraps || lead.length <= Math.max(wraps.promise, wraps.ms)) continue;
      const args = lead.map((a) => evaluator.evaluate(a, file));
      const { key } = siteKey(model, { callee: call.callee, text: call.text, isNew: false }, file, value);
      out.push({ file, fnId: fn.id, key, text: call.text, span: call.span, args, options: new Map(), loops: call.loops.map((i) => fn.loops[i]!), kind: 'other', identity: identityOf(args), wraps });
    }
    // Hand-written retry loops are settings too: their bound, and whether they wait and randomize.
    for (const loop of fn.loops) {
      if (loop.bound !== 'retry') continue;
      const at = { file, line: loop.line };
      const options = new Map<string, Value>();
      if (loop.limit) options.set('limit', evaluator.evaluate(loop.limit, file));
      else if (loop.count !== undefined) options.set('limit', { k: 'num', v: loop.count, at });
      // A function that calls itself again with no counter tested: it repeats until it succeeds.
      else if (loop.recursive) options.set('limit', { k: 'num', v: Infinity, at });
      options.set('sleeps', { k: 'bool', v: !!loop.sleeps, at });
      options.set('jitter', { k: 'bool', v: !!loop.jitter, at });
      if (loop.retryOn) options.set('retryOn', { k: 'str', v: loop.retryOn, at });
      const span = { line: loop.line, column: loop.column, endLine: loop.line, endColumn: loop.column };
      out.push({ file, fnId: fn.id, key: 'retry-loop', text: loop.header, span, role: 'retry-loop', args: [], options, loops: [], kind: 'other', identity: loop.header, ...(loop.recursive ? { recursive: true } : {}) });
    }
  }
}

/** `this.http` of `this.http.get`, `api` of `api.get`; undefined for a bare call (`fetch`, `got`). */
export function receiverOf(callText: string): string | undefined {
  const text = callText.replace(/\s+/g, '');
  const dot = text.lastIndexOf('.');
  return dot > 0 ? text.slice(0, dot) : undefined;
}

/** The construction among `sites` that a name of `file` holds (`const api = axios.create(...)`). */
export function clientNamed(sites: readonly SettingSite[], file: string, name: string | undefined): SettingSite | undefined {
  return name === undefined ? undefined : sites.find((s) => !s.role && s.file === file && s.boundTo === name);
}

/** Each call through a name that holds a construction (among `among`) of its file gets that construction as its `client`. */
export function linkClients(sites: SettingSite[], among: SettingSite[] = sites): void {
  const byName = new Map<string, SettingSite>();
  for (const s of among) if (s.boundTo && !s.role) byName.set(`${s.file}\0${s.boundTo}`, s);
  if (!byName.size) return;
  for (const s of sites) {
    const receiver = s.role || s.key.startsWith('new ') ? undefined : receiverOf(s.text);
    const client = receiver ? byName.get(`${s.file}\0${receiver}`) : undefined;
    if (client && client !== s) s.client = client;
  }
}

/** A callee that is one of the project's timeout wrappers (a function racing a parameter against a timer). */
function wrapperOf(model: RevisionModel, value: Resolved): SettingSite['wraps'] {
  if (value.v !== 'fn') return undefined;
  return model.functionFact(value.file, value.id)?.raceWrapper;
}

/** The setting parameters of a project function or class constructor called here (`new AsyncQueue(label, concurrency = 1)`). */
function paramsOf(model: RevisionModel, evaluator: Evaluator, value: Resolved, isNew: boolean): SettingSite['params'] {
  const target = value.v === 'fn' && !isNew ? { file: value.file, id: value.id } : value.v === 'class' && isNew ? { file: value.file, id: `${value.name}.constructor` } : undefined;
  const list = target && model.functionFact(target.file, target.id)?.settingParams;
  if (!list?.length) return undefined;
  return list.map((p) => ({ index: p.index, name: p.name, ...(p.prop ? { prop: true } : {}), ...(p.init ? { default: evaluator.evaluate(p.init, target!.file) } : {}) }));
}

interface SiteKey {
  key: string;
  kind: SettingSite['kind'];
  defaults?: SettingDefaults;
}

function siteKey(model: RevisionModel, s: Pick<SettingFact, 'callee' | 'text' | 'isNew' | 'role'>, file: string, resolved?: Resolved): SiteKey {
  if (s.role) return { key: s.role, kind: 'other' };
  const value = resolved ?? model.resolve(s.callee, file);
  const last = s.text.replace(/^new /, '').split('.').pop() ?? s.text;
  const prefix = s.isNew ? 'new ' : '';
  const of = (key: string, lib: Pick<ClientLibrary, 'kind' | 'settings'>): SiteKey => {
    const defaults = lib.settings && settingDefaults(lib, last, s.isNew);
    return { key, kind: lib.kind, ...(defaults ? { defaults } : {}) };
  };
  // Any export of a client library keys by the library (`new bullmq.Worker`), catalogued or not.
  const root = s.callee.t === 'member' ? s.callee.of : s.callee;
  if (root.t === 'import' && (value.v === 'unknown' || value.v === 'not-io')) {
    const lib = model.catalog.forModule(root.module);
    if (lib && lib.kind !== 'other') return of(`${prefix}${lib.label}.${last}`, lib);
  }
  switch (value.v) {
    case 'handle':
      return of(`${prefix}${value.lib.label}${value.path.length ? '.' + value.path.join('.') : ''}`, value.lib);
    case 'constructor':
    case 'factory':
      return of(`${prefix}${value.lib.label}.${last}`, value.lib);
    case 'callable':
      // As the effect key reads it: `fetch`, `undici.request`.
      return of(value.name === value.lib.label ? value.lib.label : `${value.lib.label}.${value.name}`, value.lib);
    default: {
      const wrapper = !s.isNew && Object.hasOwn(RETRY_WRAPPERS, last) ? RETRY_WRAPPERS[last] : undefined;
      // Limiters and agents are not clients either (`new PQueue`, `pMap`): their defaults by the name they are called by.
      const defaults = wrapper ?? settingDefaults({ settings: LIMITERS }, last, s.isNew);
      return { key: `${prefix}${last}`, kind: 'other', ...(defaults ? { defaults } : {}) };
    }
  }
}

/** The unread spreads in a site's object arguments (`...conn` in `{ ...conn, ssl }`), also nested. */
export function spreadsOf(site: SettingSite): Set<string> {
  const out = new Set<string>();
  const walk = (v: Value, depth: number): void => {
    if (v.k !== 'obj' || depth > 3) return;
    for (const x of v.spreads ?? []) out.add(x);
    for (const x of v.props.values()) walk(x, depth + 1);
  };
  site.args.forEach((a) => walk(a, 0));
  return out;
}

/** The non-options arguments as text (`'/users', id`): what tells apart two calls of one client in one function. */
function identityOf(args: Value[]): string {
  return args.filter((a) => a.k !== 'obj' && a.k !== 'fn').map(describe).join(', ');
}

/**
 * Setting sites for the calls of `key` a function makes without options (`fetch(url)`): what a
 * site with options pairs with when the other side dropped or gained them. `claimed` calls are skipped.
 */
export function bareSites(model: RevisionModel, file: string, fnId: string, key: string, claimed?: Set<string>): SettingSite[] {
  const fn = model.functionFact(file, fnId);
  const evaluator = new Evaluator(model);
  const out: SettingSite[] = [];
  for (const call of fn?.calls ?? []) {
    if (call.reference || claimed?.has(`${call.span.line}:${call.span.column}`)) continue;
    const value = model.resolve(call.callee, file);
    const k = siteKey(model, { callee: call.callee, text: call.text, isNew: false }, file, value);
    if (k.key !== key) continue;
    const identity = identityOf((call.lead ?? []).map((a) => evaluator.evaluate(a, file)));
    const params = paramsOf(model, evaluator, value, false);
    out.push({ file, fnId, key, text: call.text, span: call.span, args: [], options: new Map(), loops: call.loops.map((i) => fn!.loops[i]!), kind: k.kind, identity, ...(k.defaults ? { defaults: k.defaults } : {}), ...(params ? { params } : {}) });
  }
  return out;
}
