/** The records of the test build as Astro stored them: what the built pages and files come from. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'devalue';
import { expect } from 'vitest';

export type Entry = { id: string; data: Record<string, unknown> };

/** The records of a collection as the build stored them, by id. */
export function stored(collection: string): Map<string, Entry> {
  const file = path.join(path.resolve(process.env.HANGVIET_CACHE_DIR ?? 'node_modules/.astro'), 'data-store.json');
  expect(existsSync(file), `needs a build: ${file}`).toBe(true);
  const maps = parse(readFileSync(file, 'utf8')) as Map<string, Map<string, Entry>>;
  return new Map([...(maps.get(collection)?.values() ?? [])].map((e) => [e.id, e]));
}
