/** Search engines: the Elasticsearch and OpenSearch clients (one API: `client.search`, `client.indices.create`). */
import { EVENT_METHODS, type BatchPair, type ClientLibrary } from './library.js';

const SEARCH_BATCHES: BatchPair[] = [
  { batch: 'bulk', single: ['index', 'create', 'update', 'delete'] },
  { batch: 'mget', single: ['get'] },
  { batch: 'msearch', single: ['search'] },
];

export const SEARCH: ClientLibrary[] = [
  {
    label: 'elasticsearch',
    modules: ['@elastic/elasticsearch'],
    kind: 'db',
    exports: { Client: 'constructor' },
    types: ['Client'],
    derive: ['child'],
    ignore: [...EVENT_METHODS, 'close', 'diagnostic', 'connectionPool', 'transport', 'serializer'],
    batches: SEARCH_BATCHES,
  },
  {
    label: 'opensearch',
    modules: ['@opensearch-project/opensearch'],
    kind: 'db',
    exports: { Client: 'constructor' },
    types: ['Client'],
    derive: ['child'],
    ignore: [...EVENT_METHODS, 'close', 'connectionPool', 'transport', 'serializer', 'extend'],
    batches: SEARCH_BATCHES,
  },
];
