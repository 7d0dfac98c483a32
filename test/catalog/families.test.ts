/**
 * The catalog's families, one behaviour each: a per-item call in a loop is found at its exact
 * place, and a quiet neighbour (the batch form, a builder, a not-io client) stays silent.
 * Runs `io-in-loop`, the rule that reads the catalog's handles, batch pairs and ignores.
 */
import rule from '../../rules/io-in-loop.js';
import { describeRule } from '../support/ruleTable.js';

describeRule(rule, {
  quiet: [
    {
      name: 'sharedb: event listeners and middleware registered in a loop are not round trips',
      before: `import ShareDB from 'sharedb';
const backend = new ShareDB();
export function wire(actions: string[]) {
  return actions.length;
}`,
      after: `import ShareDB from 'sharedb';
const backend = new ShareDB();
export function wire(actions: string[]) {
  for (const a of actions) backend.use(a as 'submit', (ctx, next) => next());
  return actions.length;
}`,
    },
    {
      name: 'aws lib-storage: an Upload whose progress events are listened to in a loop',
      before: `import { S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
const s3 = new S3Client({});
export async function put(key: string, body: Buffer, listeners: Array<(p: unknown) => void>) {
  const up = new Upload({ client: s3, params: { Bucket: 'b', Key: key, Body: body } });
  await up.done();
}`,
      after: `import { S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
const s3 = new S3Client({});
export async function put(key: string, body: Buffer, listeners: Array<(p: unknown) => void>) {
  const up = new Upload({ client: s3, params: { Bucket: 'b', Key: key, Body: body } });
  for (const l of listeners) up.on('httpUploadProgress', l);
  await up.done();
}`,
    },
    {
      name: 'elasticsearch: per-item index calls replaced by one bulk',
      before: `import { Client } from '@elastic/elasticsearch';
const es = new Client({ node: 'http://localhost:9200' });
export async function indexAll(docs: { id: string }[]) {
  for (const d of docs) await es.index({ index: 'docs', id: d.id, document: d });
}`,
      after: `import { Client } from '@elastic/elasticsearch';
const es = new Client({ node: 'http://localhost:9200' });
export async function indexAll(docs: { id: string }[]) {
  await es.bulk({ operations: docs.flatMap((d) => [{ index: { _index: 'docs', _id: d.id } }, d]) });
}`,
    },
    {
      name: 'clickhouse: one query, its rows looped over in memory',
      before: `import { createClient } from '@clickhouse/client';
const ch = createClient({ url: 'http://localhost:8123' });
export async function totals() {
  const rs = await ch.query({ query: 'select site, hits from daily', format: 'JSONEachRow' });
  return rs.json();
}`,
      after: `import { createClient } from '@clickhouse/client';
const ch = createClient({ url: 'http://localhost:8123' });
export async function totals() {
  const rs = await ch.query({ query: 'select site, hits from daily', format: 'JSONEachRow' });
  const rows = await rs.json<{ site: string; hits: number }>();
  for (const r of rows) r.hits = Math.round(r.hits);
  return rows;
}`,
    },
    {
      name: 'tinybird: building pipes in a loop sends nothing',
      before: `import { Tinybird } from '@chronark/zod-bird';
const tb = new Tinybird({ token: 't' });
export function pipes(names: string[]) {
  return names.length;
}`,
      after: `import { Tinybird } from '@chronark/zod-bird';
const tb = new Tinybird({ token: 't' });
export function pipes(names: string[]) {
  return names.map((pipe) => tb.buildPipe({ pipe, data: schema }));
}`,
    },
    {
      name: 'slonik: sql fragments built in a loop are local',
      before: `import { createPool, sql } from 'slonik';
const pool = await createPool('postgres://');
export async function byIds(ids: number[]) {
  return pool.any(sql.unsafe\`select * from users\`);
}`,
      after: `import { createPool, sql } from 'slonik';
const pool = await createPool('postgres://');
export async function byIds(ids: number[]) {
  const list = sql.join(ids.map((id) => sql.literalValue(String(id))), sql.fragment\`, \`);
  return pool.any(sql.unsafe\`select * from users where id in (\${list})\`);
}`,
    },
    {
      name: 'bent: making request functions in a loop sends nothing',
      before: `import bent from 'bent';
export function clients(bases: string[]) {
  return bases.length;
}`,
      after: `import bent from 'bent';
export function clients(bases: string[]) {
  return bases.map((b) => bent(b, 'json'));
}`,
    },
    {
      name: 'resend: per-item sends replaced by one batch',
      before: `import { Resend } from 'resend';
const resend = new Resend('re_x');
export async function notify(emails: { to: string }[]) {
  for (const e of emails) await resend.emails.send({ from: 'a@x.io', to: e.to, subject: 'Hi', html: '' });
}`,
      after: `import { Resend } from 'resend';
const resend = new Resend('re_x');
export async function notify(emails: { to: string }[]) {
  await resend.batch.send(emails.map((e) => ({ from: 'a@x.io', to: e.to, subject: 'Hi', html: '' })));
}`,
    },
    {
      name: 'sendgrid: setting the key is configuration, one send for all',
      before: `import sgMail from '@sendgrid/mail';
export async function notify(to: string[]) {
  await sgMail.send({ to, from: 'a@x.io', subject: 'Hi', text: '' });
}`,
      after: `import sgMail from '@sendgrid/mail';
export async function notify(to: string[], keys: string[]) {
  for (const k of keys) sgMail.setApiKey(k);
  await sgMail.send({ to, from: 'a@x.io', subject: 'Hi', text: '' });
}`,
    },
    {
      name: 'supabase: realtime channels opened in a loop are not queries',
      before: `import { createClient } from '@supabase/supabase-js';
const supabase = createClient('https://x.supabase.co', 'key');
export function watch(rooms: string[]) {
  return rooms.length;
}`,
      after: `import { createClient } from '@supabase/supabase-js';
const supabase = createClient('https://x.supabase.co', 'key');
export function watch(rooms: string[]) {
  return rooms.map((r) => supabase.channel('room:' + r).subscribe());
}`,
    },
    {
      name: 'firestore: writes in a loop go into one batch, committed once',
      before: `import { getFirestore } from 'firebase-admin/firestore';
const db = getFirestore();
export async function saveAll(users: { id: string }[]) {
  await db.collection('meta').doc('count').set({ n: users.length });
}`,
      after: `import { getFirestore } from 'firebase-admin/firestore';
const db = getFirestore();
export async function saveAll(users: { id: string }[]) {
  const batch = db.batch();
  for (const u of users) batch.set(db.collection('users').doc(u.id), u);
  await batch.commit();
}`,
    },
    {
      name: 'firebase-admin: server timestamps in a loop are local values',
      before: `import admin from 'firebase-admin';
export function stamps(ids: string[]) {
  return ids.length;
}`,
      after: `import admin from 'firebase-admin';
export function stamps(ids: string[]) {
  return ids.map((id) => ({ id, at: admin.firestore.FieldValue.serverTimestamp() }));
}`,
    },
    {
      name: 'qstash: verifying signatures in a loop is local',
      before: `import { Receiver } from '@upstash/qstash';
const receiver = new Receiver({ currentSigningKey: 'a', nextSigningKey: 'b' });
export async function verifyAll(items: { signature: string; body: string }[]) {
  return items.length;
}`,
      after: `import { Receiver } from '@upstash/qstash';
const receiver = new Receiver({ currentSigningKey: 'a', nextSigningKey: 'b' });
export async function verifyAll(items: { signature: string; body: string }[]) {
  for (const i of items) await receiver.verify({ signature: i.signature, body: i.body });
}`,
    },
    {
      name: 'aws sdk v2: presigning URLs in a loop is local',
      before: `import AWS from 'aws-sdk';
const s3 = new AWS.S3();
export function links(keys: string[]) {
  return keys.length;
}`,
      after: `import AWS from 'aws-sdk';
const s3 = new AWS.S3();
export function links(keys: string[]) {
  return keys.map((Key) => s3.getSignedUrl('getObject', { Bucket: 'b', Key }));
}`,
    },
    {
      name: 'metrics and logging clients in a loop are not fan-out, whatever their names',
      before: `import { StatsD } from 'hot-shots';
import type { Logger } from 'pino';
export class Handler {
  constructor(private readonly client: StatsD, private readonly log: Logger) {}
  handle(items: string[]) {
    return items.length;
  }
}`,
      after: `import { StatsD } from 'hot-shots';
import type { Logger } from 'pino';
export class Handler {
  constructor(private readonly client: StatsD, private readonly log: Logger) {}
  handle(items: string[]) {
    for (const i of items) {
      this.client.increment('items.handled');
      this.log.info({ i }, 'handled');
    }
    return items.length;
  }
}`,
    },
    {
      name: 'prom-client counters in a loop are in memory',
      before: `import client from 'prom-client';
const processed = new client.Counter({ name: 'processed', help: 'items' });
export function handle(items: string[]) {
  return items.length;
}`,
      after: `import client from 'prom-client';
const processed = new client.Counter({ name: 'processed', help: 'items' });
export function handle(items: string[]) {
  for (const i of items) processed.inc({ kind: i });
  return items.length;
}`,
    },
  ],
  flagged: [
    {
      name: 'sharedb: a document created per record in a loop, through a backend subclass',
      before: {
        'src/records.ts': `import { Docs } from './docs';
export async function createAll(docs: Docs, ids: string[]) {
  return ids.length;
}`,
        'src/docs.ts': `import ShareDB from 'sharedb';
export class Docs extends ShareDB {
  async create(collection: string, id: string, data: unknown) {
    const doc = this.connect().get(collection, id);
    return new Promise((resolve, reject) => doc.create(data, (err) => (err ? reject(err) : resolve(doc))));
  }
}`,
      },
      after: {
        'src/records.ts': `import { Docs } from './docs';
export async function createAll(docs: Docs, ids: string[]) {
  for (const id of ids) await docs.create('records', id, {});
  return ids.length;
}`,
        'src/docs.ts': `import ShareDB from 'sharedb';
export class Docs extends ShareDB {
  async create(collection: string, id: string, data: unknown) {
    const doc = this.connect().get(collection, id);
    return new Promise((resolve, reject) => doc.create(data, (err) => (err ? reject(err) : resolve(doc))));
  }
}`,
      },
      findings: [{ messageId: 'newInLoop', line: 3, column: 31, data: { callee: 'sharedb.create', kind: 'db' } }],
    },
    {
      name: 'aws lib-storage: a multipart Upload per file in a loop',
      before: `import { S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
const s3 = new S3Client({});
export async function putAll(files: { key: string; body: Buffer }[]) {
  return files.length;
}`,
      after: `import { S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
const s3 = new S3Client({});
export async function putAll(files: { key: string; body: Buffer }[]) {
  for (const f of files) await new Upload({ client: s3, params: { Bucket: 'b', Key: f.key, Body: f.body } }).done();
  return files.length;
}`,
      findings: [{ messageId: 'newInLoop', line: 5, column: 32, data: { callee: 'aws.done', kind: 'network' } }],
    },
    {
      name: 'mongodb: a client from the static MongoClient.connect queried per id',
      before: `import { MongoClient } from 'mongodb';
const client = await MongoClient.connect('mongodb://localhost');
export async function users(ids: string[]) {
  return client.db('app').collection('users').find({ _id: { $in: ids } }).toArray();
}`,
      after: `import { MongoClient } from 'mongodb';
const client = await MongoClient.connect('mongodb://localhost');
export async function users(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await client.db('app').collection('users').findOne({ _id: id }));
  return out;
}`,
      findings: [{ messageId: 'batchReplaced', line: 5, column: 40, data: { callee: 'mongodb.findOne', batch: 'mongodb.find' } }],
    },
    {
      name: 'upstash redis: a second command beside the one each key already had is low',
      before: `import { Redis } from '@upstash/redis';
const redis = Redis.fromEnv();
export async function touch(keys: string[]) {
  for (const key of keys) await redis.expire(key, 60);
}`,
      after: `import { Redis } from '@upstash/redis';
const redis = Redis.fromEnv();
export async function touch(keys: string[]) {
  for (const key of keys) {
    await redis.expire(key, 60);
    await redis.incr('touched:' + key);
  }
}`,
      findings: [{ messageId: 'addedBeside', line: 6, column: 11, severity: 'low', data: { callee: 'redis.incr', existing: 'redis.expire' } }],
    },
    {
      name: 'elasticsearch: one mget replaced by a get per id',
      before: `import { Client } from '@elastic/elasticsearch';
const es = new Client({ node: 'http://localhost:9200' });
export async function users(ids: string[]) {
  return es.mget({ index: 'users', ids });
}`,
      after: `import { Client } from '@elastic/elasticsearch';
const es = new Client({ node: 'http://localhost:9200' });
export async function users(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await es.get({ index: 'users', id }));
  return out;
}`,
      findings: [{ messageId: 'batchReplaced', line: 5, column: 40, data: { batch: 'elasticsearch.mget', callee: 'elasticsearch.get', kind: 'db' } }],
    },
    {
      name: 'opensearch: one bulk replaced by an index call per document',
      before: `import { Client } from '@opensearch-project/opensearch';
const os = new Client({ node: 'https://localhost:9200' });
export async function indexAll(docs: { id: string }[]) {
  await os.bulk({ body: docs.flatMap((d) => [{ index: { _index: 'docs', _id: d.id } }, d]) });
}`,
      after: `import { Client } from '@opensearch-project/opensearch';
const os = new Client({ node: 'https://localhost:9200' });
export async function indexAll(docs: { id: string }[]) {
  for (const d of docs) await os.index({ index: 'docs', id: d.id, body: d });
}`,
      findings: [{ messageId: 'batchReplaced', line: 4, column: 31, data: { batch: 'opensearch.bulk', callee: 'opensearch.index', kind: 'db' } }],
    },
    {
      name: 'clickhouse: one insert of all rows split into an insert per row',
      before: `import { createClient } from '@clickhouse/client';
const ch = createClient({ url: 'http://localhost:8123' });
export async function record(events: object[]) {
  await ch.insert({ table: 'events', values: events, format: 'JSONEachRow' });
}`,
      after: `import { createClient } from '@clickhouse/client';
const ch = createClient({ url: 'http://localhost:8123' });
export async function record(events: object[]) {
  for (const e of events) await ch.insert({ table: 'events', values: [e], format: 'JSONEachRow' });
}`,
      findings: [{ messageId: 'grew', line: 4, column: 33, data: { callee: 'clickhouse.insert', kind: 'db', after: 'once per item of `events`' } }],
    },
    {
      name: 'tinybird: an ingest endpoint called per event instead of once with all of them',
      before: `import { Tinybird } from '@chronark/zod-bird';
const tb = new Tinybird({ token: 't' });
const publishEvent = tb.buildIngestEndpoint({ datasource: 'events__v1', event: schema });
export async function record(events: object[]) {
  await publishEvent(events);
}`,
      after: `import { Tinybird } from '@chronark/zod-bird';
const tb = new Tinybird({ token: 't' });
const publishEvent = tb.buildIngestEndpoint({ datasource: 'events__v1', event: schema });
export async function record(events: object[]) {
  for (const e of events) await publishEvent(e);
}`,
      findings: [{ messageId: 'grew', line: 5, column: 33, data: { callee: 'tinybird', kind: 'network', after: 'once per item of `events`' } }],
    },
    {
      name: 'connect-rpc: a service method called per id',
      before: `import { createClient } from '@connectrpc/connect';
const users = createClient(UserService, transport);
export async function names(ids: string[]) {
  return (await users.listUsers({ ids })).users;
}`,
      after: `import { createClient } from '@connectrpc/connect';
const users = createClient(UserService, transport);
export async function names(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await users.getUser({ id }));
  return out;
}`,
      findings: [{ messageId: 'newInLoop', line: 5, column: 40, data: { callee: 'connectrpc.getUser', kind: 'network' } }],
    },
    {
      name: 'slonik: a query per id',
      before: `import { createPool, sql } from 'slonik';
const pool = await createPool('postgres://');
export async function byIds(ids: number[]) {
  return pool.any(sql.unsafe\`select * from users\`);
}`,
      after: `import { createPool, sql } from 'slonik';
const pool = await createPool('postgres://');
export async function byIds(ids: number[]) {
  const out = [];
  for (const id of ids) out.push(await pool.one(sql.unsafe\`select * from users where id = \${id}\`));
  return out;
}`,
      findings: [{ messageId: 'newInLoop', line: 5, column: 40, data: { callee: 'slonik.one', kind: 'db' } }],
    },
    {
      name: 'planetscale: one execute split into one per id',
      before: `import { connect } from '@planetscale/database';
const conn = connect({ url: 'mysql://' });
export async function byIds(ids: number[]) {
  return conn.execute('select * from users where id in (?)', [ids]);
}`,
      after: `import { connect } from '@planetscale/database';
const conn = connect({ url: 'mysql://' });
export async function byIds(ids: number[]) {
  const out = [];
  for (const id of ids) out.push(await conn.execute('select * from users where id = ?', [id]));
  return out;
}`,
      findings: [{ messageId: 'grew', line: 5, column: 40, data: { callee: 'planetscale.execute', kind: 'db' } }],
    },
    {
      name: 'googleapis: gmail batchModify replaced by a modify per message',
      before: `import { google } from 'googleapis';
export async function label(auth: unknown, ids: string[]) {
  const gmail = google.gmail({ version: 'v1', auth });
  await gmail.users.messages.batchModify({ userId: 'me', requestBody: { ids, addLabelIds: ['Done'] } });
}`,
      after: `import { google } from 'googleapis';
export async function label(auth: unknown, ids: string[]) {
  const gmail = google.gmail({ version: 'v1', auth });
  for (const id of ids) await gmail.users.messages.modify({ userId: 'me', id, requestBody: { addLabelIds: ['Done'] } });
}`,
      findings: [{ messageId: 'batchReplaced', line: 4, column: 31, data: { batch: 'googleapis.users.messages.batchModify', callee: 'googleapis.users.messages.modify', kind: 'network' } }],
    },
    {
      name: 'bent: the request function called per url',
      before: `import bent from 'bent';
const getJSON = bent('json');
export async function first(urls: string[]) {
  return getJSON(urls[0]);
}`,
      after: `import bent from 'bent';
const getJSON = bent('json');
export async function first(urls: string[]) {
  const out = [];
  for (const u of urls) out.push(await getJSON(u));
  return out;
}`,
      findings: [{ messageId: 'grew', line: 5, column: 40, data: { callee: 'bent', kind: 'network' } }],
    },
    {
      name: 'resend: one batch replaced by a send per email',
      before: `import { Resend } from 'resend';
const resend = new Resend('re_x');
export async function notify(emails: { to: string }[]) {
  await resend.batch.send(emails.map((e) => ({ from: 'a@x.io', to: e.to, subject: 'Hi', html: '' })));
}`,
      after: `import { Resend } from 'resend';
const resend = new Resend('re_x');
export async function notify(emails: { to: string }[]) {
  for (const e of emails) await resend.emails.send({ from: 'a@x.io', to: e.to, subject: 'Hi', html: '' });
}`,
      findings: [{ messageId: 'batchReplaced', line: 4, column: 33, data: { batch: 'resend.batch.send', callee: 'resend.emails.send', kind: 'network' } }],
    },
    {
      name: 'sendgrid: sendMultiple replaced by a send per recipient',
      before: `import sgMail from '@sendgrid/mail';
export async function notify(to: string[]) {
  await sgMail.sendMultiple({ to, from: 'a@x.io', subject: 'Hi', text: '' });
}`,
      after: `import sgMail from '@sendgrid/mail';
export async function notify(to: string[]) {
  for (const t of to) await sgMail.send({ to: t, from: 'a@x.io', subject: 'Hi', text: '' });
}`,
      findings: [{ messageId: 'batchReplaced', line: 3, column: 29, data: { batch: 'sendgrid.sendMultiple', callee: 'sendgrid.send', kind: 'network' } }],
    },
    {
      name: 'nodemailer: one mail to all split into a mail per recipient',
      before: `import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.x.io' });
export async function notify(to: string[]) {
  await transporter.sendMail({ from: 'a@x.io', bcc: to, subject: 'Hi' });
}`,
      after: `import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.x.io' });
export async function notify(to: string[]) {
  for (const t of to) await transporter.sendMail({ from: 'a@x.io', to: t, subject: 'Hi' });
}`,
      findings: [{ messageId: 'grew', line: 4, column: 29, data: { callee: 'nodemailer.sendMail', kind: 'network' } }],
    },
    {
      name: 'postmark: sendEmailBatch replaced by a sendEmail per message',
      before: `import { ServerClient } from 'postmark';
const postmark = new ServerClient('token');
export async function notify(messages: { To: string }[]) {
  await postmark.sendEmailBatch(messages.map((m) => ({ From: 'a@x.io', To: m.To, Subject: 'Hi' })));
}`,
      after: `import { ServerClient } from 'postmark';
const postmark = new ServerClient('token');
export async function notify(messages: { To: string }[]) {
  for (const m of messages) await postmark.sendEmail({ From: 'a@x.io', To: m.To, Subject: 'Hi' });
}`,
      findings: [{ messageId: 'batchReplaced', line: 4, column: 35, data: { batch: 'postmark.sendEmailBatch', callee: 'postmark.sendEmail', kind: 'network' } }],
    },
    {
      name: 'mailgun: a message per recipient through the client of new Mailgun().client()',
      before: `import Mailgun from 'mailgun.js';
const mg = new Mailgun(FormData).client({ username: 'api', key: 'k' });
export async function notify(to: string[]) {
  await mg.messages.create('x.io', { from: 'a@x.io', to, subject: 'Hi' });
}`,
      after: `import Mailgun from 'mailgun.js';
const mg = new Mailgun(FormData).client({ username: 'api', key: 'k' });
export async function notify(to: string[]) {
  for (const t of to) await mg.messages.create('x.io', { from: 'a@x.io', to: [t], subject: 'Hi' });
}`,
      findings: [{ messageId: 'grew', line: 4, column: 29, data: { callee: 'mailgun.messages.create', kind: 'network' } }],
    },
    {
      name: 'supabase: one select with in() split into a select per id',
      before: `import { createClient } from '@supabase/supabase-js';
const supabase = createClient('https://x.supabase.co', 'key');
export async function profiles(ids: string[]) {
  return supabase.from('profiles').select('*').in('id', ids);
}`,
      after: `import { createClient } from '@supabase/supabase-js';
const supabase = createClient('https://x.supabase.co', 'key');
export async function profiles(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await supabase.from('profiles').select('*').eq('id', id).single());
  return out;
}`,
      findings: [{ messageId: 'grew', line: 5, column: 40, data: { callee: 'supabase.select', kind: 'db' } }],
    },
    {
      name: 'firestore: getAll replaced by a get per document',
      before: `import { getFirestore } from 'firebase-admin/firestore';
const db = getFirestore();
export async function users(ids: string[]) {
  return db.getAll(...ids.map((id) => db.collection('users').doc(id)));
}`,
      after: `import { getFirestore } from 'firebase-admin/firestore';
const db = getFirestore();
export async function users(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await db.collection('users').doc(id).get());
  return out;
}`,
      findings: [{ messageId: 'batchReplaced', line: 5, column: 40, data: { batch: 'firestore.getAll', callee: 'firestore.get', kind: 'db' } }],
    },
    {
      name: 'firestore modular sdk: a getDoc per id',
      before: `import { doc, getDoc, getFirestore } from 'firebase/firestore';
const db = getFirestore();
export async function user(id: string) {
  return getDoc(doc(db, 'users', id));
}`,
      after: `import { doc, getDoc, getFirestore } from 'firebase/firestore';
const db = getFirestore();
export async function users(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await getDoc(doc(db, 'users', id)));
  return out;
}`,
      findings: [{ messageId: 'grew', line: 5, column: 40, data: { callee: 'firestore.getDoc', kind: 'db' } }],
    },
    {
      name: 'firebase-admin: sendEach replaced by a send per message',
      before: `import admin from 'firebase-admin';
export async function push(messages: object[]) {
  await admin.messaging().sendEach(messages);
}`,
      after: `import admin from 'firebase-admin';
export async function push(messages: object[]) {
  for (const m of messages) await admin.messaging().send(m);
}`,
      findings: [{ messageId: 'batchReplaced', line: 3, column: 35, data: { batch: 'firebase.sendEach', callee: 'firebase.send' } }],
    },
    {
      name: 'qstash: batchJSON replaced by a publishJSON per job',
      before: `import { Client } from '@upstash/qstash';
const qstash = new Client({ token: 't' });
export async function enqueue(jobs: object[]) {
  await qstash.batchJSON(jobs.map((body) => ({ url: 'https://x.io/job', body })));
}`,
      after: `import { Client } from '@upstash/qstash';
const qstash = new Client({ token: 't' });
export async function enqueue(jobs: object[]) {
  for (const body of jobs) await qstash.publishJSON({ url: 'https://x.io/job', body });
}`,
      findings: [{ messageId: 'batchReplaced', line: 4, column: 34, data: { batch: 'qstash.batchJSON', callee: 'qstash.publishJSON', kind: 'queue' } }],
    },
    {
      name: 'upstash ratelimit: a limit check per key',
      before: `import { Ratelimit } from '@upstash/ratelimit';
const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, '10 s') });
export async function allowed(user: string, keys: string[]) {
  return (await ratelimit.limit(user)).success;
}`,
      after: `import { Ratelimit } from '@upstash/ratelimit';
const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, '10 s') });
export async function allowed(user: string, keys: string[]) {
  for (const k of keys) if (!(await ratelimit.limit(user + k)).success) return false;
  return true;
}`,
      findings: [{ messageId: 'grew', line: 4, column: 37, data: { callee: 'ratelimit.limit', kind: 'cache' } }],
    },
    {
      name: 'aws sdk v2: batchGet replaced by a get(...).promise() per key',
      before: `import AWS from 'aws-sdk';
const docs = new AWS.DynamoDB.DocumentClient();
export async function items(ids: string[]) {
  return docs.batchGet({ RequestItems: { items: { Keys: ids.map((id) => ({ id })) } } }).promise();
}`,
      after: `import AWS from 'aws-sdk';
const docs = new AWS.DynamoDB.DocumentClient();
export async function items(ids: string[]) {
  const out = [];
  for (const id of ids) out.push(await docs.get({ TableName: 'items', Key: { id } }).promise());
  return out;
}`,
      findings: [{ messageId: 'batchReplaced', line: 5, column: 40, data: { batch: 'aws.batchGet', callee: 'aws.get', kind: 'network' } }],
    },
    {
      name: 'anthropic: a message batch replaced by a request per prompt',
      before: `import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
export async function summarize(prompts: string[]) {
  return anthropic.messages.batches.create({ requests: prompts.map((p, i) => ({ custom_id: String(i), params: { model: 'm', max_tokens: 100, messages: [{ role: 'user', content: p }] } })) });
}`,
      after: `import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
export async function summarize(prompts: string[]) {
  const out = [];
  for (const p of prompts) out.push(await anthropic.messages.create({ model: 'm', max_tokens: 100, messages: [{ role: 'user', content: p }] }));
  return out;
}`,
      findings: [{ messageId: 'batchReplaced', line: 5, column: 43, data: { batch: 'anthropic.messages.batches.create', callee: 'anthropic.messages.create', kind: 'network' } }],
    },
  ],
});
