/**
 * Names that suggest an I/O client when nothing else is known about a value (an untyped
 * parameter, a field injected by a framework). These count at lower confidence.
 */
import type { TellingName } from './library.js';

export const TELLING_NAMES: TellingName[] = [
  {
    pattern: /^(redis(Client)?|cache(Client|Store|Service)?|memcached?(Client)?|kv(Store)?)$/i,
    kind: 'cache',
    label: 'cache',
    methods: /^(get|set|mget|mset|del|exists|expire|incr|decr|h[a-z]+|s(add|rem|members|ismember)|z[a-z]+|l(push|pop|range)|r(push|pop)|getOrSet|wrap|remember)$/i,
  },
  {
    pattern: /^(db|database|prisma|knex|pool|pg|sql|conn(ection)?|tx|trx|manager|em|entityManager|dataSource|orm|mongo|client)$|(Repository|Repo|Dao|Collection)$/,
    kind: 'db',
    label: 'db',
    methods: /^(query|execute|exec|raw|find[A-Za-z]*|get(One|Many|By[A-Za-z]*)?|insert[A-Za-z]*|update[A-Za-z]*|delete[A-Za-z]*|remove|save|create[A-Za-z]*|upsert|count[A-Za-z]*|aggregate|select[A-Za-z]*|increment|decrement)$/,
  },
  {
    pattern: /^(http(Client)?|api(Client)?|rest(Client)?)$|(ApiClient|HttpClient|Api)$/,
    kind: 'network',
    label: 'http',
    methods: /^(get|post|put|patch|delete|head|request|fetch|send)$/i,
  },
  {
    pattern: /^(queue|producer|publisher|channel|bus|eventBus)$|(Queue|Producer|Publisher)$/,
    kind: 'queue',
    label: 'queue',
    methods: /^(add|publish|send|sendToQueue|enqueue|push|emit)$/,
  },
];

/** A package name that says what the package holds: `word` is judged against its segments. */
export type TellingModule = TellingName & { word: RegExp; functions?: RegExp };

/**
 * Package names that say what their exports are, for a package the revision does not contain (a
 * partial checkout, a private package outside the repository): `@acme/prisma`, `@acme/db`,
 * `@acme/redis`. Each segment of the name after the scope (last first) and each of its words is
 * judged; what is imported from such a package is then a client of that kind at low confidence:
 * its methods of the kind count as I/O, and so do its functions whose names say so (`sendEmail`
 * from `@acme/email`).
 */
export const TELLING_MODULES: TellingModule[] = [
  { ...TELLING_NAMES[1]!, word: /^(prisma|db|database|drizzle|orm|postgres|pg|mysql|mongo(db)?|sql)$/ },
  { ...TELLING_NAMES[0]!, word: /^(redis|cache|kv|memcached?|valkey)$/ },
  {
    word: /^(email|emails|mailer|mail|smtp)$/,
    pattern: /^$/,
    kind: 'network',
    label: 'email',
    methods: /^(send[A-Za-z]*|deliver[A-Za-z]*)$/,
    functions: /^(send|deliver)[A-Z]\w*$/,
  },
  { ...TELLING_NAMES[3]!, word: /^(queue|queues|jobs|bus|pubsub)$/, functions: /^(enqueue|publish|dispatch)[A-Z]?\w*$/ },
];
