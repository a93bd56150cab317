/** The next day a reporting duty falls due, from today. */
import { formatDate } from '../../lib/dates.ts';
import { nextDue } from '../../lib/plans.ts';
import type { ScheduleLike } from '../../lib/schedule.ts';

const now = new Date();
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
