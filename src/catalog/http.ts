/** HTTP clients: fetch and its ponyfills, axios, got, ky, undici, node http(s), bent. */
import { EVENT_METHODS, type ClientLibrary, type GlobalCallable } from './library.js';

export const HTTP: ClientLibrary[] = [
  {
    label: 'fetch',
    modules: ['node-fetch', 'cross-fetch', 'isomorphic-fetch', 'make-fetch-happen'],
    kind: 'network',
    exports: { default: 'callable', fetch: 'callable' },
    settings: { '*': { timeouts: { signal: null, timeout: null } } },
  },
  {
    label: 'axios',
    modules: ['axios'],
    kind: 'network',
    exports: { default: 'handle', axios: 'handle', create: 'factory' },
    types: ['AxiosInstance', 'AxiosStatic'],
    derive: ['create'],
    // axios waits forever unless `timeout` is set.
    settings: { '*': { timeouts: { timeout: null } } },
    ignore: ['interceptors', 'defaults', 'isAxiosError', 'isCancel', 'CancelToken', 'getUri', 'all', 'spread', 'toFormData'],
  },
  {
    label: 'got',
    modules: ['got'],
    kind: 'network',
    exports: { default: 'handle', got: 'handle' },
    types: ['Got'],
    derive: ['extend'],
    // got: no timeout unless set; 2 retries, backing off exponentially, for every method but POST and PATCH.
    settings: {
      '*': { timeouts: { timeout: null }, retries: { retry: { value: 2, attempts: false } }, backoff: 'exponential' },
      post: { timeouts: { timeout: null }, backoff: 'exponential' },
      patch: { timeouts: { timeout: null }, backoff: 'exponential' },
      extend: { timeouts: { timeout: null }, retries: { retry: { value: 2, attempts: false } }, backoff: 'exponential' },
    },
    ignore: ['defaults', 'mergeOptions', 'paginate'],
  },
  {
    label: 'ky',
    modules: ['ky', 'ky-universal'],
    kind: 'network',
    exports: { default: 'handle' },
    types: ['KyInstance'],
    derive: ['create', 'extend'],
    // ky: 10 s per request, 2 retries, backing off exponentially, for every method but POST and PATCH.
    settings: {
      '*': { timeouts: { timeout: 10_000 }, retries: { retry: { value: 2, attempts: false } }, backoff: 'exponential' },
      post: { timeouts: { timeout: 10_000 }, backoff: 'exponential' },
      patch: { timeouts: { timeout: 10_000 }, backoff: 'exponential' },
      create: { timeouts: { timeout: 10_000 }, retries: { retry: { value: 2, attempts: false } }, backoff: 'exponential' },
    },
  },
  {
    label: 'undici',
    modules: ['undici'],
    kind: 'network',
    exports: { request: 'callable', fetch: 'callable', stream: 'callable', Pool: 'constructor', Client: 'constructor', Agent: 'constructor' },
    types: ['Pool', 'Client', 'Dispatcher'],
    // undici: 300 s for headers and for the body, 10 s to connect; a pool or agent opens as many connections as requests need.
    settings: { '*': { timeouts: { headersTimeout: 300_000, bodyTimeout: 300_000, connectTimeout: 10_000 } }, 'new Pool': { limits: { connections: null } }, 'new Agent': { limits: { connections: null } } },
    ignore: [...EVENT_METHODS, 'close', 'destroy'],
  },
  {
    label: 'http',
    modules: ['http', 'https', 'node:http', 'node:https', 'http2', 'node:http2'],
    kind: 'network',
    exports: { request: 'callable', get: 'callable', connect: 'factory', default: 'handle', '*': 'handle' },
    // An `http.Agent` opens as many sockets per host as requests need.
    settings: { 'new Agent': { limits: { maxSockets: null } } },
    ignore: ['createServer', 'Agent', 'STATUS_CODES', 'METHODS', 'globalAgent', 'validateHeaderName', 'validateHeaderValue', 'Server', 'IncomingMessage', 'ServerResponse', 'ClientRequest', 'OutgoingMessage', 'maxHeaderSize', 'setMaxIdleHTTPParsers'],
  },
  {
    // `bent('json')` returns the request function: `await getJSON(url)`.
    label: 'bent',
    modules: ['bent'],
    kind: 'network',
    exports: { default: 'factory', '*': 'factory' },
    // bent has no timeout option: a request waits as long as the socket does.
    settings: { '*': { timeouts: {} } },
  },
];

/** Global functions that are I/O wherever they are called. */
export const GLOBAL_CALLABLES: Record<string, GlobalCallable> = {
  fetch: { label: 'fetch', kind: 'network' },
};
