/**
 * The point finder once a visitor uses it (loaded by point-finder.ts): fetches the points file
 * once, filters and sorts with src/lib/point-finder.ts, renders the results as DOM text (never
 * HTML), hides the static list it stands in for, and tells the map what is filtered through a
 * `point-filter` event on `document`: `{ kinds: string[] | null, openNow: boolean }`.
 *
 * The position from "Gần tôi" stays in this page's memory: it is only used to compute distances
 * here, never sent, never stored. A place name is matched here too (lib/place-names.ts) against
 * the page's place file; the chosen place is kept in the address (`?xa=…&ma=…`) so the result
 * can be linked to.
 */
import type { LatLng } from '../lib/geo.ts';
import { matchPlaces, placeBucket, preparePlaces, type PlaceFile, type PlaceMatch, type PreparedPlaces } from '../lib/place-names.ts';
import { findPoints, formatKm, resultSummary, type FinderPoint, type FinderResult } from '../lib/point-finder.ts';

interface PointsFile {
  kinds: Record<string, string>;
  points: FinderPoint[];
}

/** Results shown at first, and added by each "Xem thêm". */
const PAGE = 20;

const LOAD_FAILED = 'Không tải được danh sách điểm bán. Hãy kiểm tra kết nối rồi thử lại; danh sách bên dưới vẫn dùng được.';
const PLACES_FAILED = 'Không tải được danh sách phường, xã. Hãy kiểm tra kết nối rồi thử lại.';

/** Candidates listed when a name is ambiguous; more are summed up. */
const CHOICES = 12;

/** A place chosen in the finder: the commune, what the visitor typed, and how it matched. */
interface ChosenPlace {
  match: PlaceMatch;
  at: LatLng | null;
  /** The former district whose communes `at` stands in for, when the site has no point in the commune itself. */
  area: string | null;
}

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
  const placeInput = $<HTMLInputElement>('[data-place]');
  const choices = $<HTMLElement>('[data-place-choices]');
  const choicesTitle = $<HTMLElement>('[data-place-choices-title]');
  const choiceList = choices.querySelector('ul')!;
  const replaced = root.dataset.replaces ? [...document.querySelectorAll<HTMLElement>(root.dataset.replaces)] : [];

  let file: Promise<PointsFile> | undefined;
  let loaded: PointsFile | undefined;
  let kinds: Record<string, string> = {};
  let position: LatLng | null = null;
  let place: ChosenPlace | null = null;
  const placeFiles = new Map<string, Promise<PreparedPlaces>>();
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

  function item({ point: p, km, open, inPlace }: FinderResult): HTMLLIElement {
    const card = el('article', '', 'app-card');
    const heading = el('h3');
    const link = el('a', p.name);
    link.href = `/diem-ban/${encodeURIComponent(p.id)}/`;
    heading.append(link);
    card.append(heading, el('p', kinds[p.kind] ?? p.kind, 'app-meta'), el('p', p.address));
    if (inPlace) card.append(el('p', `Ở ${place!.match.name}`));
    else if (km !== null && place?.area) card.append(el('p', `Cách khu vực ${place.match.name} khoảng ${formatKm(km)} (ước tính theo huyện cũ, đường chim bay)`));
    else if (km !== null && place) card.append(el('p', `Cách trung tâm ${place.match.name} khoảng ${formatKm(km)} (ước tính, đường chim bay)`));
    else if (km !== null) card.append(el('p', `Cách bạn ${km < 0.05 ? '' : 'khoảng '}${formatKm(km)} (đường chim bay)`));
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
    const inside = place ? results.filter((r) => r.inPlace).length : 0;
    say(
      note,
      resultSummary({
        count: results.length,
        shown,
        kindLabel: kind ? kinds[kind] : undefined,
        openNow: openBox.checked,
        near: position !== null,
        scope: root.dataset.scope,
        place: place ? { name: place.match.name, inside, located: place.at !== null } : undefined,
      }),
    );
    if (focus) list.children[from]?.querySelector('a')?.focus();
  }

  async function update() {
    const detail = { kinds: kindSelect.value ? [kindSelect.value] : null, openNow: openBox.checked };
    document.dispatchEvent(new CustomEvent('point-filter', { detail }));
    const id = ++run;
    if (!position && !place && !detail.kinds && !detail.openNow) {
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
    results = findPoints(data.points, { ...detail, near: position, place: place && { code: place.match.code, at: place.at }, now: new Date() });
    list.replaceChildren();
    shown = 0;
    // A place with no points and no known centre: nothing to list, so the page's own list stays.
    showResults(!(place && !place.at && results.length === 0));
    nextPage(false);
  }

  function setPosition(value: LatLng | null) {
    position = value;
    near.setAttribute('aria-pressed', String(value !== null));
    if (value) setPlace(null);
  }

  /** The place file that can hold `query`'s name: the province's, or the country's part for its first letters. */
  function placesFor(query: string): Promise<PreparedPlaces> | null {
    let url = root.dataset.places;
    if (!url) {
      const bucket = placeBucket(query);
      if (!(root.dataset.placesBuckets ?? '').split(' ').includes(bucket)) return null;
      url = `${root.dataset.placesBase}${bucket}.json`;
    }
    let file = placeFiles.get(url);
    if (!file) {
      file = fetch(url)
        .then((r) => {
          if (!r.ok) throw new Error(`HTTP ${r.status}`);
          return r.json() as Promise<PlaceFile>;
        })
        .then(preparePlaces);
      file.catch(() => placeFiles.delete(url)); // try again on the next search
      placeFiles.set(url, file);
    }
    return file;
  }

  /** Keep the place in the address, so the result can be shared or reloaded. */
  function remember(typed: string, code: string | null) {
    const url = new URL(location.href);
    url.searchParams.delete('xa');
    url.searchParams.delete('ma');
    if (typed) url.searchParams.set('xa', typed);
    if (typed && code) url.searchParams.set('ma', code);
    history.replaceState(history.state, '', url);
  }

  function setPlace(value: ChosenPlace | null) {
    place = value;
    choices.hidden = true;
    choiceList.replaceChildren();
    if (!value) remember('', null);
  }

  /** Choose `match` as the place of the results, saying how the name led to it. */
  function choose(match: PlaceMatch, file: PreparedPlaces, typed: string) {
    const commune = file.file.communes[match.code];
    setPosition(null);
    setPlace({ match, at: commune?.at ? { lat: commune.at[0], lng: commune.at[1] } : null, area: commune?.area ?? null });
    remember(typed, match.code);
    const how = match.kind === 'old' ? `${match.label} nay thuộc ${match.name}.` : '';
    const centre = !commune?.at
      ? ''
      : commune.area
        ? `Trang chưa ghi điểm nào ở ${match.name}, nên khoảng cách tính từ vị trí ước tính của khu vực ${commune.area} cũ, suy ra từ các điểm đã ghi ở đó (không phải tọa độ chính thức).`
        : `Khoảng cách tính từ trung tâm ước tính của ${match.name} (suy ra từ vị trí các điểm đã ghi ở đó, không phải tọa độ chính thức).`;
    note = [how, centre].filter(Boolean).join(' ');
    void update();
  }

  /** Offer the candidates of an ambiguous name as buttons. */
  function offer(matches: PlaceMatch[], file: PreparedPlaces, typed: string) {
    choiceList.replaceChildren(
      ...matches.slice(0, CHOICES).map((match) => {
        const button = el('button', '', 'app-button app-button--secondary');
        button.type = 'button';
        const province = file.file.provinceNames[match.provinceCode] ?? '';
        const now = `${match.name}, ${province}`;
        button.textContent = match.kind === 'old' ? `${match.label} → ${now}` : now;
        button.addEventListener('click', () => {
          choose(match, file, typed);
          list.querySelector('a')?.focus();
        });
        const li = el('li');
        li.append(button);
        return li;
      }),
    );
    const rest = matches.length - CHOICES;
    choicesTitle.textContent = `Có ${matches.length} nơi ứng với “${typed}”. Chọn một${rest > 0 ? `; ${rest} nơi khác không hiện, hãy gõ thêm tên quận, huyện cũ hoặc tỉnh` : ''}:`;
    choices.hidden = false;
    say('', `Có ${matches.length} nơi ứng với “${typed}”; hãy chọn một trong danh sách ngay dưới ô tìm.`);
  }

  /** Look the typed name up (`code`: the commune a link chose) and show its points, or the candidates. */
  async function findPlace(code: string | null) {
    const typed = placeInput.value.normalize('NFC').trim();
    run++;
    const id = run;
    if (!typed) {
      setPlace(null);
      say('Hãy gõ tên phường, xã.');
      placeInput.focus();
      return;
    }
    const where = root.dataset.scope ? ` ở ${root.dataset.scope}` : '';
    const none = () => {
      setPlace(null);
      remember(typed, null);
      showResults(false);
      say(`Không tìm thấy phường, xã nào tên “${typed}”${where}. Hãy kiểm tra lại tên (tên hiện nay hoặc tên trước 1/7/2025), thêm tên quận, huyện cũ, hoặc dùng “Gần tôi”.`);
    };
    const pending = placesFor(typed);
    if (!pending) return none();
    say('Đang tìm phường, xã…');
    let file: PreparedPlaces;
    try {
      file = await pending;
    } catch {
      if (id === run) say(PLACES_FAILED);
      return;
    }
    if (id !== run) return;
    const matches = matchPlaces(typed, file);
    if (matches.length === 0) return none();
    const linked = code ? matches.find((m) => m.code === code) : undefined;
    const best = matches.filter((m) => m.score === matches[0]!.score);
    if (linked) choose(linked, file, typed);
    else if (best.length === 1) choose(best[0]!, file, typed);
    else {
      setPlace(null);
      remember(typed, null);
      showResults(false);
      offer(best, file, typed);
    }
    // On a phone the answer starts below the other controls: bring it into view.
    (choices.hidden ? status : choices).scrollIntoView({ block: 'start' });
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
    setPlace(null);
    placeInput.value = '';
    openBox.checked = false;
    kindSelect.value = '';
    void update();
    say('Đã bỏ lọc; trang trở lại danh sách ban đầu.');
  }

  function handle(event: Event) {
    if (event.type === 'submit') {
      event.preventDefault();
      return void findPlace(event.isTrusted ? null : new URLSearchParams(location.search).get('ma'));
    }
    if (event.type === 'change') {
      if ((event.target as Element | null)?.matches('[data-place]')) return;
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
  ui.addEventListener('submit', handle);
  handle(first);
}
