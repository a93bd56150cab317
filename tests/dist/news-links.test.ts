/**
 * News topics and related records as the built site shows them, checked against the content the
 * build stored (published posts only: drafts are validated but not stored) and the draft fixture's
 * source: every topic page lists exactly the published
 * posts with that tag, newest first; the topic index counts them; each post links its topics and
 * the records it references, and those records' pages list it under "Tin liên quan", while a
 * record referenced only by a draft lists nothing. The test build's fixtures
 * (tests/fixtures/content/news/zz-lien-quan-*) add a published post and a draft.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'devalue';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../src/lib/dates.ts';
import { slugify, viCollator } from '../../src/lib/text.ts';

const dist = path.resolve('dist');
const store = path.join(path.resolve(process.env.HANGVIET_CACHE_DIR ?? 'node_modules/.astro'), 'data-store.json');
const today = localDate(new Date(process.env.HANGVIET_NOW ?? Date.now()));

type Ref = { collection: string; id: string };
interface Post {
  id: string;
  data: { title: string; date: string; draft: boolean; tags: string[]; related: Record<string, Ref[]> };
}

const maps = parse(readFileSync(store, 'utf8')) as Map<string, Map<string, { id: string; data: unknown }>>;
const entries = (name: string) => [...(maps.get(name)?.values() ?? [])];
const allPosts = entries('news') as Post[];
// The publishing rule, restated: not a draft, dated on or before the build's day (Vietnam time).
const published = allPosts.filter((p) => !p.data.draft && p.data.date <= today).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));

/** Each kind of record a post may reference, and the folder of its pages. */
const FOLDERS: Record<string, string> = { fairs: 'hoi-cho', plans: 'ke-hoach', points: 'diem-ban', products: 'san-pham', businesses: 'doanh-nghiep' };
const HEADINGS: Record<string, string> = { fairs: 'Hội chợ', plans: 'Kế hoạch', points: 'Điểm bán', products: 'Sản phẩm', businesses: 'Doanh nghiệp' };

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const page = (url: string) => readFileSync(path.join(dist, url, 'index.html'), 'utf8');
const main = (html: string) => /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
const h1 = (html: string) => decode(/<h1>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
/** The section a page labels with the heading of this id, or undefined. */
const section = (html: string, id: string) => new RegExp(`<section aria-labelledby="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1];
/** Post ids linked from the cards of a list page (each card's heading). */
const cardPosts = (html: string) => [...main(html).matchAll(/<h2><a href="\/tin-tuc\/([a-z0-9-]+)\/">/g)].map((m) => m[1]!);
/** A list and all its later pages (`trang/<n>/`). */
function listPages(base: string): string[] {
  const pages = [base];
  for (let n = 2; existsSync(path.join(dist, base, 'trang', String(n), 'index.html')); n++) pages.push(`${base}trang/${n}/`);
  return pages;
}

/** Published post ids per topic slug, newest first, each post once. */
const expectedTopics = new Map<string, string[]>();
for (const post of published) {
  for (const slug of new Set(post.data.tags.map(slugify))) expectedTopics.set(slug, [...(expectedTopics.get(slug) ?? []), post.id]);
}

describe('the build under test', () => {
  it('has published posts with tags and references, a draft with both, and one topic spelt two ways', () => {
    expect(published.length).toBeGreaterThan(3);
    expect(expectedTopics.size).toBeGreaterThan(3);
    // The draft is not in the store at all; its source says what it would show.
    expect(allPosts.some((p) => p.id === 'zz-lien-quan-ban-nhap')).toBe(false);
    const draft = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.resolve('tests/fixtures/content/news/zz-lien-quan-ban-nhap.md'), 'utf8'))?.[1] ?? '') as { draft?: boolean; related?: { products?: string[] } };
    expect(draft.draft).toBe(true);
    expect(draft.related?.products).toEqual(['nuoc-tuong-len-men-ben-nghe']);
    expect(published.some((p) => p.id === 'zz-lien-quan-da-dang')).toBe(true);
    const spellings = new Set(published.flatMap((p) => p.data.tags).filter((t) => slugify(t) === 'hoi-cho'));
    expect(spellings).toEqual(new Set(['hội chợ', 'Hội chợ']));
  });
});

describe('topic pages list exactly the published posts with their tag', () => {
  const built = readdirSync(path.join(dist, 'tin-tuc/the'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

  it('exist for every topic of a published post, and for no other (a draft\'s topic has none)', () => {
    expect(built.sort()).toEqual([...expectedTopics.keys()].sort());
    expect(built).not.toContain(slugify('Zz chủ đề chỉ có trong bản nháp'));
  });

  it.each([...expectedTopics])('/tin-tuc/the/%s/ and its later pages, newest first', (slug, ids) => {
    const listed = listPages(`/tin-tuc/the/${slug}/`).flatMap((url) => cardPosts(page(url)));
    expect(listed).toEqual(ids);
  });

  it('are titled with the spelling most posts use ("hội chợ" twice, "Hội chợ" once), under Tin tức › Chủ đề', () => {
    const html = page('/tin-tuc/the/hoi-cho/');
    expect(h1(html)).toBe('Chủ đề: hội chợ');
    expect(decode(/<title>([^<]*)<\/title>/.exec(html)![1]!)).toMatch(/^Chủ đề: hội chợ \| /);
    const crumbs = /<nav class="app-breadcrumbs"[\s\S]*?<\/nav>/.exec(html)![0];
    expect([...crumbs.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''))).toEqual(['Trang chủ', 'Tin tức', 'Chủ đề', 'hội chợ']);
    expect(crumbs).toContain('<a href="/tin-tuc/the/">Chủ đề</a>');
  });
});

describe('the topic index', () => {
  const html = main(page('/tin-tuc/the/'));
  const rows = [...html.matchAll(/<li><a href="\/tin-tuc\/the\/([a-z0-9-]+)\/">([^<]+)<\/a> \((\d+) tin\)<\/li>/g)].map((m) => ({ slug: m[1]!, name: decode(m[2]!), count: Number(m[3]) }));

  it('lists every topic once with its number of published posts', () => {
    expect(rows.map((r) => r.slug).sort()).toEqual([...expectedTopics.keys()].sort());
    for (const r of rows) expect(r.count, r.slug).toBe(expectedTopics.get(r.slug)!.length);
  });

  it('sorts the topics in Vietnamese order', () => {
    const names = rows.map((r) => r.name);
    expect(names).toEqual([...names].sort(viCollator.compare));
  });
});

describe('each published post', () => {
  it.each(published.map((p) => [p.id, p] as const))('/tin-tuc/%s/ links its topics and the records it references, which are built pages', (id, post) => {
    const html = main(page(`/tin-tuc/${id}/`));
    const topics = /<p class="app-meta">Chủ đề: ([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect([...topics.matchAll(/href="\/tin-tuc\/the\/([a-z0-9-]+)\/"/g)].map((m) => m[1])).toEqual([...new Set(post.data.tags.map(slugify))]);

    const expected = Object.keys(FOLDERS).flatMap((kind) => [...new Set((post.data.related[kind] ?? []).map((r) => r.id))].map((rid) => ({ kind, href: `/${FOLDERS[kind]}/${rid}/` })));
    const block = section(html, 'thong-tin-lien-quan');
    if (expected.length === 0) {
      expect(block).toBeUndefined();
      return;
    }
    const links = [...block!.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]!);
    expect(links).toEqual(expected.map((e) => e.href));
    for (const href of links) expect(existsSync(path.join(dist, href, 'index.html')), href).toBe(true);
    const headings = [...block!.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(headings).toEqual([...new Set(expected.map((e) => HEADINGS[e.kind]))]);
  });
});

describe('"Tin liên quan" on record pages', () => {
  const referencing = (kind: string, id: string) => published.filter((p) => (p.data.related[kind] ?? []).some((r) => r.id === id)).map((p) => p.id);
  const records = Object.keys(FOLDERS).flatMap((kind) => entries(kind).map((e) => [kind, e.id] as const));

  it('are checked over records that published posts reference, and records they do not', () => {
    expect(records.filter(([kind, id]) => referencing(kind, id).length > 0).length).toBeGreaterThan(10);
    expect(records.filter(([kind, id]) => referencing(kind, id).length === 0).length).toBeGreaterThan(10);
  });

  it.each(records.map(([kind, id]) => [`/${FOLDERS[kind]}/${id}/`, kind, id] as const))('%s lists the newest published posts that reference it, or nothing', (url, kind, id) => {
    const html = main(page(url));
    const expected = referencing(kind, id);
    const block = section(html, 'tin-lien-quan');
    if (expected.length === 0) {
      expect(block).toBeUndefined();
      return;
    }
    const listed = [...block!.matchAll(/<li><a href="\/tin-tuc\/([a-z0-9-]+)\/">/g)].map((m) => m[1]);
    expect(listed).toEqual(expected.slice(0, 5));
    expect(block).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">\d{2}\/\d{2}\/\d{4}<\/time>/);
  });

  it('show the published fixture on the pages it references, and no draft anywhere', () => {
    expect(section(main(page('/doanh-nghiep/htx-gom-ben-song/')), 'tin-lien-quan')).toContain('href="/tin-tuc/zz-lien-quan-da-dang/"');
    expect(section(main(page('/hoi-cho/hoi-cho-khuyen-mai-hang-viet-ha-noi-2027/')), 'tin-lien-quan')).toContain('href="/tin-tuc/zz-lien-quan-da-dang/"');
    const product = main(page('/san-pham/nuoc-tuong-len-men-ben-nghe/'));
    expect(section(product, 'tin-lien-quan')).toBeUndefined();
    expect(product).not.toContain('zz-lien-quan-ban-nhap');
    expect(existsSync(path.join(dist, 'tin-tuc/zz-lien-quan-ban-nhap'))).toBe(false);
  });
});
