/**
 * Values of options and constants as the code writes them (`{ ...defaults, timeout: 2 * 1000 }`,
 * `HTTP_TIMEOUT_MS` imported from config.ts, `ms('2s')`, `process.env.X ?? 500`), kept symbolic
 * by the fact pass and evaluated against other files later (src/model/settings.ts).
 */
import type { Sym } from './facts/index.js';

export type Val =
  | { k: 'num'; v: number; line: number }
  | { k: 'str'; v: string; line: number }
  | { k: 'bool'; v: boolean; line: number }
  | { k: 'null'; line: number }
  /** A module-level name: a constant of this file (`sym` unknown) or an import (`sym` the import). */
  | { k: 'ref'; name: string; sym: Sym; line: number }
  | { k: 'member'; of: Val; name: string; line: number }
  | { k: 'env'; name: string; line: number }
  | { k: 'obj'; entries: Array<{ key: string; val: Val } | { spread: Val }>; line: number }
  | { k: 'arr'; items: Val[]; line: number }
  | { k: 'op'; op: string; l: Val; r: Val; line: number }
  /** `this.name` read in a method of class `cls` of this file: the field's initializer, or a base class's. */
  | { k: 'field'; cls: string; name: string; line: number }
  /** `c ? a : b`: either branch may be the value. */
  | { k: 'cond'; a: Val; b: Val; line: number }
  /** `ms('2s')`, `AbortSignal.timeout(5000)`, `new https.Agent({...})`, `exponentialBackoff()`. */
  | { k: 'call'; callee: string; args: Val[]; line: number }
  | { k: 'fn'; text: string; line: number }
  | { k: 'expr'; text: string; line: number };

/** Option names that govern time, retries or concurrency: which calls are setting sites. */
export const SETTING_KEY = /timeout|deadline|signal|retr|attempt|backoff|jitter|concurren|parallel|maxInFlight|limit|maxSockets|maxWait|maxTimeMS|pool|max$|^max[A-Z_]|^min$|connection_?limit|max\w*Connections$|delay|factor|randomize/i;

/** Names of arguments that usually carry options (`axios.create(config)`). */
export const OPTIONS_NAME = /config|options|opts|settings|defaults|policy/i;

/** Callees whose plain arguments are settings: `pLimit(5)`, `mapLimit(items, 5, fn)`, `pThrottle({...})`. */
export const SETTING_CALLEES = /^(pLimit|limit|pThrottle|pMap|mapLimit|eachLimit|forEachLimit|eachOfLimit|timesLimit|queue|priorityQueue|cargoQueue|fastq|pTimeout|withTimeout|timeout|setTimeout|maxTimeMS|wtimeout)$/;
