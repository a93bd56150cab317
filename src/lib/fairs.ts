/**
 * Fair rules: when a fair is upcoming, ongoing or past, judged at `now`.
 */

export const FAIR_KINDS = ['phien-cho-hang-viet', 'hoi-cho-nong-thon', 'hoi-cho-thuong-mai', 'hoi-cho-khuyen-mai'] as const;
export type FairKind = (typeof FAIR_KINDS)[number];

export const FAIR_KIND_LABELS: Record<FairKind, string> = {
  'phien-cho-hang-viet': 'Phiên chợ hàng Việt',
  'hoi-cho-nong-thon': 'Hội chợ hàng Việt về nông thôn, miền núi, vùng sâu, vùng xa',
  'hoi-cho-thuong-mai': 'Hội chợ thương mại',
  'hoi-cho-khuyen-mai': 'Hội chợ khuyến mại',
};

/** What the organiser has announced. */
export const FAIR_STATUSES = ['scheduled', 'postponed', 'cancelled'] as const;
export type FairStatus = (typeof FAIR_STATUSES)[number];

/** What a visitor needs to know now: the announced status combined with the clock. */
export type FairPhase = 'upcoming' | 'ongoing' | 'past' | 'postponed' | 'cancelled';

export const FAIR_PHASE_LABELS: Record<FairPhase, string> = {
  upcoming: 'Sắp diễn ra',
  ongoing: 'Đang diễn ra',
  past: 'Đã kết thúc',
  postponed: 'Tạm hoãn',
  cancelled: 'Đã hủy',
};

/** Whether a fair still belongs on the map at `now`: not cancelled and not over. `end` is an ISO instant. */
export function fairNotOver(fair: { end: string; status: string }, now: Date): boolean {
  return fair.status !== 'cancelled' && Date.parse(fair.end) >= now.getTime();
}

/** The phase of a fair at instant `now`. `start` and `end` are ISO instants. */
export function fairPhase(fair: { start: string; end: string; status: FairStatus }, now: Date): FairPhase {
  if (fair.status === 'cancelled') return 'cancelled';
  if (fair.status === 'postponed') return 'postponed';
  const t = now.getTime();
  if (t < Date.parse(fair.start)) return 'upcoming';
  if (t <= Date.parse(fair.end)) return 'ongoing';
  return 'past';
}
