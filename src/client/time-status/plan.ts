/** Plan status (in force, ended, superseded) today. */
import { PLAN_STATUS_LABELS, planStatus } from '../../lib/plans.ts';
import { setBadge } from './badge.ts';

const now = new Date();
for (const el of document.querySelectorAll<HTMLElement>('[data-plan-status]')) {
  const status = planStatus({ periodEnd: el.dataset.planEnd, superseded: el.dataset.planStatus === 'superseded' }, now);
  setBadge(el, status, PLAN_STATUS_LABELS[status]);
}
