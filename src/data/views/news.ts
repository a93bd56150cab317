/** News: the list (`/tin-tuc/`, `trang/<n>/`), each post's page, and the RSS feed. */
import { shareLinks, type ShareLinks } from '../../lib/share.ts';
import { absoluteUrl, NEWS, postUrl, RSS } from '../../lib/urls.ts';
import type { News, SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { newsCard, type NewsCardView } from './cards.ts';
import { layout, type LayoutView } from './layout.ts';
import { paged, type PaginationView } from './lists.ts';

/** Posts per list page. */
export const POSTS_PER_PAGE = 12;
/** Posts in the RSS feed and on the open-data page's count. */
export const RSS_ITEMS = 30;

export interface NewsListView {
  layout: LayoutView;
  suffix: string;
  cards: NewsCardView[];
  pagination: PaginationView;
}

/** Every page of the news list, newest first. */
export function newsListPages(data: SiteData): PageOf<NewsListView>[] {
  return paged(data.news, POSTS_PER_PAGE, NEWS, [{ label: 'Tin tức' }]).map((p) => ({
    params: { page: p.param },
    view: {
      layout: layout(data, {
        path: p.path,
        title: `Tin tức${p.suffix}`,
        description: 'Tin tức của Ban Chỉ đạo Cuộc vận động.',
        breadcrumbs: p.crumbs,
        sample: p.shown.some((n) => n.data.sample),
      }),
      suffix: p.suffix,
      cards: p.shown.map(newsCard),
      pagination: p.pagination,
    },
  }));
}

export interface PostView {
  layout: LayoutView;
  title: string;
  date: string;
  author?: string | undefined;
  updated?: string | undefined;
  sample: boolean;
  cover: News['data']['cover'];
  summary: string;
  tags: string[];
  /** The body (rendered from the entry by the route). */
  body: { digest: string | number | undefined };
  /** Share links under the post. */
  share: ShareLinks;
}

/** Every post's page. */
export function postPages(data: SiteData): PageOf<PostView>[] {
  return data.news.map((post) => {
    const d = post.data;
    return {
      params: { slug: post.id },
      entry: post,
      view: {
        layout: layout(data, {
          path: postUrl(post.id),
          title: d.title,
          description: d.summary,
          breadcrumbs: [{ label: 'Tin tức', href: NEWS }, { label: d.title }],
          sample: d.sample,
          type: 'article',
          // The cover is the share preview's image; a post without one gets the site's default.
          image: d.cover,
        }),
        title: d.title,
        date: d.date,
        author: d.author,
        updated: d.updated,
        sample: d.sample,
        cover: d.cover,
        summary: d.summary,
        tags: d.tags,
        body: { digest: post.digest },
        share: shareLinks(postUrl(post.id), data.site.baseUrl),
      },
    };
  });
}

/** The RSS feed's channel and items, newest first; every address absolute. */
export function rssView(data: SiteData) {
  const base = data.site.baseUrl;
  return {
    channel: { title: `Tin tức – ${data.site.siteName}`, link: absoluteUrl(NEWS, base), self: absoluteUrl(RSS, base), description: data.site.committee },
    items: data.news.slice(0, RSS_ITEMS).map((n) => ({
      title: n.data.title,
      link: absoluteUrl(postUrl(n.id), base),
      description: n.data.summary,
      date: n.data.date,
      categories: n.data.tags,
    })),
  };
}
