/**
 * The task tracker: `/nhiem-vu/` with its plan-status filters (an index of agencies and every
 * plan's reports), one page and one calendar per agency (every task and every report it owes), and
 * the calendar of every deadline.
 */
import { AGENCY_KIND_LABELS, AGENCY_KINDS, planName } from '../../lib/plans.ts';
import { lowerFirst } from '../../lib/text.ts';
import { planItemEvent } from '../../lib/plan-calendar.ts';
import { describeSchedule, scheduleReading } from '../../lib/schedule.ts';
import { agencyCalendarUrl, agencyUrl, TASK_FILTERS, taskAnchor, TASKS, TASKS_CALENDAR, tasksFilterUrl, webcalUrl, type TaskFilter } from '../../lib/urls.ts';
import type { Plan, SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { agencies, agencySlug, assignmentItem, planForCalendar, planItems, reportItem, type Agency, type Report } from '../tasks.ts';
import { calendarView, type CalendarView } from './calendar.ts';
import { layout, type LayoutView } from './layout.ts';
import { nextDueView, planStatusView, type NextDueView, type PlanStatusView } from './status.ts';

type AgencyKind = Agency['kind'];

/** A plan as the task pages name it. */
export interface PlanRef {
  id: string;
  name: string;
  status: PlanStatusView;
  /** The plan is no longer in force (its period is over, or a newer plan replaced it). */
  over: boolean;
  /** Set when the plan's date is not in the source: from what it was inferred. */
  dateInferred?: string | undefined;
}

/** A deadline: the plan's words, the day the site reads into them, and the next due day. */
export interface DeadlineView {
  /** As the plan words it: "trước ngày 15/6", "định kỳ 6 tháng". */
  words: string;
  /** The site's reading where the plan gives no day ("trang hiểu … là hạn cuối ngày 14/6"). */
  reading?: string | undefined;
  next: NextDueView;
}

/** One row of an agency's task table. */
export interface TaskRow {
  /** The row's anchor (search results link to it). */
  anchor: string;
  section: string;
  task: string;
  /** Set when the plan names no body for this task: why the site gives it to this agency. */
  agencyInferred?: string | undefined;
  /** When the plan says it is due; none when the plan names no time. */
  when?: DeadlineView | undefined;
  plan: PlanRef;
}

/** A report a plan asks for. */
export interface ReportView {
  what: string;
  /** Who reports, as printed. */
  from?: string | undefined;
  to?: string | undefined;
  /** The plan's agencies that owe it, with their pages; empty when the source names no one. */
  agencies: { name: string; href: string }[];
  due: DeadlineView;
  /** The source's sentence, word for word. */
  quote?: string | undefined;
  plan: PlanRef;
}

/** A plan's status at `now`, and whether it is over (period ended, or replaced). */
function planState(plan: Plan, now: Date): { status: PlanStatusView; over: boolean } {
  const status = planStatusView({ periodEnd: plan.data.period?.to, superseded: !!plan.data.supersededBy }, now);
  return { status, over: status.status !== 'in-force' };
}

function planRef(plan: Plan, now: Date): PlanRef {
  return { id: plan.id, name: planName(plan.data), ...planState(plan, now), dateInferred: plan.data.inferred.date };
}

function deadline(schedule: Report['due'], plan: Plan, now: Date): DeadlineView {
  return { words: describeSchedule(schedule), reading: scheduleReading(schedule), next: nextDueView(schedule, plan.data.period?.to, now) };
}

/** A plan's report as pages show it. */
export function reportView(plan: Plan, r: Report, now: Date): ReportView {
  return {
    what: r.what,
    from: r.from,
    to: r.to,
    agencies: r.agencies.map((name) => ({ name, href: agencyUrl(agencySlug(name, plan.data.place)) })),
    due: deadline(r.due, plan, now),
    quote: r.quote,
    plan: planRef(plan, now),
  };
}

function taskRows(agency: Agency, now: Date): TaskRow[] {
  return agency.tasks.map(({ plan, assignment: a, index }) => ({
    anchor: taskAnchor(plan.id, index),
    section: a.section,
    task: a.task,
    agencyInferred: a.agencyInferred,
    when: a.when && deadline(a.when, plan, now),
    plan: planRef(plan, now),
  }));
}

/** A calendar file's two addresses: to download, and to subscribe (`webcal://`). */
export interface CalendarLinks {
  href: string;
  webcal: string;
}

const calendarLinks = (path: string, data: SiteData): CalendarLinks => ({ href: path, webcal: webcalUrl(path, data.site.baseUrl) });

/** Whether a plan belongs to a status filter. */
function inFilter(plan: Plan, filter: TaskFilter | undefined, now: Date): boolean {
  if (!filter) return true;
  const { over } = planState(plan, now);
  return filter === 'da-het-han' ? over : !over;
}

const FILTER_LABELS: Record<TaskFilter | 'tat-ca', string> = {
  'tat-ca': 'Tất cả kế hoạch',
  'dang-thuc-hien': 'Kế hoạch đang thực hiện',
  'da-het-han': 'Kế hoạch đã hết thời hạn',
};

export interface TasksView {
  layout: LayoutView;
  heading: string;
  filters: { href: string; label: string; count: number; current: boolean }[];
  taskCount: number;
  planCount: number;
  agencyCount: number;
  calendar: CalendarLinks;
  /** The agencies with tasks or reports in the plans shown, by kind. */
  index: { kind: AgencyKind; label: string; agencies: { name: string; href: string; tasks: number; reports: number }[] }[];
  /** Each plan shown: its reports and how many tasks it gives each agency. */
  plans: { plan: PlanRef; title: string; reports: ReportView[]; agencies: { name: string; href: string; tasks: number }[] }[];
}

/** `/nhiem-vu/` (every plan) and its filters: plans in force, plans over. */
export function tasksPages(data: SiteData): PageOf<TasksView>[] {
  const { plans, now } = data;
  const all = agencies(plans);
  const filters = [undefined, ...TASK_FILTERS] as const;
  const shownOf = (filter: TaskFilter | undefined) => plans.filter((p) => inFilter(p, filter, now));
  return filters.map((filter) => {
    const shown = shownOf(filter);
    const inShown = (p: Plan) => shown.includes(p);
    const listed = all
      .map((a) => ({ agency: a, tasks: a.tasks.filter((t) => inShown(t.plan)).length, reports: a.reports.filter((r) => inShown(r.plan)).length }))
      .filter((a) => a.tasks + a.reports > 0);
    const heading = filter ? `Nhiệm vụ và thời hạn báo cáo – ${lowerFirst(FILTER_LABELS[filter])}` : 'Nhiệm vụ và thời hạn báo cáo';
    return {
      params: { filter },
      view: {
        layout: layout(data, {
          path: tasksFilterUrl(filter),
          title: heading,
          description: 'Nhiệm vụ các kế hoạch giao cho từng cơ quan, đơn vị và thời hạn báo cáo.',
          breadcrumbs: filter ? [{ label: 'Nhiệm vụ', href: TASKS }, { label: FILTER_LABELS[filter] }] : [{ label: 'Nhiệm vụ' }],
          sample: shown.some((p) => p.data.sample),
        }),
        heading,
        filters: filters.map((f) => ({ href: tasksFilterUrl(f), label: FILTER_LABELS[f ?? 'tat-ca'], count: shownOf(f).length, current: f === filter })),
        taskCount: shown.reduce((n, p) => n + p.data.assignments.length, 0),
        planCount: shown.length,
        agencyCount: listed.length,
        calendar: calendarLinks(TASKS_CALENDAR, data),
        index: AGENCY_KINDS.map((kind) => ({
          kind,
          label: AGENCY_KIND_LABELS[kind],
          agencies: listed.filter((a) => a.agency.kind === kind).map((a) => ({ name: a.agency.name, href: agencyUrl(a.agency.slug), tasks: a.tasks, reports: a.reports })),
        })).filter((g) => g.agencies.length > 0),
        plans: shown.map((plan) => ({
          plan: planRef(plan, now),
          title: plan.data.title,
          reports: plan.data.reportingDeadlines.map((r) => reportView(plan, r, now)),
          agencies: all
            .map((a) => ({ name: a.name, href: agencyUrl(a.slug), tasks: a.tasks.filter((t) => t.plan === plan).length }))
            .filter((a) => a.tasks > 0),
        })),
      },
    };
  });
}

export interface AgencyView {
  layout: LayoutView;
  name: string;
  kindLabel: string;
  planCount: number;
  calendar: CalendarLinks;
  /** Reports the plans ask of this agency by name. */
  reports: ReportView[];
  /** Reports of its plans that name no one to report: shown apart, as the plan words them. */
  unassignedReports: ReportView[];
  tasks: TaskRow[];
}

/** Every agency's page. */
export function agencyPages(data: SiteData): PageOf<AgencyView>[] {
  const { now } = data;
  return agencies(data.plans).map((agency) => ({
    params: { agency: agency.slug },
    view: {
      layout: layout(data, {
        path: agencyUrl(agency.slug),
        title: `Nhiệm vụ và báo cáo – ${agency.name}`,
        description: `Nhiệm vụ và báo cáo các kế hoạch giao cho ${agency.name}.`,
        breadcrumbs: [{ label: 'Nhiệm vụ', href: TASKS }, { label: agency.name }],
        sample: agency.plans.some((p) => p.data.sample),
      }),
      name: agency.name,
      kindLabel: AGENCY_KIND_LABELS[agency.kind]!,
      planCount: agency.plans.length,
      calendar: calendarLinks(agencyCalendarUrl(agency.slug), data),
      reports: agency.reports.map(({ plan, report }) => reportView(plan, report, now)),
      unassignedReports: agency.plans.flatMap((plan) => plan.data.reportingDeadlines.filter((r) => r.agencies.length === 0).map((r) => reportView(plan, r, now))),
      tasks: taskRows(agency, now),
    },
  }));
}

/** Every agency's calendar: its dated tasks and the reports it owes. */
export function agencyCalendars(data: SiteData): PageOf<CalendarView>[] {
  const base = new URL(data.site.baseUrl);
  return agencies(data.plans).map((agency) => ({
    params: { agency: agency.slug },
    view: calendarView(
      `Nhiệm vụ và báo cáo – ${agency.name}`,
      [
        ...agency.reports.map(({ plan, index }) => planItemEvent(planForCalendar(plan), reportItem(plan, index), base)),
        ...agency.tasks.map(({ plan, index }) => {
          const item = assignmentItem(plan, index);
          return item && planItemEvent(planForCalendar(plan), item, base);
        }),
      ].filter((e) => e !== undefined),
    ),
  }));
}

/** Every plan's reporting deadlines and dated tasks (`/nhiem-vu/lich.ics`). */
export function tasksCalendar(data: SiteData): CalendarView {
  const base = new URL(data.site.baseUrl);
  const events = data.plans.flatMap((plan) => planItems(plan).map((item) => planItemEvent(planForCalendar(plan), item, base)).filter((e) => e !== undefined));
  return calendarView(`Thời hạn báo cáo và nhiệm vụ – ${data.site.siteName}`, events);
}
