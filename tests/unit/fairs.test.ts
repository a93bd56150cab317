/**
 * Fair rules at the boundaries of their dates, with instants written in Vietnam time and in UTC
 * (a fair ending 21:00 in Vietnam ends 14:00 UTC): phase, next sessions of market days, this
 * weekend, registration open or closed.
 */
import { describe, expect, it } from 'vitest';
import {
  currentSession,
  fairStableUntil,
  NEVER,
  fairNotOver,
  fairPhase,
  finalEnd,
  hoursByDay,
  onThisWeekend,
  registrationSentence,
  registrationState,
  sessionsFrom,
  weekendOf,
  type FairTiming,
} from '../../src/lib/fairs.ts';

const oneOff: FairTiming = { start: '2026-11-28T08:00:00+07:00', end: '2026-11-30T21:00:00+07:00', status: 'scheduled' };

/** Every Saturday and Sunday 16:00–22:00 from Saturday 07/11/2026 to 29/12/2030, not 05–06/12/2026. */
const weekend: FairTiming = {
  start: '2026-11-07T16:00:00+07:00',
  end: '2026-11-07T22:00:00+07:00',
  status: 'scheduled',
  repeat: { every: 'week', days: ['t7', 'cn'], until: '2030-12-29', except: ['2026-12-05', '2026-12-06'] },
};

/** First Sunday of each month 06:30–11:30, January 2027 to December 2030. */
const monthly: FairTiming = {
  start: '2027-01-03T06:30:00+07:00',
  end: '2027-01-03T11:30:00+07:00',
  status: 'scheduled',
  repeat: { every: 'month', days: ['cn'], week: 1, until: '2030-12-01', except: ['2027-02-07'] },
};

/** A night market open past midnight, Friday 18:00 to Saturday 02:00. */
const night: FairTiming = {
  start: '2026-11-06T18:00:00+07:00',
  end: '2026-11-07T02:00:00+07:00',
  status: 'scheduled',
  repeat: { every: 'week', days: ['t6'] },
};

describe('fairPhase', () => {
  it.each([
    // One span: a fair of several days is on from its opening to its closing.
    [oneOff, '2026-11-28T07:59:59+07:00', 'upcoming'],
    [oneOff, '2026-11-28T00:59:59Z', 'upcoming'],
    [oneOff, '2026-11-28T08:00:00+07:00', 'ongoing'],
    [oneOff, '2026-11-28T01:00:00Z', 'ongoing'],
    [oneOff, '2026-11-30T21:00:00+07:00', 'ongoing'],
    [oneOff, '2026-11-30T14:00:00Z', 'ongoing'],
    [oneOff, '2026-11-30T14:00:00.001Z', 'past'],
    [oneOff, '2026-11-30T21:01:00+07:00', 'past'],
    // A weekend market is on only during a session: not at 02:00 on a Tuesday.
    [weekend, '2026-11-07T15:59:00+07:00', 'upcoming'],
    [weekend, '2026-11-07T16:00:00+07:00', 'ongoing'],
    [weekend, '2026-11-07T09:00:00Z', 'ongoing'],
    [weekend, '2026-11-08T22:00:00+07:00', 'ongoing'],
    [weekend, '2026-11-08T15:00:01Z', 'upcoming'],
    [weekend, '2026-11-10T02:00:00+07:00', 'upcoming'],
    [weekend, '2026-11-09T19:00:00Z', 'upcoming'],
    // An exception date: the market does not meet that Saturday.
    [weekend, '2026-12-05T18:00:00+07:00', 'upcoming'],
    // The last session (Sunday 29/12/2030) and after it.
    [weekend, '2030-12-29T21:59:00+07:00', 'ongoing'],
    [weekend, '2030-12-29T22:00:01+07:00', 'past'],
    [weekend, '2031-06-01T00:00:00Z', 'past'],
    [monthly, '2027-01-03T06:30:00+07:00', 'ongoing'],
    [monthly, '2027-01-03T11:31:00+07:00', 'upcoming'],
    [monthly, '2030-12-01T11:31:00+07:00', 'past'],
    // A session past midnight is still on at 01:00 on Saturday.
    [night, '2026-11-07T01:00:00+07:00', 'ongoing'],
    [night, '2026-11-06T18:30:00Z', 'ongoing'],
    [night, '2026-11-07T02:01:00+07:00', 'upcoming'],
  ] as const)('%# at %s', (fair, now, phase) => {
    expect(fairPhase(fair, new Date(now))).toBe(phase);
  });

  it('says cancelled whatever the clock, postponed until new dates are announced', () => {
    expect(fairPhase({ ...oneOff, status: 'cancelled' }, new Date('2026-11-29T10:00:00+07:00'))).toBe('cancelled');
    expect(fairPhase({ ...oneOff, status: 'postponed' }, new Date('2027-01-01T00:00:00+07:00'))).toBe('postponed');
    const rescheduled: FairTiming = { ...oneOff, status: 'postponed', rescheduled: { start: '2027-01-14T08:00:00+07:00', end: '2027-01-17T21:00:00+07:00' } };
    expect(fairPhase(rescheduled, new Date('2026-11-29T10:00:00+07:00'))).toBe('upcoming');
    expect(fairPhase(rescheduled, new Date('2027-01-15T10:00:00+07:00'))).toBe('ongoing');
    expect(fairPhase(rescheduled, new Date('2027-01-17T14:00:01Z'))).toBe('past');
  });
});

describe('sessions of a market day', () => {
  it('gives the next sessions from a Saturday night: Sunday next, skipping exceptions', () => {
    const at = new Date('2026-11-28T22:30:00+07:00');
    expect(sessionsFrom(weekend, at, 3).map((s) => s.start)).toEqual(['2026-11-29T16:00:00+07:00', '2026-12-12T16:00:00+07:00', '2026-12-13T16:00:00+07:00']);
  });

  it('gives the session on now first, with its end', () => {
    expect(currentSession(weekend, new Date('2026-11-29T20:00:00+07:00'))).toEqual({ start: '2026-11-29T16:00:00+07:00', end: '2026-11-29T22:00:00+07:00' });
    expect(currentSession(night, new Date('2026-11-14T01:00:00+07:00'))).toEqual({ start: '2026-11-13T18:00:00+07:00', end: '2026-11-14T02:00:00+07:00' });
  });

  it('gives none after the end date, and the first-Sunday rule falls on first Sundays', () => {
    expect(sessionsFrom(weekend, new Date('2030-12-30T00:00:00+07:00'), 5)).toEqual([]);
    expect(sessionsFrom(monthly, new Date('2027-01-04T00:00:00+07:00'), 3).map((s) => s.start.slice(0, 10))).toEqual(['2027-03-07', '2027-04-04', '2027-05-02']);
  });

  it('knows when the last session ends, and that a rule with no end date never ends', () => {
    expect(finalEnd(weekend)).toBe('2030-12-29T22:00:00+07:00');
    expect(finalEnd(monthly)).toBe('2030-12-01T11:30:00+07:00');
    expect(finalEnd(night)).toBeUndefined();
    expect(fairNotOver(night, new Date('2040-01-01T00:00:00Z'))).toBe(true);
    expect(fairNotOver(weekend, new Date('2030-12-29T15:00:01Z'))).toBe(false);
  });
});

describe('this weekend', () => {
  it.each([
    // Tuesday → the coming Saturday; Saturday and Sunday → that weekend.
    ['2026-12-01T10:00:00+07:00', '2026-12-05'],
    ['2026-12-05T00:00:00+07:00', '2026-12-05'],
    ['2026-12-04T17:00:00Z', '2026-12-05'],
    ['2026-12-06T23:59:00+07:00', '2026-12-05'],
    ['2026-12-06T17:00:00Z', '2026-12-12'],
  ])('at %s the weekend starts %s', (now, saturday) => {
    expect(weekendOf(new Date(now)).saturday).toBe(saturday);
  });

  it('marks a fair with a session to come this weekend, not one whose weekend is an exception', () => {
    expect(onThisWeekend(weekend, new Date('2026-11-24T10:00:00+07:00'))).toBe(true);
    expect(onThisWeekend(weekend, new Date('2026-12-01T10:00:00+07:00'))).toBe(false);
    expect(onThisWeekend(oneOff, new Date('2026-11-25T10:00:00+07:00'))).toBe(true);
    expect(onThisWeekend(oneOff, new Date('2026-11-18T10:00:00+07:00'))).toBe(false);
    expect(onThisWeekend({ ...oneOff, status: 'cancelled' }, new Date('2026-11-25T10:00:00+07:00'))).toBe(false);
  });
});

describe('registration', () => {
  const reg = { deadline: '2026-11-20' };
  it.each([
    ['2026-11-08T10:00:00+07:00', 'Đang nhận đăng ký – còn 12 ngày'],
    ['2026-11-20T23:59:00+07:00', 'Đang nhận đăng ký – hôm nay là ngày cuối'],
    ['2026-11-20T16:59:00Z', 'Đang nhận đăng ký – hôm nay là ngày cuối'],
    ['2026-11-20T17:00:00Z', 'Đã hết hạn đăng ký'],
    ['2026-12-01T10:00:00+07:00', 'Hội chợ đã kết thúc, không còn nhận đăng ký'],
  ])('at %s: %s', (now, words) => {
    expect(registrationSentence(registrationState(oneOff, reg, new Date(now)))).toBe(words);
  });

  it('stays open without a deadline until the fair is over, and never for a cancelled fair', () => {
    expect(registrationState(weekend, {}, new Date('2029-01-01T00:00:00Z'))).toEqual({ open: true });
    expect(registrationState(weekend, {}, new Date('2031-01-01T00:00:00Z'))).toEqual({ open: false, reason: 'over' });
    expect(registrationState({ ...oneOff, status: 'cancelled' }, reg, new Date('2026-11-01T00:00:00Z'))).toEqual({ open: false, reason: 'cancelled' });
  });
});

describe('hoursByDay', () => {
  it('opens the first day at the opening and closes the last at the closing', () => {
    expect(hoursByDay(oneOff, { open: '07:30', close: '22:00' })).toEqual([
      { date: '2026-11-28', open: '08:00', close: '22:00' },
      { date: '2026-11-29', open: '07:30', close: '22:00' },
      { date: '2026-11-30', open: '07:30', close: '21:00' },
    ]);
  });
});

describe('fairStableUntil', () => {
  /** Everything a page shows about a fair that depends on the clock. */
  const shown = (f: FairTiming, reg: { deadline?: string }, at: Date) => {
    const phase = fairPhase(f, at);
    return JSON.stringify({
      phase,
      weekend: onThisWeekend(f, at),
      registration: registrationSentence(registrationState(f, reg, at)),
      // Pages list next sessions of a fair on now or coming only.
      next: phase === 'upcoming' || phase === 'ongoing' ? sessionsFrom(f, at, 6) : [],
    });
  };
  const postponed: FairTiming = { ...oneOff, status: 'postponed' };
  const rescheduled: FairTiming = { ...oneOff, status: 'postponed', rescheduled: { start: '2026-12-10T08:00:00+07:00', end: '2026-12-12T21:00:00+07:00' } };
  const fairs: [string, FairTiming, { deadline?: string }][] = [
    ['one span', oneOff, { deadline: '2026-11-25' }],
    ['weekend market', weekend, {}],
    ['monthly market', monthly, { deadline: '2027-01-01' }],
    ['night market', night, {}],
    ['postponed', postponed, { deadline: '2026-11-30' }],
    ['rescheduled', rescheduled, { deadline: '2026-12-05' }],
    ['cancelled', { ...oneOff, status: 'cancelled' }, { deadline: '2026-11-25' }],
  ];
  const HOUR = 3_600_000;

  it.each(fairs)('%s: nothing it shows changes before the instant it gives, and that instant is later than now', (_, f, reg) => {
    // Every 97 minutes for eight weeks around the fairs' dates.
    for (let t = Date.parse('2026-11-01T00:00:00+07:00'); t < Date.parse('2027-01-10T00:00:00+07:00'); t += 97 * 60_000) {
      const now = new Date(t);
      const until = Date.parse(fairStableUntil(f, reg, now));
      expect(until, `at ${now.toISOString()}`).toBeGreaterThan(t);
      const before = shown(f, reg, now);
      const last = Math.min(until - 1, t + 30 * 24 * HOUR);
      for (const probe of [t + 1, t + HOUR, (t + last) / 2, last]) {
        if (probe > last) continue;
        expect(shown(f, reg, new Date(probe)), `${now.toISOString()} → ${new Date(probe).toISOString()} (until ${new Date(until).toISOString()})`).toBe(before);
      }
    }
  });

  it('names the next boundary: a session opening, the millisecond after one closes, Monday 00:00, midnight of an open registration', () => {
    expect(fairStableUntil(weekend, {}, new Date('2026-11-24T10:00:00+07:00'))).toBe('2026-11-28T09:00:00.000Z');
    expect(fairStableUntil(weekend, {}, new Date('2026-11-28T17:00:00+07:00'))).toBe('2026-11-28T15:00:00.001Z');
    expect(fairStableUntil(weekend, {}, new Date('2026-11-29T22:30:00+07:00'))).toBe('2026-11-29T17:00:00.000Z');
    expect(fairStableUntil(oneOff, { deadline: '2026-11-25' }, new Date('2026-11-20T10:00:00+07:00'))).toBe('2026-11-20T17:00:00.000Z');
    expect(fairStableUntil({ ...oneOff, status: 'cancelled' }, {}, new Date('2026-11-20T10:00:00+07:00'))).toBe(NEVER);
    expect(fairStableUntil(weekend, {}, new Date('2031-01-01T00:00:00Z'))).toBe(NEVER);
  });
});
