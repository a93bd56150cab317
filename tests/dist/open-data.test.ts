/**
 * The open data against its own field dictionaries, read from the build as a reuser would: the
 * catalogue (/du-lieu/catalog.json) lists every dataset with downloads that exist, the record
 * count they hold and the dictionary as a Table Schema; every CSV and JSON file has exactly the
 * dictionary's columns, in order, and every value fits its field's type; the /du-lieu/ page
 * prints each dataset's dictionary and the licence.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DATASETS, fieldNames, valueProblem, type Field } from '../../src/lib/open-data-dictionary.ts';

const dist = path.resolve('dist');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

interface CatalogDataset {
  identifier: string;
  title: string;
  description: string;
  modified: string;
  license?: string;
  recordCount: number;
  distribution: { downloadURL: string; mediaType: string; format: string }[];
  tableSchema?: { fields: { name: string; type: string; constraints: { required: boolean; enum?: string[] } }[] };
}
const catalog = JSON.parse(read('du-lieu/catalog.json')) as { '@type': string; conformsTo: string; dataset: CatalogDataset[] };
const site = new URL((JSON.parse(read('du-lieu/catalog.json')) as { landingPage: string }).landingPage);
/** A catalogue address as a file of the build. */
const fileOf = (url: string) => {
  const { pathname, origin } = new URL(url);
  expect(origin).toBe(site.origin);
  return path.join(dist, decodeURI(pathname));
};

/** The JSON file's rows. */
const jsonRows = (id: string, key: string) => (JSON.parse(read(`du-lieu/${id}.json`)) as Record<string, Record<string, unknown>[]>)[key]!;

describe('catalog.json', () => {
  it('is a DCAT catalogue listing every dataset of the dictionary, and the news feed', () => {
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog.dataset.map((d) => new URL(d.identifier).hash.slice(1))).toEqual([...DATASETS.map((d) => d.id), 'tin-tuc', 'thay-doi']);
  });

  it.each(DATASETS.map((d) => [d.id, d] as const))('%s: downloads that exist, its count, its dictionary as a Table Schema', (id, info) => {
    const entry = catalog.dataset.find((d) => d.identifier.endsWith(`#${id}`))!;
    for (const dist of entry.distribution) expect(existsSync(fileOf(dist.downloadURL)), dist.downloadURL).toBe(true);
    expect(entry.distribution.map((d) => d.format)).toEqual(expect.arrayContaining(info.formats.map((f) => ({ csv: 'CSV', json: 'JSON', geojson: 'GeoJSON' })[f])));
    expect(entry.recordCount).toBe(jsonRows(id, info.key).length);
    expect(entry.tableSchema!.fields.map((f) => f.name)).toEqual(fieldNames(info.fields));
    expect(entry.tableSchema!.fields.map((f) => f.type)).toEqual(info.fields.map((f) => f.type));
    expect(entry.modified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entry.license).toMatch(/^https:\/\//);
  });

  it('lists the news feed and the calendars as downloads too', () => {
    const urls = catalog.dataset.flatMap((d) => d.distribution.map((x) => new URL(x.downloadURL).pathname));
    expect(urls).toEqual(expect.arrayContaining(['/rss.xml', '/hoi-cho/lich.ics', '/nhiem-vu/lich.ics', '/du-lieu/thay-doi/', '/du-lieu/thay-doi.xml', '/du-lieu/thay-doi.json']));
    for (const url of urls) expect(existsSync(path.join(dist, url.endsWith('/') ? `${url}index.html` : url)), url).toBe(true);
  });
});

/** Every problem of a file's rows against the dictionary: "row 3, ocopStars: …". */
function problems(rows: Record<string, unknown>[], fields: readonly Field[]): string[] {
  const found: string[] = [];
  rows.forEach((row, i) => {
    for (const field of fields) {
      const problem = valueProblem(field, row[field.name]);
      if (problem) found.push(`dòng ${i + 1} (${String(row.id)}), ${field.name}: ${problem}`);
    }
  });
  return found;
}

describe.each(DATASETS.map((d) => [d.id, d] as const))('%s', (id, info) => {
  const rows = jsonRows(id, info.key);

  it('has rows, each id once', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('JSON: exactly the dictionary’s fields, in order, every value of its type', () => {
    for (const row of rows) expect(Object.keys(row)).toEqual(fieldNames(info.fields));
    expect(problems(rows, info.fields)).toEqual([]);
  });

  it('CSV: the dictionary’s columns as its header, the same rows as the JSON', () => {
    const csv = read(`du-lieu/${id}.csv`);
    const [header, ...body] = parseCsv(csv, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(header).toEqual(fieldNames(info.fields));
    expect(body.map((r) => r[0])).toEqual(rows.map((r) => r.id));
  });

  it.runIf(info.formats.includes('geojson'))('GeoJSON: one feature per row, at the row’s position', () => {
    const geo = JSON.parse(read(`du-lieu/${id}.geojson`)) as { features: { id: string; geometry: { coordinates: [number, number] } }[] };
    expect(geo.features.map((f) => f.id)).toEqual(rows.map((r) => r.id));
    geo.features.forEach((f, i) => expect(f.geometry.coordinates).toEqual([rows[i]!.lng, rows[i]!.lat]));
  });
});

describe('/du-lieu/', () => {
  const page = read('du-lieu/index.html');

  it('prints each dataset’s dictionary, every field named', () => {
    for (const info of DATASETS) {
      const at = page.indexOf(`id="tu-dien-${info.id}"`);
      expect(at, info.id).toBeGreaterThan(0);
      const table = page.slice(at, page.indexOf('</details>', at));
      for (const field of info.fields) expect(table, `${info.id}.${field.name}`).toContain(`<code>${field.name}</code>`);
    }
  });

  it('names the licence and links the catalogue', () => {
    expect(page).toContain('Giấy phép:');
    expect(page).toContain('href="/du-lieu/catalog.json"');
  });
});
