import { describe, expect, it } from 'vitest';
import { describeWeek, isOpenAt, openingHoursProblem, weeklySchedule } from '../../src/lib/opening-hours.ts';

describe('opening hours', () => {
  const office = weeklySchedule('Mo-Fr 07:30-17:00; Sa 07:30-11:30')!;

  it('describes the week in Vietnamese, grouping equal days', () => {
    expect(describeWeek(office)).toBe('Thứ Hai – Thứ Sáu: 07:30–17:00; Thứ Bảy: 07:30–11:30; Chủ nhật: nghỉ');
    expect(describeWeek(weeklySchedule('24/7')!)).toBe('Mở cửa cả ngày, mọi ngày');
    expect(describeWeek(weeklySchedule('Mo-Su 06:00-11:00,14:00-20:00')!)).toBe('Thứ Hai – Chủ nhật: 06:00–11:00, 14:00–20:00');
  });

  it.each([
    ['2026-11-23T07:29:00+07:00', false], // Monday, a minute before opening
    ['2026-11-23T07:30:00+07:00', true],
    ['2026-11-23T16:59:00+07:00', true],
    ['2026-11-23T17:00:00+07:00', false],
    ['2026-11-28T11:00:00+07:00', true], // Saturday morning
    ['2026-11-29T10:00:00+07:00', false], // Sunday
    ['2026-11-23T01:00:00Z', true], // 08:00 in Vietnam, still Monday
    ['2026-11-22T23:00:00Z', false], // Monday 06:00 in Vietnam, Sunday in UTC
  ])('at %s open is %s', (now, open) => {
    expect(isOpenAt(office, new Date(now))).toBe(open);
  });

  it('handles hours past midnight', () => {
    const night = weeklySchedule('Fr 18:00-02:00')!;
    expect(isOpenAt(night, new Date('2026-11-27T23:00:00+07:00'))).toBe(true); // Friday night
    expect(isOpenAt(night, new Date('2026-11-28T01:30:00+07:00'))).toBe(true); // Saturday early
    expect(isOpenAt(night, new Date('2026-11-28T02:30:00+07:00'))).toBe(false);
  });

  it('gives no weekly schedule for rules that depend on the date', () => {
    expect(weeklySchedule('Mo-Fr 08:00-17:00; PH off')).toBeUndefined();
  });

  it('explains invalid syntax', () => {
    expect(openingHoursProblem('Mo-Fr 07:30-17:00')).toBeUndefined();
    expect(openingHoursProblem('thứ 2 đến thứ 6')).toMatch(/không đúng cú pháp opening_hours/);
  });
});
