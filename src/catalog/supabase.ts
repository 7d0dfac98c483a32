/**
 * Supabase: `supabase.from('users')` names the table (no request yet); the chain after it is one
 * query, named by its first method (`supabase.select`, `supabase.insert`). `storage.from(bucket)`
 * likewise (`supabase.upload`).
 */
import type { ClientLibrary } from './library.js';

export const SUPABASE: ClientLibrary[] = [
  {
    label: 'supabase',
    modules: ['@supabase/supabase-js', '@supabase/ssr', '@supabase/auth-helpers-nextjs'],
    kind: 'db',
    exports: { createClient: 'factory', createServerClient: 'factory', createBrowserClient: 'factory', SupabaseClient: 'constructor', createRouteHandlerClient: 'factory', createServerComponentClient: 'factory', createClientComponentClient: 'factory' },
    types: ['SupabaseClient'],
    derive: ['from', 'schema'],
    builder: true,
    ignore: ['channel', 'removeChannel', 'removeAllChannels', 'getChannels', 'onAuthStateChange', 'realtime'],
  },
];
