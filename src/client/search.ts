/**
 * <app-search>: upgrades the search form. Loads Pagefind on first use, reads ?q=, announces
 * loading / no results / failure, renders results as text (never as HTML from the index,
 * except Pagefind's <mark> highlights, rebuilt here as elements).
 *
 * Records (products, sales points, businesses) are indexed in groups on index pages (see
 * lib/search-records.ts): each matching section of such a page becomes one result that links to
 * the record's own page. Other pages are one result each.
 */
import { INDEX_STATE, indexStateAt } from '../lib/ocop.ts';
import { compareCandidates, isIndexPage, markedWords, queryTerms, RECORD_SECTION_LABELS, recordUrl, termsMatched, type Candidate } from '../lib/search-records.ts';

interface WeightedLocation {
  balanced_score: number;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: WeightedLocation[];
}
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  weighted_locations?: WeightedLocation[];
  sub_results: SubResult[];
}
interface Pagefind {
  options(opts: { excerptLength?: number; noWorker?: boolean }): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

/** Results shown at a time. */
const PAGE = 10;
/** Index pages whose text is downloaded at once while looking for results: few at first, more later. */
const FIRST_BATCH = 2;
const BATCH = 4;

interface Hit extends Candidate {
  url: string;
  title: string;
  excerpt: string;
  label: string | undefined;
}

const score = (locations: WeightedLocation[] | undefined) => (locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

/** The results one Pagefind page contributes. */
function hitsOf(data: PagefindResult, pageRank: number, terms: string[]): Hit[] {
  if (!isIndexPage(data.url)) {
    return [{ url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt, label: undefined, pageRank, terms: termsMatched(terms, markedWords(data.excerpt)), score: score(data.weighted_locations) }];
  }
  return data.sub_results.flatMap((sub) => {
    const record = recordUrl(sub.url);
    if (!record) return [];
    return [{ url: record.url, title: sub.title, excerpt: sub.excerpt, label: RECORD_SECTION_LABELS[record.section], pageRank, terms: termsMatched(terms, markedWords(sub.excerpt)), score: score(sub.weighted_locations) }];
  });
}

/** One query's results, fetched from the index a batch of pages at a time. */
class Results {
  #pages: { data(): Promise<PagefindResult> }[];
  #read = 0;
  #waiting: Hit[] = [];
  #seen = new Set<string>();
  #terms: string[];
  shown = 0;

  constructor(pages: { data(): Promise<PagefindResult> }[], query: string) {
    this.#pages = pages;
    this.#terms = queryTerms(query);
  }

  /** The next results, best first among those found so far. */
  async more(): Promise<Hit[]> {
    // Read pages until enough waiting results use every query word, so the best are among them.
    const full = () => this.#waiting.filter((h) => h.terms >= this.#terms.length).length;
    while (this.#read < this.#pages.length && full() < PAGE) {
      const batch = this.#pages.slice(this.#read, this.#read + (this.#read === 0 ? FIRST_BATCH : BATCH));
      const datas = await Promise.all(batch.map((p) => p.data()));
      datas.forEach((d, i) => {
        for (const hit of hitsOf(d, this.#read + i, this.#terms)) {
          if (this.#seen.has(hit.url)) continue;
          this.#seen.add(hit.url);
          this.#waiting.push(hit);
        }
      });
      this.#read += batch.length;
    }
    this.#waiting.sort(compareCandidates);
    const page = this.#waiting.splice(0, PAGE);
    this.shown += page.length;
    return page;
  }

  /** Whether more results can be shown. */
  get hasMore(): boolean {
    return this.#read < this.#pages.length || this.#waiting.length > 0;
  }
}

class AppSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #results: Results | undefined;
  #query = '';

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const button = this.querySelector<HTMLButtonElement>('[data-search-button]')!;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
    button.disabled = false;
    status.textContent = 'Nhập từ khóa rồi bấm Tìm.';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const q = input.value.trim();
      const url = new URL(location.href);
      url.searchParams.set('q', q);
      history.replaceState(null, '', url);
      void this.run(q);
    });
    more.addEventListener('click', () => void this.showMore(true));
    const initial = new URLSearchParams(location.search).get('q');
    if (initial) {
      input.value = initial;
      void this.run(initial.trim());
    }
  }

  load(): Promise<Pagefind> {
    // A variable, not a literal: Vite must not try to bundle the index built after it.
    const url = '/pagefind/pagefind.js';
    this.#pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
      // Excerpts long enough for a record's whole section. No web worker: it would be another
      // 12 KB to download before the first result, for searches that take milliseconds.
      await pagefind.options({ excerptLength: 60, noWorker: true });
      return pagefind;
    });
    return this.#pagefind;
  }

  async run(q: string) {
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
    list.replaceChildren();
    more.parentElement!.hidden = true;
    this.#results = undefined;
    this.#query = q;
    if (!q) {
      status.textContent = 'Nhập từ khóa rồi bấm Tìm.';
      return;
    }
    status.textContent = 'Đang tìm…';
    try {
      const pagefind = await this.load();
      const search = await pagefind.search(q.normalize('NFC'));
      // A newer query started meanwhile (Pagefind answers null to a superseded search).
      if (!search || this.#query !== q) return;
      this.#results = new Results(search.results, q);
      await this.showMore(false);
    } catch {
      status.textContent = 'Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối rồi thử lại.';
    }
  }

  async showMore(focus: boolean) {
    const results = this.#results;
    if (!results) return;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
    const q = this.#query;
    try {
      const page = await results.more();
      if (this.#results !== results) return;
      const items = page.map((h) => this.item(h));
      list.append(...items);
      more.parentElement!.hidden = !results.hasMore;
      const total = results.shown;
      status.textContent = total
        ? results.hasMore
          ? `Có nhiều kết quả cho “${q}”; đang hiển thị ${total} kết quả phù hợp nhất.`
          : `Có ${total} kết quả cho “${q}”.`
        : `Không tìm thấy kết quả nào cho “${q}”. Hãy thử từ khóa ngắn hơn.`;
      if (focus) items[0]?.querySelector('a')?.focus();
    } catch {
      status.textContent = 'Không tải được thêm kết quả. Hãy kiểm tra kết nối rồi thử lại.';
    }
  }

  item(hit: Hit): HTMLLIElement {
    const li = document.createElement('li');
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = hit.url;
    a.textContent = hit.title;
    h.append(a);
    li.append(h);
    if (hit.label) {
      const label = document.createElement('p');
      label.className = 'app-meta';
      label.textContent = hit.label;
      li.append(label);
    }
    const p = document.createElement('p');
    // The excerpt is escaped text with <mark> around matches: split on the marks, add text nodes.
    const parts = hit.excerpt.split(/<mark>|<\/mark>/);
    parts.forEach((part, i) => {
      const text = document.createTextNode(new DOMParser().parseFromString(`<p>${part}</p>`, 'text/html').body.textContent ?? '');
      if (i % 2 === 1) {
        const mark = document.createElement('mark');
        mark.append(text);
        p.append(mark);
      } else p.append(text);
    });
    li.append(p);
    showCertificateState(p);
    return li;
  }
}

/**
 * A product's index text gives its stars with the certificate's end ("OCOP 3 sao – hiệu lực đến
 * 14/11/2025"): write the state for today instead ("đã hết hạn 14/11/2025"), marked with
 * `data-status`, so stars never show bare in results. When the words are split by highlights,
 * the state goes on a line of its own.
 */
function showCertificateState(p: HTMLElement): void {
  const whole = INDEX_STATE.exec(p.textContent ?? '');
  if (!whole) return;
  const state = indexStateAt(whole, new Date());
  const span = document.createElement('span');
  span.dataset.status = state.status;
  span.textContent = state.words;
  for (const node of p.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const match = INDEX_STATE.exec(node.textContent ?? '');
    if (!match) continue;
    const after = (node as Text).splitText(match.index);
    after.splitText(match[0].length);
    after.replaceWith(span);
    return;
  }
  const line = document.createElement('p');
  line.className = 'app-meta';
  line.append('Chứng nhận OCOP: ', span);
  p.after(line);
}

customElements.define('app-search', AppSearch);
