/** Fair dates in words, each date with its weekday. */
import { describe, expect, it } from 'vitest';
import { dayWords, nextSessionWords, scheduleWords, sessionWords, whenWords } from '../../src/lib/fair-words.ts';
import type { FairTiming } from '../../src/lib/fairs.ts';

describe('fair words', () => {
  it('names the weekday of each date', () => {
    expect(dayWords('2026-12-05')).toBe('Thứ Bảy, 05/12/2026');
    expect(dayWords('2026-12-06')).toBe('Chủ nhật, 06/12/2026');
  });

  it.each([
    [{ start: '2026-12-05T16:00:00+07:00', end: '2026-12-05T22:00:00+07:00' }, 'Thứ Bảy, 05/12/2026, 16:00–22:00'],
    [{ start: '2026-12-04T18:00:00+07:00', end: '2026-12-05T02:00:00+07:00' }, 'Thứ Sáu, 04/12/2026, 18:00–02:00'],
    [{ start: '2027-03-12T08:00:00+07:00', end: '2027-03-18T22:00:00+07:00' }, '08:00 Thứ Sáu, 12/03/2027 – 22:00 Thứ Năm, 18/03/2027'],
  ])('a session %#', (session, words) => expect(sessionWords(session)).toBe(words));

  it('says a market day’s rule, hours and span, and its next sessions', () => {
    const market: FairTiming = {
      start: '2026-11-07T16:00:00+07:00',
      end: '2026-11-07T22:00:00+07:00',
      status: 'scheduled',
      repeat: { every: 'week', days: ['t7', 'cn'], until: '2030-12-29', except: ['2026-12-05'] },
    };
    expect(scheduleWords(market)).toBe('Thứ Bảy và Chủ nhật hằng tuần, 16:00–22:00, từ 07/11/2026 đến 29/12/2030');
    expect(scheduleWords({ ...market, repeat: { ...market.repeat!, until: undefined } })).toBe('Thứ Bảy và Chủ nhật hằng tuần, 16:00–22:00, từ 07/11/2026, đến khi có thông báo khác');
    expect(nextSessionWords(market, new Date('2026-12-01T10:00:00+07:00'), 2)).toEqual(['Chủ nhật, 06/12/2026, 16:00–22:00', 'Thứ Bảy, 12/12/2026, 16:00–22:00']);
    // A rescheduled fair reads with its new dates.
    expect(scheduleWords({ start: '2026-12-10T08:00:00+07:00', end: '2026-12-13T21:00:00+07:00', status: 'postponed', rescheduled: { start: '2027-01-14T08:00:00+07:00', end: '2027-01-17T21:00:00+07:00' } })).toBe(
      '08:00 Thứ Năm, 14/01/2027 – 21:00 Chủ nhật, 17/01/2027',
    );
  });
});

describe('whenWords', () => {
  const span = { start: '2026-12-10T08:00:00+07:00', end: '2026-12-13T21:00:00+07:00' };
  it.each([
    [{ ...span, status: 'scheduled' as const }, '08:00 Thứ Năm, 10/12/2026 – 21:00 Chủ nhật, 13/12/2026'],
    [{ ...span, status: 'postponed' as const }, 'Dự kiến ban đầu: 08:00 Thứ Năm, 10/12/2026 – 21:00 Chủ nhật, 13/12/2026; thời gian mới chưa được công bố'],
    [{ ...span, status: 'cancelled' as const }, 'Dự kiến ban đầu: 08:00 Thứ Năm, 10/12/2026 – 21:00 Chủ nhật, 13/12/2026'],
  ])('%# says which dates still hold', (f, words) => expect(whenWords(f)).toBe(words));
});
