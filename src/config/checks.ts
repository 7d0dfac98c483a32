/**
 * The checks JSON Schema cannot express, as the configuration schema's own keywords (see
 * src/config/ajv.ts): `x-glob`, `x-regex` and `x-unique`. Each returns what is wrong, or
 * undefined; the validator (src/config/validate.ts) turns it into the message. Called by the
 * generated validator (opsdiff.schema.validator.ts) at run time.
 */
import { Minimatch } from 'minimatch';
import { show } from './words.js';

/** What a check found: the problem and its fix, or for x-unique the earlier item with the same value. */
export interface CheckFinding {
  problem?: string;
  hint?: string;
  /** x-unique: the index of the first item with this value, and where the second one is, under the array. */
  earlier?: number;
  value?: string;
  at?: Array<string | number>;
}

export const checks = {
  /** A minimatch pattern that can match a repository-relative path. */
  'x-glob'(_enabled: boolean, data: string): CheckFinding | undefined {
    if (data === '') return undefined; // minLength says it
    if (data.startsWith('!')) return { problem: `negated globs are not supported, got ${show(data)}`, hint: 'list the files to analyze in "include" and those to leave out in "exclude"' };
    if (data.startsWith('/') || data.startsWith('./')) {
      return { problem: `${show(data)} never matches: paths are relative to the repository root, without a leading "/" or "./"`, hint: `write "${data.replace(/^\.?\/+/, '')}"` };
    }
    try {
      new Minimatch(data);
    } catch (error) {
      return { problem: `invalid glob (${(error as Error).message})` };
    }
    return undefined;
  },
  /** A JavaScript regular expression (matched case-insensitively); with a reason, one that cannot match the empty string. */
  'x-regex'(reason: boolean | string, data: string): CheckFinding | undefined {
    if (data === '') return undefined;
    let re: RegExp;
    try {
      re = new RegExp(data, 'i');
    } catch (error) {
      return { problem: `invalid regular expression ${show(data)} (${(error as Error).message.split(': ').pop() ?? 'invalid'})` };
    }
    if (typeof reason === 'string' && re.test('')) return { problem: `${show(data)} matches the empty string: ${reason}` };
    return undefined;
  },
  /** No two items of an array with the same value of `property`. */
  'x-unique'(property: string, data: unknown[]): CheckFinding | undefined {
    const first = new Map<string, number>();
    for (const [i, item] of data.entries()) {
      const value = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[property] : undefined;
      if (typeof value !== 'string') continue;
      const earlier = first.get(value);
      if (earlier !== undefined) return { earlier, value, at: [i, property] };
      first.set(value, i);
    }
    return undefined;
  },
};

