/**
 * <point-finder>: shows the finder's controls (hidden for visitors without JavaScript) and loads
 * the rest of its code only when a control is first used or the address names a place (`?xa=`),
 * so pages stay light for everyone else.
 */
class PointFinder extends HTMLElement {
  connectedCallback() {
    const ui = this.querySelector<HTMLElement>('[data-finder]');
    if (!ui) return;
    ui.hidden = false;
    // The place form never leaves the page: its answer is computed here.
    ui.addEventListener('submit', (event) => event.preventDefault());
    const wake = (event: Event) => {
      const target = event.target as Element | null;
      const button = target?.closest('button');
      // A click on the place form's button is followed by its submit, which wakes the finder.
      if (event.type === 'click' && (!button || button.type === 'submit')) return;
      // Typing a place name is not a choice yet: the form's submit is.
      if (event.type === 'change' && target?.matches('[data-place]')) return;
      ui.removeEventListener('change', wake);
      ui.removeEventListener('click', wake);
      ui.removeEventListener('submit', wake);
      import('./point-finder-app.ts').then(
        (app) => app.start(this, event),
        () => {
          this.querySelector('[data-status]')!.textContent = 'Không tải được công cụ tìm điểm bán. Hãy kiểm tra kết nối rồi thử lại; danh sách bên dưới vẫn dùng được.';
          ui.addEventListener('change', wake);
          ui.addEventListener('click', wake);
          ui.addEventListener('submit', wake);
        },
      );
    };
    ui.addEventListener('change', wake);
    ui.addEventListener('click', wake);
    ui.addEventListener('submit', wake);
    // A link to a place (`?xa=Bến Nghé`, with `&ma=` for the commune chosen) shows its result.
    const asked = new URLSearchParams(location.search).get('xa');
    const placeInput = this.querySelector<HTMLInputElement>('[data-place]');
    if (asked && placeInput) {
      placeInput.value = asked;
      return wake(new Event('submit'));
    }
    // The browser may have restored a ticked box or a chosen kind (back button): show their result.
    if (this.querySelector<HTMLInputElement>('[data-open]')?.checked || this.querySelector<HTMLSelectElement>('[data-kind]')?.value) wake(new Event('change'));
  }
}

customElements.define('point-finder', PointFinder);
