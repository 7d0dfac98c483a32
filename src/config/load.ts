/**
 * The configuration file (`--config`). For now it carries the file globs; every other key is
 * refused by name, so a typo or a not-yet-supported setting is never silently ignored.
 */
import { readFile } from 'node:fs/promises';
import { OpsdiffError } from '../errors.js';

export interface OpsdiffConfig {
  include?: string[];
  exclude?: string[];
}

const KNOWN_KEYS = ['$schema', 'include', 'exclude'];

export async function loadConfig(path: string): Promise<OpsdiffConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new OpsdiffError('bad-config', `cannot read the configuration file ${path}`, 'pass the path of a JSON file with --config');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new OpsdiffError('bad-config', `${path} is not valid JSON: ${(error as Error).message}`, 'the configuration is a JSON object such as { "exclude": ["**/generated/**"] }');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new OpsdiffError('bad-config', `${path}: the configuration must be a JSON object`, 'for example { "exclude": ["**/generated/**"] }');
  }
  const config: OpsdiffConfig = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!KNOWN_KEYS.includes(key)) {
      throw new OpsdiffError('bad-config', `${path}: unknown key "${key}"`, `supported keys: ${KNOWN_KEYS.filter((k) => k !== '$schema').join(', ')}`);
    }
    if (key === '$schema') continue;
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      throw new OpsdiffError('bad-config', `${path}: "${key}" must be an array of glob strings`, `for example "${key}": ["src/**"]`);
    }
    config[key as 'include' | 'exclude'] = value;
  }
  return config;
}
