/**
 * One revision as the analysis sees it: the facts of the files it loaded, how their imports
 * resolve (src/model/resolve.ts), and what each symbol is: an I/O
 * client, a local function, a class, or nothing of interest.
 */
import { CATALOG, DEFAULT_CATALOG, GLOBAL_CALLABLES, HANDLE_CALLBACK_METHODS, IN_MEMORY_CONSTRUCTORS, matchesTypeName, type Catalog, type ClientLibrary, type TellingModule } from '../catalog/index.js';
import type { CallFact, ClassFact, FileFacts, FunctionFact, Sym } from './facts/index.js';
import type { EffectKind } from '../types.js';
import { own } from './own.js';
import { Summaries } from './summaries.js';
import { ModuleResolver } from './resolve.js';

/** What a symbol turns out to be once other files and the catalog are consulted. */
export type Value =
  | { v: 'handle'; lib: ClientLibrary; path: string[]; confidence: 'high' | 'low'; pipeline?: boolean; called?: boolean }
  | { v: 'constructor'; lib: ClientLibrary }
  | { v: 'factory'; lib: ClientLibrary }
  /** A library's namespace of types and helpers (`Prisma`): a member it lists in `types` names the client's type; the rest are in memory. */
  | { v: 'namespace'; lib: ClientLibrary }
  | { v: 'callable'; lib: ClientLibrary | { label: string; kind: EffectKind }; name: string }
  /** `also`: the same method of the other implementers of an interface (a call may run any of them). */
  | { v: 'fn'; file: string; id: string; also?: Array<{ file: string; id: string }> }
  | { v: 'class'; file: string; name: string }
  | { v: 'instance'; file: string; cls: string }
  /** `iface`: the interface (of `file`) this shape is, whose implementers give its methods; `holder`: the name it was reached by. */
  | { v: 'object'; file: string; props: Record<string, Sym>; iface?: string; holder?: string; spreads?: Sym[] }
  | { v: 'module'; file: string }
  /** A value of a declared function type: calling it gives a value of type `returns` (a Sym of `file`). */
  | { v: 'signature'; file: string; returns: Sym }
  /** A list whose elements are known (`Job[]`, what `queue.getJobs()` gives). */
  | { v: 'collection'; of: Value }
  | { v: 'not-io' }
  /** `hint`: the package it was imported from is outside the revision but says what it holds (`@acme/redis`). */
  | { v: 'unknown'; names: string[]; hint?: TellingModule };

export interface Effect {
  key: string; // `redis.get`, `prisma.user.findUnique`: what matching compares
  label: string;
  operation: string;
  kind: EffectKind;
  confidence: 'high' | 'low';
  local: boolean;
  /** The call sends many items in one round trip (`mget`, `findMany` with `in`). */
  batch: boolean;
  lib?: ClientLibrary;
}

export type CallTarget = { type: 'effect'; effect: Effect } | { type: 'local'; file: string; id: string; also?: Array<{ file: string; id: string }> } | { type: 'none' };

export interface SourceLoader {
  /** Every file path of the revision (for resolution without probing git). */
  files: ReadonlySet<string>;
  /**
   * A file's facts. A file of the revision that is not loaded yet is noted as wanted (for `name`
   * when one export is asked of it), so a loader that loads on demand can load it and ask again.
   */
  facts(path: string, name?: string): FileFacts | undefined;
  /** The files loaded so far (for indexes over them, such as the implementers of an interface). */
  loadedFacts(): Iterable<FileFacts>;
  /** How many paths have been loaded (or claimed): an index over them is stale when it changes. */
  readonly loadedSize: number;
  /** Whether the classes that implement an interface of this name were searched for (noted as wanted when not). */
  implementersSought?(iface: string): boolean;
  /** How many answers so far lacked something wanted: an answer given while this grew may change once it is loaded. */
  readonly misses?: number;
  /**
   * While true, what is asked for and not loaded is not noted as wanted (the question is for code
   * the change did not touch, whose answer is the same on both sides); counted in `quietMisses`.
   */
  quiet?: boolean;
  readonly quietMisses?: number;
}

const MAX_DEPTH = 14;
/** Implementers of one interface a call through it is followed into. */
const MAX_IMPLEMENTERS = 8;

export class RevisionModel {
  /** Effect paths per function, shared by every stage that asks (memoized). */
  readonly summaries: Summaries = new Summaries(this);

  /** Module resolution: relative paths, tsconfig `paths`/`baseUrl`, workspace packages. */
  readonly resolver: ModuleResolver;

  /**
   * Whether the change touched a function (on either side): what it reaches is loaded as asked for.
   * A function it did not touch is answered from what is loaded (quietly), unless a touched one calls
   * it. Without this, every function counts as touched.
   */
  touched: (file: string, fnId: string) => boolean = () => true;
  /** Whether a file is one the change touched (its callers in untouched files are answered quietly). Without this, every file is. */
  inChange: (file: string) => boolean = () => true;

  /** Runs `run` with what it asks for and finds not loaded noted as wanted, or, quietly, only counted. */
  quietly<T>(quiet: boolean, run: () => T): T {
    const outer = this.loader.quiet;
    this.loader.quiet = quiet;
    try {
      return run();
    } finally {
      this.loader.quiet = outer;
    }
  }

  constructor(
    readonly loader: SourceLoader,
    readText: (path: string) => string | undefined,
    readonly catalog: Catalog = DEFAULT_CATALOG,
    parseYaml?: (text: string) => unknown,
  ) {
    this.resolver = new ModuleResolver(loader.files, readText, parseYaml);
  }

  // ---------------------------------------------------------------- module resolution

  /** The repository path a specifier names, or undefined for packages and files outside the repo (src/model/resolve.ts). */
  resolveModule(fromFile: string, specifier: string): string | undefined {
    return this.resolver.resolve(fromFile, specifier);
  }

  // ---------------------------------------------------------------- symbols to values

  resolve(sym: Sym, file: string, depth = 0): Value {
    if (depth > MAX_DEPTH) return { v: 'unknown', names: [] };
    const facts = this.loader.facts(file);
    switch (sym.t) {
      case 'import':
        return this.resolveImport(file, sym.module, sym.name, depth);
      case 'fn':
        return { v: 'fn', file, id: sym.id };
      case 'class':
        return this.classValue(file, sym.name, depth);
      case 'object':
        return { v: 'object', file, props: sym.props, ...(sym.iface ? { iface: sym.iface } : {}), ...(sym.spreads ? { spreads: sym.spreads } : {}) };
      case 'either':
        return this.either(sym.options, file, depth);
      case 'global': {
        const callable = own(GLOBAL_CALLABLES, sym.name);
        if (callable) return { v: 'callable', lib: callable, name: sym.name };
        if (IN_MEMORY_CONSTRUCTORS.has(sym.name)) return { v: 'not-io' };
        return { v: 'unknown', names: [sym.name] };
      }
      case 'this':
        if (sym.cls) return { v: 'instance', file, cls: sym.cls };
        if (sym.obj) {
          const obj = own(facts?.bindings, sym.obj);
          return obj ? this.resolve(obj, file, depth + 1) : { v: 'unknown', names: [] };
        }
        return { v: 'unknown', names: ['this'] };
      case 'param':
        return this.resolveParam(sym, file, depth);
      case 'new':
        return this.construct(this.resolve(sym.of, file, depth + 1), depth);
      case 'call':
      case 'member': {
        // A chain (`this.db.db.updateTable('t').set(v).where(...).execute()`) is walked link by link
        // from its root: its length is syntax, not indirection, so it does not spend the depth budget.
        const links: Array<Extract<Sym, { t: 'call' | 'member' }>> = [];
        let root: Sym = sym;
        while (root.t === 'call' || root.t === 'member') {
          links.push(root);
          root = root.of;
        }
        let value = this.resolve(root, file, depth + 1);
        for (let i = links.length - 1; i >= 0; i--) {
          const link = links[i]!;
          value = link.t === 'call' ? this.callResult(value, depth) : this.member(value, link.name, depth);
        }
        return value;
      }
      case 'collection':
        return { v: 'collection', of: this.resolve(sym.of, file, depth + 1) };
      case 'element':
        return this.elementOf(this.resolve(sym.of, file, depth + 1), sym.name);
      case 'signature':
        return { v: 'signature', file, returns: sym.returns };
      case 'generic':
        return this.instantiate(this.resolve(sym.of, file, depth + 1), sym.args.map((a): Sym => ({ t: 'at', file, sym: a })));
      case 'at':
        return this.resolve(sym.sym, sym.file, depth + 1);
      case 'typeParam':
        return { v: 'unknown', names: [] };
      case 'array':
      case 'literal':
        return { v: 'not-io' };
      case 'unknown':
        return { v: 'unknown', names: sym.name ? [sym.name] : [] };
    }
  }

  /**
   * The most telling of the values a symbol may have (`a || b`, `c ? a : b`, the cases of a factory's
   * switch): the first that is something, else one that is in memory, else unknown. Options are
   * read in order and only as far as needed; while one waits for a file not loaded yet, the later
   * ones are not asked (a factory of seventeen drivers loads the first, not all seventeen).
   */
  private either(options: Sym[], file: string, depth: number): Value {
    let notIo: Value | undefined;
    let first: Value | undefined;
    for (const option of options) {
      const misses = this.loader.misses;
      const value = this.resolve(option, file, depth + 1);
      if (value.v !== 'unknown' && value.v !== 'not-io') return value;
      if (value.v === 'not-io') notIo ??= value;
      first ??= value;
      if (this.loader.misses !== misses) break;
    }
    return notIo ?? first ?? { v: 'unknown', names: [] };
  }

  /** A generic shape or function type with its type parameters read as the given arguments; anything else as it is. */
  private instantiate(of: Value, args: Sym[]): Value {
    if (of.v === 'object') {
      const props: Record<string, Sym> = {};
      for (const [k, p] of Object.entries(of.props)) props[k] = substitute(p, args);
      return { ...of, props, ...(of.spreads ? { spreads: of.spreads.map((x) => substitute(x, args)) } : {}) };
    }
    if (of.v === 'signature') return { ...of, returns: substitute(of.returns, args) };
    return of;
  }

  private resolveImport(file: string, module: string, name: string, depth: number): Value {
    const local = this.resolveModule(file, module);
    if (local) return name === '*' ? { v: 'module', file: local } : this.exportValue(local, name, depth + 1);
    const lib = this.catalog.forModule(module) ?? this.catalog.generatedClient(module, name) ?? this.catalog.republished(module, name);
    if (!lib) {
      // A package we do not know: its names may still tell (`import { db } from '@acme/db'`), and
      // so may the package's own name (`import { store } from '@acme/redis'`), at low confidence.
      const names = name === 'default' || name === '*' ? [module.replace(/^.*\//, '')] : [name];
      const hint = this.catalog.moduleHint(module);
      return hint ? { v: 'unknown', names, hint } : { v: 'unknown', names };
    }
    const role = own(lib.exports, name) ?? (matchesTypeName(lib.types, name) ? 'constructor' : undefined) ?? (name !== 'default' && name !== '*' ? lib.otherExports?.(name) : undefined);
    switch (role) {
      case 'constructor':
        return { v: 'constructor', lib };
      case 'factory':
        return { v: 'factory', lib };
      case 'namespace':
        return { v: 'namespace', lib };
      case 'handle':
        return { v: 'handle', lib, path: [], confidence: 'high' };
      case 'callable':
        return { v: 'callable', lib, name: name === 'default' ? lib.label : name };
      case 'not-io':
        return { v: 'not-io' };
      default:
        return name === '*' ? { v: 'handle', lib, path: [], confidence: 'high' } : { v: 'unknown', names: [name] };
    }
  }

  exportValue(file: string, name: string, depth: number): Value {
    if (depth > MAX_DEPTH) return { v: 'unknown', names: [name] };
    const facts = this.loader.facts(file, name);
    if (!facts) return { v: 'unknown', names: [name] };
    const sym = own(facts.exports, name);
    if (sym) return this.resolve(sym, file, depth + 1);
    const target = this.starExporter(file, name, new Set([file]));
    if (target) return this.exportValue(target, name, depth + 1);
    const fallback = name === 'default' ? own(facts.bindings, 'default') : undefined;
    if (fallback) return this.resolve(fallback, file, depth + 1);
    return { v: 'unknown', names: [name] };
  }

  /** The file that `export *` chains of `file` pass `name` on from (`index` -> `storage/index` -> `storage/types`), or undefined. */
  private starExporter(file: string, name: string, seen: Set<string>): string | undefined {
    for (const star of this.loader.facts(file)?.starExports ?? []) {
      const target = this.resolveModule(file, star);
      if (!target || seen.has(target)) continue;
      seen.add(target);
      const facts = this.loader.facts(target, name);
      if (!facts) continue;
      if (own(facts.exports, name)) return target;
      const deeper = this.starExporter(target, name, seen);
      if (deeper) return deeper;
    }
    return undefined;
  }

  private resolveParam(sym: Extract<Sym, { t: 'param' }>, file: string, depth: number): Value {
    if (sym.callbackOf) {
      // `prisma.$transaction(async (tx) => ...)`: the callback receives a client of the same library.
      const receiver = this.resolve(sym.callbackOf.receiver, file, depth + 1);
      if (receiver.v === 'handle' && HANDLE_CALLBACK_METHODS.test(sym.callbackOf.method)) return { ...receiver, path: [] };
      // `jobs.map((job) => job.remove())`: the first parameter of an iteration callback is an element.
      if (sym.callbackOf.index === 0 && ELEMENT_CALLBACKS.test(sym.callbackOf.method)) return this.elementOf(receiver, sym.name);
      return { v: 'unknown', names: [sym.name] };
    }
    if (sym.type) {
      const typed = this.typedValue(sym.type, file, depth);
      if (typed.v === 'object') return { ...typed, holder: sym.name };
      if (typed.v !== 'unknown') return typed;
    }
    return { v: 'unknown', names: [sym.name] };
  }

  /** The value a declared type describes: a client class is a handle, a workspace class an instance, an interface its fields. */
  private typedValue(typeSym: Sym, file: string, depth: number): Value {
    return this.valueOfType(this.resolve(typeSym, file, depth + 1), depth);
  }

  private valueOfType(type: Value, depth: number): Value {
    if (type.v === 'collection') {
      const of = this.valueOfType(type.of, depth + 1);
      return of.v === 'unknown' ? of : { v: 'collection', of };
    }
    if (type.v === 'constructor') return { v: 'handle', lib: type.lib, path: [], confidence: 'high' };
    // A type named through a client's namespace (`Prisma.TransactionClient`) is a client only when the catalog says so:
    // `mongoose.Document` is a document, in memory.
    if (type.v === 'handle') {
      const name = type.path[type.path.length - 1];
      return name === undefined || matchesTypeName(type.lib.types, name) ? { ...type, path: [] } : { v: 'unknown', names: [] };
    }
    if (type.v === 'class') return this.construct(type, depth);
    if (type.v === 'object' || type.v === 'instance' || type.v === 'not-io' || type.v === 'signature') return type;
    if (type.v === 'unknown' && type.names[0] && IN_MEMORY_CONSTRUCTORS.has(type.names[0])) return { v: 'not-io' };
    return { v: 'unknown', names: [] };
  }

  private classValue(file: string, name: string, depth: number): Value {
    const base = this.classBase(file, name, depth);
    // `class UsersCache extends Redis`: the client itself. One with methods of its own
    // (`class PrismaService extends PrismaClient { txClient() {...} }`) stays a class: those are code.
    if (base && base.v === 'constructor' && !this.ownsMethods(file, name)) return base;
    return { v: 'class', file, name };
  }

  /** The class declares methods of its own (a constructor aside). */
  private ownsMethods(file: string, name: string): boolean {
    const methods = this.classFact(file, name)?.methods;
    return !!methods && Object.keys(methods).some((m) => m !== 'constructor');
  }

  /** What a class extends, when that is a client (`class PrismaService extends PrismaClient`). */
  private classBase(file: string, name: string, depth: number): Value | undefined {
    const cls = this.classFact(file, name);
    if (!cls?.extends || depth > MAX_DEPTH) return undefined;
    const base = this.resolve(cls.extends, file, depth + 1);
    if (base.v === 'class') return this.classBase(base.file, base.name, depth + 1) ?? base;
    return base;
  }

  private classFact(file: string, name: string): ClassFact | undefined {
    return own(this.loader.facts(file)?.classes, name);
  }

  private construct(of: Value, depth: number): Value {
    switch (of.v) {
      case 'constructor':
        return { v: 'handle', lib: of.lib, path: [], confidence: 'high' };
      case 'class': {
        const base = this.classBase(of.file, of.name, depth);
        // An instance of a client subclass with methods of its own: those are followed as code, the rest
        // is the client's (instanceMember falls back to it).
        if (base?.v === 'constructor' && !this.ownsMethods(of.file, of.name)) return { v: 'handle', lib: base.lib, path: [], confidence: 'high' };
        return { v: 'instance', file: of.file, cls: of.name };
      }
      case 'not-io':
        return of;
      case 'unknown':
        return of.names.length === 1 && IN_MEMORY_CONSTRUCTORS.has(of.names[0]!) ? { v: 'not-io' } : { v: 'unknown', names: [] };
      case 'handle':
        // `new Redis.Cluster()` and the like.
        return { ...of, path: [] };
      default:
        return { v: 'unknown', names: [] };
    }
  }

  private callResult(of: Value, depth: number): Value {
    switch (of.v) {
      case 'factory':
        return { v: 'handle', lib: of.lib, path: [], confidence: 'high' };
      case 'handle': {
        const method = of.path[of.path.length - 1];
        if (method === undefined) return of.lib.builder ? { ...of, called: true } : { v: 'not-io' };
        // Inside a pipeline or a query being built, each link gives the same builder until the flush.
        if (of.pipeline) return of.lib.pipeline?.flush.includes(method) ? { v: 'not-io' } : { ...of, path: [], called: false };
        const result = own(of.lib.results, method);
        if (result) {
          const handle: Value = { v: 'handle', lib: of.lib, path: [], confidence: of.confidence };
          return result === 'handles' ? { v: 'collection', of: handle } : handle;
        }
        if (of.lib.derive?.includes(method)) return { v: 'handle', lib: of.lib, path: [], confidence: of.confidence };
        if (of.lib.pipeline?.methods.includes(method)) return { v: 'handle', lib: of.lib, path: [], confidence: of.confidence, pipeline: true };
        if (of.lib.builder && !of.pipeline) return { ...of, called: true };
        return { v: 'not-io' };
      }
      case 'fn': {
        const fn = this.functionFact(of.file, of.id);
        if (!fn || depth > MAX_DEPTH) return { v: 'unknown', names: [] };
        if (fn.returns) {
          const returned = this.resolve(fn.returns, of.file, depth + 1);
          // A class factory (`const Base = MakeModelClass(config)`, `class M extends Base`) returns a class;
          // a curried builder (`buildInsertInto(pool)(table)`) returns the function that runs the query.
          if (returned.v === 'handle' || returned.v === 'instance' || returned.v === 'object' || returned.v === 'class' || returned.v === 'constructor' || returned.v === 'fn') return returned;
        }
        // Where the flow does not say, the declared return type does (`getRepository(): Repository<T>`).
        if (fn.returnType) {
          const typed = this.typedValue(fn.returnType, of.file, depth + 1);
          if (typed.v === 'handle' || typed.v === 'instance' || typed.v === 'object') return typed;
        }
        return { v: 'unknown', names: [] };
      }
      case 'unknown':
        return { v: 'unknown', names: [...of.names, '()'] };
      case 'signature': {
        const typed = this.typedValue(of.returns, of.file, depth + 1);
        return typed.v === 'handle' || typed.v === 'instance' || typed.v === 'object' || typed.v === 'collection' ? typed : { v: 'unknown', names: [] };
      }
      default:
        return { v: 'not-io' };
    }
  }

  private member(of: Value, name: string, depth: number): Value {
    switch (of.v) {
      case 'handle':
        // A builder chain is named by its first method (`db('orders').where(...)` is `knex.where`).
        if (of.called && of.lib.builder) return { ...of, path: of.path.length ? of.path : [name], called: false };
        return { ...of, path: [...of.path, name], called: false };
      case 'namespace':
        return matchesTypeName(of.lib.types, name) ? { v: 'constructor', lib: of.lib } : { v: 'not-io' };
      case 'constructor':
        if (of.lib.statics?.includes(name)) return { v: 'factory', lib: of.lib };
        return name === 'prototype' ? { v: 'unknown', names: [] } : { v: 'constructor', lib: of.lib };
      case 'module':
        return this.exportValue(of.file, name, depth + 1);
      case 'object': {
        const prop = own(of.props, name);
        if (prop) return this.resolve(prop, of.file, depth + 1);
        // The last spread wins, as at run time; the first that says something is taken.
        for (const spread of [...(of.spreads ?? [])].reverse()) {
          const value = this.member(this.resolve(spread, of.file, depth + 1), name, depth + 1);
          if (value.v !== 'unknown' || value.hint) return value;
        }
        const implemented = of.iface ? this.implementedMember(of.file, of.iface, name, depth) : undefined;
        return implemented ?? { v: 'unknown', names: of.holder ? [of.holder, name] : [name] };
      }
      case 'class': {
        const cls = this.classFact(of.file, of.name);
        const method = own(cls?.methods, name);
        if (method) return { v: 'fn', file: of.file, id: method };
        const base = this.classBase(of.file, of.name, depth);
        // Active-record models: `class User extends Model` makes `User.findAll()` a query.
        if (base?.v === 'constructor') return { v: 'handle', lib: base.lib, path: [name], confidence: 'high' };
        return { v: 'unknown', names: [of.name, name] };
      }
      case 'instance':
        return this.instanceMember(of.file, of.cls, name, depth);
      case 'unknown':
        return of.hint ? { v: 'unknown', names: [...of.names, name], hint: of.hint } : { v: 'unknown', names: [...of.names, name] };
      case 'not-io':
        return of;
      default:
        return { v: 'unknown', names: [name] };
    }
  }

  /** An element of what a loop iterates or a callback maps over. */
  private elementOf(collection: Value, name: string): Value {
    if (collection.v === 'collection') return collection.of;
    return { v: 'unknown', names: [name] };
  }

  private instanceMember(file: string, clsName: string, name: string, depth: number): Value {
    const cls = this.classFact(file, clsName);
    if (!cls || depth > MAX_DEPTH) return { v: 'unknown', names: [name] };
    const method = own(cls.methods, name);
    // A getter read is its result (`this.rawConnection.getRepository(...)`).
    if (method) return cls.getters?.includes(name) ? this.callResult({ v: 'fn', file, id: method }, depth + 1) : { v: 'fn', file, id: method };
    const field = own(cls.fields, name);
    if (field) {
      const value = this.resolve(field, file, depth + 1);
      return value.v === 'unknown' ? { v: 'unknown', names: [name] } : value;
    }
    if (cls.extends) {
      const base = this.resolve(cls.extends, file, depth + 1);
      if (base.v === 'class') return this.instanceMember(base.file, base.name, name, depth + 1);
      if (base.v === 'constructor') return { v: 'handle', lib: base.lib, path: [name], confidence: 'high' };
    }
    return { v: 'unknown', names: [name] };
  }

  // ---------------------------------------------------------------- interfaces and their implementers

  /**
   * A method of an interface, as its implementing class defines it (`sessionStore: ISessionStore`
   * where `class SessionStore implements ISessionStore`). Implementers in tests and fakes come last:
   * production code runs the real one.
   */
  private implementedMember(file: string, iface: string, name: string, depth: number): Value | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const methods: Array<{ file: string; id: string }> = [];
    for (const impl of followedImplementers(this.implementers(file, iface))) {
      const value = this.instanceMember(impl.file, impl.cls, name, depth + 1);
      if (value.v === 'fn') methods.push({ file: value.file, id: value.id });
      else if (value.v !== 'unknown' && methods.length === 0) return value;
    }
    const [first, ...also] = methods;
    return first ? { v: 'fn', ...first, ...(also.length ? { also } : {}) } : undefined;
  }

  private implementerIndex: { files: number; byInterface: Map<string, Array<{ file: string; cls: string }>>; lacking: boolean; quietlyLacking: boolean } | undefined;
  /**
   * How many answers used an index built while a file it needed was not loaded (an `implements`
   * clause through a barrel not read yet): counted as misses by the summaries that use them.
   */
  lackingUses = 0;

  implementers(file: string, iface: string): Array<{ file: string; cls: string }> {
    // Implementers are found by a search of the revision, made when first asked (src/model/workspace.ts),
    // for an interface that declares methods: a shape of fields only has none worth following.
    if (this.loader.facts(file)?.interfaces?.includes(iface)) this.loader.implementersSought?.(iface);
    const misses = () => ({ deep: this.loader.misses ?? 0, quiet: this.loader.quietMisses ?? 0 });
    // Rebuilt when more files were loaded since, or when built quietly short of some and asked for a touched function.
    const index = this.implementerIndex;
    if (!index || index.files !== this.loader.loadedSize || (index.quietlyLacking && !this.loader.quiet)) {
      const before = misses();
      const byInterface = new Map<string, Array<{ file: string; cls: string }>>();
      for (const facts of this.loader.loadedFacts()) {
        for (const cls of Object.values(facts.classes)) {
          for (const sym of cls.implements ?? []) {
            const value = this.resolve(sym, facts.path, MAX_DEPTH - 4);
            if (value.v !== 'object' || !value.iface) continue;
            const key = `${value.file}\0${value.iface}`;
            const list = byInterface.get(key) ?? [];
            list.push({ file: facts.path, cls: cls.name });
            byInterface.set(key, list);
          }
        }
      }
      for (const list of byInterface.values()) list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      const after = misses();
      this.implementerIndex = { files: this.loader.loadedSize, byInterface, lacking: after.deep !== before.deep, quietlyLacking: after.quiet !== before.quiet };
    }
    if (this.implementerIndex!.lacking || this.implementerIndex!.quietlyLacking) this.lackingUses++;
    return this.implementerIndex!.byInterface.get(`${file}\0${iface}`) ?? [];
  }

  functionFact(file: string, id: string): FunctionFact | undefined {
    return this.functionIndex(file).get(id);
  }

  private readonly fnIndex = new Map<string, Map<string, FunctionFact>>();
  private functionIndex(file: string): Map<string, FunctionFact> {
    let index = this.fnIndex.get(file);
    if (!index) {
      const facts = this.loader.facts(file);
      index = new Map((facts?.functions ?? []).map((f) => [f.id, f]));
      if (facts) this.fnIndex.set(file, index); // a file loaded later must not stay empty
    }
    return index;
  }

  // ---------------------------------------------------------------- calls

  /** What a call does: an I/O effect, a call into a function we can follow, or nothing we track. */
  classifyCall(call: CallFact, file: string): CallTarget {
    const value = this.resolve(call.callee, file);
    if (call.reference) return value.v === 'fn' ? { type: 'local', file: value.file, id: value.id } : { type: 'none' };
    switch (value.v) {
      case 'fn':
        return { type: 'local', file: value.file, id: value.id, ...(value.also ? { also: value.also } : {}) };
      case 'callable': {
        const lib = value.lib;
        const operation = value.name === lib.label ? '' : value.name;
        return { type: 'effect', effect: makeEffect(lib.label, operation, lib.kind, 'high', 'modules' in lib ? lib : undefined, call) };
      }
      case 'handle':
        return this.handleCall(value, call, file);
      case 'unknown':
        return this.heuristicCall(value.names, call, value.hint);
      default:
        return { type: 'none' };
    }
  }

  private handleCall(value: Extract<Value, { v: 'handle' }>, call: CallFact, file: string): CallTarget {
    const lib = value.lib;
    const path = value.path;
    const method = path[path.length - 1];
    if (lib.builder) {
      const last = call.callee.t === 'member' ? call.callee.name : undefined;
      // `qb.where(...).toQuery()`: the query's text, not its rows. `qb.select(col);` on its own: a query
      // being built that this statement never runs.
      if (last && lib.renders?.includes(last)) return { type: 'none' };
      if (call.unawaited && !(last && lib.runs?.includes(last))) return { type: 'none' };
      // A part handed to a query of the same library (`qb.select(knex.raw(...))`, a subquery in `whereIn`).
      if (call.argOf) {
        const parent = this.resolve(call.argOf, file);
        if (parent.v === 'handle' && parent.lib === lib) return { type: 'none' };
      }
    }
    if (method === undefined) {
      // Calling the handle itself: `got(url)`, `axios(config)`, `knex('users')` (a builder: not yet a query).
      if (lib.builder) return { type: 'none' };
      return { type: 'effect', effect: makeEffect(lib.label, '', lib.kind, value.confidence, lib, call) };
    }
    if (value.pipeline) {
      const name = lib.pipeline?.name;
      return lib.pipeline?.flush.includes(method) ? { type: 'effect', effect: makeEffect(lib.label, name ?? 'pipeline.exec', lib.kind, value.confidence, lib, call) } : { type: 'none' };
    }
    if (path.some((p) => lib.ignore?.includes(p))) return { type: 'none' };
    if (lib.only && !lib.only.includes(method)) return { type: 'none' };
    if (lib.derive?.includes(method) || lib.pipeline?.methods.includes(method)) return { type: 'none' };
    let operation: string;
    if (lib.builder) operation = path[0]!;
    else if (lib.operationDepth) operation = path.slice(0, lib.operationDepth).join('.');
    else operation = path.join('.');
    if (method === 'send' && call.arg0) {
      // AWS SDK v3: the command names the operation.
      const command = commandName(call.arg0);
      if (command) operation = `send:${command}`;
    }
    return { type: 'effect', effect: makeEffect(lib.label, operation, lib.kind, value.confidence, lib, call) };
  }

  /** Unknown clients with telling names (`cache.get`, `this.db.query`, `usersRepository.find`) count at lower confidence. */
  private heuristicCall(names: string[], call: CallFact, hint?: TellingModule): CallTarget {
    const clean = names.filter((n) => n !== '()');
    // A function of a package whose name tells, named for the kind's operation: `sendEmail` from `@acme/email`.
    if (hint?.functions && names.length === 1 && hint.functions.test(names[0]!)) {
      return { type: 'effect', effect: { key: names[0]!, label: names[0]!, operation: '', kind: hint.kind, confidence: 'low', local: false, batch: false } };
    }
    if (clean.length < 2 || names[names.length - 2] === '()') return { type: 'none' };
    const method = clean[clean.length - 1]!;
    const receiver = clean[clean.length - 2]!;
    // What the package's name says: a method of its kind on what it exports (`store.get` of `@acme/redis`),
    // or a model delegate under it (`client.user.findMany` of `@acme/db`).
    if (hint && clean.length === 2 && hint.methods.test(method)) {
      return { type: 'effect', effect: { key: `${receiver}.${method}`, label: receiver, operation: method, kind: hint.kind, confidence: 'low', local: false, batch: isBatchName(method, call) } };
    }
    // Under a database package, single-row operations of a model delegate count too (`client.sessionData.update`).
    if (hint?.kind === 'db' && clean.length >= 3 && (DELEGATE_OPERATIONS.test(method) || SINGLE_DELEGATE_OPERATIONS.test(method))) {
      return { type: 'effect', effect: makeEffect(clean[0]!, `${receiver}.${method}`, 'db', 'low', CATALOG.find((lib) => lib.operationDepth === 2), call) };
    }
    for (const t of this.catalog.names) {
      if (t.pattern.test(receiver) && t.methods.test(method)) {
        return { type: 'effect', effect: { key: `${receiver}.${method}`, label: receiver, operation: method, kind: t.kind, confidence: 'low', local: false, batch: isBatchName(method, call) } };
      }
    }
    // A model delegate of an unknown ORM client, judged by the chain's root: `db.user.findMany`,
    // `ctx.prisma.invitation.findFirst`. Only the delegate operations count (not a bare `get`,
    // which `client.headers.get` also has).
    const root = clean[clean.length - 3];
    if (root !== undefined && DELEGATE_OPERATIONS.test(method)) {
      const db = this.catalog.names.find((t) => t.kind === 'db' && t.pattern.test(root));
      // Its batch pairs are those of the catalog's delegate-style client (findMany + in / findFirst).
      if (db) return { type: 'effect', effect: makeEffect(root, `${receiver}.${method}`, 'db', 'low', CATALOG.find((lib) => lib.operationDepth === 2), call) };
    }
    return { type: 'none' };
  }
}

/** Iteration callbacks whose first parameter is an element of the receiver. */
const ELEMENT_CALLBACKS = /^(map|forEach|flatMap|filter|some|every|find|findLast|findIndex|each|mapSeries|eachSeries)$/;

/** A test double or an in-memory stand-in: taken only when an interface has no production implementer. */
/**
 * The implementers of an interface a call through it is followed into: the production ones when
 * there are any (a call through the interface may run any of them), at most eight, by path.
 */
export function followedImplementers<T extends { file: string; cls: string }>(all: readonly T[]): T[] {
  const real = all.filter((impl) => !isStandIn(impl));
  return [...(real.length ? real : all)].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).slice(0, MAX_IMPLEMENTERS);
}

function isStandIn(impl: { file: string; cls: string }): boolean {
  return /(^|\/)(tests?|__tests__|__mocks__|mocks?|fakes?|fixtures?|stubs?)\/|\.(test|spec)\.[cm]?[jt]sx?$/i.test(impl.file) || /^(Fake|Mock|Stub|InMemory|Dummy|Noop|Test)/.test(impl.cls);
}

/** Single-row operations of a model delegate: too common to judge an unknown chain by, telling under a database package. */
const SINGLE_DELEGATE_OPERATIONS = /^(create|update|delete|count)$/;

/** The operations of an ORM model delegate (`prisma.user.findMany`): specific enough to judge an unknown chain by. */
const DELEGATE_OPERATIONS = /^(findMany|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|createMany|createManyAndReturn|updateMany|upsert|deleteMany|aggregate|groupBy)$/;

function commandName(sym: Sym): string | undefined {
  if (sym.t === 'new') {
    let of = sym.of;
    if (of.t === 'import') return of.name;
    if (of.t === 'member') return of.name;
    if (of.t === 'unknown' && of.name) return of.name;
  }
  return undefined;
}

function makeEffect(label: string, operation: string, kind: EffectKind, confidence: 'high' | 'low', lib: ClientLibrary | undefined, call: CallFact): Effect {
  const key = operation ? `${label}.${operation}` : label;
  const method = operation.split('.').pop() ?? '';
  let batch = false;
  for (const pair of lib?.batches ?? []) {
    if (pair.batch !== method && pair.batch !== operation) continue;
    if (pair.when === 'in-filter' && !call.inFilter) continue;
    if (pair.when === 'array-arg' && !call.arrayArg) continue;
    batch = true;
  }
  const effect: Effect = { key, label, operation, kind, confidence, local: !!lib?.local, batch };
  if (lib) effect.lib = lib;
  return effect;
}

function isBatchName(method: string, call: CallFact): boolean {
  return /^(mget|mGet|getMany|findMany|findByIds|insertMany|createMany|bulk\w*|\w*Batch)$/.test(method) || call.inFilter;
}

/** The per-item operations a batch operation can be replaced by (`mget` -> `get`). */
export function singlesOf(effect: Effect): string[] {
  if (!effect.batch || !effect.lib) return [];
  const method = effect.operation.split('.').pop() ?? '';
  const prefix = effect.operation.includes('.') ? effect.operation.slice(0, effect.operation.lastIndexOf('.') + 1) : '';
  const out: string[] = [];
  for (const pair of effect.lib.batches ?? []) {
    if (pair.batch === method) for (const s of pair.single) out.push(`${effect.label}.${prefix}${s}`);
    else if (pair.batch === effect.operation) for (const s of pair.single) out.push(`${effect.label}.${s}`);
  }
  return out;
}

/** A symbol with the type parameters of its declaration replaced by the arguments a use gave (missing ones say nothing). */
function substitute(sym: Sym, args: Sym[]): Sym {
  const sub = (x: Sym): Sym => substitute(x, args);
  switch (sym.t) {
    case 'typeParam':
      return args[sym.index] ?? { t: 'unknown' };
    case 'param':
      return sym.type ? { ...sym, type: sub(sym.type) } : sym;
    case 'object': {
      const props: Record<string, Sym> = {};
      for (const [k, p] of Object.entries(sym.props)) props[k] = sub(p);
      return { ...sym, props, ...(sym.spreads ? { spreads: sym.spreads.map(sub) } : {}) };
    }
    case 'collection':
    case 'new':
    case 'member':
    case 'element':
      return { ...sym, of: sub(sym.of) } as Sym;
    case 'call':
      return { ...sym, of: sub(sym.of), args: sym.args.map(sub) };
    case 'either':
      return { ...sym, options: sym.options.map(sub) };
    case 'signature':
      return { ...sym, returns: sub(sym.returns) };
    case 'generic':
      return { ...sym, of: sub(sym.of), args: sym.args.map(sub) };
    default:
      return sym;
  }
}
