/** RPC clients: gRPC, GraphQL. */
import type { ClientLibrary } from './library.js';

export const RPC: ClientLibrary[] = [
  {
    label: 'grpc',
    modules: ['@grpc/grpc-js'],
    kind: 'network',
    exports: { Client: 'constructor', makeGenericClientConstructor: 'factory' },
    ignore: ['close', 'getChannel', 'waitForReady'],
  },
  {
    label: 'graphql',
    modules: ['graphql-request'],
    kind: 'network',
    exports: { GraphQLClient: 'constructor', request: 'callable', rawRequest: 'callable', default: 'callable' },
    types: ['GraphQLClient'],
    ignore: ['setHeader', 'setHeaders', 'setEndpoint'],
  },
];
