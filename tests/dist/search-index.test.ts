/**
 * The built search index (lib/search-engine.ts, data/views/search.ts): every record, post, plan
 * and page is one document whose result leads to a page the build has; every file the index
 * names is there; the numbers agree; results show text as written (no folded forms).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeIds, expandRuns, FIELDS, isLongNumber, numberFile, SEARCH_TYPES, type NumberFile, type ResultDoc, type SearchMeta, type WordFile } from '../../src/lib/search-engine.ts';
import { fold } from '../../src/lib/text.ts';

const dist = path.resolve('dist');
const dir = path.join(dist, 'tim-kiem', 'chi-muc');
const read = <T>(name: string): T => JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as T;
const meta = read<SearchMeta>('muc-luc');
const facets = expandRuns(meta.runs);
const names = (sub: string) => readdirSync(path.join(dir, sub)).map((f) => f.replace(/\.json$/, ''));
const docs = names('tl')
  .map(Number)
  .sort((a, b) => a - b)
  .flatMap((b) => read<ResultDoc[]>(`tl/${b}`));

/** Pages of a section's records (subfolders with a page, list folders aside). */
function recordPages(section: string, lists: string[]): string[] {
  return readdirSync(path.join(dist, section), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !lists.includes(e.name) && existsSync(path.join(dist, section, e.name, 'index.html')))
    .map((e) => `/${section}/${e.name}/`);
}

describe('search index', () => {
  it('has one document per product, point, business, fair and post, leading to its page', () => {
    const urls = new Set(docs.map((d) => d.url));
    const expected = [
      ...recordPages('san-pham', ['trang', 'tinh', 'nhom']),
      ...recordPages('diem-ban', ['trang', 'tinh']),
      ...recordPages('doanh-nghiep', ['trang']),
      ...recordPages('hoi-cho', ['trang', 'tinh', 'loai', 'nam']),
      ...recordPages('tin-tuc', ['trang', 'the', 'lien-quan', 'chu-de']),
      ...recordPages('ke-hoach', ['trang', 'cap', 'nam', 'co-quan', 'trang-thai', 'tinh']),
    ];
    expect(expected.length).toBeGreaterThan(40);
    expect(expected.filter((u) => !urls.has(u))).toEqual([]);
  });

  it('links every result to a page the build has, and a task to its own row', () => {
    const missing = docs.filter((d) => !existsSync(path.join(dist, d.url.split('#')[0]!, 'index.html'))).map((d) => d.url);
    expect(missing).toEqual([]);
    for (const d of docs.filter((d) => d.url.includes('#'))) {
      const [page, anchor] = d.url.split('#');
      expect(readFileSync(path.join(dist, page!, 'index.html'), 'utf8'), d.url).toContain(`id="${anchor}"`);
    }
    expect(new Set(docs.map((d) => d.url + d.title)).size).toBe(docs.length);
  });

  it('counts documents the same in its runs and its blocks, every type present', () => {
    expect(facets.type.length).toBe(docs.length);
    expect(new Set(facets.type)).toEqual(new Set(SEARCH_TYPES.map((_, i) => i)));
  });

  it('lists every word in its vocabulary files, with the documents it names', () => {
    const vocabulary = read<Record<string, number>>('tu');
    expect(Object.keys(vocabulary).sort()).toEqual(names('t').sort());
    expect(meta.numberFiles.sort()).toEqual(names('so').sort());
    for (const key of names('t')) {
      expect(isLongNumber(key), key).toBe(false);
      const file = read<WordFile>(`t/${key}`);
      const ids = new Set<number>();
      for (const [spelling, fields] of Object.entries(file)) {
        expect(fold(spelling), `${key}: ${spelling}`).toBe(key);
        expect(fields.length).toBeLessThanOrEqual(FIELDS.length);
        for (const gaps of fields) for (const id of decodeIds(gaps)) ids.add(id);
      }
      expect(vocabulary[key], key).toBe(ids.size);
      expect(Math.max(...ids)).toBeLessThan(docs.length);
    }
  });

  it('keeps long numbers in their shards, tax codes included', () => {
    const shard = read<NumberFile>(`so/${numberFile('2001379641')}`);
    const ids = decodeIds(shard['2001379641'] ?? []);
    expect(ids.map((id) => docs[id]!.url)).toContain('/doanh-nghiep/thuy-san-dat-moi-phuong-nam/');
  });

  it('shows text as written: no result line holds a folded copy of one of its words', () => {
    const copies = docs.flatMap((d) => {
      const ws = [d.title, ...d.lines].join(' ').normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? [];
      const folded = new Set(ws.filter((w) => /[đĐ]/.test(w)).map(fold));
      return ws.filter((w) => /^[a-z]+$/.test(w) && folded.has(w)).map((w) => `${d.url}: ${w}`);
    });
    expect(copies).toEqual([]);
    for (const d of docs) expect([d.title, ...d.lines].every((t) => t === t.normalize('NFC')), d.url).toBe(true);
  });

  it('names old units with what they are now', () => {
    const withOld = docs.filter((d) => d.old?.length);
    expect(withOld.length).toBeGreaterThan(0);
    const gannhHao = docs.find((d) => d.url === '/san-pham/muoi-hot-ganh-hao/')!;
    expect(gannhHao.old).toContainEqual(['Bạc Liêu', 'Cà Mau']);
  });
});
