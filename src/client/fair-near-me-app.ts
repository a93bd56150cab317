/**
 * "Hội chợ gần tôi": asks for the position (only now, on the press), reads the map's fairs file and
 * lists the nearest fairs on now or coming with their distance, dates and status at this clock.
 * The position is used on this page only, never sent anywhere. A second press hides the list.
 */
import { nearestFairs } from '../lib/fair-lists.ts';
import { FAIR_PHASE_LABELS, fairPhase } from '../lib/fairs.ts';
import { nextSessionWords, scheduleWords } from '../lib/fair-words.ts';
import type { FairsFile } from '../lib/map-points.ts';
import { formatKm } from '../lib/point-finder.ts';
import { fairUrl } from '../lib/urls.ts';

/** How many fairs the list shows. */
const SHOWN = 10;

export function start(el: HTMLElement): void {
  const button = el.querySelector<HTMLButtonElement>('[data-near]')!;
  const status = el.querySelector<HTMLElement>('[data-near-status]')!;
  const list = el.querySelector<HTMLOListElement>('[data-near-results]')!;
  const say = (text: string) => (status.textContent = text);
  let shown = false;

  const run = () => {
    if (shown) {
      shown = false;
      list.hidden = true;
      button.setAttribute('aria-pressed', 'false');
      return say('');
    }
    if (!('geolocation' in navigator)) return say('Trình duyệt này không cho biết vị trí, nên không tìm được hội chợ gần bạn.');
    say('Đang xác định vị trí của bạn…');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => void show({ lat: coords.latitude, lng: coords.longitude }),
      (error) => say(`${error.code === error.PERMISSION_DENIED ? 'Trang chưa được phép dùng vị trí của bạn' : 'Không xác định được vị trí của bạn lúc này'}, nên không tìm được hội chợ gần bạn.`),
      { timeout: 15_000, maximumAge: 300_000 },
    );
  };

  async function show(near: { lat: number; lng: number }) {
    let file: FairsFile;
    try {
      const response = await fetch(el.dataset.src!);
      if (!response.ok) throw new Error(String(response.status));
      file = (await response.json()) as FairsFile;
    } catch {
      return say('Không tải được danh sách hội chợ. Hãy kiểm tra kết nối rồi thử lại.');
    }
    const now = new Date();
    const found = nearestFairs(file.fairs, near, now, SHOWN, el.dataset.kind || undefined);
    list.replaceChildren(
      ...found.map(({ fair, km }) => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: fairUrl(fair.id), textContent: fair.title });
        const phase = fairPhase(fair, now);
        const next = fair.repeat ? nextSessionWords(fair, now, 1)[0] : undefined;
        const lines = [`Cách khoảng ${formatKm(km)} – ${FAIR_PHASE_LABELS[phase]}`, next ? `Phiên tới: ${next}` : scheduleWords(fair), `${fair.venue}, ${fair.address}`];
        item.append(link, ...lines.map((text) => Object.assign(document.createElement('span'), { className: 'app-meta', textContent: text })));
        return item;
      }),
    );
    shown = true;
    list.hidden = found.length === 0;
    button.setAttribute('aria-pressed', 'true');
    say(found.length ? `${found.length} hội chợ, phiên chợ đang và sắp diễn ra gần bạn nhất, gần nhất trước.` : 'Không có hội chợ, phiên chợ nào đang hoặc sắp diễn ra.');
  }

  button.addEventListener('click', run);
  run();
}
