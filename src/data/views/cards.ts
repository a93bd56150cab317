/**
 * Cards: the short form of a record in lists, grids and related-record blocks. One view per
 * kind, shared by every page that shows the card.
 */
import { formatAddress, provinceName } from '../../lib/places.ts';
import type { OcopGroup } from '../../lib/ocop.ts';
import { fairPhase, fairStableUntil, onThisWeekend, registrationState, type FairKind, type FairPhase, type FairTiming } from '../../lib/fairs.ts';
import { nextSessionWords, plannedWords, whenWords } from '../../lib/fair-words.ts';
import { tagSlug } from '../../lib/tags.ts';
import type { Fair, News, Point, Product, SiteData } from '../site-data.ts';
import { certificateView, openNowView, type CertificateView, type OpenNowView } from './status.ts';

export interface ProductCardView {
  id: string;
  name: string;
  /** The producer's name, where the list shows it. */
  businessName?: string | undefined;
  provinceName: string;
  ocop?: { stars: number; group: OcopGroup; certificate: CertificateView } | undefined;
  sample: boolean;
}

export function productCard(product: Product, now: Date, businessName?: string): ProductCardView {
  const d = product.data;
  return {
    id: product.id,
    name: d.name,
    businessName,
    provinceName: provinceName(d.province),
    ocop: d.ocop && { stars: d.ocop.stars, group: d.ocop.group, certificate: certificateView(d.ocop, now) },
    sample: d.sample,
  };
}

/** A fair in lists: what the card shows, and the timing the browser recomputes its status from. */
export interface FairCardView {
  id: string;
  title: string;
  kind: FairKind;
  /** The rules' input, for the browser (`data-fair`). */
  timing: FairTiming;
  /** Until when everything below holds (`fairStableUntil`): the browser recomputes only after it. */
  until: string;
  phase: FairPhase;
  /** Its dates or its market-day rule, with weekdays. */
  when: string;
  /** A market day's next session (recomputed in the browser). */
  next?: string | undefined;
  /** A rescheduled fair's planned dates. */
  planned?: string | undefined;
  /** A postponed or cancelled fair's reason, as announced. */
  note?: string | undefined;
  /** On this weekend (recomputed in the browser). */
  weekend: boolean;
  /** Registration: whether it is open at the build, and the deadline the browser checks. */
  registration?: { open: boolean; deadline?: string | undefined } | undefined;
  venue: string;
  address: string;
  sample: boolean;
}

/** The input of the fair rules (lib/fairs.ts) from a record. */
export const timingOf = (d: Fair['data']): FairTiming => ({
  start: d.start,
  end: d.end,
  status: d.status,
  ...(d.repeat ? { repeat: d.repeat } : {}),
  ...(d.rescheduled ? { rescheduled: d.rescheduled } : {}),
});

export function fairCard(fair: Fair, now: Date): FairCardView {
  const d = fair.data;
  const timing = timingOf(d);
  const phase = fairPhase(timing, now);
  return {
    id: fair.id,
    title: d.title,
    kind: d.kind,
    timing,
    until: fairStableUntil(timing, d.registration, now),
    phase,
    when: whenWords(timing),
    next: d.repeat && (phase === 'upcoming' || phase === 'ongoing') ? nextSessionWords(timing, now, 1)[0] : undefined,
    planned: plannedWords(timing),
    note: d.status !== 'scheduled' ? d.statusNote : undefined,
    weekend: onThisWeekend(timing, now),
    registration: d.registration && { open: registrationState(timing, d.registration, now).open, deadline: d.registration.deadline },
    venue: d.venue.name,
    address: formatAddress(d.venue.address),
    sample: d.sample,
  };
}

export interface PointCardView {
  id: string;
  name: string;
  kind: Point['data']['kind'];
  address: string;
  /** Hours and open-now, for active points with hours. */
  openNow?: OpenNowView | undefined;
  closed: boolean;
  sample: boolean;
}

export function pointCard(point: Point, now: Date): PointCardView {
  const d = point.data;
  return {
    id: point.id,
    name: d.name,
    kind: d.kind,
    address: formatAddress(d.address),
    openNow: d.openingHours && d.status === 'active' ? openNowView(d.openingHours, now) : undefined,
    closed: d.status === 'closed',
    sample: d.sample,
  };
}

/** A link to a topic's page: its slug and the spelling the topic shows. */
export interface TopicLinkView {
  slug: string;
  name: string;
}

/**
 * The topics of a published post's tags, in the post's order, each once: a post tagged "Hội chợ"
 * and "hội chợ" links to one topic, under the spelling the topic shows (lib/tags.ts).
 */
export function topicLinks(data: Pick<SiteData, 'topicBySlug'>, tags: readonly string[]): TopicLinkView[] {
  const slugs = [...new Set(tags.map(tagSlug))];
  return slugs.flatMap((slug) => {
    const topic = data.topicBySlug.get(slug);
    return topic ? [{ slug, name: topic.name }] : [];
  });
}

export interface NewsCardView {
  id: string;
  title: string;
  date: string;
  summary: string;
  /** The cover image (its alternative text is not repeated on the card: the title follows). */
  cover?: NonNullable<News['data']['cover']>['src'] | undefined;
  tags: TopicLinkView[];
  sample: boolean;
}

/** The card of a published post. */
export function newsCard(post: News, data: Pick<SiteData, 'topicBySlug'>): NewsCardView {
  const d = post.data;
  return { id: post.id, title: d.title, date: d.date, summary: d.summary, cover: d.cover?.src, tags: topicLinks(data, d.tags), sample: d.sample };
}
