import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvChunks, geoJsonChunks, jsonChunks, toCsv, toGeoJson } from '../../src/lib/exports.ts';
import { fromSpreadsheetSafe } from '../../src/lib/spreadsheet-cell.ts';

describe('CSV', () => {
  it.each([
    ['Chợ Bến Thành', 'Chợ Bến Thành'],
    ['a, b', '"a, b"'],
    ['nói "hàng Việt"', '"nói ""hàng Việt"""'],
    ['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    [null, ''],
    [90, '90'],
    [true, 'true'],
    [false, 'false'],
    // Text a spreadsheet would run as a formula is guarded; a number is a number.
    ['=1+1', `'=1+1`],
    ['-5', `'-5`],
    [-5, '-5'],
  ])('writes %j as %s (RFC 4180 quoting)', (value, expected) => {
    expect(toCsv([{ v: value }], ['v'])).toBe(`\uFEFFv\r\n${expected}\r\n`);
  });

  it('starts with a BOM, has a header and CRLF lines, in the order of the columns given', () => {
    const csv = toCsv([{ name: 'Đà Nẵng', id: 'a' }, { id: 'b', name: null }], ['id', 'name']);
    expect(csv).toBe('\uFEFFid,name\r\na,Đà Nẵng\r\nb,\r\n');
  });

  it('parses back to the same values with a CSV parser, a formula once its apostrophe is taken off', () => {
    const rows = [
      { id: 'a', name: '<img src=x> "Hàng Việt", loại 1\r\ndòng hai', stars: 4 },
      { id: 'b', name: '=1+1', stars: null },
    ];
    const csv = toCsv(rows, ['id', 'name', 'stars']);
    const raw = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(raw.map((r) => r.name)).toEqual([rows[0]!.name, `'=1+1`]);
    const parsed = parse(csv, { bom: true, columns: true, cast: (value) => fromSpreadsheetSafe(value) }) as Record<string, string>[];
    expect(parsed).toEqual([
      { id: 'a', name: rows[0]!.name, stars: '4' },
      { id: 'b', name: '=1+1', stars: '' },
    ]);
  });
});

describe('GeoJSON', () => {
  it('writes [longitude, latitude] and keeps the id', () => {
    const doc = JSON.parse(toGeoJson([{ id: 'cho-a', name: 'A', lat: 10.77, lng: 106.7 }]));
    expect(doc).toEqual({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'cho-a', geometry: { type: 'Point', coordinates: [106.7, 10.77] }, properties: { id: 'cho-a', name: 'A' } }],
    });
  });
});

describe('exports written in pieces', () => {
  const rows = Array.from({ length: 7 }, (_, i) => ({
    id: `diem-${i}`,
    name: i === 3 ? 'Chợ "Đà Lạt", khu A\r\ndòng hai' : `Điểm bán số ${i}`,
    stars: i % 2 ? i : null,
    open: i % 3 === 0,
    lat: 10 + i / 10,
    lng: 106 + i / 10,
  }));
  const join = (pieces: Iterable<string>) => [...pieces].join('');

  it.each([1, 2, 3, 7, 100])('pieces of %i records join into the file written whole', (size) => {
    const columns = ['id', 'name', 'stars', 'open'];
    const whole = join(csvChunks(rows, columns, rows.length));
    expect(whole.startsWith('\uFEFFid,name,stars,open\r\n')).toBe(true);
    expect(join(csvChunks(rows, columns, size))).toBe(whole);
    expect(join(jsonChunks({ asOf: '2026-12-03', note: 'ghi chú' }, 'products', rows, size))).toBe(
      JSON.stringify({ asOf: '2026-12-03', note: 'ghi chú', products: rows }),
    );
    expect(join(jsonChunks({}, 'points', rows, size))).toBe(JSON.stringify({ points: rows }));
    expect(JSON.parse(join(geoJsonChunks(rows, size)))).toEqual(JSON.parse(toGeoJson(rows)));
    expect(join(geoJsonChunks(rows, size))).toBe(join(geoJsonChunks(rows, rows.length)));
    // A piece never holds more than its records (the point of writing in pieces).
    expect(Math.max(...[...jsonChunks({}, 'points', rows, size)].map((p) => p.length))).toBeLessThanOrEqual(
      Math.max(20, ...rows.map((r) => JSON.stringify(r).length + 2)) * size,
    );
  });

  it('writes an empty export as the whole file would be', () => {
    expect(join(csvChunks([], ['id', 'name']))).toBe('\uFEFFid,name\r\n');
    expect(join(jsonChunks({ note: 'x' }, 'products', []))).toBe(JSON.stringify({ note: 'x', products: [] }));
    expect(JSON.parse(toGeoJson([]))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
