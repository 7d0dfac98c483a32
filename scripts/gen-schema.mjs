#!/usr/bin/env node
/**
 * Writes the `rules` part of src/config/opsdiff.schema.json from the rules' metadata, then the
 * standalone validator compiled from the whole schema (src/config/opsdiff.schema.validator.ts,
 * see src/config/ajv.ts). Usage: npm run docs:schema (compiles first; this script reads the
 * compiled modules in dist/). test/config.test.ts fails when either file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { rulesSchema } = await import(path.join(root, 'dist/src/config/schema.js'));
const { validatorSource } = await import(path.join(root, 'dist/src/config/ajv.js'));
const { RULES } = await import(path.join(root, 'dist/rules/index.js'));
const file = path.join(root, 'src/config/opsdiff.schema.json');
const schema = JSON.parse(readFileSync(file, 'utf8'));
schema.properties.rules = rulesSchema(RULES);
writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
writeFileSync(path.join(root, 'src/config/opsdiff.schema.validator.ts'), validatorSource(schema));
console.log('wrote src/config/opsdiff.schema.json (rules) and src/config/opsdiff.schema.validator.ts');
