/** Realtime document stores: ShareDB (a backend over a database adapter; documents fetched, created and changed through a connection). */
import { EVENT_METHODS, type ClientLibrary } from './library.js';

export const SHAREDB: ClientLibrary[] = [
  {
    // `backend.connect().get(collection, id)` gives a document; `doc.create`, `doc.submitOp`,
    // `doc.fetch`, `doc.del` and queries are round trips to the backend's database.
    label: 'sharedb',
    modules: ['sharedb', 'sharedb/lib/client'],
    kind: 'db',
    exports: { default: 'constructor', Backend: 'constructor', Connection: 'constructor' },
    types: ['ShareDB', 'Backend', 'Connection', 'Doc'],
    derive: ['connect', 'get'],
    ignore: [...EVENT_METHODS, 'use', 'listen', 'close', 'destroy', 'addProjection', 'pause', 'resume', 'hasPending', 'hasWritePending', 'whenNothingPending'],
  },
];
