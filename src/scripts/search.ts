/**
 * <app-search>: upgrades the search form. Loads Pagefind on first use, reads ?q=, announces
 * loading / no results / failure, renders results as text (never as HTML from the index,
 * except Pagefind's <mark> highlights, rebuilt here as elements).
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const PAGE = 10;

class AppSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const button = this.querySelector<HTMLButtonElement>('[data-search-button]')!;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
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
    const initial = new URLSearchParams(location.search).get('q');
    if (initial) {
      input.value = initial;
      void this.run(initial.trim());
    }
  }

  load(): Promise<Pagefind> {
    // A variable, not a literal: Vite must not try to bundle the index built after it.
    const url = '/pagefind/pagefind.js';
    this.#pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
    return this.#pagefind;
  }

  async run(q: string) {
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    list.replaceChildren();
    if (!q) {
      status.textContent = 'Nhập từ khóa rồi bấm Tìm.';
      return;
    }
    status.textContent = 'Đang tìm…';
    try {
      const pagefind = await this.load();
      const search = await pagefind.search(q.normalize('NFC'));
      const results = await Promise.all(search.results.slice(0, PAGE).map((r) => r.data()));
      status.textContent = results.length
        ? `Có ${search.results.length} kết quả cho “${q}”${search.results.length > PAGE ? `, hiển thị ${PAGE} kết quả đầu` : ''}.`
        : `Không tìm thấy kết quả nào cho “${q}”. Hãy thử từ khóa ngắn hơn.`;
      for (const r of results) list.append(this.item(r));
    } catch {
      status.textContent = 'Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối rồi thử lại.';
    }
  }

  item(r: PagefindResult): HTMLLIElement {
    const li = document.createElement('li');
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    h.append(a);
    const p = document.createElement('p');
    // The excerpt is escaped text with <mark> around matches: split on the marks, add text nodes.
    const parts = r.excerpt.split(/<mark>|<\/mark>/);
    parts.forEach((part, i) => {
      const text = document.createTextNode(new DOMParser().parseFromString(`<p>${part}</p>`, 'text/html').body.textContent ?? '');
      if (i % 2 === 1) {
        const mark = document.createElement('mark');
        mark.append(text);
        p.append(mark);
      } else p.append(text);
    });
    li.append(h, p);
    return li;
  }
}

customElements.define('app-search', AppSearch);
