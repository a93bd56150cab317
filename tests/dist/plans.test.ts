/**
 * The seed plans as the built site shows them: assignments per agency on the task pages, the
 * reporting deadlines, the missing appendix, and the deadline calendars parsed and expanded with
 * a real iCalendar parser (ical.js).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

const dist = path.resolve('dist');
const page = (url: string) => readFileSync(path.join(dist, url, url.endsWith('.ics') ? '' : 'index.html'), 'utf8');
/** Rows of the task table on an agency page: [section, task] per row. */
const taskRows = (html: string) =>
  [...html.matchAll(/<tr><td data-label="Mục">([^<]*)<\/td><td data-label="Nhiệm vụ">([^<]*)<\/td>/g)].map((m) => [m[1]!, m[2]!] as const);

function events(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** Every occurrence of an event up to `until` (YYYY-MM-DD), as YYYY-MM-DD. */
function occurrences(event: ICAL.Event, until: string, max = 50): string[] {
  const out: string[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && out.length < max; next = it.next()) {
    const day = next.toString().slice(0, 10);
    if (day > until) break;
    out.push(day);
  }
  return out;
}

describe('District 1 plan 172-KH/QU', () => {
  const agencies: [string, string[]][] = [
    ['ban-tuyen-giao-quan-uy-quan-1', ['II.1.1', 'II.1.2', 'II.1.3', 'II.1.4']],
    ['uy-ban-nhan-dan-quan-1-quan-1', ['II.2.1', 'II.2.2', 'II.2.3']],
    ['uy-ban-mat-tran-to-quoc-viet-nam-quan-quan-1', ['II.3.1', 'II.3.2', 'II.3.3']],
  ];
  it.each(agencies)('/nhiem-vu/%s/ lists exactly its assignments', (slug, sections) => {
    expect(taskRows(page(`nhiem-vu/${slug}/`)).map(([section]) => section)).toEqual(sections);
  });

  it('schedules those assignments for quarter 4 of 2018 in the agency calendar', () => {
    const list = events(page('nhiem-vu/ban-tuyen-giao-quan-uy-quan-1/lich.ics'));
    expect(list).toHaveLength(4);
    for (const e of list) expect(e.startDate.toString()).toBe('2018-12-31');
  });

  it('says the date was inferred', () => {
    expect(page('ke-hoach/quan-1-172-kh-qu-2018/')).toMatch(/quý 4 năm 2018/);
  });
});

describe('Cà Mau plan 2017', () => {
  it('lists items II.1–5 for the provincial committee', () => {
    expect(taskRows(page('nhiem-vu/ban-chi-dao-tinh-ca-mau/')).map(([s]) => s)).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'II.5']);
  });

  it('puts quarterly, 6-month and yearly reports in the calendar within 2017', () => {
    const list = events(page('nhiem-vu/lich.ics')).filter((e) => e.uid.startsWith('ca-mau-2017-bao-cao-'));
    const dates = Object.fromEntries(list.map((e) => [e.summary, occurrences(e, '2030-12-31')]));
    expect(Object.values(dates)).toEqual(
      expect.arrayContaining([
        ['2017-03-31', '2017-06-30', '2017-09-30', '2017-12-31'],
        ['2017-06-30', '2017-12-31'],
        ['2017-12-31'],
      ]),
    );
  });
});

describe('Bình Định plan 28/KH-BCĐCVĐ', () => {
  const html = page('ke-hoach/binh-dinh-28-kh-bcdcvd-2023/');

  it('has the assignments of sections II.1.1–1.7, II.2.1–2.2 and IV for the provincial committee and others', () => {
    const committee = taskRows(page('nhiem-vu/ban-chi-dao-cuoc-van-dong-tinh-binh-dinh/')).map(([s]) => s);
    expect(committee).toEqual(['II.1.1', 'II.1.2', 'II.1.3', 'II.1.4', 'II.1.5', 'II.1.6', 'II.1.7', 'II.2.1', 'II.2.2']);
    expect(taskRows(page('nhiem-vu/ban-chi-dao-cuoc-van-dong-cac-huyen-thi-xa-thanh-pho-binh-dinh/')).map(([s]) => s)).toEqual(['IV.2']);
  });

  it('sets the 6-month report before 15/6 and the yearly report before 15/12, in 2023 only', () => {
    const list = events(page('nhiem-vu/lich.ics')).filter((e) => e.uid.startsWith('binh-dinh-28-kh-bcdcvd-2023-bao-cao-'));
    expect(list.map((e) => occurrences(e, '2030-12-31'))).toEqual([['2023-06-15'], ['2023-12-15']]);
    for (const e of list) expect(e.isRecurring()).toBe(true);
  });

  it('says the appendix is not in the source and invents none', () => {
    expect(html).toMatch(/phụ lục/i);
    expect(html).toMatch(/Ghi chú của ban biên tập/);
  });

  it('offers a print stylesheet', () => {
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(path.join(dist, m[1]!), 'utf8')).join('');
    expect(css).toMatch(/@media print/);
    expect(css).toMatch(/@page\s*\{[^}]*A4/);
  });
});

describe('calendar feeds', () => {
  it('have stable, unique UIDs and a DTSTAMP on every event', () => {
    const list = events(page('nhiem-vu/lich.ics'));
    const uids = list.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const e of list) expect(e.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
  });
});
