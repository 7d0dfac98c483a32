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
  },
  {
    // `tb.buildPipe({...})` and `tb.buildIngestEndpoint({...})` return the function that is the request.
    label: 'tinybird',
    modules: ['@chronark/zod-bird'],
    kind: 'db',
    exports: { Tinybird: 'constructor' },
    types: ['Tinybird'],
    derive: ['buildPipe', 'buildIngestEndpoint'],
  },
];
