/** Grouping records into lookups. Pure. */

/**
 * Each key of `keys(item)` mapped to the items that have it, in the order of `items`. An item is
 * listed once per key it yields, so a key yielded twice lists it twice: dedupe in `keys` if that matters.
 */
export function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}
