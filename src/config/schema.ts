/**
 * The `rules` part of the configuration's JSON Schema (src/config/opsdiff.schema.json), from the
 * rules' own metadata: each rule's severity setting and, typescript-eslint style, its options with
 * their schema and defaults, with the `x-` annotations the validator's messages are made of
 * (src/config/validate.ts). `npm run docs:schema` writes it into the shipped schema; a test
 * fails when the file is stale.
 */
import type { Rule } from '../rule.js';
import { listing } from './words.js';

const SETTINGS = ['off', 'high', 'medium', 'low'];
const SETTING_TEXT = '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule';

export function rulesSchema(rules: readonly Rule[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of rules) {
    const setting = { type: 'string', enum: SETTINGS, 'x-hint': SETTING_TEXT };
    const names = Object.keys(rule.options?.schema ?? {});
    if (!names.length) {
      properties[rule.id] = { ...setting, description: `${rule.docs.summary} ${SETTING_TEXT}.` };
      continue;
    }
    const defaults = rule.options!.defaults;
    const example = `for example ["${rule.severity}", { "${names[0]}": ${defaults[names[0]!]} }]`;
    const options: Record<string, unknown> = {};
    for (const name of names) {
      const spec = rule.options!.schema[name]!;
      options[name] = { ...spec, default: defaults[name], 'x-hint': `${rule.id}: ${spec.description} (default: ${defaults[name]})` };
    }
    properties[rule.id] = {
      description: `${rule.docs.summary} ${SETTING_TEXT}. With options: ["medium", { ${names.map((n) => `"${n}": ${defaults[n]}`).join(', ')} }].`,
      anyOf: [
        setting,
        {
          type: 'array',
          minItems: 1,
          items: [setting, { type: 'object', additionalProperties: false, properties: options, 'x-expected': 'an object of options', 'x-hint': example, 'x-unknown-hint': `the options of ${rule.id} are ${listing(names, 'and')}` }],
          additionalItems: false,
          'x-expected': 'a setting and an options object',
          'x-hint': example,
        },
      ],
    };
  }
  return {
    type: 'object',
    additionalProperties: false,
    default: {},
    description: 'Per rule: "off", or the severity every finding of the rule takes (default: the rule\'s own severities); or [setting, options] to set its thresholds.',
    properties,
    'x-expected': 'an object of rule settings',
    'x-hint': 'for example "rules": { "io-in-loop": "medium", "retry-changed": "off" }',
    'x-key': 'rule',
    'x-unknown-hint': 'rule ids are listed in docs/rules.md',
  };
}

