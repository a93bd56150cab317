/**
 * The task tracker's view of the plans: every assignment with its agency, and every dated item
 * (reporting deadlines and dated assignments) ready for the calendar.
 */
import { planName } from '../lib/plans.ts';
import type { PlanForCalendar, PlanItem } from '../lib/plan-calendar.ts';
import { compareVi, slugify } from '../lib/text.ts';
import type { Plan } from './site-data.ts';

export type Assignment = Plan['data']['assignments'][number];

/**
 * One agency and what every plan asks of it. Plans name agencies relative to their own area
 * ("Ban Chỉ đạo tỉnh", "Ủy ban nhân dân quận"), so an agency is its name within a plan's place.
 */
export interface Agency {
  /** "Ban Tuyên giáo Quận ủy (Quận 1)". */
  name: string;
  slug: string;
  kind: Assignment['agencyKind'];
  tasks: { plan: Plan; assignment: Assignment }[];
}

/** The display name of an agency named in a plan issued at `place`. */
export function agencyName(agency: string, place: string): string {
  return `${agency} (${place})`;
}

/** The URL segment of an agency's page under /nhiem-vu/. */
export function agencySlug(agency: string, place: string): string {
  return slugify(agencyName(agency, place));
}

/** Agencies named in the plans, in Vietnamese order, with their tasks (plans newest first). */
export function agencies(plans: readonly Plan[]): Agency[] {
  const bySlug = new Map<string, Agency>();
  for (const plan of plans) {
    for (const assignment of plan.data.assignments) {
      const name = agencyName(assignment.agency, plan.data.place);
      const slug = agencySlug(assignment.agency, plan.data.place);
      const agency = bySlug.get(slug) ?? { name, slug, kind: assignment.agencyKind, tasks: [] };
      agency.tasks.push({ plan, assignment });
      bySlug.set(slug, agency);
    }
  }
  return [...bySlug.values()].sort((a, b) => compareVi(a.name, b.name));
}

/** The calendar's view of a plan. */
export function planForCalendar(plan: Plan): PlanForCalendar {
  return { id: plan.id, name: planName(plan.data), date: plan.data.date, periodEnd: plan.data.period?.to };
}

/** The calendar item of an assignment with a date, or undefined. */
export function assignmentItem(a: Assignment): PlanItem | undefined {
  if (!a.when || a.when.kind === 'ongoing') return undefined;
  return { key: `nhiem-vu-${slugify(a.section)}`, summary: `${a.agency}: nhiệm vụ ${a.section}`, description: a.task, schedule: a.when };
}

/** Every reporting deadline of a plan as calendar items. */
export function reportItems(plan: Plan): PlanItem[] {
  return plan.data.reportingDeadlines.map((r, i) => ({
    key: `bao-cao-${i + 1}`,
    summary: r.what,
    description: [r.from && `Đơn vị báo cáo: ${r.from}.`, r.to && `Gửi: ${r.to}.`].filter(Boolean).join('\n') || r.what,
    schedule: r.due,
  }));
}
