import { describe, expect, it } from 'vitest';
import { splitRecords } from '../../src/loaders/records.ts';
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
    expect(splitRecords('name: A\nname: B\n', '/x/a.yaml').errors[0]).toMatch(/cú pháp/);
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
