/** Every plan's reporting deadlines and dated assignments, as a calendar a phone can subscribe to. */
import type { APIRoute } from 'astro';
import { BUILD_TIME, siteData } from '../../data/index.ts';
import { assignmentItem, planForCalendar, reportItems } from '../../data/tasks.ts';
import { calendar } from '../../lib/ical.ts';
import { planItemEvent } from '../../lib/plan-calendar.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const base = site ?? new URL(data.site.baseUrl);
  const events = data.plans.flatMap((plan) => {
    const items = [...reportItems(plan), ...plan.data.assignments.map(assignmentItem).filter((i) => i !== undefined)];
    return items.map((item) => planItemEvent(planForCalendar(plan), item, base)).filter((e) => e !== undefined);
  });
  return new Response(calendar(`Thời hạn báo cáo và nhiệm vụ – ${data.site.siteName}`, events, BUILD_TIME), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
