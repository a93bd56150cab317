/**
 * The national-scale generator: the same arguments give byte-identical files, and everything it
 * writes passes the same schemas and reference checks as hand-written content.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/generate.ts';
import { generateBusinesses } from '../../scripts/generate/businesses.ts';
import { createContext } from '../../scripts/generate/context.ts';
import { markdownDocument } from '../../scripts/generate/documents.ts';
import { generateFairs } from '../../scripts/generate/fairs.ts';
import { danglingReferences, type CheckedEntry } from '../../src/data/references.ts';
import { fairPhase } from '../../src/lib/fairs.ts';
import { certificateStatus } from '../../src/lib/ocop.ts';
import { splitRecords } from '../../src/loaders/records.ts';
import { businessSchema } from '../../src/schemas/business.ts';
import { fairSchema } from '../../src/schemas/fair.ts';
import { honorProgramSchema, honorSchema } from '../../src/schemas/honor.ts';
import { newsSchemaFor } from '../../src/schemas/news.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { pointSchema } from '../../src/schemas/point.ts';
import { productSchemaFor } from '../../src/schemas/product.ts';
import { siteSchema } from '../../src/schemas/site.ts';

/** image() stub: the path itself; that the file exists is checked separately. */
const image = () => z.string();
const DATA: Record<string, z.ZodType> = {
  points: pointSchema,
  products: productSchemaFor(image),
  businesses: businessSchema,
  'honor-programs': honorProgramSchema,
  honors: honorSchema,
};
const MDX: Record<string, z.ZodType> = { fairs: fairSchema, news: newsSchemaFor(image), plans: planSchema, pages: pageSchema };
/** Copied from content/ (real documents), not generated: not marked as samples, may be absent. */
const COPIED = new Set(['plans', 'pages']);
const OPTIONS = { scale: 0.02, seed: 7, today: '2026-11-22' };

interface Parsed {
  id: string;
  /** Output of the schema. */
  data: Record<string, unknown>;
  /** Input, as written in the file. */
  raw: Record<string, unknown>;
  /** Path relative to the output folder. */
  file: string;
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

function treeHash(dir: string): Map<string, string> {
  return new Map(files(dir).map((f) => [f, createHash('sha1').update(readFileSync(path.join(dir, f))).digest('hex')]));
}

/** Files the loaders read: examples ("_…") and hidden files are skipped, as in content/. */
const loaded = (f: string) => !path.basename(f).startsWith('_') && !path.basename(f).startsWith('.');

const first = mkdtempSync(path.join(tmpdir(), 'hangviet-gen-a-'));
const second = mkdtempSync(path.join(tmpdir(), 'hangviet-gen-b-'));
const parsed = new Map<string, Parsed[]>();
const schemaProblems: string[] = [];

function check(schema: z.ZodType, id: string, raw: Record<string, unknown>, file: string, list: Parsed[]): void {
  const result = schema.safeParse(raw);
  if (result.success) list.push({ id, data: result.data as Record<string, unknown>, raw, file });
  else schemaProblems.push(`${file} (id "${id}"): ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
}

beforeAll(async () => {
  await generate({ out: first, ...OPTIONS });
  await generate({ out: second, ...OPTIONS });
  for (const [collection, schema] of Object.entries(DATA)) {
    const list: Parsed[] = [];
    for (const f of files(path.join(first, collection)).filter((f) => /\.(ya?ml|json)$/.test(f) && loaded(f))) {
      const { records, errors } = splitRecords(readFileSync(path.join(first, collection, f), 'utf8'), f);
      expect(errors, `${collection}/${f}`).toEqual([]);
      for (const r of records) check(schema, r.id!, r.data, `${collection}/${f}`, list);
    }
    parsed.set(collection, list);
  }
  for (const [collection, schema] of Object.entries(MDX)) {
    const list: Parsed[] = [];
    for (const f of files(path.join(first, collection)).filter((f) => /\.mdx?$/.test(f) && loaded(f))) {
      const source = readFileSync(path.join(first, collection, f), 'utf8');
      const front = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1];
      if (front === undefined) {
        schemaProblems.push(`${collection}/${f}: no frontmatter`);
        continue;
      }
      check(schema, path.basename(f).replace(/\.mdx?$/, ''), parseYaml(front) as Record<string, unknown>, `${collection}/${f}`, list);
    }
    parsed.set(collection, list);
  }
}, 120_000);

afterAll(() => {
  for (const dir of [first, second]) rmSync(dir, { recursive: true, force: true });
});

describe('generate', () => {
  it('writes byte-identical files for the same arguments, images included', () => {
    const a = treeHash(first);
    expect(a.size).toBeGreaterThan(50);
    expect([...a.keys()].filter((f) => f.endsWith('.jpg')).length).toBeGreaterThan(5);
    expect(treeHash(second)).toEqual(a);
  });

  it('writes a valid site.yaml and records that pass the content schemas (parsed in beforeAll)', () => {
    expect(() => siteSchema.parse(parseYaml(readFileSync(path.join(first, 'site.yaml'), 'utf8')))).not.toThrow();
    expect(schemaProblems).toEqual([]);
    for (const collection of [...Object.keys(DATA), ...Object.keys(MDX)]) {
      if (!COPIED.has(collection)) expect(parsed.get(collection)!.length, collection).toBeGreaterThan(0);
    }
  });

  it('scales every count, with at least one of each', () => {
    const n = (c: string) => parsed.get(c)!.length;
    expect(n('products')).toBe(Math.round(15000 * OPTIONS.scale));
    expect(n('points')).toBe(Math.round(5000 * OPTIONS.scale));
    expect(n('businesses')).toBe(Math.round(3000 * OPTIONS.scale));
    expect(n('honors')).toBe(Math.round(6000 * OPTIONS.scale));
    expect(n('fairs')).toBe(Math.round(600 * OPTIONS.scale));
    expect(n('news')).toBe(Math.round(1000 * OPTIONS.scale));
  });

  it('marks every generated record as sample data and stores text in NFC', () => {
    for (const [collection, list] of parsed) {
      if (COPIED.has(collection)) continue;
      for (const r of list) expect(r.data.sample, `${r.file} ${r.id}`).toBe(true);
    }
    for (const f of files(first).filter((f) => /\.(ya?ml|mdx?)$/.test(f))) {
      const text = readFileSync(path.join(first, f), 'utf8');
      expect(text === text.normalize('NFC'), f).toBe(true);
    }
  });

  it('uses unique ids and references that resolve', () => {
    const ids = new Map([...parsed].map(([c, list]) => [c, new Set(list.map((r) => r.id))]));
    for (const [c, list] of parsed) expect(ids.get(c)!.size, c).toBe(list.length);
    const entries: CheckedEntry[] = [...parsed].flatMap(([collection, list]) => list.map((r) => ({ collection, id: r.id, filePath: r.file, data: r.data })));
    expect(danglingReferences(entries, ids)).toEqual([]);
  });

  it('points every image at a file beside the entry', () => {
    const missing: string[] = [];
    let count = 0;
    for (const collection of ['products', 'news']) {
      for (const r of parsed.get(collection)!) {
        const src = (r.raw.image ?? r.raw.cover) as { src: string } | undefined;
        if (!src) continue;
        count++;
        if (!existsSync(path.resolve(first, path.dirname(r.file), src.src))) missing.push(`${r.file} ${r.id}: ${src.src}`);
      }
    }
    expect(missing).toEqual([]);
    expect(count).toBeGreaterThan(parsed.get('news')!.length);
  });

  it('honours a product only together with the business that makes it', () => {
    const maker = new Map(parsed.get('products')!.map((p) => [p.id, p.raw.business]));
    for (const h of parsed.get('honors')!.filter((h) => h.raw.product)) expect(h.raw.business, h.id).toBe(maker.get(h.raw.product as string));
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
    const phases = new Set(parsed.get('fairs')!.map((f) => fairPhase(fairSchema.parse(f.raw), now)));
    expect([...phases].sort()).toEqual(['cancelled', 'ongoing', 'past', 'postponed', 'upcoming']);
  });

  it('places points and fair venues near the other positions of their province', () => {
    const positions = [
      ...parsed.get('points')!.map((p) => ({ id: p.id, province: (p.data.address as { province: string }).province, geo: p.data.geo as { lat: number; lng: number } })),
      ...parsed.get('fairs')!.map((f) => {
        const venue = f.data.venue as { address: { province: string }; geo: { lat: number; lng: number } };
        return { id: f.id, province: venue.address.province, geo: venue.geo };
      }),
    ];
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    for (const p of positions) {
      const same = positions.filter((q) => q.province === p.province);
      const centre = { lat: median(same.map((q) => q.geo.lat)), lng: median(same.map((q) => q.geo.lng)) };
      expect(Math.abs(p.geo.lat - centre.lat) + Math.abs(p.geo.lng - centre.lng), p.id).toBeLessThan(2.5);
    }
  });
});

describe('generate: fairs at scale 1', () => {
  // Fairs depend on businesses only: generated in memory at full scale, where every shape occurs.
  const ctx = createContext({ ...OPTIONS, scale: 1 });
  const fairs = generateFairs(ctx, generateBusinesses(ctx));
  const problems: string[] = [];
  const data = fairs.flatMap((fair) => {
    const front = /^---\n([\s\S]*?)\n---\n/.exec(markdownDocument(fair.frontmatter, fair.body))![1]!;
    const result = fairSchema.safeParse(parseYaml(front));
    if (result.success) return [{ fair, data: result.data }];
    problems.push(`${fair.id}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return [];
  });
  const markets = data.filter((f) => f.data.kind === 'phien-cho-hang-viet');
  const recurring = data.filter((f) => f.data.repeat);

  it('writes 600 fairs that all pass the fair schema', () => {
    expect(fairs.length).toBe(600);
    expect(problems).toEqual([]);
  });

  it('records the phase fairPhase gives at noon on --today', () => {
    for (const { fair, data: f } of data) expect(fairPhase(f, ctx.verifyAt), fair.id).toBe(fair.phase);
  });

  it('makes about a third of the market days recurring, weekly and monthly, some meeting on --today', () => {
    expect(recurring.every((f) => f.data.kind === 'phien-cho-hang-viet')).toBe(true);
    expect(recurring.length / markets.length).toBeGreaterThan(0.25);
    expect(recurring.length / markets.length).toBeLessThan(0.45);
    const rules = recurring.map((f) => f.data.repeat!);
    expect(rules.some((r) => r.every === 'week' && r.days.join() === 't7,cn')).toBe(true);
    expect(rules.some((r) => r.every === 'week' && r.days.join() === 'cn')).toBe(true);
    expect(rules.some((r) => r.every === 'month' && r.week === -1)).toBe(true);
    expect(rules.some((r) => r.every === 'month' && r.week === 1)).toBe(true);
    expect(rules.some((r) => r.except.length > 0)).toBe(true);
    expect(rules.some((r) => !r.until)).toBe(true);
    expect(rules.some((r) => r.until && r.until > `${ctx.todayYear + 3}-01-01`)).toBe(true);
    expect(recurring.filter((f) => f.fair.phase === 'ongoing').length).toBeGreaterThan(0);
    for (const { fair, data: f } of recurring) expect(Date.parse(f.end) - Date.parse(f.start), fair.id).toBeLessThanOrEqual(12 * 3_600_000);
  });

  it('gives most fairs of several days daily hours, and half the postponed ones new dates in the future', () => {
    const oneOff = data.filter((f) => !f.data.repeat);
    expect(oneOff.filter((f) => f.data.dailyHours).length / oneOff.length).toBeGreaterThan(0.6);
    const postponed = data.filter((f) => f.data.status === 'postponed');
    const moved = postponed.filter((f) => f.data.rescheduled);
    expect(moved.length).toBe(Math.floor(postponed.length / 2));
    for (const { fair, data: f } of moved) {
      expect(f.rescheduled!.start > f.end, fair.id).toBe(true);
      expect(Date.parse(f.rescheduled!.start), fair.id).toBeGreaterThan(ctx.verifyAt.getTime());
    }
  });

  it('announces booths, often a fee and sometimes a form on an example host', () => {
    const registrations = data.map((f) => f.data.registration).filter((r) => r !== undefined);
    expect(registrations.every((r) => r.booths! > 0)).toBe(true);
    expect(registrations.filter((r) => r.fee).length / registrations.length).toBeGreaterThan(0.5);
    const forms = registrations.map((r) => r.form).filter((f) => f !== undefined);
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) expect(new URL(form).hostname).toMatch(/\.example(\.vn)?$/);
  });
});

describe('generate: namesakes at scale 1', () => {
  const ctx = createContext({ ...OPTIONS, scale: 1 });
  const businesses = generateBusinesses(ctx);

  it('names a few cooperatives like one in another province, and no two businesses of one province alike', () => {
    const byName = Map.groupBy(businesses, (b) => b.name);
    const shared = [...byName.values()].filter((group) => group.length > 1);
    expect(shared.length).toBeGreaterThan(5);
    expect(shared.length).toBeLessThan(businesses.length / 20);
    for (const group of shared) {
      expect(group.every((b) => b.kind === 'hop-tac-xa'), group[0]!.name).toBe(true);
      expect(new Set(group.map((b) => b.place.province.code)).size, group[0]!.name).toBe(group.length);
    }
  });
});
