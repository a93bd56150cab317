/** Plans: the library (`/ke-hoach/`), its filter pages (`/ke-hoach/<nhóm>/<giá trị>/`) and each plan. */
import { documentDate, PLAN_LEVEL_LABELS, planName } from '../../lib/plans.ts';
import { planFilters } from '../../lib/plan-filters.ts';
import { agencyUrl, PLANS, planFilterUrl, planUrl } from '../../lib/urls.ts';
import type { Plan, SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { agencySlug } from '../tasks.ts';
import { layout, type LayoutView } from './layout.ts';
import { planStatusView, type PlanStatusView } from './status.ts';
import { reportView, type ReportView } from './tasks.ts';
import { relatedNews, type RelatedNewsView } from './related.ts';

export interface PlanFilterLink {
  href: string;
  label: string;
  count: number;
  current: boolean;
}

export interface PlanCardView {
  id: string;
  title: string;
  number?: string | undefined;
  date: string;
  /** Set when the date is not in the source: from what the editors inferred it. */
  dateInferred?: string | undefined;
  issuer: string;
  level: string;
  assignments: number;
  status: PlanStatusView;
  sample: boolean;
}

export interface PlanListView {
  layout: LayoutView;
  heading: string;
  /** The library itself is the current page (no filter). */
  unfiltered: boolean;
  groups: { label: string; filters: PlanFilterLink[] }[];
  plans: PlanCardView[];
}

/** The library and every filter page. */
export function planListPages(data: SiteData): PageOf<PlanListView>[] {
  const { plans, now } = data;
  const filters = planFilters(plans.map((p) => p.data));
  const card = (p: Plan): PlanCardView => ({
    id: p.id,
    title: p.data.title,
    number: p.data.number,
    date: p.data.date,
    dateInferred: p.data.inferred.date,
    issuer: p.data.issuer,
    level: PLAN_LEVEL_LABELS[p.data.level]!,
    assignments: p.data.assignments.length,
    status: planStatusView({ periodEnd: p.data.period?.to, superseded: !!p.data.supersededBy }, now),
    sample: p.data.sample,
  });
  const page = (filter: (typeof filters)[number] | undefined): PlanListView => {
    const shown = filter ? plans.filter((p) => filter.matches(p.data)) : plans;
    const heading = filter ? `Kế hoạch – ${filter.label}` : 'Kế hoạch';
    return {
      layout: layout(data, {
        path: filter ? planFilterUrl(filter.group, filter.value) : PLANS,
        title: heading,
        description: 'Các kế hoạch triển khai Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.',
        breadcrumbs: filter ? [{ label: 'Kế hoạch', href: PLANS }, { label: filter.label }] : [{ label: 'Kế hoạch' }],
        sample: shown.some((p) => p.data.sample),
      }),
      heading,
      unfiltered: !filter,
      groups: (
        [
          ['Năm ban hành', 'nam'],
          ['Cấp', 'cap'],
          ['Cơ quan ban hành', 'co-quan'],
        ] as const
      ).map(([label, group]) => ({
        label,
        filters: filters
          .filter((f) => f.group === group)
          .map((f) => ({ href: planFilterUrl(f.group, f.value), label: f.label, count: f.count, current: !!filter && f.group === filter.group && f.value === filter.value })),
      })),
      plans: shown.map(card),
    };
  };
  return [{ params: { filter: undefined }, view: page(undefined) }, ...filters.map((f) => ({ params: { filter: `${f.group}/${f.value}` }, view: page(f) }))];
}

export interface PlanView {
  layout: LayoutView;
  id: string;
  title: string;
  number?: string | undefined;
  issuer: string;
  issuerParent?: string | undefined;
  /** The heading as in the source, or reconstructed (then `basis` says why). */
  heading: { origin: 'source' | 'reconstructed'; lines: string[]; basis?: string | undefined; partyMark: boolean };
  /** Values the source does not print, each with what it was inferred from. */
  inferred: { issuer?: string | undefined; place?: string | undefined; date?: string | undefined };
  place: string;
  date: string;
  /** "ngày 24 tháng 02 năm 2023", as the place-and-date line prints it. */
  documentDate: string;
  status: PlanStatusView;
  period?: { from: string; to: string } | undefined;
  supersededBy?: { id: string; name: string } | undefined;
  legalBases: { text: string; planId?: string | undefined }[];
  reportingDeadlines: ReportView[];
  /** Agencies with how many tasks the plan gives each, and how many of those the source gives to no named body. */
  agencies: { name: string; href: string; tasks: number; inferred: number }[];
  recipients: string[];
  signer?: { capacity?: string | undefined; title: string; name?: string | undefined } | undefined;
  attachment?: string | undefined;
  editorNotes: string[];
  /** Published posts referencing it ("Tin liên quan"). */
  news: RelatedNewsView;
  /** The full text (rendered from the entry by the route). */
  body: { digest: string | number | undefined };
}

/** Every plan's page. */
export function planPages(data: SiteData): PageOf<PlanView>[] {
  const { plans, planById, now } = data;
  return plans.map((plan) => {
    const d = plan.data;
    const supersededBy = d.supersededBy ? planById.get(d.supersededBy.id) : undefined;
    const assigned = [...d.assignments.reduce((m, a) => m.set(a.agency, (m.get(a.agency) ?? 0) + 1), new Map<string, number>())];
    return {
      params: { slug: plan.id },
      entry: plan,
      view: {
        layout: layout(data, {
          path: planUrl(plan.id),
          title: planName(d),
          description: d.title,
          breadcrumbs: [{ label: 'Kế hoạch', href: PLANS }, { label: d.number ?? planName(d) }],
          sample: d.sample,
        }),
        id: plan.id,
        title: d.title,
        number: d.number,
        issuer: d.issuer,
        issuerParent: d.issuerParent,
        heading: { origin: d.heading.origin, lines: d.heading.lines, basis: d.heading.basis, partyMark: d.heading.partyMark },
        inferred: { issuer: d.inferred.issuer, place: d.inferred.place, date: d.inferred.date },
        place: d.place,
        date: d.date,
        documentDate: documentDate(d.date),
        status: planStatusView({ periodEnd: d.period?.to, superseded: !!supersededBy }, now),
        period: d.period && { from: d.period.from, to: d.period.to },
        supersededBy: supersededBy && { id: supersededBy.id, name: planName(supersededBy.data) },
        legalBases: d.legalBases.map((b) => ({ text: b.text, planId: b.plan ? planById.get(b.plan.id)?.id : undefined })),
        reportingDeadlines: d.reportingDeadlines.map((r) => reportView(plan, r, now)),
        agencies: assigned.map(([agency, count]) => ({
          name: agency,
          href: agencyUrl(agencySlug(agency, d.place)),
          tasks: count,
          inferred: d.assignments.filter((a) => a.agency === agency && a.agencyInferred).length,
        })),
        recipients: d.recipients,
        signer: d.signer && { capacity: d.signer.capacity, title: d.signer.title, name: d.signer.name },
        attachment: d.attachment,
        editorNotes: d.editorNotes,
        news: relatedNews(data, 'plans', plan.id),
        body: { digest: plan.digest },
      },
    };
  });
}
