/**
 * News: the list (`/tin-tuc/`, `trang/<n>/`), each post's page, the topics (`/tin-tuc/the/` and
 * each topic's list), the full lists of posts referencing one record (`/tin-tuc/lien-quan/…`), and
 * the RSS feed.
 */
import { RELATED_KINDS, RELATED_KIND_LABELS, RELATED_NEWS_SHOWN, type RelatedKind } from '../../lib/related.ts';
import { shareLinks, type ShareLinks } from '../../lib/share.ts';
import { absoluteUrl, BUSINESSES, FAIRS, NEWS, PLANS, POINTS, postUrl, PRODUCTS, RECORD_FOLDERS, recordPageUrl, relatedNewsUrl, RSS, TAGS, tagUrl } from '../../lib/urls.ts';
import type { News, SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { newsCard, topicLinks, type NewsCardView, type TopicLinkView } from './cards.ts';
import { layout, type LayoutView } from './layout.ts';
import { paged, type PaginationView } from './lists.ts';
import { recordName, relatedRecords, type RelatedRecordsView } from './related.ts';

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
      cards: p.shown.map((n) => newsCard(n, data)),
      pagination: p.pagination,
    },
  }));
}

export interface TagIndexView {
  layout: LayoutView;
  /** Every topic of the published posts, by name in Vietnamese order, with its number of posts. */
  topics: (TopicLinkView & { count: number })[];
}

/** `/tin-tuc/the/`: every topic with its number of posts. */
export function tagIndexView(data: SiteData): TagIndexView {
  return {
    layout: layout(data, {
      path: TAGS,
      title: 'Chủ đề tin tức',
      description: 'Tin tức của Ban Chỉ đạo Cuộc vận động theo chủ đề.',
      breadcrumbs: [{ label: 'Tin tức', href: NEWS }, { label: 'Chủ đề' }],
      sample: data.news.some((n) => n.data.sample && n.data.tags.length > 0),
    }),
    topics: data.topics.map((t) => ({ slug: t.slug, name: t.name, count: t.items.length })),
  };
}

export interface TagListView {
  layout: LayoutView;
  /** The spelling the topic shows. */
  name: string;
  suffix: string;
  total: number;
  cards: NewsCardView[];
  pagination: PaginationView;
}

/** Every page of every topic's list of posts, newest first. */
export function tagPages(data: SiteData): PageOf<TagListView>[] {
  return data.topics.flatMap((topic) => {
    const trail = [{ label: 'Tin tức', href: NEWS }, { label: 'Chủ đề', href: TAGS }, { label: topic.name }];
    return paged(topic.items, POSTS_PER_PAGE, tagUrl(topic.slug), trail).map((p) => ({
      params: { tag: topic.slug, page: p.param },
      view: {
        layout: layout(data, {
          path: p.path,
          title: `Chủ đề: ${topic.name}${p.suffix}`,
          description: `Tin tức về chủ đề “${topic.name}”.`,
          breadcrumbs: p.crumbs,
          sample: p.shown.some((n) => n.data.sample),
        }),
        name: topic.name,
        suffix: p.suffix,
        total: topic.items.length,
        cards: p.shown.map((n) => newsCard(n, data)),
        pagination: p.pagination,
      },
    }));
  });
}

/** Each kind's list page, for breadcrumbs. */
const KIND_LISTS: Record<RelatedKind, string> = { fairs: FAIRS, plans: PLANS, points: POINTS, products: PRODUCTS, businesses: BUSINESSES };

export interface RelatedNewsListView {
  layout: LayoutView;
  /** The record the posts reference. */
  record: { name: string; href: string };
  suffix: string;
  total: number;
  cards: NewsCardView[];
  pagination: PaginationView;
}

/**
 * Every page of the full list of posts referencing one record, newest first, for the records whose
 * page shows only the newest (more than `RELATED_NEWS_SHOWN`); the others have no such list.
 */
export function relatedNewsPages(data: SiteData): PageOf<RelatedNewsListView>[] {
  return RELATED_KINDS.flatMap((kind) => {
    const prefix = `${kind}/`;
    return [...data.postsByRecord]
      .filter(([key, posts]) => key.startsWith(prefix) && posts.length > RELATED_NEWS_SHOWN)
      .flatMap(([key, posts]) => {
        const id = key.slice(prefix.length);
        const name = recordName(data, kind, id) ?? id;
        const record = { name, href: recordPageUrl(RECORD_FOLDERS[kind], id) };
        const trail = [{ label: RELATED_KIND_LABELS[kind], href: KIND_LISTS[kind] }, { label: name, href: record.href }, { label: 'Tin liên quan' }];
        return paged(posts, POSTS_PER_PAGE, relatedNewsUrl(kind, id), trail).map((p) => ({
          params: { kind: RECORD_FOLDERS[kind], id, page: p.param },
          view: {
            layout: layout(data, {
              path: p.path,
              title: `Tin liên quan: ${name}${p.suffix}`,
              description: `Tin tức nhắc đến ${name}.`,
              breadcrumbs: p.crumbs,
              sample: p.shown.some((n) => n.data.sample),
            }),
            record,
            suffix: p.suffix,
            total: posts.length,
            cards: p.shown.map((n) => newsCard(n, data)),
            pagination: p.pagination,
          },
        }));
      });
  });
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
  /** Its topics, linked to their pages. */
  tags: TopicLinkView[];
  /** The records it references, by kind (shown at its end). */
  related: RelatedRecordsView[];
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
        tags: topicLinks(data, d.tags),
        related: relatedRecords(data, post),
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
