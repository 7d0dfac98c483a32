import rule from '../../rules/io-in-loop.js';
import { describeRule } from '../support/ruleTable.js';

describeRule(rule, {
  quiet: [
    {
      name: 'one read per item rewritten as two exclusive branches of a new helper runs no more often',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function labels(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await prisma.label.findMany({ where: { ownerId: id } }));
  return out;
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
async function labelsOf(id: string, fresh: boolean) {
  if (fresh) return prisma.label.findMany({ where: { ownerId: id }, orderBy: { at: 'desc' } });
  return prisma.label.findMany({ where: { ownerId: id } });
}
export async function labels(ids: string[], fresh = false) {
  const out = [];
  for (const id of ids) out.push(await labelsOf(id, fresh));
  return out;
}`,
    },
    {
      name: 'a new function that hands its payload to an existing per-item sender adds no loop',
      before: `import axios from 'axios';
async function sendAll(urls: string[], body: unknown) {
  for (const url of urls) await axios.post(url, body);
}
export async function onCreated(urls: string[], id: string) {
  await sendAll(urls, { event: 'created', id });
}`,
      after: `import axios from 'axios';
async function sendAll(urls: string[], body: unknown) {
  for (const url of urls) await axios.post(url, body);
}
export async function onCreated(urls: string[], id: string) {
  await sendAll(urls, { event: 'created', id });
}
export async function onDeleted(urls: string[], id: string) {
  await sendAll(urls, { event: 'deleted', id });
}`,
    },
    {
      name: 'a callback given to a local helper that runs it once stays where it is',
      before: `import axios from 'axios';
export async function sync(id: string) {
  await axios.post('/sync/' + id);
}`,
      after: `import axios from 'axios';
async function timed<R>(label: string, fn: () => Promise<R>): Promise<R> {
  const t = Date.now();
  try { return await fn(); } finally { console.log(label, Date.now() - t); }
}
export async function sync(id: string) {
  await timed('sync', async () => axios.post('/sync/' + id));
}`,
    },
    {
      name: 'one batch call per chunk is not per item',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function save(rows: { id: string }[]) {
  await prisma.row.createMany({ data: rows });
}`,
      after: `import { PrismaClient } from '@prisma/client';
import _ from 'lodash';
const prisma = new PrismaClient();
export async function save(rows: { id: string }[]) {
  for (const part of _.chunk(rows, 500)) await prisma.row.createMany({ data: part });
}`,
    },
    {
      name: 'helper extracted but still called once, before the loop',
      before: `import Redis from 'ioredis';
const redis = new Redis();
export async function total(ids: string[]) {
  const rate = Number(await redis.get('rate'));
  return ids.map((id) => id.length * rate);
}`,
      after: `import Redis from 'ioredis';
const redis = new Redis();
async function loadRate() {
  return Number(await redis.get('rate'));
}
export async function total(ids: string[]) {
  const rate = await loadRate();
  return ids.map((id) => id.length * rate);
}`,
    },
    {
      name: 'call moved out of the loop',
      before: `import { Pool } from 'pg';
const pool = new Pool();
export async function names(ids: number[]) {
  const out = [];
  for (const id of ids) out.push((await pool.query('select name from users where id = $1', [id])).rows[0]);
  return out;
}`,
      after: `import { Pool } from 'pg';
const pool = new Pool();
export async function names(ids: number[]) {
  const { rows } = await pool.query('select name from users where id = any($1)', [ids]);
  return rows;
}`,
    },
    {
      name: 'a Map read in a loop is not I/O',
      before: `export function prices(skus: string[], table: Record<string, number>) {
  return skus.length;
}`,
      after: `const cache = new Map<string, number>();
export function prices(skus: string[]) {
  return skus.map((sku) => cache.get(sku) ?? 0);
}`,
    },
    {
      name: 'an lru-cache read in a loop is not I/O',
      before: `import { LRUCache } from 'lru-cache';
const cache = new LRUCache<string, number>({ max: 500 });
export function prices(skus: string[]) {
  return skus.length;
}`,
      after: `import { LRUCache } from 'lru-cache';
const cache = new LRUCache<string, number>({ max: 500 });
export function prices(skus: string[]) {
  return skus.map((sku) => cache.get(sku) ?? 0);
}`,
    },
    {
      name: 'a field typed as Map, named cache, is not I/O',
      before: `export class Prices {
  private cache: Map<string, number> = new Map();
  all(skus: string[]) { return skus.length; }
}`,
      after: `export class Prices {
  private cache: Map<string, number> = new Map();
  all(skus: string[]) { return skus.map((s) => this.cache.get(s)); }
}`,
    },
    {
      name: 'logging added in a loop',
      before: `import Redis from 'ioredis';
const redis = new Redis();
export async function warm(keys: string[]) {
  const v = await redis.mget(...keys);
  return v;
}`,
      after: `import Redis from 'ioredis';
const redis = new Redis();
export async function warm(keys: string[]) {
  for (const k of keys) console.log('warming', k);
  const v = await redis.mget(...keys);
  return v;
}`,
    },
    {
      name: 'a new pagination loop is not N+1',
      before: `import axios from 'axios';
export async function listAll() {
  return (await axios.get('/items')).data;
}`,
      after: `import axios from 'axios';
export async function listAll() {
  const all = [];
  let cursor: string | undefined;
  do {
    const page = await axios.get('/items', { params: { cursor } });
    all.push(...page.data.items);
    cursor = page.data.nextCursor;
  } while (cursor);
  return all;
}`,
    },
    {
      name: "a new retry loop is the retry rule's business",
      before: `import axios from 'axios';
export async function load(url: string) {
  return axios.get(url);
}`,
      after: `import axios from 'axios';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export async function load(url: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await axios.get(url);
    } catch {
      await sleep(2 ** attempt * 100);
    }
  }
  throw new Error('unreachable');
}`,
    },
    {
      name: 'a new polling loop with a sleep is not N+1',
      before: `export async function wait(id: string) {
  return fetch('/jobs/' + id);
}`,
      after: `const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export async function wait(id: string) {
  let done = false;
  while (!done) {
    const res = await fetch('/jobs/' + id);
    done = (await res.json()).done;
    await sleep(1000);
  }
}`,
    },
    {
      name: 'an unrelated edit in a function that already had I/O in a loop',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function users(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await prisma.user.findUnique({ where: { id } }));
  return { users: out };
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function users(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await prisma.user.findUnique({ where: { id } }));
  return { users: out, count: out.length };
}`,
    },
    {
      name: 'a redis pipeline: queued commands are not round trips',
      before: `import Redis from 'ioredis';
const redis = new Redis();
export async function load(keys: string[]) {
  return redis.mget(...keys);
}`,
      after: `import Redis from 'ioredis';
const redis = new Redis();
export async function load(keys: string[]) {
  const p = redis.pipeline();
  for (const k of keys) p.get(k);
  return p.exec();
}`,
    },
    {
      name: 'array methods on plain data named like a collection',
      before: `export function pick(items: { id: string }[], id: string) {
  return items.find((i) => i.id === id);
}`,
      after: `export function pick(items: { id: string }[], ids: string[]) {
  return ids.map((id) => items.find((i) => i.id === id));
}`,
    },
    {
      name: 'for await over a paginator',
      before: `import { S3Client, paginateListObjectsV2 } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export async function count(bucket: string) {
  return 0;
}`,
      after: `import { S3Client, paginateListObjectsV2 } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export async function count(bucket: string) {
  let n = 0;
  for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: bucket })) n += page.KeyCount ?? 0;
  return n;
}`,
    },
    {
      name: "sequential calls made all-at-once: the same number of calls, the concurrency rule's business",
      before: `import axios from 'axios';
export async function notify(users: { id: string }[]) {
  for (const u of users) await axios.post('/notify', { id: u.id });
}`,
      after: `import axios from 'axios';
export async function notify(users: { id: string }[]) {
  await Promise.all(users.map((u) => axios.post('/notify', { id: u.id })));
}`,
    },
  ],
  flagged: [
    {
      name: 'a literal list deduplicated and filtered keeps its bound: low, 2 times',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function owners(a?: { ownerId: string }, b?: { ownerId: string }) {
  return prisma.user.findMany({ where: { id: { in: [a?.ownerId, b?.ownerId].filter((x): x is string => !!x) } } });
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function owners(a?: { ownerId: string }, b?: { ownerId: string }) {
  const out = [];
  for (const id of Array.from(new Set([a?.ownerId, b?.ownerId].filter((x): x is string => !!x)))) out.push(await prisma.user.findUnique({ where: { id } }));
  return out;
}`,
      findings: [{ messageId: 'batchReplaced', line: 5, column: 114, severity: 'low', data: { after: '2 times per call (a literal list)' } }],
    },
    {
      name: 'a local made from a literal list keeps its bound: low, 2 times',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function owners(a?: { ownerId: string }, b?: { ownerId: string }) {
  return prisma.user.findMany({ where: { id: { in: [a?.ownerId, b?.ownerId].filter((x): x is string => !!x) } } });
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function owners(a?: { ownerId: string }, b?: { ownerId: string }) {
  const ids = [a?.ownerId, b?.ownerId].filter((x): x is string => !!x);
  return Promise.all(Array.from(new Set(ids)).map((id) => prisma.user.findUnique({ where: { id } })));
}`,
      findings: [{ messageId: 'batchReplaced', line: 5, column: 59, severity: 'low', data: { after: '2 times per call (a literal list)' } }],
    },
    {
      name: 'a call added to a loop that already made a query per item: low, beside the one it had',
      before: `import Redis from 'ioredis';
const redis = new Redis();
export async function forget(domains: string[]) {
  for (const d of domains) {
    await redis.del('domain:' + d);
  }
}`,
      after: `import Redis from 'ioredis';
const redis = new Redis();
export async function forget(domains: string[]) {
  for (const d of domains) {
    await redis.del('domain:' + d);
    await redis.set('domain-gen:' + d, Date.now());
  }
}`,
      findings: [{ messageId: 'addedBeside', line: 6, column: 11, severity: 'low', data: { callee: 'redis.set', existing: 'redis.del', after: 'once per item of `domains`' } }],
    },
    {
      name: 'a new function with its own loop over an existing sender is new fan-out',
      before: `import axios from 'axios';
async function send(url: string, body: unknown) {
  await axios.post(url, body);
}
export async function onCreated(url: string, id: string) {
  await send(url, { event: 'created', id });
}`,
      after: `import axios from 'axios';
async function send(url: string, body: unknown) {
  await axios.post(url, body);
}
export async function onCreated(url: string, id: string) {
  await send(url, { event: 'created', id });
}
export async function onDeleted(urls: string[], id: string) {
  for (const url of urls) await send(url, { event: 'deleted', id });
}`,
      findings: [{ messageId: 'newInLoop', line: 9, column: 33, severity: 'medium', data: { callee: 'axios.post', entry: 'onDeleted', after: 'once per item of `urls`' } }],
    },
    {
      name: 'a local helper that maps its array parameter runs the callback per item',
      before: `import axios from 'axios';
export async function sync(ids: string[]) {
  await axios.post('/sync', { ids });
}`,
      after: `import axios from 'axios';
async function eachOf<T>(xs: T[], fn: (x: T) => Promise<unknown>) {
  return Promise.all(xs.map((x) => fn(x)));
}
export async function sync(ids: string[]) {
  await eachOf(ids, (id) => axios.post('/sync/' + id));
}`,
      findings: [{ messageId: 'grew', line: 6, column: 29, data: { callee: 'axios.post', after: 'once per item of `ids`', before: 'once per call' } }],
    },
    {
      name: 'several effects behind one call in a new loop are one finding',
      before: `import Redis from 'ioredis';
const redis = new Redis();
async function touch(key: string) {
  await redis.get(key);
  await redis.set(key, '1');
}
export async function visit(keys: string[]) {
  await touch(keys.join(','));
}`,
      after: `import Redis from 'ioredis';
const redis = new Redis();
async function touch(key: string) {
  await redis.get(key);
  await redis.set(key, '1');
}
export async function visit(keys: string[]) {
  for (const key of keys) await touch(key);
}`,
      findings: [{ messageId: 'grew', line: 8, column: 33, data: { callee: 'redis.get', also: ', as does `redis.set`' } }],
    },
    {
      name: 'tasks made by Array.from over a map and queued with p-queue addAll',
      before: `import PQueue from 'p-queue';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function commit(keys: Map<string, string>) {
  await prisma.blob.updateMany({ where: { key: { in: [...keys.keys()] } }, data: { temp: null } });
}`,
      after: `import PQueue from 'p-queue';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function commit(keys: Map<string, string>) {
  const queue = new PQueue({ concurrency: 10 });
  await queue.addAll(Array.from(keys, ([key]) => async () => prisma.blob.update({ where: { key }, data: { temp: null } })));
}`,
      findings: [{ messageId: 'batchReplaced', line: 6, column: 62, data: { batch: 'prisma.blob.updateMany', callee: 'prisma.blob.update', after: 'once per item of `keys`' } }],
    },
    {
      name: 'maps spread into the array given to Promise.all',
      before: `import { Pool } from 'pg';
const pool = new Pool();
export async function grant(users?: string[], roles?: string[]) {
  await pool.query('insert into grants select * from unnest($1::text[], $2::text[])', [users ?? [], roles ?? []]);
}`,
      after: `import { Pool } from 'pg';
const pool = new Pool();
export async function grant(users?: string[], roles?: string[]) {
  await Promise.all([
    ...(users ?? []).map((u) => pool.query('insert into user_grants values ($1)', [u])),
    ...(roles ?? []).map((r) => pool.query('insert into role_grants values ($1)', [r])),
  ]);
}`,
      findings: [
        { messageId: 'grew', line: 5, column: 33, data: { callee: 'pg.query', after: 'once per item of `users ?? []`', before: 'once per call' } },
        { messageId: 'newInLoop', line: 6, column: 33, data: { callee: 'pg.query', after: 'once per item of `roles ?? []`' } },
      ],
    },
    {
      name: 'a redis read moved into a for-of',
      before: `import Redis from 'ioredis';
const redis = new Redis();
export async function price(items: { sku: string }[]) {
  const rules = await redis.get('rules');
  return items.map((i) => i.sku + rules);
}`,
      after: `import Redis from 'ioredis';
const redis = new Redis();
export async function price(items: { sku: string }[]) {
  const out = [];
  for (const i of items) out.push(i.sku + (await redis.get('rules:' + i.sku)));
  return out;
}`,
      findings: [{ messageId: 'grew', line: 5, column: 50, severity: 'high', data: { callee: 'redis.get', kind: 'cache', entry: 'price', before: 'once per call', after: 'once per item of `items`' } }],
    },
    {
      name: 'a helper that reads redis, called in the loop',
      before: `import Redis from 'ioredis';
const redis = new Redis();
export async function price(items: string[]) {
  const rules = await redis.get('rules');
  return items.map((i) => i + rules);
}`,
      after: `import Redis from 'ioredis';
const redis = new Redis();
async function rulesFor(i: string) {
  return redis.get('rules:' + i);
}
export async function price(items: string[]) {
  const out = [];
  for (const i of items) out.push(i + (await rulesFor(i)));
  return out;
}`,
      // At the changed call in the loop, the line that put the read in the iteration.
      findings: [{ messageId: 'grew', line: 8, column: 46, data: { entry: 'price', after: 'once per item of `items`' } }],
    },
    {
      name: 'a class method through this, the client a constructor parameter',
      before: `import Redis from 'ioredis';
export class Pricing {
  constructor(private readonly redis: Redis) {}
  async price(items: string[]) {
    const rules = await this.redis.get('rules');
    return items.map((i) => i + rules);
  }
}`,
      after: `import Redis from 'ioredis';
export class Pricing {
  constructor(private readonly redis: Redis) {}
  private rulesFor(i: string) {
    return this.redis.get('rules:' + i);
  }
  async price(items: string[]) {
    return Promise.all(items.map(async (i) => i + (await this.rulesFor(i))));
  }
}`,
      findings: [{ messageId: 'grew', line: 8, column: 58, severity: 'high', data: { entry: 'Pricing.price', after: 'once per item of `items`' } }],
    },
    {
      name: 'one loop deeper: per order becomes per order per line',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function stock(orders: { id: string; lines: { sku: string }[] }[]) {
  for (const o of orders) {
    await prisma.stock.findMany({ where: { orderId: o.id } });
  }
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function stock(orders: { id: string; lines: { sku: string }[] }[]) {
  for (const o of orders) {
    for (const line of o.lines) {
      await prisma.stock.findMany({ where: { orderId: o.id, sku: line.sku } });
    }
  }
}`,
      findings: [{ messageId: 'grew', line: 6, column: 13, severity: 'high', data: { callee: 'prisma.stock.findMany', kind: 'db', before: 'once per item of `orders`', after: 'once per item of `orders` per item of `o.lines`' } }],
    },
    {
      name: 'mget replaced by a get per key',
      before: `import Redis from 'ioredis';
const redis = new Redis();
export async function load(keys: string[]) {
  return redis.mget(...keys);
}`,
      after: `import Redis from 'ioredis';
const redis = new Redis();
export async function load(keys: string[]) {
  const out = [];
  for (const k of keys) out.push(await redis.get(k));
  return out;
}`,
      findings: [{ messageId: 'batchReplaced', line: 5, column: 40, severity: 'high', data: { batch: 'redis.mget', callee: 'redis.get' } }],
    },
    {
      name: 'a new function with a query per item',
      before: `export const version = 1;`,
      after: `import { Pool } from 'pg';
const pool = new Pool();
export const version = 1;
export async function names(ids: number[]) {
  const out = [];
  for (const id of ids) out.push(await pool.query('select name from users where id = $1', [id]));
  return out;
}`,
      findings: [{ messageId: 'newInLoop', line: 6, column: 40, severity: 'medium', data: { callee: 'pg.query', entry: 'names' } }],
    },
    {
      name: 'a literal list of three regions is low severity',
      before: `import axios from 'axios';
export async function health() {
  return axios.get('https://status.example.com/all');
}`,
      after: `import axios from 'axios';
export async function health() {
  const out = [];
  for (const region of ['eu', 'us', 'ap']) out.push(await axios.get('https://status.example.com/' + region));
  return out;
}`,
      findings: [{ messageId: 'grew', line: 4, column: 59, severity: 'low', data: { after: '3 times per call (a literal list)' } }],
    },
    {
      name: 'an unknown client with a telling name counts at lower confidence',
      before: `export class Catalog {
  constructor(private readonly cache: any) {}
  async load(ids: string[]) {
    const all = await this.cache.get('catalog');
    return ids.map((id) => all[id]);
  }
}`,
      after: `export class Catalog {
  constructor(private readonly cache: any) {}
  async load(ids: string[]) {
    const out = [];
    for (const id of ids) out.push(await this.cache.get('catalog:' + id));
    return out;
  }
}`,
      findings: [{ messageId: 'grew', line: 5, column: 42, severity: 'medium', data: { callee: 'cache.get' } }],
    },
    {
      name: 'fetch in an index loop over an array',
      before: `export async function load(urls: string[]) {
  return urls.length;
}`,
      after: `export async function load(urls: string[]) {
  const out = [];
  for (let i = 0; i < urls.length; i++) out.push(await fetch(urls[i]!));
  return out;
}`,
      findings: [{ messageId: 'newInLoop', line: 3, column: 56, data: { callee: 'fetch', kind: 'network', after: 'once per item of `urls`' } }],
    },
    {
      name: 'a function reference passed to map',
      before: `import axios from 'axios';
async function loadUser(id: string) {
  return axios.get('/users/' + id);
}
export async function team(ids: string[]) {
  return loadUser(ids[0]!);
}`,
      after: `import axios from 'axios';
async function loadUser(id: string) {
  return axios.get('/users/' + id);
}
export async function team(ids: string[]) {
  return Promise.all(ids.map(loadUser));
}`,
      findings: [{ messageId: 'grew', line: 6, column: 30, data: { callee: 'axios.get', entry: 'team', after: 'once per item of `ids`' } }],
    },
    {
      name: 'a worklist loop drains a queue one item at a time',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function drain(ids: string[]) {
  await prisma.job.deleteMany({ where: { id: { in: ids } } });
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function drain(ids: string[]) {
  const queue = [...ids];
  while (queue.length) {
    await prisma.job.delete({ where: { id: queue.pop()! } });
  }
}`,
      findings: [{ messageId: 'batchReplaced', line: 6, column: 11, data: { batch: 'prisma.job.deleteMany', callee: 'prisma.job.delete', after: 'once per item of `queue`' } }],
    },
    {
      name: 'a transaction callback client in a loop',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function reserve(items: { sku: string }[]) {
  await prisma.$transaction(async (tx) => {
    await tx.inventory.updateMany({ where: { sku: { in: items.map((i) => i.sku) } }, data: { reserved: true } });
  });
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function reserve(items: { sku: string }[]) {
  await prisma.$transaction(async (tx) => {
    for (const item of items) {
      await tx.inventory.update({ where: { sku: item.sku }, data: { reserved: true } });
    }
  });
}`,
      findings: [{ messageId: 'batchReplaced', line: 6, column: 13, data: { batch: 'prisma.inventory.updateMany', callee: 'prisma.inventory.update' } }],
    },
    {
      name: 'a route handler registered at module level',
      before: `import express from 'express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const router = express.Router();
router.get('/orders', async (req, res) => {
  res.json(await prisma.order.findMany({ include: { lines: true } }));
});`,
      after: `import express from 'express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const router = express.Router();
router.get('/orders', async (req, res) => {
  const orders = await prisma.order.findMany();
  for (const o of orders) (o as any).lines = await prisma.line.findMany({ where: { orderId: o.id } });
  res.json(orders);
});`,
      findings: [{ messageId: 'newInLoop', line: 7, column: 52, data: { callee: 'prisma.line.findMany', entry: "router.get('/orders')" } }],
    },
    {
      name: 'lodash map with an async callback',
      before: `import _ from 'lodash';
import got from 'got';
export async function load(ids: string[]) {
  return got('https://api.example.com/items?ids=' + ids.join(','));
}`,
      after: `import _ from 'lodash';
import got from 'got';
export async function load(ids: string[]) {
  return Promise.all(_.map(ids, (id) => got('https://api.example.com/items/' + id)));
}`,
      findings: [{ messageId: 'grew', line: 4, column: 41, data: { callee: 'got', after: 'once per item of `ids`' } }],
    },
  ],
  todo: [
    { name: 'a loop over a collection received from a paginated fetch, per page per item', reason: 'pages multiply items; today a paginated loop does not multiply' },
  ],
});
