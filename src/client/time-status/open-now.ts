/** "Đang mở cửa" / "Đã đóng cửa" now, on the clock of Asia/Ho_Chi_Minh. */
import { formatDateTime } from '../../lib/dates.ts';
import { isOpenAt, type WeeklySchedule } from '../../lib/open-now.ts';
import { setBadge } from './badge.ts';

const now = new Date();
for (const el of document.querySelectorAll<HTMLElement>('[data-open-hours]')) {
  const open = isOpenAt(JSON.parse(el.dataset.openHours!) as WeeklySchedule, now);
  const badge = el.querySelector('[data-status-label]');
  if (badge) setBadge(badge, open ? 'open' : 'shut', open ? 'Đang mở cửa' : 'Đã đóng cửa');
  const asOf = el.querySelector('[data-status-asof]');
  if (asOf) asOf.textContent = `(lúc ${formatDateTime(now)})`;
}
