/**
 * The configuration: discovery (`opsdiff.config.json`, `.opsdiffrc.json`, or an `"opsdiff"` key in
 * `package.json`), reading (src/config/json.ts: comments allowed but in package.json, every
 * position kept), validation by the shipped JSON Schema itself (src/config/validate.ts, ajv), and
 * the mapping into a ResolvedConfig with every default filled in.
 *
 * Every problem is one `OpsdiffError('bad-config', ...)` whose message names the file, the line
 * and column when there is a file, the JSON path of the key and what is expected:
 * `opsdiff.config.json:3:5: rules.io-in-lop: unknown rule (known: io-in-loop, ...)`. Nothing is
 * silently ignored: an unknown key anywhere is an error.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { OpsdiffError } from '../errors.js';
import type { Severity } from '../types.js';
import { CONFIG_EXAMPLE, parseJsonText, type JsonDocument } from './json.js';
import schema from './opsdiff.schema.json' with { type: 'json' };
import { DEFAULT_THRESHOLDS, type ClientConfig, type NameConfig, type ResolvedConfig } from './types.js';
import { checkConfig, render, type ConfigProblem } from './validate.js';
import { isObject, listing, show } from './words.js';

/** The files discovery looks for at the repository root, in this order (then `package.json`). */
export const CONFIG_FILES = ['opsdiff.config.json', '.opsdiffrc.json'] as const;
/** The baseline used when the configuration names none and this file exists at the repository root. */
export const DEFAULT_BASELINE = '.opsdiff-baseline.json';
/** What to write in `$schema` for completion in editors. */
export const SCHEMA_REFERENCE = './node_modules/opsdiff/src/config/opsdiff.schema.json';

const PROPERTIES = schema.properties as Record<string, { 'x-alias-of'?: string }>;
/** The top-level keys, as the schema spells them, without the aliases (`failOn` of `fail-on`, `failOnAi` of `fail-on-ai`). */
export const CONFIG_KEYS: readonly string[] = Object.keys(PROPERTIES).filter((key) => PROPERTIES[key]!['x-alias-of'] === undefined);
const ALIASES: Record<string, string> = Object.fromEntries(Object.entries(PROPERTIES).flatMap(([key, node]) => (node['x-alias-of'] ? [[key, node['x-alias-of']]] : [])));

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
  const inPackage = path.basename(absolute) === 'package.json';
  const document = parseJsonText(await readConfigFile(absolute, display), display, { jsonc: !inPackage, file: absolute });
  const raw = document.value;
  let config: ResolvedConfig;
  if (inPackage) {
    if (!isObject(raw) || !Object.hasOwn(raw, 'opsdiff')) {
      throw new OpsdiffError('bad-config', `${display}: no "opsdiff" key`, { cli: 'put the configuration under "opsdiff" in package.json, or pass a separate JSON file with --config', action: 'put the configuration under "opsdiff" in package.json, or name a separate JSON file in the config input' });
    }
    const nested = raw['opsdiff'];
    if (!isObject(nested)) throw configError({ path: ['opsdiff'], key: false, problem: `expected an object, got ${show(nested)}`, hint: CONFIG_EXAMPLE }, display, { document, file: absolute });
    config = validate(nested, display, { document, file: absolute }, ['opsdiff']);
  } else {
    config = validate(raw, display, { document, file: absolute });
  }
  if (config.baseline !== undefined) return { ...config, baseline: path.resolve(path.dirname(absolute), config.baseline) };
  return withDefaultBaseline(config, repoRoot);
}

/** Validates a parsed configuration (pure): `source` names the file in messages. */
export function resolveConfig(raw: unknown, source: string): ResolvedConfig {
  return validate(raw, source);
}

// ---------------------------------------------------------------------------------------------
// Validation and mapping

/**
 * Validates a parsed configuration and maps it: `source` names the file in messages, `document`
 * (when there is one) gives them line:column, `root` is the path of the configuration inside the
 * document (["opsdiff"] in package.json).
 */
function validate(raw: unknown, source: string, text?: { document: JsonDocument; file: string }, root: string[] = []): ResolvedConfig {
  const problem = checkConfig(raw, root);
  if (problem) throw configError(problem, source, text);
  return build(raw as Record<string, unknown>, source);
}

function configError(problem: ConfigProblem, source: string, text: { document: JsonDocument; file: string } | undefined): OpsdiffError {
  const where = text?.document.locate(problem.path, problem.key);
  const file = where ? `${source}:${where.line}:${where.column}` : source;
  const at = render(problem.path);
  return new OpsdiffError('bad-config', at ? `${file}: ${at}: ${problem.problem}` : `${file}: ${problem.problem}`, problem.hint, where && text && { file: text.file, ...where });
}

/** A valid configuration (the schema has checked every key and value) as a ResolvedConfig. */
function build(raw: Record<string, unknown>, source: string): ResolvedConfig {
  const config = defaultConfig();
  config.source = source;
  for (const [key, value] of Object.entries(raw)) {
    switch (ALIASES[key] ?? key) {
      case 'include':
        config.include = [...(value as string[])];
        break;
      case 'exclude':
        config.exclude = [...(value as string[])];
        break;
      case 'rules': {
        const options: Record<string, Record<string, number>> = {};
        for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
          const [severity, given] = Array.isArray(setting) ? setting : [setting];
          config.rules[id] = severity as 'off' | Severity;
          if (given !== undefined) options[id] = { ...(given as Record<string, number>) };
        }
        if (Object.keys(options).length) config.ruleOptions = options;
        break;
      }
      case 'fail-on':
        config.failOn = value as ResolvedConfig['failOn'];
        break;
      case 'fail-on-ai':
        config.failOnAi = value as ResolvedConfig['failOn'];
        break;
      case 'clients':
        config.clients = (value as ClientConfig[]).map((client) => {
          const out: ClientConfig = { ...client };
          if (client.methods) out.methods = [...client.methods];
          if (client.exports) out.exports = { ...client.exports };
          if (client.batches) out.batches = client.batches.map((pair) => ({ batch: pair.batch, single: [...pair.single] }));
          return out;
        });
        break;
      case 'names':
        config.names = (value as NameConfig[]).map((name) => ({ ...name }));
        break;
      case 'thresholds':
        config.thresholds = { ...DEFAULT_THRESHOLDS, ...(value as object) };
        break;
      case 'origin':
        config.origin = (value as ResolvedConfig['origin']).map((origin) => ({ ...origin }));
        break;
      case 'baseline':
        config.baseline = value as string;
        break;
    }
  }
  return config;
}

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
    const raw = parseJsonText(text, 'package.json', { jsonc: false }).value;
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

