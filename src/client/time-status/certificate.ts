/** OCOP certificate status (valid, expiring, expired, revoked) for today. */
import { formatDate, localDate } from '../../lib/dates.ts';
import { CERTIFICATE_STATUS_LABELS, certificateStatus } from '../../lib/ocop.ts';
import { setBadge } from './badge.ts';

const now = new Date();
const today = formatDate(localDate(now));
for (const el of document.querySelectorAll<HTMLElement>('[data-cert-decision]')) {
  const status = certificateStatus({ decisionDate: el.dataset.certDecision!, revokedDate: el.dataset.certRevoked }, now);
  const badge = el.querySelector('[data-status-label]');
  if (badge) setBadge(badge, status, CERTIFICATE_STATUS_LABELS[status]);
  const asOf = el.querySelector('[data-status-asof]');
  if (asOf) asOf.textContent = `(tính đến ${today})`;
}
