/**
 * The configuration: discovery (`opsdiff.config.json`, `.opsdiffrc.json`, or an `"opsdiff"` key in
 * `package.json`), JSON parsing with line:column positions, and validation into a ResolvedConfig
 * with every default filled in. The shipped JSON Schema (opsdiff.schema.json, next to this file)
 * describes the same keys; test/config.test.ts checks that the two agree.
 *
 * Every problem is one `OpsdiffError('bad-config', ...)` whose message names the file, the JSON
 * path of the key and what is expected: `opsdiff.config.json: rules.io-in-lop: unknown rule (known:
 * io-in-loop, ...)`. Nothing is silently ignored: an unknown key anywhere is an error.
 */
import { closest } from '../suggest.js';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Minimatch } from 'minimatch';
import { RULES } from '../../rules/index.js';
import { OpsdiffError } from '../errors.js';
import type { Severity } from '../types.js';
import type { OptionSchema } from '../rule.js';
import { DEFAULT_THRESHOLDS, type ClientConfig, type NameConfig, type ResolvedConfig, type Thresholds } from './types.js';

/** The files discovery looks for at the repository root, in this order (then `package.json`). */
export const CONFIG_FILES = ['opsdiff.config.json', '.opsdiffrc.json'] as const;
/** The baseline used when the configuration names none and this file exists at the repository root. */
export const DEFAULT_BASELINE = '.opsdiff-baseline.json';
/** What to write in `$schema` for completion in editors. */
export const SCHEMA_REFERENCE = './node_modules/opsdiff/src/config/opsdiff.schema.json';

/** The top-level keys, as the README and the schema spell them (`failOn` and `failOnAi` are accepted aliases). */
export const CONFIG_KEYS = ['$schema', 'include', 'exclude', 'rules', 'fail-on', 'fail-on-ai', 'clients', 'names', 'thresholds', 'origin', 'baseline'] as const;
const ALIASES: Record<string, string> = { failOn: 'fail-on', failOnAi: 'fail-on-ai' };

const FAIL_LEVELS = ['high', 'medium', 'low', 'none'] as const;
const RULE_SETTINGS = ['off', 'high', 'medium', 'low'] as const;
const RULE_HINT = '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule';
const CLIENT_KINDS = ['cache', 'db', 'network', 'queue'] as const;
const EXPORT_ROLES = ['constructor', 'factory', 'handle', 'callable', 'not-io'] as const;
const ORIGIN_SIGNALS = ['trailer', 'author', 'committer', 'message', 'branch'] as const;
const CLIENT_KEYS = ['module', 'kind', 'label', 'methods', 'exports', 'batches'];
const BATCH_KEYS = ['batch', 'single'];
const NAME_KEYS = ['pattern', 'kind', 'methods'];
const ORIGIN_KEYS = ['signal', 'pattern', 'label'];
const THRESHOLD_KEYS = ['timeoutRaiseFactor', 'timeoutCeilingMs', 'smallLoop'];

const GLOB_HINT = 'globs are minimatch patterns on repository-relative paths, such as "src/**" or "**/*.generated.ts"';
const EXAMPLE = 'the configuration is a JSON object such as { "exclude": ["**/generated/**"] }';
const KIND_HINT = 'cache, db, network or queue: what a call through the client costs';

/** Every default filled in: what a repository without a configuration gets. */
export function defaultConfig(): ResolvedConfig {
  return { include: [], exclude: [], rules: {}, failOn: 'high', clients: [], names: [], thresholds: { ...DEFAULT_THRESHOLDS }, origin: [] };
}

/**
 * The configuration file at the repository root, if any: `opsdiff.config.json`, `.opsdiffrc.json`,
 * or `package.json` when it has an `"opsdiff"` key. More than one is an error naming them.
 */
export async function findConfig(repoRoot: string): Promise<string | undefined> {
  const found: string[] = [];
  for (const name of CONFIG_FILES) if (await isFile(path.join(repoRoot, name))) found.push(name);
  if (await packageJsonHasConfig(path.join(repoRoot, 'package.json'))) found.push('package.json');
  if (found.length > 1) {
    const names = found.map((name) => (name === 'package.json' ? 'package.json ("opsdiff" key)' : name));
    throw new OpsdiffError('bad-config', `more than one configuration file: ${listing(names, 'and')}`, { cli: 'keep one of them (opsdiff reads only one), or choose one with --config <file>', action: 'keep one of them (opsdiff reads only one), or choose one with the config input' });
  }
  return found[0] === undefined ? undefined : path.join(repoRoot, found[0]);
}

/**
 * Loads and validates the configuration: `file` as given (relative to the current directory), or
 * when undefined the one findConfig discovers at `repoRoot`; none: the defaults. A relative
 * `baseline` is resolved against the configuration file's directory; without one,
 * `<repoRoot>/.opsdiff-baseline.json` is used when it exists. `source` is the file as given, or
 * relative to `repoRoot` when discovered.
 */
export async function loadConfig(file: string | undefined, repoRoot: string): Promise<ResolvedConfig> {
  let absolute: string;
  let display: string;
  if (file === undefined) {
    const found = await findConfig(repoRoot);
    if (found === undefined) return withDefaultBaseline(defaultConfig(), repoRoot);
    absolute = found;
    display = path.relative(repoRoot, found);
  } else {
    absolute = path.resolve(file);
    display = file;
  }
  const raw = parseJson(await readConfigFile(absolute, display), display);
  let config: ResolvedConfig;
  if (path.basename(absolute) === 'package.json') {
    if (!isObject(raw) || !Object.hasOwn(raw, 'opsdiff')) {
      throw new OpsdiffError('bad-config', `${display}: no "opsdiff" key`, { cli: 'put the configuration under "opsdiff" in package.json, or pass a separate JSON file with --config', action: 'put the configuration under "opsdiff" in package.json, or name a separate JSON file in the config input' });
    }
    config = validate(raw['opsdiff'], display, 'opsdiff');
  } else {
    config = validate(raw, display, '');
  }
  if (config.baseline !== undefined) return { ...config, baseline: path.resolve(path.dirname(absolute), config.baseline) };
  return withDefaultBaseline(config, repoRoot);
}

/** Validates a parsed configuration (pure): `source` names the file in messages. */
export function resolveConfig(raw: unknown, source: string): ResolvedConfig {
  return validate(raw, source, '');
}

// ---------------------------------------------------------------------------------------------
// Validation

function validate(raw: unknown, source: string, root: string): ResolvedConfig {
  const v = new Validator(source);
  const object = v.object(raw, root, root ? 'an object' : 'a JSON object at the top level', EXAMPLE);
  const config = defaultConfig();
  config.source = source;
  const seen = new Map<string, string>();
  for (const [key, value] of Object.entries(object)) {
    const at = join(root, key);
    const canonical = ALIASES[key] ?? key;
    if (!(CONFIG_KEYS as readonly string[]).includes(canonical)) v.unknownKey(at, key, CONFIG_KEYS, `remove it; "$schema": "${SCHEMA_REFERENCE}" gives completion in editors`);
    const earlier = seen.get(canonical);
    if (earlier !== undefined) v.fail(at, `same setting as "${earlier}"; expected only one of them`, `remove "${key}" or "${earlier}"`);
    seen.set(canonical, key);
    switch (canonical) {
      case '$schema':
        v.string(value, at, 'the path or URL of the JSON Schema', `for completion in editors: "$schema": "${SCHEMA_REFERENCE}"`);
        break;
      case 'include':
        config.include = v.globs(value, at, 'files to analyze (default: every file)');
        break;
      case 'exclude':
        config.exclude = v.globs(value, at, 'files to leave out, besides tests, mocks and build output');
        break;
      case 'rules': {
        const { rules, options } = v.rules(value, at);
        config.rules = rules;
        if (Object.keys(options).length) config.ruleOptions = options;
        break;
      }
      case 'fail-on':
        config.failOn = v.oneOf(value, at, FAIL_LEVELS, `${key}: the lowest severity that fails the check (default: high)`);
        break;
      case 'fail-on-ai':
        config.failOnAi = v.oneOf(value, at, FAIL_LEVELS, `${key}: the lowest severity that fails the check when the lines come from AI-assisted commits`);
        break;
      case 'clients':
        config.clients = v.array(value, at, 'an array of clients', '"clients": [{ "module": "@acme/cache", "kind": "cache" }]').map((item, i) => v.client(item, `${at}[${i}]`));
        v.uniqueModules(config.clients, at);
        break;
      case 'names':
        config.names = v.array(value, at, 'an array of name patterns', '"names": [{ "pattern": "^(ledger|billing)Client$", "kind": "network" }]').map((item, i) => v.name(item, `${at}[${i}]`));
        break;
      case 'thresholds':
        config.thresholds = v.thresholds(value, at);
        break;
      case 'origin':
        config.origin = v.array(value, at, 'an array of origin patterns', '"origin": [{ "signal": "trailer", "pattern": "^Generated-by: acme-bot" }]').map((item, i) => v.origin(item, `${at}[${i}]`));
        break;
      case 'baseline':
        config.baseline = v.nonEmptyString(value, at, 'path', 'the baseline file, relative to the configuration file, such as ".opsdiff-baseline.json"');
        break;
    }
  }
  return config;
}

class Validator {
  constructor(private readonly source: string) {}

  fail(at: string, problem: string, hint: string): never {
    throw new OpsdiffError('bad-config', at ? `${this.source}: ${at}: ${problem}` : `${this.source}: ${problem}`, hint);
  }

  expected(value: unknown, at: string, what: string, hint: string): never {
    this.fail(at, `expected ${what}, got ${show(value)}`, hint);
  }

  unknownKey(at: string, key: string, known: readonly string[], otherwise: string, noun = 'key'): never {
    const close = suggest(key, known);
    this.fail(at, `unknown ${noun} (known: ${known.join(', ')})`, close ? `did you mean "${close}"?` : otherwise);
  }

  object(value: unknown, at: string, what: string, hint: string): Record<string, unknown> {
    if (!isObject(value)) this.expected(value, at, what, hint);
    return value;
  }

  array(value: unknown, at: string, what: string, hint: string): unknown[] {
    if (!Array.isArray(value)) this.expected(value, at, what, `for example ${hint}`);
    return value;
  }

  string(value: unknown, at: string, what: string, hint: string): string {
    if (typeof value !== 'string') this.expected(value, at, what, hint);
    return value;
  }

  nonEmptyString(value: unknown, at: string, what: string, hint: string): string {
    if (typeof value !== 'string' || value === '') this.expected(value, at, `a non-empty ${what}`, hint);
    return value;
  }

  oneOf<T extends string>(value: unknown, at: string, options: readonly T[], hint: string): T {
    if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
      const close = typeof value === 'string' ? suggest(value, options) : undefined;
      this.expected(value, at, listing(options.map((o) => `"${o}"`), 'or'), close ? `did you mean "${close}"?` : hint);
    }
    return value as T;
  }

  keys(object: Record<string, unknown>, at: string, known: readonly string[], otherwise: string): void {
    for (const key of Object.keys(object)) if (!known.includes(key)) this.unknownKey(join(at, key), key, known, otherwise);
  }

  required(object: Record<string, unknown>, at: string, key: string, what: string, hint: string): void {
    if (!Object.hasOwn(object, key)) this.fail(at, `missing "${key}" (expected ${what})`, hint);
  }

  globs(value: unknown, at: string, purpose: string): string[] {
    if (!Array.isArray(value)) this.expected(value, at, 'an array of glob strings', `${purpose}, for example "${at}": ["src/**"]`);
    return value.map((glob, i) => this.glob(glob, `${at}[${i}]`));
  }

  glob(value: unknown, at: string): string {
    if (typeof value !== 'string' || value === '') this.expected(value, at, 'a non-empty glob string', GLOB_HINT);
    if (value.startsWith('!')) this.fail(at, `negated globs are not supported, got ${show(value)}`, 'list the files to analyze in "include" and those to leave out in "exclude"');
    if (value.startsWith('/') || value.startsWith('./')) {
      const fixed = value.replace(/^\.?\/+/, '');
      this.fail(at, `${show(value)} never matches: paths are relative to the repository root, without a leading "/" or "./"`, `write "${fixed}"`);
    }
    try {
      new Minimatch(value);
    } catch (error) {
      this.fail(at, `invalid glob (${(error as Error).message})`, GLOB_HINT);
    }
    return value;
  }

  rules(value: unknown, at: string): { rules: Record<string, 'off' | Severity>; options: Record<string, Record<string, number>> } {
    const ids = RULES.map((rule) => rule.id);
    const object = this.object(value, at, 'an object of rule settings', 'for example "rules": { "io-in-loop": "medium", "retry-changed": "off" }');
    const rules: Record<string, 'off' | Severity> = {};
    const options: Record<string, Record<string, number>> = {};
    for (const [id, setting] of Object.entries(object)) {
      const ruleAt = join(at, id);
      const rule = RULES.find((r) => r.id === id);
      if (!rule) this.unknownKey(ruleAt, id, ids, 'rule ids are listed in docs/rules.md', 'rule');
      // typescript-eslint's form: `"timeout-changed": ["high", { "raiseFactor": 10 }]`.
      if (Array.isArray(setting)) {
        const names = Object.keys(rule.options?.schema ?? {});
        const example = names.length ? `for example ["${rule.severity}", { "${names[0]}": ${rule.options!.defaults[names[0]!]} }]` : `${id} has no options: give its severity alone`;
        if (setting.length < 1 || setting.length > 2) this.expected(setting, ruleAt, 'a setting and an options object', example);
        rules[id] = this.oneOf(setting[0], `${ruleAt}[0]`, RULE_SETTINGS, RULE_HINT);
        if (setting.length === 2) options[id] = this.ruleOptions(rule, setting[1], `${ruleAt}[1]`, example);
      } else rules[id] = this.oneOf(setting, ruleAt, RULE_SETTINGS, RULE_HINT);
    }
    return { rules, options };
  }

  /** A rule's options, checked against the schema the rule declares. */
  ruleOptions(rule: (typeof RULES)[number], value: unknown, at: string, example: string): Record<string, number> {
    const object = this.object(value, at, 'an object of options', example);
    const schema: Record<string, OptionSchema> = rule.options?.schema ?? {};
    const names = Object.keys(schema);
    this.keys(object, at, names, names.length ? `the options of ${rule.id} are ${listing(names, 'and')}` : `${rule.id} has no options`);
    const out: Record<string, number> = {};
    for (const [name, given] of Object.entries(object)) {
      const spec = schema[name]!;
      const integer = spec.type === 'integer';
      const [bound, inclusive] = spec.exclusiveMinimum !== undefined ? [spec.exclusiveMinimum, false] : [spec.minimum, true];
      const ok = typeof given === 'number' && Number.isFinite(given) && (!integer || Number.isInteger(given)) && (bound === undefined || (inclusive ? given >= bound : given > bound));
      const what = `${integer ? 'an integer' : 'a number'}${bound === undefined ? '' : inclusive ? ` of at least ${bound}` : ` greater than ${bound}`}`;
      if (!ok) this.expected(given, join(at, name), what, `${rule.id}: ${spec.description} (default: ${rule.options!.defaults[name]})`);
      out[name] = given as number;
    }
    return out;
  }

  client(value: unknown, at: string): ClientConfig {
    const object = this.object(value, at, 'a client object', 'for example { "module": "@acme/cache", "kind": "cache", "methods": ["get", "set"] }');
    this.keys(object, at, CLIENT_KEYS, 'a client has "module", "kind", and optionally "label", "methods", "exports", "batches"');
    this.required(object, at, 'module', 'the module name as imported, such as "@acme/cache"', 'for example { "module": "@acme/cache", "kind": "cache" }');
    this.required(object, at, 'kind', listing(CLIENT_KINDS.map((k) => `"${k}"`), 'or'), KIND_HINT);
    const client: ClientConfig = {
      module: this.nonEmptyString(object['module'], `${at}.module`, 'module name', 'the module name as imported, such as "@acme/cache"'),
      kind: this.oneOf(object['kind'], `${at}.kind`, CLIENT_KINDS, KIND_HINT),
    };
    if (Object.hasOwn(object, 'label')) client.label = this.nonEmptyString(object['label'], `${at}.label`, 'string', 'the short name in messages, such as "cache" (default: the last segment of the module name)');
    if (Object.hasOwn(object, 'methods')) client.methods = this.nonEmptyStrings(object['methods'], `${at}.methods`, 'method name', 'the methods that are round trips, such as ["get", "set"]; omit "methods" for every method');
    if (Object.hasOwn(object, 'exports')) {
      const exportsAt = `${at}.exports`;
      const exportsHint = `how each export gives a handle, such as { "createCache": "factory", "default": "handle" }: ${EXPORT_ROLES.join(', ')}`;
      const exports = this.object(object['exports'], exportsAt, 'an object of export roles', exportsHint);
      client.exports = {};
      for (const [name, role] of Object.entries(exports)) {
        if (name === '') this.fail(join(exportsAt, name), 'expected a non-empty export name', exportsHint);
        client.exports[name] = this.oneOf(role, join(exportsAt, name), EXPORT_ROLES, exportsHint);
      }
    }
    if (Object.hasOwn(object, 'batches')) {
      const batchesAt = `${at}.batches`;
      const batchHint = 'a batch method and its per-item forms, such as { "batch": "getMany", "single": ["get"] }';
      client.batches = this.array(object['batches'], batchesAt, 'an array of batch pairs', '"batches": [{ "batch": "getMany", "single": ["get"] }]').map((item, i) => {
        const pairAt = `${batchesAt}[${i}]`;
        const pair = this.object(item, pairAt, 'a batch pair', batchHint);
        this.keys(pair, pairAt, BATCH_KEYS, batchHint);
        this.required(pair, pairAt, 'batch', 'the batch method name', batchHint);
        this.required(pair, pairAt, 'single', 'the per-item method names', batchHint);
        return {
          batch: this.nonEmptyString(pair['batch'], `${pairAt}.batch`, 'method name', batchHint),
          single: this.nonEmptyStrings(pair['single'], `${pairAt}.single`, 'method name', batchHint),
        };
      });
    }
    return client;
  }

  /** A non-empty array of non-empty strings. */
  nonEmptyStrings(value: unknown, at: string, what: string, hint: string): string[] {
    if (!Array.isArray(value) || value.length === 0) this.expected(value, at, `a non-empty array of ${what}s`, hint);
    return value.map((item, i) => this.nonEmptyString(item, `${at}[${i}]`, what, hint));
  }

  uniqueModules(clients: ClientConfig[], at: string): void {
    const first = new Map<string, number>();
    clients.forEach((client, i) => {
      const earlier = first.get(client.module);
      if (earlier !== undefined) this.fail(`${at}[${i}].module`, `"${client.module}" is already configured by ${at}[${earlier}]`, 'merge the two entries into one');
      first.set(client.module, i);
    });
  }

  name(value: unknown, at: string): NameConfig {
    const hint = 'for example { "pattern": "^(ledger|billing)Client$", "kind": "network" }';
    const object = this.object(value, at, 'a name pattern object', hint);
    this.keys(object, at, NAME_KEYS, 'a name pattern has "pattern", "kind", and optionally "methods"');
    this.required(object, at, 'pattern', 'a regular expression on variable and property names', hint);
    this.required(object, at, 'kind', listing(CLIENT_KINDS.map((k) => `"${k}"`), 'or'), KIND_HINT);
    const name: NameConfig = {
      pattern: this.regex(object['pattern'], `${at}.pattern`, 'it would make every name a client', 'a regular expression on variable and property names, such as "^(ledger|billing)Client$"'),
      kind: this.oneOf(object['kind'], `${at}.kind`, CLIENT_KINDS, KIND_HINT),
    };
    if (Object.hasOwn(object, 'methods')) name.methods = this.regex(object['methods'], `${at}.methods`, undefined, 'a regular expression on method names, such as "^(get|post|put)$"; omit "methods" for every method');
    return name;
  }

  /** A JavaScript regular expression source; with `emptyReason`, one that cannot match the empty string. */
  regex(value: unknown, at: string, emptyReason: string | undefined, hint: string): string {
    if (typeof value !== 'string' || value === '') this.expected(value, at, 'a non-empty regular expression', hint);
    let re: RegExp;
    try {
      re = new RegExp(value, 'i');
    } catch (error) {
      const reason = (error as Error).message.split(': ').pop() ?? 'invalid';
      this.fail(at, `invalid regular expression ${show(value)} (${reason})`, hint);
    }
    if (emptyReason !== undefined && re.test('')) this.fail(at, `${show(value)} matches the empty string: ${emptyReason}`, hint);
    return value;
  }

  origin(value: unknown, at: string): ResolvedConfig['origin'][number] {
    const hint = 'for example { "signal": "trailer", "pattern": "^Generated-by: acme-bot", "label": "acme-bot" }';
    const signalHint = 'where to look: a commit trailer, the author, the committer, the message or the branch name';
    const object = this.object(value, at, 'an origin pattern object', hint);
    this.keys(object, at, ORIGIN_KEYS, 'an origin pattern has "signal", "pattern", and optionally "label"');
    this.required(object, at, 'signal', listing(ORIGIN_SIGNALS.map((s) => `"${s}"`), 'or'), signalHint);
    this.required(object, at, 'pattern', 'a regular expression', hint);
    const origin: ResolvedConfig['origin'][number] = {
      signal: this.oneOf(object['signal'], `${at}.signal`, ORIGIN_SIGNALS, signalHint),
      pattern: this.regex(object['pattern'], `${at}.pattern`, 'it would mark every commit as AI-assisted', 'a case-insensitive regular expression, such as "^Generated-by: acme-bot"'),
    };
    if (Object.hasOwn(object, 'label')) origin.label = this.nonEmptyString(object['label'], `${at}.label`, 'string', 'the name shown as the evidence, such as "acme-bot"');
    return origin;
  }

  thresholds(value: unknown, at: string): Thresholds {
    const object = this.object(value, at, 'an object', 'for example "thresholds": { "timeoutRaiseFactor": 10, "smallLoop": 5 }');
    this.keys(object, at, THRESHOLD_KEYS, 'thresholds are timeoutRaiseFactor, timeoutCeilingMs and smallLoop');
    const out: Thresholds = { ...DEFAULT_THRESHOLDS };
    if (Object.hasOwn(object, 'timeoutRaiseFactor')) {
      const factor = object['timeoutRaiseFactor'];
      if (!isNumber(factor) || factor <= 1) this.expected(factor, `${at}.timeoutRaiseFactor`, 'a number greater than 1', `timeout-changed reports a timeout raised by more than this factor (default: ${DEFAULT_THRESHOLDS.timeoutRaiseFactor})`);
      out.timeoutRaiseFactor = factor;
    }
    if (Object.hasOwn(object, 'timeoutCeilingMs')) {
      const ceiling = object['timeoutCeilingMs'];
      if (!isNumber(ceiling) || ceiling <= 0) this.expected(ceiling, `${at}.timeoutCeilingMs`, 'a number of milliseconds greater than 0', `timeout-changed reports a timeout raised past this many milliseconds (default: ${DEFAULT_THRESHOLDS.timeoutCeilingMs})`);
      out.timeoutCeilingMs = ceiling;
    }
    if (Object.hasOwn(object, 'smallLoop')) {
      const small = object['smallLoop'];
      if (!Number.isInteger(small) || (small as number) < 1) this.expected(small, `${at}.smallLoop`, 'an integer of at least 1', `io-in-loop reports a loop over a literal list of up to this many items as low severity (default: ${DEFAULT_THRESHOLDS.smallLoop})`);
      out.smallLoop = small as number;
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// JSON with positions: a strict parser (JSON.parse's grammar), so that an error names its
// line:column the same way on every Node version, and a duplicate key is not silently dropped.

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
    readonly hint: string = EXAMPLE,
  ) {
    super(message);
  }
}

/** Parses JSON text (a leading byte-order mark is allowed); a syntax error names file:line:column. */
export function parseJson(text: string, source: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return new JsonParser(body).document();
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = position(body, error.offset);
    throw new OpsdiffError('bad-config', `${source}:${line}:${column}: invalid JSON: ${error.message}`, error.hint);
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;

class JsonParser {
  constructor(
    private readonly text: string,
    private pos = 0,
  ) {}

  document(): unknown {
    this.space();
    if (this.pos >= this.text.length) throw new JsonSyntaxError(this.pos, 'the file is empty', EXAMPLE);
    const value = this.value();
    this.space();
    if (this.pos < this.text.length) throw new JsonSyntaxError(this.pos, `unexpected ${this.describe()} after the end of the value`, 'a JSON file holds one value: remove what follows it');
    return value;
  }

  private space(): void {
    for (;;) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else if (c === '/' && (this.text[this.pos + 1] === '/' || this.text[this.pos + 1] === '*')) {
        throw new JsonSyntaxError(this.pos, 'comments are not allowed', 'JSON has no comments: remove them');
      } else return;
    }
  }

  private describe(): string {
    if (this.pos >= this.text.length) return 'end of file';
    const word = this.match(WORD);
    return JSON.stringify(word ?? String.fromCodePoint(this.text.codePointAt(this.pos)!));
  }

  private match(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    return re.exec(this.text)?.[0];
  }

  private unexpected(expected: string, hint: string = EXAMPLE): never {
    throw new JsonSyntaxError(this.pos, `expected ${expected}, got ${this.describe()}`, hint);
  }

  private value(): unknown {
    const c = this.text[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === "'") this.unexpected('a value', 'strings are in double quotes: "src/**"');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      const number = this.match(NUMBER);
      if (number === undefined) this.unexpected('a value');
      this.pos += number.length;
      return Number(number);
    }
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos) && this.match(WORD) === word) {
        this.pos += word.length;
        return value;
      }
    }
    return this.unexpected('a value');
  }

  private object(): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    this.pos++; // {
    this.space();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return object;
    }
    for (;;) {
      if (this.text[this.pos] !== '"') this.unexpected('a key in double quotes', 'keys are strings in double quotes: { "exclude": ["src/**"] }');
      const keyOffset = this.pos;
      const key = this.string();
      if (Object.hasOwn(object, key)) throw new JsonSyntaxError(keyOffset, `duplicate key ${JSON.stringify(key)}`, 'a key may appear once in an object: merge the two');
      this.space();
      if (this.text[this.pos] !== ':') this.unexpected('":" after the key');
      this.pos++;
      this.space();
      // defineProperty: a "__proto__" key stays a plain key (and is then reported as unknown).
      Object.defineProperty(object, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
      this.space();
      if (this.text[this.pos] === '}') {
        this.pos++;
        return object;
      }
      if (this.text[this.pos] !== ',') this.unexpected('"," or "}"');
      const comma = this.pos;
      this.pos++;
      this.space();
      if (this.text[this.pos] === '}') throw new JsonSyntaxError(comma, 'trailing comma before "}"', 'remove the comma after the last member');
    }
  }

  private array(): unknown[] {
    const array: unknown[] = [];
    this.pos++; // [
    this.space();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return array;
    }
    for (;;) {
      array.push(this.value());
      this.space();
      if (this.text[this.pos] === ']') {
        this.pos++;
        return array;
      }
      if (this.text[this.pos] !== ',') this.unexpected('"," or "]"');
      const comma = this.pos;
      this.pos++;
      this.space();
      if (this.text[this.pos] === ']') throw new JsonSyntaxError(comma, 'trailing comma before "]"', 'remove the comma after the last item');
    }
  }

  private string(): string {
    const start = this.pos;
    this.pos++; // "
    for (;;) {
      if (this.pos >= this.text.length) throw new JsonSyntaxError(start, 'unterminated string', 'close the string with a double quote');
      const code = this.text.charCodeAt(this.pos);
      if (code === 0x22) break;
      if (code < 0x20) {
        if (code === 10 || code === 13) throw new JsonSyntaxError(start, 'unterminated string', 'close the string with a double quote on the same line');
        throw new JsonSyntaxError(this.pos, 'control character in a string', 'write it as an escape such as \\t');
      }
      if (code === 0x5c) {
        const next = this.text[this.pos + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.pos += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) this.pos += 2;
        else throw new JsonSyntaxError(this.pos, `invalid escape "${this.text.slice(this.pos, this.pos + 2)}" in a string`, 'a backslash is written "\\\\" in JSON (and globs use "/")');
      } else this.pos++;
    }
    this.pos++; // "
    return JSON.parse(this.text.slice(start, this.pos)) as string;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

async function readConfigFile(absolute: string, display: string): Promise<string> {
  try {
    return await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? (error as Error).message);
    throw new OpsdiffError('bad-config', `${display}: cannot read the configuration file (${reason})`, { cli: 'pass the path of a JSON file with --config (relative to the current directory)', action: 'set the config input to the path of a JSON file, relative to working-directory' });
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** A package.json counts when it has an "opsdiff" key; one that does not parse counts only if it mentions "opsdiff". */
async function packageJsonHasConfig(file: string): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return false;
  }
  try {
    const raw = parseJson(text, 'package.json');
    return isObject(raw) && Object.hasOwn(raw, 'opsdiff');
  } catch (error) {
    if (text.includes('"opsdiff"')) throw error;
    return false;
  }
}

async function withDefaultBaseline(config: ResolvedConfig, repoRoot: string): Promise<ResolvedConfig> {
  const file = path.resolve(repoRoot, DEFAULT_BASELINE);
  return (await isFile(file)) ? { ...config, baseline: file } : config;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The JSON path of a key: `rules.io-in-loop`, or `exports["@acme/x"]` for keys that are not plain names. */
function join(at: string, key: string): string {
  const plain = /^[$\w-]+$/.test(key);
  if (!at) return plain ? key : JSON.stringify(key);
  return plain ? `${at}.${key}` : `${at}[${JSON.stringify(key)}]`;
}

/** A value as it appears in an error: short, and typed. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  if (isObject(value)) return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

function listing(items: readonly string[], last: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** The closest known spelling, when it is close (an alias counts as its canonical name). */
function suggest(input: string, known: readonly string[]): string | undefined {
  return closest(input, known, (name) => [name, ...Object.entries(ALIASES).filter(([, canonical]) => canonical === name).map(([alias]) => alias)]);
}

