import { describe, expect, it } from 'vitest';
import rule from '../../rules/concurrency-changed.js';
import { describeRule, runRule } from '../support/ruleTable.js';

/** A module whose loop of HTTP calls is bounded by a p-limit limiter of `n`. */
const pLimited = (n: string, extra = '') => `import pLimit from 'p-limit';
import axios from 'axios';
const limit = pLimit(${n});${extra}
export async function sync(ids: string[]) {
  return Promise.all(ids.map((id) => limit(() => axios.put('/items/' + id))));
}`;

describeRule(rule, {
  quiet: [
    {
      name: 'parallel deletes over a query that keeps its take cap while its filter changes',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const MAX_PER_CYCLE = 2;
export async function sweep() {
  const envs = await prisma.environment.findMany({ where: { stale: true }, take: MAX_PER_CYCLE });
  await Promise.all(envs.map((e) => prisma.environment.delete({ where: { id: e.id } })));
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const MAX_PER_CYCLE = 2;
export async function sweep() {
  const envs = await prisma.environment.findMany({ where: { stale: true, region: 'eu' }, take: MAX_PER_CYCLE });
  await Promise.all(envs.map((e) => prisma.environment.delete({ where: { id: e.id } })));
}`,
    },
    {
      name: 'a new parallel loop over another list does not pair with a sequential loop that reaches the same call',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
async function touch(id: string) {
  await prisma.item.update({ where: { id }, data: { seenAt: new Date() } });
}
export async function touchAll(kept: string[], moved: string[], extra: string[]) {
  await Promise.all(kept.map((id) => touch(id)));
  for (const id of moved) await touch(id);
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
async function touch(id: string) {
  await prisma.item.update({ where: { id }, data: { seenAt: new Date() } });
}
export async function touchAll(kept: string[], moved: string[], extra: string[]) {
  await Promise.all(kept.map((id) => touch(id)));
  for (const id of moved) await touch(id);
  await Promise.all(extra.map((id) => touch(id)));
}`,
    },
    {
      name: 'a configuration object whose other defaults changed (a cache size, a lowered concurrency)',
      before: `export interface Env { maxConcurrentJobs?: number; cacheSize?: number }
export function envToConfig(env: Env) {
  const worker = {
    cacheSize: env.cacheSize ?? 100,
    maxConcurrentJobs: env.maxConcurrentJobs ?? 16,
  };
  return { worker };
}`,
      after: `export interface Env { maxConcurrentJobs?: number; cacheSize?: number }
export function envToConfig(env: Env) {
  const worker = {
    cacheSize: env.cacheSize ?? 500,
    maxConcurrentJobs: env.maxConcurrentJobs ?? 8,
  };
  return { worker };
}`,
    },
    {
      name: 'a project class whose second parameter is not a limit (priority) changed',
      before: {
        'src/indexer.ts': `import { WorkQueue } from './queue';
export const queue = new WorkQueue('indexer', 1);`,
        'src/queue.ts': `export class WorkQueue {
  constructor(private label = 'default', private priority = 1) {}
  push<T>(task: () => Promise<T>): Promise<T> {
    return task();
  }
}`,
      },
      after: {
        'src/indexer.ts': `import { WorkQueue } from './queue';
export const queue = new WorkQueue('indexer', 8);`,
        'src/queue.ts': `export class WorkQueue {
  constructor(private label = 'default', private priority = 1) {}
  push<T>(task: () => Promise<T>): Promise<T> {
    return task();
  }
}`,
      },
    },
    {
      name: 'BullMQ worker concurrency removed falls back to one job at a time (lowered: the safe direction)',
      before: `import { Worker } from 'bullmq';
export const worker = new Worker('emails', async (job) => job.data, { concurrency: 8 });
worker.on('failed', (job, err) => console.error(job?.id, err));`,
      after: `import { Worker } from 'bullmq';
export const worker = new Worker('emails', async (job) => job.data, {});
worker.on('failed', (job, err) => console.error(job?.id, err));`,
    },
    {
      name: 'a pg pool lowered by less than 4x',
      before: `import { Pool } from 'pg';
export const pool = new Pool({ max: 20 });
pool.on('error', (err) => console.error('idle client error', err));`,
      after: `import { Pool } from 'pg';
export const pool = new Pool({ max: 10 });
pool.on('error', (err) => console.error('idle client error', err));`,
    },
    {
      name: 'a new parallel loop is not the base sequential loop of an unrelated helper that makes the same operation',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
async function touchUsers(ids: string[]) {
  for (const id of ids) await prisma.user.update({ where: { id }, data: { seen: true } });
}
export async function sync(ids: string[], teams: string[]) {
  await touchUsers(ids);
  return teams.length;
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
async function touchUsers(ids: string[]) {
  for (const id of ids) await prisma.user.update({ where: { id }, data: { seen: true } });
}
export async function sync(ids: string[], teams: string[]) {
  await touchUsers(ids);
  await Promise.all(teams.map((team) => prisma.user.update({ where: { id: team }, data: { team: true } })));
  return teams.length;
}`,
    },
    {
      name: 'calls a loop never awaited (a statement of their own in a forEach) already ran all at once: awaiting them together changes nothing',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function markSeen(ids: string[]) {
  ids.forEach((id) => {
    prisma.user.update({ where: { id }, data: { seen: true } });
  });
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function markSeen(ids: string[]) {
  await Promise.all(ids.map((id) => prisma.user.update({ where: { id }, data: { seen: true } })));
}`,
    },
    // ---- the same value, written differently
    {
      name: 'p-limit limit reformatted across lines',
      before: pLimited('5'),
      after: `import pLimit from 'p-limit';
import axios from 'axios';
const limit = pLimit(
  5,
);
export async function sync(ids: string[]) {
  return Promise.all(ids.map((id) => limit(() => axios.put('/items/' + id))));
}`,
    },
    {
      name: 'a limit constant renamed, same value',
      before: `import pMap from 'p-map';
import axios from 'axios';
const CONCURRENCY = 8;
export async function sync(ids: string[]) {
  return pMap(ids, (id) => axios.put('/items/' + id), { concurrency: CONCURRENCY });
}`,
      after: `import pMap from 'p-map';
import axios from 'axios';
const MAX_PARALLEL_UPLOADS = 8;
export async function sync(ids: string[]) {
  return pMap(ids, (id) => axios.put('/items/' + id), { concurrency: MAX_PARALLEL_UPLOADS });
}`,
    },
    {
      name: 'a limit moved into a shared constant in another file, same value',
      before: {
        'src/service.ts': pLimited('5'),
        'src/config.ts': `export const SERVICE_NAME = 'sync';`,
      },
      after: {
        'src/service.ts': `import pLimit from 'p-limit';
import axios from 'axios';
import { SYNC_CONCURRENCY } from './config';
const limit = pLimit(SYNC_CONCURRENCY);
export async function sync(ids: string[]) {
  return Promise.all(ids.map((id) => limit(() => axios.put('/items/' + id))));
}`,
        'src/config.ts': `export const SERVICE_NAME = 'sync';
export const SYNC_CONCURRENCY = 5;`,
      },
    },
    {
      name: 'pool options spread from defaults that already held the same max',
      before: `import { Pool } from 'pg';
const POOL_DEFAULTS = { max: 20, idleTimeoutMillis: 30_000 };
export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
pool.on('error', (err) => console.error('idle client error', err));`,
      after: `import { Pool } from 'pg';
const POOL_DEFAULTS = { max: 20, idleTimeoutMillis: 30_000 };
export const pool = new Pool({ ...POOL_DEFAULTS, connectionString: process.env.DATABASE_URL });
pool.on('error', (err) => console.error('idle client error', err));`,
    },
    {
      name: 'a limit now read from the environment with the same default',
      before: `import { Worker } from 'bullmq';
export const worker = new Worker('emails', async (job) => job.data, { concurrency: 5 });
worker.on('failed', (job, err) => console.error(job?.id, err));`,
      after: `import { Worker } from 'bullmq';
export const worker = new Worker('emails', async (job) => job.data, { concurrency: Number(process.env.EMAIL_CONCURRENCY ?? 5) });
worker.on('failed', (job, err) => console.error(job?.id, err));`,
    },
    {
      name: 'a limit now read from the environment without a default is not guessed',
      before: `import { Pool } from 'pg';
export const pool = new Pool({ max: 20 });
pool.on('error', (err) => console.error('idle client error', err));`,
      after: `import { Pool } from 'pg';
export const pool = new Pool({ max: Number(process.env.PG_POOL_MAX) });
pool.on('error', (err) => console.error('idle client error', err));`,
    },
    {
      name: 'options now spread from a parameter the model cannot read',
      before: `import PQueue from 'p-queue';
export function makeQueue() {
  return new PQueue({ concurrency: 4 });
}`,
      after: `import PQueue from 'p-queue';
export function makeQueue(opts: { concurrency?: number }) {
  return new PQueue({ ...opts });
}`,
    },
    // ---- limits added, or parallel work that stays bounded
    {
      name: 'sequential calls made parallel through a Bottleneck limiter of 1 that another module exports: still one at a time',
      before: {
        'src/limiter.ts': `import Bottleneck from 'bottleneck';
export const limiter = new Bottleneck({ maxConcurrent: 1 });`,
        'src/sync.ts': `import axios from 'axios';
import { limiter } from './limiter';
export async function sync(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await limiter.schedule(() => axios.put('/items/' + id)));
  return out;
}`,
      },
      after: {
        'src/limiter.ts': `import Bottleneck from 'bottleneck';
export const limiter = new Bottleneck({ maxConcurrent: 1 });`,
        'src/sync.ts': `import axios from 'axios';
import { limiter } from './limiter';
export async function sync(ids: string[]) {
  return Promise.all(ids.map((id) => limiter.schedule(() => axios.put('/items/' + id))));
}`,
      },
    },
    {
      name: 'sequential calls made parallel one at a time through a p-limit limiter of 1',
      before: `import axios from 'axios';
export async function sync(ids: string[]) {
  for (const id of ids) await axios.put('/items/' + id);
}`,
      after: pLimited('1'),
    },
    {
      name: 'a chunk size lowered: fewer at once only wait longer',
      before: `import axios from 'axios';
import { chunk } from 'lodash';
export async function notify(users: { id: string }[]) {
  for (const batch of chunk(users, 50)) await Promise.all(batch.map((u) => axios.post('/notify', { id: u.id })));
}`,
      after: `import axios from 'axios';
import { chunk } from 'lodash';
export async function notify(users: { id: string }[]) {
  for (const batch of chunk(users, 10)) await Promise.all(batch.map((u) => axios.post('/notify', { id: u.id })));
}`,
    },
    {
      name: 'a chunk size the loop names (not a number) replaced by a number: nothing known was lost',
      before: `import axios from 'axios';
import { chunk } from 'lodash';
export async function notify(users: { id: string }[], size: number) {
  for (const batch of chunk(users, size)) await Promise.all(batch.map((u) => axios.post('/notify', { id: u.id })));
}`,
      after: `import axios from 'axios';
import { chunk } from 'lodash';
export async function notify(users: { id: string }[], size: number) {
  for (const batch of chunk(users, 100)) await Promise.all(batch.map((u) => axios.post('/notify', { id: u.id })));
}`,
    },
    {
      name: 'a concurrency limit added to p-queue',
      before: `import PQueue from 'p-queue';
import axios from 'axios';
const queue = new PQueue();
export async function sync(ids: string[]) {
  for (const id of ids) queue.add(() => axios.put('/items/' + id));
  await queue.onIdle();
}`,
      after: `import PQueue from 'p-queue';
import axios from 'axios';
const queue = new PQueue({ concurrency: 4 });
export async function sync(ids: string[]) {
  for (const id of ids) queue.add(() => axios.put('/items/' + id));
  await queue.onIdle();
}`,
    },
    {
      name: 'unbounded parallel work made sequential',
      before: `import axios from 'axios';
export async function notify(users: { id: string }[]) {
  await Promise.all(users.map((u) => axios.post('/notify', { id: u.id })));
}`,
      after: `import axios from 'axios';
export async function notify(users: { id: string }[]) {
  for (const u of users) await axios.post('/notify', { id: u.id });
}`,
    },
    {
      name: 'a sequential loop over a literal list made parallel',
      before: `import axios from 'axios';
export async function health() {
  for (const region of ['eu', 'us', 'ap']) await axios.get('https://status.example.com/' + region);
}`,
      after: `import axios from 'axios';
export async function health() {
  await Promise.all(['eu', 'us', 'ap'].map((region) => axios.get('https://status.example.com/' + region)));
}`,
    },
    {
      name: 'a call moved into a new parallel loop is fan-out, not a concurrency change',
      before: `import axios from 'axios';
export async function notify(users: { id: string }[]) {
  await axios.post('/notify-all', { ids: users.map((u) => u.id) });
}`,
      after: `import axios from 'axios';
export async function notify(users: { id: string }[]) {
  await Promise.all(users.map((u) => axios.post('/notify', { id: u.id })));
}`,
    },
    {
      name: 'a batch loop whose batch size is unchanged',
      before: `import axios from 'axios';
import { chunk } from 'lodash';
export async function notify(users: { id: string }[]) {
  for (const batch of chunk(users, 25)) await Promise.all(batch.map((u) => axios.post('/notify', { id: u.id })));
}`,
      after: `import axios from 'axios';
import { chunk } from 'lodash';
export async function notify(users: { id: string }[], channel: string) {
  for (const batch of chunk(users, 25)) await Promise.all(batch.map((u) => axios.post('/notify', { id: u.id, channel })));
}`,
    },
    {
      name: 'p-limit limiter kept, the call inside it changed',
      before: pLimited('5'),
      after: `import pLimit from 'p-limit';
import axios from 'axios';
const limit = pLimit(5);
export async function sync(ids: string[]) {
  return Promise.all(ids.map((id) => limit(() => axios.patch('/items/' + id, { synced: true }))));
}`,
    },
    {
      name: 'p-map replaced by a p-limit limiter of the same size',
      before: `import pMap from 'p-map';
import axios from 'axios';
export async function sync(ids: string[]) {
  return pMap(ids, (id) => axios.put('/items/' + id), { concurrency: 4 });
}`,
      after: `import pLimit from 'p-limit';
import axios from 'axios';
const limit = pLimit(4);
export async function sync(ids: string[]) {
  return Promise.all(ids.map((id) => limit(() => axios.put('/items/' + id))));
}`,
    },
    {
      name: 'async mapLimit replaced by mapSeries',
      before: `import async from 'async';
import axios from 'axios';
export async function sync(ids: string[]) {
  return async.mapLimit(ids, 5, async (id: string) => axios.put('/items/' + id));
}`,
      after: `import async from 'async';
import axios from 'axios';
export async function sync(ids: string[]) {
  return async.mapSeries(ids, async (id: string) => axios.put('/items/' + id));
}`,
    },
    {
      name: 'Bottleneck spacing changed, maxConcurrent kept',
      before: `import Bottleneck from 'bottleneck';
export const limiter = new Bottleneck({ maxConcurrent: 2, minTime: 200 });
limiter.on('failed', (err) => console.error(err));`,
      after: `import Bottleneck from 'bottleneck';
export const limiter = new Bottleneck({ maxConcurrent: 2, minTime: 50 });
limiter.on('failed', (err) => console.error(err));`,
    },
    {
      name: 'a mysql2 queueLimit raised resizes the waiting room, not the concurrency',
      before: `import mysql from 'mysql2/promise';
export const db = mysql.createPool({ host: 'db', connectionLimit: 10, queueLimit: 100 });`,
      after: `import mysql from 'mysql2/promise';
export const db = mysql.createPool({ host: 'db', connectionLimit: 10, queueLimit: 1000 });`,
    },
    {
      name: 'a job runner poll interval changed, concurrency kept',
      before: `import { run } from 'graphile-worker';
import { taskList } from './tasks';
export const runner = run({ connectionString: process.env.DATABASE_URL, concurrency: 5, pollInterval: 2000, taskList });`,
      after: `import { run } from 'graphile-worker';
import { taskList } from './tasks';
export const runner = run({ connectionString: process.env.DATABASE_URL, concurrency: 5, pollInterval: 500, taskList });`,
    },
    {
      name: 'undici pool keep-alive changed, connections kept',
      before: `import { Pool } from 'undici';
export const payments = new Pool('https://payments.internal', { connections: 10, keepAliveTimeout: 4_000 });
payments.on('connectionError', (origin, targets, err) => console.error(err));`,
      after: `import { Pool } from 'undici';
export const payments = new Pool('https://payments.internal', { connections: 10, keepAliveTimeout: 30_000 });
payments.on('connectionError', (origin, targets, err) => console.error(err));`,
    },
    {
      name: 'a stepped batch loop whose step is unchanged',
      before: `import { Pool } from 'pg';
const pool = new Pool();
const BATCH_SIZE = 50;
export async function touch(ids: number[]) {
  for (let i = 0; i < ids.length; i += BATCH_SIZE) {
    const slice = ids.slice(i, i + BATCH_SIZE);
    await Promise.all(slice.map((id) => pool.query('update items set seen = now() where id = $1', [id])));
  }
}`,
      after: `import { Pool } from 'pg';
const pool = new Pool();
const BATCH_SIZE = 50;
export async function touch(ids: number[]) {
  for (let i = 0; i < ids.length; i += BATCH_SIZE) {
    const slice = ids.slice(i, i + BATCH_SIZE);
    await Promise.all(slice.map((id) => pool.query('update items set seen_at = now() where id = $1', [id])));
  }
}`,
    },
    // ---- options that are not concurrency bounds
    {
      name: 'an lru-cache max is a size, not a pool',
      before: `import { LRUCache } from 'lru-cache';
export const cache = new LRUCache<string, string>({ max: 500 });
cache.set('boot', String(Date.now()));`,
      after: `import { LRUCache } from 'lru-cache';
export const cache = new LRUCache<string, string>({ max: 50_000 });
cache.set('boot', String(Date.now()));`,
    },
    {
      name: "a got retry limit is the retry rule's business",
      before: `import got from 'got';
export const api = got.extend({ prefixUrl: 'https://api.example.com', retry: { limit: 2 } });`,
      after: `import got from 'got';
export const api = got.extend({ prefixUrl: 'https://api.example.com', retry: { limit: 6 } });`,
    },
    {
      name: 'a query builder limit is a page size, not a concurrency limit',
      before: `import knex from 'knex';
const db = knex({ client: 'pg', pool: { max: 10 } });
db.on('query', (q) => console.debug(q.sql));
export async function recent() {
  return db('orders').orderBy('created_at', 'desc').limit(10);
}`,
      after: `import knex from 'knex';
const db = knex({ client: 'pg', pool: { max: 10 } });
db.on('query', (q) => console.debug(q.sql));
export async function recent() {
  return db('orders').orderBy('created_at', 'desc').limit(500);
}`,
    },
    {
      name: 'a concurrency field in a request body is data',
      before: `import axios from 'axios';
export async function scheduleExport(id: string) {
  await axios.post('https://jobs.internal/exports', { id, concurrency: 2 }, { timeout: 5_000 });
}`,
      after: `import axios from 'axios';
export async function scheduleExport(id: string) {
  await axios.post('https://jobs.internal/exports', { id, concurrency: 16 }, { timeout: 5_000 });
}`,
    },
    {
      name: 'pool minimum and idle timeout changed',
      before: `import knex from 'knex';
export const db = knex({ client: 'pg', pool: { min: 2, max: 10, idleTimeoutMillis: 30_000 } });
db.on('query', (q) => console.debug(q.sql));`,
      after: `import knex from 'knex';
export const db = knex({ client: 'pg', pool: { min: 0, max: 10, idleTimeoutMillis: 5_000 } });
db.on('query', (q) => console.debug(q.sql));`,
    },
    {
      name: 'a Prisma connection URL from the environment is not guessed',
      before: `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient({ datasources: { db: { url: 'postgresql://app@db:5432/app?connection_limit=5' } } });
prisma.$on('query', (e) => console.debug(e));`,
      after: `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient({ datasources: { db: { url: process.env.DATABASE_URL } } });
prisma.$on('query', (e) => console.debug(e));`,
    },
    {
      name: 'an ioredis cluster that keeps its offline queue off',
      before: `import { Cluster } from 'ioredis';
export const redis = new Cluster([{ host: 'redis-0', port: 6379 }], { enableOfflineQueue: false, scaleReads: 'master' });
redis.on('error', (err) => console.error('redis', err));`,
      after: `import { Cluster } from 'ioredis';
export const redis = new Cluster([{ host: 'redis-0', port: 6379 }], { enableOfflineQueue: false, scaleReads: 'all' });
redis.on('error', (err) => console.error('redis', err));`,
    },
    {
      name: 'a limit replaced by options spread from a parameter with a default: the caller may set it',
      before: `import PQueue from 'p-queue';
export function makeQueue(opts = {}) {
  return new PQueue({ concurrency: 4 });
}`,
      after: `import PQueue from 'p-queue';
export function makeQueue(opts = {}) {
  return new PQueue({ ...opts });
}`,
    },
    {
      name: 'an sqs-producer batchSize raised: messages per send, not how many run at once',
      before: `import { Producer } from 'sqs-producer';
export const producer = Producer.create({ queueUrl: process.env.QUEUE_URL!, region: 'eu-west-1', batchSize: 1 });`,
      after: `import { Producer } from 'sqs-producer';
export const producer = Producer.create({ queueUrl: process.env.QUEUE_URL!, region: 'eu-west-1', batchSize: 10 });`,
    },
    {
      name: 'an sqs-consumer that takes the whole batch in one handler call: its batchSize is not a concurrency',
      before: `import { Consumer } from 'sqs-consumer';
export const app = Consumer.create({ queueUrl: process.env.QUEUE_URL!, batchSize: 1, handleMessageBatch: async (ms) => { console.log(ms.length); } });`,
      after: `import { Consumer } from 'sqs-consumer';
export const app = Consumer.create({ queueUrl: process.env.QUEUE_URL!, batchSize: 10, handleMessageBatch: async (ms) => { console.log(ms.length); } });`,
    },
    {
      name: 'a QStash message whose flow-control key changed and whose body holds a parallelism field',
      before: `import { Client } from '@upstash/qstash';
const qstash = new Client({ token: process.env.QSTASH_TOKEN! });
export async function enqueue(url: string) {
  await qstash.publish({ url, body: { parallelism: 2 }, flowControl: { key: 'emails', parallelism: 2 } });
}`,
      after: `import { Client } from '@upstash/qstash';
const qstash = new Client({ token: process.env.QSTASH_TOKEN! });
export async function enqueue(url: string) {
  await qstash.publish({ url, body: { parallelism: 20 }, flowControl: { key: 'newsletters', parallelism: 2 } });
}`,
    },
    {
      name: 'a kafkajs consumer whose handler changed, partitions consumed at once kept',
      before: `import { Kafka } from 'kafkajs';
const consumer = new Kafka({ clientId: 'app', brokers: ['kafka:9092'] }).consumer({ groupId: 'billing' });
export async function start() {
  await consumer.run({ partitionsConsumedConcurrently: 4, eachMessage: async ({ message }) => console.log(message.value) });
}`,
      after: `import { Kafka } from 'kafkajs';
const consumer = new Kafka({ clientId: 'app', brokers: ['kafka:9092'] }).consumer({ groupId: 'billing' });
export async function start() {
  await consumer.run({ partitionsConsumedConcurrently: 4, eachMessage: async ({ message }) => console.info(message.key, message.value) });
}`,
    },
    {
      name: 'an http agent whose socket cap is unchanged',
      before: `import https from 'node:https';
import axios from 'axios';
export const agent = new https.Agent({ keepAlive: true, maxSockets: 50 });
export const http = axios.create({ httpsAgent: agent });`,
      after: `import https from 'node:https';
import axios from 'axios';
export const agent = new https.Agent({ keepAlive: true, maxSockets: 50, maxFreeSockets: 5 });
export const http = axios.create({ httpsAgent: agent });`,
    },
  ],
  flagged: [
    {
      name: 'sequential calls made parallel through a Bottleneck limiter of 5 that another module exports: raised from one to 5 at a time',
      before: {
        'src/limiter.ts': `import Bottleneck from 'bottleneck';
export const limiter = new Bottleneck({ maxConcurrent: 5 });`,
        'src/sync.ts': `import axios from 'axios';
import { limiter } from './limiter';
export async function sync(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await limiter.schedule(() => axios.put('/items/' + id)));
  return out;
}`,
      },
      after: {
        'src/limiter.ts': `import Bottleneck from 'bottleneck';
export const limiter = new Bottleneck({ maxConcurrent: 5 });`,
        'src/sync.ts': `import axios from 'axios';
import { limiter } from './limiter';
export async function sync(ids: string[]) {
  return Promise.all(ids.map((id) => limiter.schedule(() => axios.put('/items/' + id))));
}`,
      },
      findings: [{ messageId: 'raised', file: 'src/sync.ts', line: 4, column: 22, severity: 'low', data: { before: 'one at a time', after: '5 at a time' } }],
    },
    {
      name: 'a limiter another module exports dropped from a parallel loop',
      before: {
        'src/limiter.ts': `import Bottleneck from 'bottleneck';
export const limiter = new Bottleneck({ maxConcurrent: 5 });`,
        'src/sync.ts': `import axios from 'axios';
import { limiter } from './limiter';
export async function sync(ids: string[]) {
  return Promise.all(ids.map((id) => limiter.schedule(() => axios.put('/items/' + id))));
}`,
      },
      after: {
        'src/limiter.ts': `import Bottleneck from 'bottleneck';
export const limiter = new Bottleneck({ maxConcurrent: 5 });`,
        'src/sync.ts': `import axios from 'axios';
import { limiter } from './limiter';
export async function sync(ids: string[]) {
  return Promise.all(ids.map((id) => axios.put('/items/' + id)));
}`,
      },
      findings: [{ messageId: 'limiterDropped', file: 'src/sync.ts', line: 4, column: 22 }],
    },
    {
      name: 'sequential calls made parallel through a project helper that is not a limiter (the shared-limiter neighbour)',
      before: {
        'src/limiter.ts': `export const limiter = { schedule: <T>(task: () => Promise<T>) => task() };`,
        'src/sync.ts': `import axios from 'axios';
import { limiter } from './limiter';
export async function sync(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await limiter.schedule(() => axios.put('/items/' + id)));
  return out;
}`,
      },
      after: {
        'src/limiter.ts': `export const limiter = { schedule: <T>(task: () => Promise<T>) => task() };`,
        'src/sync.ts': `import axios from 'axios';
import { limiter } from './limiter';
export async function sync(ids: string[]) {
  return Promise.all(ids.map((id) => limiter.schedule(() => axios.put('/items/' + id))));
}`,
      },
      findings: [{ messageId: 'madeParallel', file: 'src/sync.ts', line: 4, column: 22 }],
    },
    {
      name: 'parallel deletes over a query capped with take: the cap removed',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const MAX_PER_CYCLE = 2;
export async function sweep() {
  const envs = await prisma.environment.findMany({ where: { stale: true }, take: MAX_PER_CYCLE });
  await Promise.all(envs.map((e) => prisma.environment.delete({ where: { id: e.id } })));
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const MAX_PER_CYCLE = 2;
export async function sweep() {
  const envs = await prisma.environment.findMany({ where: { stale: true } });
  await Promise.all(envs.map((e) => prisma.environment.delete({ where: { id: e.id } })));
}`,
      findings: [{ messageId: 'capRemoved', line: 6, column: 21, severity: 'high', data: { callee: 'prisma.environment.delete', before: 'at most 2 at once, `envs` cut to `MAX_PER_CYCLE`', over: 'envs' } }],
    },
    {
      name: 'a configuration object whose default concurrency was raised (no call in sight reads it)',
      before: `export interface Env { maxConcurrentJobs?: number; cacheSize?: number }
export function envToConfig(env: Env) {
  const worker = {
    cacheSize: env.cacheSize ?? 100,
    maxConcurrentJobs: env.maxConcurrentJobs ?? 16,
  };
  return { worker };
}`,
      after: `export interface Env { maxConcurrentJobs?: number; cacheSize?: number }
export function envToConfig(env: Env) {
  const worker = {
    cacheSize: env.cacheSize ?? 100,
    maxConcurrentJobs: env.maxConcurrentJobs ?? 1000,
  };
  return { worker };
}`,
      findings: [{ messageId: 'raised', line: 5, column: 1, severity: 'low', data: { option: 'maxConcurrentJobs', before: '16 at a time', after: '1000 at a time' } }],
    },
    {
      name: 'a project queue whose constructor names its second parameter concurrency: raised positionally',
      before: {
        'src/indexer.ts': `import { WorkQueue } from './queue';
export const queue = new WorkQueue('indexer', 1);`,
        'src/queue.ts': `export class WorkQueue {
  constructor(private label = 'default', private concurrency = 1) {}
  push<T>(task: () => Promise<T>): Promise<T> {
    return task();
  }
}`,
      },
      after: {
        'src/indexer.ts': `import { WorkQueue } from './queue';
export const queue = new WorkQueue('indexer', 8);`,
        'src/queue.ts': `export class WorkQueue {
  constructor(private label = 'default', private concurrency = 1) {}
  push<T>(task: () => Promise<T>): Promise<T> {
    return task();
  }
}`,
      },
      findings: [{ messageId: 'raised', line: 2, column: 22, severity: 'low', data: { what: 'The limit of `new WorkQueue`', before: 'one at a time', after: '8 at a time', factor: '8x' } }],
    },
    {
      name: 'two batched loops through one helper, each made one Promise.all: two findings',
      before: `import { PrismaClient } from '@prisma/client';
import _ from 'lodash';
const prisma = new PrismaClient();
async function touch(id: string) {
  await prisma.item.update({ where: { id }, data: { seenAt: new Date() } });
}
export async function touchAll(kept: string[], moved: string[]) {
  for (const part of _.chunk(kept, 20)) await Promise.all(part.map((id) => touch(id)));
  for (const part of _.chunk(moved, 20)) await Promise.all(part.map((id) => touch(id)));
}`,
      after: `import { PrismaClient } from '@prisma/client';
import _ from 'lodash';
const prisma = new PrismaClient();
async function touch(id: string) {
  await prisma.item.update({ where: { id }, data: { seenAt: new Date() } });
}
export async function touchAll(kept: string[], moved: string[]) {
  await Promise.all(kept.map((id) => touch(id)));
  await Promise.all(moved.map((id) => touch(id)));
}`,
      findings: [
        { messageId: 'batchUnbounded', line: 8, column: 21 },
        { messageId: 'batchUnbounded', line: 9, column: 21 },
      ],
    },
    {
      name: 'an await dropped from a sequential loop: the calls no longer wait for each other',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function markSeen(ids: string[]) {
  for (const id of ids) {
    await prisma.user.update({ where: { id }, data: { seen: true } });
  }
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function markSeen(ids: string[]) {
  for (const id of ids) {
    prisma.user.update({ where: { id }, data: { seen: true } });
  }
}`,
      findings: [{ messageId: 'madeParallel', line: 4, column: 3, severity: 'high', data: { callee: 'prisma.user.update', over: 'ids' } }],
    },
    // ---- p-limit
    {
      name: 'p-limit limit raised',
      before: pLimited('5'),
      after: pLimited('50'),
      findings: [{ messageId: 'raised', line: 3, column: 15, severity: 'medium', data: { what: 'The limit of `pLimit`', before: '5 at a time', after: '50 at a time', factor: '10x' } }],
    },
    {
      name: 'p-limit limit set to Infinity',
      before: pLimited('5'),
      after: pLimited('Infinity'),
      findings: [{ messageId: 'removed', line: 3, column: 15, severity: 'high', data: { how: 'is now Infinity', before: '5 at a time', after: 'all at once' } }],
    },
    {
      name: 'p-limit limiter dropped from a Promise.all',
      before: pLimited('5'),
      after: `import axios from 'axios';
export async function sync(ids: string[]) {
  return Promise.all(ids.map((id) => axios.put('/items/' + id)));
}`,
      findings: [{ messageId: 'limiterDropped', line: 3, column: 22, severity: 'high', data: { callee: 'axios.put', kind: 'network', entry: 'sync', over: 'ids', limiter: 'pLimit', before: '5 at a time' } }],
    },
    // ---- p-map
    {
      name: 'p-map concurrency removed',
      before: `import pMap from 'p-map';
import axios from 'axios';
export async function sync(ids: string[]) {
  return pMap(ids, (id) => axios.put('/items/' + id), { concurrency: 3 });
}`,
      after: `import pMap from 'p-map';
import axios from 'axios';
export async function sync(ids: string[]) {
  return pMap(ids, (id) => axios.put('/items/' + id));
}`,
      findings: [{ messageId: 'removed', line: 4, column: 10, severity: 'high', data: { what: '`concurrency` on `pMap`', how: 'was removed', before: '3 at a time', after: 'all at once' } }],
    },
    {
      name: 'p-map replaced by Promise.all',
      before: `import pMap from 'p-map';
import axios from 'axios';
const CONCURRENCY = 4;
export async function sync(ids: string[]) {
  return pMap(ids, (id) => axios.put('/items/' + id), { concurrency: CONCURRENCY });
}`,
      after: `import axios from 'axios';
export async function sync(ids: string[]) {
  return Promise.all(ids.map((id) => axios.put('/items/' + id)));
}`,
      findings: [{ messageId: 'limiterDropped', line: 3, column: 22, severity: 'high', data: { callee: 'axios.put', limiter: 'pMap', before: '4 at a time', over: 'ids' } }],
    },
    // ---- p-queue and Bottleneck
    {
      name: 'p-queue concurrency raised',
      before: `import PQueue from 'p-queue';
import axios from 'axios';
const queue = new PQueue({ concurrency: 2 });
queue.on('error', (err) => console.error('sync failed', err));
export async function sync(ids: string[]) {
  for (const id of ids) queue.add(() => axios.put('/items/' + id));
  await queue.onIdle();
}`,
      after: `import PQueue from 'p-queue';
import axios from 'axios';
const queue = new PQueue({ concurrency: 16 });
queue.on('error', (err) => console.error('sync failed', err));
export async function sync(ids: string[]) {
  for (const id of ids) queue.add(() => axios.put('/items/' + id));
  await queue.onIdle();
}`,
      findings: [{ messageId: 'raised', line: 3, column: 15, severity: 'medium', data: { what: '`concurrency` on `new PQueue`', before: '2 at a time', after: '16 at a time', factor: '8x' } }],
    },
    {
      name: 'Bottleneck maxConcurrent removed',
      before: `import Bottleneck from 'bottleneck';
export const limiter = new Bottleneck({ maxConcurrent: 2, minTime: 200 });
limiter.on('failed', (err) => console.error(err));`,
      after: `import Bottleneck from 'bottleneck';
export const limiter = new Bottleneck({ minTime: 200 });
limiter.on('failed', (err) => console.error(err));`,
      findings: [{ messageId: 'removed', line: 2, column: 24, severity: 'medium', data: { what: '`maxConcurrent` on `new Bottleneck`', how: 'was removed', before: '2 at a time', after: 'all at once' } }],
    },
    // ---- BullMQ workers
    {
      name: 'BullMQ worker concurrency raised',
      before: `import { Worker } from 'bullmq';
import { sendEmail } from './mailer';
export const worker = new Worker('emails', async (job) => sendEmail(job.data), {
  connection: { host: 'redis' },
  concurrency: 5,
});
worker.on('failed', (job, err) => console.error(job?.id, err));`,
      after: `import { Worker } from 'bullmq';
import { sendEmail } from './mailer';
export const worker = new Worker('emails', async (job) => sendEmail(job.data), {
  connection: { host: 'redis' },
  concurrency: 50,
});
worker.on('failed', (job, err) => console.error(job?.id, err));`,
      findings: [{ messageId: 'raised', line: 5, column: 1, severity: 'medium', data: { what: '`concurrency` on `new bullmq.Worker`', before: '5 at a time', after: '50 at a time', factor: '10x' } }],
    },
    // ---- async
    {
      name: 'async mapLimit limit raised',
      before: `import async from 'async';
import axios from 'axios';
export async function sync(ids: string[]) {
  return async.mapLimit(ids, 5, async (id: string) => axios.put('/items/' + id));
}`,
      after: `import async from 'async';
import axios from 'axios';
export async function sync(ids: string[]) {
  return async.mapLimit(ids, 25, async (id: string) => axios.put('/items/' + id));
}`,
      findings: [{ messageId: 'raised', line: 4, column: 10, severity: 'medium', data: { what: 'The limit of `mapLimit`', before: '5 at a time', after: '25 at a time', factor: '5x' } }],
    },
    {
      name: 'async mapLimit replaced by async map',
      before: `import async from 'async';
import axios from 'axios';
export async function sync(ids: string[]) {
  return async.mapLimit(ids, 5, async (id: string) => axios.put('/items/' + id));
}`,
      after: `import async from 'async';
import axios from 'axios';
export async function sync(ids: string[]) {
  return async.map(ids, async (id: string) => axios.put('/items/' + id));
}`,
      findings: [{ messageId: 'limiterDropped', line: 4, column: 10, severity: 'high', data: { limiter: 'mapLimit', before: '5 at a time' } }],
    },
    // ---- pools
    {
      name: 'pg pool max raised',
      before: `import { Pool } from 'pg';
export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on('error', (err) => console.error('idle client error', err));`,
      after: `import { Pool } from 'pg';
export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 50 });
pool.on('error', (err) => console.error('idle client error', err));`,
      findings: [{ messageId: 'raised', line: 2, column: 21, severity: 'medium', data: { what: '`max` on `new pg.Pool`', before: '10 connections', after: '50 connections', factor: '5x', impact: ' per process, on the same database' } }],
    },
    {
      name: 'a pool constructed alone in its module',
      before: `import { Pool } from 'pg';
export const pool = new Pool({ max: 10 });`,
      after: `import { Pool } from 'pg';
export const pool = new Pool({ max: 25 });`,
      findings: [{ messageId: 'raised', line: 2, column: 21, severity: 'medium', data: { before: '10 connections', after: '25 connections', factor: '2.5x' } }],
    },
    {
      name: 'pg pool max lowered below what the service needs',
      before: `import { Pool } from 'pg';
export const pool = new Pool({ max: 40 });
pool.on('error', (err) => console.error('idle client error', err));`,
      after: `import { Pool } from 'pg';
export const pool = new Pool({ max: 5 });
pool.on('error', (err) => console.error('idle client error', err));`,
      findings: [{ messageId: 'lowered', line: 2, column: 21, severity: 'medium', data: { before: '40 connections', after: '5 connections' } }],
    },
    {
      name: 'mysql2 connectionLimit set to 0, which mysql reads as no limit',
      before: `import mysql from 'mysql2/promise';
export const db = mysql.createPool({ host: 'db', connectionLimit: 10 });`,
      after: `import mysql from 'mysql2/promise';
export const db = mysql.createPool({ host: 'db', connectionLimit: 0 });`,
      findings: [{ messageId: 'removed', line: 2, column: 19, severity: 'high', data: { what: '`connectionLimit` on `mysql.createPool`', how: 'is now 0', before: '10 connections', after: 'no connection limit' } }],
    },
    {
      name: 'Prisma connection_limit raised in a literal URL',
      before: `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient({ datasources: { db: { url: 'postgresql://app@db:5432/app?connection_limit=5' } } });
prisma.$on('query', (e) => console.debug(e));`,
      after: `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient({ datasources: { db: { url: 'postgresql://app@db:5432/app?connection_limit=40&pool_timeout=20' } } });
prisma.$on('query', (e) => console.debug(e));`,
      findings: [{ messageId: 'raised', line: 2, column: 23, severity: 'medium', data: { what: '`connection_limit` in `datasources.db.url` on `new prisma.PrismaClient`', before: '5 connections', after: '40 connections', factor: '8x' } }],
    },
    {
      name: 'a pool in any library: sequelize pool.max raised',
      before: `import { Sequelize } from 'sequelize';
export const sequelize = new Sequelize(process.env.DATABASE_URL!, { pool: { max: 5, idle: 10_000 } });
sequelize.authenticate().catch((err) => console.error(err));`,
      after: `import { Sequelize } from 'sequelize';
export const sequelize = new Sequelize(process.env.DATABASE_URL!, { pool: { max: 30, idle: 10_000 } });
sequelize.authenticate().catch((err) => console.error(err));`,
      findings: [{ messageId: 'raised', line: 2, column: 26, severity: 'medium', data: { what: '`pool.max` on `new sequelize.Sequelize`', before: '5 connections', after: '30 connections' } }],
    },
    {
      name: 'a pool size from the environment whose default rose',
      before: `import { Pool } from 'pg';
export const pool = new Pool({ max: Number(process.env.PG_POOL_MAX ?? 10) });
pool.on('error', (err) => console.error('idle client error', err));`,
      after: `import { Pool } from 'pg';
export const pool = new Pool({ max: Number(process.env.PG_POOL_MAX ?? 40) });
pool.on('error', (err) => console.error('idle client error', err));`,
      findings: [{ messageId: 'raised', line: 2, column: 21, severity: 'medium', data: { before: '10 connections unless `PG_POOL_MAX` is set', after: '40 connections unless `PG_POOL_MAX` is set' } }],
    },
    // ---- ioredis cluster and http agents
    {
      name: 'ioredis cluster offline queue turned back on',
      before: `import { Cluster } from 'ioredis';
export const redis = new Cluster([{ host: 'redis-0', port: 6379 }], { enableOfflineQueue: false, scaleReads: 'slave' });
redis.on('error', (err) => console.error('redis', err));`,
      after: `import { Cluster } from 'ioredis';
export const redis = new Cluster([{ host: 'redis-0', port: 6379 }], { scaleReads: 'slave' });
redis.on('error', (err) => console.error('redis', err));`,
      findings: [{ messageId: 'removed', line: 2, column: 22, severity: 'medium', data: { what: '`enableOfflineQueue` on `new redis.Cluster`', how: 'was removed', before: 'commands fail fast while disconnected', after: 'commands queue without limit while disconnected' } }],
    },
    {
      name: 'http agent maxSockets removed',
      before: `import https from 'node:https';
import axios from 'axios';
export const agent = new https.Agent({ keepAlive: true, maxSockets: 50 });
export const http = axios.create({ httpsAgent: agent });`,
      after: `import https from 'node:https';
import axios from 'axios';
export const agent = new https.Agent({ keepAlive: true });
export const http = axios.create({ httpsAgent: agent });`,
      findings: [{ messageId: 'removed', line: 3, column: 22, severity: 'high', data: { what: '`maxSockets` on `new http.Agent`', before: '50 sockets per host', after: 'unlimited sockets per host' } }],
    },
    {
      name: 'an inline agent on an axios instance loses its socket cap',
      before: `import axios from 'axios';
import https from 'node:https';
export const billing = axios.create({ baseURL: 'https://billing.internal', httpsAgent: new https.Agent({ keepAlive: true, maxSockets: 20 }) });`,
      after: `import axios from 'axios';
import https from 'node:https';
export const billing = axios.create({ baseURL: 'https://billing.internal', httpsAgent: new https.Agent({ keepAlive: true }) });`,
      findings: [{ messageId: 'removed', line: 3, column: 88, severity: 'high', data: { what: '`maxSockets` on `new http.Agent`', before: '20 sockets per host', after: 'unlimited sockets per host' } }],
    },
    {
      name: 'AWS SDK v3 request handler sockets raised',
      before: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export const ddb = new DynamoDBClient({ region: 'eu-west-1', requestHandler: { requestTimeout: 3_000, httpsAgent: { maxSockets: 50 } } });`,
      after: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export const ddb = new DynamoDBClient({ region: 'eu-west-1', requestHandler: { requestTimeout: 3_000, httpsAgent: { maxSockets: 500 } } });`,
      findings: [{ messageId: 'raised', line: 2, column: 20, severity: 'medium', data: { option: 'requestHandler.httpsAgent.maxSockets', before: '50 sockets per host', after: '500 sockets per host', impact: ' per process, on the same database' } }],
    },
    {
      name: 'mongoose maxPoolSize removed falls back to the driver default of 100',
      before: `import mongoose from 'mongoose';
export const ready = mongoose.connect(process.env.MONGO_URL!, { maxPoolSize: 10, serverSelectionTimeoutMS: 5_000 });`,
      after: `import mongoose from 'mongoose';
export const ready = mongoose.connect(process.env.MONGO_URL!, { serverSelectionTimeoutMS: 5_000 });`,
      findings: [{ messageId: 'raised', line: 2, column: 22, severity: 'medium', data: { what: '`maxPoolSize` on `mongoose.connect`', before: '10 connections', after: '100 connections by default', factor: '10x' } }],
    },
    {
      name: 'a concurrency option of a library opsdiff does not know',
      before: `import { run } from 'graphile-worker';
import { taskList } from './tasks';
export const runner = run({ connectionString: process.env.DATABASE_URL, concurrency: 5, taskList });`,
      after: `import { run } from 'graphile-worker';
import { taskList } from './tasks';
export const runner = run({ connectionString: process.env.DATABASE_URL, concurrency: 20, taskList });`,
      findings: [{ messageId: 'raised', line: 3, column: 23, severity: 'low', data: { what: '`concurrency` on `run`', before: '5 at a time', after: '20 at a time', factor: '4x' } }],
    },
    {
      name: 'undici pool connections raised',
      before: `import { Pool } from 'undici';
export const payments = new Pool('https://payments.internal', { connections: 10, pipelining: 1 });
payments.on('connectionError', (origin, targets, err) => console.error(err));`,
      after: `import { Pool } from 'undici';
export const payments = new Pool('https://payments.internal', { connections: 100, pipelining: 1 });
payments.on('connectionError', (origin, targets, err) => console.error(err));`,
      findings: [{ messageId: 'raised', line: 2, column: 25, severity: 'medium', data: { what: '`connections` on `new undici.Pool`', before: '10 connections', after: '100 connections', factor: '10x', impact: ' per process, on the same service' } }],
    },
    // ---- values resolved across files
    {
      name: 'a limit imported from another file raised there',
      before: {
        'src/service.ts': `import pLimit from 'p-limit';
import axios from 'axios';
import { SYNC_CONCURRENCY } from './config';
const limit = pLimit(SYNC_CONCURRENCY);
export async function sync(ids: string[]) {
  return Promise.all(ids.map((id) => limit(() => axios.put('/items/' + id))));
}`,
        'src/config.ts': `export const SYNC_CONCURRENCY = 4;`,
      },
      after: {
        'src/service.ts': `import pLimit from 'p-limit';
import axios from 'axios';
import { SYNC_CONCURRENCY } from './config';
const limit = pLimit(SYNC_CONCURRENCY);
export async function sync(ids: string[]) {
  return Promise.all(ids.map((id) => limit(() => axios.put('/items/' + id))));
}`,
        'src/config.ts': `export const SYNC_CONCURRENCY = 4 * 8;`,
      },
      findings: [{ messageId: 'raised', file: 'src/config.ts', line: 1, column: 1, severity: 'medium', data: { before: '4 at a time', after: '32 at a time', factor: '8x' } }],
    },
    // ---- loops
    {
      name: 'sequential for-await made Promise.all',
      before: `import axios from 'axios';
export async function notify(users: { id: string }[]) {
  for await (const u of users) await axios.post('/notify', { id: u.id });
}`,
      after: `import axios from 'axios';
export async function notify(users: { id: string }[]) {
  await Promise.all(users.map((u) => axios.post('/notify', { id: u.id })));
}`,
      findings: [{ messageId: 'madeParallel', line: 3, column: 21, severity: 'high', data: { callee: 'axios.post', kind: 'network', entry: 'notify', over: 'users', more: '' } }],
    },
    {
      name: 'a chunked batch loop turned into one Promise.all',
      before: `import axios from 'axios';
import _ from 'lodash';
export async function notify(users: { id: string }[]) {
  for (const batch of _.chunk(users, 10)) {
    await Promise.all(batch.map((u) => axios.post('/notify', { id: u.id })));
  }
}`,
      after: `import axios from 'axios';
import _ from 'lodash';
export async function notify(users: { id: string }[]) {
  await Promise.all(users.map((u) => axios.post('/notify', { id: u.id })));
}`,
      findings: [{ messageId: 'batchUnbounded', line: 4, column: 21, severity: 'high', data: { before: 'batches of 10', over: 'users' } }],
    },
    {
      name: 'a stepped batch loop turned into one Promise.all',
      before: `import { Pool } from 'pg';
const pool = new Pool();
const BATCH_SIZE = 50;
export async function touch(ids: number[]) {
  for (let i = 0; i < ids.length; i += BATCH_SIZE) {
    const slice = ids.slice(i, i + BATCH_SIZE);
    await Promise.all(slice.map((id) => pool.query('update items set seen = now() where id = $1', [id])));
  }
}`,
      after: `import { Pool } from 'pg';
const pool = new Pool();
export async function touch(ids: number[]) {
  await Promise.all(ids.map((id) => pool.query('update items set seen = now() where id = $1', [id])));
}`,
      findings: [{ messageId: 'batchUnbounded', line: 4, column: 21, severity: 'high', data: { callee: 'pg.query', kind: 'db', before: 'batches of `BATCH_SIZE`', over: 'ids' } }],
    },
    {
      name: 'two calls in a loop made parallel are one finding',
      before: `import axios from 'axios';
import Redis from 'ioredis';
const redis = new Redis();
export async function refresh(ids: string[]) {
  for (const id of ids) {
    const { data } = await axios.get('/items/' + id);
    await redis.set('item:' + id, JSON.stringify(data));
  }
}`,
      after: `import axios from 'axios';
import Redis from 'ioredis';
const redis = new Redis();
export async function refresh(ids: string[]) {
  await Promise.all(
    ids.map(async (id) => {
      const { data } = await axios.get('/items/' + id);
      await redis.set('item:' + id, JSON.stringify(data));
    }),
  );
}`,
      findings: [{ messageId: 'madeParallel', line: 6, column: 5, severity: 'high', data: { callee: 'axios.get', more: ' and `redis.set`' } }],
    },
    // ---- work that stays bounded, more at a time
    {
      name: 'sequential calls made parallel through a p-limit limiter: a limit raised from one at a time',
      before: `import axios from 'axios';
export async function sync(ids: string[]) {
  for (const id of ids) await axios.put('/items/' + id);
}`,
      after: pLimited('5'),
      findings: [{ messageId: 'raised', line: 5, column: 22, severity: 'low', data: { what: 'The concurrency of `axios.put` (network) calls in `sync`', before: 'one at a time', after: '5 at a time', factor: '5x', over: 'ids' } }],
    },
    {
      name: 'a sequential loop made parallel in chunks of 8',
      before: `import axios from 'axios';
import { chunk } from 'lodash';
export async function notify(users: { id: string }[]) {
  for (const u of users) await axios.post('/notify', { id: u.id });
}`,
      after: `import axios from 'axios';
import { chunk } from 'lodash';
export async function notify(users: { id: string }[]) {
  for (const batch of chunk(users, 8)) await Promise.all(batch.map((u) => axios.post('/notify', { id: u.id })));
}`,
      findings: [{ messageId: 'raised', line: 4, column: 3, severity: 'low', data: { before: 'one at a time', after: 'batches of 8', factor: '8x' } }],
    },
    {
      name: 'a chunk whose items run in parallel made larger: compared like a limiter',
      before: `import axios from 'axios';
import { chunk } from 'lodash';
export async function notify(users: { id: string }[]) {
  for (const batch of chunk(users, 10)) {
    await Promise.all(batch.map((u) => axios.post('/notify', { id: u.id })));
  }
}`,
      after: `import axios from 'axios';
import { chunk } from 'lodash';
export async function notify(users: { id: string }[]) {
  for (const batch of chunk(users, 50)) {
    await Promise.all(batch.map((u) => axios.post('/notify', { id: u.id })));
  }
}`,
      findings: [{ messageId: 'raised', line: 4, column: 3, severity: 'medium', data: { what: 'The concurrency of `axios.post` (network) calls in `notify`', before: 'batches of 10', after: 'batches of 50', factor: '5x' } }],
    },
    {
      name: 'a chunk made larger by less than the raise factor',
      before: `import axios from 'axios';
import { chunk } from 'lodash';
export async function notify(users: { id: string }[]) {
  for (const batch of chunk(users, 10)) await Promise.all(batch.map((u) => axios.post('/notify', { id: u.id })));
}`,
      after: `import axios from 'axios';
import { chunk } from 'lodash';
export async function notify(users: { id: string }[]) {
  for (const batch of chunk(users, 15)) await Promise.all(batch.map((u) => axios.post('/notify', { id: u.id })));
}`,
      findings: [{ messageId: 'raised', line: 4, column: 3, severity: 'low', data: { before: 'batches of 10', after: 'batches of 15', factor: '1.5x' } }],
    },
    {
      name: 'a stepped batch loop (i += n with slice) made larger',
      before: `import { Pool } from 'pg';
const pool = new Pool();
export async function touch(ids: number[]) {
  for (let i = 0; i < ids.length; i += 10) {
    const slice = ids.slice(i, i + 10);
    await Promise.all(slice.map((id) => pool.query('update items set seen = now() where id = $1', [id])));
  }
}`,
      after: `import { Pool } from 'pg';
const pool = new Pool();
export async function touch(ids: number[]) {
  for (let i = 0; i < ids.length; i += 100) {
    const slice = ids.slice(i, i + 100);
    await Promise.all(slice.map((id) => pool.query('update items set seen = now() where id = $1', [id])));
  }
}`,
      findings: [{ messageId: 'raised', line: 4, column: 3, severity: 'medium', data: { callee: 'pg.query', kind: 'db', before: 'batches of 10', after: 'batches of 100', factor: '10x' } }],
    },
    // ---- queue and worker options
    {
      name: 'an sqs-consumer batchSize raised: the messages of one receive are handled at once',
      before: `import { Consumer } from 'sqs-consumer';
export const app = Consumer.create({ queueUrl: process.env.QUEUE_URL!, batchSize: 1, handleMessage: async (m) => { console.log(m.Body); } });`,
      after: `import { Consumer } from 'sqs-consumer';
export const app = Consumer.create({ queueUrl: process.env.QUEUE_URL!, batchSize: 10, handleMessage: async (m) => { console.log(m.Body); } });`,
      findings: [{ messageId: 'raised', line: 2, column: 20, severity: 'medium', data: { what: '`batchSize` on `sqs.create`', before: 'one at a time', after: '10 at a time', factor: '10x' } }],
    },
    {
      name: 'a QStash message published with a higher flow-control parallelism',
      before: `import { Client } from '@upstash/qstash';
const qstash = new Client({ token: process.env.QSTASH_TOKEN! });
export async function enqueue(url: string) {
  await qstash.publish({ url, body: 'sync', flowControl: { key: 'emails', parallelism: 2 } });
}`,
      after: `import { Client } from '@upstash/qstash';
const qstash = new Client({ token: process.env.QSTASH_TOKEN! });
export async function enqueue(url: string) {
  await qstash.publish({ url, body: 'sync', flowControl: { key: 'emails', parallelism: 20 } });
}`,
      findings: [{ messageId: 'raised', line: 4, column: 9, severity: 'medium', data: { what: '`flowControl.parallelism` on `qstash.publish`', before: '2 at a time', after: '20 at a time', factor: '10x' } }],
    },
    {
      name: 'a kafkajs consumer runs more partitions at once',
      before: `import { Kafka } from 'kafkajs';
const consumer = new Kafka({ clientId: 'app', brokers: ['kafka:9092'] }).consumer({ groupId: 'billing' });
export async function start() {
  await consumer.run({ partitionsConsumedConcurrently: 1, eachMessage: async ({ message }) => console.log(message.value) });
}`,
      after: `import { Kafka } from 'kafkajs';
const consumer = new Kafka({ clientId: 'app', brokers: ['kafka:9092'] }).consumer({ groupId: 'billing' });
export async function start() {
  await consumer.run({ partitionsConsumedConcurrently: 12, eachMessage: async ({ message }) => console.log(message.value) });
}`,
      findings: [{ messageId: 'raised', line: 4, column: 9, severity: 'medium', data: { what: '`partitionsConsumedConcurrently` on `kafka.run`', before: 'one at a time', after: '12 at a time', factor: '12x' } }],
    },
    {
      name: 'an async.queue worker concurrency raised positionally',
      before: `import async from 'async';
import axios from 'axios';
export const q = async.queue(async (id: string) => axios.put('/items/' + id), 5);`,
      after: `import async from 'async';
import axios from 'axios';
export const q = async.queue(async (id: string) => axios.put('/items/' + id), 50);`,
      findings: [{ messageId: 'raised', line: 3, column: 18, severity: 'low', data: { what: 'The limit of `queue`', before: '5 at a time', after: '50 at a time', factor: '10x' } }],
    },
  ],
  todo: [
    {
      name: 'a batch size from a constant resolved to its value (`chunk(items, BATCH_SIZE)`)',
      reason: 'engine: LoopFact keeps the iterated expression as text only; the rule shows the name',
    },
  ],
});

describe('concurrency-changed options', () => {
  const summary = (before: string, after: string, options?: Record<string, number>) => runRule(rule, before, after, options).map((f) => [f.messageId, f.severity, f.at.span.line, f.at.span.column, f.data['factor']]);
  const pool = (max: number) => `import { Pool } from 'pg';\nexport const pool = new Pool({ max: ${max} });\n`;
  it('raiseFactor: a pool raised 5x is medium by default, low below a factor of 10', () => {
    expect(summary(pool(10), pool(50))).toEqual([['raised', 'medium', 2, 21, '5x']]);
    expect(summary(pool(10), pool(50), { raiseFactor: 10 })).toEqual([['raised', 'low', 2, 21, '5x']]);
  });
  it('raiseFactor: sequential work made parallel is reported from that many at a time', () => {
    const sequential = `import axios from 'axios';\nexport async function sync(ids: string[]) {\n  for (const id of ids) await axios.put('/items/' + id);\n}`;
    expect(summary(sequential, pLimited('5'))).toEqual([['raised', 'low', 5, 22, '5x']]);
    expect(summary(sequential, pLimited('5'), { raiseFactor: 10 })).toEqual([]);
  });
  it('poolLowerFactor and cutFactor: a pool halved is reported from a lower factor of 2, medium from a cut factor of 2', () => {
    expect(summary(pool(20), pool(10))).toEqual([]);
    expect(summary(pool(20), pool(10), { poolLowerFactor: 2 })).toEqual([['lowered', 'low', 2, 21, '1/2x']]);
    expect(summary(pool(20), pool(10), { poolLowerFactor: 2, cutFactor: 2 })).toEqual([['lowered', 'medium', 2, 21, '1/2x']]);
  });
});
