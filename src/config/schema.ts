/**
 * The `rules` part of the configuration's JSON Schema (src/config/opsdiff.schema.json), from the
 * rules' own metadata: each rule's severity setting and, typescript-eslint style, its options with
 * their schema and defaults. `npm run docs:schema` writes it into the shipped schema; a test
 * fails when the file is stale.
 */
import type { Rule } from '../rule.js';

const SETTINGS = ['off', 'high', 'medium', 'low'];
const SETTING_TEXT = '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule.';

export function rulesSchema(rules: readonly Rule[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of rules) {
    const setting = { type: 'string', enum: SETTINGS };
    const names = Object.keys(rule.options?.schema ?? {});
    if (!names.length) {
      properties[rule.id] = { ...setting, description: `${rule.docs.summary} ${SETTING_TEXT}` };
      continue;
    }
    const options: Record<string, unknown> = {};
    for (const name of names) options[name] = { ...rule.options!.schema[name], default: rule.options!.defaults[name] };
    properties[rule.id] = {
      description: `${rule.docs.summary} ${SETTING_TEXT} With options: ["medium", { ${names.map((n) => `"${n}": ${rule.options!.defaults[n]}`).join(', ')} }].`,
      anyOf: [setting, { type: 'array', minItems: 1, items: [setting, { type: 'object', additionalProperties: false, properties: options }], additionalItems: false }],
    };
  }
  return {
    type: 'object',
    additionalProperties: false,
    default: {},
    description: 'Per rule: "off", or the severity every finding of the rule takes (default: the rule\'s own severities); or [setting, options] to set its thresholds.',
    properties,
  };
}
