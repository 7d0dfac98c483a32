/**
 * Firebase: Firestore through firebase-admin and @google-cloud/firestore (references are built
 * with `collection`/`doc`/`where`, the request is `get`/`set`/`update`/`add`/`delete`; a
 * `batch()` is written once, at `commit`), the modular web SDK (`getDoc(ref)`), and
 * firebase-admin's auth and messaging.
 */
import type { ClientLibrary } from './library.js';

const QUERY_BUILDING = ['collection', 'collectionGroup', 'doc', 'where', 'orderBy', 'limit', 'limitToLast', 'offset', 'select', 'startAt', 'startAfter', 'endAt', 'endBefore', 'withConverter', 'parent'];

export const FIREBASE: ClientLibrary[] = [
  {
    label: 'firestore',
    modules: ['firebase-admin/firestore', '@google-cloud/firestore'],
    kind: 'db',
    exports: { getFirestore: 'factory', Firestore: 'constructor', FieldValue: 'not-io', Timestamp: 'not-io', FieldPath: 'not-io' },
    types: ['Firestore', 'CollectionReference', 'DocumentReference', 'Query'],
    derive: QUERY_BUILDING,
    pipeline: { methods: ['batch', 'bulkWriter'], flush: ['commit', 'close', 'flush'] },
    ignore: ['settings', 'onSnapshot', 'terminate', 'id', 'path'],
    batches: [{ batch: 'getAll', single: ['get'] }],
  },
  {
    // `admin.firestore()`, `admin.auth()`, `admin.messaging()`: each gives the service's client.
    label: 'firebase',
    modules: ['firebase-admin'],
    kind: 'db',
    exports: { default: 'handle', '*': 'handle', firestore: 'factory', auth: 'factory', messaging: 'factory', initializeApp: 'not-io', credential: 'not-io', apps: 'not-io' },
    derive: ['firestore', 'auth', 'messaging', 'storage', 'database', 'bucket', ...QUERY_BUILDING],
    pipeline: { methods: ['batch', 'bulkWriter'], flush: ['commit', 'close', 'flush'] },
    ignore: ['initializeApp', 'credential', 'apps', 'app', 'settings', 'onSnapshot', 'terminate', 'FieldValue', 'Timestamp', 'FieldPath'],
    batches: [
      { batch: 'getAll', single: ['get'] },
      { batch: 'getUsers', single: ['getUser', 'getUserByEmail'] },
      { batch: 'sendEach', single: ['send'] },
      { batch: 'sendEachForMulticast', single: ['send'] },
    ],
  },
  {
    label: 'firebase',
    modules: ['firebase-admin/auth', 'firebase-admin/messaging'],
    kind: 'network',
    exports: { getAuth: 'factory', getMessaging: 'factory' },
    types: ['Auth', 'Messaging'],
    batches: [
      { batch: 'getUsers', single: ['getUser', 'getUserByEmail'] },
      { batch: 'sendEach', single: ['send'] },
      { batch: 'sendEachForMulticast', single: ['send'] },
    ],
  },
  {
    // The modular SDK: the functions are the requests; references and queries are built locally.
    label: 'firestore',
    modules: ['firebase/firestore', 'firebase/firestore/lite'],
    kind: 'db',
    exports: {
      getDoc: 'callable', getDocs: 'callable', setDoc: 'callable', updateDoc: 'callable', addDoc: 'callable', deleteDoc: 'callable', getCountFromServer: 'callable', runTransaction: 'callable',
      getFirestore: 'not-io', doc: 'not-io', collection: 'not-io', query: 'not-io', where: 'not-io', orderBy: 'not-io', limit: 'not-io', writeBatch: 'not-io', serverTimestamp: 'not-io', onSnapshot: 'not-io',
    },
  },
];
