/**
 * Posts and the records they reference: the reverse index (lib/related.ts), built once from the
 * published posts (site-data.ts), and the views that read it: a post's related records, a record
 * page's "Tin liên quan", and the full list of a record's posts when that block shows only some.
 */
import { describe, expect, it } from 'vitest';
import { assemble, type Collections, type SiteData } from '../../src/data/site-data.ts';
import { relatedNewsPages } from '../../src/data/views/news.ts';
import { relatedNews, relatedRecords } from '../../src/data/views/related.ts';
import { RELATED_NEWS_SHOWN, recordKey, relatedIndex, type RelatedRefs } from '../../src/lib/related.ts';

const none: RelatedRefs = { fairs: [], plans: [], points: [], products: [], businesses: [] };
const refs = (r: Partial<Record<keyof RelatedRefs, string[]>>): RelatedRefs => ({
  ...none,
  ...Object.fromEntries(Object.entries(r).map(([k, ids]) => [k, ids.map((id) => ({ id }))])),
});

describe('relatedIndex', () => {
  const index = (posts: { id: string; related: RelatedRefs }[]) =>
    Object.fromEntries([...relatedIndex(posts, (p) => p.related)].map(([key, list]) => [key, list.map((p) => p.id)]));

  it.each([
    ['no posts', [], {}],
    ['a post without references', [{ id: 'a', related: none }], {}],
    [
      'each record with the posts referencing it, in the order given',
      [
        { id: 'moi', related: refs({ fairs: ['hoi-cho-1'], products: ['mat-ong'] }) },
        { id: 'giua', related: refs({ products: ['mat-ong', 'tra-sen'] }) },
        { id: 'cu', related: refs({ fairs: ['hoi-cho-1'] }) },
      ],
      { 'fairs/hoi-cho-1': ['moi', 'cu'], 'products/mat-ong': ['moi', 'giua'], 'products/tra-sen': ['giua'] },
    ],
    ['a record listed twice by one post holds the post once', [{ id: 'a', related: refs({ points: ['cho-1', 'cho-1'] }) }], { 'points/cho-1': ['a'] }],
    [
      'the same id in two kinds is two records',
      [{ id: 'a', related: refs({ businesses: ['ben-song'], products: ['ben-song'] }) }],
      { 'businesses/ben-song': ['a'], 'products/ben-song': ['a'] },
    ],
  ] as [string, { id: string; related: RelatedRefs }[], Record<string, string[]>][])('%s', (_, posts, expected) => {
    expect(index(posts)).toEqual(expected);
  });
});

/** A post entry as the content layer gives it. */
function post(id: string, date: string, related: RelatedRefs, extra: { draft?: boolean; tags?: string[] } = {}) {
  return { id, digest: id, data: { title: `Tin ${id}`, date, summary: 'Tóm tắt.', tags: extra.tags ?? [], draft: extra.draft ?? false, related, sample: true } };
}

/** The smallest content `assemble` accepts: the site settings, one fair, one product with its business, and `news`. */
function siteData(news: ReturnType<typeof post>[], now = '2026-12-01T03:00:00Z'): SiteData {
  const site = {
    siteName: 'Hàng Việt',
    committee: 'Ban Chỉ đạo thử nghiệm',
    area: 'Tỉnh thử nghiệm',
    baseUrl: 'https://hang-viet.example.vn/',
    contact: { address: 'Số 1', phone: '0290 000 000', email: 'bcd@example.vn' },
    hotlines: [],
    sample: true,
  };
  const collections = {
    site: [{ data: site, digest: 'site' }],
    plans: [],
    points: [],
    products: [{ id: 'mat-ong', data: { name: 'Mật ong rừng tràm', business: { collection: 'businesses', id: 'htx-ong' }, sample: true } }],
    businesses: [{ id: 'htx-ong', data: { name: 'Hợp tác xã Ong Tràm', sample: true } }],
    'honor-programs': [],
    honors: [],
    fairs: [{ id: 'hoi-cho-1', data: { title: 'Hội chợ hàng Việt thử nghiệm', start: '2026-11-01T08:00:00+07:00', businesses: [], sample: true } }],
    news: news.map((n) => ({ ...n, data: { ...n.data, related: Object.fromEntries(Object.entries(n.data.related).map(([k, list]) => [k, list.map((r) => ({ collection: k, id: r.id }))])) } })),
    pages: [],
  } as unknown as Collections;
  return assemble(collections, new Date(now));
}

describe('postsByRecord (published posts only, newest first)', () => {
  it('leaves out drafts and posts dated after the build day', () => {
    const data = siteData([
      post('da-dang', '2026-11-20', refs({ products: ['mat-ong'] })),
      post('ban-nhap', '2026-11-25', refs({ products: ['mat-ong'], fairs: ['hoi-cho-1'] }), { draft: true }),
      post('hen-gio', '2026-12-05', refs({ products: ['mat-ong'], businesses: ['htx-ong'] })),
    ]);
    expect(data.postsByRecord.get(recordKey('products', 'mat-ong'))?.map((n) => n.id)).toEqual(['da-dang']);
    expect(data.postsByRecord.has(recordKey('fairs', 'hoi-cho-1'))).toBe(false);
    expect(data.postsByRecord.has(recordKey('businesses', 'htx-ong'))).toBe(false);
    expect(relatedNews(data, 'fairs', 'hoi-cho-1')).toEqual({ posts: [], total: 0, all: undefined });
  });

  it('orders each record\'s posts newest first, whatever the order of the files', () => {
    const data = siteData([
      post('cu', '2025-01-02', refs({ fairs: ['hoi-cho-1'] })),
      post('moi', '2026-11-30', refs({ fairs: ['hoi-cho-1'] })),
      post('giua', '2026-03-04', refs({ fairs: ['hoi-cho-1'] })),
    ]);
    expect(relatedNews(data, 'fairs', 'hoi-cho-1').posts.map((p) => p.id)).toEqual(['moi', 'giua', 'cu']);
  });
});

describe('a record page\'s "Tin liên quan" and the full list', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => post(`tin-${String(i + 1).padStart(2, '0')}`, `2026-10-${String(i + 1).padStart(2, '0')}`, refs({ fairs: ['hoi-cho-1'] })));

  it(`shows every post up to ${RELATED_NEWS_SHOWN}, and no full list`, () => {
    const data = siteData(many(RELATED_NEWS_SHOWN));
    const view = relatedNews(data, 'fairs', 'hoi-cho-1');
    expect(view.posts).toHaveLength(RELATED_NEWS_SHOWN);
    expect(view.all).toBeUndefined();
    expect(relatedNewsPages(data)).toEqual([]);
  });

  it(`shows the newest ${RELATED_NEWS_SHOWN} of more, with the date, and links to a full list of all of them`, () => {
    const data = siteData(many(14));
    const view = relatedNews(data, 'fairs', 'hoi-cho-1');
    expect(view.posts.map((p) => p.id)).toEqual(['tin-14', 'tin-13', 'tin-12', 'tin-11', 'tin-10']);
    expect(view.posts[0]).toEqual({ id: 'tin-14', title: 'Tin tin-14', date: '2026-10-14' });
    expect(view).toMatchObject({ total: 14, all: '/tin-tuc/lien-quan/hoi-cho/hoi-cho-1/' });
    const pages = relatedNewsPages(data);
    expect(pages.map((p) => p.view.layout.path)).toEqual(['/tin-tuc/lien-quan/hoi-cho/hoi-cho-1/', '/tin-tuc/lien-quan/hoi-cho/hoi-cho-1/trang/2/']);
    expect(pages.map((p) => p.params)).toEqual([
      { kind: 'hoi-cho', id: 'hoi-cho-1', page: undefined },
      { kind: 'hoi-cho', id: 'hoi-cho-1', page: 'trang/2' },
    ]);
    expect(pages.flatMap((p) => p.view.cards.map((c) => c.id))).toEqual(many(14).map((p) => p.id).reverse());
    expect(pages[0]!.view.layout.title).toBe('Tin liên quan: Hội chợ hàng Việt thử nghiệm');
    expect(pages[0]!.view.record).toEqual({ name: 'Hội chợ hàng Việt thử nghiệm', href: '/hoi-cho/hoi-cho-1/' });
  });
});

describe('a post\'s related records', () => {
  it('groups them by kind with Vietnamese headings, each linked by its name, each once, in the post\'s order', () => {
    const data = siteData([post('a', '2026-11-01', refs({ products: ['mat-ong', 'mat-ong'], businesses: ['htx-ong'], fairs: ['hoi-cho-1'] }))]);
    expect(relatedRecords(data, data.news[0]!)).toEqual([
      { kind: 'fairs', heading: 'Hội chợ', links: [{ href: '/hoi-cho/hoi-cho-1/', name: 'Hội chợ hàng Việt thử nghiệm' }] },
      { kind: 'products', heading: 'Sản phẩm', links: [{ href: '/san-pham/mat-ong/', name: 'Mật ong rừng tràm' }] },
      { kind: 'businesses', heading: 'Doanh nghiệp', links: [{ href: '/doanh-nghiep/htx-ong/', name: 'Hợp tác xã Ong Tràm' }] },
    ]);
  });

  it('is empty when the post references nothing', () => {
    const data = siteData([post('a', '2026-11-01', none)]);
    expect(relatedRecords(data, data.news[0]!)).toEqual([]);
  });
});

describe('topics of the published posts', () => {
  it('count only published posts: a tag used only by a draft or a future post has no topic', () => {
    const data = siteData([
      post('a', '2026-11-01', none, { tags: ['Hội chợ'] }),
      post('b', '2026-11-02', none, { tags: ['hội chợ', 'OCOP'] }),
      post('c', '2026-11-03', none, { tags: ['Hội chợ', 'Bản nháp'], draft: true }),
      post('d', '2026-12-24', none, { tags: ['Hẹn giờ'] }),
    ]);
    expect(data.topics.map((t) => [t.slug, t.name, t.items.map((n) => n.id)])).toEqual([
      ['hoi-cho', 'hội chợ', ['b', 'a']],
      ['ocop', 'OCOP', ['b']],
    ]);
  });
});
