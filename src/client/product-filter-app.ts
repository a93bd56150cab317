/**
 * The product filters at work: the rows file (lib/product-filter.ts), today's certificate
 * statuses computed once, and on every change the matching products, the counts beside each
 * choice, and the address. Results replace the static list while a filter is on.
 */
import { formatDate, localDate } from '../lib/dates.ts';
import { starsWithState } from '../lib/ocop.ts';
import { filterQuery, filterRows, optionCounts, parseFilter, rowStatuses, STATUS_PARAMS, type FilterData, type ProductFilter } from '../lib/product-filter.ts';
import { PRODUCTS, productUrl } from '../lib/urls.ts';
import type { CertificateStatus } from '../lib/ocop.ts';

const PAGE = 48;

export async function start(root: HTMLElement, first: Event): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('[data-filter]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLUListElement>('[data-results]')!;
  const moreWrap = root.querySelector<HTMLElement>('[data-more-wrap]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const replaced = [...document.querySelectorAll<HTMLElement>(root.dataset.replaces ?? '')];
  const selects = {
    group: form.querySelector<HTMLSelectElement>('[data-group]')!,
    stars: form.querySelector<HTMLSelectElement>('[data-stars]')!,
    province: form.querySelector<HTMLSelectElement>('[data-province]')!,
    status: form.querySelector<HTMLSelectElement>('[data-status-filter]')!,
  };
  const labels = new Map([...form.querySelectorAll('option')].map((o) => [o, o.textContent ?? '']));

  status.textContent = 'Đang tải danh sách sản phẩm…';
  let data: FilterData;
  try {
    const res = await fetch(root.dataset.src!);
    if (!res.ok) throw new Error(String(res.status));
    data = (await res.json()) as FilterData;
  } catch {
    status.textContent = 'Không tải được danh sách để lọc. Hãy kiểm tra kết nối rồi thử lại; danh sách bên dưới vẫn dùng được.';
    return;
  }
  const now = new Date();
  const statuses = rowStatuses(data.rows, now);
  const provinceNames = data.provinces.map(([, name]) => name);

  // A shared link's filter wins over what the browser restored in the controls.
  if (first.type === 'change' && location.search) {
    const f = parseFilter(location.search, data);
    selects.group.value = f.group ?? '';
    selects.stars.value = f.stars ? String(f.stars) : '';
    selects.province.value = f.province ?? '';
    selects.status.value = f.status ? STATUS_PARAMS[f.status] : '';
  }

  let shown: number[] = [];
  let count = 0;

  const current = (): ProductFilter =>
    parseFilter(`?${new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)]))}`, data);

  function card(i: number): HTMLLIElement {
    const [id, name, business, province, group, stars, until, revoked] = data.rows[i]!;
    const li = document.createElement('li');
    const article = document.createElement('article');
    article.className = 'app-card';
    const h = document.createElement('h3');
    const a = document.createElement('a');
    a.href = productUrl(id);
    a.textContent = name;
    h.append(a);
    article.append(h);
    for (const line of [business, provinceNames[province]]) {
      if (!line) continue;
      const p = document.createElement('p');
      p.className = 'app-meta';
      p.textContent = line;
      article.append(p);
    }
    const p = document.createElement('p');
    if (stars) {
      const s = document.createElement('span');
      s.className = 'app-stars';
      s.dataset.status = statuses[i]!;
      s.textContent = starsWithState(stars, statuses[i] as CertificateStatus, until, revoked || undefined);
      const g = document.createElement('span');
      g.className = 'app-meta';
      g.textContent = `Nhóm ${data.groups[group]![1]}`;
      p.append('OCOP ', s, document.createElement('br'), g);
    } else {
      p.className = 'app-meta';
      p.textContent = 'Chưa có chứng nhận OCOP trong danh mục';
    }
    article.append(p);
    li.append(article);
    return li;
  }

  function showMore(): void {
    const next = shown.slice(count, count + PAGE);
    list.append(...next.map(card));
    count += next.length;
    moreWrap.hidden = count >= shown.length;
    more.textContent = `Xem thêm ${Math.min(PAGE, shown.length - count)} sản phẩm`;
  }

  function setCounts(f: ProductFilter): void {
    const c = optionCounts(data, statuses, f);
    // Only labels whose count changed: each change lays the select out again.
    const label = (o: HTMLOptionElement, n: number) => {
      const text = `${labels.get(o)} (${n})`;
      if (o.textContent !== text) o.textContent = text;
    };
    for (const o of selects.group.options) if (o.value) label(o, c.groups[data.groups.findIndex(([code]) => code === o.value)] ?? 0);
    for (const o of selects.stars.options) if (o.value) label(o, c.stars[Number(o.value)] ?? 0);
    for (const o of selects.province.options) if (o.value) label(o, c.provinces[data.provinces.findIndex(([, , slug]) => slug === o.value)] ?? 0);
    for (const o of selects.status.options) {
      const s = (Object.keys(STATUS_PARAMS) as CertificateStatus[]).find((k) => STATUS_PARAMS[k] === o.value);
      if (s) label(o, c.status[s]);
    }
  }

  function apply(): void {
    const started = performance.now();
    const f = current();
    const active = Object.values(f).some((v) => v !== undefined);
    shown = filterRows(data, statuses, f);
    count = 0;
    list.replaceChildren();
    setCounts(f);
    if (active) showMore();
    list.hidden = !active;
    moreWrap.hidden = !active || count >= shown.length;
    for (const el of replaced) if (el.hidden !== active) el.hidden = active;
    status.textContent = active
      ? shown.length
        ? `${shown.length} sản phẩm khớp bộ lọc (tình trạng chứng nhận tính đến ${formatDate(localDate(now))}).`
        : 'Không có sản phẩm nào khớp bộ lọc. Hãy bỏ bớt một điều kiện.'
      : '';
    const query = filterQuery(f);
    history.replaceState(null, '', active ? `${PRODUCTS}${query}` : location.pathname);
    // The time to the next frame after the change: what a person waits (read by the benchmark).
    requestAnimationFrame(() => setTimeout(() => (root.dataset.renderMs = String(Math.round(performance.now() - started)))));
  }

  form.addEventListener('change', apply);
  form.addEventListener('submit', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  more.addEventListener('click', showMore);
  apply();
}

