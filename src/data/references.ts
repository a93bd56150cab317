/**
 * Cross-reference checking. Astro's `reference()` only logs a dangling reference and the build
 * still succeeds; here every reference in every record is resolved, and all failures are
 * reported together with the entry's file and the field.
 */

/** A reference as Astro stores it after parsing. */
export interface Ref {
  collection: string;
  id: string;
}

/** One record to check: where it came from and its parsed data. */
export interface CheckedEntry {
  collection: string;
  id: string;
  filePath?: string | undefined;
  data: unknown;
}

function isRef(value: unknown, collections: ReadonlySet<string>): value is Ref {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const v = value as Record<string, unknown>;
  return keys.length === 2 && typeof v.id === 'string' && typeof v.collection === 'string' && collections.has(v.collection);
}

/** Every reference inside `data`, with its field path ("products.2"). */
export function collectReferences(data: unknown, collections: ReadonlySet<string>, path: string[] = []): { path: string; ref: Ref }[] {
  if (isRef(data, collections)) return [{ path: path.join('.'), ref: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => collectReferences(item, collections, [...path, String(i)]));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => collectReferences(v, collections, [...path, k]));
  }
  return [];
}

/**
 * Messages for every reference that names a missing record; empty when all resolve.
 * `ids` maps each collection name to the set of its ids.
 */
export function danglingReferences(entries: Iterable<CheckedEntry>, ids: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const collections = new Set(ids.keys());
  const problems: string[] = [];
  for (const entry of entries) {
    for (const { path, ref } of collectReferences(entry.data, collections)) {
      if (!ids.get(ref.collection)?.has(ref.id)) {
        problems.push(
          `${entry.filePath ?? `${entry.collection}/${entry.id}`} (id "${entry.id}"), trường "${path}": không có bản ghi "${ref.id}" trong "${ref.collection}"; hãy sửa id hoặc thêm bản ghi đó`,
        );
      }
    }
  }
  return problems;
}
