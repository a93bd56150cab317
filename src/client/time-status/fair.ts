/** Fair phase (upcoming, ongoing, past, postponed, cancelled) now. */
import { FAIR_PHASE_LABELS, fairPhase, type FairStatus } from '../../lib/fairs.ts';
import { setBadge } from './badge.ts';

const now = new Date();
for (const el of document.querySelectorAll<HTMLElement>('[data-fair-start]')) {
  const phase = fairPhase({ start: el.dataset.fairStart!, end: el.dataset.fairEnd!, status: el.dataset.fairStatus as FairStatus }, now);
  setBadge(el, phase, FAIR_PHASE_LABELS[phase]);
}
