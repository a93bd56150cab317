/**
 * <app-search>: the search page's form. Its code and the index load only when there is a query:
 * one in the address (?q=, as the header's search box sends it) or one the visitor submits.
 */
class AppSearch extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    status.textContent = 'Nhập từ khóa rồi bấm Tìm.';
    let loading: Promise<unknown> | undefined;
    const wake = (event?: Event) => {
      event?.preventDefault();
      loading ??= import('./search-app.ts').then(
        (app) => app.start(this, !!event),
        () => {
          loading = undefined;
          status.textContent = 'Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối rồi thử lại.';
        },
      );
    };
    form.addEventListener('submit', wake, { once: true });
    if (new URLSearchParams(location.search).get('q')?.trim()) wake();
  }
}

customElements.define('app-search', AppSearch);
