/** The fact pass on constructs that broke it once, and the loop classification it makes. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../src/catalog/index.js';
import { extractOne } from '../../src/parse/extract.js';

function facts(text: string, path = 'src/a.ts') {
  const r = extractOne(path, text, DEFAULT_CATALOG.namePatterns);
  if (!r.ok) throw new Error(r.reason);
  return r.facts;
}

describe('fact pass', () => {
  it('walks bodiless declarations and overloads without recursing forever', () => {
    const f = facts(`export declare function a(x: number): number;
declare function b(): void;
export function c(x: string): string;
export function c(x: number): number;
export function c(x: unknown) { return x; }
declare module 'm' { export function d(): void; }
interface I { m(): void }
type T = { n: number };`);
    expect(f.functions.map((fn) => fn.id)).toEqual(['c']);
  });

  it('reads computed Sequelize operators without parent pointers', () => {
    const f = facts(`import { Op } from 'sequelize';
export function load(User: any, ids: number[]) { return User.findAll({ where: { id: { [Op.in]: ids } } }); }`);
    expect(f.functions[0]!.calls[0]!.inFilter).toBe(true);
  });

  it('keeps the first argument of a call only where it is a construction (a command), inline or through a variable', () => {
    const f = facts(`import { GetItemCommand } from '@aws-sdk/client-dynamodb';
export async function load(ddb: any, db: any, sku: string) {
  await ddb.send(new GetItemCommand({ Key: { sku } }));
  const command = new GetItemCommand({ Key: { sku } });
  await ddb.send(command);
  await db.find({ where: { sku }, select: { id: true } });
  await ddb.send(sku);
}`);
    expect(f.functions[0]!.calls.map((c) => [c.text, c.arg0?.t ?? null])).toEqual([
      ['ddb.send', 'new'],
      ['ddb.send', 'new'],
      ['db.find', null],
      ['ddb.send', null],
    ]);
  });

  it('classifies loops by what bounds them', () => {
    const f = facts(`export async function run(items: string[], api: any) {
  for (const i of items) await api.get(i);
  for (const r of ['eu', 'us']) await api.get(r);
  for (let attempt = 0; attempt < 3; attempt++) { try { await api.get('x'); } catch { await sleep(10); } }
  let cursor; do { const p = await api.get(cursor); cursor = p.next; } while (cursor);
  while (!done) { await api.get('status'); await sleep(1000); }
  const queue = [...items]; while (queue.length) await api.get(queue.pop());
  await Promise.all(items.map(async (i) => api.get(i)));
}`);
    const loops = f.functions[0]!.loops.map((l) => [l.kind, l.bound, l.over, l.parallel, l.count ?? null]);
    expect(loops).toEqual([
      ['for-of', 'unbounded', 'items', false, null],
      ['for-of', 'literal', "['eu', 'us']", false, 2],
      ['for', 'retry', 'attempt < 3', false, 3],
      ['do', 'paginated', 'cursor', false, null],
      ['while', 'polling', '!done', false, null],
      ['while', 'unbounded', 'queue', false, null],
      ['map', 'unbounded', 'items', true, null],
    ]);
  });

  it('tells loops over chunks, worker pools, bounded page fills and constant domains from loops over items', () => {
    const f = facts(`import { chunk } from 'lodash';
const MAX_FETCHES = 5;
export async function run(ids: string[], api: any, { kinds = ['a', 'b', 'c'] }: { kinds?: string[] } = {}, extra: string[] = []) {
  for (const part of chunk(ids, 100)) await api.post(part);
  const idBatches = chunk(ids, 50);
  for (let i = 0; i < idBatches.length; i++) await api.post(idBatches[i]);
  for (let i = 0; i < ids.length; i += 25) await api.post(ids.slice(i, i + 25));
  for (let i = 0; i < ids.length; i++) await api.post(ids[i]);
  await Promise.all(Array.from({ length: Math.min(4, ids.length) }, async () => api.get('x')));
  let cursor; for (let i = 0; i < MAX_FETCHES; i++) { const r = await api.get(cursor); cursor = r.cursor; if (!cursor) break; }
  for (let i = 0; i < MAX_FETCHES; i++) await api.get(i);
  for (const kind of kinds) await api.get(kind);
  for (const x of extra) await api.get(x);
}`);
    const loops = f.functions[0]!.loops.map((l) => [l.kind, l.bound, l.count ?? null, !!l.pages]);
    expect(loops).toEqual([
      ['for-of', 'chunked', null, false],
      ['for', 'chunked', null, false],
      ['for', 'chunked', null, false],
      ['for', 'unbounded', null, false],
      ['map', 'pool', null, false],
      ['for', 'literal', 5, true],
      ['for', 'literal', 5, false],
      ['for-of', 'literal', 3, false],
      ['for-of', 'unbounded', null, false],
    ]);
  });

  it('marks loops whose promises are gathered by Promise.all as running at once', () => {
    const f = facts(`export async function run(ids: string[], api: any) {
  await Promise.all([...ids.map((id) => api.get(id)), ...(ids ?? []).map((id) => api.del(id))]);
  const pending = [];
  for (const id of ids) pending.push(api.put(id));
  await Promise.all(pending);
  const done = [];
  for (const id of ids) done.push(await api.head(id));
  await Promise.all(done);
}`);
    expect(f.functions[0]!.loops.map((l) => [l.kind, l.parallel])).toEqual([
      ['map', true],
      ['map', true],
      ['for-of', true],
      ['for-of', false],
    ]);
  });

  it('reads tasks queued with p-queue addAll as running at once under the queue', () => {
    const f = facts(`import PQueue from 'p-queue';
export async function run(keys: Map<string, string>, api: any) {
  const queue = new PQueue({ concurrency: 20 });
  await queue.addAll(Array.from(keys, ([k]) => async () => api.put(k)));
  const tasks = Array.from(keys, ([k]) => async () => api.del(k));
}`);
    expect(f.functions[0]!.loops.map((l) => [l.kind, l.parallel, l.concurrency ?? null])).toEqual([
      ['map', true, 'p-queue'],
      ['map', false, null],
    ]);
  });

  it('records where a function invokes its parameters and which callbacks a call sits in', () => {
    const f = facts(`export async function each<T>(items: T[], fn: (item: T) => Promise<void>) {
  for (const item of items) await fn(item);
}
export async function relay(items: string[], onItem: (x: string) => Promise<void>) {
  return each(items, onItem);
}
export async function use(ids: string[], api: any) {
  await each(ids, async (id) => { await api.get(id); });
}`);
    const [each, relay, use] = f.functions;
    expect(each!.params).toEqual(['items', 'fn']);
    expect(each!.calls.map((c) => [c.text, c.invokes, c.loops])).toEqual([['fn', { fnId: 'each', index: 1 }, [0]]]);
    expect(relay!.calls.map((c) => [c.text, c.passes])).toEqual([['each', [{ arg: 1, fnId: 'relay', index: 1 }]]]);
    expect(use!.calls.map((c) => [c.text, c.callbacks?.map((cb) => [cb.text, cb.arg, cb.args[0], cb.depth])])).toEqual([
      ['each', undefined],
      ['api.get', [['each', 1, 'ids', 0]]],
    ]);
  });

  it('names module-level handlers by their registration', () => {
    const f = facts(`import express from 'express';
const app = express();
app.get('/cart', async (req, res) => { res.json(await load()); });
new Worker('emails', async (job) => send(job));`);
    expect(f.functions.map((fn) => fn.id)).toEqual(['<module>', "app.get('/cart')", "new Worker('emails')"]);
  });
});
