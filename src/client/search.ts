/**
 * <app-search>: the search page's form. Its code and the index's table of contents load when the
 * visitor first focuses the form, submits it, or arrives with a query in the address (?q=, as the
 * header's search box sends it) — never before.
 */
class AppSearch extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    status.textContent = 'Nhập từ khóa rồi bấm Tìm.';
    const inAddress = !!new URLSearchParams(location.search).get('q')?.trim();
    let loading: Promise<unknown> | undefined;
    let submitted = false;
    let started = performance.now();
    const load = () => {
      loading ??= import('./search-app.ts').then(
        (app) => {
          form.removeEventListener('submit', onSubmit);
          return app.start(this, submitted ? 'submit' : inAddress ? 'address' : 'idle', started);
        },
        () => {
          loading = undefined;
          status.textContent = 'Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối rồi thử lại.';
        },
      );
    };
    // Until the code is here, a submitted query waits for it (then runs at once).
    const onSubmit = (event: Event) => {
      event.preventDefault();
      submitted = true;
      started = performance.now();
      load();
    };
    form.addEventListener('submit', onSubmit);
    form.addEventListener('focusin', load, { once: true });
    if (inAddress) load();
  }
}

customElements.define('app-search', AppSearch);
