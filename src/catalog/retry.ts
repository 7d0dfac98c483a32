/**
 * Retry wrappers: libraries whose only job is to call a function again. They are not clients
 * (the I/O is what they wrap), so they have no catalog entry; what they do when a count is left
 * out is library knowledge all the same, keyed by the name they are called by.
 */
import type { SettingDefaults } from './library.js';

export const RETRY_WRAPPERS: Record<string, SettingDefaults> = {
  // p-retry: `retries` defaults to 10, backing off exponentially (`factor` 2), `randomize` false.
  pRetry: { retries: { retries: { value: 10, attempts: false } }, backoff: 'exponential', jitter: false },
  // axios-retry: `retries` defaults to 3, with no delay between them (`noDelay`).
  axiosRetry: { retries: { retries: { value: 3, attempts: false } }, backoff: 'none' },
};
