/**
 * <product-filter>: shows the filter controls (hidden for visitors without JavaScript) and loads
 * the rest of its code only when a control is first used, or at once when the address carries a
 * filter (a shared link), so the list page stays light for everyone else.
 */
class ProductFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-filter]');
    if (!form) return;
    form.hidden = false;
    // The results follow every choice; "Lọc" is there for those who expect a button to press.
    form.addEventListener('submit', (e) => e.preventDefault());
    const wake = (event: Event) => {
      form.removeEventListener('change', wake);
      form.removeEventListener('submit', wake);
      import('./product-filter-app.ts').then(
        (app) => app.start(this, event),
        () => {
          this.querySelector('[data-status]')!.textContent = 'Không tải được bộ lọc. Hãy kiểm tra kết nối rồi thử lại; danh sách bên dưới vẫn dùng được.';
          form.addEventListener('change', wake);
          form.addEventListener('submit', wake);
        },
      );
    };
    form.addEventListener('change', wake);
    form.addEventListener('submit', wake);
    if (location.search || [...form.querySelectorAll('select')].some((s) => s.value)) wake(new Event('change'));
  }
}

customElements.define('product-filter', ProductFilter);
