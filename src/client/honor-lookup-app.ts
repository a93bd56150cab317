/**
 * The honours lookup once a visitor uses it (loaded by honor-lookup.ts): fetches the data file
 * once, matches with src/lib/honor-lookup.ts as the visitor types, renders results as DOM text
 * (never HTML), keeps `?q=` in the address so a lookup can be shared, and announces the count in
 * the status line.
 */
import {
  filterYearRows,
  honorPageUrl,
  lookupBusinesses,
  lookupSummary,
  parseLookupQuery,
  type HonorLookupFile,
  type HonorYearFile,
  type LookupBusiness,
  type YearRow,
} from '../lib/honor-lookup.ts';
import { businessUrl, productUrl } from '../lib/urls.ts';

/** Businesses shown at most: more means the query is too broad to read anyway. */
const SHOWN = 20;

const LOAD_FAILED = 'Không tải được danh sách tôn vinh. Hãy kiểm tra kết nối rồi thử lại.';

/** What the loader calls. */
export interface Lookup {
  update(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(text: string, href: string): HTMLAnchorElement {
  const a = el('a', text);
  a.href = href;
  return a;
}

/** Take over `root` (a <honor-lookup>). */
export function start(root: HTMLElement): Lookup {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const results = root.querySelector<HTMLElement>('[data-results]')!;
  const { src, mode, program, within, replaces } = root.dataset;
  const replaced = replaces ? [...document.querySelectorAll<HTMLElement>(replaces)] : [];

  let file: Promise<unknown> | undefined;
  /** Counts updates, so a slow fetch cannot overwrite a newer result. */
  let run = 0;

  const load = () =>
    (file ??= fetch(src!)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<unknown>;
      })
      .catch((error: unknown) => {
        file = undefined; // try again on the next keystroke
        throw error;
      }));
  void load().catch(() => undefined);

  /** Keep `?q=` in the address, without a history entry per keystroke. */
  function remember(typed: string) {
    const url = new URL(location.href);
    if (typed.trim()) url.searchParams.set('q', typed);
    else url.searchParams.delete('q');
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  function businessItem(data: HonorLookupFile, b: LookupBusiness): HTMLLIElement {
    const li = el('li', '', 'app-lookup__item');
    const heading = el('h3');
    heading.append(link(b.n, businessUrl(b.i)));
    const honors = el('ul');
    for (const h of b.h) {
      const item = el('li');
      item.append(link(`${data.programs[h[0]]!.name} năm ${h[1]}`, honorPageUrl(data, h)));
      if (h[3]) item.append(` – ${h[3]}`);
      honors.append(item);
    }
    li.append(heading, el('p', `Mã số thuế: ${b.t}`, 'app-meta'), honors);
    return li;
  }

  /** The filtered rows in a table like the static one: same columns, same labels. */
  function rowsTable(rows: YearRow[]): HTMLElement {
    const head = document.querySelector<HTMLTableSectionElement>('[data-honor-list] thead');
    const columns = head ? [...head.querySelectorAll<HTMLElement>('th[data-col]')].map((th) => ({ key: th.dataset.col!, label: th.textContent ?? '' })) : [];
    const table = el('table', '', 'app-stack-table');
    table.append(el('caption', `Kết quả lọc ${within ?? ''}`.trim(), 'app-visually-hidden'));
    if (head) table.append(head.cloneNode(true));
    const body = el('tbody');
    for (const r of rows) {
      const tr = el('tr');
      for (const { key, label } of columns) {
        const td = el('td');
        td.dataset.label = label;
        if (key === 'business') td.append(link(r.business.name, businessUrl(r.business.id)));
        else if (key === 'tax') td.textContent = r.business.taxCode;
        else if (key === 'province') td.textContent = r.business.provinceName;
        else if (key === 'product') td.append(r.product ? link(r.product.name, productUrl(r.product.id)) : '—');
        else if (key === 'title') td.textContent = r.title ?? '—';
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(body);
    const wrap = el('div', '', 'app-table-wrap');
    wrap.append(table);
    return wrap;
  }

  async function update() {
    const id = ++run;
    const typed = input.value;
    const query = parseLookupQuery(typed);
    remember(typed);
    const active = query.kind === 'tax' || query.kind === 'name';
    if (!active) {
      results.replaceChildren();
      for (const node of replaced) node.hidden = false;
      status.textContent = lookupSummary({ query, typed, count: 0, shown: 0, within, unit: 'doanh nghiệp' });
      return;
    }
    let data: unknown;
    try {
      data = await load();
    } catch {
      if (id === run) status.textContent = LOAD_FAILED;
      return;
    }
    if (id !== run) return;
    for (const node of replaced) node.hidden = true;
    if (mode === 'year') {
      const rows = filterYearRows((data as HonorYearFile).rows, query);
      results.replaceChildren(...(rows.length ? [rowsTable(rows)] : []));
      status.textContent = lookupSummary({ query, typed, count: rows.length, shown: rows.length, within, unit: 'lượt tôn vinh' });
    } else {
      const lookupFile = data as HonorLookupFile;
      const found = lookupBusinesses(lookupFile, query, program);
      const shown = found.slice(0, SHOWN);
      const list = el('ul', '', 'app-lookup__results');
      list.append(...shown.map((b) => businessItem(lookupFile, b)));
      results.replaceChildren(...(shown.length ? [list] : []));
      status.textContent = lookupSummary({ query, typed, count: found.length, shown: shown.length, within, unit: 'doanh nghiệp' });
    }
  }

  return { update: () => void update() };
}
