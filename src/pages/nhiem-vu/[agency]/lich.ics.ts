/** One agency's dated tasks as a calendar. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { BUILD_TIME, siteData } from '../../../data/index.ts';
import { allOf, cacheKey } from '../../../data/cache-key.ts';
import { agencies, assignmentItem, planForCalendar, type Agency } from '../../../data/tasks.ts';
import { calendar } from '../../../lib/ical.ts';
import { planItemEvent } from '../../../lib/plan-calendar.ts';

export const getStaticPaths = (async () => {
  const { plans, siteDigest } = await siteData();
  const key = cacheKey(siteDigest, [allOf(plans)]);
  return agencies(plans).map((agency) => ({ params: { agency: agency.slug }, props: { agency }, cacheKey: key }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ agency: Agency }> = async ({ props, site }) => {
  const data = await siteData();
  const base = site ?? new URL(data.site.baseUrl);
  const events = props.agency.tasks
    .map(({ plan, assignment }) => {
      const item = assignmentItem(assignment);
      return item && planItemEvent(planForCalendar(plan), item, base);
    })
    .filter((e) => e !== undefined);
  return new Response(calendar(`Nhiệm vụ – ${props.agency.name}`, events, BUILD_TIME), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
