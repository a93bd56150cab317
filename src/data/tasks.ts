/**
 * The task tracker's view of the plans: every agency with the tasks the plans assign it and the
 * reports they ask of it, and every dated item (reports and dated tasks) ready for the calendar.
 */
import { planName } from '../lib/plans.ts';
import type { PlanForCalendar, PlanItem } from '../lib/plan-calendar.ts';
import { compareVi, slugify } from '../lib/text.ts';
import type { Plan } from './site-data.ts';

export type Assignment = Plan['data']['assignments'][number];
export type Report = Plan['data']['reportingDeadlines'][number];

/**
 * One agency and what every plan asks of it. Plans name agencies relative to their own area
 * ("Ban Chỉ đạo tỉnh", "Ủy ban nhân dân quận"), so an agency is its name within a plan's place.
 */
export interface Agency {
  /** "Ban Tuyên giáo Quận ủy (Quận 1)". */
  name: string;
  slug: string;
  kind: Assignment['agencyKind'];
  tasks: { plan: Plan; assignment: Assignment; index: number }[];
  /** Reports that name this agency among those who report. */
  reports: { plan: Plan; report: Report; index: number }[];
  /** The plans it has tasks or reports in, in the order of the plans. */
  plans: Plan[];
}

/** The display name of an agency named in a plan issued at `place`. */
export function agencyName(agency: string, place: string): string {
  return `${agency} (${place})`;
}

/** The URL segment of an agency's page under /nhiem-vu/. */
export function agencySlug(agency: string, place: string): string {
  return slugify(agencyName(agency, place));
}

const memo = new WeakMap<readonly Plan[], Agency[]>();

/** Agencies named in the plans, in Vietnamese order, with their tasks and reports (plans in the order given). */
export function agencies(plans: readonly Plan[]): Agency[] {
  const cached = memo.get(plans);
  if (cached) return cached;
  const bySlug = new Map<string, Agency>();
  const get = (plan: Plan, agency: string, kind: Assignment['agencyKind']) => {
    const slug = agencySlug(agency, plan.data.place);
    let a = bySlug.get(slug);
    if (!a) bySlug.set(slug, (a = { name: agencyName(agency, plan.data.place), slug, kind, tasks: [], reports: [], plans: [] }));
    if (!a.plans.includes(plan)) a.plans.push(plan);
    return a;
  };
  for (const plan of plans) {
    plan.data.assignments.forEach((assignment, index) => get(plan, assignment.agency, assignment.agencyKind).tasks.push({ plan, assignment, index }));
    plan.data.reportingDeadlines.forEach((report, index) => {
      for (const name of report.agencies) {
        // The schema holds every name to one of the plan's assignments, so the agency exists.
        const kind = plan.data.assignments.find((a) => a.agency === name)!.agencyKind;
        get(plan, name, kind).reports.push({ plan, report, index });
      }
    });
  }
  const list = [...bySlug.values()].sort((a, b) => compareVi(a.name, b.name));
  memo.set(plans, list);
  return list;
}

/** The calendar's view of a plan. */
export function planForCalendar(plan: Plan): PlanForCalendar {
  return { id: plan.id, name: planName(plan.data), date: plan.data.date, dateInferred: plan.data.inferred.date, periodEnd: plan.data.period?.to };
}

/** The first words of a task for an event title: up to about 60 characters, cut between words ("…" marks the cut; the description has it all). */
export function taskHeadline(task: string, max = 60): string {
  const first = task.split(/(?<=[.;:])\s/)[0]!.replace(/[.;:]$/, '');
  if (first.length <= max) return first;
  const cut = first.slice(0, max + 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : max).replace(/[,;:]$/, '')}…`;
}

/** The calendar item of a task with a date, or undefined. */
export function assignmentItem(plan: Plan, index: number): PlanItem | undefined {
  const a = plan.data.assignments[index]!;
  if (!a.when || a.when.kind === 'ongoing') return undefined;
  // Two bodies can share a section (the plan names both): the agency keeps their events apart.
  const shared = plan.data.assignments.some((b, i) => i !== index && b.section === a.section);
  return {
    key: `nhiem-vu-${slugify(a.section)}${shared ? `-${slugify(a.agency)}` : ''}`,
    summary: `${taskHeadline(a.task)} (mục ${a.section}) – ${planName(plan.data)}`,
    description: `${a.agency}, mục ${a.section}: ${a.task}`,
    schedule: a.when,
    notes: a.agencyInferred ? [`Văn bản không nêu cơ quan thực hiện; cách hiểu của trang: ${a.agencyInferred}`] : undefined,
  };
}

/** The calendar item of a plan's report. */
export function reportItem(plan: Plan, index: number): PlanItem {
  const r = plan.data.reportingDeadlines[index]!;
  return {
    key: `bao-cao-${index + 1}`,
    summary: `${r.what} – ${planName(plan.data)}`,
    description: [r.what, `Đơn vị báo cáo: ${r.from ?? 'văn bản không ghi'}.`, r.to && `Gửi: ${r.to}.`].filter(Boolean).join('\n'),
    schedule: r.due,
  };
}

/** Every dated item of a plan: its reports, then its dated tasks. */
export function planItems(plan: Plan): PlanItem[] {
  return [
    ...plan.data.reportingDeadlines.map((_, i) => reportItem(plan, i)),
    ...plan.data.assignments.map((_, i) => assignmentItem(plan, i)).filter((i) => i !== undefined),
  ];
}
