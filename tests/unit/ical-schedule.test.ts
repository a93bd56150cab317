import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fairEvent } from '../../src/lib/fair-calendar.ts';
import { calendar, foldLine } from '../../src/lib/ical.ts';
import { describeSchedule } from '../../src/lib/schedule.ts';

describe('calendar', () => {
  const site = new URL('https://hangviet.example.vn');
  const fair = {
    id: 'phien-cho-a',
    title: 'Phiên chợ hàng Việt; cuối tuần, Quy Nhơn',
    summary: 'Dòng 1\nDòng 2',
    start: '2026-11-28T08:00:00+07:00',
    end: '2026-11-29T21:00:00+07:00',
    status: 'cancelled' as const,
    location: 'Quảng trường Nguyễn Tất Thành, Phường Quy Nhơn, Gia Lai – một địa điểm có tên rất dài để buộc phải gấp dòng',
    geo: { lat: 13.7676, lng: 109.2306 },
  };
  const text = calendar('Hội chợ', [fairEvent(fair, site)]);

  it('parses with a real iCalendar parser, with times at +07:00 and text intact', () => {
    const comp = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(comp.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe('hoi-cho-phien-cho-a@hangviet.example.vn');
    expect(event.summary).toBe(`Đã hủy: ${fair.title}`);
    expect(event.description).toBe(fair.summary);
    expect(event.location).toBe(fair.location);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-28T01:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-11-29T14:00:00.000Z');
    expect(comp.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('folds long lines at 75 octets without breaking characters', () => {
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const folded = foldLine(`LOCATION:${'ư'.repeat(60)}`);
    expect(folded.replace(/\r\n /g, '')).toBe(`LOCATION:${'ư'.repeat(60)}`);
    // Characters of one, two, three and four octets (an emoji is two UTF-16 units).
    const mixed = `DESCRIPTION:${'Mật ong 🍯 rừng U Minh — đặc sản. '.repeat(9)}`;
    const lines = foldLine(mixed).split('\r\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(mixed);
    expect(lines.every((l) => l.isWellFormed())).toBe(true);
  });
});

describe('describeSchedule', () => {
  it.each([
    [{ kind: 'yearly', month: 6, day: 15 } as const, 'trước ngày 15/6'], // the plan's words: no "hằng năm"
    [{ kind: 'quarter', quarter: 4, year: 2018 } as const, 'quý 4 năm 2018'],
    [{ kind: 'recurring', frequency: 'semiannual' } as const, 'định kỳ 6 tháng'],
    [{ kind: 'date', date: '2023-02-24' } as const, 'ngày 24/02/2023'],
    [{ kind: 'ongoing' } as const, 'thường xuyên'],
  ])('%o → %s', (schedule, expected) => {
    expect(describeSchedule(schedule)).toBe(expected);
  });
});
