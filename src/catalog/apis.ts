/** SaaS API SDKs. */
import type { ClientLibrary } from './library.js';

export const APIS: ClientLibrary[] = [
  {
    label: 'stripe',
    modules: ['stripe'],
    kind: 'network',
    exports: { default: 'constructor', Stripe: 'constructor' },
    types: ['Stripe'],
    ignore: ['webhooks', 'on', 'off', 'once'],
  },
  {
    label: 'openai',
    modules: ['openai'],
    kind: 'network',
    exports: { default: 'constructor', OpenAI: 'constructor', AzureOpenAI: 'constructor' },
    types: ['OpenAI'],
  },
];
