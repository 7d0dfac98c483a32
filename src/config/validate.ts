/**
 * Validation of a configuration by its shipped JSON Schema (opsdiff.schema.json): the file editors
 * complete from is the one opsdiff checks against, so the two cannot disagree. The schema is
 * compiled by ajv at build time into opsdiff.schema.validator.ts (src/config/ajv.ts), which is
 * what runs here.
 *
 * The schema carries the words of the messages, as `x-` annotations beside the keywords they
 * explain (editors ignore them): `x-expected` (what a value should be, "an array of glob
 * strings"), `x-hint` (how to fix it), `x-key` (what an object's keys are, "rule"),
 * `x-unknown-hint`, `x-missing` and `x-alias-of`. Three checks JSON Schema cannot express are
 * keywords of our own (src/config/checks.ts): `x-glob`, `x-regex` and `x-unique`.
 *
 * Of all the errors found, one is reported: the first in document order, in the branch of an
 * `anyOf` whose type the value has, as one line naming the JSON path, what is expected and what is
 * there, with a did-you-mean where a near spelling exists.
 */
import type { ErrorObject } from 'ajv';
import { closest } from '../suggest.js';
import { isObject, listing, show } from './words.js';
import type { CheckFinding } from './checks.js';
import schema from './opsdiff.schema.json' with { type: 'json' };
import { validate as validateBySchema } from './opsdiff.schema.validator.js';

type Schema = Record<string, unknown>;
type Path = ReadonlyArray<string | number>;

/** One problem: where (a path into the value; `key` when it is about the key there, not its value), what, and how to fix it. */
export interface ConfigProblem {
  path: Path;
  key: boolean;
  problem: string;
  hint: string;
}

/** The first problem of a configuration, or undefined when it is valid; `prefix` is its path in the document (["opsdiff"] in package.json). */
export function checkConfig(value: unknown, prefix: Path = []): ConfigProblem | undefined {
  const check = validateBySchema as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
  return check(value) ? undefined : describe(pick(check.errors ?? [], value), value, prefix);
}

// ---------------------------------------------------------------------------------------------
// Choosing the error to report

/** Where an error is, as a path: the value it is about, the unknown key, the later of two conflicting keys. */
function locationOf(error: ErrorObject, value: unknown): { path: Path; key: boolean } {
  const base = pointerPath(error.instancePath, value);
  if (error.keyword === 'additionalProperties') return { path: [...base, String(error.params['additionalProperty'])], key: true };
  if (error.propertyName !== undefined) return { path: [...base, error.propertyName], key: true };
  if (error.keyword === 'x-unique') return { path: [...base, ...(found(error).at ?? [])], key: false };
  if (error.keyword === 'not') {
    const pair = conflictingPair(error);
    if (pair) return { path: [...base, later(valueAt(base, value), pair)[0]], key: true };
  }
  return { path: base, key: false };
}

function pick(errors: ErrorObject[], value: unknown): ErrorObject {
  let kept = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'propertyNames');
  // Of an anyOf, the branch whose type the value has (else the first) is the one whose errors speak.
  for (const union of errors.filter((e) => e.keyword === 'anyOf')) {
    const branches = union.schema as Schema[];
    const chosen = Math.max(0, branches.findIndex((branch) => hasType(branch, union.data)));
    const prefix = `${union.schemaPath}/`;
    kept = kept.filter((e) => !e.schemaPath.startsWith(prefix) || e.schemaPath.startsWith(`${prefix}${chosen}/`));
  }
  const ranked = kept.map((error, index) => ({ error, index, order: documentOrder(locationOf(error, value).path, value), own: error.keyword.startsWith('x-') ? 0 : 1 }));
  ranked.sort((a, b) => compareOrder(a.order, b.order) || a.own - b.own || a.index - b.index);
  return (ranked[0] ?? { error: errors[0]! }).error;
}

/** A path's place in the document: the index of each step among its container's keys. */
function documentOrder(path: Path, value: unknown): number[] {
  const order: number[] = [];
  let at: unknown = value;
  for (const step of path) {
    if (Array.isArray(at)) order.push(Number(step));
    else if (isObject(at)) order.push(Object.keys(at).indexOf(String(step)));
    else break;
    at = (at as Record<string | number, unknown>)[step];
  }
  return order;
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

// ---------------------------------------------------------------------------------------------
// Saying it

function describe(error: ErrorObject, value: unknown, prefix: Path): ConfigProblem {
  const { path: inner, key } = locationOf(error, value);
  const path = [...prefix, ...inner];
  const parent = (error.parentSchema ?? {}) as Schema;
  const params = error.params;
  const said = (problem: string, hint: string): ConfigProblem => ({ path, key, problem, hint });
  switch (error.keyword) {
    case 'required': {
      const name = String(params['missingProperty']);
      const property = (parent['properties'] as Record<string, Schema>)[name] ?? {};
      return said(`missing "${name}" (expected ${String(property['x-missing'] ?? expectation(property))})`, hintOf(parent));
    }
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      const properties = (parent['properties'] ?? {}) as Record<string, Schema>;
      const known = Object.keys(properties).filter((k) => properties[k]!['x-alias-of'] === undefined);
      const near = closest(name, known, (k) => [k, ...Object.keys(properties).filter((alias) => properties[alias]!['x-alias-of'] === k)]);
      return said(`unknown ${String(parent['x-key'] ?? 'key')} (known: ${known.join(', ')})`, near ? `did you mean "${near}"?` : String(parent['x-unknown-hint'] ?? hintOf(parent)));
    }
    case 'not': {
      const pair = conflictingPair(error);
      if (pair) {
        const object = valueAt(pointerPath(error.instancePath, value), value);
        const [second, first] = later(object, pair);
        const owner = schemaAt(error.schemaPath.replace(/\/dependencies\/[^/]+\/not$/, ''));
        const properties = (owner['properties'] ?? {}) as Record<string, Schema>;
        const alias = properties[second]?.['x-alias-of'] === first || properties[first]?.['x-alias-of'] === second;
        return said(alias ? `same setting as "${first}"; expected only one of them` : `cannot be given together with "${first}"`, `remove "${second}" or "${first}"`);
      }
      break;
    }
    case 'x-glob':
    case 'x-regex':
      return said(found(error).problem ?? 'invalid', found(error).hint ?? hintOf(parent));
    case 'x-unique':
      return said(`${show(found(error).value)} is already configured by ${render([...path.slice(0, -2), found(error).earlier ?? 0])}`, 'merge the two entries into one');
    case 'enum': {
      const near = typeof error.data === 'string' ? closest(error.data, parent['enum'] as string[]) : undefined;
      return said(`expected ${expectation(parent)}, got ${show(error.data)}`, near ? `did you mean "${near}"?` : hintOf(parent));
    }
  }
  if (error.propertyName !== undefined) return said(`expected ${expectation(parent)}, got ${show(error.propertyName)}`, hintOf(parent));
  return said(`expected ${expectation(parent)}, got ${show(error.data)}`, hintOf(parent));
}

function found(error: ErrorObject): CheckFinding {
  return (error.params['found'] ?? {}) as CheckFinding;
}

/** What a schema node accepts, in words: its `x-expected`, else from its enum, type and bounds. */
function expectation(node: Schema): string {
  if (typeof node['x-expected'] === 'string') return node['x-expected'];
  if (Array.isArray(node['enum'])) return listing(node['enum'].map((option) => JSON.stringify(option)), 'or');
  const type = node['type'];
  if (type === 'integer' || type === 'number') {
    const noun = type === 'integer' ? 'an integer' : 'a number';
    if (typeof node['exclusiveMinimum'] === 'number') return `${noun} greater than ${node['exclusiveMinimum']}`;
    if (typeof node['minimum'] === 'number') return `${noun} of at least ${node['minimum']}`;
    return noun;
  }
  if (type === 'string') return node['minLength'] ? 'a non-empty string' : 'a string';
  if (type === 'array') return 'an array';
  if (type === 'object') return 'an object';
  return 'a valid value';
}

function hintOf(node: Schema): string {
  if (typeof node['x-hint'] === 'string') return node['x-hint'];
  const description = typeof node['description'] === 'string' ? node['description'].replace(/\.$/, '') : 'see docs/configuration.md';
  return node['default'] === undefined ? description : `${description} (default: ${JSON.stringify(node['default'])})`;
}

/** A dependencies/<a>/not/required/[b] error: the two keys that cannot be given together. */
function conflictingPair(error: ErrorObject): [string, string] | undefined {
  const match = /\/dependencies\/([^/]+)\/not$/.exec(error.schemaPath);
  const other = ((error.schema ?? {}) as Schema)['required'];
  if (!match || !Array.isArray(other) || typeof other[0] !== 'string') return undefined;
  return [unescapePointer(match[1]!), other[0]];
}

/** The two keys, the one written later first. */
function later(object: unknown, [a, b]: [string, string]): [string, string] {
  const keys = isObject(object) ? Object.keys(object) : [];
  return keys.indexOf(a) > keys.indexOf(b) ? [a, b] : [b, a];
}

function hasType(branch: Schema, data: unknown): boolean {
  const types = ([] as unknown[]).concat(branch['type'] ?? []);
  const actual = data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data;
  return types.some((type) => type === actual || (type === 'integer' && Number.isInteger(data)) || (type === 'number' && actual === 'number'));
}

function pointerPath(pointer: string, value: unknown): Path {
  if (pointer === '') return [];
  const path: Array<string | number> = [];
  let at: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const step = unescapePointer(raw);
    const key = Array.isArray(at) ? Number(step) : step;
    path.push(key);
    at = isObject(at) || Array.isArray(at) ? (at as Record<string | number, unknown>)[key] : undefined;
  }
  return path;
}

function valueAt(path: Path, value: unknown): unknown {
  let at = value;
  for (const step of path) at = isObject(at) || Array.isArray(at) ? (at as Record<string | number, unknown>)[step] : undefined;
  return at;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** A path as the messages write it: `clients[0].module`, `rules.io-in-loop`, `exports["@acme/x"]`. */
export function render(path: Path): string {
  let at = '';
  for (const step of path) at = typeof step === 'number' ? `${at}[${step}]` : join(at, step);
  return at;
}

/** The schema node at an ajv schemaPath (`#/properties/clients/items`), following local $refs. */
function schemaAt(schemaPath: string): Schema {
  let node: Schema = schema as Schema;
  for (const raw of schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    while (typeof node['$ref'] === 'string') node = schemaAt(node['$ref']);
    node = ((node as Record<string, unknown>)[unescapePointer(raw)] ?? {}) as Schema;
  }
  return node;
}

function join(at: string, key: string): string {
  const plain = /^[$\w-]+$/.test(key);
  if (!at) return plain ? key : JSON.stringify(key);
  return plain ? `${at}.${key}` : `${at}[${JSON.stringify(key)}]`;
}
