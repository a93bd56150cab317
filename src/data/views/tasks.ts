/**
 * The task tracker: `/nhiem-vu/` (every deadline and every agency's tasks), one page and one
 * calendar per agency, and the calendar of every deadline.
 */
import { AGENCY_KIND_LABELS, planName } from '../../lib/plans.ts';
import { planItemEvent } from '../../lib/plan-calendar.ts';
import { agencyCalendarUrl, agencyUrl, TASKS } from '../../lib/urls.ts';
import { AGENCY_KINDS } from '../../lib/plans.ts';
import type { SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { agencies, assignmentItem, planForCalendar, reportItems, type Agency } from '../tasks.ts';
import { calendarView, type CalendarView } from './calendar.ts';
import { layout, type LayoutView } from './layout.ts';
import { nextDueView, type NextDueView } from './status.ts';

type AgencyKind = Agency['kind'];

/** One row of an agency's task table. */
export interface TaskRow {
  section: string;
  task: string;
  /** When the plan says it is due, with the next due day; none when the plan names no time. */
  when?: NextDueView | undefined;
  plan: { id: string; name: string };
}

/** An agency with its tasks, as the task table shows it. */
export interface AgencyTasks {
  name: string;
  slug: string;
  tasks: TaskRow[];
}

function agencyTasks(agency: Agency, now: Date): AgencyTasks {
  return {
    name: agency.name,
    slug: agency.slug,
    tasks: agency.tasks.map(({ plan, assignment: a }) => ({
      section: a.section,
      task: a.task,
      when: a.when && nextDueView(a.when, plan.data.period?.to, now),
      plan: { id: plan.id, name: planName(plan.data) },
    })),
  };
}

export interface TasksView {
  layout: LayoutView;
  taskCount: number;
  planCount: number;
  agencyCount: number;
  deadlines: { what: string; from?: string | undefined; to?: string | undefined; due: NextDueView; plan: { id: string; name: string } }[];
  groups: { kind: AgencyKind; agencies: AgencyTasks[] }[];
}

/** `/nhiem-vu/`. */
export function tasksView(data: SiteData): TasksView {
  const { plans, now } = data;
  const all = agencies(plans);
  return {
    layout: layout(data, {
      path: TASKS,
      title: 'Nhiệm vụ và thời hạn báo cáo',
      description: 'Nhiệm vụ các kế hoạch giao cho từng cơ quan, đơn vị và thời hạn báo cáo.',
      breadcrumbs: [{ label: 'Nhiệm vụ' }],
      sample: plans.some((p) => p.data.sample),
    }),
    taskCount: all.reduce((n, a) => n + a.tasks.length, 0),
    planCount: plans.length,
    agencyCount: all.length,
    deadlines: plans.flatMap((plan) =>
      plan.data.reportingDeadlines.map((r) => ({ what: r.what, from: r.from, to: r.to, due: nextDueView(r.due, plan.data.period?.to, now), plan: { id: plan.id, name: planName(plan.data) } })),
    ),
    groups: AGENCY_KINDS.map((kind) => ({ kind, agencies: all.filter((a) => a.kind === kind).map((a) => agencyTasks(a, now)) })).filter((g) => g.agencies.length > 0),
  };
}

export interface AgencyView {
  layout: LayoutView;
  kindLabel: string;
  agency: AgencyTasks;
  planCount: number;
  calendar: string;
}

/** Every agency's page. */
export function agencyPages(data: SiteData): PageOf<AgencyView>[] {
  return agencies(data.plans).map((agency) => ({
    params: { agency: agency.slug },
    view: {
      layout: layout(data, {
        path: agencyUrl(agency.slug),
        title: `Nhiệm vụ của ${agency.name}`,
        description: `Nhiệm vụ các kế hoạch giao cho ${agency.name}.`,
        breadcrumbs: [{ label: 'Nhiệm vụ', href: TASKS }, { label: agency.name }],
        sample: agency.tasks.some((t) => t.plan.data.sample),
      }),
      kindLabel: AGENCY_KIND_LABELS[agency.kind]!,
      agency: agencyTasks(agency, data.now),
      planCount: new Set(agency.tasks.map((t) => t.plan.id)).size,
      calendar: agencyCalendarUrl(agency.slug),
    },
  }));
}

/** Every agency's calendar: its dated tasks. */
export function agencyCalendars(data: SiteData): PageOf<CalendarView>[] {
  const base = new URL(data.site.baseUrl);
  return agencies(data.plans).map((agency) => ({
    params: { agency: agency.slug },
    view: calendarView(
      `Nhiệm vụ – ${agency.name}`,
      agency.tasks
        .map(({ plan, assignment }) => {
          const item = assignmentItem(assignment);
          return item && planItemEvent(planForCalendar(plan), item, base);
        })
        .filter((e) => e !== undefined),
      data.now,
    ),
  }));
}

/** Every plan's reporting deadlines and dated assignments (`/nhiem-vu/lich.ics`). */
export function tasksCalendar(data: SiteData): CalendarView {
  const base = new URL(data.site.baseUrl);
  const events = data.plans.flatMap((plan) => {
    const items = [...reportItems(plan), ...plan.data.assignments.map(assignmentItem).filter((i) => i !== undefined)];
    return items.map((item) => planItemEvent(planForCalendar(plan), item, base)).filter((e) => e !== undefined);
  });
  return calendarView(`Thời hạn báo cáo và nhiệm vụ – ${data.site.siteName}`, events, data.now);
}
