#!/usr/bin/env node
/**
 * Writes docs/libraries.md from the catalog (src/catalog/). Usage: npm run docs:libraries
 * (compiles first; this script reads the compiled catalog in dist/src/catalog/).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { renderLibraries } = await import(path.join(root, 'dist/src/catalog/markdown.js'));
writeFileSync(path.join(root, 'docs/libraries.md'), renderLibraries());
console.log('wrote docs/libraries.md');
