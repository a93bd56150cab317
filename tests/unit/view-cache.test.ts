/**
 * Route families reused from the last build (data/families.ts, integrations/view-cache.ts): a
 * family whose inputs are unchanged gets its recorded keys without being computed; its view
 * models are computed only if a page is rendered after all, and must match the record.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { notePublishedRead } from '../../src/data/changes.ts';
import { familyFiles, familyPaths, familyView, familyViewWith, inputDigest, plainJson, withInputs } from '../../src/data/families.ts';
import type { PageOf } from '../../src/data/page.ts';
import type { Collections, SiteData } from '../../src/data/site-data.ts';
import { takeStreamedFiles } from '../../src/integrations/streamed-files.ts';
import { readRecords, recordsText, viewCache, type FamilyRecord } from '../../src/integrations/view-cache.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'hangviet-view-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Hooks = {
  'astro:config:done': (o: { config: { cacheDir: URL } }) => void;
  'astro:build:start': () => void;
  'astro:build:done': (o: { logger: { info: (m: string) => void } }) => void;
};
const hooks = viewCache().hooks as unknown as Hooks;
hooks['astro:config:done']({ config: { cacheDir: pathToFileURL(`${dir}/`) } });
const log: string[] = [];

/** The site's data with points named `names` (one record each), as a build gives it to families. */
function dataWith(names: Record<string, string>, now = '2026-12-03T01:00:00Z'): SiteData {
  const points = Object.entries(names).map(([id, name]) => ({ id, digest: `${id}:${name}`, data: { name } }));
  const collections = { points } as unknown as Collections;
  return withInputs({ now: new Date(now), siteDigest: 'site', points, news: [] } as unknown as SiteData, collections);
}

let computed = 0;
/** A family: a page per point, showing its name. */
function pointNames(data: SiteData): PageOf<{ name: string }>[] {
  computed++;
  return data.points.map((p) => ({ params: { slug: p.id }, view: { name: (p.data as { name: string }).name } }));
}

/** One build of the family `pointNames` over `data`: its static paths. */
async function build<V>(data: SiteData, family: (data: SiteData) => PageOf<V>[] = pointNames as never) {
  hooks['astro:build:start']();
  try {
    return await familyPaths(family.name, data, () => family(data));
  } finally {
    hooks['astro:build:done']({ logger: { info: (m) => log.push(m) } });
  }
}

const keysOf = (paths: { params: unknown; cacheKey: string }[]) => paths.map((p) => [p.params, p.cacheKey]);

describe('route families reused from the last build', () => {
  it('computes a family once, then reuses its keys while its inputs are unchanged, computing its views only when a page asks', async () => {
    computed = 0;
    const first = await build(dataWith({ a: 'Chợ An Bình', b: 'Chợ Bến Thành' }));
    expect(computed).toBe(1);
    expect(log.at(-1)).toMatch(/1 nhóm trang, 0 nhóm dùng lại/);

    const second = await build(dataWith({ a: 'Chợ An Bình', b: 'Chợ Bến Thành' }));
    expect(computed).toBe(1);
    expect(keysOf(second)).toEqual(keysOf(first));
    expect(log.at(-1)).toMatch(/1 nhóm trang, 1 nhóm dùng lại/);
    // A page rendered after all (its file was deleted) gets its view model, computed then, once.
    expect(second[1]!.props.view).toEqual({ name: 'Chợ Bến Thành' });
    expect(second[0]!.props.view).toEqual({ name: 'Chợ An Bình' });
    expect(computed).toBe(2);
  });

  it('computes the family again when an input changes, or the build day does', async () => {
    await build(dataWith({ a: 'Chợ An Bình', b: 'Chợ Bến Thành' }));
    computed = 0;
    const renamed = await build(dataWith({ a: 'Chợ An Bình mới', b: 'Chợ Bến Thành' }));
    expect(computed).toBe(1);
    const before = await build(dataWith({ a: 'Chợ An Bình', b: 'Chợ Bến Thành' }));
    expect(renamed[0]!.cacheKey).not.toBe(before[0]!.cacheKey);
    expect(renamed[1]!.cacheKey).toBe(before[1]!.cacheKey);
    computed = 0;
    await build(dataWith({ a: 'Chợ An Bình', b: 'Chợ Bến Thành' }, '2026-12-04T01:00:00Z'));
    expect(computed).toBe(1);
  });

  it('stops the build when a reused family’s page no longer matches its record (an input the record missed)', async () => {
    let suffix = '';
    const leaky = function leaky(data: SiteData): PageOf<{ name: string }>[] {
      return data.points.map((p) => ({ params: { slug: p.id }, view: { name: `${(p.data as { name: string }).name}${suffix}` } }));
    };
    await build(dataWith({ a: 'Chợ An Bình' }), leaky);
    suffix = ' (đọc từ nơi khác)';
    const paths = await build(dataWith({ a: 'Chợ An Bình' }), leaky);
    expect(() => paths[0]!.props.view).toThrow(/nhóm "leaky" không còn khớp/);
  });

  it('keeps a first page’s absent rest parameter as absent', async () => {
    const list = function list(data: SiteData): PageOf<{ count: number }>[] {
      return [{ params: { page: undefined }, view: { count: data.points.length } }, { params: { page: '2' }, view: { count: 0 } }];
    };
    await build(dataWith({ a: 'Chợ An Bình' }), list);
    const reused = await build(dataWith({ a: 'Chợ An Bình' }), list);
    expect(reused.map((p) => p.params)).toEqual([{ page: undefined }, { page: '2' }]);
    expect(Object.keys(reused[0]!.params)).toEqual(['page']);
  });

  it('never reuses a family computed asynchronously, or one that read something without a fingerprint', async () => {
    let runs = 0;
    const later = async function later(data: SiteData) {
      runs++;
      await Promise.resolve();
      return pointNames(data);
    };
    hooks['astro:build:start']();
    await familyPaths('later', dataWith({ a: 'x' }), () => later(dataWith({ a: 'x' })));
    hooks['astro:build:done']({ logger: { info: () => {} } });
    hooks['astro:build:start']();
    await familyPaths('later', dataWith({ a: 'x' }), () => later(dataWith({ a: 'x' })));
    hooks['astro:build:done']({ logger: { info: () => {} } });
    expect(runs).toBe(2);
  });

  it('refuses two families of one name in a build', async () => {
    const data = dataWith({ a: 'x' });
    hooks['astro:build:start']();
    try {
      await familyPaths('twice', data, () => pointNames(data));
      await expect(familyPaths('twice', data, () => pointNames(data))).rejects.toThrow(/hai nhóm trang cùng tên "twice"/);
    } finally {
      hooks['astro:build:done']({ logger: { info: () => {} } });
    }
  });

  it('reads nothing from earlier builds in `astro build --force`', async () => {
    await build(dataWith({ a: 'Chợ An Bình' }));
    process.argv.push('--force');
    try {
      computed = 0;
      await build(dataWith({ a: 'Chợ An Bình' }));
      expect(computed).toBe(1);
    } finally {
      process.argv.pop();
    }
  });

  it('hands a reused family’s streamed files over with their keys, their text computed only if a file is written', async () => {
    let runs = 0;
    const files = (data: SiteData) => (runs++, pointNames(data));
    const once = async (data: SiteData) => {
      hooks['astro:build:start']();
      familyFiles('pointFiles', data, () => files(data), (p) => `du-lieu/${p.params.slug}.txt`, (view) => [view.name]);
      hooks['astro:build:done']({ logger: { info: () => {} } });
      return takeStreamedFiles();
    };
    const first = await once(dataWith({ a: 'Chợ An Bình' }));
    const second = await once(dataWith({ a: 'Chợ An Bình' }));
    expect(runs).toBe(1);
    expect(second.map((f) => [f.file, f.key])).toEqual(first.map((f) => [f.file, f.key]));
    expect([...second[0]!.pieces()]).toEqual(['Chợ An Bình']);
    expect(runs).toBe(2);
  });
});

describe('the records’ file', () => {
  const record = (key: string): FamilyRecord => ({ base: 'code|2026-12-04|site|', inputs: [['points', 'abc']], pages: [[{ slug: 'cho-an-binh' }, key]] });

  it('reads back what it wrote, a line per family', () => {
    const next = { pointNames: record('k1'), 'single:homeView': { ...record('k2'), view: { title: 'Trang chủ “hàng Việt”\n' } } };
    const text = recordsText(next, new Map(), {});
    expect(text.trim().split('\n')).toHaveLength(2);
    expect(readRecords(text).previous).toEqual(next);
  });

  it('writes a reused family’s line as it was read, and serialises only the families computed again', () => {
    const { previous, lines } = readRecords(`${JSON.stringify(['a', record('k1')])}\n${JSON.stringify(['b', record('k2')])}\n`);
    lines.set('a', 'the line as read');
    const next = { a: previous.a!, b: record('k3') };
    expect(recordsText(next, lines, previous)).toBe(`the line as read\n${JSON.stringify(['b', record('k3')])}\n`);
  });
});

describe('a collection’s fingerprint', () => {
  /** A point record with digest `digest` whose picture resolved to `src`. */
  const entry = (digest: string, src: string, name = 'Chợ An Bình') => ({
    id: 'a',
    digest,
    filePath: 'points/51.yaml',
    data: { name, image: { src: { src, width: 800, height: 600, format: 'jpg' }, alt: 'Chợ' } },
    imageImports: [['image', 'src']],
  });
  const fingerprint = (e: ReturnType<typeof entry>) =>
    inputDigest(withInputs({ now: new Date('2026-12-03T01:00:00Z'), siteDigest: 'site', points: [e], news: [] } as unknown as SiteData, { points: [e] } as unknown as Collections), 'points');

  it('follows each record’s digest (of what it was parsed from) and its pictures as resolved', () => {
    const base = fingerprint(entry('d1', '/_astro/cho.B1a2c3d4.jpg'));
    expect(fingerprint(entry('d1', '/_astro/cho.B1a2c3d4.jpg'))).toBe(base);
    expect(fingerprint(entry('d2', '/_astro/cho.B1a2c3d4.jpg'))).not.toBe(base);
    // The same row, the picture's file changed: its address (named by its bytes) changes.
    expect(fingerprint(entry('d1', '/_astro/cho.Z9y8x7w6.jpg'))).not.toBe(base);
    expect(fingerprint({ ...entry('d1', '/_astro/cho.B1a2c3d4.jpg'), filePath: 'points/52.yaml' })).not.toBe(base);
  });
});

describe('single pages’ views reused from the last build', () => {
  it('gives the recorded view while its inputs are unchanged, computes it when they change', async () => {
    let runs = 0;
    const countView = function countView(data: SiteData) {
      runs++;
      return { count: data.points.length, names: data.points.map((p) => (p.data as { name: string }).name), note: undefined };
    };
    const once = (data: SiteData) => {
      hooks['astro:build:start']();
      try {
        // Two routes may share one view function (the open-data page and its catalogue).
        return [familyView(countView.name, data, () => countView(data)), familyView(countView.name, data, () => countView(data))];
      } finally {
        hooks['astro:build:done']({ logger: { info: () => {} } });
      }
    };
    const [first] = once(dataWith({ a: 'Chợ An Bình' }));
    runs = 0;
    const [again, twice] = once(dataWith({ a: 'Chợ An Bình' }));
    expect(runs).toBe(0);
    expect(again).toEqual({ count: 1, names: ['Chợ An Bình'] });
    expect(twice).toEqual(again);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    once(dataWith({ a: 'Chợ An Bình', b: 'Chợ Bến Thành' }));
    expect(runs).toBeGreaterThan(0);
  });

  it.each([
    [{ a: [1, 'x', null, { b: true }], c: undefined }, true],
    [{ when: new Date(0) }, false],
    [{ list: [undefined] }, false],
    [{ byId: new Map() }, false],
    [{ n: Number.NaN }, false],
  ])('records only a view that comes back the same from JSON: %j → %s', (view, plain) => {
    expect(plainJson(view)).toBe(plain);
  });

  it('computes at every build a view that would not come back the same from JSON', () => {
    let runs = 0;
    const dated = function dated(data: SiteData) {
      runs++;
      return { now: data.now };
    };
    for (let i = 0; i < 2; i++) {
      hooks['astro:build:start']();
      familyView(dated.name, dataWith({ a: 'x' }), () => dated(dataWith({ a: 'x' })));
      hooks['astro:build:done']({ logger: { info: () => {} } });
    }
    expect(runs).toBe(2);
  });
});

describe('single pages that also read the data as last published', () => {
  /** One build of a change-log-like view: it loads the publication, then reads it and the points. */
  async function once(data: SiteData, loads: string[]) {
    const logView = function logView(d: SiteData, published: string) {
      notePublishedRead();
      return { published, points: d.points.length };
    };
    hooks['astro:build:start']();
    try {
      return await familyViewWith(logView.name, data, async () => (loads.push('load'), 'loaded'), (published) => logView(data, published));
    } finally {
      hooks['astro:build:done']({ logger: { info: () => {} } });
    }
  }
  const published = path.join(dir, 'published');
  const env = { ...process.env };
  afterAll(() => {
    process.env.HANGVIET_PREVIOUS_DATA = env.HANGVIET_PREVIOUS_DATA;
    if (env.HANGVIET_PREVIOUS_DATA === undefined) delete process.env.HANGVIET_PREVIOUS_DATA;
  });

  it('loads nothing while the publication’s files and the data are unchanged; loads again when a file changes', async () => {
    mkdirSync(published, { recursive: true });
    process.env.HANGVIET_PREVIOUS_DATA = published;
    writeFileSync(path.join(published, 'diem-ban.json'), '{"points":[]}');
    const loads: string[] = [];
    expect(await once(dataWith({ a: 'Chợ An Bình' }), loads)).toEqual({ published: 'loaded', points: 1 });
    expect(loads).toHaveLength(1);
    expect(await once(dataWith({ a: 'Chợ An Bình' }), loads)).toEqual({ published: 'loaded', points: 1 });
    expect(loads).toHaveLength(1);
    writeFileSync(path.join(published, 'diem-ban.json'), '{"points":[{"id":"a"}]}');
    await once(dataWith({ a: 'Chợ An Bình' }), loads);
    expect(loads).toHaveLength(2);
    await once(dataWith({ a: 'Chợ An Bình', b: 'Chợ Bến Thành' }), loads);
    expect(loads).toHaveLength(3);
  });

  it('loads at every build when the publication is an address (no fingerprint without fetching it)', async () => {
    process.env.HANGVIET_PREVIOUS_DATA = 'https://hangviet.example.vn/du-lieu/';
    const loads: string[] = [];
    await once(dataWith({ a: 'Chợ An Bình' }), loads);
    await once(dataWith({ a: 'Chợ An Bình' }), loads);
    expect(loads).toHaveLength(2);
  });
});

describe('the memory policy of a rebuild', () => {
  it('stays held back while families are small or reused, and applies once a large family is computed', async () => {
    const { buildMemory, heapPolicyHeld, HEAVY_FAMILY_PAGES } = await import('../../src/integrations/build-memory.ts');
    const setup = buildMemory().hooks['astro:config:setup'] as unknown as (o: { command: string; config: { cacheDir: URL } }) => void;
    const many = Object.fromEntries(Array.from({ length: HEAVY_FAMILY_PAGES + 1 }, (_, i) => [`p${i}`, `Điểm ${i}`]));
    const large = function large(data: SiteData) {
      return pointNames(data);
    };
    /** One build of a small family and a large one. */
    const both = async (small: Record<string, string>, big: Record<string, string>) => {
      hooks['astro:build:start']();
      try {
        await familyPaths(pointNames.name, dataWith(small), () => pointNames(dataWith(small)));
        const held = heapPolicyHeld();
        await familyPaths(large.name, dataWith(big), () => large(dataWith(big)));
        return held;
      } finally {
        hooks['astro:build:done']({ logger: { info: () => {} } });
      }
    };
    await both({ a: 'Chợ An Bình' }, many);
    // A rebuild: records exist, so the policy is held back; a small family computed keeps it so,
    // a large one reused too.
    setup({ command: 'build', config: { cacheDir: pathToFileURL(`${dir}/`) } });
    expect(heapPolicyHeld()).toBe(true);
    expect(await both({ a: 'Chợ An Bình đổi tên' }, many)).toBe(true);
    expect(heapPolicyHeld()).toBe(true);
    // The large family computed: the policy applies.
    expect(await both({ a: 'Chợ An Bình đổi tên' }, { ...many, p0: 'Điểm đổi tên' })).toBe(true);
    expect(heapPolicyHeld()).toBe(false);
  });
});
