import { describe, expect, it } from 'vitest';
import { csvField, toCsv, toGeoJson } from '../../src/lib/exports.ts';

describe('CSV', () => {
  it.each([
    ['Chợ Bến Thành', 'Chợ Bến Thành'],
    ['a, b', '"a, b"'],
    ['nói "hàng Việt"', '"nói ""hàng Việt"""'],
    ['dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    [null, ''],
    [90, '90'],
  ])('quotes %j as %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('starts with a BOM, has a header and CRLF lines', () => {
    const csv = toCsv([{ id: 'a', name: 'Đà Nẵng' }, { id: 'b', name: null }], ['id', 'name']);
    expect(csv).toBe('\uFEFFid,name\r\na,Đà Nẵng\r\nb,\r\n');
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
