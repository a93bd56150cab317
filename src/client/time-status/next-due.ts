/** The next day a reporting duty falls due, from today (the same rule as the build: lib/plans.ts dueState). */
import { formatDate } from '../../lib/dates.ts';
import { DUE_STATE_LABELS, dueState } from '../../lib/plans.ts';
import type { ScheduleLike } from '../../lib/schedule.ts';

const now = new Date();
for (const el of document.querySelectorAll<HTMLElement>('[data-schedule]')) {
  const state = dueState(JSON.parse(el.dataset.schedule!) as ScheduleLike, now, el.dataset.until);
  if (state.state !== 'due') {
    el.textContent = DUE_STATE_LABELS[state.state];
    continue;
  }
  const time = document.createElement('time');
  time.dateTime = state.due;
  time.textContent = formatDate(state.due);
  el.replaceChildren('Hạn tới: ', time);
}
