/** The registry: every rule module in this folder (test/meta.test.ts checks it matches the directory). */
import ioInLoop from './io-in-loop.js';
import timeoutChanged from './timeout-changed.js';
import retryChanged from './retry-changed.js';
import concurrencyChanged from './concurrency-changed.js';
import type { Rule } from '../src/rule.js';

export const RULES: readonly Rule[] = [ioInLoop, timeoutChanged, retryChanged, concurrencyChanged];
