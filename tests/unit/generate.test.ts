/**
 * The national-scale generator: the same arguments give byte-identical files, and everything it
 * writes passes the same schemas and reference checks as hand-written content.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/generate.ts';
import { danglingReferences, type CheckedEntry } from '../../src/data/references.ts';
import { fairPhase } from '../../src/lib/fairs.ts';
import { certificateStatus } from '../../src/lib/ocop.ts';
import { splitRecords } from '../../src/loaders/records.ts';
import { businessSchema } from '../../src/schemas/business.ts';
import { fairSchema } from '../../src/schemas/fair.ts';
import { honorProgramSchema, honorSchema } from '../../src/schemas/honor.ts';
import { newsSchemaFor } from '../../src/schemas/news.ts';
import { pointSchema } from '../../src/schemas/point.ts';
import { productSchemaFor } from '../../src/schemas/product.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const image = () => z.string();
const DATA: Record<string, z.ZodType> = {
  points: pointSchema,
  products: productSchemaFor(image),
  businesses: businessSchema,
  'honor-programs': honorProgramSchema,
  honors: honorSchema,
};
const MDX: Record<string, z.ZodType> = { fairs: fairSchema, news: newsSchemaFor(image) };
const OPTIONS = { scale: 0.02, seed: 7, today: '2026-11-22' };

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

function treeHash(dir: string): Map<string, string> {
  return new Map(files(dir).map((f) => [f, createHash('sha1').update(readFileSync(path.join(dir, f))).digest('hex')]));
}

const first = mkdtempSync(path.join(tmpdir(), 'hangviet-gen-a-'));
const second = mkdtempSync(path.join(tmpdir(), 'hangviet-gen-b-'));
const parsed = new Map<string, { id: string; data: Record<string, unknown>; file: string }[]>();

beforeAll(async () => {
  await generate({ out: first, ...OPTIONS });
  await generate({ out: second, ...OPTIONS });
  for (const [collection, schema] of Object.entries(DATA)) {
    const list: { id: string; data: Record<string, unknown>; file: string }[] = [];
    for (const f of files(path.join(first, collection)).filter((f) => f.endsWith('.yaml'))) {
      const { records, errors } = splitRecords(readFileSync(path.join(first, collection, f), 'utf8'), f);
      expect(errors).toEqual([]);
      for (const r of records) list.push({ id: r.id!, data: schema.parse(r.data) as Record<string, unknown>, file: `${collection}/${f}` });
    }
    parsed.set(collection, list);
  }
  for (const [collection, schema] of Object.entries(MDX)) {
    const list = files(path.join(first, collection))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const source = readFileSync(path.join(first, collection, f), 'utf8');
        const front = /^---\n([\s\S]*?)\n---\n/.exec(source)![1]!;
        return { id: path.basename(f, '.mdx'), data: schema.parse(parseYaml(front)) as Record<string, unknown>, file: `${collection}/${f}` };
      });
    parsed.set(collection, list);
  }
}, 120_000);

describe('generate', () => {
  it('writes byte-identical files for the same arguments', () => {
    const a = treeHash(first);
    expect(a.size).toBeGreaterThan(50);
    expect(treeHash(second)).toEqual(a);
  });

  it('writes a valid site.yaml and records that pass the content schemas (parsed in beforeAll)', () => {
    expect(() => siteSchema.parse(parseYaml(readFileSync(path.join(first, 'site.yaml'), 'utf8')))).not.toThrow();
    for (const collection of [...Object.keys(DATA), ...Object.keys(MDX)]) expect(parsed.get(collection)!.length, collection).toBeGreaterThan(0);
  });

  it('uses unique ids and references that resolve', () => {
    const ids = new Map([...parsed].map(([c, list]) => [c, new Set(list.map((r) => r.id))]));
    for (const [c, list] of parsed) expect(ids.get(c)!.size, c).toBe(list.length);
    const entries: CheckedEntry[] = [...parsed].flatMap(([collection, list]) => list.map((r) => ({ collection, id: r.id, filePath: r.file, data: r.data })));
    expect(danglingReferences(entries, ids)).toEqual([]);
  });

  it('spreads certificate statuses and fair phases relative to --today', () => {
    const now = new Date(`${OPTIONS.today}T12:00:00+07:00`);
    const statuses = new Set(
      parsed
        .get('products')!
        .map((p) => p.data.ocop as { decisionDate: string; revoked?: { date: string } } | undefined)
        .filter((o) => o !== undefined)
        .map((o) => certificateStatus({ decisionDate: o.decisionDate, revokedDate: o.revoked?.date }, now)),
    );
    expect([...statuses].sort()).toEqual(['expired', 'expiring', 'revoked', 'valid']);
    const phases = new Set(parsed.get('fairs')!.map((f) => fairPhase(f.data as Parameters<typeof fairPhase>[0], now)));
    for (const phase of ['past', 'upcoming', 'cancelled'] as const) expect(phases).toContain(phase);
  });
});
