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

  it('names module-level handlers by their registration', () => {
    const f = facts(`import express from 'express';
const app = express();
app.get('/cart', async (req, res) => { res.json(await load()); });
new Worker('emails', async (job) => send(job));`);
    expect(f.functions.map((fn) => fn.id)).toEqual(['<module>', "app.get('/cart')", "new Worker('emails')"]);
  });
});
