/** Effect paths of a function and the alternate routes the fan-out rule also sees (two loops reaching one call site). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../src/catalog/index.js';
import type { FileFacts } from '../../src/model/facts/index.js';
import { RevisionModel } from '../../src/model/program.js';
import type { EffectPath } from '../../src/model/summaries.js';
import { extractOne } from '../../src/parse/extract.js';

const FILE = 'src/service.ts';

function modelOf(text: string): RevisionModel {
  const result = extractOne(FILE, text, DEFAULT_CATALOG.namePatterns);
  if (!result.ok) throw new Error(result.reason);
  const facts = new Map<string, FileFacts>([[FILE, result.facts]]);
  return new RevisionModel({ files: new Set([FILE]), facts: (p) => facts.get(p) }, () => undefined);
}

/** A route as `call site <- outermost loop (line:column)`. */
function routes(paths: EffectPath[]): string[] {
  return paths.map((p) => `${p.effect.key} ${p.span.line}:${p.span.column} <- ${p.loops[0] ? `${p.loops[0].line}:${p.loops[0].column}` : 'once'}`);
}

describe('Summaries.alternatesOf', () => {
  it('gives the route through the other outer loop when two loops reach one call site', () => {
    const model = modelOf(`import Redis from 'ioredis';
const redis = new Redis();
async function rule(id: string) { return redis.get(id); }
export async function price(items: string[], tags: string[]) {
  for (const item of items) await rule(item);
  for (const tag of tags) await rule(tag);
}`);
    expect(routes(model.summaries.of(FILE, 'price'))).toEqual(['redis.get 3:42 <- 5:3']);
    expect(routes(model.summaries.alternatesOf(FILE, 'price'))).toEqual(['redis.get 3:42 <- 6:3']);
  });

  it('gives the same alternate when the helper on the way is recursive (its routes were cut short once)', () => {
    const model = modelOf(`import Redis from 'ioredis';
const redis = new Redis();
async function rule(id: string, depth: number): Promise<unknown> { if (depth > 0) return rule(id, depth - 1); return redis.get(id); }
export async function price(items: string[], tags: string[]) {
  for (const item of items) await rule(item, 2);
  for (const tag of tags) await rule(tag, 2);
}`);
    expect(routes(model.summaries.of(FILE, 'price'))).toEqual(['redis.get 3:118 <- 5:3']);
    expect(routes(model.summaries.alternatesOf(FILE, 'price'))).toEqual(['redis.get 3:118 <- 6:3']);
    // Asked again, the same answer.
    expect(routes(model.summaries.alternatesOf(FILE, 'price'))).toEqual(['redis.get 3:118 <- 6:3']);
  });

  it('gives none where one loop reaches each call site', () => {
    const model = modelOf(`import Redis from 'ioredis';
const redis = new Redis();
async function rule(id: string) { return redis.get(id); }
export async function price(items: string[], tags: string[]) {
  for (const item of items) await rule(item);
  for (const tag of tags) await redis.set(tag, '1');
}`);
    expect(routes(model.summaries.of(FILE, 'price'))).toEqual(['redis.get 3:42 <- 5:3', 'redis.set 6:33 <- 6:3']);
    expect(model.summaries.alternatesOf(FILE, 'price')).toEqual([]);
  });
});
