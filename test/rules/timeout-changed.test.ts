import rule from '../../rules/timeout-changed.js';
import { describe, expect, it } from 'vitest';
import { describeRule, runRule } from '../support/ruleTable.js';

describeRule(rule, {
  quiet: [
    {
      name: 'a call whose receiver is renamed (destructured from this): the client it goes through is not known to have changed',
      before: `import axios from 'axios';
export class Api {
  private http = axios.create({ timeout: 1000 });
  async quote(id: string) {
    return this.http.get('/q/' + id);
  }
}`,
      after: `import axios from 'axios';
export class Api {
  private http = axios.create({ timeout: 1000 });
  async quote(id: string) {
    const { http } = this;
    return http.get('/q/' + id);
  }
}`,
    },
    {
      name: 'a call moved to another client with a shorter timeout',
      before: `import axios from 'axios';
const slow = axios.create({ timeout: 1000 });
const fast = axios.create({ timeout: 800 });
export async function quote(id: string) {
  return slow.get('/quotes/' + id);
}`,
      after: `import axios from 'axios';
const slow = axios.create({ timeout: 1000 });
const fast = axios.create({ timeout: 800 });
export async function quote(id: string) {
  return fast.get('/quotes/' + id);
}`,
    },
    {
      name: 'got (no timeout by default) swapped for axios (none either)',
      before: `import got from 'got';
export async function quote(id: string) {
  return got('https://api.example.com/quotes/' + id).json();
}`,
      after: `import axios from 'axios';
export async function quote(id: string) {
  const res = await axios.get('https://api.example.com/quotes/' + id);
  return res.data;
}`,
    },
    {
      name: 'an option removed from a call of the project\'s own function that takes it without a default (decided further in)',
      before: {
        'src/report.ts': `import { fetchQuotes } from './quotes';
export async function report(ids: string[]) {
  return fetchQuotes({ ids, requestTimeout: 5000 });
}`,
        'src/quotes.ts': `export async function fetchQuotes({ ids, requestTimeout }: { ids: string[]; requestTimeout?: number }) {
  return fetch('https://quotes.example.com/' + ids.join(','), { signal: AbortSignal.timeout(requestTimeout ?? 2000) });
}`,
      },
      after: {
        'src/report.ts': `import { fetchQuotes } from './quotes';
export async function report(ids: string[]) {
  return fetchQuotes({ ids });
}`,
        'src/quotes.ts': `export async function fetchQuotes({ ids, requestTimeout }: { ids: string[]; requestTimeout?: number }) {
  return fetch('https://quotes.example.com/' + ids.join(','), { signal: AbortSignal.timeout(requestTimeout ?? 2000) });
}`,
      },
    },
    {
      name: 'an inline Promise.race timeout moved into the project\'s own race wrapper',
      before: `import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
const redis = new Redis();
const guard = async <T>(label: string, promise: Promise<T>, ms: number): Promise<T | undefined> => {
  const timer = sleep(ms, undefined);
  return Promise.race([promise, timer]);
};
export async function load(key: string) {
  return Promise.race([redis.get(key), sleep(1000, undefined)]);
}`,
      after: `import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
const redis = new Redis();
const guard = async <T>(label: string, promise: Promise<T>, ms: number): Promise<T | undefined> => {
  const timer = sleep(ms, undefined);
  return Promise.race([promise, timer]);
};
export async function load(key: string) {
  return guard('GET', redis.get(key), 1000);
}`,
    },
    {
      name: 'a field timeout removed where the library default is shorter than the field',
      before: {
        'src/node.ts': `import { createClient } from '@clickhouse/client';
import { BaseStore } from './base';
export class NodeStore extends BaseStore {
  connect(url: string) {
    return createClient({ url, request_timeout: this.requestTimeout });
  }
}`,
        'src/base.ts': `export class BaseStore {
  protected requestTimeout: number = 3_600_000;
}`,
      },
      after: {
        'src/node.ts': `import { createClient } from '@clickhouse/client';
import { BaseStore } from './base';
export class NodeStore extends BaseStore {
  connect(url: string) {
    return createClient({ url });
  }
}`,
        'src/base.ts': `export class BaseStore {
  protected requestTimeout: number = 3_600_000;
}`,
      },
    },
    {
      name: 'a timeout lowered',
      before: `import axios from 'axios';
export const http = axios.create({ baseURL: 'https://api.example.com', timeout: 10_000 });`,
      after: `import axios from 'axios';
export const http = axios.create({ baseURL: 'https://api.example.com', timeout: 2_000 });`,
    },
    {
      name: 'a timeout lowered through ms()',
      before: `import got from 'got';
import ms from 'ms';
export const api = got.extend({ timeout: { request: ms('30s') } });`,
      after: `import got from 'got';
import ms from 'ms';
export const api = got.extend({ timeout: { request: ms('5s') } });`,
    },
    {
      name: 'a timeout added to a client that had none',
      before: `import Redis from 'ioredis';
export const redis = new Redis({ host: 'cache' });
redis.on('error', (err) => console.error(err));`,
      after: `import Redis from 'ioredis';
export const redis = new Redis({ host: 'cache', commandTimeout: 500 });
redis.on('error', (err) => console.error(err));`,
    },
    {
      name: 'a timeout signal added to a call that had none',
      before: `export async function load(url: string) {
  return fetch(url);
}`,
      after: `export async function load(url: string) {
  return fetch(url, { signal: AbortSignal.timeout(5000) });
}`,
    },
    {
      name: 'options reformatted and reordered, same values',
      before: `import axios from 'axios';
export async function quote(id: string) {
  return axios.get('/quotes/' + id, { timeout: 5000, maxRedirects: 2 });
}`,
      after: `import axios from 'axios';
export async function quote(id: string) {
  return axios.get('/quotes/' + id, {
    maxRedirects: 2,
    timeout: 5_000,
  });
}`,
    },
    {
      name: 'a constant renamed, same value',
      before: `import { Pool } from 'pg';
const STATEMENT_TIMEOUT = 5 * 1000;
export const pool = new Pool({ statement_timeout: STATEMENT_TIMEOUT });
pool.on('error', (err) => console.error(err));`,
      after: `import { Pool } from 'pg';
const STATEMENT_TIMEOUT_MS = 5 * 1000;
export const pool = new Pool({ statement_timeout: STATEMENT_TIMEOUT_MS });
pool.on('error', (err) => console.error(err));`,
    },
    {
      name: 'a literal moved into a shared constant in another file, same value',
      before: {
        'src/service.ts': `import axios from 'axios';
export const http = axios.create({ timeout: 5000 });`,
        'src/config.ts': `export const PORT = 8080;`,
      },
      after: {
        'src/service.ts': `import axios from 'axios';
import { HTTP_TIMEOUT_MS } from './config';
export const http = axios.create({ timeout: HTTP_TIMEOUT_MS });`,
        'src/config.ts': `export const PORT = 8080;
export const HTTP_TIMEOUT_MS = 5_000;`,
      },
    },
    {
      name: 'options spread from a default that already held the same value',
      before: {
        'src/service.ts': `import axios from 'axios';
export const http = axios.create({ baseURL: 'https://api.example.com', timeout: 5000 });`,
        'src/defaults.ts': `export const HTTP_DEFAULTS = { timeout: 5000, maxRedirects: 3 };`,
      },
      after: {
        'src/service.ts': `import axios from 'axios';
import { HTTP_DEFAULTS } from './defaults';
export const http = axios.create({ ...HTTP_DEFAULTS, baseURL: 'https://api.example.com' });`,
        'src/defaults.ts': `export const HTTP_DEFAULTS = { timeout: 5000, maxRedirects: 3 };`,
      },
    },
    {
      name: 'seconds times a thousand replaced by the same milliseconds',
      before: `import mysql from 'mysql2/promise';
const CONNECT_TIMEOUT_SECONDS = 10;
export const db = mysql.createPool({ host: 'db', connectTimeout: CONNECT_TIMEOUT_SECONDS * 1000 });`,
      after: `import mysql from 'mysql2/promise';
import ms from 'ms';
export const db = mysql.createPool({ host: 'db', connectTimeout: ms('10s') });`,
    },
    {
      name: 'a raise under 5x that stays under 60 s and grows by less than 10 s',
      before: `import axios from 'axios';
export const http = axios.create({ timeout: 2000 });`,
      after: `import axios from 'axios';
export const http = axios.create({ timeout: 8000 });`,
    },
    {
      name: 'a raise under 2x between two values above the ceiling',
      before: `import { Pool } from 'pg';
export const pool = new Pool({ statement_timeout: 90_000 });
pool.on('error', (err) => console.error(err));`,
      after: `import { Pool } from 'pg';
export const pool = new Pool({ statement_timeout: 150_000 });
pool.on('error', (err) => console.error(err));`,
    },
    {
      name: 'a spread of options head adds may set the timeout head no longer writes',
      before: `import axios from 'axios';
export function client(opts: Record<string, unknown>) {
  return axios.create({ baseURL: '/api', timeout: 5000 });
}`,
      after: `import axios from 'axios';
export function client(opts: Record<string, unknown>) {
  return axios.create({ baseURL: '/api', ...opts });
}`,
    },
    {
      name: 'a timeout added that is no longer than the library default',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function move(id: string) {
  return prisma.$transaction(async (tx) => tx.account.update({ where: { id }, data: {} }));
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function move(id: string) {
  return prisma.$transaction(async (tx) => tx.account.update({ where: { id }, data: {} }), { timeout: 10_000 });
}`,
    },
    {
      name: 'a timeout removed where the library default is shorter',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function move(id: string) {
  return prisma.$transaction(async (tx) => tx.account.update({ where: { id }, data: {} }), { timeout: 60_000 });
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function move(id: string) {
  return prisma.$transaction(async (tx) => tx.account.update({ where: { id }, data: {} }));
}`,
    },
    {
      name: 'a timeout of 0 added to a client that waits forever by default',
      before: `import axios from 'axios';
export const http = axios.create({ baseURL: '/api' });`,
      after: `import axios from 'axios';
export const http = axios.create({ baseURL: '/api', timeout: 0 });`,
    },
    {
      name: 'idle and keep-alive settings are not hang bounds',
      before: `import { Pool } from 'pg';
import { Agent } from 'undici';
export const pool = new Pool({ idleTimeoutMillis: 10_000 });
export const agent = new Agent({ keepAliveTimeout: 4000 });
pool.on('error', (err) => console.error(err));`,
      after: `import { Pool } from 'pg';
import { Agent } from 'undici';
export const pool = new Pool({ idleTimeoutMillis: 0 });
export const agent = new Agent({ keepAliveTimeout: 600_000 });
pool.on('error', (err) => console.error(err));`,
    },
    {
      name: 'options about timeouts that are not timeouts (a message, a retry flag)',
      before: `import axios from 'axios';
export const http = axios.create({ timeout: 5000, timeoutErrorMessage: 'upstream slow', shouldResetTimeout: true });`,
      after: `import axios from 'axios';
export const http = axios.create({ timeout: 5000 });`,
    },
    {
      name: 'a timeout that was already disabled, now removed',
      before: `import axios from 'axios';
export const http = axios.create({ timeout: 0 });`,
      after: `import axios from 'axios';
export const http = axios.create({});`,
    },
    {
      name: 'options now passed as a value the model cannot read',
      before: `import axios from 'axios';
export function client(baseURL: string) {
  return axios.create({ baseURL, timeout: 5000 });
}`,
      after: `import axios from 'axios';
export function client(config: { baseURL: string; timeout: number }) {
  return axios.create(config);
}`,
    },
    {
      name: 'both sides from the environment',
      before: `import axios from 'axios';
export const http = axios.create({ timeout: Number(process.env.HTTP_TIMEOUT_MS) });`,
      after: `import axios from 'axios';
export const http = axios.create({ timeout: Number(process.env.UPSTREAM_TIMEOUT_MS) });`,
    },
    {
      name: 'an abort timer replaced by AbortSignal.timeout',
      before: `export async function load(url: string) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    return await fetch(url, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}`,
      after: `export async function load(url: string) {
  return fetch(url, { signal: AbortSignal.timeout(5000) });
}`,
    },
    {
      name: 'a fetch with its abort timer moved into a helper',
      before: `export async function load(url: string) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 5000);
  return fetch(url, { signal: controller.signal });
}`,
      after: `async function fetchWithTimeout(url: string, ms: number) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  return fetch(url, { signal: controller.signal });
}
export async function load(url: string) {
  return fetchWithTimeout(url, 5000);
}`,
    },
    {
      name: 'a signal combined with the caller signal, same timeout',
      before: `export async function load(url: string, req: Request) {
  return fetch(url, { signal: AbortSignal.timeout(5000) });
}`,
      after: `export async function load(url: string, req: Request) {
  return fetch(url, { signal: AbortSignal.any([req.signal, AbortSignal.timeout(5000)]) });
}`,
    },
    {
      name: 'debounce maxWait and test timeouts are not I/O',
      before: `import debounce from 'lodash/debounce';
export const save = debounce(() => undefined, 100, { maxWait: 1000 });`,
      after: `import debounce from 'lodash/debounce';
export const save = debounce(() => undefined, 100, { maxWait: 60_000 });`,
    },
    {
      name: 'a gRPC deadline rewritten with the same distance',
      before: `export function getUser(client: any, req: unknown, cb: () => void) {
  client.getUser(req, { deadline: Date.now() + 5000 }, cb);
}`,
      after: `export function getUser(client: any, req: unknown, cb: () => void) {
  client.getUser(req, { deadline: new Date(Date.now() + 5 * 1000) }, cb);
}`,
    },
    {
      name: 'a Promise.race timeout unchanged while the call changed',
      before: `export async function load(url: string) {
  return Promise.race([fetch(url), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000))]);
}`,
      after: `export async function load(url: string) {
  return Promise.race([fetch(url, { headers: { accept: 'application/json' } }), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000))]);
}`,
    },
    {
      name: 'retries and timeout unchanged but reformatted',
      before: `import got from 'got';
export const api = got.extend({ retry: { limit: 2 }, timeout: { request: 10_000 } });`,
      after: `import got from 'got';
export const api = got.extend({
  retry: { limit: 2 },
  timeout: { request: 10_000 },
});`,
    },
  ],
  flagged: [
    {
      name: 'got with its own request timeout swapped for bent, which has none',
      before: `import got from 'got';
export async function history(symbol: string) {
  return got('https://eod.example.com/' + symbol, { timeout: { request: 3000 } }).json();
}`,
      after: `import bent from 'bent';
export async function history(symbol: string) {
  const get = bent('https://eod.example.com/' + symbol, 'GET', 'json', 200);
  return get();
}`,
      findings: [{ messageId: 'callMoved', line: 4, column: 10, severity: 'high', data: { before: '3 s', after: 'unset (bent waits forever by default)' } }],
    },
    {
      name: 'a call moved from a client built with a 1 s timeout to a plain client',
      before: `import axios from 'axios';
const slow = axios.create({ timeout: 1000 });
const plain = axios.create({ baseURL: 'https://api.example.com' });
export async function quote(id: string) {
  return slow.get('/quotes/' + id);
}`,
      after: `import axios from 'axios';
const slow = axios.create({ timeout: 1000 });
const plain = axios.create({ baseURL: 'https://api.example.com' });
export async function quote(id: string) {
  return plain.get('/quotes/' + id);
}`,
      findings: [{ messageId: 'callMoved', line: 5, column: 10, severity: 'high', data: { before: '1 s', after: 'unset (axios waits forever by default)' } }],
    },
    {
      name: 'ky (10 s by default) swapped for axios (waits forever)',
      before: `import ky from 'ky';
export async function quote(id: string) {
  return ky.get('https://api.example.com/quotes/' + id).json();
}`,
      after: `import axios from 'axios';
export async function quote(id: string) {
  const res = await axios.get('https://api.example.com/quotes/' + id);
  return res.data;
}`,
      findings: [{ messageId: 'callMoved', line: 3, column: 21, severity: 'high', data: { before: '10 s (the ky default)' } }],
    },
    {
      name: 'an option removed from a call of the project\'s own function whose default for it is far longer',
      before: {
        'src/report.ts': `import { fetchQuotes } from './quotes';
export async function report(ids: string[]) {
  return fetchQuotes({ ids, requestTimeout: 5000 });
}`,
        'src/quotes.ts': `export async function fetchQuotes({ ids, requestTimeout = 600_000 }: { ids: string[]; requestTimeout?: number }) {
  return fetch('https://quotes.example.com/' + ids.join(','), { signal: AbortSignal.timeout(requestTimeout ?? 2000) });
}`,
      },
      after: {
        'src/report.ts': `import { fetchQuotes } from './quotes';
export async function report(ids: string[]) {
  return fetchQuotes({ ids });
}`,
        'src/quotes.ts': `export async function fetchQuotes({ ids, requestTimeout = 600_000 }: { ids: string[]; requestTimeout?: number }) {
  return fetch('https://quotes.example.com/' + ids.join(','), { signal: AbortSignal.timeout(requestTimeout ?? 2000) });
}`,
      },
      findings: [{ messageId: 'defaultRaised', line: 3, column: 10, severity: 'low', data: { option: 'requestTimeout', before: '5 s', after: 'the default of `fetchQuotes`, 10 min', factor: '120x' } }],
    },
    {
      name: 'the project\'s own race wrapper removed: the call it bounded is made directly',
      before: `import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
const redis = new Redis();
const guard = async <T>(label: string, promise: Promise<T>, ms: number): Promise<T | undefined> => {
  const timer = sleep(ms, undefined);
  return Promise.race([promise, timer]);
};
export async function save(key: string, value: string) {
  await guard('SET', redis.set(key, value), 5000);
}`,
      after: `import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
const redis = new Redis();
const guard = async <T>(label: string, promise: Promise<T>, ms: number): Promise<T | undefined> => {
  const timer = sleep(ms, undefined);
  return Promise.race([promise, timer]);
};
export async function save(key: string, value: string) {
  await redis.set(key, value);
}`,
      findings: [{ messageId: 'raceRemoved', line: 9, column: 9, severity: 'high', data: { guard: '`guard` wrapper', callee: 'redis.set', before: '5 s', after: 'unset' } }],
    },
    {
      name: 'a timeout read from a field inherited from a base class in another file, added over the library default',
      before: {
        'src/node.ts': `import { createClient } from '@clickhouse/client';
import { BaseStore } from './base';
export class NodeStore extends BaseStore {
  connect(url: string) {
    return createClient({ url });
  }
}`,
        'src/base.ts': `export class BaseStore {
  protected requestTimeout: number = 3_600_000;
}`,
      },
      after: {
        'src/node.ts': `import { createClient } from '@clickhouse/client';
import { BaseStore } from './base';
export class NodeStore extends BaseStore {
  connect(url: string) {
    return createClient({ url, request_timeout: this.requestTimeout });
  }
}`,
        'src/base.ts': `export class BaseStore {
  protected requestTimeout: number = 3_600_000;
}`,
      },
      findings: [{ messageId: 'raised', line: 5, column: 12, severity: 'medium', data: { option: 'request_timeout', callee: 'createClient', before: 'the library default, 30 s', after: '1 h', factor: '120x' } }],
    },
    {
      name: 'a spread both sides share cannot explain the timeout head no longer writes',
      before: `import axios from 'axios';
export function client(opts: Record<string, unknown>) {
  return axios.create({ ...opts, timeout: 5000 });
}`,
      after: `import axios from 'axios';
export function client(opts: Record<string, unknown>) {
  return axios.create({ ...opts });
}`,
      findings: [{ messageId: 'removed', line: 3, column: 10, severity: 'medium', data: { option: 'timeout', callee: 'axios.create', before: '5 s', after: 'unset' } }],
    },
    {
      name: 'a raise of exactly 5x is sharp',
      before: `import axios from 'axios';
export const http = axios.create({ timeout: 2000 });`,
      after: `import axios from 'axios';
export const http = axios.create({ timeout: 10_000 });`,
      findings: [{ messageId: 'raised', line: 2, column: 21, severity: 'medium', data: { option: 'timeout', before: '2 s', after: '10 s', factor: '5x' } }],
    },
    {
      name: 'a raise of 3x and 15 s more is a low note',
      before: `import axios from 'axios';
export const http = axios.create({ timeout: 5000 });`,
      after: `import axios from 'axios';
export const http = axios.create({ timeout: 20_000 });`,
      findings: [{ messageId: 'raised', line: 2, column: 21, severity: 'low', data: { option: 'timeout', before: '5 s', after: '20 s', factor: '4x' } }],
    },
    {
      name: 'a raise of 2x of a wait already past the ceiling is a low note',
      before: `import { Pool } from 'pg';
export const pool = new Pool({ statement_timeout: 90_000 });
pool.on('error', (err) => console.error(err));`,
      after: `import { Pool } from 'pg';
export const pool = new Pool({ statement_timeout: 300_000 });
pool.on('error', (err) => console.error(err));`,
      findings: [{ messageId: 'raised', line: 2, column: 21, severity: 'low', data: { option: 'statement_timeout', before: '90 s', after: '5 min' } }],
    },
    {
      name: 'a timeout added far past the library default (Prisma interactive transactions wait 5 s)',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function move(id: string) {
  return prisma.$transaction(async (tx) => tx.account.update({ where: { id }, data: {} }));
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function move(id: string) {
  return prisma.$transaction(async (tx) => tx.account.update({ where: { id }, data: {} }), { timeout: 60_000 });
}`,
      findings: [{ messageId: 'raised', line: 4, column: 10, severity: 'low', data: { option: 'timeout', callee: 'prisma.$transaction', before: 'the library default, 5 s', after: '1 min', factor: '12x' } }],
    },
    {
      name: 'a timeout of 0 added to a call whose default is not known disables it',
      before: `import { connect } from './db';
export async function open(id: string) {
  return connect(id, { server: 'db' });
}`,
      after: `import { connect } from './db';
export async function open(id: string) {
  return connect(id, { server: 'db', requestTimeout: 0 });
}`,
      findings: [{ messageId: 'disabled', line: 3, column: 10, severity: 'medium', data: { option: 'requestTimeout', callee: 'connect', before: '`unset (the library default)`', after: '0' } }],
    },
    {
      name: 'a BullMQ lock lease raised: the library names its waits its own way',
      before: `import { Worker } from 'bullmq';
export const worker = new Worker('mail', async () => {}, { lockDuration: 600_000 });`,
      after: `import { Worker } from 'bullmq';
export const worker = new Worker('mail', async () => {}, { lockDuration: 3_600_000 });`,
      findings: [{ messageId: 'raised', line: 2, column: 23, severity: 'medium', data: { option: 'lockDuration', callee: 'new Worker', before: '10 min', after: '1 h', factor: '6x' } }],
    },
    {
      name: 'a signal timeout chosen by a condition, removed',
      before: `export async function send(url: string, signal?: AbortSignal) {
  const s = signal ? AbortSignal.any([signal, AbortSignal.timeout(5000)]) : AbortSignal.timeout(5000);
  return fetch(url, { method: 'POST', signal: s });
}`,
      after: `export async function send(url: string, signal?: AbortSignal) {
  return fetch(url, { method: 'POST' });
}`,
      findings: [{ messageId: 'signalRemoved', line: 2, column: 10, severity: 'high' }],
    },
    {
      name: 'axios instance timeout removed',
      before: `import axios from 'axios';
export const http = axios.create({ baseURL: 'https://api.example.com', timeout: 5000 });`,
      after: `import axios from 'axios';
export const http = axios.create({ baseURL: 'https://api.example.com' });`,
      findings: [{ messageId: 'removed', line: 2, column: 21, severity: 'high', data: { option: 'timeout', callee: 'axios.create', before: '5 s', after: 'unset' } }],
    },
    {
      name: 'axios instance timeout set to 0 over a spread of defaults',
      before: {
        'src/service.ts': `import axios from 'axios';
import { baseConfig } from './config';
export const http = axios.create({ ...baseConfig });`,
        'src/config.ts': `export const baseConfig = { timeout: 5000, maxRedirects: 3 };`,
      },
      after: {
        'src/service.ts': `import axios from 'axios';
import { baseConfig } from './config';
export const http = axios.create({ ...baseConfig, timeout: 0 });`,
        'src/config.ts': `export const baseConfig = { timeout: 5000, maxRedirects: 3 };`,
      },
      findings: [{ messageId: 'disabled', line: 3, column: 21, severity: 'high', data: { option: 'timeout', callee: 'axios.create', before: '5 s', after: '0' } }],
    },
    {
      name: 'axios per-call timeout raised past the ceiling',
      before: `import axios from 'axios';
export async function report(id: string) {
  return axios.get('/reports/' + id, { timeout: 2000 });
}`,
      after: `import axios from 'axios';
export async function report(id: string) {
  return axios.get('/reports/' + id, { timeout: 120_000 });
}`,
      findings: [{ messageId: 'raised', line: 3, column: 10, severity: 'medium', data: { option: 'timeout', callee: 'axios.get', before: '2 s', after: '2 min', factor: '60x' } }],
    },
    {
      name: 'axios per-call timeout raised sharply, still under the ceiling',
      before: `import axios from 'axios';
export async function report(id: string) {
  return axios.get('/reports/' + id, { timeout: 1000 });
}`,
      after: `import axios from 'axios';
export async function report(id: string) {
  return axios.get('/reports/' + id, { timeout: 30_000 });
}`,
      findings: [{ messageId: 'raised', line: 3, column: 10, severity: 'low', data: { before: '1 s', after: '30 s', factor: '30x' } }],
    },
    {
      name: 'axios per-call options dropped',
      before: `import axios from 'axios';
export async function quote(id: string) {
  return axios.get('/quotes/' + id, { timeout: 3000 });
}`,
      after: `import axios from 'axios';
export async function quote(id: string) {
  return axios.get('/quotes/' + id);
}`,
      findings: [{ messageId: 'removed', line: 3, column: 10, severity: 'high', data: { option: 'timeout', callee: 'axios.get', before: '3 s', after: 'unset' } }],
    },
    {
      name: 'a call that lost its options in a renamed function',
      before: `import axios from 'axios';
export async function fetchQuote(id: string) {
  const res = await axios.get('/quotes/' + id, { timeout: 3000 });
  return res.data;
}`,
      after: `import axios from 'axios';
export async function loadQuote(id: string) {
  const res = await axios.get('/quotes/' + id);
  return res.data;
}`,
      findings: [{ messageId: 'removed', line: 3, column: 21, data: { callee: 'axios.get', before: '3 s' } }],
    },
    {
      name: 'a constant in another file raised (HTTP_TIMEOUT_MS in config.ts)',
      before: {
        'src/service.ts': `import axios from 'axios';
import { HTTP_TIMEOUT_MS } from './config';
export const http = axios.create({ timeout: HTTP_TIMEOUT_MS });`,
        'src/config.ts': `export const HTTP_TIMEOUT_MS = 5_000;`,
      },
      after: {
        'src/service.ts': `import axios from 'axios';
import { HTTP_TIMEOUT_MS } from './config';
export const http = axios.create({ timeout: HTTP_TIMEOUT_MS });`,
        'src/config.ts': `export const HTTP_TIMEOUT_MS = 120_000;`,
      },
      findings: [{ messageId: 'raised', file: 'src/config.ts', line: 1, column: 1, severity: 'medium', data: { option: 'timeout', callee: 'axios.create', before: '5 s', after: '2 min', factor: '24x' } }],
    },
    {
      name: 'a constant re-exported through a barrel disabled',
      before: {
        'src/service.ts': `import { Pool } from 'pg';
import { STATEMENT_TIMEOUT_MS } from './settings';
export function createPool() {
  return new Pool({ statement_timeout: STATEMENT_TIMEOUT_MS });
}`,
        'src/settings/index.ts': `export * from './db';`,
        'src/settings/db.ts': `export const STATEMENT_TIMEOUT_MS = 15_000;`,
      },
      after: {
        'src/service.ts': `import { Pool } from 'pg';
import { STATEMENT_TIMEOUT_MS } from './settings';
export function createPool() {
  return new Pool({ statement_timeout: STATEMENT_TIMEOUT_MS });
}`,
        'src/settings/index.ts': `export * from './db';`,
        'src/settings/db.ts': `export const STATEMENT_TIMEOUT_MS = 0;`,
      },
      findings: [{ messageId: 'disabled', file: 'src/settings/db.ts', line: 1, column: 1, severity: 'high', data: { option: 'statement_timeout', callee: 'new Pool', before: '15 s', after: '0' } }],
    },
    {
      name: 'fetch loses its AbortSignal.timeout',
      before: `export async function load(url: string) {
  return fetch(url, { signal: AbortSignal.timeout(5000) });
}`,
      after: `export async function load(url: string) {
  return fetch(url);
}`,
      findings: [{ messageId: 'signalRemoved', line: 2, column: 10, severity: 'high', data: { callee: 'fetch', before: '5 s', after: 'unset' } }],
    },
    {
      name: 'fetch keeps only the caller signal of a combined one',
      before: `export async function load(url: string, req: Request) {
  return fetch(url, { signal: AbortSignal.any([req.signal, AbortSignal.timeout(5000)]) });
}`,
      after: `export async function load(url: string, req: Request) {
  return fetch(url, { signal: req.signal });
}`,
      findings: [{ messageId: 'signalRemoved', line: 2, column: 10, severity: 'high', data: { before: '5 s', after: '`req.signal`' } }],
    },
    {
      name: 'fetch timeout signal replaced by a signal of unknown origin',
      before: `export async function load(url: string, signal: AbortSignal) {
  return fetch(url, { signal: AbortSignal.timeout(5000) });
}`,
      after: `export async function load(url: string, signal: AbortSignal) {
  return fetch(url, { signal });
}`,
      findings: [{ messageId: 'signalRemoved', line: 2, column: 10, severity: 'medium', data: { before: '5 s', after: '`signal`' } }],
    },
    {
      name: 'fetch AbortSignal.timeout raised',
      before: `export async function load(url: string) {
  return fetch(url, { signal: AbortSignal.timeout(3000) });
}`,
      after: `export async function load(url: string) {
  return fetch(url, { signal: AbortSignal.timeout(300_000) });
}`,
      findings: [{ messageId: 'raised', line: 2, column: 10, severity: 'medium', data: { option: 'signal', callee: 'fetch', before: '3 s', after: '5 min', factor: '100x' } }],
    },
    {
      name: 'fetch abort timer removed',
      before: `export async function load(url: string) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 4000);
  try {
    return await fetch(url, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}`,
      after: `export async function load(url: string) {
  const controller = new AbortController();
  return await fetch(url, { signal: controller.signal });
}`,
      findings: [{ messageId: 'timerRemoved', line: 3, column: 16, severity: 'high', data: { callee: 'fetch', entry: 'load', before: '4 s' } }],
    },
    {
      name: 'fetch abort timer raised',
      before: `export async function load(url: string) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 5000);
  return fetch(url, { signal: controller.signal });
}`,
      after: `export async function load(url: string) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 10 * 60 * 1000);
  return fetch(url, { signal: controller.signal });
}`,
      findings: [{ messageId: 'timerRaised', line: 3, column: 3, severity: 'medium', data: { guard: 'abort timer', callee: 'fetch', entry: 'load', before: '5 s', after: '10 min', factor: '120x' } }],
    },
    {
      name: 'got request timeout removed from an instance',
      before: `import got from 'got';
export const api = got.extend({ prefixUrl: 'https://api.example.com', timeout: { request: 10_000, connect: 1000 } });`,
      after: `import got from 'got';
export const api = got.extend({ prefixUrl: 'https://api.example.com', timeout: { connect: 1000 } });`,
      findings: [{ messageId: 'removed', line: 2, column: 20, severity: 'high', data: { option: 'timeout.request', callee: 'got.extend', before: '10 s' } }],
    },
    {
      name: 'got per-call request timeout raised',
      before: `import got from 'got';
export async function load(url: string) {
  return got(url, { timeout: { request: 10_000 } }).json();
}`,
      after: `import got from 'got';
export async function load(url: string) {
  return got(url, { timeout: { request: 120_000 } }).json();
}`,
      findings: [{ messageId: 'raised', line: 3, column: 10, severity: 'medium', data: { option: 'timeout.request', callee: 'got', before: '10 s', after: '2 min', factor: '12x' } }],
    },
    {
      name: 'undici agent headers and body timeouts disabled',
      before: `import { Agent, setGlobalDispatcher } from 'undici';
setGlobalDispatcher(new Agent({ headersTimeout: 10_000, bodyTimeout: 10_000 }));`,
      after: `import { Agent, setGlobalDispatcher } from 'undici';
setGlobalDispatcher(new Agent({ headersTimeout: 0, bodyTimeout: 0 }));`,
      findings: [
        { messageId: 'disabled', line: 2, column: 21, severity: 'high', data: { option: 'headersTimeout', callee: 'new Agent', before: '10 s', after: '0' } },
        { messageId: 'disabled', line: 2, column: 21, severity: 'high', data: { option: 'bodyTimeout', callee: 'new Agent', before: '10 s', after: '0' } },
      ],
    },
    {
      name: 'undici request headersTimeout removed',
      before: `import { request } from 'undici';
export async function load(url: string) {
  return request(url, { method: 'GET', headersTimeout: 5000 });
}`,
      after: `import { request } from 'undici';
export async function load(url: string) {
  return request(url, { method: 'GET' });
}`,
      findings: [{ messageId: 'defaultRaised', line: 3, column: 10, severity: 'medium', data: { option: 'headersTimeout', callee: 'request', before: '5 s', after: 'the library default, 5 min', factor: '60x' } }],
    },
    {
      name: 'ky timeout set to false',
      before: `import ky from 'ky';
export const api = ky.create({ prefixUrl: '/api', timeout: 5000 });`,
      after: `import ky from 'ky';
export const api = ky.create({ prefixUrl: '/api', timeout: false });`,
      findings: [{ messageId: 'disabled', line: 2, column: 20, severity: 'high', data: { option: 'timeout', callee: 'ky.create', before: '5 s', after: '`false`' } }],
    },
    {
      name: 'ioredis commandTimeout removed and connectTimeout raised',
      before: `import Redis from 'ioredis';
export const redis = new Redis({
  host: 'cache',
  commandTimeout: 500,
  connectTimeout: 2000,
});
redis.on('error', (err) => console.error(err));`,
      after: `import Redis from 'ioredis';
export const redis = new Redis({
  host: 'cache',
  connectTimeout: 90_000,
});
redis.on('error', (err) => console.error(err));`,
      findings: [
        { messageId: 'removed', line: 4, column: 1, severity: 'high', data: { option: 'commandTimeout', callee: 'new Redis', before: '500 ms' } },
        { messageId: 'raised', line: 4, column: 1, severity: 'medium', data: { option: 'connectTimeout', callee: 'new Redis', before: '2 s', after: '90 s', factor: '45x' } },
      ],
    },
    {
      name: 'node-redis socket.connectTimeout removed',
      before: `import { createClient } from 'redis';
export const redis = createClient({ url: 'redis://cache', socket: { connectTimeout: 2000 } });`,
      after: `import { createClient } from 'redis';
export const redis = createClient({ url: 'redis://cache', socket: {} });`,
      findings: [{ messageId: 'removed', line: 2, column: 22, severity: 'high', data: { option: 'socket.connectTimeout', callee: 'createClient', before: '2 s' } }],
    },
    {
      name: 'pg pool: statement_timeout disabled, query_timeout raised, connectionTimeoutMillis removed',
      before: `import { Pool } from 'pg';
export const pool = new Pool({ statement_timeout: 5000, query_timeout: 5000, connectionTimeoutMillis: 2000 });
pool.on('error', (err) => console.error(err));`,
      after: `import { Pool } from 'pg';
export const pool = new Pool({ statement_timeout: 0, query_timeout: 50_000 });
pool.on('error', (err) => console.error(err));`,
      findings: [
        { messageId: 'disabled', line: 2, column: 21, severity: 'high', data: { option: 'statement_timeout', before: '5 s', after: '0' } },
        { messageId: 'raised', line: 2, column: 21, severity: 'medium', data: { option: 'query_timeout', before: '5 s', after: '50 s', factor: '10x' } },
        { messageId: 'removed', line: 2, column: 21, severity: 'high', data: { option: 'connectionTimeoutMillis', before: '2 s' } },
      ],
    },
    {
      name: 'mysql2 connectTimeout raised on a pool',
      before: `import mysql from 'mysql2/promise';
export const db = mysql.createPool({ host: 'db', connectTimeout: 2000 });`,
      after: `import mysql from 'mysql2/promise';
export const db = mysql.createPool({ host: 'db', connectTimeout: 20_000 });`,
      findings: [{ messageId: 'raised', line: 2, column: 19, severity: 'medium', data: { option: 'connectTimeout', callee: 'mysql.createPool', before: '2 s', after: '20 s', factor: '10x' } }],
    },
    {
      name: 'Prisma interactive transaction timeout and maxWait raised',
      before: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function transfer() {
  return prisma.$transaction(async (tx) => tx.account.count(), { maxWait: 2000, timeout: 5000 });
}`,
      after: `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function transfer() {
  return prisma.$transaction(async (tx) => tx.account.count(), { maxWait: 20_000, timeout: 120_000 });
}`,
      findings: [
        { messageId: 'raised', line: 4, column: 10, severity: 'low', data: { option: 'maxWait', callee: 'prisma.$transaction', before: '2 s', after: '20 s' } },
        { messageId: 'raised', line: 4, column: 10, severity: 'medium', data: { option: 'timeout', callee: 'prisma.$transaction', before: '5 s', after: '2 min' } },
      ],
    },
    {
      name: 'Prisma client transactionOptions timeout removed',
      before: `import { PrismaClient } from '@prisma/client';
export function createPrisma() {
  return new PrismaClient({ transactionOptions: { maxWait: 2000, timeout: 5000 } });
}`,
      after: `import { PrismaClient } from '@prisma/client';
export function createPrisma() {
  return new PrismaClient({ transactionOptions: { maxWait: 2000 } });
}`,
      findings: [{ messageId: 'removed', line: 3, column: 10, severity: 'high', data: { option: 'transactionOptions.timeout', callee: 'new PrismaClient', before: '5 s' } }],
    },
    {
      name: 'mongoose serverSelectionTimeoutMS disabled',
      before: `import mongoose from 'mongoose';
export async function connect() {
  await mongoose.connect('mongodb://db/app', { serverSelectionTimeoutMS: 5000 });
}`,
      after: `import mongoose from 'mongoose';
export async function connect() {
  await mongoose.connect('mongodb://db/app', { serverSelectionTimeoutMS: 0 });
}`,
      findings: [{ messageId: 'disabled', line: 3, column: 9, severity: 'high', data: { option: 'serverSelectionTimeoutMS', callee: 'mongoose.connect', before: '5 s', after: '0' } }],
    },
    {
      name: 'mongodb find maxTimeMS removed',
      before: `import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://db', { serverSelectionTimeoutMS: 5000 });
export async function recent() {
  return client.db('app').collection('events').find({}, { maxTimeMS: 2000 }).toArray();
}`,
      after: `import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://db', { serverSelectionTimeoutMS: 5000 });
export async function recent() {
  return client.db('app').collection('events').find({}).toArray();
}`,
      findings: [{ messageId: 'removed', line: 4, column: 10, severity: 'high', data: { option: 'maxTimeMS', before: '2 s' } }],
    },
    {
      name: 'AWS SDK requestHandler requestTimeout removed (one finding, on the client)',
      before: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';
const ddb = new DynamoDBClient({
  requestHandler: new NodeHttpHandler({ requestTimeout: 3000, connectionTimeout: 1000 }),
});
export const docs = DynamoDBDocumentClient.from(ddb);`,
      after: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';
const ddb = new DynamoDBClient({
  requestHandler: new NodeHttpHandler({ connectionTimeout: 1000 }),
});
export const docs = DynamoDBDocumentClient.from(ddb);`,
      findings: [{ messageId: 'removed', line: 5, column: 1, severity: 'high', data: { option: 'requestHandler.requestTimeout', callee: 'new DynamoDBClient', before: '3 s' } }],
    },
    {
      name: 'AWS SDK requestHandler options object disabled',
      before: `import { S3Client } from '@aws-sdk/client-s3';
export function s3For(region: string) {
  return new S3Client({ region, requestHandler: { requestTimeout: 3000 } });
}`,
      after: `import { S3Client } from '@aws-sdk/client-s3';
export function s3For(region: string) {
  return new S3Client({ region, requestHandler: { requestTimeout: 0 } });
}`,
      findings: [{ messageId: 'disabled', line: 3, column: 10, severity: 'high', data: { option: 'requestHandler.requestTimeout', before: '3 s', after: '0' } }],
    },
    {
      name: 'gRPC deadline removed',
      before: `export function getUser(client: any, req: unknown, cb: () => void) {
  client.getUser(req, { deadline: Date.now() + 5000 }, cb);
}`,
      after: `export function getUser(client: any, req: unknown, cb: () => void) {
  client.getUser(req, {}, cb);
}`,
      findings: [{ messageId: 'removed', line: 2, column: 3, severity: 'medium', data: { option: 'deadline', callee: 'client.getUser', before: '5 s' } }],
    },
    {
      name: 'gRPC deadline raised through new Date(Date.now() + ms)',
      before: `export function getUser(client: any, req: unknown, cb: () => void) {
  const deadline = new Date(Date.now() + 2000);
  client.getUser(req, { deadline }, cb);
}`,
      after: `export function getUser(client: any, req: unknown, cb: () => void) {
  const deadline = new Date(Date.now() + 120_000);
  client.getUser(req, { deadline }, cb);
}`,
      findings: [{ messageId: 'raised', line: 2, column: 1, severity: 'low', data: { option: 'deadline', before: '2 s', after: '2 min', factor: '60x' } }],
    },
    {
      name: 'Promise.race timeout removed',
      before: `export async function load(url: string) {
  return Promise.race([fetch(url), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000))]);
}`,
      after: `export async function load(url: string) {
  return fetch(url);
}`,
      findings: [{ messageId: 'raceRemoved', line: 2, column: 10, severity: 'high', data: { guard: '`Promise.race` timeout', callee: 'fetch', entry: 'load', before: '3 s' } }],
    },
    {
      name: 'Promise.race timer raised',
      before: `import { setTimeout as sleep } from 'node:timers/promises';
export async function load(url: string) {
  return Promise.race([fetch(url), sleep(2000).then(() => { throw new Error('timeout'); })]);
}`,
      after: `import { setTimeout as sleep } from 'node:timers/promises';
export async function load(url: string) {
  return Promise.race([fetch(url), sleep(120_000).then(() => { throw new Error('timeout'); })]);
}`,
      findings: [{ messageId: 'timerRaised', line: 3, column: 10, data: { guard: '`Promise.race` timeout', before: '2 s', after: '2 min' } }],
    },
    {
      name: 'pTimeout wrapper removed',
      before: `import pTimeout from 'p-timeout';
export async function load(url: string) {
  return pTimeout(fetch(url), { milliseconds: 5000 });
}`,
      after: `import pTimeout from 'p-timeout';
export async function load(url: string) {
  return fetch(url);
}`,
      findings: [{ messageId: 'raceRemoved', line: 3, column: 10, severity: 'high', data: { guard: '`pTimeout` wrapper', callee: 'fetch', before: '5 s' } }],
    },
    {
      name: 'knex query .timeout() removed',
      before: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function users() {
  return db('users').select('*').timeout(1000);
}`,
      after: `import knex from 'knex';
const db = knex({ client: 'pg' });
export async function users() {
  return db('users').select('*');
}`,
      findings: [{ messageId: 'removed', line: 4, column: 10, severity: 'high', data: { option: 'timeout', callee: "db('users').select('*')", before: '1 s' } }],
    },
    {
      name: 'a timeout now read from the environment with no default',
      before: `import axios from 'axios';
export const http = axios.create({ timeout: 5000 });`,
      after: `import axios from 'axios';
export const http = axios.create({ timeout: Number(process.env.HTTP_TIMEOUT_MS) });`,
      findings: [{ messageId: 'fromEnv', line: 2, column: 21, severity: 'low', data: { before: '5 s', after: 'set from the environment (`process.env.HTTP_TIMEOUT_MS`)' } }],
    },
    {
      name: 'a timeout read from the environment whose default is raised',
      before: `import axios from 'axios';
export const http = axios.create({ timeout: Number(process.env.HTTP_TIMEOUT_MS ?? 5000) });`,
      after: `import axios from 'axios';
export const http = axios.create({ timeout: Number(process.env.HTTP_TIMEOUT_MS ?? 600_000) });`,
      findings: [{ messageId: 'raised', line: 2, column: 21, severity: 'medium', data: { before: 'set from the environment (`process.env.HTTP_TIMEOUT_MS`, default 5 s)', after: 'set from the environment (`process.env.HTTP_TIMEOUT_MS`, default 10 min)', factor: '120x' } }],
    },
    {
      name: 'a duration string raised through ms()',
      before: `import axios from 'axios';
import ms from 'ms';
export const http = axios.create({ timeout: ms('2s') });`,
      after: `import axios from 'axios';
import ms from 'ms';
export const http = axios.create({ timeout: ms('2m') });`,
      findings: [{ messageId: 'raised', line: 3, column: 21, severity: 'medium', data: { before: '2 s', after: '2 min', factor: '60x' } }],
    },
    {
      name: 'a seconds option raised (unit from the name)',
      before: `export function watch(k8s: any) {
  return k8s.listNamespacedPod({ namespace: 'default', timeoutSeconds: 5 });
}`,
      after: `export function watch(k8s: any) {
  return k8s.listNamespacedPod({ namespace: 'default', timeoutSeconds: 300 });
}`,
      findings: [{ messageId: 'raised', line: 2, column: 10, severity: 'low', data: { option: 'timeoutSeconds', before: '5 s', after: '5 min', factor: '60x' } }],
    },
    {
      name: 'a timeout set to Infinity or past what setTimeout can wait',
      before: `import axios from 'axios';
import { Pool } from 'pg';
export const http = axios.create({ timeout: 5000 });
export const pool = new Pool({ query_timeout: 5000 });`,
      after: `import axios from 'axios';
import { Pool } from 'pg';
export const http = axios.create({ timeout: Infinity });
export const pool = new Pool({ query_timeout: Number.MAX_SAFE_INTEGER });`,
      findings: [
        { messageId: 'disabled', line: 3, column: 21, data: { option: 'timeout', after: 'Infinity' } },
        { messageId: 'disabled', line: 4, column: 21, data: { option: 'query_timeout', after: 'Infinity' } },
      ],
    },
    {
      name: 'a timeout set to null',
      before: `import { Pool } from 'pg';
export function createPool() {
  return new Pool({ connectionTimeoutMillis: 2000 });
}`,
      after: `import { Pool } from 'pg';
export function createPool() {
  return new Pool({ connectionTimeoutMillis: null });
}`,
      findings: [{ messageId: 'disabled', line: 3, column: 10, severity: 'high', data: { option: 'connectionTimeoutMillis', before: '2 s', after: 'unset' } }],
    },
    {
      name: 'Promise.race around a helper in another file removed',
      before: {
        'src/quote.ts': `import { getQuote } from './provider';
const sleep = (ms: number) => new Promise((_, reject) => setTimeout(() => reject(new Error('slow')), ms));
export async function quoteFor(sku: string) {
  return Promise.race([getQuote(sku), sleep(1200)]);
}`,
        'src/provider.ts': `import axios from 'axios';
export async function getQuote(sku: string) {
  return (await axios.get('/quotes/' + sku)).data;
}`,
      },
      after: {
        'src/quote.ts': `import { getQuote } from './provider';
export async function quoteFor(sku: string) {
  return getQuote(sku);
}`,
        'src/provider.ts': `import axios from 'axios';
export async function getQuote(sku: string) {
  return (await axios.get('/quotes/' + sku)).data;
}`,
      },
      findings: [{ messageId: 'raceRemoved', line: 3, column: 10, severity: 'high', data: { callee: 'getQuote', entry: 'quoteFor', before: '1.2 s' } }],
    },
    {
      name: 'pTimeout wrapper raised',
      before: `import pTimeout from 'p-timeout';
export async function load(url: string) {
  return pTimeout(fetch(url), { milliseconds: 5000 });
}`,
      after: `import pTimeout from 'p-timeout';
export async function load(url: string) {
  return pTimeout(fetch(url), { milliseconds: 300_000 });
}`,
      findings: [{ messageId: 'timerRaised', line: 3, column: 10, severity: 'medium', data: { guard: '`pTimeout` wrapper', callee: 'fetch', before: '5 s', after: '5 min', factor: '60x' } }],
    },
    {
      name: 'superagent .timeout({ deadline }) raised',
      before: `import request from 'superagent';
export async function load(url: string) {
  return request.get(url).timeout({ response: 5000, deadline: 10_000 });
}`,
      after: `import request from 'superagent';
export async function load(url: string) {
  return request.get(url).timeout({ response: 5000, deadline: 600_000 });
}`,
      findings: [{ messageId: 'raised', line: 3, column: 10, data: { option: 'timeout.deadline', callee: 'request.get(url)', before: '10 s', after: '10 min', factor: '60x' } }],
    },
    {
      name: 'Sequelize pool acquire raised',
      before: `import { Sequelize } from 'sequelize';
export function connect(url: string) {
  return new Sequelize(url, { pool: { max: 10, acquire: 30_000 } });
}`,
      after: `import { Sequelize } from 'sequelize';
export function connect(url: string) {
  return new Sequelize(url, { pool: { max: 10, acquire: 600_000 } });
}`,
      findings: [{ messageId: 'raised', line: 3, column: 10, severity: 'medium', data: { option: 'pool.acquire', callee: 'new Sequelize', before: '30 s', after: '10 min', factor: '20x' } }],
    },
    {
      name: 'two calls of one client in a function, one loses its signal',
      before: `export async function both(a: string, b: string) {
  const x = await fetch(a, { signal: AbortSignal.timeout(2000) });
  const y = await fetch(b, { signal: AbortSignal.timeout(2000) });
  return [x, y];
}`,
      after: `export async function both(a: string, b: string) {
  const x = await fetch(a, { signal: AbortSignal.timeout(2000) });
  const y = await fetch(b, { method: 'GET' });
  return [x, y];
}`,
      findings: [{ messageId: 'signalRemoved', line: 3, column: 19, severity: 'high', data: { callee: 'fetch', before: '2 s', after: 'unset' } }],
    },
    {
      name: 'a timeout in a duration string raised (Temporal-style options)',
      before: `export function schedule(workflow: any) {
  return workflow.proxyActivities({ startToCloseTimeout: '30s' });
}`,
      after: `export function schedule(workflow: any) {
  return workflow.proxyActivities({ startToCloseTimeout: '1h' });
}`,
      findings: [{ messageId: 'raised', line: 2, column: 10, severity: 'low', data: { option: 'startToCloseTimeout', before: '30 s', after: '1 h', factor: '120x' } }],
    },
    {
      name: 'a wrapper of our own loses its timeout (unknown client: one step lower)',
      before: `export async function load(api: any, id: string) {
  return api.request('GET', '/items/' + id, { timeout: 2000 });
}`,
      after: `export async function load(api: any, id: string) {
  return api.request('GET', '/items/' + id, { });
}`,
      findings: [{ messageId: 'removed', line: 2, column: 10, severity: 'medium', data: { option: 'timeout', callee: 'api.request' } }],
    },
    {
      name: 'a pool constructed alone at module level has its statement timeout disabled',
      before: `import { Pool } from 'pg';
export const pool = new Pool({ statement_timeout: 5000 });`,
      after: `import { Pool } from 'pg';
export const pool = new Pool({ statement_timeout: 0 });`,
      findings: [{ messageId: 'disabled', line: 2, column: 21, data: { option: 'statement_timeout' } }],
    },
    {
      name: 'two calls of one client in a function: only the first loses its timeout',
      before: `import axios from 'axios';
export async function load(a: string, b: string) {
  const x = await axios.get(a, { timeout: 1000 });
  const y = await axios.get(b, { timeout: 20000 });
  return [x, y];
}`,
      after: `import axios from 'axios';
export async function load(a: string, b: string) {
  const x = await axios.get(a);
  const y = await axios.get(b, { timeout: 20000 });
  return [x, y];
}`,
      findings: [{ messageId: 'removed', line: 3, column: 19, data: { option: 'timeout', before: '1 s' } }],
    },
    {
      name: 'a redis client that loses all its options',
      before: `import Redis from 'ioredis';
export const redis = new Redis(process.env.REDIS_URL!, { commandTimeout: 500 });`,
      after: `import Redis from 'ioredis';
export const redis = new Redis(process.env.REDIS_URL!);`,
      findings: [{ messageId: 'removed', line: 2, column: 22, data: { option: 'commandTimeout' } }],
    },
    {
      name: 'an axios instance default timeout assigned 0',
      before: `import axios from 'axios';
export const api = axios.create({ baseURL: 'https://api.example.com' });
api.defaults.timeout = 5000;`,
      after: `import axios from 'axios';
export const api = axios.create({ baseURL: 'https://api.example.com' });
api.defaults.timeout = 0;`,
      findings: [{ messageId: 'disabled', line: 3, column: 1, data: { option: 'timeout' } }],
    },
  ],
  todo: [
    { name: 'mongoose `.maxTimeMS(2000)` removed from a query chain', reason: 'a removed chained guard has no head counterpart to pair with (the query is keyed differently)' },
    { name: 'node http `req.setTimeout(5000)` removed', reason: 'same: the removed method call leaves no head site' },
  ],
});

describe('timeout-changed options', () => {
  const before = { 'src/a.ts': `import axios from 'axios';\nexport const get = (u: string) => axios.get(u, { timeout: 2000 });\n` };
  const after = { 'src/a.ts': `import axios from 'axios';\nexport const get = (u: string) => axios.get(u, { timeout: 8000 });\n` };
  it('raiseFactor decides what a sharp raise is: 4x is quiet by default, reported at 3', () => {
    expect(runRule(rule, before, after)).toEqual([]);
    const found = runRule(rule, before, after, { raiseFactor: 3 });
    expect(found.map((f) => [f.messageId, f.severity, f.at.span.line, f.at.span.column, f.data['factor']])).toEqual([['raised', 'low', 2, 35, '4x']]);
  });
  it('ceilingMs decides when a wait is long: past 5 s is a sharp raise', () => {
    const found = runRule(rule, before, after, { ceilingMs: 5000 });
    expect(found.map((f) => [f.messageId, f.severity, f.at.span.line])).toEqual([['raised', 'medium', 2]]);
  });
});
