/**
 * <point-finder>: shows the finder's controls (hidden for visitors without JavaScript) and loads
 * the rest of its code only when a control is first used, so pages stay light for everyone else.
 */
class PointFinder extends HTMLElement {
  connectedCallback() {
    const ui = this.querySelector<HTMLElement>('[data-finder]');
    if (!ui) return;
    ui.hidden = false;
    const wake = (event: Event) => {
      if (event.type === 'click' && !(event.target as Element).closest('button')) return;
      ui.removeEventListener('change', wake);
      ui.removeEventListener('click', wake);
      import('./point-finder-app.ts').then(
        (app) => app.start(this, event),
        () => {
          this.querySelector('[data-status]')!.textContent = 'Không tải được công cụ tìm điểm bán. Hãy kiểm tra kết nối rồi thử lại; danh sách bên dưới vẫn dùng được.';
          ui.addEventListener('change', wake);
          ui.addEventListener('click', wake);
        },
      );
    };
    ui.addEventListener('change', wake);
    ui.addEventListener('click', wake);
    // The browser may have restored a ticked box or a chosen kind (back button): show their result.
    if (this.querySelector<HTMLInputElement>('[data-open]')?.checked || this.querySelector<HTMLSelectElement>('[data-kind]')?.value) wake(new Event('change'));
  }
}

customElements.define('point-finder', PointFinder);
