/**
 * A small JSON Schema validator for the keywords two schemas use: SARIF 2.1.0 (draft-04) and
 * src/config/opsdiff.schema.json (draft-07), so neither test needs a validator dependency. It
 * throws on a keyword it does not know (and on a `$ref` with constraining siblings, which both
 * drafts ignore) rather than skipping it, so a schema it cannot fully check fails the test.
 */
export type Schema = { [keyword: string]: unknown };

export interface SchemaError {
  path: string;
  message: string;
}

// Keywords that describe but never constrain.
const ANNOTATIONS = new Set(['$schema', '$id', 'id', '$comment', 'title', 'description', 'default', 'examples', 'definitions']);

export function validate(root: Schema, value: unknown): SchemaError[] {
  const errors: SchemaError[] = [];
  check(root, root, value, '$', errors);
  return errors;
}

function check(root: Schema, schema: Schema, value: unknown, path: string, errors: SchemaError[]): void {
  const fail = (message: string): void => {
    errors.push({ path, message });
  };
  if (Object.hasOwn(schema, '$ref')) {
    const siblings = Object.keys(schema).filter((k) => k !== '$ref' && !ANNOTATIONS.has(k));
    if (siblings.length > 0) throw new Error(`json-schema: "$ref" at ${path} has siblings (${siblings.join(', ')}) that JSON Schema ignores`);
  }

  for (const [keyword, argument] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case '$ref':
        check(root, resolve(root, argument as string), value, path, errors);
        break;
      case 'type': {
        const types = Array.isArray(argument) ? (argument as string[]) : [argument as string];
        if (!types.some((type) => hasType(value, type))) fail(`expected ${types.join(' or ')}, got ${typeOf(value)}`);
        break;
      }
      case 'enum':
        if (!(argument as unknown[]).some((option) => deepEqual(option, value))) fail(`expected one of ${JSON.stringify(argument)}, got ${JSON.stringify(value)}`);
        break;
      case 'properties':
        if (isObject(value)) {
          for (const [name, propertySchema] of Object.entries(argument as Record<string, Schema>)) {
            if (Object.hasOwn(value, name)) check(root, propertySchema, value[name], `${path}.${name}`, errors);
          }
        }
        break;
      case 'additionalProperties':
        if (isObject(value)) {
          const declared = new Set(Object.keys((schema['properties'] as Record<string, Schema> | undefined) ?? {}));
          for (const [name, propertyValue] of Object.entries(value)) {
            if (declared.has(name)) continue;
            if (argument === false) fail(`unexpected property "${name}"`);
            else if (isObject(argument)) check(root, argument, propertyValue, `${path}.${name}`, errors);
          }
        }
        break;
      case 'propertyNames':
        if (isObject(value)) for (const name of Object.keys(value)) check(root, argument as Schema, name, `${path}[${JSON.stringify(name)}]`, errors);
        break;
      case 'required':
        if (isObject(value)) for (const name of argument as string[]) if (!Object.hasOwn(value, name)) fail(`missing required property "${name}"`);
        break;
      case 'dependencies':
        if (isObject(value)) {
          for (const [name, dependency] of Object.entries(argument as Record<string, unknown>)) {
            if (!Object.hasOwn(value, name)) continue;
            if (Array.isArray(dependency)) {
              for (const other of dependency as string[]) if (!Object.hasOwn(value, other)) fail(`"${name}" requires "${other}"`);
            } else check(root, dependency as Schema, value, path, errors);
          }
        }
        break;
      case 'items':
        // A tuple: each position its own schema; what follows is `additionalItems`.
        if (Array.isArray(argument) && Array.isArray(value)) value.forEach((item, index) => index < argument.length && check(root, argument[index] as Schema, item, `${path}[${index}]`, errors));
        else if (Array.isArray(value)) value.forEach((item, index) => check(root, argument as Schema, item, `${path}[${index}]`, errors));
        break;
      case 'additionalItems':
        if (!Array.isArray(schema['items'])) throw new Error(`json-schema: "additionalItems" at ${path} without tuple "items" is ignored by JSON Schema`);
        if (Array.isArray(value) && argument === false && value.length > (schema['items'] as unknown[]).length) fail(`expected at most ${(schema['items'] as unknown[]).length} items`);
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (argument as number)) fail(`expected at most ${argument} items`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (argument as number)) fail(`expected at least ${argument} items`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (argument as number)) fail(`expected at least ${argument} characters`);
        break;
      case 'maxLength':
        if (typeof value === 'string' && [...value].length > (argument as number)) fail(`expected at most ${argument} characters`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (argument as number)) fail(`expected >= ${argument}, got ${value}`);
        break;
      case 'exclusiveMinimum':
        if (typeof argument !== 'number') throw new Error(`json-schema: "exclusiveMinimum" at ${path} must be a number in draft-07`);
        if (typeof value === 'number' && value <= argument) fail(`expected > ${argument}, got ${value}`);
        break;
      case 'pattern':
        // ECMA 262 regular expressions, as the specification says; "u" as editors apply it.
        if (typeof value === 'string' && !patternOf(argument as string).test(value)) fail(`"${value}" does not match /${argument}/`);
        break;
      case 'format':
        if (typeof value === 'string' && !matchesFormat(argument as string, value)) fail(`"${value}" is not a valid ${argument}`);
        break;
      case 'uniqueItems':
        if (argument === true && Array.isArray(value)) {
          const duplicate = value.findIndex((item, index) => value.slice(0, index).some((other) => deepEqual(other, item)));
          if (duplicate >= 0) fail(`item ${duplicate} repeats an earlier item`);
        }
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (argument as number)) fail(`expected <= ${argument}, got ${value}`);
        break;
      case 'not':
        if (validateAgainst(root, argument as Schema, value)) fail('matches the "not" schema');
        break;
      case 'allOf':
        for (const option of argument as Schema[]) check(root, option, value, path, errors);
        break;
      case 'anyOf':
      case 'oneOf': {
        const passing = (argument as Schema[]).filter((option) => validateAgainst(root, option, value)).length;
        if (passing === 0) fail(`matches none of the ${keyword} schemas`);
        if (keyword === 'oneOf' && passing > 1) fail(`matches ${passing} of the oneOf schemas, expected exactly one`);
        break;
      }
      default:
        throw new Error(`json-schema: unsupported keyword "${keyword}" at ${path}; extend the validator`);
    }
  }
}

function compiles(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** ECMA 262 with "u", as editors apply it; a draft-04 pattern that only compiles without it keeps its old meaning. */
function patternOf(source: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch {
    return new RegExp(source);
  }
}

// RFC 3986 characters; a '%' must start a percent-encoding.
const URI_CHARACTERS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const URI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

function matchesFormat(format: string, value: string): boolean {
  switch (format) {
    case 'regex':
      return compiles(value);
    case 'uri':
      return URI_SCHEME.test(value) && URI_CHARACTERS.test(value);
    case 'uri-reference':
      return URI_CHARACTERS.test(value);
    case 'date-time':
      return DATE_TIME.test(value);
    default:
      throw new Error(`json-schema: unsupported format "${format}"; extend the validator`);
  }
}

function validateAgainst(root: Schema, schema: Schema, value: unknown): boolean {
  const errors: SchemaError[] = [];
  check(root, schema, value, '$', errors);
  return errors.length === 0;
}

function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#')) throw new Error(`json-schema: only local $ref is supported, got "${ref}"`);
  let target: unknown = root;
  for (const segment of ref.slice(1).split('/').filter(Boolean)) {
    target = (target as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (!isObject(target)) throw new Error(`json-schema: $ref "${ref}" does not resolve`);
  return target;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return typeof value === type;
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}
