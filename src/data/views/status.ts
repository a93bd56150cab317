/**
 * Time-dependent statuses as view-model pieces: each is computed with the build's `now` by the
 * rule in `src/lib/`, and carries the dates the browser needs to recompute it with the same rule.
 */
import { localDate } from '../../lib/dates.ts';
import { certificateSentence, certificateStatus, certificateValidUntil, type CertificateStatus } from '../../lib/ocop.ts';
import { isOpenAt, weeklySchedule, type WeeklySchedule } from '../../lib/opening-hours.ts';
import { dueState, planStatus, type DueState, type PlanStatus } from '../../lib/plans.ts';
import type { ScheduleLike } from '../../lib/schedule.ts';
import { stamp, type Stamp } from '../clock.ts';

/** An OCOP certificate's status. */
export interface CertificateView {
  status: CertificateStatus;
  decisionDate: string;
  revokedDate?: string | undefined;
  /** Last day of validity. */
  validUntil: string;
  /** Whether `validUntil` is the record's own date (else 36 months from the decision). */
  validUntilGiven: boolean;
  /** The status as a sentence (lib/ocop.ts certificateSentence). */
  sentence: { label: string; rest: string };
  /** The day the status was computed for. */
  asOf: string;
}

/** Certificate views per build clock, by decision, validity and revocation dates. */
const certificateViews = new WeakMap<Date, Map<string, CertificateView>>();

/**
 * A certificate's status for `now`. A product's certificate appears on its page and on every list,
 * business and point page that shows its card: the view is computed once per set of dates and
 * shared (views are never changed after they are made).
 */
export function certificateView(cert: { decisionDate: string; validUntil?: string | undefined; revoked?: { date: string } | undefined }, now: Date): CertificateView {
  const revokedDate = cert.revoked?.date;
  let views = certificateViews.get(now);
  if (!views) certificateViews.set(now, (views = new Map()));
  const key = `${cert.decisionDate}|${cert.validUntil ?? ''}|${revokedDate ?? ''}`;
  let view = views.get(key);
  if (!view) {
    const validUntil = certificateValidUntil(cert.decisionDate, cert.validUntil);
    const status = certificateStatus({ decisionDate: cert.decisionDate, validUntil: cert.validUntil, revokedDate }, now);
    view = {
      status,
      decisionDate: cert.decisionDate,
      revokedDate,
      validUntil,
      validUntilGiven: cert.validUntil !== undefined,
      sentence: certificateSentence(status, validUntil, revokedDate, now),
      asOf: localDate(now),
    };
    views.set(key, view);
  }
  return view;
}

/** A plan's status. */
export interface PlanStatusView {
  status: PlanStatus;
  periodEnd?: string | undefined;
  superseded: boolean;
}

export function planStatusView(plan: { periodEnd?: string | undefined; superseded: boolean }, now: Date): PlanStatusView {
  return { status: planStatus(plan, now), periodEnd: plan.periodEnd, superseded: plan.superseded };
}

/** When a deadline next falls due. */
export interface NextDueView {
  schedule: ScheduleLike;
  /** Last day of the plan's period. */
  until?: string | undefined;
  /** The next due day, or why there is none (the plan's period is over, or nothing more falls due). */
  state: DueState;
}

export function nextDueView(schedule: ScheduleLike, until: string | undefined, now: Date): NextDueView {
  return { schedule, until, state: dueState(schedule, now, until) };
}

/** Opening hours and whether the point is open at the build's moment. */
export interface OpenNowView {
  /** The opening_hours value as written. */
  value: string;
  /** The weekly schedule, when the hours are a plain weekly one. */
  week?: WeeklySchedule | undefined;
  open?: boolean | undefined;
  asOf: Stamp;
}

export function openNowView(value: string, now: Date): OpenNowView {
  const week = weeklySchedule(value);
  return { value, week, open: week ? isOpenAt(week, now) : undefined, asOf: stamp(now) };
}
