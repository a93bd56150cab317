/**
 * The point finder once a visitor uses it (loaded by point-finder.ts): fetches the points file
 * once, filters and sorts with src/lib/point-finder.ts, renders the results as DOM text (never
 * HTML), hides the static list it stands in for, and tells the map what is filtered through a
 * `point-filter` event on `document`: `{ kinds: string[] | null, openNow: boolean }`.
 *
 * The position from "Gần tôi" stays in this page's memory: it is only used to compute distances
 * here, never sent, never stored.
 */
import type { LatLng } from '../lib/geo.ts';
import { findPoints, formatKm, resultSummary, type FinderPoint, type FinderResult } from '../lib/point-finder.ts';

interface PointsFile {
  kinds: Record<string, string>;
  points: FinderPoint[];
}

/** Results shown at first, and added by each "Xem thêm". */
const PAGE = 20;

const LOAD_FAILED = 'Không tải được danh sách điểm bán. Hãy kiểm tra kết nối rồi thử lại; danh sách bên dưới vẫn dùng được.';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Take over `root` (a <point-finder>), then handle `first`, the event that woke it. */
export function start(root: HTMLElement, first: Event): void {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const ui = $<HTMLElement>('[data-finder]');
  const near = $<HTMLButtonElement>('[data-near]');
  const openBox = $<HTMLInputElement>('[data-open]');
  const kindSelect = $<HTMLSelectElement>('[data-kind]');
  const status = $<HTMLElement>('[data-status]');
  const list = $<HTMLUListElement>('[data-results]');
  const moreWrap = $<HTMLElement>('[data-more-wrap]');
  const more = $<HTMLButtonElement>('[data-more]');
  const replaced = root.dataset.replaces ? [...document.querySelectorAll<HTMLElement>(root.dataset.replaces)] : [];

  let file: Promise<PointsFile> | undefined;
  let loaded: PointsFile | undefined;
  let kinds: Record<string, string> = {};
  let position: LatLng | null = null;
  /** What the last "Gần tôi" could not do, said before the result until another control is used. */
  let note = '';
  let results: FinderResult[] = [];
  let shown = 0;
  /** Counts updates, so a slow fetch cannot overwrite a newer result. */
  let run = 0;

  const say = (...parts: string[]) => (status.textContent = parts.filter(Boolean).join(' '));
  const load = () =>
    (file ??= fetch(root.dataset.src!)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<PointsFile>;
      })
      .catch((error: unknown) => {
        file = undefined; // try again on the next use
        throw error;
      }));

  function showResults(on: boolean) {
    list.hidden = !on;
    if (!on) {
      list.replaceChildren();
      moreWrap.hidden = true;
    }
    for (const node of replaced) node.hidden = on;
  }

  function item({ point: p, km, open }: FinderResult): HTMLLIElement {
    const card = el('article', '', 'app-card');
    const heading = el('h3');
    const link = el('a', p.name);
    link.href = `/diem-ban/${encodeURIComponent(p.id)}/`;
    heading.append(link);
    card.append(heading, el('p', kinds[p.kind] ?? p.kind, 'app-meta'), el('p', p.address));
    if (km !== null) card.append(el('p', `Cách bạn ${km < 0.05 ? '' : 'khoảng '}${formatKm(km)} (đường chim bay)`));
    if (open !== null) {
      const badge = el('p');
      badge.append(el('span', open ? 'Đang mở cửa' : 'Đã đóng cửa', `app-badge app-badge--${open ? 'open' : 'shut'}`));
      card.append(badge);
    }
    if (p.phone) {
      const line = el('p', 'Điện thoại: ');
      const tel = el('a', p.phone.replace(/ /g, '\u00a0'));
      tel.href = `tel:${p.phone.replace(/[^\d+]/g, '')}`;
      line.append(tel);
      card.append(line);
    }
    const li = el('li');
    li.append(card);
    return li;
  }

  /** Show the next page of results; with `focus`, move focus to the first one added. */
  function nextPage(focus: boolean) {
    const from = shown;
    shown = Math.min(results.length, shown + PAGE);
    list.append(...results.slice(from, shown).map(item));
    const rest = results.length - shown;
    moreWrap.hidden = rest <= 0;
    more.textContent = `Xem thêm ${Math.min(rest, PAGE)} điểm bán`;
    const kind = kindSelect.value;
    say(note, resultSummary({ count: results.length, shown, kindLabel: kind ? kinds[kind] : undefined, openNow: openBox.checked, near: position !== null, scope: root.dataset.scope }));
    if (focus) list.children[from]?.querySelector('a')?.focus();
  }

  async function update() {
    const detail = { kinds: kindSelect.value ? [kindSelect.value] : null, openNow: openBox.checked };
    document.dispatchEvent(new CustomEvent('point-filter', { detail }));
    const id = ++run;
    if (!position && !detail.kinds && !detail.openNow) {
      showResults(false);
      say(note);
      return;
    }
    // Said only while the file is on its way: once loaded, results follow at once.
    if (!loaded) say(note, 'Đang tải danh sách điểm bán…');
    let data: PointsFile;
    try {
      data = loaded ?? (loaded = await load());
    } catch {
      if (id === run) {
        showResults(false);
        say(note, LOAD_FAILED);
      }
      return;
    }
    if (id !== run) return;
    kinds = data.kinds;
    results = findPoints(data.points, { ...detail, near: position, now: new Date() });
    list.replaceChildren();
    shown = 0;
    showResults(true);
    nextPage(false);
  }

  function setPosition(value: LatLng | null) {
    position = value;
    near.setAttribute('aria-pressed', String(value !== null));
  }

  function locate() {
    // A second press turns distance sorting off again.
    if (position) {
      setPosition(null);
      return void update();
    }
    const sorry = (why: string) => {
      note = `${why}, nên danh sách không được sắp xếp theo khoảng cách.`;
      void update();
    };
    if (!('geolocation' in navigator)) return sorry('Trình duyệt này không cho biết vị trí');
    say('Đang xác định vị trí của bạn…');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        note = '';
        setPosition({ lat: coords.latitude, lng: coords.longitude });
        void update();
      },
      (error) => sorry(error.code === error.PERMISSION_DENIED ? 'Trang chưa được phép dùng vị trí của bạn' : 'Không xác định được vị trí của bạn lúc này'),
      { timeout: 15_000, maximumAge: 300_000 },
    );
  }

  function reset() {
    note = '';
    setPosition(null);
    openBox.checked = false;
    kindSelect.value = '';
    void update();
    say('Đã bỏ lọc; trang trở lại danh sách ban đầu.');
  }

  function handle(event: Event) {
    if (event.type === 'change') {
      note = '';
      return void update();
    }
    const button = (event.target as Element).closest('button');
    if (button === near) locate();
    else if (button === more) nextPage(true);
    else if (button?.hasAttribute('data-reset')) reset();
  }

  ui.addEventListener('change', handle);
  ui.addEventListener('click', handle);
  handle(first);
}
