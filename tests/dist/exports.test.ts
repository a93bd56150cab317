/**
 * The open-data exports, read from the build as a consumer would: CSV parsed with a real CSV
 * parser, JSON parsed, both compared with each other, with the pages and with the content the
 * build stored (every id, the fields copied from the records, the sample flag), and the products'
 * certificate status recomputed from the dates the export carries.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { stored } from './data-store.ts';
import { startOfLocalDay } from '../../src/lib/dates.ts';
import { certificateStatus, certificateValidUntil } from '../../src/lib/ocop.ts';
import { fromSpreadsheetSafe } from '../../src/lib/spreadsheet-cell.ts';

const dist = path.resolve('dist');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
/** The ids of a section's record pages (`/san-pham/<id>/`), list pages left out. */
const recordPages = (section: string, lists: string[]) =>
  readdirSync(path.join(dist, section), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !lists.includes(e.name))
    .map((e) => e.name)
    .sort();
const pointPages = recordPages('diem-ban', ['tinh']);

/**
 * A CSV file's rows as objects, parsed by csv-parse (RFC 4180; the BOM must be there and is
 * dropped), each text a spreadsheet would run read without the apostrophe that guards it.
 */
function csvRows(csv: string): Record<string, string>[] {
  expect(csv.charCodeAt(0), 'UTF-8 byte-order mark').toBe(0xfeff);
  return parseCsv(csv, { bom: true, columns: true, record_delimiter: '\r\n', cast: (value) => fromSpreadsheetSafe(value) }) as Record<string, string>[];
}

/** A JSON export row as its CSV row reads: null empty, numbers and booleans as text. */
const asCsv = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)]));

const ref = (value: unknown) => (value as { id: string } | undefined)?.id ?? '';

describe('diem-ban.geojson', () => {
  const doc = JSON.parse(read('du-lieu/diem-ban.geojson')) as {
    type: string;
    features: { id: string; geometry: { type: string; coordinates: [number, number] }; properties: Record<string, unknown> }[];
  };

  it('has one feature per point page, with the page id', () => {
    expect(doc.type).toBe('FeatureCollection');
    expect(doc.features.map((f) => f.id).sort()).toEqual(pointPages);
  });

  it('gives positions as [longitude, latitude] inside Vietnam', () => {
    for (const f of doc.features) {
      const [lng, lat] = f.geometry.coordinates;
      expect(f.geometry.type).toBe('Point');
      expect(lng, f.id).toBeGreaterThanOrEqual(102);
      expect(lng, f.id).toBeLessThanOrEqual(117.9);
      expect(lat, f.id).toBeGreaterThanOrEqual(6);
      expect(lat, f.id).toBeLessThanOrEqual(23.5);
    }
  });

  it('keeps a name that looks like HTML as plain text', () => {
    expect(doc.features.some((f) => String(f.properties.name).startsWith('<img src=x onerror=alert(1)>'))).toBe(true);
  });
});

describe('diem-ban.csv', () => {
  const csv = read('du-lieu/diem-ban.csv');
  it('starts with a UTF-8 BOM, has a row per point and parses back to the JSON export', () => {
    expect(csv.startsWith('\uFEFFid,url,name,')).toBe(true);
    const rows = csvRows(csv);
    expect(rows.map((r) => r.id).sort()).toEqual(pointPages);
    const { points } = JSON.parse(read('du-lieu/diem-ban.json')) as { points: Record<string, unknown>[] };
    expect(rows).toEqual(points.map(asCsv));
  });
});

describe('diem-ban.json', () => {
  it('lists the same points with their coordinates', () => {
    const { points } = JSON.parse(read('du-lieu/diem-ban.json')) as { points: { id: string; lat: number; lng: number }[] };
    expect(points.map((p) => p.id).sort()).toEqual(pointPages);
  });
});

/** A table export in both formats, parsed: the CSV must say exactly what the JSON says. */
function table(dataset: string, key: string) {
  const json = JSON.parse(read(`du-lieu/${dataset}.json`)) as Record<string, unknown>;
  const rows = csvRows(read(`du-lieu/${dataset}.csv`));
  return { json, rows, records: json[key] as Record<string, unknown>[] };
}

describe('san-pham.csv and san-pham.json', () => {
  const { json, rows, records } = table('san-pham', 'products');
  const content = stored('products');

  it('have one row per product page and per stored product, with the same content in both formats', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(recordPages('san-pham', ['trang', 'nhom', 'tinh']));
    expect(rows.map((r) => r.id).sort()).toEqual([...content.keys()].sort());
    expect(rows).toEqual(records.map(asCsv));
  });

  it('copy each product and its certificate from the content, sample flag included', () => {
    for (const row of rows) {
      const d = content.get(row.id!)!.data as { name: string; business: unknown; sample: boolean; ocop?: { stars: number; decisionNumber: string; decisionDate: string; revoked?: { date: string } } };
      expect(row.name, row.id).toBe(d.name);
      expect(row.business, row.id).toBe(ref(d.business));
      expect(row.sample, row.id).toBe(String(d.sample));
      expect(row.url, row.id).toMatch(new RegExp(`/san-pham/${row.id}/$`));
      expect(row.ocopStars, row.id).toBe(d.ocop ? String(d.ocop.stars) : '');
      expect(row.ocopDecisionNumber, row.id).toBe(d.ocop?.decisionNumber ?? '');
      expect(row.ocopDecisionDate, row.id).toBe(d.ocop?.decisionDate ?? '');
      expect(row.ocopRevokedDate, row.id).toBe(d.ocop?.revoked?.date ?? '');
    }
    expect(rows.some((r) => r.sample === 'true')).toBe(true);
  });

  it('give the status as of the build day, which the dates in the row recompute', () => {
    const asOf = json.statusAsOf as string;
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.note).toContain(asOf);
    const certified = rows.filter((r) => r.ocopDecisionDate);
    expect(certified.length).toBeGreaterThan(0);
    // The sample content has every status; an export that lost one would hide it.
    expect(new Set(certified.map((r) => r.ocopStatus))).toEqual(new Set(['valid', 'expiring', 'expired', 'revoked']));
    for (const r of certified) {
      expect(r.ocopStatusAsOf, r.id).toBe(asOf);
      expect(r.ocopValidUntil, r.id).toBe(certificateValidUntil(r.ocopDecisionDate!));
      expect(r.ocopStatus, r.id).toBe(certificateStatus({ decisionDate: r.ocopDecisionDate!, revokedDate: r.ocopRevokedDate || undefined }, startOfLocalDay(asOf)));
    }
    for (const r of rows.filter((x) => !x.ocopDecisionDate)) expect([r.ocopStatus, r.ocopStatusAsOf, r.ocopValidUntil], r.id).toEqual(['', '', '']);
  });
});

describe('doanh-nghiep.csv and doanh-nghiep.json', () => {
  const { rows, records } = table('doanh-nghiep', 'businesses');
  const content = stored('businesses');

  it('have one row per business page and stored business, the same in both formats', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(recordPages('doanh-nghiep', ['trang']));
    expect(rows.map((r) => r.id).sort()).toEqual([...content.keys()].sort());
    expect(rows).toEqual(records.map(asCsv));
  });

  it('copy name, kind, tax code (leading zeros kept) and sample flag from the content', () => {
    for (const row of rows) {
      const d = content.get(row.id!)!.data as { name: string; kind: string; taxCode: string; sample: boolean };
      expect([row.name, row.kind, row.taxCode, row.sample], row.id).toEqual([d.name, d.kind, d.taxCode, String(d.sample)]);
    }
    expect(rows.some((r) => r.taxCode!.startsWith('0'))).toBe(true);
  });
});

describe('ton-vinh.csv and ton-vinh.json', () => {
  const { rows, records } = table('ton-vinh', 'honors');
  const content = stored('honors');

  it('have one row per stored award, the same in both formats', () => {
    expect(rows.map((r) => r.id).sort()).toEqual([...content.keys()].sort());
    expect(rows).toEqual(records.map(asCsv));
  });

  it('copy programme, year, business, product, decision and sample flag from the content, and link to a built list', () => {
    for (const row of rows) {
      const d = content.get(row.id!)!.data as { program: unknown; year: number; business: unknown; product?: unknown; decisionNumber: string; decisionDate: string; sample: boolean };
      expect([row.program, row.year, row.business, row.product, row.decisionNumber, row.decisionDate, row.sample], row.id).toEqual([
        ref(d.program), String(d.year), ref(d.business), ref(d.product), d.decisionNumber, d.decisionDate, String(d.sample),
      ]);
      expect(existsSync(path.join(dist, new URL(row.url!).pathname, 'index.html')), row.url).toBe(true);
    }
  });
});

describe('/du-lieu/ lists every export', () => {
  it.each(['diem-ban.geojson', 'diem-ban.csv', 'diem-ban.json', 'san-pham.csv', 'san-pham.json', 'doanh-nghiep.csv', 'doanh-nghiep.json', 'ton-vinh.csv', 'ton-vinh.json'])('%s', (file) => {
    expect(read('du-lieu/index.html')).toContain(`href="/du-lieu/${file}"`);
  });
});
