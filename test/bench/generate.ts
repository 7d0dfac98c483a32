/**
 * The benchmark's repository: realistic TypeScript service code in a real git repository, made
 * once and reused (keyed by GENERATOR_VERSION) under `<project>/.bench/`, which git ignores.
 *
 *   main   the base: ~2,500 source files (80 domains x 6 entities' worth of types, repositories,
 *          services, controllers, helpers and mappers, a wiring module per domain, lib/ clients)
 *   large  one commit on main changing more than 2,000 files: a new field, renamed variables,
 *          logging, and in ~5% of the files an I/O call moved into a loop or a helper extracted
 *          and called in a loop; a few renamed, added and deleted files
 *   small  one commit on main changing exactly 10 files in the same ways; the bench's commit
 *          scenarios stage the first 1, 3 or 10 of them in a clone (commitFiles)
 *
 * Deterministic: every choice comes from a seeded PRNG (mulberry32 keyed by the file's path),
 * drawn once per file into a "shape", so base and head renderings differ only by their edits.
 * Written with one `git fast-import` stream, so generation takes a few seconds.
 *
 * Run alone: `node dist/test/bench/generate.js` prints the repository's path and counts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bump when the generated code or the branches change: a new directory is generated. */
export const GENERATOR_VERSION = 1;

export interface BenchRepo {
  dir: string;
  version: number;
  /** Files at the base revision. */
  files: number;
  /** Lines per source file at the base revision. */
  lines: { min: number; max: number; mean: number };
  branches: Record<'large' | 'small', BranchStats>;
  /** Seconds spent generating (0 when reused). */
  generatedInSeconds: number;
  reused: boolean;
}

export interface BranchStats {
  changed: number;
  modified: number;
  renamed: number;
  added: number;
  deleted: number;
  /** Files whose edit moves I/O into a loop (inline or through an extracted helper). */
  ioEdits: number;
}

/** The project's root: dist/test/bench/ (compiled) or test/bench/ (source) -> three or two levels up. */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && /"name"\s*:\s*"opsdiff"/.test(readFileSync(pkg, 'utf8'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('bench: cannot find the opsdiff project root above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

// ---------------------------------------------------------------- PRNG

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

class Rng {
  private state: number;
  constructor(seed: number | string) {
    this.state = typeof seed === 'string' ? hashString(`${GENERATOR_VERSION}:${seed}`) : seed >>> 0;
  }
  /** mulberry32 */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, n);
  }
}

// ---------------------------------------------------------------- vocabulary

const AREAS = ['billing', 'orders', 'catalog', 'inventory', 'shipping', 'accounts', 'identity', 'payments', 'pricing', 'search', 'reviews', 'notifications', 'analytics', 'support', 'loyalty', 'marketing', 'fulfillment', 'returns', 'tax', 'reporting'];
const TIERS = ['core', 'admin', 'public', 'internal'];
const ENTITIES = ['invoice', 'customer', 'product', 'order', 'shipment', 'account', 'ticket', 'coupon', 'warehouse', 'vendor', 'payout', 'subscription', 'address', 'session', 'review', 'campaign', 'report', 'refund', 'rate', 'plan', 'basket', 'carrier', 'ledger', 'member'];
const ENTITIES_PER_DOMAIN = 5;

interface FieldDef {
  name: string;
  type: string;
  /** Expression producing the field from a row named `r`. */
  fromRow: string;
  sample: string;
}

const FIELD_POOL: FieldDef[] = [
  { name: 'name', type: 'string', fromRow: 'r.name', sample: `'unnamed'` },
  { name: 'amount', type: 'number', fromRow: 'Number(r.amount)', sample: '0' },
  { name: 'currency', type: 'string', fromRow: 'r.currency', sample: `'EUR'` },
  { name: 'tags', type: 'string[]', fromRow: 'r.tags ?? []', sample: '[]' },
  { name: 'ownerId', type: 'string', fromRow: 'r.ownerId', sample: `''` },
  { name: 'notes', type: 'string | null', fromRow: 'r.notes ?? null', sample: 'null' },
  { name: 'priority', type: 'number', fromRow: 'r.priority ?? 0', sample: '0' },
  { name: 'region', type: 'string', fromRow: 'r.region', sample: `'eu-west-1'` },
  { name: 'email', type: 'string', fromRow: 'r.email.toLowerCase()', sample: `'noreply@example.com'` },
  { name: 'quantity', type: 'number', fromRow: 'r.quantity', sample: '1' },
  { name: 'archived', type: 'boolean', fromRow: 'Boolean(r.archived)', sample: 'false' },
  { name: 'metadata', type: 'Record<string, unknown>', fromRow: '(r.metadata as Record<string, unknown>) ?? {}', sample: '{}' },
  { name: 'externalRef', type: 'string | null', fromRow: 'r.externalRef ?? null', sample: 'null' },
  { name: 'score', type: 'number', fromRow: 'r.score ?? 0', sample: '0' },
  { name: 'expiresAt', type: 'Date | null', fromRow: 'r.expiresAt ? new Date(r.expiresAt) : null', sample: 'null' },
  { name: 'version', type: 'number', fromRow: 'r.version ?? 1', sample: '1' },
  { name: 'locale', type: 'string', fromRow: `r.locale ?? 'en'`, sample: `'en'` },
  { name: 'sourceChannel', type: `'web' | 'mobile' | 'api'`, fromRow: `(r.sourceChannel ?? 'api') as 'web' | 'mobile' | 'api'`, sample: `'api'` },
  { name: 'weightGrams', type: 'number', fromRow: 'r.weightGrams ?? 0', sample: '0' },
  { name: 'reference', type: 'string', fromRow: 'r.reference', sample: `''` },
];

const STATUS_SETS = [
  ['draft', 'active', 'suspended', 'closed'],
  ['pending', 'processing', 'completed', 'failed', 'cancelled'],
  ['new', 'open', 'resolved'],
  ['queued', 'running', 'done', 'error'],
];

const SERVICE_EXTRAS = ['notifyOwners', 'exportCsv', 'reconcile', 'archiveStale', 'recalculate', 'warmCache', 'bulkImport', 'statsByDay', 'retryFailed', 'mergeDuplicates', 'exportToPartner', 'auditTrail'] as const;
type ServiceExtra = (typeof SERVICE_EXTRAS)[number];
const REPO_EXTRAS = ['countByStatus', 'archiveOlderThan', 'findByOwner', 'touchMany', 'upsertMany', 'findRecent', 'search', 'softDelete', 'lockForUpdate', 'streamAll'] as const;
type RepoExtra = (typeof REPO_EXTRAS)[number];

function pascal(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function upper(word: string): string {
  return word.toUpperCase();
}

// ---------------------------------------------------------------- the model of the code base

type Kind = 'types' | 'repository' | 'service' | 'controller' | 'helpers' | 'mapper';
const KINDS: Kind[] = ['types', 'repository', 'service', 'controller', 'helpers', 'mapper'];

interface Domain {
  area: string;
  tier: string;
  /** `billing/core` */
  key: string;
  entities: Entity[];
}

interface Entity {
  domain: Domain;
  name: string;
  T: string;
  fields: FieldDef[];
  statuses: string[];
  repoExtras: RepoExtra[];
  serviceExtras: ServiceExtra[];
  controllerRoutes: number;
  /** The controller validates request bodies field by field. */
  validates: boolean;
  /** Methods carry doc comments. */
  docs: boolean;
  helperCount: number;
  auditFields: number;
  /** Another domain's helpers this entity's service imports through the `@app/*` alias. */
  foreign: { key: string; entity: string };
  batchSize: number;
  ttl: number;
  /** Set when its mapper file is renamed on `large`. */
  mapperRenamed: boolean;
}

/** What one rendering of a file includes beyond the base. */
interface Edits {
  newField?: boolean;
  rename?: boolean;
  logging?: boolean;
  /** Repository: a batched findMany replaced by findUnique in a loop. Service: a redis read moved into the loop. */
  ioInLoop?: boolean;
  /** Service: the settings read extracted into a helper that the loop calls per item. */
  extractHelper?: boolean;
  /** The mapper was renamed: import it under its new name. */
  mapperRenamed?: boolean;
  /** Head of a renamed mapper: a small edit on top of the move. */
  touched?: boolean;
}

function buildDomains(): Domain[] {
  const domains: Domain[] = [];
  for (const area of AREAS) {
    for (const tier of TIERS) {
      const domain: Domain = { area, tier, key: `${area}/${tier}`, entities: [] };
      domains.push(domain);
    }
  }
  for (const domain of domains) {
    const rng = new Rng(`domain:${domain.key}`);
    for (const name of rng.sample(ENTITIES, ENTITIES_PER_DOMAIN)) {
      const er = new Rng(`entity:${domain.key}:${name}`);
      const foreignDomain = er.pick(domains.filter((d) => d !== domain));
      domain.entities.push({
        domain,
        name,
        T: pascal(name),
        fields: er.sample(FIELD_POOL, er.int(4, 11)),
        statuses: er.pick(STATUS_SETS),
        repoExtras: er.sample(REPO_EXTRAS, er.int(1, 9)),
        serviceExtras: er.sample(SERVICE_EXTRAS, er.int(1, 11)),
        controllerRoutes: er.int(4, 8),
        validates: er.chance(0.6),
        docs: er.chance(0.5),
        helperCount: er.int(2, 6),
        auditFields: er.int(2, 6),
        foreign: { key: foreignDomain.key, entity: '' },
        batchSize: er.pick([25, 50, 100, 200]),
        ttl: er.pick([60, 300, 900, 3600]),
        mapperRenamed: false,
      });
    }
  }
  // Foreign helpers point at an entity that exists in the other domain.
  for (const domain of domains) {
    for (const e of domain.entities) {
      const target = domains.find((d) => d.key === e.foreign.key)!;
      e.foreign.entity = new Rng(`foreign:${domain.key}:${e.name}`).pick(target.entities).name;
    }
  }
  return domains;
}

function filePath(e: Entity, kind: Kind, renamedMapper = false): string {
  const dir = `src/${e.domain.key}`;
  switch (kind) {
    case 'types':
      return `${dir}/types/${e.name}.types.ts`;
    case 'repository':
      return `${dir}/repositories/${e.name}.repository.ts`;
    case 'service':
      return `${dir}/services/${e.name}.service.ts`;
    case 'controller':
      return `${dir}/controllers/${e.name}.controller.ts`;
    case 'helpers':
      return `${dir}/helpers/${e.name}.helpers.ts`;
    case 'mapper':
      return renamedMapper ? `${dir}/mappers/${e.name}-mapping.ts` : `${dir}/mappers/${e.name}.mapper.ts`;
  }
}

// ---------------------------------------------------------------- renderers

/** Doc comments above methods, as teams that write them do: a sentence from the name and a note. */
function withDocs(lines: string[], e: Entity): string[] {
  if (!e.docs) return lines;
  const out: string[] = [];
  for (const line of lines) {
    const m = /^  (?:async )?\*?(\w+)\(/.exec(line);
    const previous = out[out.length - 1] ?? '';
    if (m && m[1] !== 'constructor' && !previous.trimEnd().endsWith('*/')) {
      const words = m[1]!.replace(/([A-Z])/g, ' $1').toLowerCase();
      out.push(`  /**`, `   * ${words.charAt(0).toUpperCase()}${words.slice(1)} for one tenant's ${e.name} records.`, `   * Scoped by tenant id; callers pass ids they were given by this service.`, `   */`);
    }
    out.push(line);
  }
  return out;
}

function renderTypes(e: Entity, x: Edits): string {
  const { T, name } = e;
  const L: string[] = [];
  L.push(`/**`, ` * ${T} records of the ${e.domain.area} ${e.domain.tier} domain.`, ` * Shared by the repository, the service and the HTTP layer.`, ` */`, ``);
  L.push(`export type ${T}Status = ${e.statuses.map((s) => `'${s}'`).join(' | ')};`, ``);
  L.push(`export const ${upper(name)}_STATUSES: readonly ${T}Status[] = [${e.statuses.map((s) => `'${s}'`).join(', ')}];`, ``);
  L.push(`export interface ${T} {`, `  id: string;`, `  tenantId: string;`, `  status: ${T}Status;`);
  for (const f of e.fields) L.push(`  ${f.name}: ${f.type};`);
  if (x.newField) L.push(`  /** Who last changed the record (user id or service name). */`, `  lastModifiedBy: string | null;`);
  L.push(`  createdAt: Date;`, `  updatedAt: Date;`, `}`, ``);
  L.push(`export interface Create${T}Input {`, `  tenantId: string;`);
  for (const f of e.fields.slice(0, Math.max(2, e.fields.length - 2))) L.push(`  ${f.name}${f.type.includes('null') ? '?' : ''}: ${f.type};`);
  if (x.newField) L.push(`  lastModifiedBy?: string;`);
  L.push(`}`, ``);
  L.push(`export type Update${T}Input = Partial<Omit<${T}, 'id' | 'tenantId' | 'createdAt'>>;`, ``);
  L.push(`export interface ${T}Filter {`, `  tenantId: string;`, `  status?: ${T}Status[];`, `  search?: string;`, `  ownerId?: string;`, `  cursor?: string;`, `  limit?: number;`, `}`, ``);
  L.push(`export interface ${T}Page {`, `  items: ${T}[];`, `  nextCursor: string | null;`, `  total: number;`, `}`, ``);
  L.push(`export interface ${T}Summary {`, `  id: string;`, `  label: string;`, `  status: ${T}Status;`, `}`, ``);
  L.push(`export interface ${T}AuditEntry {`, `  ${name}Id: string;`, `  at: Date;`, `  actor: string;`);
  for (let i = 0; i < e.auditFields; i++) L.push(`  ${['before', 'after', 'reason', 'requestId', 'ip', 'userAgent'][i]}: ${i < 2 ? `Partial<${T}>` : 'string'};`);
  L.push(`}`, ``);
  L.push(`/** One line of a CSV import, before validation. */`, `export interface ${T}ImportRow {`, `  line: number;`);
  for (const f of e.fields) L.push(`  ${f.name}?: string;`);
  L.push(`}`, ``);
  L.push(`export interface ${T}Stats {`, `  total: number;`, `  byStatus: Record<${T}Status, number>;`, `  oldest: Date | null;`, `  newest: Date | null;`, `}`, ``);
  L.push(`export enum ${T}Event {`, `  Created = '${name}.created',`, `  Updated = '${name}.updated',`, `  Deleted = '${name}.deleted',`, `}`, ``);
  L.push(`export const ${upper(name)}_DEFAULT_LIMIT = 50;`, `export const ${upper(name)}_MAX_LIMIT = 500;`, ``);
  L.push(`export function is${T}Status(value: unknown): value is ${T}Status {`, `  return typeof value === 'string' && (${upper(name)}_STATUSES as readonly string[]).includes(value);`, `}`, ``);
  L.push(`export function isTerminal${T}Status(status: ${T}Status): boolean {`, `  return status === '${e.statuses[e.statuses.length - 1]}' || status === '${e.statuses[e.statuses.length - 2]}';`, `}`);
  return L.join('\n') + '\n';
}

function renderMapper(e: Entity, x: Edits): string {
  const { T, name } = e;
  const L: string[] = [];
  L.push(`import type { ${T}, ${T}Status, ${T}Summary } from '../types/${name}.types';`, ``);
  L.push(`/** The row as the database returns it. */`, `export interface ${T}Row {`, `  id: string;`, `  tenantId: string;`, `  status: string;`);
  for (const f of e.fields) L.push(`  ${f.name}?: ${f.type === 'number' ? 'number | string' : 'any'};`);
  if (x.newField) L.push(`  lastModifiedBy?: string | null;`);
  L.push(`  createdAt: string | Date;`, `  updatedAt: string | Date;`, `}`, ``);
  L.push(`export function to${T}(r: ${T}Row): ${T} {`, `  return {`, `    id: r.id,`, `    tenantId: r.tenantId,`, `    status: r.status as ${T}Status,`);
  for (const f of e.fields) L.push(`    ${f.name}: ${f.fromRow},`);
  if (x.newField) L.push(`    lastModifiedBy: r.lastModifiedBy ?? null,`);
  L.push(`    createdAt: new Date(r.createdAt),`, `    updatedAt: new Date(r.updatedAt),`, `  };`, `}`, ``);
  L.push(`export function to${T}Row(entity: ${T}): ${T}Row {`, `  return {`, `    id: entity.id,`, `    tenantId: entity.tenantId,`, `    status: entity.status,`);
  for (const f of e.fields) L.push(`    ${f.name}: entity.${f.name},`);
  if (x.newField) L.push(`    lastModifiedBy: entity.lastModifiedBy,`);
  L.push(`    createdAt: entity.createdAt,`, `    updatedAt: entity.updatedAt,`, `  };`, `}`, ``);
  const labelField = e.fields.find((f) => f.type === 'string') ?? null;
  L.push(`export function to${T}Summary(entity: ${T}): ${T}Summary {`);
  L.push(`  const label = ${labelField ? `entity.${labelField.name} || entity.id` : `entity.id`};`);
  L.push(`  return { id: entity.id, label${x.touched ? ': label.trim()' : ''}, status: entity.status };`, `}`, ``);
  L.push(`export function empty${T}(tenantId: string): Omit<${T}, 'id'> {`, `  const now = new Date();`, `  return {`, `    tenantId,`, `    status: '${e.statuses[0]}',`);
  for (const f of e.fields) L.push(`    ${f.name}: ${f.sample},`);
  if (x.newField) L.push(`    lastModifiedBy: null,`);
  L.push(`    createdAt: now,`, `    updatedAt: now,`, `  };`, `}`);
  return L.join('\n') + '\n';
}

function renderHelpers(e: Entity, x: Edits): string {
  const { T, name } = e;
  const v = x.rename ? { value: 'input', out: 'normalized' } : { value: 'value', out: 'result' };
  const L: string[] = [];
  L.push(`import { redis } from '@app/lib/redis';`, `import type { Create${T}Input, ${T} } from '../types/${name}.types';`, ``);
  L.push(`export interface ${T}Settings {`, `  displayPrefix: string;`, `  roundTo: number;`, `  hidden: string[];`, `}`, ``);
  L.push(`const DEFAULT_SETTINGS: ${T}Settings = { displayPrefix: '${upper(name.slice(0, 3))}', roundTo: 2, hidden: [] };`, ``);
  L.push(`export function chunk<T>(items: readonly T[], size: number): T[][] {`, `  const out: T[][] = [];`, `  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));`, `  return out;`, `}`, ``);
  L.push(`export function normalize${T}Input(${v.value}: Create${T}Input${x.newField ? ', actor?: string' : ''}): Create${T}Input {`, `  const ${v.out}: Create${T}Input = { ...${v.value} };`);
  for (const f of e.fields.slice(0, Math.max(2, e.fields.length - 2))) {
    if (f.type === 'string') L.push(`  if (typeof ${v.out}.${f.name} === 'string') ${v.out}.${f.name} = ${v.out}.${f.name}.trim();`);
    else if (f.type === 'number') L.push(`  if (Number.isNaN(${v.out}.${f.name})) ${v.out}.${f.name} = 0;`);
    else if (f.type === 'string[]') L.push(`  ${v.out}.${f.name} = [...new Set(${v.out}.${f.name} ?? [])].sort();`);
  }
  if (x.newField) L.push(`  if (actor) ${v.out}.lastModifiedBy = actor;`);
  L.push(`  return ${v.out};`, `}`, ``);
  L.push(`export function ${name}Label(entity: ${T}, settings: ${T}Settings = DEFAULT_SETTINGS): string {`, `  const parts = [settings.displayPrefix, entity.id.slice(0, 8)];`, `  if (!settings.hidden.includes('status')) parts.push(entity.status);`, `  return parts.join('-');`, `}`, ``);
  L.push(`export function format${T}Ref(id: string): string {`, `  return \`${name}:\${id}\`;`, `}`, ``);
  L.push(`export async function load${T}Settings(tenantId: string): Promise<${T}Settings> {`, `  const raw = await redis.get(\`settings:${e.domain.key}:${name}:\${tenantId}\`);`, `  if (!raw) return DEFAULT_SETTINGS;`, `  try {`, `    return { ...DEFAULT_SETTINGS, ...(JSON.parse(raw) as Partial<${T}Settings>) };`, `  } catch {`, `    return DEFAULT_SETTINGS;`, `  }`, `}`, ``);
  const extra = [
    [`export function groupBy${T}Status(items: readonly ${T}[]): Map<string, ${T}[]> {`, `  const groups = new Map<string, ${T}[]>();`, `  for (const item of items) {`, `    const list = groups.get(item.status) ?? [];`, `    list.push(item);`, `    groups.set(item.status, list);`, `  }`, `  return groups;`, `}`],
    [`export function newest${T}(items: readonly ${T}[]): ${T} | undefined {`, `  let best: ${T} | undefined;`, `  for (const item of items) if (!best || item.updatedAt > best.updatedAt) best = item;`, `  return best;`, `}`],
    [`export function ${name}Csv(items: readonly ${T}[]): string {`, `  const header = ['id', 'status', 'createdAt'].join(',');`, `  const rows = items.map((item) => [item.id, item.status, item.createdAt.toISOString()].join(','));`, `  return [header, ...rows].join('\\n');`, `}`],
    [`export function backoff(attempt: number, baseMs = 100, capMs = 10_000): number {`, `  const exp = Math.min(capMs, baseMs * 2 ** attempt);`, `  return exp / 2 + (exp / 2) * ((attempt * 7919) % 100) / 100;`, `}`],
    [`export function ${name}Differs(a: ${T}, b: ${T}): boolean {`, `  const keys = Object.keys(a) as (keyof ${T})[];`, `  return keys.some((key) => key !== 'updatedAt' && JSON.stringify(a[key]) !== JSON.stringify(b[key]));`, `}`],
    [`export function uniqueIds(items: readonly { id: string }[]): string[] {`, `  const seen = new Set<string>();`, `  const ${v.out}: string[] = [];`, `  for (const item of items) {`, `    if (seen.has(item.id)) continue;`, `    seen.add(item.id);`, `    ${v.out}.push(item.id);`, `  }`, `  return ${v.out};`, `}`],
  ];
  for (const block of extra.slice(0, e.helperCount)) L.push(...block, ``);
  return L.join('\n').trimEnd() + '\n';
}

function renderRepository(e: Entity, x: Edits): string {
  const { T, name } = e;
  const model = name;
  const n = x.rename ? { row: 'record', rows: 'records', key: 'cacheKeyFor' } : { row: 'row', rows: 'rows', key: 'cacheKey' };
  const log = (indent: string, event: string, data: string) => (x.logging ? [`${indent}logger.debug('${e.domain.key}.${name}.${event}', ${data});`] : []);
  const L: string[] = [];
  L.push(`import type { PrismaClient } from '@prisma/client';`, `import type Redis from 'ioredis';`);
  if (x.logging) L.push(`import { logger } from '@app/lib/logger';`);
  L.push(`import type { Create${T}Input, ${T}, ${T}Filter, ${T}Page, Update${T}Input } from '../types/${name}.types';`);
  L.push(`import { ${upper(name)}_DEFAULT_LIMIT, ${upper(name)}_MAX_LIMIT } from '../types/${name}.types';`);
  L.push(`import { to${T} } from '../mappers/${x.mapperRenamed ? `${name}-mapping` : `${name}.mapper`}';`, ``);
  L.push(`const CACHE_TTL_SECONDS = ${e.ttl};`, ``);
  L.push(`function ${n.key}(tenantId: string, id: string): string {`, `  return \`${e.domain.area}:${e.domain.tier}:${name}:\${tenantId}:\${id}\`;`, `}`, ``);
  L.push(`export class ${T}Repository {`, `  constructor(`, `    private readonly db: PrismaClient,`, `    private readonly cache: Redis,`, `  ) {}`, ``);
  // findById
  L.push(`  async findById(tenantId: string, id: string): Promise<${T} | null> {`, `    const cached = await this.cache.get(${n.key}(tenantId, id));`, `    if (cached) return JSON.parse(cached) as ${T};`);
  L.push(...log('    ', 'cache-miss', '{ tenantId, id }'));
  L.push(`    const ${n.row} = await this.db.${model}.findUnique({ where: { id } });`, `    if (!${n.row} || ${n.row}.tenantId !== tenantId) return null;`, `    const entity = to${T}(${n.row});`, `    await this.cache.set(${n.key}(tenantId, id), JSON.stringify(entity), 'EX', CACHE_TTL_SECONDS);`, `    return entity;`, `  }`, ``);
  // findManyByIds
  L.push(`  async findManyByIds(tenantId: string, ids: string[]): Promise<${T}[]> {`, `    if (ids.length === 0) return [];`);
  L.push(...log('    ', 'find-many', '{ tenantId, count: ids.length }'));
  if (x.ioInLoop) {
    L.push(`    const found: ${T}[] = [];`, `    for (const id of ids) {`, `      const ${n.row} = await this.db.${model}.findUnique({ where: { id } });`, `      if (${n.row} && ${n.row}.tenantId === tenantId) found.push(to${T}(${n.row}));`, `    }`, `    return found;`);
  } else {
    L.push(`    const ${n.rows} = await this.db.${model}.findMany({ where: { tenantId, id: { in: ids } } });`, `    return ${n.rows}.map(to${T});`);
  }
  L.push(`  }`, ``);
  // list
  L.push(`  async list(filter: ${T}Filter): Promise<${T}Page> {`, `    const limit = Math.min(filter.limit ?? ${upper(name)}_DEFAULT_LIMIT, ${upper(name)}_MAX_LIMIT);`);
  L.push(`    const where = {`, `      tenantId: filter.tenantId,`, `      ...(filter.status ? { status: { in: filter.status } } : {}),`, `      ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),`, `    };`);
  L.push(...log('    ', 'list', '{ tenantId: filter.tenantId, limit }'));
  L.push(`    const [${n.rows}, total] = await Promise.all([`, `      this.db.${model}.findMany({`, `        where,`, `        take: limit + 1,`, `        ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),`, `        orderBy: { createdAt: 'desc' },`, `      }),`, `      this.db.${model}.count({ where }),`, `    ]);`);
  L.push(`    const items = ${n.rows}.slice(0, limit).map(to${T});`, `    const hasMore = ${n.rows}.length > limit;`, `    return { items, nextCursor: hasMore ? (items[items.length - 1]?.id ?? null) : null, total };`, `  }`, ``);
  // create
  L.push(`  async create(input: Create${T}Input): Promise<${T}> {`, `    const ${n.row} = await this.db.${model}.create({ data: { ...input, status: '${e.statuses[0]}' } });`);
  L.push(...log('    ', 'created', `{ id: ${n.row}.id }`));
  L.push(`    return to${T}(${n.row});`, `  }`, ``);
  // update
  L.push(`  async update(tenantId: string, id: string, patch: Update${T}Input): Promise<${T}> {`, `    const ${n.row} = await this.db.${model}.update({ where: { id, tenantId }, data: patch });`, `    await this.cache.del(${n.key}(tenantId, id));`);
  L.push(...log('    ', 'updated', '{ tenantId, id, fields: Object.keys(patch) }'));
  L.push(`    return to${T}(${n.row});`, `  }`, ``);
  // remove
  L.push(`  async remove(tenantId: string, id: string): Promise<void> {`, `    await this.db.${model}.delete({ where: { id, tenantId } });`, `    await this.cache.del(${n.key}(tenantId, id));`, `  }`);
  for (const extra of e.repoExtras) {
    L.push(``);
    switch (extra) {
      case 'countByStatus':
        L.push(`  async countByStatus(tenantId: string): Promise<Record<string, number>> {`, `    const groups = await this.db.${model}.groupBy({ by: ['status'], where: { tenantId }, _count: { _all: true } });`, `    const counts: Record<string, number> = {};`, `    for (const group of groups) counts[group.status] = group._count._all;`, `    return counts;`, `  }`);
        break;
      case 'archiveOlderThan':
        L.push(`  async archiveOlderThan(tenantId: string, cutoff: Date): Promise<number> {`, `    const { count } = await this.db.${model}.updateMany({`, `      where: { tenantId, updatedAt: { lt: cutoff } },`, `      data: { archived: true },`, `    });`);
        L.push(...log('    ', 'archived', '{ tenantId, count }'));
        L.push(`    return count;`, `  }`);
        break;
      case 'findByOwner':
        L.push(`  async findByOwner(tenantId: string, ownerId: string): Promise<${T}[]> {`, `    const ${n.rows} = await this.db.${model}.findMany({ where: { tenantId, ownerId }, orderBy: { updatedAt: 'desc' }, take: 100 });`, `    return ${n.rows}.map(to${T});`, `  }`);
        break;
      case 'touchMany':
        L.push(`  async touchMany(tenantId: string, ids: string[]): Promise<void> {`, `    await Promise.all(ids.map((id) => this.cache.expire(${n.key}(tenantId, id), CACHE_TTL_SECONDS)));`, `  }`);
        break;
      case 'findRecent':
        L.push(`  async findRecent(tenantId: string, since: Date, limit = 20): Promise<${T}[]> {`, `    const ${n.rows} = await this.db.${model}.findMany({`, `      where: { tenantId, updatedAt: { gte: since } },`, `      orderBy: { updatedAt: 'desc' },`, `      take: Math.min(limit, ${upper(name)}_MAX_LIMIT),`, `    });`, `    return ${n.rows}.map(to${T});`, `  }`);
        break;
      case 'search':
        L.push(`  async search(tenantId: string, text: string): Promise<${T}[]> {`, `    const terms = text.split(/\\s+/).filter((t) => t.length > 1).slice(0, 5);`, `    if (terms.length === 0) return [];`);
        L.push(...log('    ', 'search', '{ tenantId, terms: terms.length }'));
        L.push(`    const ${n.rows} = await this.db.${model}.findMany({`, `      where: {`, `        tenantId,`, `        OR: terms.map((term) => ({ reference: { contains: term, mode: 'insensitive' } })),`, `      },`, `      take: 50,`, `    });`, `    return ${n.rows}.map(to${T});`, `  }`);
        break;
      case 'softDelete':
        L.push(`  async softDelete(tenantId: string, id: string, reason: string): Promise<void> {`, `    await this.db.${model}.update({`, `      where: { id, tenantId },`, `      data: { status: '${e.statuses[e.statuses.length - 1]}', archived: true, notes: reason },`, `    });`, `    await this.cache.del(${n.key}(tenantId, id));`);
        L.push(...log('    ', 'soft-deleted', '{ tenantId, id }'));
        L.push(`  }`, ``, `  async restore(tenantId: string, id: string): Promise<${T}> {`, `    const ${n.row} = await this.db.${model}.update({ where: { id, tenantId }, data: { status: '${e.statuses[0]}', archived: false } });`, `    return to${T}(${n.row});`, `  }`);
        break;
      case 'lockForUpdate':
        L.push(`  async updateLocked(tenantId: string, id: string, change: (current: ${T}) => Update${T}Input): Promise<${T}> {`, `    const ${n.row} = await this.db.$transaction(async (tx) => {`, `      const current = await tx.${model}.findUniqueOrThrow({ where: { id } });`, `      if (current.tenantId !== tenantId) throw new Error('tenant mismatch');`, `      return tx.${model}.update({ where: { id }, data: change(to${T}(current)) });`, `    });`, `    await this.cache.del(${n.key}(tenantId, id));`, `    return to${T}(${n.row});`, `  }`);
        break;
      case 'streamAll':
        L.push(`  async *streamAll(tenantId: string, pageSize = 200): AsyncGenerator<${T}[]> {`, `    let cursor: string | undefined;`, `    for (;;) {`, `      const ${n.rows} = await this.db.${model}.findMany({`, `        where: { tenantId },`, `        take: pageSize,`, `        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),`, `        orderBy: { id: 'asc' },`, `      });`, `      if (${n.rows}.length === 0) return;`, `      yield ${n.rows}.map(to${T});`, `      cursor = ${n.rows}[${n.rows}.length - 1]!.id;`, `    }`, `  }`);
        break;
      case 'upsertMany':
        L.push(`  async upsertMany(tenantId: string, inputs: Create${T}Input[]): Promise<number> {`, `    const { count } = await this.db.${model}.createMany({ data: inputs.map((input) => ({ ...input, tenantId })), skipDuplicates: true });`, `    const pipeline = this.cache.pipeline();`, `    for (const input of inputs) pipeline.del(\`${e.domain.area}:${e.domain.tier}:${name}:index:\${tenantId}:\${String(input.tenantId)}\`);`, `    await pipeline.exec();`, `    return count;`, `  }`);
        break;
    }
  }
  L.push(`}`);
  return withDocs(L, e).join('\n') + '\n';
}

function renderService(e: Entity, x: Edits): string {
  const { T, name } = e;
  const f = e.foreign;
  const fT = pascal(f.entity);
  const n = x.rename ? { items: 'records', entity: 'current', total: 'processed' } : { items: 'items', entity: 'entity', total: 'synced' };
  const log = (indent: string, event: string, data: string) => (x.logging ? [`${indent}logger.info('${e.domain.key}.${name}.${event}', ${data});`] : []);
  const L: string[] = [];
  L.push(`import type { AxiosInstance } from 'axios';`, `import { redis } from '@app/lib/redis';`, `import { NotFoundError } from '@app/lib/errors';`);
  if (x.logging) L.push(`import { logger } from '@app/lib/logger';`);
  L.push(`import { ${T}Repository } from '../repositories/${name}.repository';`);
  L.push(`import type { Create${T}Input, ${T}, ${T}Filter, ${T}Page, ${T}Summary } from '../types/${name}.types';`);
  L.push(`import { chunk, ${name}Label, normalize${T}Input, type ${T}Settings } from '../helpers/${name}.helpers';`);
  L.push(`import { to${T}Summary } from '../mappers/${x.mapperRenamed ? `${name}-mapping` : `${name}.mapper`}';`);
  L.push(`import { format${fT}Ref } from '@app/${f.key}/helpers/${f.entity}.helpers';`, ``);
  L.push(`export interface ${T}ServiceOptions {`, `  batchSize: number;`, `  webhookUrl: string;`, `  concurrency?: number;`, `}`, ``);
  L.push(`export interface Labeled${T} extends ${T} {`, `  label: string;`, `}`, ``);
  if (x.extractHelper) {
    L.push(`async function settingsFor(tenantId: string): Promise<${T}Settings> {`, `  const raw = await redis.get(\`settings:${e.domain.key}:${name}:\${tenantId}\`);`, `  return raw ? (JSON.parse(raw) as ${T}Settings) : { displayPrefix: '${upper(name.slice(0, 3))}', roundTo: 2, hidden: [] };`, `}`, ``);
  }
  L.push(`export class ${T}Service {`, `  constructor(`, `    private readonly repository: ${T}Repository,`, `    private readonly http: AxiosInstance,`, `    private readonly options: ${T}ServiceOptions = { batchSize: ${e.batchSize}, webhookUrl: '/hooks/${name}' },`, `  ) {}`, ``);
  L.push(`  async get(tenantId: string, id: string): Promise<${T}> {`, `    const ${n.entity} = await this.repository.findById(tenantId, id);`, `    if (!${n.entity}) throw new NotFoundError('${name}', id);`, `    return ${n.entity};`, `  }`, ``);
  L.push(`  async list(filter: ${T}Filter): Promise<${T}Page> {`);
  L.push(...log('    ', 'list', '{ tenantId: filter.tenantId }'));
  L.push(`    return this.repository.list(filter);`, `  }`, ``);
  L.push(`  async create(input: Create${T}Input${x.newField ? ', actor?: string' : ''}): Promise<${T}> {`, `    const created = await this.repository.create(normalize${T}Input(input${x.newField ? ', actor' : ''}));`);
  L.push(`    await this.http.post(this.options.webhookUrl, { event: '${name}.created', id: created.id, ref: format${fT}Ref(created.id) });`);
  L.push(...log('    ', 'created', '{ id: created.id }'));
  L.push(`    return created;`, `  }`, ``);
  // syncAll: batched I/O in a loop in both versions (not a change in behaviour).
  L.push(`  async syncAll(tenantId: string, ids: string[]): Promise<number> {`, `    let ${n.total} = 0;`, `    for (const batch of chunk(ids, this.options.batchSize)) {`, `      const ${n.items} = await this.repository.findManyByIds(tenantId, batch);`, `      await Promise.all(${n.items}.map((${n.entity}) => this.http.put(\`/${name}s/\${${n.entity}.id}\`, ${n.entity})));`, `      ${n.total} += ${n.items}.length;`);
  L.push(...log('      ', 'sync-batch', `{ tenantId, ${n.total} }`));
  L.push(`    }`, `    return ${n.total};`, `  }`, ``);
  // label: the I/O edits live here.
  L.push(`  async label(tenantId: string, ${n.items}: ${T}[]): Promise<Labeled${T}[]> {`);
  if (x.extractHelper) {
    L.push(`    const labeled: Labeled${T}[] = [];`, `    for (const ${n.entity} of ${n.items}) {`, `      const settings = await settingsFor(tenantId);`, `      labeled.push({ ...${n.entity}, label: ${name}Label(${n.entity}, settings) });`, `    }`, `    return labeled;`);
  } else if (x.ioInLoop) {
    L.push(`    const labeled: Labeled${T}[] = [];`, `    for (const ${n.entity} of ${n.items}) {`, `      const raw = await redis.get(\`settings:${e.domain.key}:${name}:\${tenantId}\`);`, `      const settings = raw ? (JSON.parse(raw) as ${T}Settings) : undefined;`, `      labeled.push({ ...${n.entity}, label: ${name}Label(${n.entity}, settings) });`, `    }`, `    return labeled;`);
  } else {
    L.push(`    const raw = await redis.get(\`settings:${e.domain.key}:${name}:\${tenantId}\`);`, `    const settings = raw ? (JSON.parse(raw) as ${T}Settings) : undefined;`, `    return ${n.items}.map((${n.entity}) => ({ ...${n.entity}, label: ${name}Label(${n.entity}, settings) }));`);
  }
  L.push(`  }`, ``);
  L.push(`  async summaries(filter: ${T}Filter): Promise<${T}Summary[]> {`, `    const out: ${T}Summary[] = [];`, `    let cursor: string | undefined = filter.cursor;`, `    do {`, `      const page = await this.repository.list({ ...filter, cursor });`, `      for (const ${n.entity} of page.items) out.push(to${T}Summary(${n.entity}));`, `      cursor = page.nextCursor ?? undefined;`, `    } while (cursor && out.length < 1000);`, `    return out;`, `  }`);
  for (const extra of e.serviceExtras) {
    L.push(``);
    switch (extra) {
      case 'notifyOwners':
        L.push(`  async notifyOwners(${n.items}: ${T}[]): Promise<void> {`, `    const owners = new Map<string, ${T}[]>();`, `    for (const ${n.entity} of ${n.items}) {`, `      const key = String((${n.entity} as unknown as { ownerId?: string }).ownerId ?? 'unassigned');`, `      owners.set(key, [...(owners.get(key) ?? []), ${n.entity}]);`, `    }`);
        L.push(`    await Promise.all([...owners].map(([owner, list]) => this.http.post('/notifications', { owner, count: list.length, kind: '${name}' })));`, `  }`);
        break;
      case 'exportCsv':
        L.push(`  async exportCsv(filter: ${T}Filter): Promise<string> {`, `    const page = await this.repository.list({ ...filter, limit: 500 });`, `    const lines = ['id,status,created'];`, `    for (const ${n.entity} of page.items) {`, `      lines.push([${n.entity}.id, ${n.entity}.status, ${n.entity}.createdAt.toISOString()].join(','));`, `    }`);
        L.push(...log('    ', 'export', '{ rows: lines.length - 1 }'));
        L.push(`    return lines.join('\\n');`, `  }`);
        break;
      case 'reconcile':
        L.push(`  async reconcile(tenantId: string, remote: { id: string; status: string }[]): Promise<string[]> {`, `    const local = await this.repository.findManyByIds(tenantId, remote.map((r) => r.id));`, `    const byId = new Map(local.map((${n.entity}) => [${n.entity}.id, ${n.entity}]));`, `    const drifted: string[] = [];`);
        L.push(`    for (const r of remote) {`, `      const mine = byId.get(r.id);`, `      if (!mine || mine.status !== r.status) drifted.push(r.id);`, `    }`, `    return drifted;`, `  }`);
        break;
      case 'archiveStale':
        L.push(`  async archiveStale(tenantId: string, days = 90): Promise<number> {`, `    const cutoff = new Date(Date.now() - days * 24 * 3600 * 1000);`, `    const page = await this.repository.list({ tenantId, limit: 200 });`, `    const stale = page.items.filter((${n.entity}) => ${n.entity}.updatedAt < cutoff);`);
        L.push(`    await Promise.all(stale.map((${n.entity}) => this.repository.update(tenantId, ${n.entity}.id, { status: '${e.statuses[e.statuses.length - 1]}' })));`, `    return stale.length;`, `  }`);
        break;
      case 'recalculate':
        L.push(`  async recalculate(tenantId: string, ids: string[]): Promise<void> {`, `    const ${n.items} = await this.repository.findManyByIds(tenantId, ids);`, `    const payload = ${n.items}.map((${n.entity}) => ({ id: ${n.entity}.id, version: Date.now() }));`, `    await this.http.post('/recalculate/${name}', payload, { timeout: 10_000 });`, `  }`);
        break;
      case 'bulkImport':
        L.push(`  /** Creates the records in batches; returns how many were created and which failed. */`, `  async bulkImport(tenantId: string, inputs: Create${T}Input[]): Promise<{ created: number; failed: string[] }> {`, `    let created = 0;`, `    const failed: string[] = [];`);
        L.push(`    for (const batch of chunk(inputs, this.options.batchSize)) {`, `      const results = await Promise.allSettled(batch.map((input) => this.repository.create(normalize${T}Input({ ...input, tenantId }))));`, `      results.forEach((result, i) => {`, `        if (result.status === 'fulfilled') created++;`, `        else failed.push(String(i));`, `      });`, `    }`);
        L.push(...log('    ', 'import', '{ tenantId, created, failed: failed.length }'));
        L.push(`    return { created, failed };`, `  }`);
        break;
      case 'statsByDay':
        L.push(`  async statsByDay(filter: ${T}Filter): Promise<Record<string, number>> {`, `    const page = await this.repository.list({ ...filter, limit: 500 });`, `    const counts: Record<string, number> = {};`, `    for (const ${n.entity} of page.items) {`, `      const day = ${n.entity}.createdAt.toISOString().slice(0, 10);`, `      counts[day] = (counts[day] ?? 0) + 1;`, `    }`, `    return counts;`, `  }`);
        break;
      case 'retryFailed':
        L.push(`  async retryFailed(tenantId: string, ids: string[], attempts = 3): Promise<string[]> {`, `    const stillFailing: string[] = [];`, `    const ${n.items} = await this.repository.findManyByIds(tenantId, ids);`, `    await Promise.all(`, `      ${n.items}.map(async (${n.entity}) => {`, `        for (let attempt = 0; attempt < attempts; attempt++) {`, `          try {`, `            await this.http.post(\`/${name}s/\${${n.entity}.id}/retry\`, { attempt });`, `            return;`, `          } catch {`, `            await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));`, `          }`, `        }`, `        stillFailing.push(${n.entity}.id);`, `      }),`, `    );`, `    return stillFailing;`, `  }`);
        break;
      case 'mergeDuplicates':
        L.push(`  async mergeDuplicates(tenantId: string, ${n.items}: ${T}[]): Promise<number> {`, `    const byKey = new Map<string, ${T}[]>();`, `    for (const ${n.entity} of ${n.items}) {`, `      const key = JSON.stringify([${n.entity}.status, ${n.entity}.createdAt.getTime()]);`, `      byKey.set(key, [...(byKey.get(key) ?? []), ${n.entity}]);`, `    }`, `    const duplicates = [...byKey.values()].filter((group) => group.length > 1);`);
        L.push(`    await Promise.all(duplicates.flatMap((group) => group.slice(1).map((dup) => this.repository.remove(tenantId, dup.id))));`, `    return duplicates.length;`, `  }`);
        break;
      case 'exportToPartner':
        L.push(`  async exportToPartner(tenantId: string, partnerUrl: string): Promise<number> {`, `    let sent = 0;`, `    let cursor: string | undefined;`, `    do {`, `      const page = await this.repository.list({ tenantId, limit: 200, cursor });`, `      if (page.items.length > 0) await this.http.post(partnerUrl, { items: page.items.map(to${T}Summary) });`, `      sent += page.items.length;`, `      cursor = page.nextCursor ?? undefined;`, `    } while (cursor);`);
        L.push(...log('    ', 'partner-export', '{ tenantId, sent }'));
        L.push(`    return sent;`, `  }`);
        break;
      case 'auditTrail':
        L.push(`  async auditTrail(tenantId: string, id: string): Promise<{ at: string; actor: string }[]> {`, `    const { data } = await this.http.get<{ entries: { at: string; actor: string }[] }>(\`/audit/${name}/\${id}\`, {`, `      params: { tenant: tenantId },`, `      timeout: 3_000,`, `    });`, `    return data.entries.sort((a, b) => (a.at < b.at ? -1 : 1));`, `  }`);
        break;
      case 'warmCache':
        L.push(`  async warmCache(tenantId: string, ids: string[]): Promise<void> {`, `    const limit = this.options.concurrency ?? 8;`, `    for (const batch of chunk(ids, limit)) {`, `      await Promise.all(batch.map((id) => this.repository.findById(tenantId, id)));`, `    }`, `  }`);
        break;
    }
  }
  L.push(`}`);
  return withDocs(L, e).join('\n') + '\n';
}

function renderController(e: Entity, x: Edits): string {
  const { T, name } = e;
  const n = x.rename ? { svc: 'service', q: 'query' } : { svc: 'svc', q: 'params' };
  const log = (indent: string, event: string) => (x.logging ? [`${indent}logger.info('http.${e.domain.key}.${name}.${event}', { requestId: req.header('x-request-id') });`] : []);
  const L: string[] = [];
  L.push(`import type { NextFunction, Request, Response, Router } from 'express';`);
  if (x.logging) L.push(`import { logger } from '@app/lib/logger';`);
  L.push(`import { ${T}Service } from '../services/${name}.service';`, `import { is${T}Status, type ${T}Filter } from '../types/${name}.types';`, ``);
  L.push(`type Handler = (req: Request, res: Response, next: NextFunction) => Promise<void>;`, ``);
  L.push(`function tenantOf(req: Request): string {`, `  const tenant = req.header('x-tenant-id');`, `  if (!tenant) throw Object.assign(new Error('missing tenant'), { status: 400 });`, `  return tenant;`, `}`, ``);
  L.push(`function filterFrom(req: Request): ${T}Filter {`, `  const ${n.q} = req.query as Record<string, string | undefined>;`, `  const statuses = (${n.q}.status ?? '').split(',').filter(is${T}Status);`);
  L.push(`  return {`, `    tenantId: tenantOf(req),`, `    ...(statuses.length ? { status: statuses } : {}),`, `    ...(${n.q}.cursor ? { cursor: ${n.q}.cursor } : {}),`, `    ...(${n.q}.limit ? { limit: Number(${n.q}.limit) } : {}),`, `  };`, `}`, ``);
  L.push(`function wrap(handler: Handler): Handler {`, `  return async (req, res, next) => {`, `    try {`, `      await handler(req, res, next);`, `    } catch (error) {`, `      next(error);`, `    }`, `  };`, `}`, ``);
  if (e.validates) {
    L.push(`/** Rejects a body that is not a valid create request; returns the problems found. */`, `export function validateCreate${T}(body: unknown): string[] {`, `  const problems: string[] = [];`, `  if (typeof body !== 'object' || body === null) return ['body must be an object'];`, `  const input = body as Record<string, unknown>;`);
    for (const f of e.fields) {
      const check = f.type === 'string' ? `typeof input.${f.name} !== 'string'` : f.type === 'number' ? `typeof input.${f.name} !== 'number' || Number.isNaN(input.${f.name})` : f.type === 'boolean' ? `typeof input.${f.name} !== 'boolean'` : f.type === 'string[]' ? `!Array.isArray(input.${f.name})` : `input.${f.name} === undefined`;
      L.push(`  if (${check}) problems.push('${f.name}: expected ${f.type.replace(/'/g, '')}');`);
    }
    L.push(`  return problems;`, `}`, ``);
  }
  L.push(`export function register${T}Routes(router: Router, ${n.svc}: ${T}Service): void {`);
  const routes = [
    [`  router.get('/${name}s', wrap(async (req, res) => {`, ...log('    ', 'list'), `    res.json(await ${n.svc}.list(filterFrom(req)));`, `  }));`],
    [`  router.get('/${name}s/:id', wrap(async (req, res) => {`, ...log('    ', 'get'), `    res.json(await ${n.svc}.get(tenantOf(req), req.params.id as string));`, `  }));`],
    [`  router.post('/${name}s', wrap(async (req, res) => {`, ...log('    ', 'create'), `    const created = await ${n.svc}.create({ ...req.body, tenantId: tenantOf(req) }${x.newField ? `, req.header('x-user-id') ?? undefined` : ''});`, `    res.status(201).json(created);`, `  }));`],
    [`  router.post('/${name}s/sync', wrap(async (req, res) => {`, `    const ids = Array.isArray(req.body?.ids) ? (req.body.ids as string[]) : [];`, `    res.json({ synced: await ${n.svc}.syncAll(tenantOf(req), ids) });`, `  }));`],
    [`  router.get('/${name}s-summary', wrap(async (req, res) => {`, `    res.json(await ${n.svc}.summaries(filterFrom(req)));`, `  }));`],
    [`  router.post('/${name}s/labels', wrap(async (req, res) => {`, `    const page = await ${n.svc}.list(filterFrom(req));`, `    res.json(await ${n.svc}.label(tenantOf(req), page.items));`, `  }));`],
    [`  router.get('/${name}s/:id/related', wrap(async (req, res) => {`, `    const ids = String(req.query.ids ?? '').split(',').filter(Boolean);`, `    const found = await Promise.all(ids.map((id) => ${n.svc}.get(tenantOf(req), id)));`, `    res.json(found);`, `  }));`],
    [`  router.get('/${name}s/export.csv', wrap(async (req, res) => {`, ...log('    ', 'export'), `    const page = await ${n.svc}.list({ ...filterFrom(req), limit: 500 });`, `    res.type('text/csv');`, `    res.send(page.items.map((item) => [item.id, item.status].join(',')).join('\\n'));`, `  }));`],
  ];
  for (const r of routes.slice(0, e.controllerRoutes)) L.push(...r);
  L.push(`}`, ``);
  L.push(`export async function health${T}(_req: Request, res: Response): Promise<void> {`, `  res.json({ ok: true, component: '${e.domain.key}/${name}' });`, `}`);
  return L.join('\n') + '\n';
}

/** The domain's wiring: repositories and services built from the shared clients. */
function renderDomainIndex(d: Domain, x: Edits, renamed: Set<string>): string {
  const L: string[] = [];
  L.push(`/** The ${d.area} ${d.tier} module: its public API and its wiring. */`, `import type { Router } from 'express';`, `import { prisma } from '@app/lib/db';`, `import { redis } from '@app/lib/redis';`, `import { http } from '@app/lib/http';`);
  for (const e of d.entities) {
    L.push(`import { ${e.T}Repository } from './repositories/${e.name}.repository';`, `import { ${e.T}Service } from './services/${e.name}.service';`, `import { register${e.T}Routes } from './controllers/${e.name}.controller';`);
  }
  L.push(``);
  for (const e of d.entities) L.push(`export * from './types/${e.name}.types';`);
  for (const e of d.entities) L.push(`export { to${e.T}, to${e.T}Summary } from './mappers/${renamed.has(`${d.key}/${e.name}`) && x.mapperRenamed ? `${e.name}-mapping` : `${e.name}.mapper`}';`);
  L.push(``, `export interface ${pascal(d.area)}${pascal(d.tier)}Module {`);
  for (const e of d.entities) L.push(`  ${e.name}s: ${e.T}Service;`);
  L.push(`}`, ``);
  L.push(`export function create${pascal(d.area)}${pascal(d.tier)}Module(router: Router): ${pascal(d.area)}${pascal(d.tier)}Module {`);
  for (const e of d.entities) {
    L.push(`  const ${e.name}Service = new ${e.T}Service(new ${e.T}Repository(prisma, redis), http, {`, `    batchSize: ${e.batchSize},`, `    webhookUrl: process.env.${upper(d.area)}_${upper(e.name)}_WEBHOOK ?? '/hooks/${d.key}/${e.name}',`, `  });`, `  register${e.T}Routes(router, ${e.name}Service);`);
  }
  L.push(`  return {`);
  for (const e of d.entities) L.push(`    ${e.name}s: ${e.name}Service,`);
  L.push(`  };`, `}`);
  return L.join('\n') + '\n';
}

const LIB_FILES: Record<string, string> = {
  'src/lib/redis.ts': `import Redis from 'ioredis';

export const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379', {
  maxRetriesPerRequest: 3,
  enableAutoPipelining: true,
});

export async function pingRedis(): Promise<boolean> {
  try {
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  }
}
`,
  'src/lib/db.ts': `import { PrismaClient } from '@prisma/client';

export const prisma = new PrismaClient({
  log: process.env.NODE_ENV === 'production' ? ['warn', 'error'] : ['query', 'warn', 'error'],
});

export async function withTransaction<T>(work: (tx: Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]) => Promise<T>): Promise<T> {
  return prisma.$transaction(async (tx) => work(tx), { timeout: 10_000 });
}
`,
  'src/lib/http.ts': `import axios from 'axios';

export const http = axios.create({
  baseURL: process.env.PLATFORM_API_URL ?? 'http://localhost:8080',
  timeout: 5_000,
  headers: { 'user-agent': 'bench-services/1.0' },
});
`,
  'src/lib/logger.ts': `type Level = 'debug' | 'info' | 'warn' | 'error';

const LEVELS: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = LEVELS[(process.env.LOG_LEVEL as Level) ?? 'info'] ?? 20;

function write(level: Level, event: string, data: Record<string, unknown> = {}): void {
  if (LEVELS[level] < threshold) return;
  process.stdout.write(JSON.stringify({ level, event, time: new Date().toISOString(), ...data }) + '\\n');
}

export const logger = {
  debug: (event: string, data?: Record<string, unknown>) => write('debug', event, data),
  info: (event: string, data?: Record<string, unknown>) => write('info', event, data),
  warn: (event: string, data?: Record<string, unknown>) => write('warn', event, data),
  error: (event: string, data?: Record<string, unknown>) => write('error', event, data),
};
`,
  'src/lib/errors.ts': `export class NotFoundError extends Error {
  readonly status = 404;
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(\`\${entity} \${id} not found\`);
  }
}

export class ConflictError extends Error {
  readonly status = 409;
}
`,
  'tsconfig.json': `{
  "compilerOptions": {
    "target": "ES2022",
    "module": "commonjs",
    "strict": true,
    "esModuleInterop": true,
    "baseUrl": ".",
    "paths": {
      "@app/*": ["src/*"]
    },
    "outDir": "dist"
  },
  "include": ["src"]
}
`,
  'package.json': `{
  "name": "bench-services",
  "private": true,
  "dependencies": {
    "@prisma/client": "^5.22.0",
    "axios": "^1.7.0",
    "express": "^4.21.0",
    "ioredis": "^5.4.0"
  }
}
`,
  '.gitignore': 'node_modules/\ndist/\n',
};

function renderLegacy(i: number): string {
  const L: string[] = [`/** Kept for the v1 import jobs; nothing imports it any more. */`, `import { redis } from '@app/lib/redis';`, ``];
  for (let k = 0; k < 12; k++) {
    L.push(`export async function legacyJob${i}_${k}(ids: string[]): Promise<number> {`, `  let done = 0;`, `  for (const id of ids) {`, `    if (!id) continue;`, `    await redis.sadd('legacy:${i}:${k}', id);`, `    done++;`, `  }`, `  return done;`, `}`, ``);
  }
  return L.join('\n');
}

function renderAdded(e: Entity): string {
  const { T, name } = e;
  const L: string[] = [`import { redis } from '@app/lib/redis';`, `import type { ${T} } from '../types/${name}.types';`, ``, `const KEY = '${e.domain.key}:${name}:recent';`, ``];
  L.push(`export async function rememberRecent(tenantId: string, items: ${T}[]): Promise<void> {`, `  if (items.length === 0) return;`, `  await redis.lpush(\`\${KEY}:\${tenantId}\`, ...items.map((item) => item.id));`, `  await redis.ltrim(\`\${KEY}:\${tenantId}\`, 0, 99);`, `}`, ``);
  L.push(`export async function recentIds(tenantId: string, count = 20): Promise<string[]> {`, `  return redis.lrange(\`\${KEY}:\${tenantId}\`, 0, count - 1);`, `}`, ``);
  for (let k = 0; k < 8; k++) {
    L.push(`export function rank${k}(items: readonly ${T}[]): ${T}[] {`, `  const copy = [...items];`, `  copy.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || a.id.localeCompare(b.id));`, `  return copy.slice(0, ${10 + k * 5});`, `}`, ``);
  }
  return L.join('\n');
}

// ---------------------------------------------------------------- the three revisions

type Tree = Map<string, string>;

interface Plan {
  base: Tree;
  large: Tree;
  small: Tree;
}

function render(e: Entity, kind: Kind, x: Edits): string {
  switch (kind) {
    case 'types':
      return renderTypes(e, x);
    case 'repository':
      return renderRepository(e, x);
    case 'service':
      return renderService(e, x);
    case 'controller':
      return renderController(e, x);
    case 'helpers':
      return renderHelpers(e, x);
    case 'mapper':
      return renderMapper(e, x);
  }
}

/** The usual edits a file of this kind gets in a big refactoring commit. */
function routineEdits(kind: Kind, rng: Rng): Edits {
  switch (kind) {
    case 'types':
    case 'mapper':
      return { newField: true };
    case 'helpers':
      return { newField: rng.chance(0.6), rename: true };
    case 'repository':
      return { rename: rng.chance(0.7), logging: true };
    case 'service':
      return { newField: true, logging: rng.chance(0.8), rename: rng.chance(0.5) };
    case 'controller':
      return { newField: true, logging: rng.chance(0.7), rename: rng.chance(0.5) };
  }
}

/**
 * The 10 files of `small` and their edits: two entities' worth, every kind but types/mapper twice,
 * one I/O edit of each sort. In commit order: the first 1, 3 and 10 are the bench's commit
 * scenarios (an I/O call moved into a loop; with that entity's repository and types; all ten).
 */
function smallEdits(domains: Domain[]): Array<[string, Edits]> {
  const a = domains[5]!.entities[0]!;
  const b = domains[41]!.entities[1]!;
  return [
    [filePath(b, 'service'), { logging: true, rename: true, ioInLoop: true }],
    [filePath(b, 'repository'), { logging: true }],
    [filePath(b, 'types'), { newField: true }],
    [filePath(b, 'controller'), { rename: true, logging: true }],
    [filePath(a, 'types'), { newField: true }],
    [filePath(a, 'mapper'), { newField: true }],
    [filePath(a, 'repository'), { rename: true, logging: true, ioInLoop: true }],
    [filePath(a, 'service'), { newField: true, logging: true, extractHelper: true }],
    [filePath(a, 'controller'), { newField: true, logging: true }],
    [filePath(a, 'helpers'), { newField: true, rename: true }],
  ];
}

/** The commit scenarios' sizes: `opsdiff --staged` with this many of `small`'s files staged. */
export const COMMIT_SIZES = [1, 3, 10] as const;

/** The files a commit of `size` files stages, taken from `small` (the same text as on that branch). */
export function commitFiles(size: number): string[] {
  if (size < 1 || size > 10) throw new Error(`bench: a commit takes 1 to 10 of small's files, not ${size}`);
  return smallEdits(buildDomains())
    .slice(0, size)
    .map(([p]) => p);
}

function plan(): { plan: Plan; stats: Record<'large' | 'small', BranchStats> } {
  const domains = buildDomains();
  const base: Tree = new Map(Object.entries(LIB_FILES));
  const large: Tree = new Map(base);
  const small: Tree = new Map(base);
  const stats = {
    large: { changed: 0, modified: 0, renamed: 0, added: 0, deleted: 0, ioEdits: 0 },
    small: { changed: 0, modified: 0, renamed: 0, added: 0, deleted: 0, ioEdits: 0 },
  };

  // Renamed mappers on `large`: one entity in every 8th domain.
  const renamed = new Set<string>();
  domains.forEach((d, i) => {
    if (i % 8 === 3) {
      const e = d.entities[2]!;
      e.mapperRenamed = true;
      renamed.add(`${d.key}/${e.name}`);
    }
  });

  const smallPicks = new Map<string, Edits>(smallEdits(domains));

  for (const d of domains) {
    for (const e of d.entities) {
      for (const kind of KINDS) {
        const p = filePath(e, kind);
        const rng = new Rng(`edit:${p}`);
        const text = render(e, kind, {});
        base.set(p, text);
        small.set(p, text);

        // large: most files change; I/O edits in ~5% of all changed files (repositories and services).
        const changes = rng.chance(0.87) || (kind === 'service' && e.mapperRenamed);
        const edits: Edits = changes ? routineEdits(kind, rng) : {};
        const ioRoll = rng.next();
        if (changes && kind === 'repository' && ioRoll < 0.1) edits.ioInLoop = true;
        if (changes && kind === 'service' && ioRoll < 0.09) edits.ioInLoop = true;
        else if (changes && kind === 'service' && ioRoll < 0.18) edits.extractHelper = true;
        if (e.mapperRenamed && (kind === 'service' || kind === 'repository')) edits.mapperRenamed = true;
        if (e.mapperRenamed && kind === 'mapper') {
          large.set(filePath(e, 'mapper', true), render(e, kind, { ...edits, touched: true }));
          stats.large.renamed++;
          stats.large.changed++;
        } else if (Object.keys(edits).length > 0) {
          const head = render(e, kind, edits);
          if (head !== text) {
            large.set(p, head);
            stats.large.modified++;
            stats.large.changed++;
            if (edits.ioInLoop || edits.extractHelper) stats.large.ioEdits++;
          } else large.set(p, text);
        } else large.set(p, text);

        const s = smallPicks.get(p);
        if (s) {
          small.set(p, render(e, kind, s));
          stats.small.modified++;
          stats.small.changed++;
          if (s.ioInLoop || s.extractHelper) stats.small.ioEdits++;
        }
      }
    }
    const index = renderDomainIndex(d, {}, renamed);
    base.set(`src/${d.key}/index.ts`, index);
    small.set(`src/${d.key}/index.ts`, index);
    const headIndex = renderDomainIndex(d, { mapperRenamed: true }, renamed);
    large.set(`src/${d.key}/index.ts`, headIndex);
    if (headIndex !== index) {
      stats.large.modified++;
      stats.large.changed++;
    }
  }

  // Legacy files, deleted on `large`.
  for (let i = 0; i < 8; i++) {
    const p = `src/legacy/import-job-${i}.ts`;
    base.set(p, renderLegacy(i));
    small.set(p, renderLegacy(i));
    stats.large.deleted++;
    stats.large.changed++;
  }
  // Added files on `large`.
  domains.forEach((d, i) => {
    if (i % 8 === 6) {
      const e = d.entities[0]!;
      large.set(`src/${d.key}/helpers/${e.name}.recent.ts`, renderAdded(e));
      stats.large.added++;
      stats.large.changed++;
    }
  });
  return { plan: { base, large, small }, stats };
}

// ---------------------------------------------------------------- git

const COMMITTER = 'Bench Generator <bench@example.invalid> 1700000000 +0000';

/** The caller's GIT_DIR etc. (set inside a git hook) must not point our commands elsewhere. */
export function cleanGitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' };
}

function git(dir: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd: dir, env: cleanGitEnv(), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`bench: git ${args.join(' ')} failed: ${result.stderr || result.error?.message}`);
  return result.stdout;
}

function commitStream(ref: string, mark: number, message: string, parentMark: number | null, tree: Tree, parent: Tree | null): string[] {
  const out: string[] = [`commit ${ref}\nmark :${mark}\nauthor ${COMMITTER}\ncommitter ${COMMITTER}\ndata ${Buffer.byteLength(message)}\n${message}\n`];
  if (parentMark !== null) out.push(`from :${parentMark}\n`);
  for (const [p, text] of [...tree].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (parent && parent.get(p) === text) continue;
    out.push(`M 100644 inline ${p}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
  }
  if (parent) for (const p of parent.keys()) if (!tree.has(p)) out.push(`D ${p}\n`);
  out.push('\n');
  return out;
}

async function fastImport(dir: string, chunks: string[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn('git', ['fast-import', '--quiet'], { cwd: dir, env: cleanGitEnv(), stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`bench: git fast-import failed (${code}): ${stderr}`))));
    child.stdin.end(chunks.join(''));
  });
}

function lineStats(tree: Tree): BenchRepo['lines'] {
  let min = Infinity;
  let max = 0;
  let sum = 0;
  let count = 0;
  for (const [p, text] of tree) {
    if (!p.endsWith('.ts')) continue;
    const lines = text.split('\n').length - 1;
    min = Math.min(min, lines);
    max = Math.max(max, lines);
    sum += lines;
    count++;
  }
  return { min, max, mean: Math.round(sum / count) };
}

/** Creates the benchmark repository, or returns the one already made by this generator version. */
export async function ensureRepo(root = projectRoot(), log: (line: string) => void = () => {}): Promise<BenchRepo> {
  const benchDir = path.join(root, '.bench');
  const dir = path.join(benchDir, `repo-v${GENERATOR_VERSION}`);
  const marker = path.join(dir, '.git', 'opsdiff-bench.json');
  if (existsSync(marker)) {
    const info = JSON.parse(readFileSync(marker, 'utf8')) as BenchRepo;
    if (info.version === GENERATOR_VERSION) return { ...info, dir, reused: true, generatedInSeconds: 0 };
  }
  const started = performance.now();
  mkdirSync(benchDir, { recursive: true });
  // Repositories of older generator versions are dead weight.
  for (const name of readdirSync(benchDir)) if (/^repo-v\d+$/.test(name)) rmSync(path.join(benchDir, name), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`generating the benchmark repository in ${dir} ...`);

  const { plan: p, stats } = plan();
  git(dir, ['init', '-q', '--initial-branch=main']);
  for (const [k, v] of [['core.autocrlf', 'false'], ['gc.auto', '0'], ['commit.gpgsign', 'false']] as const) git(dir, ['config', k, v]);
  await fastImport(dir, [
    ...commitStream('refs/heads/main', 1, 'Service code base\n', null, p.base, null),
    ...commitStream('refs/heads/large', 2, 'Audit trail: lastModifiedBy on every record, structured logging, naming cleanup\n', 1, p.large, p.base),
    ...commitStream('refs/heads/small', 3, 'Audit trail for two entities\n', 1, p.small, p.base),
  ]);
  git(dir, ['repack', '-a', '-d', '-q']);
  git(dir, ['reset', '-q', '--hard', 'main']);

  // What git sees must be what was planned.
  for (const branch of ['large', 'small'] as const) {
    const listed = git(dir, ['diff', '--name-status', '-M', 'main', branch]).trim().split('\n').filter(Boolean);
    if (listed.length !== stats[branch].changed) throw new Error(`bench: ${branch} changes ${listed.length} files, planned ${stats[branch].changed}`);
    const renames = listed.filter((l) => l.startsWith('R')).length;
    if (renames !== stats[branch].renamed) throw new Error(`bench: ${branch} has ${renames} renames, planned ${stats[branch].renamed}`);
  }
  if (stats.large.changed < 2000) throw new Error(`bench: large changes only ${stats.large.changed} files`);
  if (stats.small.changed !== 10) throw new Error(`bench: small changes ${stats.small.changed} files`);

  const info: BenchRepo = {
    dir,
    version: GENERATOR_VERSION,
    files: p.base.size,
    lines: lineStats(p.base),
    branches: stats,
    generatedInSeconds: Math.round((performance.now() - started) / 100) / 10,
    reused: false,
  };
  writeFileSync(marker, JSON.stringify(info, null, 2) + '\n');
  return info;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureRepo(projectRoot(), (line) => console.error(line))
    .then((info) => console.log(JSON.stringify(info, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
