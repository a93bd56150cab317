/**
 * A poster's print date: the browser's today (Asia/Ho_Chi_Minh), set when the page opens and
 * again just before it is printed, in place of the build day the page carries without JavaScript.
 */
import { formatDate, localDate } from '../../lib/dates.ts';

function stamp(): void {
  const today = localDate(new Date());
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
    const time = document.createElement('time');
    time.dateTime = today;
    time.textContent = formatDate(today);
    el.replaceChildren('Ngày in: ', time);
  }
}

stamp();
addEventListener('beforeprint', stamp);
