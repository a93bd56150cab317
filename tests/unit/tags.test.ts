/** News topics: a tag's address, which tags are one topic, and the spelling a topic shows. */
import { describe, expect, it } from 'vitest';
import { groupByTopic, preferredSpelling, tagSlug } from '../../src/lib/tags.ts';

describe('tagSlug', () => {
  it.each([
    ['Hội chợ', 'hoi-cho'],
    ['hội chợ', 'hoi-cho'],
    ['  Hội   chợ  ', 'hoi-cho'],
    ['Điểm bán hàng Việt', 'diem-ban-hang-viet'],
    ['đưa hàng Việt về nông thôn', 'dua-hang-viet-ve-nong-thon'],
    ['OCOP', 'ocop'],
    ['Hàng Việt Nam chất lượng cao 2026', 'hang-viet-nam-chat-luong-cao-2026'],
    ['Ho\u0302\u0323i chơ\u0323', 'hoi-cho'], // decomposed (NFD) input
    ['C++ / .NET', 'c-net'],
    ['???', ''],
    ['– … –', ''],
  ])('%j → %j', (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug);
  });
});

describe('preferredSpelling', () => {
  it.each([
    ['the spelling most posts use', [['Hội chợ', 1], ['hội chợ', 3]], 'hội chợ'],
    ['the spelling most posts use, whatever the order given', [['hội chợ', 3], ['Hội chợ', 4]], 'Hội chợ'],
    ['on a tie, the first in Vietnamese order', [['Hoi cho', 2], ['Hội chợ', 2]], 'Hoi cho'],
    ['on a tie, đ after d', [['Đặc sản', 1], ['Dac san', 1]], 'Dac san'],
    ['on a tie between case forms, one stable choice (lower case first)', [['Hội chợ', 1], ['hội chợ', 1]], 'hội chợ'],
    ['the same on a tie given the other way round', [['hội chợ', 1], ['Hội chợ', 1]], 'hội chợ'],
    ['a single spelling', [['OCOP', 5]], 'OCOP'],
  ] as [string, [string, number][], string][])('%s', (_, counts, expected) => {
    expect(preferredSpelling(new Map(counts))).toBe(expected);
  });
});

interface Post {
  id: string;
  tags: string[];
}

const topics = (posts: Post[]) => groupByTopic(posts, (p) => p.tags).map((t) => ({ slug: t.slug, name: t.name, ids: t.items.map((p) => p.id) }));

describe('groupByTopic', () => {
  it('makes one topic of tags whose slugs are equal, named by the spelling most posts use', () => {
    const posts = [
      { id: 'a', tags: ['Hội chợ'] },
      { id: 'b', tags: ['hội chợ', 'OCOP'] },
      { id: 'c', tags: ['hội chợ'] },
      { id: 'd', tags: ['Hoi cho'] },
    ];
    expect(topics(posts)).toEqual([
      { slug: 'hoi-cho', name: 'hội chợ', ids: ['a', 'b', 'c', 'd'] },
      { slug: 'ocop', name: 'OCOP', ids: ['b'] },
    ]);
  });

  it('keeps the posts in the order given (newest first when given newest first)', () => {
    const posts = [
      { id: 'moi-nhat', tags: ['OCOP'] },
      { id: 'khong-lien-quan', tags: ['tôn vinh'] },
      { id: 'cu-hon', tags: ['OCOP'] },
      { id: 'cu-nhat', tags: ['ocop'] },
    ];
    expect(topics(posts).find((t) => t.slug === 'ocop')?.ids).toEqual(['moi-nhat', 'cu-hon', 'cu-nhat']);
  });

  it('lists a post once in a topic it names twice, and counts it once for each spelling it uses', () => {
    const posts = [
      { id: 'a', tags: ['Hội chợ', 'hội chợ', 'Hội chợ'] },
      { id: 'b', tags: ['Hội chợ'] },
      { id: 'c', tags: ['hội chợ'] },
    ];
    // "Hội chợ": posts a and b; "hội chợ": posts a and c. A tie, so Vietnamese order decides.
    expect(topics(posts)).toEqual([{ slug: 'hoi-cho', name: 'hội chợ', ids: ['a', 'b', 'c'] }]);
  });

  it('sorts topics by name in Vietnamese order (đ after d, tones after base letters)', () => {
    const posts = [{ id: 'a', tags: ['đưa hàng Việt về nông thôn', 'tôn vinh', 'doanh nghiệp', 'OCOP', 'Ấp Bắc', 'an toàn thực phẩm', 'điểm bán'] }];
    expect(topics(posts).map((t) => t.name)).toEqual(['an toàn thực phẩm', 'Ấp Bắc', 'doanh nghiệp', 'điểm bán', 'đưa hàng Việt về nông thôn', 'OCOP', 'tôn vinh']);
  });

  it('leaves out a tag without letters or digits (the schema refuses it before this)', () => {
    expect(topics([{ id: 'a', tags: ['???', 'OCOP'] }])).toEqual([{ slug: 'ocop', name: 'OCOP', ids: ['a'] }]);
  });

  it('has no topic for no posts, or for posts without tags', () => {
    expect(topics([])).toEqual([]);
    expect(topics([{ id: 'a', tags: [] }])).toEqual([]);
  });
});
