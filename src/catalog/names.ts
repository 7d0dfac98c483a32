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
