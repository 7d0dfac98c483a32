/** RPC clients: gRPC, Connect-RPC, GraphQL. */
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
  {
    // Connect-RPC: `createClient(ElizaService, transport)`; each method of the service is a call.
    label: 'connectrpc',
    modules: ['@connectrpc/connect', '@bufbuild/connect'],
    kind: 'network',
    exports: { createClient: 'factory', createPromiseClient: 'factory', createCallbackClient: 'factory' },
    types: ['Client', 'PromiseClient'],
  },
];
