import { describe, expect, it } from 'vitest';
import rule from '../../rules/retry-changed.js';
import { describeRule, runRule } from '../support/ruleTable.js';

/**
 * One flagged case per library and per way a retry policy goes wrong, each with a quiet
 * neighbour that differs in the one thing that matters. Expectations are written by hand.
 */
describeRule(rule, {
  quiet: [
    {
      name: 'got.post (not retried by default) swapped for axios.post',
      before: `import got from 'got';
export async function submit(order: object) {
  return got.post('https://api.example.com/orders', { json: order }).json();
}`,
      after: `import axios from 'axios';
export async function submit(order: object) {
  const res = await axios.post('https://api.example.com/orders', order);
  return res.data;
}`,
    },
    {
      name: 'a call moved to another client with the same retries',
      before: `import got from 'got';
const a = got.extend({ retry: { limit: 3 } });
const b = got.extend({ retry: { limit: 3 }, prefixUrl: 'https://x' });
export async function quote(id: string) {
  return a.get('quotes/' + id).json();
}`,
      after: `import got from 'got';
const a = got.extend({ retry: { limit: 3 } });
const b = got.extend({ retry: { limit: 3 }, prefixUrl: 'https://x' });
export async function quote(id: string) {
  return b.get('quotes/' + id).json();
}`,
    },
    {
      name: 'a pRetry wrapper replaced by retries on the client the function uses',
      before: `import pRetry from 'p-retry';
import axios from 'axios';
const api = axios.create({ baseURL: 'https://rates.example.com' });
export async function rates(day: string) {
  return pRetry(() => api.get('/rates/' + day), { retries: 3 });
}`,
      after: `import axios from 'axios';
import axiosRetry from 'axios-retry';
const api = axios.create({ baseURL: 'https://rates.example.com' });
axiosRetry(api, { retries: 3, retryDelay: axiosRetry.exponentialDelay });
export async function rates(day: string) {
  axiosRetry(api, { retries: 3 });
  return api.get('/rates/' + day);
}`,
    },
    {
      name: 'a pRetry wrapper removed together with the call it retried',
      before: `import pRetry from 'p-retry';
import axios from 'axios';
export async function rates(day: string) {
  const r = await pRetry(() => axios.get('https://rates.example.com/' + day), { retries: 3 });
  return r.data;
}`,
      after: `export async function rates(day: string) {
  return { day, rates: [] };
}`,
    },
    {
      name: 'recursion over data (a tree walk) is not a retry',
      before: `export interface Node { id: string; children: Node[] }
export async function visit(node: Node, depth = 0): Promise<number> {
  let n = 1;
  for (const c of node.children) n += await visit(c, depth + 1);
  return n;
}`,
      after: `export interface Node { id: string; children: Node[] }
export async function visit(node: Node, depth = 0): Promise<number> {
  let n = 1;
  for (const c of node.children) n += await visit(c, depth + 2);
  return n;
}`,
    },
    {
      name: 'a function that starts calling itself again (a poll) is not reported as a new retry',
      before: `import { Queue } from 'bullmq';
const queue = new Queue('snapshots');
export class Poller {
  async run() {
    await queue.add('tick', {});
  }
}`,
      after: `import { Queue } from 'bullmq';
const queue = new Queue('snapshots');
export class Poller {
  async run() {
    await queue.add('tick', {});
    await this.run();
  }
}`,
    },
    {
      name: 'a retry loop whose error test was reordered, the same kinds retried',
      before: `class ConnectError extends Error { code = 0; }
export async function callWithRetry(call: () => Promise<string>) {
  let tries = 0;
  while (tries < 3) {
    try {
      return await call();
    } catch (err) {
      if (err instanceof ConnectError && (err.code === 14 || err.code === 10)) {
        tries++;
      } else {
        throw err;
      }
    }
  }
  throw new Error('unavailable');
}`,
      after: `class ConnectError extends Error { code = 0; }
export async function callWithRetry(call: () => Promise<string>) {
  let tries = 0;
  while (tries < 3) {
    try {
      return await call();
    } catch (err) {
      if (err instanceof ConnectError && (err.code === 10 || err.code === 14)) {
        tries++;
      } else {
        throw err;
      }
    }
  }
  throw new Error('unavailable');
}`,
    },
    {
      name: 'a retry helper inlined into a retry loop of its own',
      before: `import { DataSource, QueryRunner } from 'typeorm';
export class Tx {
  constructor(private ds: DataSource) {}
  async withTransaction(work: () => Promise<void>) {
    const queryRunner = this.ds.createQueryRunner();
    await this.startTransaction(queryRunner);
    await work();
  }
  private async startTransaction(queryRunner: QueryRunner) {
    const maxRetries = 25;
    let attempts = 0;
    async function attempt(): Promise<boolean> {
      try {
        await queryRunner.startTransaction();
        return true;
      } catch (err) {
        return false;
      }
    }
    while (attempts < maxRetries) {
      const result = await attempt();
      if (result) return;
      attempts++;
      await new Promise((resolve) => setTimeout(resolve, attempts * 20));
    }
  }
}`,
      after: `import { DataSource, QueryRunner } from 'typeorm';
export class Tx {
  constructor(private ds: DataSource) {}
  async withTransaction(work: () => Promise<void>) {
    const queryRunner = this.ds.createQueryRunner();
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        await queryRunner.startTransaction();
        break;
      } catch (err) {
        if (attempt === 3) throw err;
      }
    }
    await work();
  }
}`,
    },
    {
      name: 'methods at the top of a call that is not a retry (CORS) gaining POST',
      before: `import cors from 'cors';
import { Agent } from 'undici';
export const dispatcher = new Agent({ connections: 10 });
export const policy = cors({ methods: ['GET', 'HEAD'], maxAge: 600 });`,
      after: `import cors from 'cors';
import { Agent } from 'undici';
export const dispatcher = new Agent({ connections: 10 });
export const policy = cors({ methods: ['GET', 'HEAD', 'POST'], maxAge: 600 });`,
    },
    {
      name: 'a retry count removed where the library default is the same',
      before: `import pRetry from 'p-retry';
export async function load(url: string) {
  return pRetry(() => fetch(url), { retries: 10 });
}`,
      after: `import pRetry from 'p-retry';
export async function load(url: string) {
  return pRetry(() => fetch(url));
}`,
    },
    // ---- p-retry
    {
      name: 'p-retry: retries unchanged but reformatted',
      before: `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: 3 });
}`,
      after: `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(
    () => fetch(\`https://profiles.internal/v1/\${id}\`),
    {
      retries: 3,
    },
  );
}`,
    },
    {
      name: 'p-retry: retries lowered',
      before: `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: 5 });
}`,
      after: `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: 2 });
}`,
    },
    {
      name: 'p-retry: a limit moved into a shared constant of another file with the same value',
      before: {
        'src/profile.ts': `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: 3 });
}`,
      },
      after: {
        'src/profile.ts': `import pRetry from 'p-retry';
import { PROFILE_RETRIES } from './config';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: PROFILE_RETRIES });
}`,
        'src/config.ts': `export const PROFILE_RETRIES = 3;`,
      },
    },
    {
      name: 'p-retry: a constant renamed, same value',
      before: `import pRetry from 'p-retry';
const MAX_RETRIES = 4;
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: MAX_RETRIES });
}`,
      after: `import pRetry from 'p-retry';
const PROFILE_RETRY_LIMIT = 4;
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: PROFILE_RETRY_LIMIT });
}`,
    },
    {
      name: 'p-retry: options spread from shared defaults that already held the same value',
      before: `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: 3, minTimeout: 200 });
}`,
      after: `import pRetry from 'p-retry';
const RETRY_DEFAULTS = { retries: 3, minTimeout: 200 };
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { ...RETRY_DEFAULTS });
}`,
    },
    {
      name: 'p-retry: retries now come from a spread the model cannot read (no default assumed)',
      before: `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: 3 });
}`,
      after: `import pRetry, { type Options } from 'p-retry';
export async function loadProfile(id: string, retry: Options) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { ...retry, onFailedAttempt: (e) => console.warn(e) });
}`,
    },
    {
      name: 'p-retry: retries now set from the environment (not guessed, not compared)',
      before: `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: 3 });
}`,
      after: `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: Number(process.env.PROFILE_RETRIES ?? 3) });
}`,
    },
    {
      name: 'p-retry: a new retry around a read',
      before: `import axios from 'axios';
export async function loadProfile(id: string) {
  return axios.get(\`https://profiles.internal/v1/\${id}\`);
}`,
      after: `import axios from 'axios';
import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => axios.get(\`https://profiles.internal/v1/\${id}\`), { retries: 3 });
}`,
    },
    {
      name: 'p-retry: a new retry around a write that carries an idempotency key',
      before: `import Stripe from 'stripe';
const stripe = new Stripe('sk_test');
export async function charge(orderId: string, amount: number) {
  return stripe.charges.create({ amount, currency: 'eur' }, { idempotencyKey: orderId });
}`,
      after: `import Stripe from 'stripe';
import pRetry from 'p-retry';
const stripe = new Stripe('sk_test');
export async function charge(orderId: string, amount: number) {
  return pRetry(() => stripe.charges.create({ amount, currency: 'eur' }, { idempotencyKey: orderId }), { retries: 2 });
}`,
    },
    {
      name: 'a hand-written retry loop around a write replaced by p-retry (not a new retry)',
      before: `import axios from 'axios';
export async function submitOrder(order: { id: string }) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await axios.post('https://orders.internal/v1/orders', order);
    } catch (err) {
      if (attempt === 2) throw err;
    }
  }
}`,
      after: `import axios from 'axios';
import pRetry from 'p-retry';
export async function submitOrder(order: { id: string }) {
  return pRetry(() => axios.post('https://orders.internal/v1/orders', order), { retries: 2 });
}`,
    },
    {
      name: 'p-retry added without options around a read',
      before: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://orders.internal' });
export async function loadOrder(id: string) {
  return api.get(\`/v1/orders/\${id}\`);
}`,
      after: `import axios from 'axios';
import pRetry from 'p-retry';
const api = axios.create({ baseURL: 'https://orders.internal' });
export async function loadOrder(id: string) {
  return pRetry(() => api.get(\`/v1/orders/\${id}\`));
}`,
    },
    {
      name: 'p-retry added around `api.get(...).json()` on a ky instance (a read)',
      before: `import ky from 'ky';
const api = ky.create({ prefixUrl: 'https://orders.internal' });
export async function loadOrder(id: string) {
  return api.get(\`v1/orders/\${id}\`).json();
}`,
      after: `import ky from 'ky';
import pRetry from 'p-retry';
const api = ky.create({ prefixUrl: 'https://orders.internal' });
export async function loadOrder(id: string) {
  return pRetry(() => api.get(\`v1/orders/\${id}\`).json(), { retries: 3 });
}`,
    },
    // ---- async-retry
    {
      name: 'async-retry: backoff lengthened',
      before: `import retry from 'async-retry';
export async function fetchRates() {
  return retry(async () => {
    const res = await fetch('https://rates.example.com/latest');
    return res.json();
  }, { retries: 4, factor: 2, minTimeout: 500 });
}`,
      after: `import retry from 'async-retry';
export async function fetchRates() {
  return retry(async () => {
    const res = await fetch('https://rates.example.com/latest');
    return res.json();
  }, { retries: 4, factor: 2, minTimeout: 2000 });
}`,
    },
    {
      name: 'async-retry: minTimeout shortened by less than half (1 s -> 600 ms)',
      before: `import retry from 'async-retry';
export async function fetchRates() {
  return retry(() => fetch('https://rates.example.com/latest'), { retries: 4, factor: 2, minTimeout: 1000 });
}`,
      after: `import retry from 'async-retry';
export async function fetchRates() {
  return retry(() => fetch('https://rates.example.com/latest'), { retries: 4, factor: 2, minTimeout: 600 });
}`,
    },
    {
      name: 'async-retry: a fixed delay replaced by exponential backoff from a shorter first delay',
      before: `import retry from 'async-retry';
export async function fetchRates() {
  return retry(() => fetch('https://rates.example.com/latest'), { retries: 4, factor: 1, minTimeout: 1000 });
}`,
      after: `import retry from 'async-retry';
export async function fetchRates() {
  return retry(() => fetch('https://rates.example.com/latest'), { retries: 4, factor: 2, minTimeout: 200 });
}`,
    },
    // ---- async (caolan)
    {
      name: 'async (caolan): `async.retry` times lowered and interval lengthened',
      before: `import async from 'async';
export async function syncInventory() {
  return async.retry({ times: 3, interval: 200 }, async () => fetch('https://inventory.internal/v1/sync'));
}`,
      after: `import async from 'async';
export async function syncInventory() {
  return async.retry({ times: 2, interval: 500 }, async () => fetch('https://inventory.internal/v1/sync'));
}`,
    },
    // ---- axios-retry
    {
      name: 'axios-retry: delay function rewritten, still exponential with jitter',
      before: `import axios from 'axios';
import axiosRetry from 'axios-retry';
export const billing = axios.create({ baseURL: 'https://billing.internal', timeout: 5_000 });
axiosRetry(billing, { retries: 3, retryDelay: axiosRetry.exponentialDelay });`,
      after: `import axios from 'axios';
import axiosRetry from 'axios-retry';
export const billing = axios.create({ baseURL: 'https://billing.internal', timeout: 5_000 });
axiosRetry(billing, { retries: 3, retryDelay: (retryCount) => 2 ** retryCount * 200 + Math.random() * 100 });`,
    },
    // ---- got
    {
      name: 'got: retry limit lowered but not to zero',
      before: `import got from 'got';
export const inventory = got.extend({ prefixUrl: 'https://inventory.internal', retry: { limit: 3 } });`,
      after: `import got from 'got';
export const inventory = got.extend({ prefixUrl: 'https://inventory.internal', retry: { limit: 1 } });`,
    },
    {
      name: 'got: a per-request retry override removed where the instance sets the same (its `retry: { limit: 0 }` applies)',
      before: `import got from 'got';
const inventory = got.extend({ prefixUrl: 'https://inventory.internal', retry: { limit: 0 } });
export async function stock(sku: string) {
  return inventory.get(\`v1/stock/\${sku}\`, { retry: { limit: 0 } });
}`,
      after: `import got from 'got';
const inventory = got.extend({ prefixUrl: 'https://inventory.internal', retry: { limit: 0 } });
export async function stock(sku: string) {
  return inventory.get(\`v1/stock/\${sku}\`, { responseType: 'json' });
}`,
    },
    // ---- ky
    {
      name: 'ky: a number limit written as an object with the same limit',
      before: `import ky from 'ky';
export const api = ky.create({ prefixUrl: 'https://api.internal', retry: 2 });`,
      after: `import ky from 'ky';
export const api = ky.create({ prefixUrl: 'https://api.internal', retry: { limit: 2 } });`,
    },
    // ---- AWS SDK
    {
      name: 'AWS SDK: maxAttempts removed where it held the default (3)',
      before: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
const client = new DynamoDBClient({ region: 'eu-west-1', maxAttempts: 3 });
export const ddb = DynamoDBDocumentClient.from(client);`,
      after: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
const client = new DynamoDBClient({ region: 'eu-west-1' });
export const ddb = DynamoDBDocumentClient.from(client);`,
    },
    // ---- ioredis
    {
      name: 'ioredis: retryStrategy rewritten, still growing with the attempt',
      before: `import Redis from 'ioredis';
export function makeRedis() {
  return new Redis({ host: 'cache', maxRetriesPerRequest: 3, retryStrategy: (times) => Math.min(times * 50, 2000) });
}`,
      after: `import Redis from 'ioredis';
export function makeRedis() {
  return new Redis({ host: 'cache', maxRetriesPerRequest: 3, retryStrategy: (times: number) => Math.min(times * 100, 3000) });
}`,
    },
    {
      name: 'ioredis: a new connection for BullMQ with maxRetriesPerRequest null (what BullMQ requires)',
      before: `import { Worker } from 'bullmq';
export function startWorker() {
  return new Worker('emails', async () => {}, { connection: { host: 'redis' } });
}`,
      after: `import { Worker } from 'bullmq';
import Redis from 'ioredis';
export function startWorker() {
  const connection = new Redis({ host: 'redis', maxRetriesPerRequest: null });
  return new Worker('emails', async () => {}, { connection });
}`,
    },
    // ---- BullMQ
    {
      name: 'BullMQ: a job\'s fixed backoff delay shortened from 5 s to 3 s',
      before: `import { Queue } from 'bullmq';
const emails = new Queue('emails', { connection: { host: 'redis' } });
export async function sendWelcome(userId: string) {
  await emails.add('welcome', { userId }, {
    attempts: 5,
    backoff: { type: 'fixed', delay: 5000 },
  });
}`,
      after: `import { Queue } from 'bullmq';
const emails = new Queue('emails', { connection: { host: 'redis' } });
export async function sendWelcome(userId: string) {
  await emails.add('welcome', { userId }, {
    attempts: 5,
    backoff: { type: 'fixed', delay: 3000 },
  });
}`,
    },
    {
      name: 'BullMQ: job options spread from shared defaults with the same attempts and backoff',
      before: `import { Queue } from 'bullmq';
const emails = new Queue('emails', { connection: { host: 'redis' } });
export async function sendWelcome(userId: string) {
  await emails.add('welcome', { userId }, { attempts: 3, backoff: { type: 'exponential', delay: 1000 } });
}`,
      after: {
        'src/service.ts': `import { Queue } from 'bullmq';
import { JOB_DEFAULTS } from './jobs/defaults';
const emails = new Queue('emails', { connection: { host: 'redis' } });
export async function sendWelcome(userId: string) {
  await emails.add('welcome', { userId }, { ...JOB_DEFAULTS, removeOnComplete: true });
}`,
        'src/jobs/defaults.ts': `const BACKOFF = { type: 'exponential', delay: 1_000 };
export const JOB_DEFAULTS = { attempts: 3, backoff: BACKOFF };`,
      },
    },
    // ---- cockatiel
    {
      name: 'cockatiel: policy rebuilt from a shared constant with the same values',
      before: `import { retry, handleAll, ExponentialBackoff } from 'cockatiel';
export const retryPolicy = retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() });`,
      after: `import { retry, handleAll, ExponentialBackoff } from 'cockatiel';
const ATTEMPTS = 3;
export const retryPolicy = retry(handleAll, { maxAttempts: ATTEMPTS, backoff: new ExponentialBackoff({ maxDelay: 30_000 }) });`,
    },
    // ---- opossum
    {
      name: 'opossum: error threshold adjusted, breaker still opens',
      before: `import CircuitBreaker from 'opossum';
async function fetchQuote(symbol: string) {
  const res = await fetch(\`https://quotes.internal/v1/\${symbol}\`);
  return res.json();
}
export const quotes = new CircuitBreaker(fetchQuote, { timeout: 3000, errorThresholdPercentage: 50, resetTimeout: 30_000 });
quotes.fallback(() => null);`,
      after: `import CircuitBreaker from 'opossum';
async function fetchQuote(symbol: string) {
  const res = await fetch(\`https://quotes.internal/v1/\${symbol}\`);
  return res.json();
}
export const quotes = new CircuitBreaker(fetchQuote, { timeout: 3000, errorThresholdPercentage: 60, resetTimeout: 30_000 });
quotes.fallback(() => null);`,
    },
    // ---- hand-written loops
    {
      name: 'retry loop: sleep helper renamed, bound and jitter unchanged',
      before: `const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export async function loadStock(sku: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await fetch(\`https://inventory.internal/v1/stock/\${sku}\`);
    } catch {
      await sleep(2 ** attempt * 100 + Math.random() * 50);
    }
  }
}`,
      after: `const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));
export async function loadStock(sku: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await fetch(\`https://inventory.internal/v1/stock/\${sku}\`);
    } catch {
      await delay(2 ** attempt * 100 + Math.random() * 50);
    }
  }
}`,
    },
    {
      name: 'a withRetry helper whose `attempts = 3` default moved into a constant with the same value',
      before: `export async function withRetry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}`,
      after: `const DEFAULT_ATTEMPTS = 3;
export async function withRetry<T>(fn: () => Promise<T>, attempts = DEFAULT_ATTEMPTS): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}`,
    },
    {
      name: "the project's own retry helper: retries unchanged, the call reformatted",
      before: {
        'src/http.ts': `export async function fetchWithRetry(url: string, opts: { retries: number }) {
  return fetch(url);
}`,
        'src/catalog.ts': `import { fetchWithRetry } from './http';
export async function loadCatalog() {
  return fetchWithRetry('https://catalog.internal/v1/items', { retries: 2 });
}`,
      },
      after: {
        'src/http.ts': `export async function fetchWithRetry(url: string, opts: { retries: number }) {
  return fetch(url);
}`,
        'src/catalog.ts': `import { fetchWithRetry } from './http';
const CATALOG_URL = 'https://catalog.internal/v1/items';
export async function loadCatalog() {
  return fetchWithRetry(CATALOG_URL, {
    retries: 2,
  });
}`,
      },
    },
    {
      name: 'an LRU cache option that merely ends in "tries" (maxEntries) is not a retry count',
      before: `import { LRUCache } from 'lru-cache';
export function makeCache() {
  return new LRUCache<string, string>({ max: 500, maxEntries: 500 });
}`,
      after: `import { LRUCache } from 'lru-cache';
export function makeCache() {
  return new LRUCache<string, string>({ max: 5000, maxEntries: 5000 });
}`,
    },
    {
      name: 'retry loop: a new bounded retry loop around a read',
      before: `export async function loadStock(sku: string) {
  return fetch(\`https://inventory.internal/v1/stock/\${sku}\`);
}`,
      after: `export async function loadStock(sku: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await fetch(\`https://inventory.internal/v1/stock/\${sku}\`);
    } catch (err) {
      if (attempt === 2) throw err;
    }
  }
}`,
    },
    {
      name: 'retry loop: replaced by the client option that retries the same call',
      before: `import got from 'got';
export async function loadRates() {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await got('https://rates.internal/v1/latest').json();
    } catch (err) {
      if (attempt === 2) throw err;
    }
  }
}`,
      after: `import got from 'got';
export async function loadRates() {
  return got('https://rates.internal/v1/latest', { retry: { limit: 2 } }).json();
}`,
    },
  ],
  flagged: [
    {
      name: 'axios swapped for got: the 2 retries got makes by default are a low note',
      before: `import axios from 'axios';
export async function quote(id: string) {
  const res = await axios.get('https://api.example.com/quotes/' + id);
  return res.data;
}`,
      after: `import got from 'got';
export async function quote(id: string) {
  return got('https://api.example.com/quotes/' + id).json();
}`,
      findings: [{ messageId: 'callMoved', line: 3, column: 10, severity: 'low', data: { before: 'none (axios does not retry by default)', after: '2 retries (the got default)' } }],
    },
    {
      name: 'got (2 retries by default) swapped for axios (none)',
      before: `import got from 'got';
export async function quote(id: string) {
  return got('https://api.example.com/quotes/' + id).json();
}`,
      after: `import axios from 'axios';
export async function quote(id: string) {
  const res = await axios.get('https://api.example.com/quotes/' + id);
  return res.data;
}`,
      findings: [{ messageId: 'callMoved', line: 3, column: 21, severity: 'medium', data: { before: '2 retries (the got default)', after: 'none (axios does not retry by default)' } }],
    },
    {
      name: 'a call moved from a client with 5 retries to one with none',
      before: `import got from 'got';
const patient = got.extend({ retry: { limit: 5 } });
const quick = got.extend({ retry: { limit: 0 } });
export async function quote(id: string) {
  return patient.get('quotes/' + id).json();
}`,
      after: `import got from 'got';
const patient = got.extend({ retry: { limit: 5 } });
const quick = got.extend({ retry: { limit: 0 } });
export async function quote(id: string) {
  return quick.get('quotes/' + id).json();
}`,
      findings: [{ messageId: 'callMoved', line: 5, column: 10, severity: 'medium', data: { before: '5', after: '0' } }],
    },
    {
      name: 'got: a per-request `retry: { limit: 0 }` removed on an instance that sets no retry: the 2 default retries come back',
      before: `import got from 'got';
const inventory = got.extend({ prefixUrl: 'https://inventory.internal' });
export async function stock(sku: string) {
  return inventory.get(\`v1/stock/\${sku}\`, { retry: { limit: 0 } });
}`,
      after: `import got from 'got';
const inventory = got.extend({ prefixUrl: 'https://inventory.internal' });
export async function stock(sku: string) {
  return inventory.get(\`v1/stock/\${sku}\`, { responseType: 'json' });
}`,
      findings: [{ messageId: 'raised', line: 4, column: 10, severity: 'medium', data: { before: '0', after: 'unset (default 2)' } }],
    },
    {
      name: 'a pRetry wrapper removed while the call it retried is still made',
      before: `import pRetry from 'p-retry';
import axios from 'axios';
export async function rates(day: string) {
  const r = await pRetry(() => axios.get('https://rates.example.com/' + day), { retries: 3 });
  return r.data;
}`,
      after: `import axios from 'axios';
export async function rates(day: string) {
  const r = await axios.get('https://rates.example.com/' + day);
  return r.data;
}`,
      findings: [{ messageId: 'wrapperRemoved', line: 3, column: 19, data: { wrapper: 'pRetry', callee: 'axios.get', before: 'up to 4 attempts' } }],
    },
    {
      name: 'a retry wrapper around fetch removed (the call still made: tried once)',
      before: `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: 3 });
}`,
      after: `export async function loadProfile(id: string) {
  return fetch(\`https://profiles.internal/v1/\${id}\`);
}`,
      findings: [{ messageId: 'wrapperRemoved', line: 2, column: 10, data: { wrapper: 'pRetry', callee: 'fetch' } }],
    },
    {
      name: 'a pRetry wrapper with its default retries removed from around a helper that makes the call',
      before: `import pRetry from 'p-retry';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const load = (id: string) => prisma.order.findUnique({ where: { id } });
export async function order(id: string) {
  return pRetry(() => load(id));
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const load = (id: string) => prisma.order.findUnique({ where: { id } });
export async function order(id: string) {
  return load(id);
}`,
      findings: [{ messageId: 'wrapperRemoved', line: 5, column: 10, data: { wrapper: 'pRetry', callee: 'prisma.order.findUnique', before: 'up to 11 attempts' } }],
    },
    {
      name: 'a retry by recursion lost the test of its counter: it now calls itself until it succeeds',
      before: `import { Queue } from 'bullmq';
const queue = new Queue('snapshots');
export class Calculator {
  private static readonly MAX_ATTEMPTS = 3;
  private async initialize(attempt = 1) {
    if (attempt > Calculator.MAX_ATTEMPTS) {
      throw new Error('gave up');
    }
    await queue.add('compute', {});
    await this.initialize(attempt + 1);
  }
}`,
      after: `import { Queue } from 'bullmq';
const queue = new Queue('snapshots');
export class Calculator {
  private async initialize() {
    await queue.add('compute', {});
    await this.initialize();
  }
}`,
      findings: [{ messageId: 'raised', line: 6, column: 11, severity: 'high', data: { subject: 'The bound of the retry loop `this.initialize()`', before: '3', after: '`Infinity`' } }],
    },
    {
      name: 'a hand-written retry loop that now retries one more kind of error',
      before: `class ConnectError extends Error { code = 0; }
export async function callWithRetry(call: () => Promise<string>) {
  let tries = 0;
  while (tries < 3) {
    try {
      return await call();
    } catch (err) {
      if (err instanceof ConnectError && err.code === 14) {
        tries++;
      } else {
        throw err;
      }
    }
  }
  throw new Error('unavailable');
}`,
      after: `class ConnectError extends Error { code = 0; }
export async function callWithRetry(call: () => Promise<string>) {
  let tries = 0;
  while (tries < 3) {
    try {
      return await call();
    } catch (err) {
      if (err instanceof ConnectError && (err.code === 14 || err.code === 10)) {
        tries++;
      } else {
        throw err;
      }
    }
  }
  throw new Error('unavailable');
}`,
      findings: [{ messageId: 'retriedErrors', line: 4, column: 3, severity: 'low', data: { how: 'now retries more kinds of error', before: 'err instanceof ConnectError && err.code === 14', after: 'err instanceof ConnectError && (err.code === 14 || err.code === 10)' } }],
    },
    {
      name: 'a hand-written retry loop that no longer retries a kind of error',
      before: `class ConnectError extends Error { code = 0; }
export async function callWithRetry(call: () => Promise<string>) {
  let tries = 0;
  while (tries < 3) {
    try {
      return await call();
    } catch (err) {
      if (err instanceof ConnectError && (err.code === 14 || err.code === 10)) {
        tries++;
      } else {
        throw err;
      }
    }
  }
  throw new Error('unavailable');
}`,
      after: `class ConnectError extends Error { code = 0; }
export async function callWithRetry(call: () => Promise<string>) {
  let tries = 0;
  while (tries < 3) {
    try {
      return await call();
    } catch (err) {
      if (err instanceof ConnectError && err.code === 14) {
        tries++;
      } else {
        throw err;
      }
    }
  }
  throw new Error('unavailable');
}`,
      findings: [{ messageId: 'retriedErrors', line: 4, column: 3, severity: 'low', data: { how: 'no longer retries a kind of error it did' } }],
    },
    {
      name: 'a retry helper inlined: its loop is gone and the call it retried is made once',
      before: `import { DataSource, QueryRunner } from 'typeorm';
export class Tx {
  constructor(private ds: DataSource) {}
  async withTransaction(work: () => Promise<void>) {
    const queryRunner = this.ds.createQueryRunner();
    await this.startTransaction(queryRunner);
    await work();
  }
  private async startTransaction(queryRunner: QueryRunner) {
    const maxRetries = 25;
    let attempts = 0;
    async function attempt(): Promise<boolean> {
      try {
        await queryRunner.startTransaction();
        return true;
      } catch (err) {
        return false;
      }
    }
    while (attempts < maxRetries) {
      const result = await attempt();
      if (result) return;
      attempts++;
      await new Promise((resolve) => setTimeout(resolve, attempts * 20));
    }
  }
}`,
      after: `import { DataSource, QueryRunner } from 'typeorm';
export class Tx {
  constructor(private ds: DataSource) {}
  async withTransaction(work: () => Promise<void>) {
    const queryRunner = this.ds.createQueryRunner();
    await queryRunner.startTransaction();
    await work();
  }
}`,
      findings: [{ messageId: 'loopRemoved', line: 6, column: 11, severity: 'medium', data: { header: 'while (attempts < maxRetries)', callee: 'typeorm.startTransaction' } }],
    },
    {
      name: 'a retry agent that now retries POST: methods at the top of a retry construction',
      before: `import { Agent, RetryAgent } from 'undici';
export const dispatcher = new RetryAgent(new Agent(), { maxRetries: 3, methods: ['GET', 'HEAD'] });`,
      after: `import { Agent, RetryAgent } from 'undici';
export const dispatcher = new RetryAgent(new Agent(), { maxRetries: 3, methods: ['GET', 'HEAD', 'POST'] });`,
      findings: [{ messageId: 'addedToWrite', line: 2, column: 27, severity: 'high', data: { site: '`new undici.RetryAgent`', after: 'methods: `["GET", "HEAD", "POST"]`', write: 'POST' } }],
    },
    {
      name: 'a retry count removed where the default is not known',
      before: `import { JobQueue } from './job-queue';
export async function send(queue: JobQueue, mail: string) {
  await queue.add(mail, { retries: 5 });
}`,
      after: `import { JobQueue } from './job-queue';
export async function send(queue: JobQueue, mail: string) {
  await queue.add(mail);
}`,
      findings: [{ messageId: 'toDefault', line: 3, column: 9, severity: 'low', data: { before: '5', after: 'unset' } }],
    },
    // ---- p-retry
    {
      name: 'p-retry: retries raised around a fetch',
      before: `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: 3 });
}`,
      after: `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: 10 });
}`,
      findings: [
        {
          messageId: 'raised',
          line: 3, column: 10,
          severity: 'medium',
          data: { subject: '`retries` on `pRetry`', around: ' around `fetch`', before: '3', after: '10', impact: '4 -> 11 calls per failing request, 2.8x load on failure' },
        },
      ],
    },
    {
      name: 'p-retry: retries raised through a constant imported from another file',
      before: {
        'src/profile.ts': `import pRetry from 'p-retry';
import { PROFILE_RETRIES } from './config';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: PROFILE_RETRIES });
}`,
        'src/config.ts': `export const PROFILE_RETRIES = 2;`,
      },
      after: {
        'src/profile.ts': `import pRetry from 'p-retry';
import { PROFILE_RETRIES } from './config';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: PROFILE_RETRIES });
}`,
        'src/config.ts': `export const PROFILE_RETRIES = 8;`,
      },
      findings: [{ messageId: 'raised', file: 'src/config.ts', line: 1, column: 1, severity: 'medium', data: { before: '2', after: '8', impact: '3 -> 9 calls per failing request, 3x load on failure' } }],
    },
    {
      name: 'p-retry: retries option removed, so the library default (10) applies',
      before: `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: 2, onFailedAttempt: (e) => console.warn(e) });
}`,
      after: `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { onFailedAttempt: (e) => console.warn(e) });
}`,
      findings: [{ messageId: 'raised', line: 3, column: 10, severity: 'medium', data: { subject: '`retries` on `pRetry`', before: '2', after: 'unset (default 10)', impact: '3 -> 11 calls per failing request, 3.7x load on failure' } }],
    },
    {
      name: 'p-retry: the options argument removed altogether, so the library default (10) applies',
      before: `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`), { retries: 2 });
}`,
      after: `import pRetry from 'p-retry';
export async function loadProfile(id: string) {
  return pRetry(() => fetch(\`https://profiles.internal/v1/\${id}\`));
}`,
      findings: [{ messageId: 'raised', line: 3, column: 10, severity: 'medium', data: { subject: '`retries` on `pRetry`', around: ' around `fetch`', before: '2', after: 'unset (default 10)', impact: '3 -> 11 calls per failing request, 3.7x load on failure' } }],
    },
    // ---- async-retry
    {
      name: 'async-retry: minTimeout set to 0, so no wait between attempts',
      before: `import retry from 'async-retry';
export async function fetchRates() {
  return retry(async () => {
    const res = await fetch('https://rates.example.com/latest');
    return res.json();
  }, { retries: 4, factor: 2, minTimeout: 500 });
}`,
      after: `import retry from 'async-retry';
export async function fetchRates() {
  return retry(async () => {
    const res = await fetch('https://rates.example.com/latest');
    return res.json();
  }, { retries: 4, factor: 2, minTimeout: 0 });
}`,
      findings: [
        {
          messageId: 'backoffRemoved',
          line: 6,
          column: 1,
          severity: 'high',
          data: { site: '`retry`', around: ' around `fetch`', what: 'backoff', before: 'exponential backoff from 500 ms', after: 'no delay between attempts', consequence: 'up to 5 attempts per failing request now hit the dependency back to back' },
        },
      ],
    },
    {
      name: 'async-retry: randomize turned off, the jitter is gone',
      before: `import retry from 'async-retry';
export async function fetchRates() {
  return retry(() => fetch('https://rates.example.com/latest'), { retries: 5, randomize: true });
}`,
      after: `import retry from 'async-retry';
export async function fetchRates() {
  return retry(() => fetch('https://rates.example.com/latest'), { retries: 5, randomize: false });
}`,
      findings: [
        {
          messageId: 'backoffRemoved',
          line: 3, column: 10,
          severity: 'medium',
          data: { what: 'jitter', before: "the library's default backoff with jitter", after: "the library's default backoff without jitter", consequence: 'clients that failed together now retry at the same moments, in synchronized waves (up to 6 attempts per failing request)' },
        },
      ],
    },
    // ---- async (caolan)
    {
      name: 'async (caolan): `async.retry({ times: 3, interval: 200 }, task)` -> `{ times: 10, interval: 0 }`',
      before: `import async from 'async';
export async function syncInventory() {
  return async.retry({ times: 3, interval: 200 }, async () => fetch('https://inventory.internal/v1/sync'));
}`,
      after: `import async from 'async';
export async function syncInventory() {
  return async.retry({ times: 10, interval: 0 }, async () => fetch('https://inventory.internal/v1/sync'));
}`,
      findings: [
        {
          messageId: 'backoffRemoved',
          line: 3, column: 10,
          severity: 'high',
          data: { site: '`retry`', around: ' around `fetch`', what: 'backoff', before: 'a fixed 200 ms delay', after: 'no delay between attempts', consequence: '3 -> 10 attempts per failing request now hit the dependency back to back' },
        },
      ],
    },
    {
      name: 'async (caolan): `async.retry` times raised, interval kept (times counts attempts)',
      before: `import async from 'async';
export async function syncInventory() {
  return async.retry({ times: 3, interval: 200 }, async () => fetch('https://inventory.internal/v1/sync'));
}`,
      after: `import async from 'async';
export async function syncInventory() {
  return async.retry({ times: 10, interval: 200 }, async () => fetch('https://inventory.internal/v1/sync'));
}`,
      findings: [{ messageId: 'raised', line: 3, column: 10, severity: 'medium', data: { subject: '`times` on `retry`', around: ' around `fetch`', before: '3', after: '10', impact: '3 -> 10 calls per failing request, 3.3x load on failure' } }],
    },
    // ---- axios-retry
    {
      name: 'axios-retry: retries raised on the shared client',
      before: `import axios from 'axios';
import axiosRetry from 'axios-retry';
export const billing = axios.create({ baseURL: 'https://billing.internal', timeout: 5_000 });
axiosRetry(billing, { retries: 3, retryDelay: axiosRetry.exponentialDelay });`,
      after: `import axios from 'axios';
import axiosRetry from 'axios-retry';
export const billing = axios.create({ baseURL: 'https://billing.internal', timeout: 5_000 });
axiosRetry(billing, { retries: 10, retryDelay: axiosRetry.exponentialDelay });`,
      findings: [{ messageId: 'raised', line: 4, column: 1, severity: 'medium', data: { subject: '`retries` on `axiosRetry`', around: ' around `axios`', before: '3', after: '10', impact: '4 -> 11 calls per failing request, 2.8x load on failure' } }],
    },
    {
      name: 'axios-retry: exponential delay removed (the default retries at once)',
      before: `import axios from 'axios';
import axiosRetry from 'axios-retry';
export const billing = axios.create({ baseURL: 'https://billing.internal', timeout: 5_000 });
axiosRetry(billing, { retries: 3, retryDelay: axiosRetry.exponentialDelay });`,
      after: `import axios from 'axios';
import axiosRetry from 'axios-retry';
export const billing = axios.create({ baseURL: 'https://billing.internal', timeout: 5_000 });
axiosRetry(billing, { retries: 3 });`,
      findings: [
        {
          messageId: 'backoffRemoved',
          line: 4, column: 1,
          severity: 'high',
          data: { site: '`axiosRetry`', what: 'backoff', before: 'exponential backoff with jitter', after: 'no delay between attempts', consequence: 'up to 4 attempts per failing request now hit the dependency back to back' },
        },
      ],
    },
    // ---- got
    {
      name: 'got: retry limit set to 0',
      before: `import got from 'got';
export const inventory = got.extend({ prefixUrl: 'https://inventory.internal', retry: { limit: 3 } });`,
      after: `import got from 'got';
export const inventory = got.extend({ prefixUrl: 'https://inventory.internal', retry: { limit: 0 } });`,
      findings: [{ messageId: 'disabled', line: 2, column: 26, severity: 'medium', data: { subject: '`retry.limit` on `got.extend`', around: '', before: '3', after: '0', unit: 'request' } }],
    },
    {
      name: 'got: the client now retries POST requests',
      before: `import got from 'got';
export const inventory = got.extend({ prefixUrl: 'https://inventory.internal', retry: { limit: 2 } });`,
      after: `import got from 'got';
export const inventory = got.extend({ prefixUrl: 'https://inventory.internal', retry: { limit: 2, methods: ['GET', 'PUT', 'POST'] } });`,
      findings: [{ messageId: 'addedToWrite', line: 2, column: 26, severity: 'high', data: { site: '`got.extend`', after: 'retry.methods: `["GET", "PUT", "POST"]`', write: 'POST' } }],
    },
    // ---- ky
    {
      name: 'ky: retry raised (number to object form)',
      before: `import ky from 'ky';
export const api = ky.create({ prefixUrl: 'https://api.internal', retry: 2 });`,
      after: `import ky from 'ky';
export const api = ky.create({ prefixUrl: 'https://api.internal', retry: { limit: 6 } });`,
      findings: [{ messageId: 'raised', line: 2, column: 20, severity: 'medium', data: { subject: '`retry.limit` on `ky.create`', before: '2', after: '6', impact: '3 -> 7 calls per failing request, 2.3x load on failure' } }],
    },
    // ---- AWS SDK
    {
      name: 'AWS SDK: maxAttempts raised on a DynamoDB client',
      before: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
const client = new DynamoDBClient({ region: 'eu-west-1', maxAttempts: 3 });
export const ddb = DynamoDBDocumentClient.from(client);`,
      after: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
const client = new DynamoDBClient({ region: 'eu-west-1', maxAttempts: 10 });
export const ddb = DynamoDBDocumentClient.from(client);`,
      findings: [{ messageId: 'raised', line: 3, column: 16, severity: 'medium', data: { subject: '`maxAttempts` on `new aws.DynamoDBClient`', around: '', before: '3', after: '10', impact: '3 -> 10 calls per failing query, 3.3x load on failure' } }],
    },
    {
      name: 'AWS SDK: maxAttempts added above the default (3) on an SQS client',
      before: `import { SQSClient } from '@aws-sdk/client-sqs';
export class Outbox {
  private readonly sqs: SQSClient;
  constructor(region: string) {
    this.sqs = new SQSClient({ region });
  }
}`,
      after: `import { SQSClient } from '@aws-sdk/client-sqs';
export class Outbox {
  private readonly sqs: SQSClient;
  constructor(region: string) {
    this.sqs = new SQSClient({ region, maxAttempts: 8 });
  }
}`,
      findings: [{ messageId: 'raised', line: 5, column: 16, severity: 'medium', data: { subject: '`maxAttempts` on `new aws.SQSClient`', before: 'unset (default 3)', after: '8', impact: '3 -> 8 calls per failing message, 2.7x load on failure' } }],
    },
    // ---- ioredis
    {
      name: 'ioredis: maxRetriesPerRequest null makes every command retry without bound',
      before: `import Redis from 'ioredis';
export function makeRedis() {
  return new Redis({ host: 'cache', maxRetriesPerRequest: 3 });
}`,
      after: `import Redis from 'ioredis';
export function makeRedis() {
  return new Redis({ host: 'cache', maxRetriesPerRequest: null });
}`,
      findings: [
        {
          messageId: 'raised',
          line: 3, column: 10,
          severity: 'high',
          data: { subject: '`maxRetriesPerRequest` on `new redis.Redis`', before: '3', after: '`null`', impact: 'now unbounded: every failing command retries until the dependency recovers' },
        },
      ],
    },
    {
      name: 'ioredis: retryStrategy no longer grows with the attempt',
      before: `import Redis from 'ioredis';
export function makeRedis() {
  return new Redis({ host: 'cache', maxRetriesPerRequest: 3, retryStrategy: (times) => Math.min(times * 50, 2000) });
}`,
      after: `import Redis from 'ioredis';
export function makeRedis() {
  return new Redis({ host: 'cache', maxRetriesPerRequest: 3, retryStrategy: () => 50 });
}`,
      findings: [
        {
          messageId: 'backoffRemoved',
          line: 3, column: 10,
          severity: 'medium',
          data: { site: '`new redis.Redis`', what: 'growing backoff', before: 'linear backoff', after: 'a fixed 50 ms delay', consequence: 'retries (up to 4 attempts per failing command) now keep the same pace however long the dependency struggles' },
        },
      ],
    },
    {
      name: 'ioredis: maxRetriesPerRequest removed, so the default (20) applies',
      before: `import Redis from 'ioredis';
export function makeRedis() {
  return new Redis({ host: 'cache', maxRetriesPerRequest: 1 });
}`,
      after: `import Redis from 'ioredis';
export function makeRedis() {
  return new Redis({ host: 'cache' });
}`,
      findings: [{ messageId: 'raised', line: 3, column: 10, severity: 'medium', data: { before: '1', after: 'unset (default 20)', impact: '2 -> 21 calls per failing command, 11x load on failure' } }],
    },
    {
      name: 'ioredis: a file that only builds the client (no module-level calls)',
      before: `import Redis from 'ioredis';
export const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379', { maxRetriesPerRequest: 3 });`,
      after: `import Redis from 'ioredis';
export const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379', { maxRetriesPerRequest: 50 });`,
      findings: [{ messageId: 'raised', line: 2, column: 22, severity: 'medium', data: { before: '3', after: '50', impact: '4 -> 51 calls per failing command, 13x load on failure' } }],
    },
    // ---- BullMQ
    {
      name: 'BullMQ: attempts raised and backoff removed on a job',
      before: `import { Queue } from 'bullmq';
const emails = new Queue('emails', { connection: { host: 'redis' } });
export async function sendWelcome(userId: string) {
  await emails.add('welcome', { userId }, { attempts: 3, backoff: { type: 'exponential', delay: 1000 } });
}`,
      after: `import { Queue } from 'bullmq';
const emails = new Queue('emails', { connection: { host: 'redis' } });
export async function sendWelcome(userId: string) {
  await emails.add('welcome', { userId }, { attempts: 10 });
}`,
      findings: [
        {
          messageId: 'backoffRemoved',
          line: 4, column: 9,
          severity: 'high',
          data: { site: '`bullmq.add`', around: '', what: 'backoff', before: 'exponential backoff from 1 s', after: 'no delay between attempts', consequence: '3 -> 10 attempts per failing job now hit the dependency back to back' },
        },
      ],
    },
    {
      name: 'BullMQ: default job attempts raised on the queue',
      before: `import { Queue } from 'bullmq';
export function emailQueue(connection: { host: string }) {
  return new Queue('emails', { connection, defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 2000 } } });
}`,
      after: `import { Queue } from 'bullmq';
export function emailQueue(connection: { host: string }) {
  return new Queue('emails', { connection, defaultJobOptions: { attempts: 25, backoff: { type: 'exponential', delay: 2000 } } });
}`,
      findings: [{ messageId: 'raised', line: 3, column: 10, severity: 'medium', data: { subject: '`defaultJobOptions.attempts` on `new bullmq.Queue`', before: '3', after: '25', impact: '3 -> 25 calls per failing job, 8.3x load on failure' } }],
    },
    // ---- a backoff's delay cut
    {
      name: 'async-retry: minTimeout cut from 1 s to 200 ms, still exponential',
      before: `import retry from 'async-retry';
export async function fetchRates() {
  return retry(() => fetch('https://rates.example.com/latest'), { retries: 4, factor: 2, minTimeout: 1000 });
}`,
      after: `import retry from 'async-retry';
export async function fetchRates() {
  return retry(() => fetch('https://rates.example.com/latest'), { retries: 4, factor: 2, minTimeout: 200 });
}`,
      findings: [
        {
          messageId: 'delayCut',
          line: 3, column: 10,
          severity: 'low',
          data: { site: '`retry`', around: ' around `fetch`', what: 'the first delay of its exponential backoff', before: '1 s', after: '200 ms', factor: '5x', unit: 'request', option: 'minTimeout' },
        },
      ],
    },
    {
      name: 'BullMQ: a job\'s fixed backoff delay cut from 5 s to 1 s',
      before: `import { Queue } from 'bullmq';
const emails = new Queue('emails', { connection: { host: 'redis' } });
export async function sendWelcome(userId: string) {
  await emails.add('welcome', { userId }, {
    attempts: 5,
    backoff: { type: 'fixed', delay: 5000 },
  });
}`,
      after: `import { Queue } from 'bullmq';
const emails = new Queue('emails', { connection: { host: 'redis' } });
export async function sendWelcome(userId: string) {
  await emails.add('welcome', { userId }, {
    attempts: 5,
    backoff: { type: 'fixed', delay: 1000 },
  });
}`,
      findings: [{ messageId: 'delayCut', line: 6, column: 1, severity: 'low', data: { site: '`bullmq.add`', what: 'its fixed delay between attempts', before: '5 s', after: '1 s', factor: '5x', unit: 'job', option: 'backoff.delay' } }],
    },
    {
      name: 'ioredis: the step of retryStrategy cut from 200 ms to 50 ms',
      before: `import Redis from 'ioredis';
export function makeRedis() {
  return new Redis({ host: 'cache', retryStrategy: (times) => Math.min(times * 200, 5000) });
}`,
      after: `import Redis from 'ioredis';
export function makeRedis() {
  return new Redis({ host: 'cache', retryStrategy: (times) => Math.min(times * 50, 5000) });
}`,
      findings: [{ messageId: 'delayCut', line: 3, column: 10, severity: 'low', data: { site: '`new redis.Redis`', what: 'the step of its linear backoff', before: '200 ms', after: '50 ms', factor: '4x', option: 'retryStrategy' } }],
    },
    {
      name: 'async (caolan): the retry interval cut in a shared constant, reported at the constant',
      before: {
        'src/sync.ts': `import async from 'async';
import { SYNC_RETRY_INTERVAL_MS } from './config';
export async function syncInventory() {
  return async.retry({ times: 3, interval: SYNC_RETRY_INTERVAL_MS }, async () => fetch('https://inventory.internal/v1/sync'));
}`,
        'src/config.ts': `export const SYNC_RETRY_INTERVAL_MS = 2000;`,
      },
      after: {
        'src/sync.ts': `import async from 'async';
import { SYNC_RETRY_INTERVAL_MS } from './config';
export async function syncInventory() {
  return async.retry({ times: 3, interval: SYNC_RETRY_INTERVAL_MS }, async () => fetch('https://inventory.internal/v1/sync'));
}`,
        'src/config.ts': `export const SYNC_RETRY_INTERVAL_MS = 250;`,
      },
      findings: [{ messageId: 'delayCut', file: 'src/config.ts', line: 1, column: 1, severity: 'low', data: { site: '`retry`', around: ' around `fetch`', what: 'its fixed delay between attempts', before: '2 s', after: '250 ms', factor: '8x', option: 'interval' } }],
    },
    // ---- cockatiel
    {
      name: 'cockatiel: retry policy maxAttempts raised (counts retries)',
      before: `import { retry, handleAll, ExponentialBackoff } from 'cockatiel';
export const retryPolicy = retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() });`,
      after: `import { retry, handleAll, ExponentialBackoff } from 'cockatiel';
export const retryPolicy = retry(handleAll, { maxAttempts: 10, backoff: new ExponentialBackoff() });`,
      findings: [{ messageId: 'raised', line: 2, column: 28, severity: 'medium', data: { subject: '`maxAttempts` on `retry`', around: '', before: '3', after: '10', impact: '4 -> 11 calls per failing call, 2.8x load on failure' } }],
    },
    {
      name: 'cockatiel: exponential backoff dropped (the default retries at once)',
      before: `import { retry, handleAll, ExponentialBackoff } from 'cockatiel';
export const retryPolicy = retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() });`,
      after: `import { retry, handleAll } from 'cockatiel';
export const retryPolicy = retry(handleAll, { maxAttempts: 3 });`,
      findings: [
        {
          messageId: 'backoffRemoved',
          line: 2, column: 28,
          severity: 'high',
          data: { site: '`retry`', what: 'backoff', before: 'exponential backoff with jitter', after: 'no delay between attempts', consequence: 'up to 4 attempts per failing call now hit the dependency back to back' },
        },
      ],
    },
    // ---- opossum
    {
      name: 'opossum: errorThresholdPercentage 100, the breaker can no longer open',
      before: `import CircuitBreaker from 'opossum';
async function fetchQuote(symbol: string) {
  const res = await fetch(\`https://quotes.internal/v1/\${symbol}\`);
  return res.json();
}
export const quotes = new CircuitBreaker(fetchQuote, { timeout: 3000, errorThresholdPercentage: 50, resetTimeout: 30_000 });
quotes.fallback(() => null);`,
      after: `import CircuitBreaker from 'opossum';
async function fetchQuote(symbol: string) {
  const res = await fetch(\`https://quotes.internal/v1/\${symbol}\`);
  return res.json();
}
export const quotes = new CircuitBreaker(fetchQuote, { timeout: 3000, errorThresholdPercentage: 100, resetTimeout: 30_000 });
quotes.fallback(() => null);`,
      findings: [
        {
          messageId: 'breakerRemoved',
          line: 6, column: 23,
          severity: 'medium',
          data: { callee: 'new CircuitBreaker', around: ' around `fetchQuote`', how: 'can no longer open', before: '`errorThresholdPercentage: 50`', after: '`errorThresholdPercentage: 100`' },
        },
      ],
    },
    {
      name: 'opossum: the breaker removed, calls go straight to the dependency',
      before: `import CircuitBreaker from 'opossum';
async function fetchQuote(symbol: string) {
  const res = await fetch(\`https://quotes.internal/v1/\${symbol}\`);
  return res.json();
}
const quotes = new CircuitBreaker(fetchQuote, { timeout: 3000, errorThresholdPercentage: 50, resetTimeout: 30_000 });
quotes.fallback(() => null);
export async function quote(symbol: string) {
  return quotes.fire(symbol);
}`,
      after: `async function fetchQuote(symbol: string) {
  const res = await fetch(\`https://quotes.internal/v1/\${symbol}\`);
  return res.json();
}
export async function quote(symbol: string) {
  return fetchQuote(symbol);
}`,
      findings: [
        {
          messageId: 'breakerRemoved',
          line: 6, column: 16,
          severity: 'medium',
          data: { callee: 'new CircuitBreaker', around: ' around `fetchQuote`', how: 'was removed', before: '`new CircuitBreaker` with `errorThresholdPercentage: 50`, `resetTimeout: 30000`', after: 'no breaker' },
        },
      ],
    },
    // ---- hand-written loops
    {
      name: 'retry loop: bound raised through a constant',
      before: `const MAX_ATTEMPTS = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export async function loadStock(sku: string) {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      return await fetch(\`https://inventory.internal/v1/stock/\${sku}\`);
    } catch (err) {
      if (attempt === MAX_ATTEMPTS) throw err;
      await sleep(2 ** attempt * 100 + Math.random() * 100);
    }
  }
}`,
      after: `const MAX_ATTEMPTS = 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export async function loadStock(sku: string) {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      return await fetch(\`https://inventory.internal/v1/stock/\${sku}\`);
    } catch (err) {
      if (attempt === MAX_ATTEMPTS) throw err;
      await sleep(2 ** attempt * 100 + Math.random() * 100);
    }
  }
}`,
      findings: [
        {
          messageId: 'raised',
          line: 1,
          column: 1,
          severity: 'medium',
          data: { subject: 'The bound of the retry loop `for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++)`', around: ' around `fetch`', before: '3', after: '10', impact: '3 -> 10 calls per failing request, 3.3x load on failure' },
        },
      ],
    },
    {
      name: 'a withRetry helper whose `attempts = 3` parameter default rose to 10',
      before: `export async function withRetry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}`,
      after: `export async function withRetry<T>(fn: () => Promise<T>, attempts = 10): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}`,
      findings: [
        {
          messageId: 'raised',
          line: 1,
          column: 1,
          severity: 'medium',
          data: { subject: 'The bound of the retry loop `for (let attempt = 0; attempt < attempts; attempt++)`', around: '', before: '3', after: '10', impact: '3 -> 10 calls per failing call, 3.3x load on failure' },
        },
      ],
    },
    {
      name: 'retry loop: the sleep between attempts removed',
      before: `import axios from 'axios';
export async function pollStatus(id: string) {
  let attempt = 0;
  while (attempt < 5) {
    try {
      return await axios.get(\`https://jobs.internal/v1/\${id}\`);
    } catch (err) {
      attempt++;
      await new Promise((r) => setTimeout(r, 2 ** attempt * 100));
    }
  }
}`,
      after: `import axios from 'axios';
export async function pollStatus(id: string) {
  let attempt = 0;
  while (attempt < 5) {
    try {
      return await axios.get(\`https://jobs.internal/v1/\${id}\`);
    } catch (err) {
      attempt++;
    }
  }
}`,
      findings: [
        {
          messageId: 'backoffRemoved',
          line: 4, column: 3,
          severity: 'high',
          data: { site: 'The retry loop `while (attempt < 5)`', around: ' around `axios.get`', what: 'backoff', before: 'a sleep between attempts', after: 'no delay between attempts', consequence: 'up to 5 attempts per failing request now hit the dependency back to back' },
        },
      ],
    },
    {
      name: 'retry loop: removed from around a call still made (now tried once)',
      before: `import axios from 'axios';
export async function pollStatus(id: string) {
  let attempt = 0;
  while (attempt < 5) {
    try {
      return await axios.get(\`https://jobs.internal/v1/\${id}\`);
    } catch (err) {
      attempt++;
      await new Promise((r) => setTimeout(r, 2 ** attempt * 100));
    }
  }
}`,
      after: `import axios from 'axios';
export async function pollStatus(id: string) {
  return await axios.get(\`https://jobs.internal/v1/\${id}\`);
}`,
      findings: [
        {
          messageId: 'loopRemoved',
          line: 3,
          column: 16,
          severity: 'medium',
          data: { header: 'while (attempt < 5)', callee: 'axios.get', unit: 'request' },
        },
      ],
    },
    {
      name: 'retry loop: jitter removed from the sleep',
      before: `const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export async function loadStock(sku: string) {
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await fetch(\`https://inventory.internal/v1/stock/\${sku}\`);
    } catch {
      await sleep(2 ** attempt * 100 + Math.random() * 50);
    }
  }
}`,
      after: `const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export async function loadStock(sku: string) {
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return await fetch(\`https://inventory.internal/v1/stock/\${sku}\`);
    } catch {
      await sleep(2 ** attempt * 100);
    }
  }
}`,
      findings: [
        {
          messageId: 'backoffRemoved',
          line: 3, column: 3,
          severity: 'medium',
          data: { what: 'jitter', before: 'a sleep between attempts with jitter', after: 'a sleep between attempts without jitter', consequence: 'clients that failed together now retry at the same moments, in synchronized waves (up to 4 attempts per failing request)' },
        },
      ],
    },
    {
      name: 'retry loop: bound raised around a local SQLite write (low: in-process)',
      before: `import Database from 'better-sqlite3';
const db = new Database('app.db');
export function recordVisit(path: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return db.prepare('UPDATE visits SET n = n + 1 WHERE path = ?').run(path);
    } catch (err) {
      if (attempt === 2) throw err;
    }
  }
}`,
      after: `import Database from 'better-sqlite3';
const db = new Database('app.db');
export function recordVisit(path: string) {
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      return db.prepare('UPDATE visits SET n = n + 1 WHERE path = ?').run(path);
    } catch (err) {
      if (attempt === 9) throw err;
    }
  }
}`,
      findings: [{ messageId: 'raised', line: 4, column: 3, severity: 'low', data: { before: '3', after: '10' } }],
    },
    // ---- new retries around writes
    {
      name: 'p-retry added with forever: true around a read: unbounded',
      before: `export async function loadFlags() {
  return fetch('https://flags.internal/v1/flags');
}`,
      after: `import pRetry from 'p-retry';
export async function loadFlags() {
  return pRetry(() => fetch('https://flags.internal/v1/flags'), { forever: true, minTimeout: 500 });
}`,
      findings: [{ messageId: 'raised', line: 3, column: 10, severity: 'high', data: { subject: '`forever` on `pRetry`', around: ' around `fetch`', before: 'no retry', after: '`true`', impact: 'now unbounded: every failing request retries until the dependency recovers' } }],
    },
    {
      name: 'p-retry added around an axios POST',
      before: `import axios from 'axios';
export async function submitOrder(order: { id: string }) {
  return axios.post('https://orders.internal/v1/orders', order);
}`,
      after: `import axios from 'axios';
import pRetry from 'p-retry';
export async function submitOrder(order: { id: string }) {
  return pRetry(() => axios.post('https://orders.internal/v1/orders', order), { retries: 3 });
}`,
      findings: [{ messageId: 'addedToWrite', line: 4, column: 10, severity: 'high', data: { site: '`pRetry`', after: 'retries: 3', write: 'axios.post' } }],
    },
    {
      name: 'p-retry added without options around a POST (library default retries)',
      before: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://orders.internal' });
export async function submitOrder(order: { id: string }) {
  return api.post('/v1/orders', order);
}`,
      after: `import axios from 'axios';
import pRetry from 'p-retry';
const api = axios.create({ baseURL: 'https://orders.internal' });
export async function submitOrder(order: { id: string }) {
  return pRetry(() => api.post('/v1/orders', order));
}`,
      findings: [{ messageId: 'addedToWrite', line: 5, column: 10, severity: 'high', data: { site: '`pRetry`', after: 'default retries', write: 'axios.post' } }],
    },
    {
      name: 'p-retry added around `api.post(...).json()` on a ky instance',
      before: `import ky from 'ky';
const api = ky.create({ prefixUrl: 'https://orders.internal' });
export async function submitOrder(order: { id: string }) {
  return api.post('v1/orders', { json: order }).json();
}`,
      after: `import ky from 'ky';
import pRetry from 'p-retry';
const api = ky.create({ prefixUrl: 'https://orders.internal' });
export async function submitOrder(order: { id: string }) {
  return pRetry(() => api.post('v1/orders', { json: order }).json(), { retries: 3 });
}`,
      findings: [{ messageId: 'addedToWrite', line: 5, column: 10, severity: 'high', data: { site: '`pRetry`', after: 'retries: 3', write: 'ky.post' } }],
    },
    {
      name: 'retry loop added around a helper that inserts a row',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
async function saveOrder(order: { id: string }) {
  return prisma.order.create({ data: order });
}
export async function placeOrder(order: { id: string }) {
  await saveOrder(order);
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
async function saveOrder(order: { id: string }) {
  return prisma.order.create({ data: order });
}
export async function placeOrder(order: { id: string }) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await saveOrder(order);
      return;
    } catch (err) {
      if (attempt === 2) throw err;
    }
  }
}`,
      findings: [{ messageId: 'addedToWrite', line: 7, column: 3, severity: 'high', data: { site: 'loop `for (let attempt = 0; attempt < 3; attempt++)`', after: 'up to 3 attempts', write: 'prisma.order.create' } }],
    },
    {
      name: 'p-retry around a fetch POST goes from 0 retries to 3',
      before: `import pRetry from 'p-retry';
export async function publish(evt: object) {
  return pRetry(() => fetch('https://events.internal/v1/publish', { method: 'POST', body: JSON.stringify(evt) }), { retries: 0 });
}`,
      after: `import pRetry from 'p-retry';
export async function publish(evt: object) {
  return pRetry(() => fetch('https://events.internal/v1/publish', { method: 'POST', body: JSON.stringify(evt) }), { retries: 3 });
}`,
      findings: [{ messageId: 'addedToWrite', line: 3, column: 10, severity: 'high', data: { site: '`pRetry`', after: 'retries: 3', write: 'fetch' } }],
    },
    {
      name: 'p-retry added around a Stripe charge, retries set from the environment',
      before: `import Stripe from 'stripe';
const stripe = new Stripe('sk_test');
export async function charge(amount: number) {
  return stripe.charges.create({ amount, currency: 'eur' });
}`,
      after: `import Stripe from 'stripe';
import pRetry from 'p-retry';
const stripe = new Stripe('sk_test');
export async function charge(amount: number) {
  return pRetry(() => stripe.charges.create({ amount, currency: 'eur' }), { retries: Number(process.env.CHARGE_RETRIES ?? 2) });
}`,
      findings: [{ messageId: 'addedToWrite', line: 5, column: 10, severity: 'high', data: { after: 'retries: set from the environment (`process.env.CHARGE_RETRIES ?? 2`)', write: 'stripe.charges.create' } }],
    },
    // ---- any client with a retry option: the model is not a list of libraries
    {
      name: "the project's own retry helper in another file: retries raised, the I/O seen through it",
      before: {
        'src/http.ts': `export async function fetchWithRetry(url: string, opts: { retries: number }) {
  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    try {
      return await fetch(url);
    } catch (err) {
      if (attempt === opts.retries) throw err;
    }
  }
}`,
        'src/catalog.ts': `import { fetchWithRetry } from './http';
export async function loadCatalog() {
  return fetchWithRetry('https://catalog.internal/v1/items', { retries: 2 });
}`,
      },
      after: {
        'src/http.ts': `export async function fetchWithRetry(url: string, opts: { retries: number }) {
  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    try {
      return await fetch(url);
    } catch (err) {
      if (attempt === opts.retries) throw err;
    }
  }
}`,
        'src/catalog.ts': `import { fetchWithRetry } from './http';
export async function loadCatalog() {
  return fetchWithRetry('https://catalog.internal/v1/items', { retries: 12 });
}`,
      },
      findings: [{ messageId: 'raised', file: 'src/catalog.ts', line: 3, column: 10, severity: 'medium', data: { subject: '`retries` on `fetchWithRetry`', around: ' around `fetch`', before: '2', after: '12', impact: '3 -> 13 calls per failing request, 4.3x load on failure' } }],
    },
    {
      name: 'Stripe: maxNetworkRetries raised',
      before: `import Stripe from 'stripe';
export function stripeClient(key: string) {
  return new Stripe(key, { maxNetworkRetries: 1 });
}`,
      after: `import Stripe from 'stripe';
export function stripeClient(key: string) {
  return new Stripe(key, { maxNetworkRetries: 6 });
}`,
      findings: [{ messageId: 'raised', line: 3, column: 10, severity: 'medium', data: { subject: '`maxNetworkRetries` on `new stripe.Stripe`', before: '1', after: '6', impact: '2 -> 7 calls per failing request, 3.5x load on failure' } }],
    },
    {
      name: 'OpenAI: maxRetries set to 0',
      before: `import OpenAI from 'openai';
export function llm() {
  return new OpenAI({ maxRetries: 2, timeout: 30_000 });
}`,
      after: `import OpenAI from 'openai';
export function llm() {
  return new OpenAI({ maxRetries: 0, timeout: 30_000 });
}`,
      findings: [{ messageId: 'disabled', line: 3, column: 10, severity: 'medium', data: { subject: '`maxRetries` on `new openai.OpenAI`', before: '2', after: '0' } }],
    },
    {
      name: 'kafkajs: client retries raised',
      before: `import { Kafka } from 'kafkajs';
export function kafkaClient(brokers: string[]) {
  return new Kafka({ clientId: 'orders', brokers, retry: { retries: 5, initialRetryTime: 300 } });
}`,
      after: `import { Kafka } from 'kafkajs';
export function kafkaClient(brokers: string[]) {
  return new Kafka({ clientId: 'orders', brokers, retry: { retries: 30, initialRetryTime: 300 } });
}`,
      findings: [{ messageId: 'raised', line: 3, column: 10, severity: 'medium', data: { subject: '`retry.retries` on `new kafka.Kafka`', before: '5', after: '30', impact: '6 -> 31 calls per failing message, 5.2x load on failure' } }],
    },
  ],
  todo: [
    { name: 'retry loop: exponential sleep replaced by a constant sleep', reason: 'engine: retry loops record whether they sleep, not how the delay grows' },
  ],
});

describe('retry-changed options', () => {
  const rates = (options: string) => `import retry from 'async-retry';
export async function fetchRates() {
  return retry(() => fetch('https://rates.example.com/latest'), { ${options} });
}`;
  it('delayCutFactor decides what a cut delay is: half by default, a quarter at 4', () => {
    const [before, after] = [rates('retries: 4, factor: 2, minTimeout: 1000'), rates('retries: 4, factor: 2, minTimeout: 500')];
    expect(runRule(rule, before, after).map((f) => [f.messageId, f.severity, f.at.span.line, f.at.span.column, f.data['factor']])).toEqual([['delayCut', 'low', 3, 10, '2x']]);
    expect(runRule(rule, before, after, { delayCutFactor: 4 })).toEqual([]);
  });
  it('raiseFactor and raiseCalls decide when a raise is medium: 3 -> 5 calls is low by default, medium at 1.5', () => {
    const [before, after] = [rates('retries: 2'), rates('retries: 4')];
    expect(runRule(rule, before, after).map((f) => [f.messageId, f.severity, f.data['impact']])).toEqual([['raised', 'low', '3 -> 5 calls per failing request, 1.7x load on failure']]);
    expect(runRule(rule, before, after, { raiseFactor: 1.5 }).map((f) => f.severity)).toEqual(['medium']);
    expect(runRule(rule, before, after, { raiseCalls: 5 }).map((f) => f.severity)).toEqual(['medium']);
  });
});
