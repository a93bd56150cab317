/**
 * <fair-near-me>: shows its button (hidden for visitors without JavaScript) and loads the rest of
 * its code on the first press, so the fair lists stay light for everyone else.
 */
class FairNearMe extends HTMLElement {
  connectedCallback() {
    const ui = this.querySelector<HTMLElement>('[data-near-ui]');
    const button = this.querySelector<HTMLButtonElement>('[data-near]');
    if (!ui || !button) return;
    ui.hidden = false;
    const wake = () => {
      button.removeEventListener('click', wake);
      import('./fair-near-me-app.ts').then(
        (app) => app.start(this),
        () => {
          this.querySelector('[data-near-status]')!.textContent = 'Không tải được công cụ tìm hội chợ gần bạn. Hãy kiểm tra kết nối rồi thử lại; danh sách bên dưới vẫn dùng được.';
          button.addEventListener('click', wake);
        },
      );
    };
    button.addEventListener('click', wake);
  }
}

customElements.define('fair-near-me', FairNearMe);
