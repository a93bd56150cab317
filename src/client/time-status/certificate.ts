/**
 * OCOP certificate status (valid, expiring, expired, revoked) for today: the status sentences and
 * the stars shown with their state, and their `data-status`, recomputed with the build's rule
 * (lib/ocop.ts) from the last valid day and the revocation day each element carries.
 */
import { formatDate, localDate } from '../../lib/dates.ts';
import { certificateSentence, starsWithState, statusUntil } from '../../lib/ocop.ts';

const now = new Date();
const today = formatDate(localDate(now));
for (const el of document.querySelectorAll<HTMLElement>('[data-cert-until]')) {
  const until = el.dataset.certUntil!;
  const revoked = el.dataset.certRevoked;
  const status = statusUntil(until, revoked, now);
  el.dataset.status = status;
  if (el.dataset.certStars) {
    el.textContent = starsWithState(Number(el.dataset.certStars), status, until, revoked);
    continue;
  }
  const sentence = certificateSentence(status, until, revoked, now);
  const label = el.querySelector('[data-status-label]');
  if (label) {
    label.className = label.className.replace(/app-cert__label--[a-z]+/, `app-cert__label--${status}`);
    label.textContent = sentence.label;
  }
  const rest = el.querySelector('[data-status-rest]');
  if (rest) rest.textContent = sentence.rest;
  const asOf = el.querySelector('[data-status-asof]');
  if (asOf) asOf.textContent = `(tính đến ${today})`;
}
