/**
 * Recomputes time-dependent statuses in the browser with the same rules the build used, so a
 * static page never shows an expired certificate as valid or a past fair as upcoming.
 */
import { formatDate, formatDateTime, localDate } from '../lib/dates.ts';
import { FAIR_PHASE_LABELS, fairPhase, type FairStatus } from '../lib/fairs.ts';
import { CERTIFICATE_STATUS_LABELS, certificateStatus } from '../lib/ocop.ts';
import { nextDue, PLAN_STATUS_LABELS, planStatus } from '../lib/plans.ts';
import type { ScheduleLike } from '../lib/schedule.ts';
import { isOpenAt, type WeeklySchedule } from '../lib/open-now.ts';

function setBadge(badge: Element, kind: string, label: string) {
  badge.className = badge.className.replace(/app-badge--[a-z]+/, `app-badge--${kind}`);
  badge.textContent = label;
}

function refresh(now: Date) {
  const today = formatDate(localDate(now));
  for (const el of document.querySelectorAll<HTMLElement>('[data-cert-decision]')) {
    const status = certificateStatus({ decisionDate: el.dataset.certDecision!, revokedDate: el.dataset.certRevoked }, now);
    const badge = el.querySelector('[data-status-label]');
    if (badge) setBadge(badge, status, CERTIFICATE_STATUS_LABELS[status]);
    const asOf = el.querySelector('[data-status-asof]');
    if (asOf) asOf.textContent = `(tính đến ${today})`;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-fair-start]')) {
    const phase = fairPhase({ start: el.dataset.fairStart!, end: el.dataset.fairEnd!, status: el.dataset.fairStatus as FairStatus }, now);
    setBadge(el, phase, FAIR_PHASE_LABELS[phase]);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-plan-status]')) {
    const status = planStatus({ periodEnd: el.dataset.planEnd, superseded: el.dataset.planStatus === 'superseded' }, now);
    setBadge(el, status, PLAN_STATUS_LABELS[status]);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-open-hours]')) {
    const open = isOpenAt(JSON.parse(el.dataset.openHours!) as WeeklySchedule, now);
    const badge = el.querySelector('[data-status-label]');
    if (badge) setBadge(badge, open ? 'open' : 'shut', open ? 'Đang mở cửa' : 'Đã đóng cửa');
    const asOf = el.querySelector('[data-status-asof]');
    if (asOf) asOf.textContent = `(lúc ${formatDateTime(now)})`;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-schedule]')) {
    const due = nextDue(JSON.parse(el.dataset.schedule!) as ScheduleLike, now, el.dataset.until);
    if (!due) {
      el.textContent = 'Không còn hạn nào tới';
      continue;
    }
    const time = document.createElement('time');
    time.dateTime = due;
    time.textContent = formatDate(due);
    el.replaceChildren('Hạn tới: ', time);
  }
}

refresh(new Date());
