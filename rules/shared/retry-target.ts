/**
 * What a retry repeats, for retry-changed: the I/O inside a wrapper or a retry loop, or the
 * client's own, read from the effect paths of the function that sets it; the write among them
 * that a retry would duplicate; the retry loops a call's route no longer runs in.
 */
import type { ChangeView } from '../../src/rule.js';
import { describe, type SettingSite, type Value } from '../../src/model/settings.js';
import { isRetrySite, retryOf } from '../../src/model/options/retry.js';
import type { EffectPath } from '../../src/model/summaries.js';
import type { LoopRef } from '../../src/model/multiplicity.js';
import { groupByKey, pairRoutes, siteIdentity } from '../../src/match/routes.js';
import type { EffectKind } from '../../src/types.js';

/** Operations that change state each time they run: repeating one duplicates its effect. */
const WRITE_OPERATION = /^(post|create\w*|insert\w*|save|add|addBulk|push|lpush|rpush|xadd|publish|send|sendMessage|sendToQueue|sendBatch|enqueue|incr\w*|increment|decr\w*|decrement|append\w*|charge\w*|transfer\w*|bulkCreate|bulkWrite|createMany|insertMany|insertOne|hincrby|zincrby|capture|refund\w*|payout\w*)$/i;
const WRITE_COMMAND = /^send:(Send|Publish|PutRecords?|PutEvents|Invoke|Create|StartExecution|Insert|Add)\w*Command$/;
const POST_IN_TEXT = /method\s*:\s*['"`](POST|PATCH)['"`]/i;
const WRITE_IN_TEXT = /\.(post|create\w*|insert\w*|save|publish|enqueue|charge\w*)\s*\(|\b(create|insert|charge|publish|enqueue|send)[A-Z]\w*\s*\(/;
/** Writes that carry their own dedupe key: retrying them is what the key is for. */
const IDEMPOTENT = /idempoten|dedup|Idempotency-Key|MessageDeduplicationId|ClientToken|jobId/i;

export interface Target {
  kind: EffectKind;
  /** The I/O the retry repeats: `axios.post`, `prisma.order.create`. */
  callee?: string;
  /** A non-idempotent write among them, and whether it was seen as I/O (rather than guessed from text). */
  write?: string;
  writeSeen?: boolean;
  /** In-process work (SQLite): a finding is one severity step lower. */
  local: boolean;
}

const KIND_RANK: Record<EffectKind, number> = { db: 4, network: 3, queue: 3, cache: 2, other: 0 };

function isWrite(p: EffectPath): boolean {
  const op = p.effect.operation.split('.').pop() ?? '';
  return WRITE_OPERATION.test(op) || WRITE_COMMAND.test(p.effect.operation);
}

/** The I/O a site repeats: its own client's, or the calls inside the wrapper or the retry loop. */
export function targetOf(site: SettingSite, side: 'base' | 'head', view: ChangeView): Target {
  const local = /^new sqlite\./.test(site.key);
  if (site.kind !== 'other') return { kind: site.kind, local };
  const paths = pathsInside(site, side, view);
  const fnText = site.args.filter((a) => a.k === 'fn' || a.k === 'unknown').map((a) => describe(a)).join(' ');
  const protectedWrite = IDEMPOTENT.test(fnText);
  if (paths.length) {
    const sorted = [...paths].sort((a, b) => KIND_RANK[b.effect.kind] - KIND_RANK[a.effect.kind]);
    const write = paths.find(isWrite) ?? (POST_IN_TEXT.test(fnText) ? paths.find((p) => p.effect.kind === 'network') : undefined);
    return {
      kind: sorted[0]!.effect.kind,
      callee: (write ?? sorted[0]!).effect.key,
      ...(write && !protectedWrite ? { write: write.effect.key, writeSeen: true } : {}),
      local: paths.every((p) => p.effect.local),
    };
  }
  if (/^axiosRetry$/.test(site.key)) return { kind: 'network', callee: 'axios', local: false };
  // A function passed by name or a callback whose I/O the model cannot see: judge by its text.
  const guessed = !protectedWrite && (WRITE_IN_TEXT.exec(fnText) ?? /^(create|insert|charge|publish|enqueue|send)[A-Z]\w*$/.exec(fnText.trim()));
  const named = site.args.find((a): a is Extract<Value, { k: 'unknown' }> => a.k === 'unknown' && !/^handle[A-Z]/.test(a.text));
  const name = named?.text;
  return { kind: 'other', ...(name && /^[\w$.]+$/.test(name) ? { callee: name } : {}), ...(guessed ? { write: name && /^[\w$.]+$/.test(name) ? name : guessed[0].replace(/^\./, '').replace(/\s*\($/, ''), writeSeen: false } : {}), local: false };
}

function pathsInside(site: SettingSite, side: 'base' | 'head', view: ChangeView): EffectPath[] {
  const entry = view.entryOf(side, site.file, site.fnId);
  if (!entry) return [];
  const paths = side === 'head' ? entry.headPaths : entry.basePaths;
  if (site.role === 'retry-loop') {
    return paths.filter((p) => p.loops.some((l) => l.bound === 'retry' && l.file === site.file && l.fnId === site.fnId && l.line === site.span.line && l.column === site.span.column));
  }
  return paths.filter((p) => {
    const step = p.steps[0];
    const at = step ? { file: step.file, fnId: step.fnId, span: step.span } : { file: p.file, fnId: p.fnId, span: p.span };
    return at.file === site.file && at.fnId === site.fnId && within(at.span, site.span);
  });
}

function within(inner: SettingSite['span'], outer: SettingSite['span']): boolean {
  const start = inner.line > outer.line || (inner.line === outer.line && inner.column >= outer.column);
  const end = inner.endLine < outer.endLine || (inner.endLine === outer.endLine && inner.endColumn <= outer.endColumn);
  return start && end;
}

/** A retry of any kind around this write in the base version of the function. */
export function baseRetried(head: SettingSite, target: Target, view: ChangeView): boolean {
  const entry = view.entryOf('head', head.file, head.fnId);
  if (!entry?.base) return false;
  const base = entry.base;
  if (entry.basePaths.some((p) => p.effect.key === target.write && p.loops.some((l) => l.bound === 'retry'))) return true;
  return view.sites.base.some((b) => b.file === base.file && b.fnId === base.fnId && view.options.of(b, isRetrySite));
}

/** A retry loop that a call's base route ran inside and its paired head route runs in no more. */
export interface LostLoop {
  loop: LoopRef;
  /** The head route, and the head function of the entry it is seen from. */
  route: EffectPath;
  fnId: string;
}

/**
 * Retry loops lost per route: a call whose base route ran inside a retry loop (in the function
 * or a wrapper it went through) and whose paired head route, the same call, runs in none. One per
 * loop; not in head functions that set a retry some other way (a client option, a wrapper with options).
 */
export function lostLoops(view: ChangeView): LostLoop[] {
  const found = new Map<string, LostLoop & { rank: number }>();
  const retrying = new Set(retryingHeads(view).map((h) => `${h.file}\0${h.fnId}`));
  for (const entry of view.entries) {
    const { base, head } = entry;
    // The function that lost the retry was edited: a caller left as it was (in a file the change did
    // not touch) whose route merely stopped passing through a loop further down says nothing new.
    if (!base || !head || !view.touches(head.file, head.span) || retrying.has(`${head.file}\0${head.fnId}`)) continue;
    const baseByKey = groupByKey(entry.basePaths);
    for (const [key, heads] of groupByKey(entry.headPaths)) {
      for (const pair of pairRoutes(baseByKey.get(key) ?? [], heads)) {
        const before = pair.base?.path;
        const after = pair.head.path;
        // The same call: at the same site, or inlined from a helper that is gone (`await this.startTransaction(qr)` -> `await qr.startTransaction()`).
        const inlined = !!before && before.callText.replace(/\s+/g, '') === after.callText.replace(/\s+/g, '') && !view.entryOf('base', before.file, before.fnId)?.head;
        if (!before || (siteIdentity(before) !== siteIdentity(after) && !inlined) || before.onError || after.loops.some((l) => l.bound === 'retry')) continue;
        const loop = before.loops.find((l) => l.bound === 'retry');
        if (!loop) continue;
        const id = `${loop.file}|${loop.fnId}|${loop.line}`;
        // The entry whose own function held the loop says it best, else the one nearest the call
        // (the function that called the wrapper); its callers see the same loop further away.
        const rank = loop.file === base.file && loop.fnId === base.fnId ? -1 : after.steps.length;
        if ((found.get(id)?.rank ?? Infinity) > rank) found.set(id, { loop, route: after, fnId: head.fnId, rank });
      }
    }
  }
  return [...found.values()];
}

const RETRYING = /retr|backoff|attempt|resilien/i;

/** The head sites that retry. */
function retryingHeads(view: ChangeView): SettingSite[] {
  return view.sites.head.filter((h) => view.options.of(h, isRetrySite));
}

/**
 * The head route of the call a removed retry wrapper (`pRetry(() => charge(id))`, `backOff(...)`)
 * retried, when the function still makes it on a route with no retry loop and sets no retry some
 * other way: in the function, or in a function it hands the call to (`run(() => ...)` around a
 * pRetry), or one named for retrying.
 */
export function lostWrapper(base: SettingSite, view: ChangeView): { route: EffectPath; fnId: string } | undefined {
  const entry = view.entryOf('base', base.file, base.fnId);
  const fn = entry?.head;
  const r = view.options.of(base, retryOf);
  if (!fn || !r.isRetry || r.breaker || base.role || base.kind !== 'other') return undefined;
  const target = targetOf(base, 'base', view);
  const heads = retryingHeads(view);
  if (!target.callee || heads.some((h) => h.file === fn.file && h.fnId === fn.fnId)) return undefined;
  const retrying = new Set(heads.map((h) => h.fnId.split('.').pop()!));
  const handed = (x: string) => RETRYING.test(x) || retrying.has(x.split('.').pop()!);
  const route = entry.headPaths.find((p) => p.effect.key === target.callee && !p.loops.some((l) => l.bound === 'retry') && !p.handedTo?.some(handed));
  return route ? { route, fnId: fn.fnId } : undefined;
}
