/**
 * docs/libraries.md, rendered from the catalog: `npm run docs:libraries` writes it, and
 * test/meta.test.ts fails when the committed file differs.
 */
import { EVENT_METHODS, FAMILIES, GLOBAL_CALLABLES, LIMITERS, RETRY_WRAPPERS, TELLING_NAMES, type ClientLibrary, type SettingDefaults } from './index.js';

const code = (s: string) => `\`${s}\``;
const list = (xs: readonly string[] | undefined) => (xs ?? []).map(code).join(', ');

function handles(lib: ClientLibrary): string {
  const parts = Object.entries(lib.exports).map(([name, role]) => `${name === '*' ? 'namespace' : code(name)} ${role}`);
  if (lib.types?.length) parts.push(`types ${list(lib.types)}`);
  if (lib.derive?.length) parts.push(`derive ${list(lib.derive)}`);
  if (lib.pipeline) parts.push(`pipeline ${list(lib.pipeline.methods)} until ${list(lib.pipeline.flush)}`);
  if (lib.builder) parts.push('a chain is one call, named by its first method');
  if (lib.operationDepth) parts.push(`operation = ${lib.operationDepth} names after the client`);
  return parts.join('; ');
}

function batches(lib: ClientLibrary): string {
  const when = { 'in-filter': ' (with an `in` filter)', 'array-arg': ' (with an array)' } as const;
  return (lib.batches ?? []).map((b) => `${code(b.batch)}${b.when ? when[b.when] : ''} for ${list(b.single)}`).join('; ');
}

function kind(lib: ClientLibrary): string {
  const io = Object.values(lib.exports).some((r) => r !== 'not-io');
  if (!io) return 'never I/O';
  return lib.local ? `${lib.kind} (local: low severity)` : lib.kind;
}

/** `timeout` 5 s, `connectTimeout` none (waits forever), `retries` 2: the documented defaults a removed or added option is compared with. */
function defaultsText(d: SettingDefaults): string {
  const ms = (n: number | null) => (n === null ? 'none' : n % 60_000 === 0 ? `${n / 60_000} min` : n % 1000 === 0 ? `${n / 1000} s` : `${n} ms`);
  const parts = Object.entries(d.timeouts ?? {}).map(([k, v]) => `${code(k)} ${ms(v)}`);
  // A library with no timeout option at all: its calls wait as long as the socket does.
  if (d.timeouts && !Object.keys(d.timeouts).length) parts.push('no timeout option (waits forever)');
  for (const [k, v] of Object.entries(d.retries ?? {})) parts.push(`${code(k)} ${v.value}${v.attempts ? ' attempts' : ''}`);
  if (d.backoff) parts.push(d.backoff === 'none' ? 'no backoff (retries at once)' : `${d.backoff} backoff${d.jitter === undefined ? '' : d.jitter ? ' with jitter' : ' without jitter'}`);
  for (const [k, v] of Object.entries(d.limits ?? {})) parts.push(`${code(k)} ${v === null ? 'no limit' : v}`);
  return parts.join(', ');
}

function settings(lib: ClientLibrary): string {
  return Object.entries(lib.settings ?? {}).map(([on, d]) => `${on === '*' ? 'any call' : on === 'new *' ? 'any construction' : code(on)}: ${defaultsText(d)}`).join('; ');
}

const escape = (s: string) => s.replace(/\|/g, '\\|');

/** The event-emitter methods are said once, not listed on every row. */
function ignored(lib: ClientLibrary): string {
  const all = lib.ignore ?? [];
  const events = EVENT_METHODS.every((m) => all.includes(m));
  const rest = events ? all.filter((m) => !EVENT_METHODS.includes(m)) : all;
  return [...(events ? ['event methods'] : []), ...rest.map(code)].join(', ');
}

export function renderLibraries(): string {
  const out: string[] = [
    '# Client libraries',
    '',
    '<!-- Generated from src/catalog/ by `npm run docs:libraries`. Do not edit: test/meta.test.ts fails when this file is stale. -->',
    '',
    'What opsdiff counts as I/O, family by family (one file each in `src/catalog/`). **Handles** says how a',
    'client is born (an export that is a constructor, a factory, the client itself, a callable that is the',
    'request, or never I/O), the type names that mark an annotated parameter or field as one, and the',
    'methods that give another client. **Batch for** pairs a batch call with the per-item calls that',
    'replace it when someone "simplifies" a loop. **Not round trips** are methods never counted (event methods:',
    `${list(EVENT_METHODS)}). **Defaults** are what the library does when a timeout, retry or limit option is`,
    'left out (`none`: it waits forever; `no limit`: as many at once as come), as its documentation states: a',
    'removed option is compared with them.',
    '',
  ];
  for (const family of FAMILIES) {
    out.push(`## ${family.title}`, '', `\`src/catalog/${family.name}.ts\``, '', '| Label | Modules | Kind | Handles | Batch for | Not round trips | Defaults |', '|---|---|---|---|---|---|---|');
    for (const lib of family.libraries) {
      out.push(`| ${lib.label} | ${list(lib.modules)} | ${kind(lib)} | ${escape(handles(lib))} | ${escape(batches(lib))} | ${escape(ignored(lib))} | ${escape(settings(lib))} |`);
    }
    out.push('');
  }
  out.push('## Globals', '', '| Name | Label | Kind |', '|---|---|---|');
  for (const [name, g] of Object.entries(GLOBAL_CALLABLES)) out.push(`| ${code(name)} | ${g.label} | ${g.kind} |`);
  out.push('', '## Retry wrappers', '', '`src/catalog/retry.ts`: not clients (the I/O is what they wrap), their defaults all the same.', '', '| Called as | Defaults |', '|---|---|');
  for (const [name, d] of Object.entries(RETRY_WRAPPERS)) out.push(`| ${code(name)} | ${escape(defaultsText(d))} |`);
  out.push('', '## Limiters', '', '`src/catalog/limiters.ts`: not clients (the I/O is what they bound), their defaults all the same.', '', '| Called as | Defaults |', '|---|---|');
  for (const [name, d] of Object.entries(LIMITERS)) out.push(`| ${code(name)} | ${escape(defaultsText(d))} |`);
  out.push('', '## Telling names', '', 'A value nothing else is known about (an untyped parameter, a field a framework injects) counts as a', 'client, at lower confidence, when its name and the method match:', '', '| Kind | Name | Methods |', '|---|---|---|');
  for (const t of TELLING_NAMES) out.push(`| ${t.kind} | ${code(escape(t.pattern.source))} | ${code(escape(t.methods.source))} |`);
  out.push('');
  return out.join('\n');
}
