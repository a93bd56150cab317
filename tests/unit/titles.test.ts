/**
 * Page titles of records that share a name: each row is a set of records (name and what tells it
 * apart: producer, province, commune) and the titles their pages must carry.
 */
import { describe, expect, it } from 'vitest';
import { distinctTitles, type TitledRecord } from '../../src/lib/titles.ts';

const r = (id: string, name: string, ...qualifiers: (string | undefined)[]): TitledRecord => ({ id, name, qualifiers });

describe('titles of same-named records', () => {
  it.each<[string, TitledRecord[], Record<string, string>]>([
    ['a name no other record carries stays short', [r('a', 'Giò lụa Thiên Phú', 'Công ty A', 'Đồng Nai', 'xã Tân Phú'), r('b', 'Chả quế', 'Công ty A', 'Đồng Nai', 'xã Tân Phú')], { a: 'Giò lụa Thiên Phú', b: 'Chả quế' }],
    [
      'two producers of one name: the producer',
      [r('a', 'Giò lụa Thiên Phú', 'Công ty A', 'Đồng Nai', 'xã Tân Phú'), r('b', 'Giò lụa Thiên Phú', 'Hộ kinh doanh B', 'Đồng Nai', 'xã Tân Phú')],
      { a: 'Giò lụa Thiên Phú – Công ty A', b: 'Giò lụa Thiên Phú – Hộ kinh doanh B' },
    ],
    [
      'one producer twice in one province: the commune, without what they share',
      [r('a', 'Mật ong', 'HTX Ong Vàng', 'Đồng Nai', 'xã Tân Phú'), r('b', 'Mật ong', 'HTX Ong Vàng', 'Đồng Nai', 'xã Phú Lý')],
      { a: 'Mật ong – xã Tân Phú', b: 'Mật ong – xã Phú Lý' },
    ],
    [
      'namesake producers: the producer and the province',
      [r('a', 'Trà sen', 'HTX Tân Phú', 'Đồng Nai', 'xã Tân Phú'), r('b', 'Trà sen', 'HTX Tân Phú', 'Tây Ninh', 'xã Tân Phú'), r('c', 'Trà sen', 'Công ty C', 'Tây Ninh', 'xã Tân Phú')],
      { a: 'Trà sen – HTX Tân Phú, Đồng Nai', b: 'Trà sen – HTX Tân Phú, Tây Ninh', c: 'Trà sen – Công ty C, Tây Ninh' },
    ],
    [
      'a place unknown for one of them',
      [r('a', 'Cửa hàng OCOP', 'Đồng Nai', undefined), r('b', 'Cửa hàng OCOP', 'Đồng Nai', 'xã Tân Phú')],
      { a: 'Cửa hàng OCOP', b: 'Cửa hàng OCOP – xã Tân Phú' },
    ],
    [
      'nothing tells them apart: numbered by id',
      [r('b', 'Nước mắm', 'Công ty A', 'xã X'), r('a', 'Nước mắm', 'Công ty A', 'xã X'), r('c', 'Nước mắm', 'Công ty B', 'xã X')],
      { a: 'Nước mắm – Công ty A (1)', b: 'Nước mắm – Công ty A (2)', c: 'Nước mắm – Công ty B' },
    ],
    [
      'no qualifiers at all',
      [r('a', 'Phiên chợ'), r('b', 'Phiên chợ')],
      { a: 'Phiên chợ (1)', b: 'Phiên chợ (2)' },
    ],
    [
      'names that differ only in case, spacing or Unicode form are the same name',
      [r('a', 'Giò lụa  Thiên Phú', 'Công ty A'), r('b', 'giò lụa Thiên Phú', 'Công ty B'), r('c', 'Gio\u0300 lụa Thiên Phú', 'Công ty C')],
      { a: 'Giò lụa  Thiên Phú – Công ty A', b: 'giò lụa Thiên Phú – Công ty B', c: 'Gio\u0300 lụa Thiên Phú – Công ty C' },
    ],
  ])('%s', (_name, records, expected) => {
    expect(Object.fromEntries(distinctTitles(records))).toEqual(expected);
  });

  it('gives every record of a large set a title of its own', () => {
    const records = Array.from({ length: 60 }, (_, i) => r(`p${i}`, `Sản phẩm ${i % 7}`, `Cơ sở ${i % 5}`, `Tỉnh ${i % 2}`, `xã ${i % 3}`));
    const titles = [...distinctTitles(records).values()];
    expect(titles).toHaveLength(60);
    expect(new Set(titles).size).toBe(60);
  });
});
