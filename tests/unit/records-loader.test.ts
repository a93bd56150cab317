import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { records, splitRecords } from '../../src/loaders/records.ts';
import { danglingReferences } from '../../src/data/references.ts';

describe('splitRecords', () => {
  it('takes the id of a single-record file from its name', () => {
    const { records, errors } = splitRecords('name: A\n', '/x/cho-a.yaml');
    expect(errors).toEqual([]);
    expect(records).toEqual([{ id: 'cho-a', data: { name: 'A' }, where: '' }]);
  });

  it('numbers the rows of a list with their line', () => {
    const { records } = splitRecords('- id: a\n  name: A\n- id: b\n  name: B\n', '/x/list.yaml');
    expect(records.map((r) => [r.id, r.where])).toEqual([
      ['a', 'mục 1, dòng 1'],
      ['b', 'mục 2, dòng 3'],
    ]);
  });

  it('merges shared fields into each entry of an honours list', () => {
    const { records } = splitRecords('program: p\nyear: 2025\nentries:\n  - id: a\n    business: b1\n  - id: b\n    business: b2\n', '/x/p-2025.yaml');
    expect(records.map((r) => r.data)).toEqual([
      { program: 'p', year: 2025, business: 'b1' },
      { program: 'p', year: 2025, business: 'b2' },
    ]);
    expect(records[1]!.where).toBe('mục 2, dòng 6');
  });

  it('keeps dates as written (YAML 1.2 core: no silent timestamp conversion)', () => {
    const { records } = splitRecords('date: 2023-02-01\nwhen: 01/02/2023\n', '/x/a.yaml');
    expect(records[0]!.data).toEqual({ date: '2023-02-01', when: '01/02/2023' });
  });

  it('reports YAML errors and duplicate keys instead of keeping the last value', () => {
    expect(splitRecords('name: A\nname: B\n', '/x/a.yaml').errors).toEqual(['dòng 2: một trường được ghi hai lần; hãy giữ một dòng và xóa dòng kia']);
    expect(splitRecords('- id: [\n', '/x/a.yaml').errors.length).toBeGreaterThan(0);
  });

  it('reads anchors and aliases through the thorough parser, which caps alias expansion', () => {
    const { records } = splitRecords('- id: a\n  address: &addr { street: Lê Lợi, commune: "26743", province: "79" }\n- id: b\n  address: *addr\n', '/x/list.yaml');
    expect(records.map((r) => r.data.address)).toEqual([
      { street: 'Lê Lợi', commune: '26743', province: '79' },
      { street: 'Lê Lợi', commune: '26743', province: '79' },
    ]);
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(',')}]`)].join('\n');
    expect(() => splitRecords(bomb, '/x/bomb.yaml')).toThrow();
  });

  it('gives the same records as the thorough parser for plain files, JSON included', () => {
    const { records } = splitRecords('[{"id": "a", "name": "Chợ A", "tags": ["x"]}, {"id": "b", "year": 2025, "ok": true, "none": null}]', '/x/list.json');
    expect(records.map((r) => [r.id, r.data, r.where])).toEqual([
      ['a', { name: 'Chợ A', tags: ['x'] }, 'mục 1, dòng 1'],
      ['b', { year: 2025, ok: true, none: null }, 'mục 2, dòng 1'],
    ]);
  });

  it('rejects rows that are not records', () => {
    expect(splitRecords('- 1\n- id: a\n', '/x/a.yaml').errors).toEqual(['mục 1, dòng 1: mỗi mục phải là một bản ghi (các cặp trường: giá trị)']);
  });
});

describe('danglingReferences', () => {
  const ids = new Map([
    ['businesses', new Set(['b1'])],
    ['products', new Set(['p1'])],
  ]);
  it('names the file, the field and the missing id', () => {
    const problems = danglingReferences(
      [
        { collection: 'products', id: 'p1', filePath: 'content/products/p.yaml', data: { business: { collection: 'businesses', id: 'b2' } } },
        { collection: 'points', id: 'x', filePath: 'content/points/x.yaml', data: { products: [{ collection: 'products', id: 'p1' }, { collection: 'products', id: 'p9' }] } },
      ],
      ids,
    );
    expect(problems).toEqual([
      'content/products/p.yaml (id "p1"), trường "business": không có bản ghi "b2" trong "businesses"; hãy sửa id hoặc thêm bản ghi đó',
      'content/points/x.yaml (id "x"), trường "products.1": không có bản ghi "p9" trong "products"; hãy sửa id hoặc thêm bản ghi đó',
    ]);
  });
  it('is empty when every reference resolves', () => {
    expect(danglingReferences([{ collection: 'products', id: 'p1', data: { business: { collection: 'businesses', id: 'b1' } } }], ids)).toEqual([]);
  });
});

/**
 * The loader against an in-memory store and meta store that live across loads, as Astro's data
 * store does between builds. `parseData` records which ids it validated; a row with `bad: true`
 * fails validation.
 */
function fakeSync(root: string) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string; digest?: string }>();
  const meta = new Map<string, string>();
  let validated: string[] = [];
  const context = {
    collection: 'points',
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown> }) => entries.set(entry.id, entry) && true,
      keys: () => [...entries.keys()],
      entries: () => [...entries],
      delete: (id: string) => entries.delete(id),
      has: (id: string) => entries.has(id),
    },
    meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => meta.set(k, v), has: (k: string) => meta.has(k), delete: (k: string) => meta.delete(k) },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      validated.push(id);
      if (data.bad) throw new Error('**name**: name: Invalid input');
      return data;
    },
    generateDigest: (d: unknown) => createHash('sha1').update(typeof d === 'string' ? d : JSON.stringify(d)).digest('hex'),
  } as unknown as LoaderContext;
  return {
    entries,
    /** Run one sync; the ids validated during it. */
    async load(): Promise<string[]> {
      validated = [];
      await records('points').load(context);
      return validated;
    },
  };
}

describe('records loader across syncs', () => {
  let root: string;
  const write = (name: string, body: string) => writeFileSync(path.join(root, 'content', 'points', name), body);
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'records-loader-'));
    process.env.HANGVIET_CONTENT = path.join(root, 'content');
    mkdirSync(path.join(root, 'content', 'points'), { recursive: true });
    write('a.yaml', '- id: a1\n  name: A1\n- id: a2\n  name: A2\n');
    write('b.yaml', '- id: b1\n  name: B1\n- id: b2\n  name: B2\n');
  });
  afterEach(() => {
    delete process.env.HANGVIET_CONTENT;
    rmSync(root, { recursive: true, force: true });
  });

  it('validates every row once, then only the changed rows of changed files', async () => {
    const sync = fakeSync(root);
    expect(await sync.load()).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(await sync.load()).toEqual([]);
    write('b.yaml', '- id: b1\n  name: B1\n- id: b2\n  name: B2 mới\n');
    expect(await sync.load()).toEqual(['b2']);
    expect(sync.entries.get('b2')?.data.name).toBe('B2 mới');
    expect([...sync.entries.keys()].sort()).toEqual(['a1', 'a2', 'b1', 'b2']);
  });

  it('keeps reporting a file with errors instead of remembering it as checked', async () => {
    write('b.yaml', '- id: b1\n  name: B1\n- id: b2\n  bad: true\n');
    const sync = fakeSync(root);
    await expect(sync.load()).rejects.toThrow(/content\/points\/b\.yaml \(mục 2, dòng 3\), id "b2": trường "name"/);
    await expect(sync.load()).rejects.toThrow(/content\/points\/b\.yaml \(mục 2, dòng 3\), id "b2": trường "name"/);
  });

  it('names the row of an unchanged file when a new file repeats one of its ids', async () => {
    const sync = fakeSync(root);
    await sync.load();
    // Sorted after a.yaml: the new row is the duplicate.
    write('c.yaml', '- id: c1\n  name: C1\n- id: a2\n  name: A2 lần nữa\n');
    await expect(sync.load()).rejects.toThrow('content/points/c.yaml (mục 2, dòng 3): id "a2" bị trùng với content/points/a.yaml (mục 2, dòng 3)');
    // Sorted before b.yaml: the unchanged file's row is the duplicate, and is named with its line.
    rmSync(path.join(root, 'content', 'points', 'c.yaml'));
    write('0.yaml', '- id: b2\n  name: B2 lần nữa\n');
    await expect(sync.load()).rejects.toThrow('content/points/b.yaml (mục 2, dòng 3): id "b2" bị trùng với content/points/0.yaml (mục 1, dòng 1)');
  });

  it('drops the records of a removed file', async () => {
    const sync = fakeSync(root);
    await sync.load();
    rmSync(path.join(root, 'content', 'points', 'a.yaml'));
    expect(await sync.load()).toEqual([]);
    expect([...sync.entries.keys()].sort()).toEqual(['b1', 'b2']);
  });
});
