/**
 * The barcode check as built: every GTIN the content gives a product is in exactly the lookup file
 * its first seven digits name, pointing back at that product with what its page says (name,
 * producer, certificate dates, points, poster); the files carry dates, never a status (the
 * browser computes it); each file is small; the products export carries the numbers; and only the
 * barcode page's policy lets a script compile WebAssembly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stored } from './data-store.ts';
import type { BarcodeLookupFile } from '../../src/lib/barcode-lookup.ts';
import { gtinKey, isGtin, lookupBucket } from '../../src/lib/gtin.ts';
import { certificateValidUntil } from '../../src/lib/ocop.ts';

const dist = path.resolve('dist');
const folder = path.join(dist, 'kiem-tra-ma-vach', 'ma');


const files = new Map(
  readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.slice(0, -'.json'.length), { bytes: readFileSync(path.join(folder, f)).length, file: JSON.parse(readFileSync(path.join(folder, f), 'utf8')) as BarcodeLookupFile }]),
);
const products = stored('products');
const withGtin = [...products.values()].filter((p) => (p.data.gtin as string[] | undefined)?.length);

describe('the lookup files', () => {
  it('exist for the sample products that carry a GTIN', () => {
    expect(withGtin.length).toBeGreaterThanOrEqual(4);
    expect(files.size).toBeGreaterThan(0);
  });

  it('hold every GTIN of the content, found from the file of its first seven digits, and nothing else', () => {
    const expected = new Map<string, string>();
    for (const p of withGtin) for (const g of p.data.gtin as string[]) expected.set(gtinKey(g), p.id);
    const found = new Map<string, string>();
    for (const [name, { file }] of files) {
      if ('split' in file) continue;
      for (const [key, hit] of Object.entries(file.items)) {
        expect(key.length, key).toBe(14);
        expect(key.startsWith(name), key).toBe(true);
        expect(isGtin(hit.gtin), hit.gtin).toBe(true);
        expect(gtinKey(hit.gtin)).toBe(key);
        found.set(key, hit.id);
      }
    }
    expect(found).toEqual(expected);
    // As the page looks: the first file, then wherever a split leads.
    for (const key of expected.keys()) {
      let file = files.get(lookupBucket(key))?.file;
      while (file && 'split' in file) file = files.get(key.slice(0, file.split))?.file;
      expect(file && 'items' in file ? file.items[key]?.id : undefined, key).toBe(expected.get(key));
    }
  });

  it('show each product as its page does: name, producer, certificate dates (no status), poster', () => {
    const businesses = stored('businesses');
    for (const { file } of files.values()) {
      if ('split' in file) continue;
      for (const hit of Object.values(file.items)) {
        const d = products.get(hit.id)!.data as { name: string; business: { id: string }; sample: boolean; ocop?: { stars: number; decisionDate: string; validUntil?: string; revoked?: { date: string } } };
        expect(hit.name).toBe(d.name);
        expect(hit.href).toBe(`/san-pham/${hit.id}/`);
        expect(hit.poster).toBe(`/san-pham/${hit.id}/#ap-phich`);
        expect(hit.sample).toBe(d.sample);
        expect(hit.business).toEqual({ name: businesses.get(d.business.id)!.data.name, href: `/doanh-nghiep/${d.business.id}/` });
        if (d.ocop) {
          expect(hit.ocop?.stars).toBe(d.ocop.stars);
          expect(hit.ocop?.until).toBe(certificateValidUntil(d.ocop.decisionDate, d.ocop.validUntil));
          expect(hit.ocop?.revoked).toBe(d.ocop.revoked?.date);
        } else {
          expect(hit.ocop).toBeUndefined();
        }
        expect(JSON.stringify(hit)).not.toMatch(/"status"|:"(valid|expiring|expired|revoked)"/);
        for (const p of hit.points) expect(existsSync(path.join(dist, p.href, 'index.html')), p.href).toBe(true);
      }
    }
  });

  it('are small: a lookup downloads a few products, not the directory', () => {
    for (const [bucket, { bytes }] of files) expect(bytes, bucket).toBeLessThan(16 * 1024);
  });
});

describe('the products export', () => {
  it('carries each product’s GTINs, separated by spaces', () => {
    const json = JSON.parse(readFileSync(path.join(dist, 'du-lieu', 'san-pham.json'), 'utf8')) as { products: { id: string; gtin: string | null }[] };
    for (const row of json.products) {
      const gtin = products.get(row.id)!.data.gtin as string[] | undefined;
      expect(row.gtin, row.id).toBe(gtin?.length ? gtin.join(' ') : null);
    }
    expect(json.products.find((r) => r.id === 'mat-ong-hoa-ca-phe-hoa-da')?.gtin).toBe('8936045120019 8936045120026');
  });
});

describe('WebAssembly', () => {
  /** Every built page's policy (the `<meta>`), by its path. */
  function policies(dir = dist, prefix = '/'): [string, string][] {
    const out: [string, string][] = [];
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && !e.name.startsWith('_') && e.name !== 'admin') out.push(...policies(path.join(dir, e.name), `${prefix}${e.name}/`));
      else if (e.name === 'index.html') out.push([prefix, /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(path.join(dir, e.name), 'utf8'))?.[1] ?? '']);
    }
    return out;
  }

  it("is allowed on the barcode page only ('wasm-unsafe-eval'), and its file is the site's own", () => {
    const allowing = policies()
      .filter(([, policy]) => policy.includes("'wasm-unsafe-eval'"))
      .map(([p]) => p);
    expect(allowing).toEqual(['/kiem-tra-ma-vach/']);
    expect(readdirSync(path.join(dist, '_astro')).filter((f) => f.endsWith('.wasm')).length).toBeGreaterThan(0);
  });
});
