/** The filters of the plan library: by year of issue, level, and issuing body. */
import { PLAN_LEVEL_LABELS, PLAN_LEVELS } from './plans.ts';
import { compareVi, lowerFirst, slugify } from './text.ts';

/** What a filter needs to know about a plan. */
export interface PlanFacts {
  date: string;
  level: string;
  issuer: string;
}

export interface PlanFilter {
  /** URL segment of the filter kind: "nam", "cap", "co-quan". */
  group: 'nam' | 'cap' | 'co-quan';
  /** URL segment of the value: "2023", "tinh", "ban-chi-dao-cuoc-van-dong-tinh-binh-dinh". */
  value: string;
  label: string;
  count: number;
  matches: (plan: PlanFacts) => boolean;
}

/** Every filter that selects at least one of `plans`: years newest first, levels in order, issuers by name. */
export function planFilters(plans: readonly PlanFacts[]): PlanFilter[] {
  const count = (matches: (p: PlanFacts) => boolean) => plans.filter(matches).length;
  const years = [...new Set(plans.map((p) => p.date.slice(0, 4)))].sort().reverse();
  const levels = PLAN_LEVELS.filter((level) => plans.some((p) => p.level === level));
  const issuers = [...new Set(plans.map((p) => p.issuer))].sort(compareVi);
  const make = (group: PlanFilter['group'], value: string, label: string, matches: (p: PlanFacts) => boolean): PlanFilter => ({
    group,
    value,
    label,
    matches,
    count: count(matches),
  });
  return [
    ...years.map((y) => make('nam', y, `Năm ${y}`, (p) => p.date.startsWith(y))),
    ...levels.map((l) => make('cap', l, `Cấp ${lowerFirst(PLAN_LEVEL_LABELS[l])}`, (p) => p.level === l)),
    ...issuers.map((i) => make('co-quan', slugify(i), i, (p) => p.issuer === i)),
  ];
}
