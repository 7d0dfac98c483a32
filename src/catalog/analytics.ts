/** Analytics stores: ClickHouse, Tinybird pipes and ingest endpoints. */
import type { ClientLibrary } from './library.js';

export const ANALYTICS: ClientLibrary[] = [
  {
    label: 'clickhouse',
    modules: ['@clickhouse/client', '@clickhouse/client-web'],
    kind: 'db',
    exports: { createClient: 'factory', ClickHouseClient: 'constructor' },
    types: ['ClickHouseClient'],
    ignore: ['close'],
    settings: { createClient: { timeouts: { request_timeout: 30_000 } }, 'new ClickHouseClient': { timeouts: { request_timeout: 30_000 } } },
  },
  {
    // `tb.buildPipe({...})` and `tb.buildIngestEndpoint({...})` return the function that is the request.
    // An HTTPS API (pipes are published endpoints): network, like any HTTP service.
    label: 'tinybird',
    modules: ['@chronark/zod-bird'],
    kind: 'network',
    exports: { Tinybird: 'constructor' },
    types: ['Tinybird'],
    derive: ['buildPipe', 'buildIngestEndpoint'],
  },
];
