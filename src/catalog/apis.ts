/** SaaS API SDKs: Stripe, OpenAI, Anthropic, Google APIs (googleapis and the per-API packages). */
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
    // 2 retries, 10 min per request.
    settings: { 'new *': { timeouts: { timeout: 600_000 }, retries: { maxRetries: { value: 2, attempts: false } } } },
  },
  {
    label: 'anthropic',
    modules: ['@anthropic-ai/sdk'],
    kind: 'network',
    exports: { default: 'constructor', Anthropic: 'constructor', AnthropicBedrock: 'constructor', AnthropicVertex: 'constructor' },
    types: ['Anthropic'],
    // 2 retries, 10 min per request.
    settings: { 'new *': { timeouts: { timeout: 600_000 }, retries: { maxRetries: { value: 2, attempts: false } } } },
    // The Message Batches API takes many requests in one call.
    batches: [{ batch: 'messages.batches.create', single: ['messages.create'] }],
  },
  {
    // `google.gmail({ version: 'v1', auth })` gives the Gmail client: `gmail.users.messages.get(...)`.
    label: 'googleapis',
    modules: ['googleapis'],
    kind: 'network',
    exports: { google: 'handle', default: 'handle', '*': 'handle' },
    derive: ['gmail', 'calendar', 'drive', 'sheets', 'docs', 'slides', 'people', 'admin', 'youtube', 'analytics', 'analyticsdata', 'searchconsole', 'tasks', 'forms', 'chat', 'oauth2', 'webmasters', 'bigquery', 'storage', 'iam', 'cloudresourcemanager'],
    ignore: ['options', 'setCredentials', 'generateAuthUrl', 'on', 'auth', 'getAccessToken', 'credentials'],
    batches: [
      { batch: 'batchDelete', single: ['delete', 'trash'] },
      { batch: 'batchModify', single: ['modify'] },
      { batch: 'batchUpdate', single: ['update'] },
      { batch: 'batchGet', single: ['get'] },
    ],
  },
  {
    label: 'googleapis',
    modules: ['@googleapis/gmail', '@googleapis/calendar', '@googleapis/drive', '@googleapis/sheets', '@googleapis/people', '@googleapis/docs'],
    kind: 'network',
    exports: { gmail: 'factory', calendar: 'factory', drive: 'factory', sheets: 'factory', people: 'factory', docs: 'factory', auth: 'not-io' },
    ignore: ['options', 'context'],
    batches: [
      { batch: 'batchDelete', single: ['delete', 'trash'] },
      { batch: 'batchModify', single: ['modify'] },
      { batch: 'batchUpdate', single: ['update'] },
      { batch: 'batchGet', single: ['get'] },
    ],
  },
];
