/**
 * News topics (a post's `tags`): each topic's address, which spellings are one topic, and which
 * spelling its pages show. Pure; the data layer groups the published posts once per build.
 */
import { slugify, viCollator } from './text.ts';

/**
 * A tag's address segment (`/tin-tuc/the/<slug>/`): the tag without diacritics, `đ` as `d`, words
 * joined by hyphens ("Hội chợ" → "hoi-cho"). Tags with equal slugs are one topic. Empty when the
 * tag has no letter or digit, which the news schema refuses.
 */
export function tagSlug(tag: string): string {
  return slugify(tag);
}

/** Tells apart what `viCollator` (base letters only) finds equal: "hội chợ" and "Hội chợ". */
const exactCollator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Vietnamese order, then case and marks, then code points: a total order, so choices are stable. */
function compareSpellings(a: string, b: string): number {
  return viCollator.compare(a, b) || exactCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The spelling a topic shows: the one most posts use; on a tie, the first in Vietnamese order
 * (then case and marks, then code points). `counts` maps each spelling to its number of posts.
 */
export function preferredSpelling(counts: ReadonlyMap<string, number>): string {
  let best: string | undefined;
  let most = 0;
  for (const [spelling, count] of counts) {
    if (best === undefined || count > most || (count === most && compareSpellings(spelling, best) < 0)) {
      best = spelling;
      most = count;
    }
  }
  if (best === undefined) throw new Error('preferredSpelling: no spelling given');
  return best;
}

/** One topic: its address segment, the spelling shown, and its items in the order given. */
export interface Topic<T> {
  slug: string;
  name: string;
  items: T[];
}

/**
 * The topics of `items` (posts), sorted by name in Vietnamese order. Tags whose slugs are equal are
 * one topic, named by `preferredSpelling` over the items that use each spelling. Each topic keeps
 * the items in the order given, each item once even when it names the topic twice ("Hội chợ" and
 * "hội chợ"). Tags with an empty slug are left out (the news schema refuses them).
 */
export function groupByTopic<T>(items: readonly T[], tagsOf: (item: T) => readonly string[]): Topic<T>[] {
  const groups = new Map<string, { items: T[]; spellings: Map<string, number> }>();
  for (const item of items) {
    const seenSlugs = new Set<string>();
    const seenSpellings = new Set<string>();
    for (const tag of tagsOf(item)) {
      const slug = tagSlug(tag);
      if (!slug) continue;
      let group = groups.get(slug);
      if (!group) groups.set(slug, (group = { items: [], spellings: new Map() }));
      if (!seenSlugs.has(slug)) {
        seenSlugs.add(slug);
        group.items.push(item);
      }
      if (!seenSpellings.has(tag)) {
        seenSpellings.add(tag);
        group.spellings.set(tag, (group.spellings.get(tag) ?? 0) + 1);
      }
    }
  }
  return [...groups]
    .map(([slug, g]) => ({ slug, name: preferredSpelling(g.spellings), items: g.items }))
    .sort((a, b) => compareSpellings(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
