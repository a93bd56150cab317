/**
 * Fairs in calendar files, read back with a real iCalendar parser (ical.js): a market day is one
 * event whose RRULE and EXDATEs, expanded in Asia/Ho_Chi_Minh, give exactly the sessions the site's
 * own rules give (`occurrences`); statuses, moved dates, place and a DTSTAMP that does not follow
 * the build's clock.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { SiteData } from '../../src/data/site-data.ts';
import { fairCalendars, fairsCalendar } from '../../src/data/views/fair-calendars.ts';
import { icsResponse } from '../../src/data/views/calendar.ts';
import { localDate } from '../../src/lib/dates.ts';
import { fairEvent, type FairForCalendar } from '../../src/lib/fair-calendar.ts';
import { localInstant, sessionOn, type Session } from '../../src/lib/fairs.ts';
import { calendar } from '../../src/lib/ical.ts';
import { occurrences, weekdayOf, type Recurrence } from '../../src/lib/recurrence.ts';

const site = new URL('https://hangviet.example.vn');

const fair = (over: Partial<FairForCalendar>): FairForCalendar => ({
  id: 'phien-cho-a',
  title: 'Phiên chợ hàng Việt cuối tuần',
  summary: 'Nông sản, thực phẩm và sản phẩm OCOP.',
  start: '2026-11-07T16:00:00+07:00',
  end: '2026-11-07T22:00:00+07:00',
  status: 'scheduled',
  location: 'Sân 116 Nguyễn Du, Số 116 Nguyễn Du, Phường Bến Thành, Thành phố Hồ Chí Minh',
  geo: { lat: 10.7737, lng: 106.6952 },
  ...over,
});

/** The calendar text of some fairs, and its events as ical.js reads them. */
function parsed(...fairs: FairForCalendar[]) {
  const text = calendar('Hội chợ', fairs.map((f) => fairEvent(f, site)));
  const comp = new ICAL.Component(ICAL.parse(text));
  return { text, comp, events: comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** Up to `max` occurrences of an event, as Vietnam instants (`+07:00`) like the schema writes them. */
function expand(event: ICAL.Event, max: number): Session[] {
  const out: Session[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && out.length < max; next = it.next()) {
    const details = event.getOccurrenceDetails(next);
    out.push({ start: localInstant(details.startDate.toJSDate()), end: localInstant(details.endDate.toJSDate()) });
  }
  return out;
}

describe('a market day as one recurring event', () => {
  const rules: [string, Pick<FairForCalendar, 'start' | 'end'>, Recurrence][] = [
    ['weekly, Saturday and Sunday, ending, with days off', { start: '2026-11-07T16:00:00+07:00', end: '2026-11-07T22:00:00+07:00' }, { every: 'week', days: ['t7', 'cn'], until: '2027-03-20', except: ['2027-02-06', '2027-02-07'] }],
    ['weekly, no end', { start: '2026-11-07T16:00:00+07:00', end: '2026-11-07T22:00:00+07:00' }, { every: 'week', days: ['t7', 'cn'], except: ['2027-02-06', '2028-01-30'] }],
    // 06:00 in Vietnam is 23:00 UTC the day before: the rule's weekdays must be Vietnam's.
    ['weekly, early morning', { start: '2026-11-07T06:00:00+07:00', end: '2026-11-07T10:00:00+07:00' }, { every: 'week', days: ['t7', 'cn'], except: ['2026-12-13'] }],
    ['monthly, first Sunday, early morning', { start: '2027-01-03T06:30:00+07:00', end: '2027-01-03T11:30:00+07:00' }, { every: 'month', days: ['cn'], week: 1, until: '2030-12-01', except: ['2027-02-07'] }],
    ['monthly, last Saturday', { start: '2026-11-28T18:00:00+07:00', end: '2026-11-28T21:00:00+07:00' }, { every: 'month', days: ['t7'], week: -1, except: ['2027-01-30'] }],
    ['monthly, third Monday and Thursday', { start: '2026-11-16T07:00:00+07:00', end: '2026-11-16T11:00:00+07:00' }, { every: 'month', days: ['t2', 't5'], week: 3, until: '2028-06-30', except: ['2027-02-18'] }],
  ];

  it.each(rules)('%s: ical.js expands it to exactly the sessions of occurrences()', (_, times, repeat) => {
    const f = fair({ ...times, repeat });
    const { events } = parsed(f);
    expect(events).toHaveLength(1);
    const got = expand(events[0]!, 60);
    const expected = occurrences(f.start.slice(0, 10), repeat, f.start.slice(0, 10), 60).map((date) => sessionOn(f, date));
    expect(got).toEqual(expected);
    // No day off, nothing after the last day, and every session on one of the rule's weekdays in Vietnam.
    for (const s of got) {
      const day = localDate(new Date(s.start));
      expect(repeat.except).not.toContain(day);
      if (repeat.until) expect(day <= repeat.until).toBe(true);
      expect(repeat.days).toContain(weekdayOf(day));
      expect(s.start.slice(11)).toBe(f.start.slice(11));
    }
    // A rule with an end runs out (the iterator stops), the rule without goes on to 60.
    if (repeat.until) expect(got.length).toBeLessThan(60);
    else expect(got).toHaveLength(60);
  });

  it('writes the first session in Vietnam time, the rule, its end in UTC and each day off at the session time', () => {
    const { text } = parsed(fair({ repeat: { every: 'week', days: ['t7', 'cn'], until: '2030-12-29', except: ['2027-02-06', '2027-02-07'] } }));
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20261107T160000');
    expect(lines).toContain('DTEND;TZID=Asia/Ho_Chi_Minh:20261107T220000');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=SA,SU;UNTIL=20301229T165959Z');
    expect(lines.filter((l) => l.startsWith('EXDATE'))).toEqual(['EXDATE;TZID=Asia/Ho_Chi_Minh:20270206T160000', 'EXDATE;TZID=Asia/Ho_Chi_Minh:20270207T160000']);
    const monthly = parsed(fair({ start: '2027-01-03T06:30:00+07:00', end: '2027-01-03T11:30:00+07:00', repeat: { every: 'month', days: ['cn'], week: 1, except: [] } })).text;
    expect(monthly).toContain('RRULE:FREQ=MONTHLY;BYDAY=1SU\r\n');
    expect(monthly).not.toContain('EXDATE');
  });

  it('carries one VTIMEZONE for Asia/Ho_Chi_Minh, at +0700 all year, when an event uses it', () => {
    const { comp } = parsed(fair({ repeat: { every: 'week', days: ['t7'], except: [] } }), fair({ id: 'hoi-cho-b', start: '2027-03-12T08:00:00+07:00', end: '2027-03-14T21:00:00+07:00' }));
    const zones = comp.getAllSubcomponents('vtimezone');
    expect(zones).toHaveLength(1);
    expect(zones[0]!.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
    const tzids = comp.getAllSubcomponents('vevent').flatMap((v) => v.getAllProperties().map((p) => p.getParameter('tzid')).filter(Boolean));
    expect(new Set(tzids)).toEqual(new Set(['Asia/Ho_Chi_Minh']));
    const zone = new ICAL.Timezone(zones[0]!);
    for (const date of ['2026-01-15', '2026-07-15']) expect(zone.utcOffset(ICAL.Time.fromDateString(date))).toBe(7 * 3600);
    // A calendar of one-off fairs only has no zone to declare: their times are UTC.
    const oneOff = parsed(fair({ start: '2027-03-12T08:00:00+07:00', end: '2027-03-14T21:00:00+07:00' }));
    expect(oneOff.comp.getAllSubcomponents('vtimezone')).toHaveLength(0);
    expect(oneOff.text).toContain('DTSTART:20270312T010000Z');
  });
});

describe('status, moved dates and place', () => {
  const planned = { start: '2026-12-10T08:00:00+07:00', end: '2026-12-13T21:00:00+07:00' };
  const moved = { start: '2027-01-14T08:00:00+07:00', end: '2027-01-17T21:00:00+07:00' };
  const cases: [string, Partial<FairForCalendar>, { status: string; summary: string; dates: Session; description: string[] }][] = [
    ['scheduled', planned, { status: 'CONFIRMED', summary: 'Hội chợ A', dates: planned, description: [] }],
    ['cancelled', { ...planned, status: 'cancelled', statusNote: 'Hủy vì mưa lớn.' }, { status: 'CANCELLED', summary: 'Đã hủy: Hội chợ A', dates: planned, description: ['Hủy vì mưa lớn.'] }],
    ['postponed, no new dates', { ...planned, status: 'postponed', statusNote: 'Tạm hoãn để sửa mặt bằng.' }, { status: 'TENTATIVE', summary: 'Tạm hoãn: Hội chợ A', dates: planned, description: ['Tạm hoãn để sửa mặt bằng.'] }],
    [
      'postponed, rescheduled',
      { ...planned, status: 'postponed', statusNote: 'Dời sang tháng 01/2027.', rescheduled: moved },
      {
        status: 'CONFIRMED',
        summary: 'Hội chợ A',
        dates: moved,
        description: ['Đã dời lịch. Thời gian dự kiến ban đầu: 08:00 Thứ Năm, 10/12/2026 – 21:00 Chủ nhật, 13/12/2026.', 'Dời sang tháng 01/2027.'],
      },
    ],
  ];

  it.each(cases)('%s', (_, over, expected) => {
    const f = fair({ title: 'Hội chợ A', ...over });
    const { events } = parsed(f);
    const e = events[0]!;
    expect(e.component.getFirstPropertyValue('status')).toBe(expected.status);
    expect(e.summary).toBe(expected.summary);
    expect(localInstant(e.startDate.toJSDate())).toBe(expected.dates.start);
    expect(localInstant(e.endDate.toJSDate())).toBe(expected.dates.end);
    expect(e.description.split('\n')).toEqual([f.summary, ...expected.description]);
  });

  it('gives the place as GEO and LOCATION, the fair page as URL, and a UID from the id and host', () => {
    const f = fair({ repeat: { every: 'week', days: ['t7'], except: [] } });
    const e = parsed(f).events[0]!;
    expect(e.component.getFirstPropertyValue('geo')).toEqual([10.7737, 106.6952]);
    expect(e.location).toBe(f.location);
    expect(e.component.getFirstPropertyValue('url')).toBe('https://hangviet.example.vn/hoi-cho/phien-cho-a/');
    expect(e.uid).toBe('hoi-cho-phien-cho-a@hangviet.example.vn');
  });
});

describe('DTSTAMP', () => {
  const stampOf = (f: FairForCalendar) => (parsed(f).events[0]!.component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString();

  it('is the day the record was last updated (00:00 in Vietnam), else the planned opening', () => {
    expect(stampOf(fair({ updated: '2026-11-25' }))).toBe('2026-11-24T17:00:00.000Z');
    expect(stampOf(fair({}))).toBe('2026-11-07T09:00:00.000Z');
    // A rescheduled fair without `updated` keeps its planned opening: the stamp does not move with the dates.
    expect(stampOf(fair({ status: 'postponed', statusNote: 'Dời.', rescheduled: { start: '2027-01-14T08:00:00+07:00', end: '2027-01-14T21:00:00+07:00' } }))).toBe('2026-11-07T09:00:00.000Z');
  });

  /** The fields of a fair record the calendar views read. */
  const record = (id: string, over: object) => ({
    id,
    data: {
      title: 'Phiên chợ hàng Việt cuối tuần',
      summary: 'Nông sản.',
      start: '2026-11-07T16:00:00+07:00',
      end: '2026-11-07T22:00:00+07:00',
      status: 'scheduled',
      venue: { name: 'Sân 116 Nguyễn Du', address: { street: 'Số 116 Nguyễn Du', commune: '26743', province: '79' }, geo: { lat: 10.7737, lng: 106.6952 } },
      ...over,
    },
  });
  const siteData = (now: string) =>
    ({
      now: new Date(now),
      site: { baseUrl: 'https://hangviet.example.vn/', siteName: 'Hàng Việt' },
      fairs: [record('phien-cho-a', { repeat: { every: 'week', days: ['t7', 'cn'], except: ['2027-02-06'] }, updated: '2026-11-25' }), record('hoi-cho-b', {})],
    }) as unknown as SiteData;

  it('and the whole file stay the same when only the build time changes', async () => {
    const [a, b] = [siteData('2026-11-30T03:00:00Z'), siteData('2027-05-01T15:00:00Z')];
    expect(fairsCalendar(b)).toEqual(fairsCalendar(a));
    expect(fairCalendars(b)).toEqual(fairCalendars(a));
    const [textA, textB] = await Promise.all([icsResponse(fairsCalendar(a)).text(), icsResponse(fairsCalendar(b)).text()]);
    expect(textB).toBe(textA);
    expect(textA).toContain('DTSTAMP:20261124T170000Z');
    expect(textA).toContain('DTSTAMP:20261107T090000Z');
    // The view model holds what the file shows (its page key is a digest of it): here, the place.
    expect(JSON.stringify(fairCalendars(a)[0]!.view)).toContain('Phường Bến Thành');
  });
});
