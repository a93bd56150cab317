/**
 * The content store handed from the sync to the pages of the same build (loaders/shared-store.ts,
 * integrations/content-store-from-disk.ts): only once every collection has loaded, in the order
 * Astro writes the store's file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { storeModuleCode } from '../../src/integrations/content-store-from-disk.ts';
import { sharedStores, syncedStore } from '../../src/loaders/shared-store.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hangviet-shared-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A store as Astro gives a loader: entries in the order they were set. */
function storeOf() {
  const entries = new Map<string, { id: string; data: { n: number } }>();
  return {
    entries,
    store: { entries: () => [...entries], set: (e: { id: string; data: { n: number } }) => (entries.set(e.id, e), true) },
  };
}

/** A loader that stores `ids` in that order. */
const loaderOf = (ids: string[]): Loader => ({
  name: 'test',
  load: async ({ store }) => {
    ids.forEach((id, n) => store.set({ id, data: { n } }));
  },
});

describe('the store handed to the pages', () => {
  const collections = sharedStores({ 'ton-vinh': { loader: loaderOf(['b', 'a']) }, diem: { loader: loaderOf(['đ', 'd', 'e', 'Ả']) } });
  const stores = { 'ton-vinh': storeOf(), diem: storeOf() };
  const load = (name: keyof typeof collections) =>
    (collections[name].loader as Loader).load({ store: stores[name].store } as unknown as LoaderContext);

  it('is there only once every collection has loaded', async () => {
    expect(syncedStore()).toBeUndefined();
    await load('ton-vinh');
    expect(syncedStore()).toBeUndefined();
    await load('diem');
    expect(syncedStore()).toBeDefined();
  });

  it('holds the stored records themselves, sorted as Astro writes the file (names and ids by localeCompare)', () => {
    const synced = syncedStore()!;
    expect([...synced.keys()]).toEqual(['diem', 'ton-vinh']);
    expect([...synced.get('diem')!.keys()]).toEqual(['Ả', 'd', 'đ', 'e'].sort((a, b) => a.localeCompare(b)));
    expect([...synced.get('ton-vinh')!.keys()]).toEqual(['a', 'b']);
    expect(synced.get('ton-vinh')!.get('a')).toBe(stores['ton-vinh'].entries.get('a'));
  });

  it('is what the pages’ store module gives, instead of the file', async () => {
    const file = path.join(dir, 'data-store.json');
    writeFileSync(file, JSON.stringify(['from the file']));
    const module = path.join(dir, 'store.mjs');
    writeFileSync(module, storeModuleCode(file));
    const given = (await import(pathToFileURL(module).href)).default as Map<string, Map<string, unknown>>;
    expect(given).toBeInstanceOf(Map);
    expect(given).toEqual(syncedStore());
  });
});
