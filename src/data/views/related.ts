/**
 * Posts and the records they reference, both ways: the records listed at the end of a post, and
 * the "Tin liên quan" block of a fair, plan, point, product or business page (the full list of a
 * record's posts is in news.ts). The block comes from `relatedPosts` (published posts only, as
 * the block shows them), one lookup per page.
 */
import { planName } from '../../lib/plans.ts';
import { RELATED_KINDS, RELATED_KIND_LABELS, RELATED_NEWS_SHOWN, recordKey, type RelatedKind } from '../../lib/related.ts';
import { RECORD_FOLDERS, recordPageUrl, relatedNewsUrl } from '../../lib/urls.ts';
import type { News, SiteData } from '../site-data.ts';

/** The name a record is linked by: a fair's title, a plan's number and title ("Kế hoạch 28/KH-… – Triển khai…"), any other record's name. */
export function recordName(data: SiteData, kind: RelatedKind, id: string): string | undefined {
  switch (kind) {
    case 'fairs':
      return data.fairById.get(id)?.data.title;
    case 'plans': {
      const plan = data.planById.get(id);
      return plan && `${planName(plan.data)} – ${plan.data.title}`;
    }
    case 'points':
      return data.pointById.get(id)?.data.name;
    case 'products':
      return data.productById.get(id)?.data.name;
    case 'businesses':
      return data.businessById.get(id)?.data.name;
  }
}

/** The records of one kind a post references. */
export interface RelatedRecordsView {
  kind: RelatedKind;
  heading: string;
  /** Each record's page and name; a sales point closed since says so. */
  links: { href: string; name: string; closed?: boolean }[];
}

/**
 * The records a post references, by kind (fairs, plans, points, products, businesses), each in the
 * post's order and once; kinds it references none of are left out.
 */
export function relatedRecords(data: SiteData, post: News): RelatedRecordsView[] {
  return RELATED_KINDS.flatMap((kind) => {
    const ids = [...new Set(post.data.related[kind].map((r) => r.id))];
    const links = ids.flatMap((id) => {
      const name = recordName(data, kind, id);
      if (name === undefined) return [];
      const link = { href: recordPageUrl(RECORD_FOLDERS[kind], id), name };
      return [kind === 'points' ? { ...link, closed: data.pointById.get(id)?.data.status === 'closed' } : link];
    });
    return links.length ? [{ kind, heading: RELATED_KIND_LABELS[kind], links }] : [];
  });
}

/** The "Tin liên quan" block of a record page. */
export interface RelatedNewsView {
  /** The newest posts referencing the record, at most `RELATED_NEWS_SHOWN`. */
  posts: { id: string; title: string; date: string }[];
  /** How many published posts reference it. */
  total: number;
  /** The full list's address, when `posts` shows only some. */
  all?: string | undefined;
}

/** The published posts referencing a record, for its page: the newest few, and the full list's address when there are more. */
export function relatedNews(data: Pick<SiteData, 'relatedPosts'>, kind: RelatedKind, id: string): RelatedNewsView {
  const posts = data.relatedPosts.get(recordKey(kind, id)) ?? [];
  return {
    posts: posts.slice(0, RELATED_NEWS_SHOWN),
    total: posts.length,
    all: posts.length > RELATED_NEWS_SHOWN ? relatedNewsUrl(kind, id) : undefined,
  };
}
