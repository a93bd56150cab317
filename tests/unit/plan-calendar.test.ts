/**
 * Plan deadlines as the site reads them: the words it adds where a plan gives no day, and the
 * calendar events (expanded with a real iCalendar parser) falling on the same days pages show.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendar } from '../../src/lib/ical.ts';
import { planItemEvent, type PlanForCalendar } from '../../src/lib/plan-calendar.ts';
import { nextDue } from '../../src/lib/plans.ts';
import { scheduleReading, type ScheduleLike } from '../../src/lib/schedule.ts';
import { taskHeadline } from '../../src/data/tasks.ts';

describe('scheduleReading', () => {
  it.each([
    [{ kind: 'yearly', month: 6, day: 15 }, '“trước ngày 15/6” là hạn cuối ngày 14/6'],
    [{ kind: 'yearly', month: 3, day: 1 }, '“trước ngày 1/3” là hạn cuối ngày 28/2'],
    [{ kind: 'quarter', quarter: 4, year: 2018 }, 'văn bản không ghi ngày; hạn lấy là ngày cuối quý, 31/12/2018'],
    [{ kind: 'recurring', frequency: 'semiannual' }, 'văn bản không ghi ngày; hạn lấy là ngày cuối mỗi kỳ 6 tháng (30/6, 31/12)'],
    [{ kind: 'recurring', frequency: 'quarterly' }, 'văn bản không ghi ngày; hạn lấy là ngày cuối mỗi quý (31/3, 30/6, 30/9, 31/12)'],
    [{ kind: 'recurring', frequency: 'yearly' }, 'văn bản không ghi ngày; hạn lấy là ngày cuối năm (31/12)'],
    [{ kind: 'date', date: '2023-02-24' }, undefined], // the plan gives the day
    [{ kind: 'ongoing' }, undefined],
  ] as [ScheduleLike, string | undefined][])('%o → %s', (schedule, expected) => {
    expect(scheduleReading(schedule)).toBe(expected);
  });
});

describe('planItemEvent', () => {
  const site = new URL('https://hangviet.example.vn');
  const plan: PlanForCalendar = { id: 'kh', name: 'Kế hoạch 28/KH-BCĐCVĐ', date: '2023-02-24', periodEnd: '2025-12-31' };
  const occurrences = (schedule: ScheduleLike, p = plan) => {
    const event = planItemEvent(p, { key: 'bao-cao-1', summary: 'Báo cáo 6 tháng – Kế hoạch 28/KH-BCĐCVĐ', description: 'Báo cáo', schedule }, site)!;
    const comp = new ICAL.Component(ICAL.parse(calendar('Lịch', [event])));
    const e = new ICAL.Event(comp.getFirstSubcomponent('vevent')!);
    const out: string[] = [];
    const it = e.iterator();
    for (let next = it.next(); next && out.length < 20; next = it.next()) out.push(next.toString().slice(0, 10));
    return { days: out, description: e.description };
  };

  it('puts "trước ngày 15/6" on 14/6 of each year of the plan, the day pages show', () => {
    const { days, description } = occurrences({ kind: 'yearly', month: 6, day: 15 });
    expect(days).toEqual(['2023-06-14', '2024-06-14', '2025-06-14']);
    expect(nextDue({ kind: 'yearly', month: 6, day: 15 }, new Date('2024-06-01T00:00:00+07:00'), plan.periodEnd)).toBe(days[1]);
    expect(description).toContain('Thời hạn theo văn bản: trước ngày 15/6.');
    expect(description).toContain('Cách hiểu của trang: “trước ngày 15/6” là hạn cuối ngày 14/6.');
  });

  it('puts "trước ngày 1/3" on the last day of February, leap years included', () => {
    expect(occurrences({ kind: 'yearly', month: 3, day: 1 }, { ...plan, date: '2023-01-10', periodEnd: '2025-12-31' }).days).toEqual(['2023-02-28', '2024-02-29', '2025-02-28']);
  });

  it('says when the plan date the calendar starts from is inferred', () => {
    const { days, description } = occurrences({ kind: 'recurring', frequency: 'semiannual' }, { ...plan, date: '2018-10-01', periodEnd: '2019-12-31', dateInferred: 'câu “Trong quý 4 năm 2018…”' });
    expect(days).toEqual(['2018-12-31', '2019-06-30', '2019-12-31']);
    expect(description).toContain('Ngày ban hành kế hoạch không ghi trong văn bản; trang ước định 01/10/2018, suy ra từ câu “Trong quý 4 năm 2018…”.');
  });

  it('stamps every event with the day the plan was issued (00:00 in Vietnam), not the build time', () => {
    const event = planItemEvent(plan, { key: 'bao-cao-1', summary: 'Báo cáo', description: 'Báo cáo', schedule: { kind: 'date', date: '2023-06-30' } }, site)!;
    const comp = new ICAL.Component(ICAL.parse(calendar('Lịch', [event])));
    const stamp = comp.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().toISOString()).toBe('2023-02-23T17:00:00.000Z');
  });
});

describe('taskHeadline', () => {
  it.each([
    ['Tổ chức hội nghị.', 'Tổ chức hội nghị'],
    ['Tuyên truyền sâu rộng; tổ chức hội nghị.', 'Tuyên truyền sâu rộng'],
    [
      'Phối hợp với Sở Công thương tuyên truyền, triển khai thực hiện Đề án “Phát triển thị trường trong nước” gắn với cuộc vận động',
      'Phối hợp với Sở Công thương tuyên truyền, triển khai thực…',
    ],
  ])('%s → %s', (task, expected) => {
    expect(taskHeadline(task)).toBe(expected);
  });
});
