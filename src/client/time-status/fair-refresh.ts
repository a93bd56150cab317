/**
 * Fairs now (loaded by fair.ts once a page has outlived what it says): each element carrying
 * `data-fair` (a card, a fair page) gets its phase
 * (`data-status` and the badge), whether it is on this weekend, its next sessions and whether
 * registration is open recomputed from the browser's clock, with the rules the build used. A list
 * whose fairs have all ended since the build says so.
 */
import { FAIR_PHASE_LABELS, fairPhase, onThisWeekend, registrationSentence, registrationState, weekendOf, type FairTiming } from '../../lib/fairs.ts';
import { nextSessionWords, weekendWords } from '../../lib/fair-words.ts';
import { setBadge } from './badge.ts';

const now = new Date();
for (const el of document.querySelectorAll<HTMLElement>('[data-fair]')) {
  const timing = JSON.parse(el.dataset.fair!) as FairTiming;
  const phase = fairPhase(timing, now);
  el.dataset.status = phase;
  const badge = el.querySelector('[data-status-label]');
  if (badge) setBadge(badge, phase, FAIR_PHASE_LABELS[phase]);
  const weekend = onThisWeekend(timing, now);
  // A card stands out when its fair is on this weekend (a fair's own page says so with its badge).
  if (el.classList.contains('app-fair')) el.classList.toggle('app-fair--weekend', weekend);
  for (const w of el.querySelectorAll<HTMLElement>('[data-fair-weekend]')) w.hidden = !weekend;
  for (const next of el.querySelectorAll<HTMLElement>('[data-fair-next]')) {
    const words = phase === 'upcoming' || phase === 'ongoing' ? nextSessionWords(timing, now, Number(next.dataset.fairNext) || 1) : [];
    if (next instanceof HTMLUListElement || next instanceof HTMLOListElement) {
      next.replaceChildren(...words.map((w) => Object.assign(document.createElement('li'), { textContent: w })));
    } else {
      next.textContent = words[0] ?? '';
    }
    const block = next.closest<HTMLElement>('[data-fair-next-block]');
    if (block) block.hidden = words.length === 0;
  }
  for (const r of el.querySelectorAll<HTMLElement>('[data-fair-registration]')) {
    const state = registrationState(timing, { deadline: r.dataset.fairRegistration || undefined }, now);
    if (r.classList.contains('app-badge')) r.hidden = !state.open;
    else r.textContent = registrationSentence(state);
  }
}

// Lists of fairs on now and coming: when none is left at this clock, show the list's empty note;
// the line about this weekend is recounted from the cards (a list of one page holds them all) or,
// on a list of several pages, dropped once its weekend has passed.
const weekend = weekendOf(now);
for (const list of document.querySelectorAll<HTMLElement>('[data-fair-list]')) {
  const cards = [...list.querySelectorAll<HTMLElement>('[data-fair]')];
  const left = cards.filter((f) => ['upcoming', 'ongoing', 'postponed'].includes(f.dataset.status ?? ''));
  const empty = list.querySelector<HTMLElement>('[data-fair-list-empty]');
  if (empty) empty.hidden = left.length > 0;
  const line = list.querySelector<HTMLElement>('[data-fair-weekend-line]');
  if (!line) continue;
  if (Number(list.dataset.fairListPages) > 1) {
    line.hidden = line.dataset.fairWeekendOf !== weekend.saturday;
    continue;
  }
  const count = left.filter((f) => f.classList.contains('app-fair--weekend')).length;
  line.hidden = count === 0;
  line.querySelector('[data-fair-weekend-count]')!.textContent = String(count);
  line.querySelector('[data-fair-weekend-dates]')!.textContent = weekendWords(weekend.saturday);
}
