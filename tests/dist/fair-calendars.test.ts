/**
 * The fairs' calendar files as a phone would get them: every built `/hoi-cho/*.ics` (each fair's,
 * and `lich.ics` with all of them) parsed with ical.js, market days expanded in Vietnam time and
 * compared with the record's own rule (read from content/, independently of the site's code).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const dist = path.resolve('dist/hoi-cho');
const files = readdirSync(dist).filter((f) => f.endsWith('.ics'));

function events(file: string): ICAL.Event[] {
  const comp = new ICAL.Component(ICAL.parse(readFileSync(path.join(dist, file), 'utf8')));
  return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** An instant as wall-clock time in Vietnam: `2026-11-07T16:00` (one offset all year, +07:00). */
const vietnam = (t: ICAL.Time) => new Date(t.toJSDate().getTime() + 7 * 3_600_000).toISOString().slice(0, 16);

/** A date's weekday, Sunday = 0. */
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The front matter of a fair's record. */
function record(id: string): { start: string; end: string; repeat: { until: string; except: string[] } } {
  const text = readFileSync(path.resolve('content/fairs', `${id}.md`), 'utf8');
  return yaml.load(text.split(/^---$/m)[1]!) as never;
}

/** Every occurrence of an event, start and end in Vietnam time. */
function sessions(event: ICAL.Event, max = 2000): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && out.length < max; next = it.next()) {
    const d = event.getOccurrenceDetails(next);
    out.push({ start: vietnam(d.startDate), end: vietnam(d.endDate) });
  }
  return out;
}

const byUid = (file: string, id: string) => events(file).find((e) => e.uid.startsWith(`hoi-cho-${id}@`))!;

describe('fair calendar files', () => {
  it('are there: one per fair and the calendar of all fairs', () => {
    expect(files).toContain('lich.ics');
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)('%s: every event has UID, DTSTAMP, GEO, LOCATION and URL, and lasts at most 62 days', (file) => {
    const list = events(file);
    expect(list.length).toBeGreaterThan(0);
    for (const e of list) {
      for (const name of ['uid', 'dtstamp', 'geo', 'location', 'url']) expect(e.component.getFirstPropertyValue(name), `${file} ${e.uid} ${name}`).toBeTruthy();
      expect(e.component.getFirstPropertyValue('geo')).toHaveLength(2);
      expect(e.component.getFirstPropertyValue('url')).toMatch(/^https:\/\/[^/]+\/hoi-cho\/[^/]+\/$/);
      const days = (e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()) / 86_400_000;
      expect(days, `${file} ${e.uid}`).toBeGreaterThan(0);
      expect(days, `${file} ${e.uid}`).toBeLessThanOrEqual(62);
    }
  });

  it('lich.ics holds each fair once, with the same event as the fair’s own file', () => {
    const all = events('lich.ics');
    const own = files.filter((f) => f !== 'lich.ics');
    expect(all.map((e) => e.uid).sort()).toEqual(own.map((f) => events(f)[0]!.uid).sort());
    for (const f of own) {
      const e = events(f)[0]!;
      expect(all.find((a) => a.uid === e.uid)!.component.toString()).toBe(e.component.toString());
    }
  });
});

describe('the weekend market at 116 Nguyễn Du', () => {
  const id = 'phien-cho-hang-viet-cuoi-tuan-nguyen-du';
  const { repeat } = record(id);

  it.each([`${id}.ics`, 'lich.ics'])('%s: meets every Saturday and Sunday 16:00–22:00 from its first session to its last day, except its days off', (file) => {
    expect(repeat.except.length).toBeGreaterThan(0);
    const got = sessions(byUid(file, id));
    // Every Saturday and Sunday from the first session to `until`, days off left out.
    const expected: string[] = [];
    for (let d = '2026-11-07'; d <= repeat.until; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) {
      if ([0, 6].includes(weekday(d)) && !repeat.except.includes(d)) expected.push(d);
    }
    expect(got.map((s) => s.start.slice(0, 10))).toEqual(expected);
    for (const s of got) {
      expect(s.start.slice(11)).toBe('16:00');
      expect(s.end).toBe(`${s.start.slice(0, 10)}T22:00`);
    }
    expect(got.at(-1)!.start.slice(0, 10) <= repeat.until).toBe(true);
  });

  it('is stamped with the day its record was updated, not the build time', () => {
    expect(byUid(`${id}.ics`, id).component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-24T17:00:00Z');
  });
});

describe('the first-Sunday market in Pleiku (opens 06:30, 23:30 UTC the day before)', () => {
  const id = 'phien-cho-ocop-chu-nhat-dau-thang-pleiku';
  const { repeat } = record(id);

  it('meets on the first Sunday of each month in Vietnam, 06:30–11:30, except its days off', () => {
    const got = sessions(byUid(`${id}.ics`, id));
    expect(got.length).toBeGreaterThan(40);
    for (const s of got) {
      const day = s.start.slice(0, 10);
      expect(weekday(day), day).toBe(0);
      expect(Number(day.slice(8))).toBeLessThanOrEqual(7);
      expect(s.start.slice(11)).toBe('06:30');
      expect(s.end).toBe(`${day}T11:30`);
      expect(repeat.except).not.toContain(day);
      expect(day <= repeat.until).toBe(true);
    }
  });
});

describe('statuses', () => {
  it('the cancelled fair in Ia Grai is CANCELLED, and says so in its title', () => {
    const e = byUid('hoi-cho-hang-viet-ve-ia-grai-2026.ics', 'hoi-cho-hang-viet-ve-ia-grai-2026');
    expect(e.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(e.summary).toMatch(/^Đã hủy: /);
  });

  it('the fair in Năm Căn, moved, is on its new dates and says what the planned ones were', () => {
    const e = byUid('hoi-cho-hang-viet-ve-nam-can.ics', 'hoi-cho-hang-viet-ve-nam-can');
    expect(e.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect([vietnam(e.startDate), vietnam(e.endDate)]).toEqual(['2027-01-14T08:00', '2027-01-17T21:00']);
    expect(e.description).toContain('Đã dời lịch. Thời gian dự kiến ban đầu: 08:00 Thứ Năm, 10/12/2026');
  });
});
