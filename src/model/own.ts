/**
 * A record's own entry. Facts keep names in plain objects (they cross to the parse worker by
 * structured clone, which gives every object Object.prototype back), so `record[name]` for a
 * name such as `hasOwnProperty`, `constructor` or `toString` would find a built-in function.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
