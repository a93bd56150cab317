/**
 * Open data round trip (issue 17): this build's exports, imported back with
 * `npm run import -- --from dist/du-lieu/` into an empty content folder, give the records the
 * build stored — every business, product, point and award, field by field. Only what an export
 * cannot carry is left aside: a product's photo (a file) and, on the way back, the `source` the
 * import records. Imported again where those records are this site's own: nothing is copied.
 * Then the same ids beside different records: every one is renamed with the source's prefix and
 * every reference follows.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'devalue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { certificateValidUntil } from '../../src/lib/ocop.ts';
import { importFrom, type FederationReport } from '../../scripts/import/federation.ts';

const dist = path.resolve('dist');
const store = path.join(path.resolve(process.env.HANGVIET_CACHE_DIR ?? 'node_modules/.astro'), 'data-store.json');
type Entry = { id: string; data: Record<string, unknown> };
const maps = existsSync(store) ? (parse(readFileSync(store, 'utf8')) as Map<string, Map<string, Entry>>) : new Map<string, Map<string, Entry>>();
const stored = (collection: string) => [...(maps.get(collection)?.values() ?? [])];

/** A stored record as an export can say it: references as ids, defaults and the photo left out. */
function comparable(collection: string, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (v === undefined || k === 'image' || k === 'source' || (k === 'sample' && v === false)) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (collection === 'points' && k === 'status' && v === 'active') continue;
    if (v && typeof v === 'object' && 'collection' in v && 'id' in v) out[k] = (v as { id: string }).id;
    else if (Array.isArray(v)) out[k] = v.map((x) => (x && typeof x === 'object' && 'id' in x ? (x as { id: string }).id : x));
    else out[k] = v;
  }
  const ocop = out.ocop as { decisionDate: string; validUntil?: string } | undefined;
  if (ocop?.validUntil && ocop.validUntil === certificateValidUntil(ocop.decisionDate)) {
    const { validUntil: _, ...rest } = ocop;
    out.ocop = rest;
  }
  return out;
}

describe('export, then import: the same records', () => {
  let work: string;
  let report: FederationReport;
  const previous = process.env.HANGVIET_CONTENT;
  const imported = (collection: string) => {
    const file = path.join(work, 'content', collection, 'lien-thong-hangviet-example-vn.yaml');
    return (parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>[]).map(({ id, source: _, ...data }) => [id as string, data] as const);
  };

  beforeAll(async () => {
    expect(existsSync(store) && existsSync(dist), `needs a build: ${store} and dist/`).toBe(true);
    work = mkdtempSync(path.join(tmpdir(), 'hangviet-round-trip-'));
    // Awards name their programme: this site has the same programmes (stubs: the import reads ids and names).
    mkdirSync(path.join(work, 'content', 'honor-programs'), { recursive: true });
    for (const p of stored('honor-programs')) writeFileSync(path.join(work, 'content', 'honor-programs', `${p.id}.yaml`), `name: ${JSON.stringify(p.data.name)}\n`);
    process.env.HANGVIET_CONTENT = path.join(work, 'content');
    report = await importFrom(path.join(dist, 'du-lieu'), { dryRun: false });
  });

  afterAll(() => {
    if (previous === undefined) delete process.env.HANGVIET_CONTENT;
    else process.env.HANGVIET_CONTENT = previous;
    rmSync(work, { recursive: true, force: true });
  });

  it.each(['businesses', 'products', 'points', 'honors'])('%s: every record back, nothing refused, nothing renamed', (collection) => {
    const c = report.collections[collection]!;
    expect(c.rejected).toEqual([]);
    expect(c.renamed).toEqual([]);
    const back = new Map(imported(collection));
    const original = stored(collection);
    expect([...back.keys()].sort()).toEqual(original.map((e) => e.id).sort());
    for (const e of original) expect(back.get(e.id), `${collection}/${e.id}`).toEqual(comparable(collection, e.data));
  });

  it('records the source: the committee and the record’s page', () => {
    const [first] = parseYaml(readFileSync(path.join(work, 'content', 'points', 'lien-thong-hangviet-example-vn.yaml'), 'utf8')) as { id: string; source: { committee: string; url: string } }[];
    expect(first!.source.committee).toBe(report.committee);
    expect(first!.source.url).toBe(`https://hangviet.example.vn/diem-ban/${first!.id}/`);
  });

  it('finds the records this site already has (same tax code, name and business, name and address, award) and copies none of them', async () => {
    const content = path.join(work, 'content');
    for (const collection of ['businesses', 'products', 'points', 'honors']) {
      // The records brought in above, now as this site's own file.
      const file = path.join(content, collection, 'lien-thong-hangviet-example-vn.yaml');
      writeFileSync(path.join(content, collection, 'rieng.yaml'), readFileSync(file, 'utf8'));
      rmSync(file);
    }
    const again = await importFrom(path.join(dist, 'du-lieu'), { dryRun: false });
    for (const collection of ['businesses', 'products', 'points', 'honors']) {
      const c = again.collections[collection]!;
      expect(c.accepted, collection).toBe(0);
      expect(c.sameAs.map((x) => x.id).sort(), collection).toEqual(stored(collection).map((e) => e.id).sort());
      expect(existsSync(path.join(content, collection, 'lien-thong-hangviet-example-vn.yaml')), collection).toBe(false);
    }
  });

  it('imported beside the same records, renames every clashing id and follows it in references', async () => {
    const beside = mkdtempSync(path.join(tmpdir(), 'hangviet-federation-'));
    try {
      const content = path.join(beside, 'content');
      mkdirSync(path.join(content, 'honor-programs'), { recursive: true });
      for (const p of stored('honor-programs')) writeFileSync(path.join(content, 'honor-programs', `${p.id}.yaml`), `name: ${JSON.stringify(p.data.name)}\n`);
      // This site's own products and points under the same ids (businesses left out, so theirs are copied).
      for (const collection of ['products', 'points']) {
        mkdirSync(path.join(content, collection), { recursive: true });
        writeFileSync(path.join(content, collection, 'rieng.yaml'), stored(collection).map((e) => `- id: ${e.id}\n  name: Riêng ${e.id}\n`).join(''));
      }
      process.env.HANGVIET_CONTENT = content;
      const again = await importFrom(path.join(dist, 'du-lieu'), { dryRun: false });
      expect(again.collections.products!.renamed).toHaveLength(stored('products').length);
      expect(again.collections.businesses!.renamed).toEqual([]);
      const points = parseYaml(readFileSync(path.join(content, 'points', 'lien-thong-hangviet-example-vn.yaml'), 'utf8')) as { id: string; products?: string[] }[];
      expect(points.every((p) => p.id.startsWith('hangviet-example-vn-'))).toBe(true);
      const stocked = points.flatMap((p) => p.products ?? []);
      expect(stocked.length).toBeGreaterThan(0);
      expect(stocked.every((id) => id.startsWith('hangviet-example-vn-'))).toBe(true);
    } finally {
      process.env.HANGVIET_CONTENT = path.join(work, 'content');
      rmSync(beside, { recursive: true, force: true });
    }
  });
});
