/** Small list helpers shared by the collections. Groups keep the order items arrive in. */

/** The integers `from` to `to`, inclusive. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Items grouped by key, keys in order of first appearance. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Items grouped by key, groups sorted by key: one file per group, always in the same order. */
export function sortedGroups<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  return [...groupBy(items, key).entries()].sort((a, b) => a[0].localeCompare(b[0]));
}
