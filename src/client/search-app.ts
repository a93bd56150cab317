/**
 * The search page once used (loaded by search.ts): reads the index files a query needs
 * (lib/search-engine.ts), keeps the query and filters in the address, counts each filter's
 * choices, and renders results as text (never HTML from the index).
 */
import { INDEX_STATE, indexStateAt } from '../lib/ocop.ts';
import {
  applyFilters,
  blockOf,
  boostProvinces,
  combine,
  DOCS_PER_BLOCK,
  expandNumber,
  expandRuns,
  expandTerm,
  highlight,
  isLongNumber,
  matchNumber,
  matchWord,
  namedProvinces,
  numberFile,
  oldNameNotes,
  otherSiteLink,
  otherSiteSearch,
  parseQuery,
  SEARCH_TYPE_LABELS,
  type Counts,
  type Facets,
  type Filters,
  type Hit,
  type NumberFile,
  type OtherSite,
  type QueryTerm,
  type ResultDoc,
  type SearchMeta,
  type WordFile,
} from '../lib/search-engine.ts';

/** Results shown at a time. */
const PAGE = 10;

/** The index: its table of contents and the files read so far. */
class Index {
  readonly meta: SearchMeta;
  readonly facets: Facets;
  #base: string;
  #files = new Map<string, Promise<unknown>>();

  constructor(base: string, meta: SearchMeta) {
    this.#base = base;
    this.meta = meta;
    this.facets = expandRuns(meta.runs);
  }

  static async load(metaUrl: string): Promise<Index> {
    // Always asked again (the site may have been rebuilt); the other files carry its version.
    const response = await fetch(metaUrl, { cache: 'no-cache' });
    if (!response.ok) throw new Error(String(response.status));
    const index = new Index(metaUrl.slice(0, metaUrl.lastIndexOf('/') + 1), (await response.json()) as SearchMeta);
    index.vocabulary = (await index.file<Record<string, number>>('tu')) ?? {};
    return index;
  }

  /** Every word of the index with how many documents hold it (`tu.json`). */
  vocabulary: Readonly<Record<string, number>> = {};

  /** A file of the index, or undefined when there is none (no word starts so). */
  file<T>(name: string): Promise<T | undefined> {
    let file = this.#files.get(name);
    if (!file) {
      file = fetch(`${this.#base}${name}.json?v=${this.meta.version}`).then((r) => {
        if (r.status === 404) return undefined;
        if (!r.ok) throw new Error(String(r.status));
        return r.json();
      });
      file.catch(() => this.#files.delete(name));
      this.#files.set(name, file);
    }
    return file as Promise<T | undefined>;
  }

  /** Every document matching every term, best first. */
  async search(terms: readonly QueryTerm[]): Promise<Hit[]> {
    const matches = await Promise.all(
      terms.map(async (term) => {
        if (isLongNumber(term.key)) {
          // Only files that exist are asked for: a missing one would be an error in the console.
          const name = numberFile(term.key);
          const shard = this.meta.numberFiles.includes(name) ? ((await this.file<NumberFile>(`so/${name}`)) ?? {}) : {};
          return matchNumber(expandNumber(term, shard), shard);
        }
        const files = await Promise.all(expandTerm(term, this.vocabulary).map((key) => this.file<WordFile>(`t/${key}`)));
        return matchWord(term, files.filter((f): f is WordFile => !!f));
      }),
    );
    return boostProvinces(combine(terms, matches), namedProvinces(terms, this.meta.provinces), this.facets.province);
  }

  async docs(ids: readonly number[]): Promise<ResultDoc[]> {
    const blocks = await Promise.all([...new Set(ids.map(blockOf))].map(async (b) => [b, (await this.file<ResultDoc[]>(`tl/${b}`)) ?? []] as const));
    const byBlock = new Map(blocks);
    return ids.map((id) => byBlock.get(blockOf(id))![id % DOCS_PER_BLOCK]!);
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** `text` with the query's words in <mark>. */
function marked(text: string, terms: readonly QueryTerm[]): Node[] {
  return highlight(text, terms).map(([part, hit]) => (hit ? el('mark', '', part) : document.createTextNode(part)));
}

/**
 * A product's line gives its stars with the certificate's end (“OCOP 3 sao – hiệu lực đến
 * 14/11/2025”): write the state for today instead (“đã hết hạn 14/11/2025”), marked with
 * `data-status`, so stars never show bare in results.
 */
function certificateLine(line: string, terms: readonly QueryTerm[]): Node[] {
  const match = INDEX_STATE.exec(line);
  if (!match) return marked(line, terms);
  const state = indexStateAt(match, new Date());
  const span = el('span', '', state.words);
  span.dataset.status = state.status;
  return [...marked(line.slice(0, match.index), terms), span, ...marked(line.slice(match.index + match[0].length), terms)];
}

/**
 * Take over `root` (an <app-search>): run the query just submitted (`submit`) or the one in the
 * address (`address`), or, when the visitor has only focused the form (`idle`), fetch the index's
 * table of contents so the first query needs only its own words. `started` is when the visitor
 * asked (before this code loaded).
 *
 * When results are drawn the element gets `data-state="done"` and `data-render-ms`, the time
 * from the visitor's request to the results (the benchmark and the tests read them).
 */
export async function start(root: HTMLElement, mode: 'submit' | 'address' | 'idle', started = performance.now()): Promise<void> {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('form');
  const input = $<HTMLInputElement>('input[name="q"]');
  const status = $<HTMLElement>('[data-search-status]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const suggest = $<HTMLElement>('[data-search-suggest]');
  const clear = $<HTMLAnchorElement>('[data-clear]');
  const selects = {
    type: $<HTMLSelectElement>('[data-filter="type"]'),
    province: $<HTMLSelectElement>('[data-filter="province"]'),
    year: $<HTMLSelectElement>('[data-filter="year"]'),
  };
  const optionText = new Map<HTMLOptionElement, string>();
  for (const s of Object.values(selects)) for (const o of s.options) optionText.set(o, o.text);

  const across = root.querySelector<HTMLInputElement>('[data-search-across]');
  const othersBox = root.querySelector<HTMLElement>('[data-search-others]');
  const others = JSON.parse(root.dataset.others ?? '[]') as OtherSite[];
  const otherIndexes = new Map<string, Promise<Index>>();
  const otherIndex = (site: OtherSite) => {
    let ix = otherIndexes.get(site.index);
    if (!ix) {
      ix = Index.load(site.index);
      ix.catch(() => otherIndexes.delete(site.index));
      otherIndexes.set(site.index, ix);
    }
    return ix;
  };

  let index: Promise<Index> | undefined;
  const getIndex = () => (index ??= Index.load(root.dataset.index!).catch((e) => ((index = undefined), Promise.reject(e))));
  let run = 0;
  let current: { q: string; terms: QueryTerm[]; hits: Hit[] } | undefined;
  let shown: Hit[] = [];
  let kept: Hit[] = [];
  /** The filters' counts of the last render, drawn in the frame after its results. */
  let counted: Promise<void> = Promise.resolve();

  const fromAddress = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    selects.type.value = params.get('loai') ?? '';
    selects.province.value = params.get('tinh') ?? '';
    selects.year.value = params.get('nam') ?? '';
    if (across) across.checked = params.get('rong') === '1';
  };
  /** The address of the query and filters as they are now. */
  const address = () => {
    const url = new URL(location.href);
    url.search = '';
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    if (selects.type.value) url.searchParams.set('loai', selects.type.value);
    if (selects.province.value) url.searchParams.set('tinh', selects.province.value);
    if (selects.year.value) url.searchParams.set('nam', selects.year.value);
    if (across?.checked) url.searchParams.set('rong', '1');
    return url;
  };
  /**
   * Run `work` (a search or a new filter), then keep `url` in the history. After, not before: a
   * new address makes the browser fetch and decode the page's icon again, work the visitor should
   * not wait for on a slow phone.
   */
  const thenRemember = (url: URL, work: Promise<unknown>) =>
    void work.finally(() => {
      if (url.href !== location.href) history.pushState(null, '', url);
    });

  const filtersOf = (ix: Index): Filters => ({
    type: selects.type.value ? ix.meta.types.indexOf(selects.type.value as never) : undefined,
    province: selects.province.value ? ix.meta.provinces.findIndex((p) => p[1] === selects.province.value) : undefined,
    year: selects.year.value ? Number(selects.year.value) : undefined,
  });

  /** Each filter's choices with how many results they would give. */
  const showCounts = (ix: Index, counts: Counts) => {
    for (const o of selects.type.options) if (o.value) o.text = `${optionText.get(o)} (${counts.type.get(ix.meta.types.indexOf(o.value as never)) ?? 0})`;
    for (const o of selects.province.options) if (o.value) o.text = `${optionText.get(o)} (${counts.province.get(ix.meta.provinces.findIndex((p) => p[1] === o.value)) ?? 0})`;
    for (const o of selects.year.options) if (o.value) o.text = `${optionText.get(o)} (${counts.year.get(Number(o.value)) ?? 0})`;
  };

  const render = async (focusFirst = false) => {
    const ix = await getIndex();
    const mine = run;
    if (!current) return;
    const { q, hits } = current;
    const { hits: filtered, counts } = applyFilters(hits, ix.facets, filtersOf(ix));
    kept = filtered;
    // After the results: counting is not what the visitor waits for. The page is done only once
    // they are drawn, so nothing reads the last filter's counts as this one's.
    counted = new Promise((resolve) =>
      requestAnimationFrame(() => {
        if (mine === run) showCounts(ix, counts);
        resolve();
      }),
    );
    const filtered_ = !!(selects.type.value || selects.province.value || selects.year.value);
    clear.hidden = !filtered_;
    clear.href = `/tim-kiem/?q=${encodeURIComponent(q)}`;
    list.replaceChildren();
    shown = [];
    suggest.hidden = kept.length > 0;
    if (!kept.length) {
      more.parentElement!.hidden = true;
      status.textContent =
        filtered_ && hits.length
          ? `Không có kết quả nào cho “${q}” với bộ lọc đã chọn. Bấm “Bỏ lọc” để xem ${hits.length} kết quả.`
          : `Không tìm thấy kết quả nào cho “${q}”.`;
      done();
      return;
    }
    await showMore(mine, focusFirst);
  };

  const showMore = async (mine: number, focus: boolean) => {
    const ix = await getIndex();
    const next = kept.slice(shown.length, shown.length + PAGE);
    const docs = await ix.docs(next.map((h) => h.id));
    if (mine !== run || !current) return;
    const items = next.map((hit, i) => item(ix, hit, docs[i]!, current!.terms));
    list.append(...items);
    shown.push(...next);
    more.parentElement!.hidden = shown.length >= kept.length;
    status.textContent = `Có ${kept.length} kết quả cho “${current.q}”${shown.length < kept.length ? `; đang hiện ${shown.length} kết quả phù hợp nhất` : ''}.`;
    done();
    if (focus) items[0]?.querySelector('a')?.focus();
  };

  /** One result; `other`: it comes from another site's index (a level lower, linked on that site). */
  const item = (ix: Index, hit: Hit, doc: ResultDoc, terms: QueryTerm[], other?: OtherSite): HTMLLIElement => {
    const li = el('li');
    const h = el(other ? 'h3' : 'h2');
    const href = other ? otherSiteLink(doc.url, other.url) : doc.url;
    // A result whose address leads off its own site is shown without a link.
    const a = href ? el('a') : el('span');
    if (a instanceof HTMLAnchorElement && href) a.href = href;
    a.append(...marked(doc.title, terms));
    h.append(a);
    const province = ix.meta.provinces[ix.facets.province[hit.id]!]![2];
    const meta = el('p', 'app-meta', [SEARCH_TYPE_LABELS[ix.meta.types[ix.facets.type[hit.id]!]!], province, doc.date].filter(Boolean).join(' · '));
    meta.dataset.resultMeta = '';
    li.append(h, meta);
    for (const note of oldNameNotes(doc, hit.viaOldNames)) {
      const p = el('p', 'app-meta', `Tìm theo tên cũ: ${note}`);
      p.dataset.oldName = '';
      li.append(p);
    }
    for (const line of doc.lines) {
      const p = el('p');
      p.append(...certificateLine(line, terms));
      li.append(p);
    }
    return li;
  };

  /**
   * The query on each other site's index, when the visitor asked for it: a section per site with
   * its best results, linked on that site, and a link to all of them there. A site whose index
   * cannot be read says so; the others still show. `data-others-state="done"` when all are drawn.
   */
  let otherRun = 0;
  const searchOthers = async () => {
    const mine = ++otherRun;
    if (!othersBox) return;
    othersBox.replaceChildren();
    if (!across?.checked || !current) {
      delete root.dataset.othersState;
      return;
    }
    root.dataset.othersState = 'busy';
    const { q, terms } = current;
    await Promise.all(
      others.map(async (site) => {
        const section = el('section', 'app-results-other');
        const heading = el('h2', '', `Trên trang ${site.name}`);
        const note = el('p', 'app-meta', 'Đang tìm…');
        section.append(heading, note);
        othersBox.append(section);
        try {
          const ix = await otherIndex(site);
          const hits = terms.length ? await ix.search(terms) : [];
          const { hits: kept } = applyFilters(hits, ix.facets, filtersOf(ix));
          const first = kept.slice(0, PAGE);
          const docs = await ix.docs(first.map((h) => h.id));
          if (mine !== otherRun) return;
          if (!kept.length) {
            note.textContent = `Không có kết quả nào cho “${q}” trên trang này.`;
            return;
          }
          note.textContent = `${kept.length} kết quả cho “${q}”${kept.length > first.length ? `, đây là ${first.length} kết quả phù hợp nhất` : ''}.`;
          const ol = el('ol', 'app-results');
          ol.append(...first.map((hit, i) => item(ix, hit, docs[i]!, terms, site)));
          const all = el('a', '', `Xem mọi kết quả trên trang ${site.name}`);
          all.href = otherSiteSearch(site.url, q);
          const more = el('p');
          more.append(all);
          section.append(ol, more);
        } catch {
          if (mine === otherRun) note.textContent = `Không tải được chỉ mục tìm kiếm của trang ${site.name}. Trang đó có thể đang gián đoạn; hãy thử lại sau.`;
        }
      }),
    );
    if (mine === otherRun) root.dataset.othersState = 'done';
  };

  let asked = started;
  /** Results shown (`data-render-ms` is the time to them); `data-state="done"` once the counts are too. */
  const done = () => {
    root.dataset.renderMs = String(Math.round(performance.now() - asked));
    const mine = run;
    void counted.then(() => {
      if (mine === run) root.dataset.state = 'done';
    });
  };
  const search = async () => {
    const mine = ++run;
    const q = input.value.trim();
    root.dataset.state = 'busy';
    list.replaceChildren();
    more.parentElement!.hidden = true;
    suggest.hidden = true;
    current = undefined;
    // Other sites' results of the last query go (and any still loading is dropped).
    void searchOthers();
    if (!q) {
      status.textContent = 'Nhập từ khóa rồi bấm Tìm.';
      done();
      return;
    }
    status.textContent = 'Đang tìm…';
    try {
      const ix = await getIndex();
      const terms = parseQuery(q);
      const hits = terms.length ? await ix.search(terms) : [];
      if (mine !== run) return;
      current = { q, terms, hits };
      await render();
      void searchOthers();
    } catch {
      if (mine === run) status.textContent = 'Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối rồi thử lại.';
      done();
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    asked = performance.now();
    thenRemember(address(), search());
  });
  for (const s of Object.values(selects)) {
    s.addEventListener('change', () => {
      asked = performance.now();
      const url = address();
      if (!current) return thenRemember(url, Promise.resolve());
      run++;
      root.dataset.state = 'busy';
      thenRemember(url, render().catch(() => (status.textContent = 'Không tải được kết quả. Hãy kiểm tra kết nối rồi thử lại.')));
      void searchOthers();
    });
  }
  across?.addEventListener('change', () => thenRemember(address(), searchOthers()));
  more.addEventListener('click', () => void showMore(run, true).catch(() => (status.textContent = 'Không tải được thêm kết quả. Hãy kiểm tra kết nối rồi thử lại.')));
  addEventListener('popstate', () => {
    fromAddress();
    void search();
  });
  if (mode === 'address') fromAddress();
  // Focused only: what the visitor has typed meanwhile stays as it is.
  if (mode === 'idle') await getIndex().catch(() => undefined);
  else if (mode === 'submit') {
    const url = address();
    const searched = search();
    thenRemember(url, searched);
    await searched;
  } else await search();
}
