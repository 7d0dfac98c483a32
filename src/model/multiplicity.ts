/**
 * How many times a call runs per invocation of its entry, from the loops around it:
 * `1`, `N`, `N*M`, `3` (a literal list), `3*N`. Loops that exist to repeat I/O (pages,
 * polling, retries) are shown but do not multiply: they are not N+1. A loop over the chunks of a
 * collection is a factor of no degree: one batch call per chunk is not N+1, and a loop over the
 * items of each chunk visits each item once (the items are its `N`).
 */
import type { LoopBound, LoopFact } from './facts/index.js';

export interface LoopRef extends LoopFact {
  file: string;
  fnId: string;
  /** The file of the function that owns `param`, once a caller passed its own parameter on (`collect(ids)`). */
  paramFile?: string;
  /** The limit of a limiter another module exports, run through in this loop (`concurrency` names its module). */
  sharedLimit?: number;
}

export interface Multiplicity {
  /** Unbounded factors: 0 for once, 1 for per item, 2 for per item per item. */
  degree: number;
  /** Product of literal bounds (1 when none). */
  constant: number;
  /** Some unbounded factor runs all at once (`Promise.all(xs.map(...))`) without a concurrency bound. */
  unboundedParallel: boolean;
  /** Some multiplying factor is a generic `while` we could not classify. */
  uncertain: boolean;
  /** The factors that multiply, outermost first. */
  factors: LoopRef[];
  /** Loops that repeat I/O by design (pagination, polling, retry), and worker pools. */
  repeats: LoopRef[];
}

/** Loops that repeat I/O by design, and pools of workers (they share one worklist: the loop inside a worker is the one over the items). */
const REPEATS: ReadonlySet<LoopBound> = new Set(['paginated', 'polling', 'retry', 'pool']);

export function multiplicityOf(loops: LoopRef[]): Multiplicity {
  const m: Multiplicity = { degree: 0, constant: 1, unboundedParallel: false, uncertain: false, factors: [], repeats: [] };
  for (const loop of loops) {
    if (REPEATS.has(loop.bound)) {
      m.repeats.push(loop);
      continue;
    }
    // A list of one element (`for (const x of [a])`, a helper's loop over the `[id]` its caller gave) runs once: no factor.
    if (loop.bound === 'literal' && loop.count !== undefined && loop.count <= 1) continue;
    m.factors.push(loop);
    if (loop.bound === 'literal') {
      m.constant *= Math.max(1, loop.count ?? 1);
      continue;
    }
    if (loop.bound === 'chunked') continue;
    m.degree += 1;
    if (loop.bound === 'unknown') m.uncertain = true;
    if (loop.parallel && !loop.concurrency) m.unboundedParallel = true;
  }
  return m;
}

const LETTERS = ['N', 'M', 'K', 'L', 'P'];

export function formatMultiplicity(m: Multiplicity): string {
  const parts: string[] = [];
  if (m.constant > 1) parts.push(String(m.constant));
  for (let i = 0; i < m.degree; i++) parts.push(LETTERS[i] ?? `N${i}`);
  return parts.length ? parts.join('*') : '1';
}

/** `once per call`, `once per item of \`cart.items\``, `3 times (a literal list)`. */
export function describeMultiplicity(m: Multiplicity): string {
  if (m.factors.length === 0) return 'once per call';
  const per = m.factors
    .filter((f) => f.bound !== 'literal' && f.bound !== 'chunked')
    .map((f) => (f.bound === 'unknown' ? `per iteration of ${iterationName(f)}` : `per item of \`${collectionName(f.over)}\``));
  const times = m.constant > 1 ? `${m.constant} times` : 'once';
  const chunks = m.factors.filter((f) => f.bound === 'chunked');
  if (per.length === 0 && chunks.length && m.constant === 1) return `once per ${chunks[0]!.groups ? 'group' : 'chunk'} of \`${collectionName(chunks[0]!.over)}\``;
  const literals = m.factors.filter((f) => f.bound === 'literal');
  if (per.length === 0 && literals.length && literals.every((f) => f.pages)) return `up to ${m.constant} times per call (one per page, \`${literals.map((f) => f.over).join('`, `')}\`)`;
  if (per.length === 0 && literals.length && literals.every((f) => f.pushes)) return `up to ${m.constant} times per call (\`${literals.map((f) => f.over).join('`, `')}\` holds what its pushes put in it)`;
  if (per.length === 0 && literals.length && literals.every((f) => f.capped)) return `up to ${m.constant} times per call (\`${literals.map((f) => `${f.over}\` cut to \`${f.capped}`).join('`, `')}\`)`;
  if (per.length === 0 && literals.length && literals.every((f) => f.ofDefault)) return `up to ${m.constant} times per call (\`${literals.map((f) => `${f.over} = ${f.ofDefault}`).join('`, `')}\`)`;
  if (per.length === 0) return `${m.constant} times per call (a literal list)`;
  return `${times} ${per.join(' ')}`;
}

/** The longest iterated expression shown as written; a longer call is named by its callee. */
const MAX_NAME = 40;

/** A collection named for people: `cart.items`, a long call as `this.getProfilesToCreate(...)`. */
export function collectionName(over: string): string {
  if (over.length <= MAX_NAME) return over;
  const callee = /^[\w$]+(?:\??\.[\w$]+)*(?=\s*\()/.exec(over);
  return callee ? `${callee[0]}(...)` : `${over.slice(0, MAX_NAME).trimEnd()}...`;
}

/** A loop whose bound is unknown, by its keyword and line (`the \`while\` loop at line 42`), never by its condition. */
function iterationName(f: LoopRef): string {
  const keyword = f.kind === 'do' ? 'do...while' : f.kind === 'while' || f.kind === 'for' ? f.kind : undefined;
  return keyword ? `the \`${keyword}\` loop at line ${f.line}` : `\`${collectionName(f.header)}\``;
}

/** Orders multiplicities: more unbounded factors first, then a larger constant. */
export function compareMultiplicity(a: Multiplicity, b: Multiplicity): number {
  if (a.degree !== b.degree) return a.degree - b.degree;
  return a.constant - b.constant;
}
