/**
 * Fuzz-style robustness: every fixture's head tree, mutated the ways real edits and broken
 * checkouts mangle code (spans deleted, spans duplicated, lines swapped, a span wrapped in a loop,
 * odd syntax dropped in), is fed to the fact pass, the resolver, the effect paths and every rule.
 * None may throw, and the fact pass may refuse a file only for the file's own reasons (a parse
 * error, nesting), never with an internal error. Deterministic: a seeded generator, the seed in
 * each case's name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { DEFAULT_CATALOG } from '../src/catalog/index.js';
import { buildView } from '../src/match/view.js';
import type { FileFacts } from '../src/model/facts/index.js';
import { RevisionModel } from '../src/model/program.js';
import { encodeFacts, extractOne } from '../src/parse/extract.js';
import { optionsOf } from '../src/rule.js';

const ROOT = path.resolve(import.meta.dirname, '..', 'fixtures');
const SOURCE = /\.[cm]?[jt]sx?$/;

function filesOf(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) Object.assign(out, filesOf(full, rel));
    else if (SOURCE.test(name)) out[rel] = readFileSync(full, 'utf8');
  }
  return out;
}

/** mulberry32: small, seeded, the same sequence on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD = ['await', '?.', '...', '=>', '<T,>', '@decorator', '#private', 'yield*', '`${', '})', '[,', '!', 'satisfies', 'as const', '/* */', '\\u{1F600}', 'for await (const x of'];

function mutate(text: string, next: () => number): string {
  const lines = text.split('\n');
  const pick = () => Math.floor(next() * lines.length);
  const span = () => {
    const a = Math.floor(next() * text.length);
    return [a, Math.min(text.length, a + 1 + Math.floor(next() * 200))] as const;
  };
  switch (Math.floor(next() * 5)) {
    case 0: {
      const [a, b] = span();
      return text.slice(0, a) + text.slice(b); // a span deleted
    }
    case 1: {
      const [a, b] = span();
      return text.slice(0, b) + text.slice(a, b) + text.slice(b); // a span duplicated
    }
    case 2: {
      const [i, j] = [pick(), pick()];
      [lines[i], lines[j]] = [lines[j]!, lines[i]!]; // two lines swapped
      return lines.join('\n');
    }
    case 3: {
      const [i, j] = [pick(), pick()].sort((x, y) => x - y);
      return [...lines.slice(0, i!), 'for (const item of items) {', ...lines.slice(i!, j! + 1), '}', ...lines.slice(j! + 1)].join('\n'); // wrapped in a loop
    }
    default: {
      const [a] = span();
      return text.slice(0, a) + ODD[Math.floor(next() * ODD.length)] + text.slice(a); // odd syntax
    }
  }
}

function modelOf(files: Record<string, string>, internal: string[]): { model: RevisionModel; paths: string[] } {
  const facts = new Map<string, FileFacts>();
  for (const [p, text] of Object.entries(files)) {
    const result = extractOne(p, text, DEFAULT_CATALOG.namePatterns);
    if (result.ok) {
      facts.set(p, result.facts);
      // Facts cross to the worker and into the facts cache by V8's serializer: plain data only.
      try {
        encodeFacts(result.facts);
      } catch (error) {
        internal.push(`${p}: facts cannot be serialized: ${(error as Error).message}`);
      }
    } else if (result.internal) internal.push(`${p}: ${result.internal.split('\n').slice(0, 3).join(' | ')}`);
  }
  const loader = { files: new Set(Object.keys(files)), facts: (p: string) => facts.get(p), loadedFacts: () => facts.values(), loadedSize: facts.size };
  return { model: new RevisionModel(loader, (p) => files[p]), paths: [...facts.keys()] };
}

const cases = readdirSync(ROOT).flatMap((rule) => readdirSync(path.join(ROOT, rule)).map((name) => path.join(ROOT, rule, name))).filter((dir) => statSync(path.join(dir, 'after'), { throwIfNoEntry: false })?.isDirectory());
const ROUNDS = 20;

describe('fuzz: mutated fixture sources through the fact pass, the resolver and every rule', () => {
  it.each(cases.map((dir, i) => [path.relative(ROOT, dir), 1000 + i, dir] as const))('%s (seed %i)', (_, seed, dir) => {
    const before = filesOf(path.join(dir, 'before'));
    const after = filesOf(path.join(dir, 'after'));
    const next = random(seed);
    const names = Object.keys(after);
    if (!names.length) return;
    for (let round = 0; round < ROUNDS; round++) {
      const head = { ...after };
      // One to three files of the head tree mutated, one to three times each.
      for (let k = 0, n = 1 + Math.floor(next() * 3); k < n; k++) {
        const file = names[Math.floor(next() * names.length)]!;
        for (let m = 0, times = 1 + Math.floor(next() * 3); m < times; m++) head[file] = mutate(head[file]!, next);
      }
      const internal: string[] = [];
      const base = modelOf(before, internal);
      const mutated = modelOf(head, internal);
      const view = buildView({ base, head: mutated, baseFileOf: (f) => (f in before ? f : null), isChanged: () => true });
      for (const rule of RULES) rule.check(view, optionsOf(rule));
      expect(internal, `round ${round}`).toEqual([]);
    }
  });
});

describe('facts are plain data', () => {
  it("a call named like Object.prototype's methods takes no built-in function into the facts (toLocaleString, hasOwnProperty, valueOf...)", () => {
    // ghostfolio's `this.value?.toLocaleString(this.locale, {...})` made a loop whose kind was Object.prototype.toLocaleString.
    const text = `export class V {
  show(items: number[], locale: string, id: string, map: Record<string, unknown>) {
    const a = items.toLocaleString(locale, { maximumFractionDigits: 2 });
    const b = map.hasOwnProperty(id) ? map.valueOf() : map.toString();
    const c = items.constructor((x: number) => x);
    const d = items.isPrototypeOf(() => 1) || items.propertyIsEnumerable(() => 2);
    return [a, b, c, d, toLocaleString((x: number) => x), hasOwnProperty(() => id)];
  }
}
declare function toLocaleString(f: unknown): string;
declare function hasOwnProperty(f: unknown): string;
`;
    const result = extractOne('src/v.ts', text, DEFAULT_CATALOG.namePatterns);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(() => encodeFacts(result.facts)).not.toThrow();
    expect(JSON.stringify(result.facts.functions.flatMap((f) => f.loops))).toBe('[]');
  });
});

