/**
 * News addresses cannot collide: the news list's pages, the topics, the full lists of a record's
 * posts and the posts themselves all live under /tin-tuc/, and Astro fails a build where two
 * routes give one address. Post ids are file names; the folders of lists are refused as names.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fileIds } from '../../src/loaders/ids.ts';
import { listPageParam, NEWS, NEWS_FOLDERS, postUrl, RELATED_NEWS, relatedNewsUrl, TAGS, tagUrl } from '../../src/lib/urls.ts';

const base = pathToFileURL(`${path.resolve('content/news')}/`);
const newsIds = () => fileIds({ folder: NEWS, names: NEWS_FOLDERS });

describe('post ids', () => {
  it.each(['the', 'lien-quan', 'trang'])('refuses a post file named %s.mdx, naming the file and the address it would take', (id) => {
    expect(() => newsIds()({ entry: `${id}.mdx`, base })).toThrow(new RegExp(`content/news/${id}\\.mdx: tên tệp "${id}" không dùng được vì địa chỉ /tin-tuc/${id}/ dành cho .*; hãy đặt tên khác cho tệp`));
  });

  it.each(['the-thao-2026', 'thong-bao-the-le', 'trang-phuc-truyen-thong', 'lien-quan-den-ocop'])('accepts %s.mdx', (id) => {
    expect(newsIds()({ entry: `${id}.mdx`, base })).toBe(id);
  });

  it('reserves nothing in other collections', () => {
    expect(fileIds()({ entry: 'the.mdx', base })).toBe('the');
  });
});

describe('the folders of lists under /tin-tuc/', () => {
  const firstFolder = (url: string) => url.slice(NEWS.length).split('/')[0]!;

  it('are all refused as post ids', () => {
    const used = [TAGS, tagUrl('hoi-cho'), RELATED_NEWS, relatedNewsUrl('fairs', 'hoi-cho-1'), `${NEWS}${listPageParam(2)}/`].map(firstFolder);
    expect(Object.keys(NEWS_FOLDERS).sort()).toEqual([...new Set(used)].sort());
  });

  it('are not pages of the news list: its rest parameter is empty or trang/<n>', () => {
    for (let n = 1; n <= 200; n++) {
      const param = listPageParam(n);
      expect(param === undefined || /^trang\/\d+$/.test(param), String(param)).toBe(true);
    }
    expect(postUrl('khai-mac-hoi-cho')).toBe('/tin-tuc/khai-mac-hoi-cho/');
  });
});
