/**
 * Records a news post references (its `related` field) and, in reverse, the posts that reference
 * a record. Pure; the data layer builds the reverse index once per build from published posts.
 */
import { groupBy } from './group.ts';

/** The kinds of record a post may reference, in the order a post lists them. */
export const RELATED_KINDS = ['fairs', 'plans', 'points', 'products', 'businesses'] as const;
export type RelatedKind = (typeof RELATED_KINDS)[number];

/** The heading of each kind in a post's list of related records. */
export const RELATED_KIND_LABELS: Record<RelatedKind, string> = {
  fairs: 'Hội chợ',
  plans: 'Kế hoạch',
  points: 'Điểm bán',
  products: 'Sản phẩm',
  businesses: 'Doanh nghiệp',
};

/**
 * Posts a record page lists under "Tin liên quan", newest first; a record referenced by more links
 * to the full list (`relatedNewsUrl`).
 */
export const RELATED_NEWS_SHOWN = 5;

/** A post's references, by kind (as the news schema stores them: `{ id }` per record). */
export type RelatedRefs = Readonly<Record<RelatedKind, readonly { id: string }[]>>;

/** The reverse index's key of a record: `fairs/<id>`, `products/<id>`… */
export function recordKey(kind: RelatedKind, id: string): string {
  return `${kind}/${id}`;
}

/**
 * The reverse index: for each record (`recordKey`), the posts that reference it, in the order of
 * `posts`, each post once even if it lists the record twice. One pass over the posts; a record page
 * then costs one Map lookup.
 */
export function relatedIndex<T>(posts: readonly T[], relatedOf: (post: T) => RelatedRefs): Map<string, T[]> {
  return groupBy(posts, (post) => {
    const refs = relatedOf(post);
    return [...new Set(RELATED_KINDS.flatMap((kind) => refs[kind].map((r) => recordKey(kind, r.id))))];
  });
}
