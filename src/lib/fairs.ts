/**
 * Fair rules: when a fair or market day meets, and whether it is upcoming, ongoing or past at
 * `now`; its next sessions, whether it is on this weekend, and whether businesses can still
 * register. Pure and shared by the build and the browser (cards, fair pages, the map).
 *
 * A fair is either one span (`start` to `end`, possibly several days) or a recurring market day
 * (`repeat`: `start`–`end` is its first session and every session keeps those times). Instants are
 * ISO strings with `+07:00`, as the schema writes them.
 */
import { addDays, daysBetween, localDate, startOfLocalDay } from './dates.ts';
import { isOccurrence, lastOccurrence, occurrences, weekdayOf, WEEKDAYS, type Recurrence } from './recurrence.ts';

export const FAIR_KINDS = ['phien-cho-hang-viet', 'hoi-cho-nong-thon', 'hoi-cho-thuong-mai', 'hoi-cho-khuyen-mai'] as const;
export type FairKind = (typeof FAIR_KINDS)[number];

export const FAIR_KIND_LABELS: Record<FairKind, string> = {
  'phien-cho-hang-viet': 'Phiên chợ hàng Việt',
  'hoi-cho-nong-thon': 'Hội chợ hàng Việt về nông thôn, miền núi, vùng sâu, vùng xa',
  'hoi-cho-thuong-mai': 'Hội chợ thương mại',
  'hoi-cho-khuyen-mai': 'Hội chợ khuyến mại',
};

/** Short kind labels for filters and cards. */
export const FAIR_KIND_SHORT: Record<FairKind, string> = {
  'phien-cho-hang-viet': 'Phiên chợ hàng Việt',
  'hoi-cho-nong-thon': 'Hội chợ về nông thôn, miền núi',
  'hoi-cho-thuong-mai': 'Hội chợ thương mại',
  'hoi-cho-khuyen-mai': 'Hội chợ khuyến mại',
};

/** What the organiser has announced. */
export const FAIR_STATUSES = ['scheduled', 'postponed', 'cancelled'] as const;
export type FairStatus = (typeof FAIR_STATUSES)[number];

/** The status the organiser announced, in words (the page says more: upcoming, ongoing, past…). */
export const FAIR_STATUS_LABELS: Record<FairStatus, string> = {
  scheduled: 'Theo kế hoạch',
  postponed: 'Tạm hoãn',
  cancelled: 'Đã hủy',
};

/** What a visitor needs to know now: the announced status combined with the clock (`data-status`). */
export const FAIR_PHASES = ['upcoming', 'ongoing', 'past', 'postponed', 'cancelled'] as const;
export type FairPhase = (typeof FAIR_PHASES)[number];

export const FAIR_PHASE_LABELS: Record<FairPhase, string> = {
  upcoming: 'Sắp diễn ra',
  ongoing: 'Đang diễn ra',
  past: 'Đã kết thúc',
  postponed: 'Tạm hoãn',
  cancelled: 'Đã hủy',
};

/** One opening of a fair: ISO instants. */
export interface Session {
  start: string;
  end: string;
}

/** What the time rules need from a fair record. */
export interface FairTiming extends Session {
  status: FairStatus;
  /** A recurring market day; `start`–`end` is then its first session. */
  repeat?: Recurrence | undefined;
  /** New dates of a postponed fair, once announced (`start`–`end` stay the planned ones). */
  rescheduled?: Session | undefined;
}

const MINUTE = 60_000;

/** The dates the fair actually keeps: the new ones of a rescheduled fair, else its own. */
export function keptDates(f: FairTiming): Session {
  return f.rescheduled ?? { start: f.start, end: f.end };
}

/** The session of a recurring fair on calendar date `date`: its first session's times on that day. */
export function sessionOn(f: FairTiming, date: string): Session {
  const start = `${date}${f.start.slice(10)}`;
  const duration = Date.parse(f.end) - Date.parse(f.start);
  return { start, end: localInstant(new Date(Date.parse(start) + duration)) };
}

/** An instant written as the schema writes them: `2026-12-05T16:00:00+07:00`. */
export function localInstant(at: Date): string {
  const shifted = new Date(at.getTime() + 7 * 60 * MINUTE).toISOString();
  return `${shifted.slice(0, 19)}+07:00`;
}

/** Up to `limit` sessions not over at `now` (the one on now first), in order. */
export function sessionsFrom(f: FairTiming, now: Date, limit: number): Session[] {
  const t = now.getTime();
  if (!f.repeat) {
    const kept = keptDates(f);
    return Date.parse(kept.end) >= t && limit > 0 ? [kept] : [];
  }
  const first = f.start.slice(0, 10);
  // A session that started on an earlier day may still be on (a market open past midnight).
  const durationDays = Math.ceil((Date.parse(f.end) - Date.parse(f.start)) / 86_400_000);
  const from = addDays(localDate(now), -durationDays);
  return occurrences(first, f.repeat, from, limit + durationDays + 1)
    .map((date) => sessionOn(f, date))
    .filter((s) => Date.parse(s.end) >= t)
    .slice(0, limit);
}

/** The session on now, or else the next one; `undefined` when none is left. */
export function currentSession(f: FairTiming, now: Date): Session | undefined {
  return sessionsFrom(f, now, 1)[0];
}

/** When the fair's last session ends; `undefined` for a market day with no end date. */
export function finalEnd(f: FairTiming): string | undefined {
  if (!f.repeat) return keptDates(f).end;
  if (!f.repeat.until) return undefined;
  const last = lastOccurrence(f.start.slice(0, 10), f.repeat);
  return last ? sessionOn(f, last).end : f.end;
}

/** Whether a fair still belongs on the map at `now`: not cancelled and not over. */
export function fairNotOver(f: FairTiming, now: Date): boolean {
  if (f.status === 'cancelled') return false;
  const end = finalEnd(f);
  return end === undefined || Date.parse(end) >= now.getTime();
}

/**
 * The phase of a fair at instant `now`. A postponed fair stays postponed until new dates are
 * announced, then follows them. A recurring market is ongoing only during a session.
 */
export function fairPhase(f: FairTiming, now: Date): FairPhase {
  if (f.status === 'cancelled') return 'cancelled';
  if (f.status === 'postponed' && !f.rescheduled) return 'postponed';
  const session = currentSession(f, now);
  if (!session) return 'past';
  return Date.parse(session.start) <= now.getTime() ? 'ongoing' : 'upcoming';
}

/** The weekend of `now` (Saturday 00:00 to Monday 00:00, Vietnam), or the next one on a weekday. */
export function weekendOf(now: Date): { saturday: string; from: Date; to: Date } {
  const today = localDate(now);
  const day = WEEKDAYS.indexOf(weekdayOf(today));
  const saturday = day === 0 ? addDays(today, -1) : addDays(today, 6 - day);
  return { saturday, from: startOfLocalDay(saturday), to: startOfLocalDay(addDays(saturday, 2)) };
}

/** Whether the fair has a session still to come or on during this weekend (see `weekendOf`). */
export function onThisWeekend(f: FairTiming, now: Date): boolean {
  const phase = fairPhase(f, now);
  if (phase !== 'upcoming' && phase !== 'ongoing') return false;
  const { from, to } = weekendOf(now);
  return sessionsFrom(f, now, 3).some((s) => Date.parse(s.start) < to.getTime() && Date.parse(s.end) >= from.getTime());
}

/** Registration as the time rules see it. */
export interface RegistrationTiming {
  /** Last day to register, `YYYY-MM-DD`. */
  deadline?: string | undefined;
}

export type RegistrationState =
  /** Registration is open; `daysLeft` counts to the deadline (0 = today is the last day). */
  | { open: true; daysLeft?: number | undefined }
  /** Closed: the deadline passed, or the fair is over or cancelled. */
  | { open: false; reason: 'deadline' | 'over' | 'cancelled' };

/** Whether businesses can still register at `now`. */
export function registrationState(f: FairTiming, registration: RegistrationTiming, now: Date): RegistrationState {
  const phase = fairPhase(f, now);
  if (phase === 'cancelled') return { open: false, reason: 'cancelled' };
  if (phase === 'past') return { open: false, reason: 'over' };
  if (!registration.deadline) return { open: true };
  const daysLeft = daysBetween(localDate(now), registration.deadline);
  return daysLeft >= 0 ? { open: true, daysLeft } : { open: false, reason: 'deadline' };
}

/** The registration state in words: "Đang nhận đăng ký – còn 12 ngày", "Đã hết hạn đăng ký". */
export function registrationSentence(state: RegistrationState): string {
  if (state.open) {
    if (state.daysLeft === undefined) return 'Đang nhận đăng ký';
    return `Đang nhận đăng ký – ${state.daysLeft === 0 ? 'hôm nay là ngày cuối' : `còn ${state.daysLeft} ngày`}`;
  }
  return { deadline: 'Đã hết hạn đăng ký', over: 'Hội chợ đã kết thúc, không còn nhận đăng ký', cancelled: 'Hội chợ đã hủy, không nhận đăng ký' }[state.reason];
}

/** Opening hours of a day: `HH:MM`. */
export interface DayHours {
  date: string;
  open: string;
  close: string;
}

/** Longest one-span fair; longer ones are market days and need a `repeat` rule. */
export const MAX_SPAN_DAYS = 62;

/**
 * Opening hours day by day of a one-span fair with daily hours (`08:00-22:00`): the first day opens
 * at `start`, the last closes at `end`, the days between keep the daily hours.
 */
export function hoursByDay(span: Session, daily: { open: string; close: string }): DayHours[] {
  const first = span.start.slice(0, 10);
  const last = span.end.slice(0, 10);
  const days: DayHours[] = [];
  for (let date = first; date <= last && days.length <= MAX_SPAN_DAYS; date = addDays(date, 1)) {
    days.push({
      date,
      open: date === first ? span.start.slice(11, 16) : daily.open,
      close: date === last ? span.end.slice(11, 16) : daily.close,
    });
  }
  return days;
}

/** Whether `date` is a day the market meets (for the schema's checks of `except`). */
export function meetsOn(f: Pick<FairTiming, 'start'> & { repeat: Recurrence }, date: string): boolean {
  return isOccurrence(date, f.start.slice(0, 10), { ...f.repeat, except: [] });
}

/** The end of time for `fairStableUntil`: nothing left to change. */
export const NEVER = '+275760-09-13T00:00:00.000Z';

/**
 * The first instant after `now` at which anything the pages show about this fair may read
 * differently: its phase (a session opens, or ends — the last millisecond of `end` still counts
 * as on), its next sessions, this weekend's mark (the weekend moves on at Monday 00:00), and
 * "còn N ngày" of an open registration (at the next midnight). Before it, what the build wrote is
 * still true, so the browser loads the rules only on a page that has outlived it.
 */
export function fairStableUntil(f: FairTiming, registration: RegistrationTiming | undefined, now: Date): string {
  const t = now.getTime();
  const phase = fairPhase(f, now);
  if (phase === 'cancelled' || phase === 'past') return NEVER;
  const candidates: number[] = [];
  const session = phase === 'postponed' ? undefined : currentSession(f, now);
  if (session) {
    const start = Date.parse(session.start);
    candidates.push(start > t ? start : Date.parse(session.end) + 1, weekendOf(now).to.getTime());
  }
  if (registration?.deadline && registrationState(f, registration, now).open) candidates.push(startOfLocalDay(addDays(localDate(now), 1)).getTime());
  return candidates.length ? new Date(Math.min(...candidates)).toISOString() : NEVER;
}
