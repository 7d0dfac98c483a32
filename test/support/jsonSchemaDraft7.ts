/**
 * A small JSON Schema draft-07 validator: just the keywords src/config/opsdiff.schema.json uses,
 * so the configuration test needs no validator dependency. Like test/report/json-schema-draft4.ts,
 * it throws on a keyword it does not know (and on a `$ref` with siblings, which draft-07 ignores)
 * rather than skipping it, so a schema it cannot fully check fails the test instead of passing it.
 */
export type Schema = { [keyword: string]: unknown };

export interface SchemaError {
  path: string;
  message: string;
}

// Keywords that describe but never constrain.
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'default', 'examples', 'definitions']);

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
    const siblings = Object.keys(schema).filter((k) => k !== '$ref');
    if (siblings.length > 0) throw new Error(`json-schema-draft7: "$ref" at ${path} has siblings (${siblings.join(', ')}) that draft-07 ignores`);
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
        if (Array.isArray(argument)) throw new Error(`json-schema-draft7: tuple "items" at ${path} is not supported; extend the validator`);
        if (Array.isArray(value)) value.forEach((item, index) => check(root, argument as Schema, item, `${path}[${index}]`, errors));
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
        if (typeof argument !== 'number') throw new Error(`json-schema-draft7: "exclusiveMinimum" at ${path} must be a number in draft-07`);
        if (typeof value === 'number' && value <= argument) fail(`expected > ${argument}, got ${value}`);
        break;
      case 'pattern':
        // ECMA 262 regular expressions, as the specification says; "u" as editors apply it.
        if (typeof value === 'string' && !new RegExp(argument as string, 'u').test(value)) fail(`"${value}" does not match /${argument}/`);
        break;
      case 'format':
        if (argument !== 'regex') throw new Error(`json-schema-draft7: unsupported format "${String(argument)}"; extend the validator`);
        if (typeof value === 'string' && !compiles(value)) fail(`"${value}" is not a valid regex`);
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
        throw new Error(`json-schema-draft7: unsupported keyword "${keyword}" at ${path}; extend the validator`);
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

function validateAgainst(root: Schema, schema: Schema, value: unknown): boolean {
  const errors: SchemaError[] = [];
  check(root, schema, value, '$', errors);
  return errors.length === 0;
}

function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#')) throw new Error(`json-schema-draft7: only local $ref is supported, got "${ref}"`);
  let target: unknown = root;
  for (const segment of ref.slice(1).split('/').filter(Boolean)) {
    target = (target as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (!isObject(target)) throw new Error(`json-schema-draft7: $ref "${ref}" does not resolve`);
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}
