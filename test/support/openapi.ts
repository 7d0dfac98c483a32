/**
 * GitHub's published OpenAPI description (OpenAPI 3.0.3, from @octokit/openapi) as a route table
 * and a validator, so the GitHub stand-in can check what clients send and what it answers.
 *
 * The validator is separate from ./jsonSchema.ts because OpenAPI 3.0 schemas are not JSON Schema:
 * `nullable`, `discriminator`, `readOnly`/`writeOnly`, `example`, `x-*` and formats such as
 * `int64` or `uri-template` all appear in the GitHub description. Like ./jsonSchema.ts it throws on
 * a keyword it does not know, so a schema it cannot fully check fails loudly instead of passing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deepEqual, isObject } from './jsonSchema.js';

export type Schema = { [keyword: string]: unknown };

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
  /** `x-multi-segment`: the value may contain unencoded slashes (commit refs such as heads/main). */
  multiSegment: boolean;
}

export interface Operation {
  method: string;
  template: string;
  operationId: string;
  docsUrl: string | null;
  parameters: Parameter[];
  requestBody: { required: boolean; jsonSchema: Schema | null; contentTypes: string[] } | null;
  /** Status code -> application/json schema (null when the status has no JSON body). */
  responses: Map<string, Schema | null>;
}

export interface RouteMatch {
  operation: Operation;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
  /** Path parameters that do not fit their schema (e.g. a non-integer issue_number). */
  violations: string[];
}

interface CompiledRoute {
  operation: Operation;
  pattern: RegExp;
  names: string[];
  /** One letter per segment, literal 'L' > parameter 'P' > multi-segment 'M', to rank overlapping templates. */
  rank: string;
}

// Describe, never constrain. `format` is an annotation in OpenAPI 3.0 (int64, uri-template, repo.nwo ...);
// `discriminator` only selects among oneOf branches that are validated anyway.
const ANNOTATIONS = new Set([
  'description',
  'title',
  'example',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'format',
  'discriminator',
  'externalDocs',
  'xml',
  'nullable',
]);

const SPEC_MODULE = '@octokit/openapi/generated/api.github.com.json';

let cached: OpenApi | undefined;

/** The parsed description and compiled route table, built on first use and kept for the process. */
export function openApi(): OpenApi {
  cached ??= new OpenApi(createRequire(import.meta.url).resolve(SPEC_MODULE));
  return cached;
}

export class OpenApi {
  readonly spec: Schema;
  readonly operations: Operation[] = [];
  /** Milliseconds spent reading + parsing the file, and compiling the routes. */
  readonly timings: { readMs: number; parseMs: number; compileMs: number };
  private readonly routes: Map<string, CompiledRoute[]> = new Map();
  private readonly refs = new Map<string, Schema>();

  constructor(file: string) {
    const t0 = performance.now();
    const text = readFileSync(file, 'utf8');
    const t1 = performance.now();
    this.spec = JSON.parse(text) as Schema;
    const t2 = performance.now();
    this.compile();
    this.timings = { readMs: t1 - t0, parseMs: t2 - t1, compileMs: performance.now() - t2 };
  }

  /** The best operation for a method and raw (still percent-encoded) pathname, or null when none matches. */
  match(method: string, pathname: string): RouteMatch | null {
    const candidates = this.routes.get(method.toLowerCase()) ?? [];
    let fallback: RouteMatch | null = null;
    for (const route of candidates) {
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      const params: Record<string, string> = {};
      let decodable = true;
      route.names.forEach((name, index) => {
        const raw = found[index + 1] ?? '';
        try {
          params[name] = decodeURIComponent(raw);
        } catch {
          decodable = false;
          params[name] = raw;
        }
      });
      const violations = decodable ? [] : [`path ${pathname} has a malformed percent-encoding`];
      for (const parameter of route.operation.parameters) {
        if (parameter.in !== 'path') continue;
        const value = params[parameter.name];
        if (value === undefined) {
          violations.push(`path parameter "${parameter.name}" is declared but not in the template`);
          continue;
        }
        const problems = this.checkParameterValue(parameter.schema, [value]);
        if (problems.length > 0) violations.push(`path parameter ${parameter.name}=${JSON.stringify(value)}: ${problems.join('; ')}`);
      }
      const match = { operation: route.operation, params, violations };
      // Routes are sorted most-specific first; one whose parameters fit wins over one that merely matches.
      if (violations.length === 0) return match;
      fallback ??= match;
    }
    return fallback;
  }

  /** Request-side checks: query parameters and the JSON body. `body` is undefined when none was sent. */
  checkRequest(operation: Operation, query: URLSearchParams, body: unknown, contentType: string | undefined): string[] {
    const violations: string[] = [];
    const declared = new Map(operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
    const values = new Map<string, string[]>();
    for (const [rawName, value] of query) {
      const name = rawName.endsWith('[]') ? rawName.slice(0, -2) : rawName;
      values.set(name, [...(values.get(name) ?? []), value]);
    }
    for (const [name, raw] of values) {
      const parameter = declared.get(name);
      if (!parameter) {
        violations.push(`query parameter "${name}" is not declared for ${operation.operationId}`);
        continue;
      }
      const problems = this.checkParameterValue(parameter.schema, raw);
      if (problems.length > 0) violations.push(`query parameter ${name}=${JSON.stringify(raw.join(','))}: ${problems.join('; ')}`);
    }
    for (const parameter of declared.values()) {
      if (parameter.required && !values.has(parameter.name)) violations.push(`required query parameter "${parameter.name}" is missing`);
    }

    const requestBody = operation.requestBody;
    if (body === undefined) {
      if (requestBody?.required) violations.push(`${operation.operationId} requires a request body`);
      return violations;
    }
    if (!requestBody) {
      violations.push(`${operation.operationId} takes no request body`);
      return violations;
    }
    if (!requestBody.jsonSchema) {
      violations.push(`${operation.operationId} does not take application/json (it takes ${requestBody.contentTypes.join(', ')})`);
      return violations;
    }
    if (!contentType || !/^application\/json\b/i.test(contentType)) violations.push(`JSON body sent with content-type ${JSON.stringify(contentType ?? null)}`);
    for (const error of this.validate(requestBody.jsonSchema, body, '$body')) violations.push(error);
    return violations;
  }

  /** Response-side checks: a body the stand-in sends must fit the schema declared for that status. */
  checkResponse(operation: Operation, status: number, body: unknown): string[] {
    const key = String(status);
    if (!operation.responses.has(key)) return [`${operation.operationId} does not declare a ${status} response (declares ${[...operation.responses.keys()].join(', ')})`];
    const schema = operation.responses.get(key) ?? null;
    if (schema === null) return body === undefined ? [] : [`${operation.operationId} ${status} declares no JSON body, but one was sent`];
    if (body === undefined) return [`${operation.operationId} ${status} declares a JSON body, but none was sent`];
    return this.validate(schema, body, '$response');
  }

  /** Validate a value against an OpenAPI 3.0 schema; returns messages ("<path>: <problem>"), empty when valid. */
  validate(schema: Schema, value: unknown, at = '$'): string[] {
    const errors: string[] = [];
    this.check(schema, value, at, errors);
    return errors;
  }

  resolve(ref: string): Schema {
    const hit = this.refs.get(ref);
    if (hit) return hit;
    if (!ref.startsWith('#/')) throw new Error(`openapi: only local $ref is supported, got "${ref}"`);
    let target: unknown = this.spec;
    for (const segment of ref.slice(2).split('/')) {
      target = isObject(target) ? target[segment.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    }
    if (!isObject(target)) throw new Error(`openapi: $ref "${ref}" does not resolve`);
    this.refs.set(ref, target);
    return target;
  }

  private deref(node: unknown): Schema {
    let current = node as Schema;
    while (typeof current['$ref'] === 'string') current = this.resolve(current['$ref']);
    return current;
  }

  private compile(): void {
    const paths = this.spec['paths'] as Record<string, Record<string, Schema>>;
    for (const [template, item] of Object.entries(paths)) {
      for (const [method, rawOperation] of Object.entries(item)) {
        // Path-item level `parameters`/`summary` do not occur in GitHub's description; refuse them rather than miss them.
        if (!['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(method)) throw new Error(`openapi: unexpected path item key "${method}" in ${template}`);
        const operation = this.compileOperation(method, template, rawOperation);
        this.operations.push(operation);
        const names: string[] = [];
        let rank = '';
        const multi = new Set(operation.parameters.filter((p) => p.in === 'path' && p.multiSegment).map((p) => p.name));
        const source = template
          .split('/')
          .map((segment) => {
            const whole = /^\{([^}]+)\}$/.exec(segment);
            if (whole) {
              names.push(whole[1]!);
              const many = multi.has(whole[1]!);
              rank += many ? 'M' : 'P';
              return many ? '(.+?)' : '([^/]+)';
            }
            if (!segment.includes('{')) {
              rank += 'L';
              return escapeRegExp(segment);
            }
            // A parameter inside a segment, e.g. compare/{base}...{head}.
            rank += 'P';
            return segment
              .split(/(\{[^}]+\})/)
              .map((part) => {
                const inner = /^\{([^}]+)\}$/.exec(part);
                if (!inner) return escapeRegExp(part);
                names.push(inner[1]!);
                return '([^/]+?)';
              })
              .join('');
          })
          .join('/');
        const list = this.routes.get(method) ?? [];
        list.push({ operation, pattern: new RegExp(`^${source}/?$`), names, rank });
        this.routes.set(method, list);
      }
    }
    // Most literal segments first (a greedy multi-segment {ref} must not swallow .../{ref}/statuses), then
    // literal before parameter, segment by segment.
    const literals = (rank: string): number => rank.split('L').length - 1;
    const order = (rank: string): string => rank.replace(/L/g, '0').replace(/P/g, '1').replace(/M/g, '2');
    for (const list of this.routes.values()) {
      list.sort((a, b) => literals(b.rank) - literals(a.rank) || (order(a.rank) < order(b.rank) ? -1 : order(a.rank) > order(b.rank) ? 1 : 0));
    }
  }

  private compileOperation(method: string, template: string, raw: Schema): Operation {
    const parameters = ((raw['parameters'] as unknown[] | undefined) ?? []).map((node) => {
      const p = this.deref(node);
      if (p['content']) throw new Error(`openapi: parameter ${String(p['name'])} of ${template} uses "content"; not supported`);
      return {
        name: p['name'] as string,
        in: p['in'] as Parameter['in'],
        required: p['required'] === true,
        schema: (p['schema'] as Schema | undefined) ?? {},
        multiSegment: p['x-multi-segment'] === true,
      };
    });
    let requestBody: Operation['requestBody'] = null;
    if (raw['requestBody']) {
      const body = this.deref(raw['requestBody']);
      const content = (body['content'] as Record<string, Schema> | undefined) ?? {};
      requestBody = {
        required: body['required'] === true,
        jsonSchema: (content['application/json']?.['schema'] as Schema | undefined) ?? null,
        contentTypes: Object.keys(content),
      };
    }
    const responses = new Map<string, Schema | null>();
    for (const [status, node] of Object.entries((raw['responses'] as Record<string, unknown> | undefined) ?? {})) {
      const response = this.deref(node);
      const content = response['content'] as Record<string, Schema> | undefined;
      responses.set(status, (content?.['application/json']?.['schema'] as Schema | undefined) ?? null);
    }
    const docs = raw['externalDocs'] as { url?: string } | undefined;
    return { method: method.toUpperCase(), template, operationId: raw['operationId'] as string, docsUrl: docs?.url ?? null, parameters, requestBody, responses };
  }

  /**
   * Query and path values arrive as strings; a value fits when one reading of it does: the string itself,
   * a number, a boolean, or (for arrays) the repeated values or a comma-separated list.
   */
  private checkParameterValue(schema: Schema, raw: string[]): string[] {
    const readings: unknown[] = [];
    const scalar = (text: string): unknown[] => {
      const out: unknown[] = [text];
      if (/^-?\d+(\.\d+)?$/.test(text)) out.push(Number(text));
      if (text === 'true' || text === 'false') out.push(text === 'true');
      return out;
    };
    if (raw.length === 1) {
      readings.push(...scalar(raw[0]!));
      readings.push(raw[0]!.split(','), raw[0]!.split(',').map((t) => (/^-?\d+$/.test(t) ? Number(t) : t)));
    } else {
      readings.push(raw, raw.map((t) => (/^-?\d+$/.test(t) ? Number(t) : t)));
    }
    let first: string[] | null = null;
    for (const reading of readings) {
      const errors = this.validate(schema, reading, '$');
      if (errors.length === 0) return [];
      first ??= errors;
    }
    return first ?? [];
  }

  private check(schema: Schema, value: unknown, at: string, errors: string[]): void {
    if (typeof schema['$ref'] === 'string') {
      // OpenAPI 3.0 ignores $ref siblings; GitHub's description has none, so any that appear are a gap to look at.
      const siblings = Object.keys(schema).filter((k) => k !== '$ref' && !ANNOTATIONS.has(k) && !k.startsWith('x-'));
      if (siblings.length > 0) throw new Error(`openapi: "$ref" at ${at} has siblings (${siblings.join(', ')})`);
      this.check(this.resolve(schema['$ref']), value, at, errors);
      return;
    }
    // GitHub uses `nullable: true` on schemas without `type` (allOf/oneOf wrappers) and with enums that omit
    // null; read literally, OpenAPI 3.0.3 would reject null there, but GitHub clearly sends null. Null passes.
    if (value === null && schema['nullable'] === true) return;
    const fail = (message: string): void => {
      errors.push(`${at}: ${message}`);
    };

    for (const [keyword, argument] of Object.entries(schema)) {
      if (ANNOTATIONS.has(keyword) || keyword.startsWith('x-')) continue;
      switch (keyword) {
        case 'type':
          if (!hasType(value, argument as string)) fail(`expected ${argument as string}, got ${describe(value)}`);
          break;
        case 'enum':
          if (!(argument as unknown[]).some((option) => deepEqual(option, value))) fail(`expected one of ${JSON.stringify(argument)}, got ${JSON.stringify(value)}`);
          break;
        case 'properties':
          if (isObject(value)) {
            for (const [name, propertySchema] of Object.entries(argument as Record<string, Schema>)) {
              if (Object.hasOwn(value, name)) this.check(propertySchema, value[name], `${at}.${name}`, errors);
            }
          }
          break;
        case 'additionalProperties':
          if (isObject(value)) {
            const declared = new Set(Object.keys((schema['properties'] as Record<string, Schema> | undefined) ?? {}));
            for (const [name, propertyValue] of Object.entries(value)) {
              if (declared.has(name)) continue;
              if (argument === false) fail(`property "${name}" is not allowed`);
              else if (isObject(argument)) this.check(argument, propertyValue, `${at}.${name}`, errors);
            }
          }
          break;
        case 'required':
          if (isObject(value)) for (const name of argument as string[]) if (!Object.hasOwn(value, name)) fail(`missing required property "${name}"`);
          break;
        case 'items':
          if (Array.isArray(value)) value.forEach((item, index) => this.check(argument as Schema, item, `${at}[${index}]`, errors));
          break;
        case 'minItems':
          if (Array.isArray(value) && value.length < (argument as number)) fail(`expected at least ${argument as number} items, got ${value.length}`);
          break;
        case 'maxItems':
          if (Array.isArray(value) && value.length > (argument as number)) fail(`expected at most ${argument as number} items, got ${value.length}`);
          break;
        case 'uniqueItems':
          if (argument === true && Array.isArray(value)) {
            const duplicate = value.findIndex((item, index) => value.slice(0, index).some((other) => deepEqual(other, item)));
            if (duplicate >= 0) fail(`item ${duplicate} repeats an earlier item`);
          }
          break;
        case 'maxProperties':
          if (isObject(value) && Object.keys(value).length > (argument as number)) fail(`expected at most ${argument as number} properties`);
          break;
        case 'minLength':
          if (typeof value === 'string' && [...value].length < (argument as number)) fail(`expected at least ${argument as number} characters`);
          break;
        case 'maxLength':
          if (typeof value === 'string' && [...value].length > (argument as number)) fail(`expected at most ${argument as number} characters, got ${[...value].length}`);
          break;
        case 'minimum':
          if (typeof value === 'number' && value < (argument as number)) fail(`expected >= ${argument as number}, got ${value}`);
          break;
        case 'maximum':
          if (typeof value === 'number' && value > (argument as number)) fail(`expected <= ${argument as number}, got ${value}`);
          break;
        case 'pattern':
          if (typeof value === 'string' && !new RegExp(argument as string, 'u').test(value)) fail(`${JSON.stringify(value)} does not match /${argument as string}/`);
          break;
        case 'not':
          if (this.validate(argument as Schema, value).length === 0) fail('matches the "not" schema');
          break;
        case 'allOf':
          for (const option of argument as Schema[]) this.check(option, value, at, errors);
          break;
        case 'anyOf':
        case 'oneOf': {
          const outcomes = (argument as Schema[]).map((option) => this.validate(option, value, at));
          const passing = outcomes.filter((o) => o.length === 0).length;
          if (passing === 0) fail(`matches none of the ${keyword} branches (${outcomes.map((o, i) => `#${i}: ${o[0] ?? ''}`).join(' | ')})`);
          if (keyword === 'oneOf' && passing > 1) fail(`matches ${passing} oneOf branches, expected exactly one`);
          break;
        }
        default:
          throw new Error(`openapi: unsupported schema keyword "${keyword}" at ${at}; extend test/support/openapi.ts`);
      }
    }
  }
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'string':
    case 'boolean':
      return typeof value === type;
    default:
      throw new Error(`openapi: unknown type "${type}"`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
