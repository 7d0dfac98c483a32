/**
 * The configuration (src/config/load.ts): every key accepted and mapped into ResolvedConfig,
 * discovery of the three locations, every bad-config error's exact one-line message and hint,
 * invalid JSON with line:column, agreement with the shipped JSON Schema, and the CLI's exit 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { CONFIG_KEYS, defaultConfig, findConfig, loadConfig, resolveConfig } from '../src/config/load.js';
import { parseJsonText } from '../src/config/json.js';
import { configuredOptions, DEFAULT_THRESHOLDS, THRESHOLD_OPTIONS, type ResolvedConfig } from '../src/config/types.js';
import { rulesSchema } from '../src/config/schema.js';
import { configAjv, validatorSource } from '../src/config/ajv.js';
import { OpsdiffError } from '../src/errors.js';
import { Ajv } from 'ajv';
import { makeRepo, type TempRepo } from './support/tempRepo.js';

const ROOT = path.resolve(import.meta.dirname, '..');
type Schema = Record<string, unknown>;
const SCHEMA = JSON.parse(readFileSync(path.join(ROOT, 'src/config/opsdiff.schema.json'), 'utf8')) as Schema;
/** The schema as an editor reads it: standard draft-07, our x- keywords ignored, formats not checked. */
const editorCheck = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(SCHEMA);
const validate = (_schema: Schema, value: unknown): unknown[] => (editorCheck(value) ? [] : (editorCheck.errors ?? []));
const F = 'opsdiff.config.json';

/** The error a call throws, as { message, hint }; fails the test when it throws something else or nothing. */
function errorOf(run: () => unknown): { message: string; hint: string | undefined } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof OpsdiffError)) throw error;
    expect(error.code).toBe('bad-config');
    return { message: error.message, hint: error.hint };
  }
  throw new Error('expected a bad-config error, got none');
}

async function asyncErrorOf(run: () => Promise<unknown>): Promise<{ message: string; hint: string | undefined }> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof OpsdiffError)) throw error;
    expect(error.code).toBe('bad-config');
    return { message: error.message, hint: error.hint };
  }
  throw new Error('expected a bad-config error, got none');
}

const DEFAULTS: ResolvedConfig = {
  include: [],
  exclude: [],
  rules: {},
  failOn: 'high',
  clients: [],
  names: [],
  thresholds: { timeoutRaiseFactor: 5, timeoutCeilingMs: 60_000, smallLoop: 10 },
  origin: [],
};

// ---------------------------------------------------------------------------------------------
// Accepted: one case per key (and per alias), each with what it maps to.

const ACCEPTED: Array<[name: string, raw: Record<string, unknown>, mapped: Partial<ResolvedConfig>]> = [
  ['empty object: every default', {}, {}],
  ['$schema (annotation only)', { $schema: './node_modules/opsdiff/src/config/opsdiff.schema.json' }, {}],
  ['include', { include: ['src/**', 'packages/*/src/**'] }, { include: ['src/**', 'packages/*/src/**'] }],
  ['exclude', { exclude: ['**/generated/**', 'scripts/*.ts'] }, { exclude: ['**/generated/**', 'scripts/*.ts'] }],
  ['exclude: empty list', { exclude: [] }, { exclude: [] }],
  [
    'rules: a setting with options',
    { rules: { 'timeout-changed': ['high', { raiseFactor: 10, ceilingMs: 30_000 }], 'io-in-loop': ['medium'] } },
    { rules: { 'timeout-changed': 'high', 'io-in-loop': 'medium' }, ruleOptions: { 'timeout-changed': { raiseFactor: 10, ceilingMs: 30_000 } } },
  ],
  [
    'rules: each setting',
    { rules: { 'io-in-loop': 'medium', 'timeout-changed': 'off', 'retry-changed': 'low', 'concurrency-changed': 'high' } },
    { rules: { 'io-in-loop': 'medium', 'timeout-changed': 'off', 'retry-changed': 'low', 'concurrency-changed': 'high' } },
  ],
  ['fail-on', { 'fail-on': 'medium' }, { failOn: 'medium' }],
  ['failOn (alias)', { failOn: 'none' }, { failOn: 'none' }],
  ['fail-on-ai', { 'fail-on-ai': 'low' }, { failOnAi: 'low' }],
  ['failOnAi (alias)', { failOnAi: 'medium' }, { failOnAi: 'medium' }],
  ['clients: minimal', { clients: [{ module: '@acme/cache', kind: 'cache' }] }, { clients: [{ module: '@acme/cache', kind: 'cache' }] }],
  [
    'clients: every field',
    {
      clients: [
        {
          module: '@acme/ledger',
          kind: 'network',
          label: 'ledger',
          methods: ['post', 'get'],
          exports: { LedgerClient: 'constructor', createLedger: 'factory', default: 'handle', '*': 'not-io', send: 'callable' },
          batches: [{ batch: 'postMany', single: ['post'] }],
        },
        { module: 'acme-queue', kind: 'queue' },
        { module: './db/client', kind: 'db' },
      ],
    },
    {
      clients: [
        {
          module: '@acme/ledger',
          kind: 'network',
          label: 'ledger',
          methods: ['post', 'get'],
          exports: { LedgerClient: 'constructor', createLedger: 'factory', default: 'handle', '*': 'not-io', send: 'callable' },
          batches: [{ batch: 'postMany', single: ['post'] }],
        },
        { module: 'acme-queue', kind: 'queue' },
        { module: './db/client', kind: 'db' },
      ],
    },
  ],
  [
    'names',
    { names: [{ pattern: '^(ledger|billing)Client$', kind: 'network' }, { pattern: 'Cache$', kind: 'cache', methods: '^(get|set)$' }] },
    { names: [{ pattern: '^(ledger|billing)Client$', kind: 'network' }, { pattern: 'Cache$', kind: 'cache', methods: '^(get|set)$' }] },
  ],
  ['thresholds: one, the others default', { thresholds: { smallLoop: 3 } }, { thresholds: { ...DEFAULT_THRESHOLDS, smallLoop: 3 } }],
  [
    'thresholds: all',
    { thresholds: { timeoutRaiseFactor: 1.5, timeoutCeilingMs: 30_000, smallLoop: 1 } },
    { thresholds: { timeoutRaiseFactor: 1.5, timeoutCeilingMs: 30_000, smallLoop: 1 } },
  ],
  [
    'origin',
    { origin: [{ signal: 'trailer', pattern: '^Generated-by: acme-bot', label: 'acme-bot' }, { signal: 'branch', pattern: '^ai/' }] },
    { origin: [{ signal: 'trailer', pattern: '^Generated-by: acme-bot', label: 'acme-bot' }, { signal: 'branch', pattern: '^ai/' }] },
  ],
  ['origin: every signal', { origin: ['author', 'committer', 'message'].map((signal) => ({ signal, pattern: 'bot' })) }, { origin: ['author', 'committer', 'message'].map((signal) => ({ signal, pattern: 'bot' })) as ResolvedConfig['origin'] }],
  ['baseline', { baseline: 'ci/opsdiff-baseline.json' }, { baseline: 'ci/opsdiff-baseline.json' }],
];

describe('resolveConfig: each key', () => {
  it('defaultConfig() is the documented defaults, with DEFAULT_THRESHOLDS', () => {
    expect(defaultConfig()).toEqual(DEFAULTS);
    expect(defaultConfig().thresholds).toEqual(DEFAULT_THRESHOLDS);
    // A fresh object each time: callers may change it.
    expect(defaultConfig().include).not.toBe(defaultConfig().include);
  });

  for (const [name, raw, mapped] of ACCEPTED) {
    it(name, () => {
      expect(resolveConfig(raw, F)).toEqual({ ...DEFAULTS, source: F, ...mapped });
    });
  }

  it('a full configuration', () => {
    const raw = Object.assign({}, ...ACCEPTED.map(([, r]) => r).filter((r) => !('failOn' in r) && !('failOnAi' in r)));
    const resolved = resolveConfig(raw, F);
    expect(resolved.failOn).toBe('medium');
    expect(resolved.failOnAi).toBe('low');
    expect(resolved.clients.map((c) => c.module)).toEqual(['@acme/ledger', 'acme-queue', './db/client']);
    expect(resolved.rules['timeout-changed']).toBe('off');
  });

  it('does not share the default thresholds object', () => {
    const resolved = resolveConfig({}, F);
    resolved.thresholds.smallLoop = 99;
    expect(DEFAULT_THRESHOLDS.smallLoop).toBe(10);
  });
});

// ---------------------------------------------------------------------------------------------
// Rejected: the exact message and hint of every bad-config error of the validator.

const KNOWN = 'known: $schema, include, exclude, rules, fail-on, fail-on-ai, clients, names, thresholds, origin, baseline';
const SCHEMA_HINT = 'remove it; "$schema": "./node_modules/opsdiff/src/config/opsdiff.schema.json" gives completion in editors';
const EXAMPLE = 'the configuration is a JSON object such as { "exclude": ["**/generated/**"] }';
const NO_COMMENTS = 'package.json is plain JSON: remove the comments (opsdiff.config.json may have them)';
const GLOB_HINT = 'globs are minimatch patterns on repository-relative paths, such as "src/**" or "**/*.generated.ts"';
const RULE_HINT = '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule';
const RULES_KNOWN = 'known: io-in-loop, timeout-changed, retry-changed, concurrency-changed';
const KIND_HINT = 'cache, db, network or queue: what a call through the client costs';
const KINDS = '"cache", "db", "network" or "queue"';
const CLIENT_KEYS = 'known: module, kind, label, methods, exports, batches';
const CLIENT_EXAMPLE = 'for example { "module": "@acme/cache", "kind": "cache", "methods": ["get", "set"] }';
const METHODS_HINT = 'the methods that are round trips, such as ["get", "set"]; omit "methods" for every method';
const EXPORTS_HINT = 'how each export gives a handle, such as { "createCache": "factory", "default": "handle" }: constructor, factory, handle, callable, not-io';
const ROLES = '"constructor", "factory", "handle", "callable" or "not-io"';
const BATCH_HINT = 'a batch method and its per-item forms, such as { "batch": "getMany", "single": ["get"] }';
const NAME_EXAMPLE = 'for example { "pattern": "^(ledger|billing)Client$", "kind": "network" }';
const NAME_PATTERN_HINT = 'a regular expression on variable and property names, such as "^(ledger|billing)Client$"';
const NAME_METHODS_HINT = 'a regular expression on method names, such as "^(get|post|put)$"; omit "methods" for every method';
const ORIGIN_EXAMPLE = 'for example { "signal": "trailer", "pattern": "^Generated-by: acme-bot", "label": "acme-bot" }';
const ORIGIN_PATTERN_HINT = 'a case-insensitive regular expression, such as "^Generated-by: acme-bot"';
const SIGNALS = '"trailer", "author", "committer", "message" or "branch"';
const SIGNAL_HINT = 'where to look: a commit trailer, the author, the committer, the message or the branch name';
const FAIL_LEVELS = '"high", "medium", "low" or "none"';

const client = (extra: Record<string, unknown>) => ({ clients: [{ module: '@acme/cache', kind: 'cache', ...extra }] });

const REJECTED: Array<[raw: unknown, message: string, hint: string]> = [
  // the document
  [[], `${F}: expected a JSON object at the top level, got an empty array`, EXAMPLE],
  [null, `${F}: expected a JSON object at the top level, got null`, EXAMPLE],
  ['exclude', `${F}: expected a JSON object at the top level, got "exclude"`, EXAMPLE],
  // unknown keys, with and without a near spelling
  [{ excludes: [] }, `${F}: excludes: unknown key (${KNOWN})`, 'did you mean "exclude"?'],
  [{ fail_on: 'low' }, `${F}: fail_on: unknown key (${KNOWN})`, 'did you mean "fail-on"?'],
  [{ FailOnAI: 'low' }, `${F}: FailOnAI: unknown key (${KNOWN})`, 'did you mean "fail-on-ai"?'],
  [{ color: true }, `${F}: color: unknown key (${KNOWN})`, SCHEMA_HINT],
  [{ 'a.b': 1 }, `${F}: "a.b": unknown key (${KNOWN})`, SCHEMA_HINT],
  // an alias next to its kebab-case key
  [{ 'fail-on': 'low', failOn: 'high' }, `${F}: failOn: same setting as "fail-on"; expected only one of them`, 'remove "failOn" or "fail-on"'],
  [{ failOnAi: 'low', 'fail-on-ai': 'high' }, `${F}: fail-on-ai: same setting as "failOnAi"; expected only one of them`, 'remove "fail-on-ai" or "failOnAi"'],
  // $schema
  [{ $schema: 3 }, `${F}: $schema: expected the path or URL of the JSON Schema, got 3`, 'for completion in editors: "$schema": "./node_modules/opsdiff/src/config/opsdiff.schema.json"'],
  // include / exclude
  [{ include: 'src/**' }, `${F}: include: expected an array of glob strings, got "src/**"`, 'files to analyze (default: every file), for example "include": ["src/**"]'],
  [{ exclude: { src: true } }, `${F}: exclude: expected an array of glob strings, got an object`, 'files to leave out, besides tests, mocks and build output, for example "exclude": ["scripts/**"]'],
  [{ exclude: ['src/**', 3] }, `${F}: exclude[1]: expected a non-empty glob string, got 3`, GLOB_HINT],
  [{ exclude: [''] }, `${F}: exclude[0]: expected a non-empty glob string, got ""`, GLOB_HINT],
  [{ exclude: ['!src/keep.ts'] }, `${F}: exclude[0]: negated globs are not supported, got "!src/keep.ts"`, 'list the files to analyze in "include" and those to leave out in "exclude"'],
  [{ include: ['./src/**'] }, `${F}: include[0]: "./src/**" never matches: paths are relative to the repository root, without a leading "/" or "./"`, 'write "src/**"'],
  [{ include: ['/src/**'] }, `${F}: include[0]: "/src/**" never matches: paths are relative to the repository root, without a leading "/" or "./"`, 'write "src/**"'],
  [{ include: ['a'.repeat(65_537)] }, `${F}: include[0]: invalid glob (pattern is too long)`, GLOB_HINT],
  // rules
  [{ rules: ['io-in-loop'] }, `${F}: rules: expected an object of rule settings, got an array`, 'for example "rules": { "io-in-loop": "medium", "retry-changed": "off" }'],
  [{ rules: { 'io-in-lop': 'off' } }, `${F}: rules.io-in-lop: unknown rule (${RULES_KNOWN})`, 'did you mean "io-in-loop"?'],
  [{ rules: { 'n-plus-one': 'off' } }, `${F}: rules.n-plus-one: unknown rule (${RULES_KNOWN})`, 'rule ids are listed in docs/rules.md'],
  [{ rules: { 'io-in-loop': 'error' } }, `${F}: rules.io-in-loop: expected "off", "high", "medium" or "low", got "error"`, RULE_HINT],
  [{ rules: { 'retry-changed': false } }, `${F}: rules.retry-changed: expected "off", "high", "medium" or "low", got false`, RULE_HINT],
  [{ rules: { 'io-in-loop': 'Medium' } }, `${F}: rules.io-in-loop: expected "off", "high", "medium" or "low", got "Medium"`, 'did you mean "medium"?'],
  [{ rules: { 'io-in-loop': [] } }, `${F}: rules.io-in-loop: expected a setting and an options object, got an empty array`, 'for example ["high", { "smallLoop": 10 }]'],
  [{ rules: { 'io-in-loop': ['error', {}] } }, `${F}: rules.io-in-loop[0]: expected "off", "high", "medium" or "low", got "error"`, RULE_HINT],
  [{ rules: { 'timeout-changed': ['high', { raiseFactr: 10 }] } }, `${F}: rules.timeout-changed[1].raiseFactr: unknown key (known: raiseFactor, ceilingMs, longWaitFactor, notableFactor, notableIncreaseMs)`, 'did you mean "raiseFactor"?'],
  [{ rules: { 'timeout-changed': ['high', { raiseFactor: 1 }] } }, `${F}: rules.timeout-changed[1].raiseFactor: expected a number greater than 1, got 1`, 'timeout-changed: A timeout raised by this factor or more is a sharp raise. (default: 5)'],
  [{ rules: { 'io-in-loop': ['low', { smallLoop: 2.5 }] } }, `${F}: rules.io-in-loop[1].smallLoop: expected an integer of at least 1, got 2.5`, 'io-in-loop: A loop over a literal list of up to this many items is a small bounded loop (low severity). (default: 10)'],
  [{ rules: { 'io-in-loop': ['low', { smallLoop: 3 }, {}] } }, `${F}: rules.io-in-loop: expected a setting and an options object, got an array`, 'for example ["high", { "smallLoop": 10 }]'],
  // fail-on / fail-on-ai
  [{ 'fail-on': 'critical' }, `${F}: fail-on: expected ${FAIL_LEVELS}, got "critical"`, 'fail-on: the lowest severity that fails the check (default: high)'],
  [{ failOn: 2 }, `${F}: failOn: expected ${FAIL_LEVELS}, got 2`, 'failOn: the lowest severity that fails the check (default: high)'],
  [{ 'fail-on-ai': true }, `${F}: fail-on-ai: expected ${FAIL_LEVELS}, got true`, 'fail-on-ai: the lowest severity that fails the check when the lines come from AI-assisted commits'],
  [{ failOnAi: 'hig' }, `${F}: failOnAi: expected ${FAIL_LEVELS}, got "hig"`, 'did you mean "high"?'],
  // clients
  [{ clients: {} }, `${F}: clients: expected an array of clients, got an object`, 'for example "clients": [{ "module": "@acme/cache", "kind": "cache" }]'],
  [{ clients: ['@acme/cache'] }, `${F}: clients[0]: expected a client object, got "@acme/cache"`, CLIENT_EXAMPLE],
  [client({ kinds: 'cache' }), `${F}: clients[0].kinds: unknown key (${CLIENT_KEYS})`, 'did you mean "kind"?'],
  [client({ url: 'redis://' }), `${F}: clients[0].url: unknown key (${CLIENT_KEYS})`, 'a client has "module", "kind", and optionally "label", "methods", "exports", "batches"'],
  [{ clients: [{ kind: 'cache' }] }, `${F}: clients[0]: missing "module" (expected the module name as imported, such as "@acme/cache")`, CLIENT_EXAMPLE],
  [{ clients: [{ module: '@acme/cache' }] }, `${F}: clients[0]: missing "kind" (expected ${KINDS})`, CLIENT_EXAMPLE],
  [client({ module: '' }), `${F}: clients[0].module: expected a non-empty module name, got ""`, 'the module name as imported, such as "@acme/cache"'],
  [client({ kind: 'other' }), `${F}: clients[0].kind: expected ${KINDS}, got "other"`, KIND_HINT],
  [client({ kind: 'netwrok' }), `${F}: clients[0].kind: expected ${KINDS}, got "netwrok"`, 'did you mean "network"?'],
  [client({ label: '' }), `${F}: clients[0].label: expected a non-empty string, got ""`, 'the short name in messages, such as "cache" (default: the last segment of the module name)'],
  [client({ methods: 'get' }), `${F}: clients[0].methods: expected a non-empty array of method names, got "get"`, METHODS_HINT],
  [client({ methods: [] }), `${F}: clients[0].methods: expected a non-empty array of method names, got an empty array`, METHODS_HINT],
  [client({ methods: ['get', ''] }), `${F}: clients[0].methods[1]: expected a non-empty method name, got ""`, METHODS_HINT],
  [client({ exports: ['default'] }), `${F}: clients[0].exports: expected an object of export roles, got an array`, EXPORTS_HINT],
  [client({ exports: { createCache: 'function' } }), `${F}: clients[0].exports.createCache: expected ${ROLES}, got "function"`, EXPORTS_HINT],
  [client({ exports: { '*': 'handles' } }), `${F}: clients[0].exports["*"]: expected ${ROLES}, got "handles"`, 'did you mean "handle"?'],
  [client({ exports: { '': 'handle' } }), `${F}: clients[0].exports[""]: expected a non-empty export name, got ""`, EXPORTS_HINT],
  [client({ batches: {} }), `${F}: clients[0].batches: expected an array of batch pairs, got an object`, 'for example "batches": [{ "batch": "getMany", "single": ["get"] }]'],
  [client({ batches: ['getMany'] }), `${F}: clients[0].batches[0]: expected a batch pair, got "getMany"`, BATCH_HINT],
  [client({ batches: [{ batch: 'getMany', single: ['get'], when: 'in-filter' }] }), `${F}: clients[0].batches[0].when: unknown key (known: batch, single)`, BATCH_HINT],
  [client({ batches: [{ single: ['get'] }] }), `${F}: clients[0].batches[0]: missing "batch" (expected the batch method name)`, BATCH_HINT],
  [client({ batches: [{ batch: 'getMany' }] }), `${F}: clients[0].batches[0]: missing "single" (expected the per-item method names)`, BATCH_HINT],
  [client({ batches: [{ batch: '', single: ['get'] }] }), `${F}: clients[0].batches[0].batch: expected a non-empty method name, got ""`, BATCH_HINT],
  [client({ batches: [{ batch: 'getMany', single: [] }] }), `${F}: clients[0].batches[0].single: expected a non-empty array of method names, got an empty array`, BATCH_HINT],
  [
    { clients: [{ module: '@acme/cache', kind: 'cache' }, { module: '@acme/cache', kind: 'db' }] },
    `${F}: clients[1].module: "@acme/cache" is already configured by clients[0]`,
    'merge the two entries into one',
  ],
  // names
  [{ names: '^ledgerClient$' }, `${F}: names: expected an array of name patterns, got "^ledgerClient$"`, 'for example "names": [{ "pattern": "^(ledger|billing)Client$", "kind": "network" }]'],
  [{ names: [null] }, `${F}: names[0]: expected a name pattern object, got null`, NAME_EXAMPLE],
  [{ names: [{ pattern: 'Client$', kind: 'network', module: 'x' }] }, `${F}: names[0].module: unknown key (known: pattern, kind, methods)`, 'a name pattern has "pattern", "kind", and optionally "methods"'],
  [{ names: [{ kind: 'network' }] }, `${F}: names[0]: missing "pattern" (expected a regular expression on variable and property names)`, NAME_EXAMPLE],
  [{ names: [{ pattern: 'Client$' }] }, `${F}: names[0]: missing "kind" (expected ${KINDS})`, NAME_EXAMPLE],
  [{ names: [{ pattern: '', kind: 'network' }] }, `${F}: names[0].pattern: expected a non-empty regular expression, got ""`, NAME_PATTERN_HINT],
  [{ names: [{ pattern: '(ledger|billing', kind: 'network' }] }, `${F}: names[0].pattern: invalid regular expression "(ledger|billing" (Unterminated group)`, NAME_PATTERN_HINT],
  [{ names: [{ pattern: '.*', kind: 'network' }] }, `${F}: names[0].pattern: ".*" matches the empty string: it would make every name a client`, NAME_PATTERN_HINT],
  [{ names: [{ pattern: 'Client$', kind: 'http' }] }, `${F}: names[0].kind: expected ${KINDS}, got "http"`, KIND_HINT],
  [{ names: [{ pattern: 'Client$', kind: 'network', methods: ['get'] }] }, `${F}: names[0].methods: expected a non-empty regular expression, got an array`, NAME_METHODS_HINT],
  [{ names: [{ pattern: 'Client$', kind: 'network', methods: '[get' }] }, `${F}: names[0].methods: invalid regular expression "[get" (Unterminated character class)`, NAME_METHODS_HINT],
  // thresholds
  [{ thresholds: [] }, `${F}: thresholds: expected an object, got an empty array`, 'for example "thresholds": { "timeoutRaiseFactor": 10, "smallLoop": 5 }'],
  [{ thresholds: { 'timeout-raise-factor': 10 } }, `${F}: thresholds.timeout-raise-factor: unknown key (known: timeoutRaiseFactor, timeoutCeilingMs, smallLoop)`, 'did you mean "timeoutRaiseFactor"?'],
  [{ thresholds: { loopSize: 3 } }, `${F}: thresholds.loopSize: unknown key (known: timeoutRaiseFactor, timeoutCeilingMs, smallLoop)`, 'thresholds are timeoutRaiseFactor, timeoutCeilingMs and smallLoop'],
  [{ thresholds: { timeoutRaiseFactor: 1 } }, `${F}: thresholds.timeoutRaiseFactor: expected a number greater than 1, got 1`, 'timeout-changed reports a timeout raised by more than this factor (default: 5)'],
  [{ thresholds: { timeoutRaiseFactor: '5' } }, `${F}: thresholds.timeoutRaiseFactor: expected a number greater than 1, got "5"`, 'timeout-changed reports a timeout raised by more than this factor (default: 5)'],
  [{ thresholds: { timeoutCeilingMs: 0 } }, `${F}: thresholds.timeoutCeilingMs: expected a number of milliseconds greater than 0, got 0`, 'timeout-changed reports a timeout raised past this many milliseconds (default: 60000)'],
  [{ thresholds: { smallLoop: 2.5 } }, `${F}: thresholds.smallLoop: expected an integer of at least 1, got 2.5`, 'io-in-loop reports a loop over a literal list of up to this many items as low severity (default: 10)'],
  [{ thresholds: { smallLoop: 0 } }, `${F}: thresholds.smallLoop: expected an integer of at least 1, got 0`, 'io-in-loop reports a loop over a literal list of up to this many items as low severity (default: 10)'],
  // origin
  [{ origin: { signal: 'trailer' } }, `${F}: origin: expected an array of origin patterns, got an object`, 'for example "origin": [{ "signal": "trailer", "pattern": "^Generated-by: acme-bot" }]'],
  [{ origin: ['^Generated-by'] }, `${F}: origin[0]: expected an origin pattern object, got "^Generated-by"`, ORIGIN_EXAMPLE],
  [{ origin: [{ signal: 'trailer', pattern: 'bot', agent: 'x' }] }, `${F}: origin[0].agent: unknown key (known: signal, pattern, label)`, 'an origin pattern has "signal", "pattern", and optionally "label"'],
  [{ origin: [{ pattern: 'bot' }] }, `${F}: origin[0]: missing "signal" (expected ${SIGNALS})`, ORIGIN_EXAMPLE],
  [{ origin: [{ signal: 'trailer' }] }, `${F}: origin[0]: missing "pattern" (expected a regular expression)`, ORIGIN_EXAMPLE],
  [{ origin: [{ signal: 'title', pattern: 'bot' }] }, `${F}: origin[0].signal: expected ${SIGNALS}, got "title"`, SIGNAL_HINT],
  [{ origin: [{ signal: 'trailers', pattern: 'bot' }] }, `${F}: origin[0].signal: expected ${SIGNALS}, got "trailers"`, 'did you mean "trailer"?'],
  [{ origin: [{ signal: 'trailer', pattern: '(?<name' }] }, `${F}: origin[0].pattern: invalid regular expression "(?<name" (Invalid capture group name)`, ORIGIN_PATTERN_HINT],
  [{ origin: [{ signal: 'message', pattern: 'generated|' }] }, `${F}: origin[0].pattern: "generated|" matches the empty string: it would mark every commit as AI-assisted`, ORIGIN_PATTERN_HINT],
  [{ origin: [{ signal: 'author', pattern: 'bot', label: 7 }] }, `${F}: origin[0].label: expected a non-empty string, got 7`, 'the name shown as the evidence, such as "acme-bot"'],
  // baseline
  [{ baseline: 3 }, `${F}: baseline: expected a non-empty path, got 3`, 'the baseline file, relative to the configuration file, such as ".opsdiff-baseline.json"'],
  [{ baseline: '' }, `${F}: baseline: expected a non-empty path, got ""`, 'the baseline file, relative to the configuration file, such as ".opsdiff-baseline.json"'],
];

describe('resolveConfig: each bad-config error', () => {
  for (const [raw, message, hint] of REJECTED) {
    it(message.length > 110 ? message.slice(0, 107) + '...' : message, () => {
      const error = errorOf(() => resolveConfig(raw, F));
      expect(error).toEqual({ message, hint });
      expect(error.message, 'one line').not.toMatch(/\n/);
      expect(error.hint, 'one line').not.toMatch(/\n/);
    });
  }

  it('keeps a "__proto__" key a plain key, reported as unknown', () => {
    const raw = parseJsonText('{ "__proto__": { "include": ["x"] } }', F, { jsonc: true }).value;
    expect(errorOf(() => resolveConfig(raw, F))).toEqual({ message: `${F}: __proto__: unknown key (${KNOWN})`, hint: SCHEMA_HINT });
  });

  it('quotes a long value', () => {
    expect(errorOf(() => resolveConfig({ 'fail-on': 'x'.repeat(100) }, F)).message).toBe(`${F}: fail-on: expected ${FAIL_LEVELS}, got "${'x'.repeat(56)}..."`);
  });
});

// ---------------------------------------------------------------------------------------------
// Invalid JSON: line:column, the same on every Node version.

const INVALID_JSON: Array<[text: string, message: string, hint: string]> = [
  ['', `${F}:1:1: invalid JSON: the file is empty`, EXAMPLE],
  ['  \n', `${F}:2:1: invalid JSON: the file is empty`, EXAMPLE],
  ['{\n  "exclude": ["a",]\n}', `${F}:2:18: invalid JSON: trailing comma before "]"`, 'remove the comma after the last item'],
  ['{"fail-on": "low",}', `${F}:1:18: invalid JSON: trailing comma before "}"`, 'remove the comma after the last member'],
  ['{\n  // the globs\n  "exclude": []\n}', `${F}:2:3: invalid JSON: comments are not allowed`, NO_COMMENTS],
  ['{ "exclude": [] /* x */ }', `${F}:1:17: invalid JSON: comments are not allowed`, NO_COMMENTS],
  ['{exclude: []}', `${F}:1:2: invalid JSON: expected a key in double quotes, got "exclude"`, 'keys are strings in double quotes: { "exclude": ["src/**"] }'],
  ["{'exclude': []}", `${F}:1:2: invalid JSON: expected a key in double quotes, got "'"`, 'keys are strings in double quotes: { "exclude": ["src/**"] }'],
  ["{\"exclude\": ['src/**']}", `${F}:1:14: invalid JSON: expected a value, got "'"`, 'strings are in double quotes: "src/**"'],
  ['{"exclude": ["a"]', `${F}:1:18: invalid JSON: expected "," or "}", got end of file`, EXAMPLE],
  ['{"exclude": ["a" "b"]}', `${F}:1:18: invalid JSON: expected "," or "]", got "\\"b\\""`, EXAMPLE],
  ['{"exclude" ["a"]}', `${F}:1:12: invalid JSON: expected ":" after the key, got "["`, EXAMPLE],
  ['{"fail-on": "low"} x', `${F}:1:20: invalid JSON: unexpected "x" after the end of the value`, 'a JSON file holds one value: remove what follows it'],
  ['{"baseline": undefined}', `${F}:1:14: invalid JSON: expected a value, got "undefined"`, EXAMPLE],
  ['{"thresholds": {"smallLoop": -}}', `${F}:1:30: invalid JSON: expected a value, got "-"`, EXAMPLE],
  ['{"exclude": ["src\\gen"]}', `${F}:1:18: invalid JSON: invalid escape "\\g" in a string`, 'a backslash is written "\\\\" in JSON (and globs use "/")'],
  ['{"baseline": "a\nb"}', `${F}:1:14: invalid JSON: unterminated string`, 'close the string with a double quote on the same line'],
  ['{"baseline": "a', `${F}:1:14: invalid JSON: unterminated string`, 'close the string with a double quote'],
  ['{"baseline": "a\tb"}', `${F}:1:16: invalid JSON: control character in a string`, 'write it as an escape such as \\t'],
  ['{"exclude": [],\n "exclude": ["b"]}', `${F}:2:2: invalid JSON: duplicate key "exclude"`, 'a key may appear once in an object: merge the two'],
  ['\uFEFF{"exclude": }', `${F}:1:13: invalid JSON: expected a value, got "}"`, EXAMPLE],
  ['{\r\n  "exclude": ,\r\n}', `${F}:2:14: invalid JSON: expected a value, got ","`, EXAMPLE],
  ['{"thresholds": {"smallLoop": 1.}}', `${F}:1:30: invalid JSON: invalid number "1."`, 'numbers are written as in JavaScript, without a trailing "." or leading zeros: 10, 2.5, 1e3'],
  ['{"label": "\\u12"}', `${F}:1:11: invalid JSON: invalid \\u escape in a string (four hexadecimal digits follow \\u)`, 'write a character as \\u followed by four hexadecimal digits, such as \\u00e9'],
  ['{"exclude": [], "fail-on": "low"} {}', `${F}:1:35: invalid JSON: unexpected "{" after the end of the value`, 'a JSON file holds one value: remove what follows it'],
  [`{"a": ${'['.repeat(100)}${']'.repeat(100)}}`, `${F}:1:70: invalid JSON: nesting too deep (over 64 levels)`, EXAMPLE],
  [`{"a": ${'['.repeat(300_000)}`, `${F}:1:1: invalid JSON: nesting too deep to parse (over 64 levels)`, EXAMPLE],
];

/** What a configuration file (JSONC, as tsconfig.json) accepts and package.json (plain JSON) refuses. */
const JSONC_ACCEPTS = new Set(INVALID_JSON.map(([text]) => text).filter((text) => /comments|trailing comma/.test(INVALID_JSON.find(([t]) => t === text)![1])));

describe('parseJsonText: invalid JSON names line:column', () => {
  for (const [text, message, hint] of INVALID_JSON) {
    it(`${JSON.stringify(text).slice(0, 40)} -> ${message.slice(F.length)}`, () => {
      expect(errorOf(() => parseJsonText(text, F, { jsonc: false }))).toEqual({ message, hint });
      if (!JSONC_ACCEPTS.has(text)) expect(errorOf(() => parseJsonText(text, F, { jsonc: true }))).toEqual({ message, hint });
    });
  }

  it('a configuration file may have comments and trailing commas (JSONC, as tsconfig.json); package.json may not', () => {
    expect([...JSONC_ACCEPTS].length).toBe(4);
    const text = '{\n  // generated clients\n  "exclude": ["gen/**",],\n  /* stricter */ "fail-on": "medium",\n}\n';
    expect(parseJsonText(text, F, { jsonc: true }).value).toEqual({ exclude: ['gen/**'], 'fail-on': 'medium' });
    expect(errorOf(() => parseJsonText(text, 'package.json', { jsonc: false }))).toEqual({ message: 'package.json:2:3: invalid JSON: comments are not allowed', hint: NO_COMMENTS });
  });

  it('parses what JSON.parse parses, to the same value', () => {
    for (const text of [
      '{"a": [1, -2.5e3, 0, 1E+2, true, false, null, "x\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9"], "b": {}, "c": []}',
      '\uFEFF { "nested": { "deep": [[], [{}]] } } \n',
      '"just a string"',
      '[]',
    ]) {
      for (const jsonc of [true, false]) expect(parseJsonText(text, F, { jsonc }).value).toEqual(JSON.parse(text.replace(/^\uFEFF/, '')));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Discovery and loading from disk.

describe('findConfig and loadConfig', () => {
  const dirs: string[] = [];
  const dir = (files: Record<string, string>): string => {
    const root = mkdtempSync(path.join(tmpdir(), 'opsdiff-config-'));
    dirs.push(root);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), content);
    }
    return root;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  const PKG = JSON.stringify({ name: 'app', version: '1.0.0', opsdiff: { 'fail-on': 'low' } });

  it('finds opsdiff.config.json', async () => {
    const root = dir({ 'opsdiff.config.json': '{ "fail-on": "medium" }', 'package.json': '{ "name": "app" }' });
    expect(await findConfig(root)).toBe(path.join(root, 'opsdiff.config.json'));
    expect(await loadConfig(undefined, root)).toEqual({ ...DEFAULTS, source: 'opsdiff.config.json', failOn: 'medium' });
  });

  it('finds .opsdiffrc.json', async () => {
    const root = dir({ '.opsdiffrc.json': '{ "exclude": ["gen/**"] }' });
    expect(await findConfig(root)).toBe(path.join(root, '.opsdiffrc.json'));
    expect(await loadConfig(undefined, root)).toEqual({ ...DEFAULTS, source: '.opsdiffrc.json', exclude: ['gen/**'] });
  });

  it('finds the "opsdiff" key of package.json', async () => {
    const root = dir({ 'package.json': PKG });
    expect(await findConfig(root)).toBe(path.join(root, 'package.json'));
    expect(await loadConfig(undefined, root)).toEqual({ ...DEFAULTS, source: 'package.json', failOn: 'low' });
  });

  it('finds nothing: defaults, without a source', async () => {
    const root = dir({ 'package.json': '{ "name": "app" }', 'src/opsdiff.config.json': '{}' });
    expect(await findConfig(root)).toBeUndefined();
    expect(await loadConfig(undefined, root)).toEqual(DEFAULTS);
  });

  it('ignores a package.json that does not parse and does not mention opsdiff', async () => {
    const root = dir({ 'package.json': '{ "name": "app", }' });
    expect(await findConfig(root)).toBeUndefined();
  });

  it('reports a package.json that mentions opsdiff and does not parse', async () => {
    const root = dir({ 'package.json': '{\n  "opsdiff": { "fail-on": "low", }\n}' });
    expect(await asyncErrorOf(() => findConfig(root))).toEqual({ message: 'package.json:2:32: invalid JSON: trailing comma before "}"', hint: 'remove the comma after the last member' });
  });

  const CONFLICT_HINT = 'keep one of them (opsdiff reads only one), or choose one with --config <file>';
  for (const [files, names] of [
    [{ 'opsdiff.config.json': '{}', '.opsdiffrc.json': '{}' }, 'opsdiff.config.json and .opsdiffrc.json'],
    [{ 'opsdiff.config.json': '{}', 'package.json': PKG }, 'opsdiff.config.json and package.json ("opsdiff" key)'],
    [{ '.opsdiffrc.json': '{}', 'package.json': PKG }, '.opsdiffrc.json and package.json ("opsdiff" key)'],
    [{ 'opsdiff.config.json': '{}', '.opsdiffrc.json': '{}', 'package.json': PKG }, 'opsdiff.config.json, .opsdiffrc.json and package.json ("opsdiff" key)'],
  ] as const) {
    it(`refuses two configurations: ${names}`, async () => {
      const root = dir(files);
      const expected = { message: `more than one configuration file: ${names}`, hint: CONFLICT_HINT };
      expect(await asyncErrorOf(() => findConfig(root))).toEqual(expected);
      expect(await asyncErrorOf(() => loadConfig(undefined, root))).toEqual(expected);
    });
  }

  it('an explicit file wins over discovery (no conflict) and is named as given', async () => {
    const root = dir({ 'opsdiff.config.json': '{}', '.opsdiffrc.json': '{}', 'ci/strict.json': '{ "fail-on": "low" }' });
    const file = path.join(root, 'ci/strict.json');
    expect(await loadConfig(file, root)).toEqual({ ...DEFAULTS, source: file, failOn: 'low' });
  });

  it('an explicit package.json reads its "opsdiff" key', async () => {
    const root = dir({ 'package.json': PKG });
    const file = path.join(root, 'package.json');
    expect(await loadConfig(file, root)).toEqual({ ...DEFAULTS, source: file, failOn: 'low' });
  });

  it('names the key path inside package.json', async () => {
    const root = dir({ 'package.json': JSON.stringify({ name: 'app', opsdiff: { rules: { 'retry-change': 'off' } } }) });
    expect(await asyncErrorOf(() => loadConfig(undefined, root))).toEqual({ message: `package.json:1:35: opsdiff.rules.retry-change: unknown rule (${RULES_KNOWN})`, hint: 'did you mean "retry-changed"?' });
  });

  it('refuses an "opsdiff" key that is not an object', async () => {
    const root = dir({ 'package.json': JSON.stringify({ name: 'app', opsdiff: [] }) });
    expect(await asyncErrorOf(() => loadConfig(undefined, root))).toEqual({ message: 'package.json:1:25: opsdiff: expected an object, got an empty array', hint: EXAMPLE });
  });

  it('refuses an explicit package.json without an "opsdiff" key', async () => {
    const root = dir({ 'package.json': '{ "name": "app" }' });
    const file = path.join(root, 'package.json');
    expect(await asyncErrorOf(() => loadConfig(file, root))).toEqual({ message: `${file}: no "opsdiff" key`, hint: 'put the configuration under "opsdiff" in package.json, or pass a separate JSON file with --config' });
  });

  it('refuses a file it cannot read', async () => {
    const root = dir({ 'configs/x.txt': '' });
    const hint = 'pass the path of a JSON file with --config (relative to the current directory)';
    const missing = path.join(root, 'missing.json');
    expect(await asyncErrorOf(() => loadConfig(missing, root))).toEqual({ message: `${missing}: cannot read the configuration file (no such file)`, hint });
    const directory = path.join(root, 'configs');
    expect(await asyncErrorOf(() => loadConfig(directory, root))).toEqual({ message: `${directory}: cannot read the configuration file (it is a directory)`, hint });
  });

  it('reports invalid JSON of a discovered file by its name in the repository', async () => {
    const root = dir({ '.opsdiffrc.json': '{\n  "exclude": ["gen/**"]\n  "fail-on": "low"\n}\n' });
    expect(await asyncErrorOf(() => loadConfig(undefined, root))).toEqual({ message: '.opsdiffrc.json:3:3: invalid JSON: expected "," or "}", got "\\"fail-on\\""', hint: EXAMPLE });
  });

  it('names the line and column of a value that is wrong, and of a key that is unknown', async () => {
    const text = '{\n  // our cache\n  "clients": [\n    { "module": "@acme/cache", "kind": "cahce" },\n  ],\n  "rules": { "io-in-loop": "medium", "retry-change": "off" }\n}\n';
    const root = dir({ 'opsdiff.config.json': text });
    expect(await asyncErrorOf(() => loadConfig(undefined, root))).toEqual({ message: `opsdiff.config.json:4:40: clients[0].kind: expected ${KINDS}, got "cahce"`, hint: 'did you mean "cache"?' });
    writeFileSync(path.join(root, 'opsdiff.config.json'), text.replace('cahce', 'cache'));
    expect(await asyncErrorOf(() => loadConfig(undefined, root))).toEqual({ message: `opsdiff.config.json:6:38: rules.retry-change: unknown rule (${RULES_KNOWN})`, hint: 'did you mean "retry-changed"?' });
    writeFileSync(path.join(root, 'opsdiff.config.json'), text.replace('cahce', 'cache').replace('"retry-change"', '"retry-changed"').replace('  ],', '    { "module": "@acme/cache", "kind": "db" }\n  ],'));
    expect(await asyncErrorOf(() => loadConfig(undefined, root))).toEqual({ message: 'opsdiff.config.json:5:17: clients[1].module: "@acme/cache" is already configured by clients[0]', hint: 'merge the two entries into one' });
    writeFileSync(path.join(root, 'opsdiff.config.json'), '{ "clients": [{ "kind": "db" }] }');
    expect(await asyncErrorOf(() => loadConfig(undefined, root))).toEqual({ message: 'opsdiff.config.json:1:15: clients[0]: missing "module" (expected the module name as imported, such as "@acme/cache")', hint: CLIENT_EXAMPLE });
  });

  it('resolves baseline against the configuration file, else uses .opsdiff-baseline.json when it exists', async () => {
    const root = dir({ 'ci/opsdiff.json': '{ "baseline": "baseline.json" }', 'opsdiff.config.json': '{}' });
    expect((await loadConfig(path.join(root, 'ci/opsdiff.json'), root)).baseline).toBe(path.join(root, 'ci/baseline.json'));
    expect((await loadConfig(undefined, root)).baseline).toBeUndefined();
    writeFileSync(path.join(root, '.opsdiff-baseline.json'), '{}');
    expect((await loadConfig(undefined, root)).baseline).toBe(path.join(root, '.opsdiff-baseline.json'));
    const bare = dir({ '.opsdiff-baseline.json': '{}' });
    expect(await loadConfig(undefined, bare)).toEqual({ ...DEFAULTS, baseline: path.join(bare, '.opsdiff-baseline.json') });
  });
});

// ---------------------------------------------------------------------------------------------
// The shipped JSON Schema agrees with the validator.

/** Rejections that take opsdiff's own keywords (x-regex, x-unique): an editor reading the schema accepts them, so the list stays honest. */
const SCHEMA_CANNOT_EXPRESS = new Set<string>([
  `${F}: names[0].pattern: ".*" matches the empty string: it would make every name a client`,
  `${F}: names[0].pattern: invalid regular expression "(ledger|billing" (Unterminated group)`,
  `${F}: names[0].methods: invalid regular expression "[get" (Unterminated character class)`,
  `${F}: origin[0].pattern: invalid regular expression "(?<name" (Invalid capture group name)`,
  `${F}: origin[0].pattern: "generated|" matches the empty string: it would mark every commit as AI-assisted`,
  `${F}: clients[1].module: "@acme/cache" is already configured by clients[0]`,
]);

describe('opsdiff.schema.json', () => {
  it('in an editor, accepts every configuration opsdiff accepts', () => {
    for (const [name, raw] of ACCEPTED) expect(validate(SCHEMA, raw), name).toEqual([]);
  });

  it('in an editor, rejects every configuration opsdiff rejects (but the checks of opsdiff\'s own keywords)', () => {
    for (const [raw, message] of REJECTED) {
      const errors = validate(SCHEMA, raw);
      if (SCHEMA_CANNOT_EXPRESS.has(message)) expect(errors, `${message}: the schema now rejects it; remove it from SCHEMA_CANNOT_EXPRESS`).toEqual([]);
      else expect(errors.length, `the schema accepts what the validator rejects: ${message}`).toBeGreaterThan(0);
    }
  });

  it('is draft-07 and lists exactly the keys the validator knows, with their aliases', () => {
    expect(SCHEMA['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    const properties = SCHEMA['properties'] as Record<string, Schema>;
    expect(Object.keys(properties).sort()).toEqual([...CONFIG_KEYS, 'failOn', 'failOnAi'].sort());
    for (const [key, property] of Object.entries(properties)) expect(typeof property['description'], `${key} needs a description`).toBe('string');
  });

  it('lists every rule id, with the settings and each rule\'s options as the rule declares them, and the committed validator is compiled from it (npm run docs:schema)', () => {
    const rules = (SCHEMA['properties'] as Record<string, Schema>)['rules']!;
    expect(Object.keys(rules['properties'] as object)).toEqual(RULES.map((rule) => rule.id));
    expect(rules, 'src/config/opsdiff.schema.json is stale: run npm run docs:schema').toEqual(rulesSchema(RULES));
    const committed = readFileSync(path.join(ROOT, 'src/config/opsdiff.schema.validator.ts'), 'utf8');
    expect(committed === validatorSource(SCHEMA), 'src/config/opsdiff.schema.validator.ts is stale: run npm run docs:schema').toBe(true);
    expect(validate(SCHEMA, { rules: { 'timeout-changed': ['low', { ceilingMs: 0 }] } }).length).toBeGreaterThan(0);
  });

  it('docs/configuration.md has a row for exactly the schema\'s keys', () => {
    const page = readFileSync(path.join(ROOT, 'docs/configuration.md'), 'utf8');
    const table = page.slice(page.indexOf('| Key |'), page.indexOf('\n\n', page.indexOf('| Key |')));
    const documented = table.split('\n').slice(2).flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
    expect(documented.sort()).toEqual(CONFIG_KEYS.filter((key) => key !== '$schema').sort());
  });

  it('is compiled strictly: a misspelt keyword or annotation fails the build', () => {
    expect(() => configAjv().compile({ type: 'string', 'x-hnt': 'a hint' })).toThrow(/unknown keyword: "x-hnt"/);
    expect(() => configAjv().compile({ type: 'string', minLenght: 1 })).toThrow(/unknown keyword: "minLenght"/);
  });

  it('names each threshold as the rule option it is, with the same default', () => {
    for (const [key, { rule, option }] of Object.entries(THRESHOLD_OPTIONS)) {
      const r = RULES.find((x) => x.id === rule)!;
      expect(r.options?.defaults[option], `${key} is ${rule}'s ${option}`).toBe(DEFAULT_THRESHOLDS[key as keyof typeof DEFAULT_THRESHOLDS]);
    }
    // What `rules` sets wins over `thresholds`.
    expect(configuredOptions({ thresholds: { ...DEFAULT_THRESHOLDS, timeoutRaiseFactor: 8 }, ruleOptions: { 'timeout-changed': { ceilingMs: 1000 } } }, 'timeout-changed')).toEqual({ raiseFactor: 8, ceilingMs: 1000 });
    expect(configuredOptions({ thresholds: { ...DEFAULT_THRESHOLDS, timeoutRaiseFactor: 8 }, ruleOptions: { 'timeout-changed': { raiseFactor: 3 } } }, 'timeout-changed')).toEqual({ raiseFactor: 3, ceilingMs: 60_000 });
  });

  it('states the defaults the loader fills in', () => {
    const properties = SCHEMA['properties'] as Record<string, Schema>;
    const thresholds = properties['thresholds']!;
    expect(thresholds['default']).toEqual(DEFAULT_THRESHOLDS);
    for (const [key, value] of Object.entries(DEFAULT_THRESHOLDS)) expect((thresholds['properties'] as Record<string, Schema>)[key]!['default']).toBe(value);
    expect(properties['fail-on']!['default']).toBe(DEFAULTS.failOn);
    for (const key of ['include', 'exclude', 'clients', 'names', 'origin'] as const) expect(properties[key]!['default'], key).toEqual(DEFAULTS[key]);
    expect(properties['rules']!['default']).toEqual(DEFAULTS.rules);
  });
});

// ---------------------------------------------------------------------------------------------
// The CLI (runs the compiled dist/: `npm run build` first, as `npm test` does).

describe('CLI: a bad configuration exits 2 with a one-line reason', () => {
  const BIN = path.join(ROOT, 'bin/opsdiff.js');
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo();
    repo.write('src/a.ts', 'export const a = 1;\n');
    repo.commit('init');
  });
  afterAll(() => repo.cleanup());

  const opsdiff = (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: repo.root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('--config bad.json', () => {
    writeFileSync(path.join(repo.root, 'bad.json'), JSON.stringify({ excludes: ['gen/**'] }));
    const r = opsdiff('--config', 'bad.json', '--base', 'HEAD');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`opsdiff: bad.json:1:2: excludes: unknown key (${KNOWN})\nhint: did you mean "exclude"?\n`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('a discovered opsdiff.config.json with invalid JSON', () => {
    writeFileSync(path.join(repo.root, 'opsdiff.config.json'), '{\n  "exclude": ["gen/**"],\n  "fail-on": low\n}\n');
    try {
      const r = opsdiff('--base', 'HEAD');
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('opsdiff: opsdiff.config.json:3:14: invalid JSON: expected a value, got "low"\nhint: the configuration is a JSON object such as { "exclude": ["**/generated/**"] }\n');
    } finally {
      rmSync(path.join(repo.root, 'opsdiff.config.json'));
    }
  });
});
