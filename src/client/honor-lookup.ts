/**
 * <honor-lookup> (components/HonorLookup.astro): the form works without JavaScript (it searches
 * the whole site). This small script loads the lookup itself (honor-lookup-app.ts, which fetches
 * the data file) only on the first focus, keystroke or submit, or at once when the address
 * carries `?q=`.
 */
import type { Lookup } from './honor-lookup-app.ts';

const FAILED = 'Không tải được công cụ tra cứu. Hãy kiểm tra kết nối rồi thử lại; nút “Tìm” sẽ tìm trên toàn trang.';

class HonorLookup extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    let app: Promise<Lookup> | undefined;
    let failed = false;
    const load = () =>
      (app ??= import('./honor-lookup-app.ts').then(
        (m) => {
          failed = false;
          return m.start(this);
        },
        (error: unknown) => {
          app = undefined;
          failed = true;
          this.querySelector('[data-status]')!.textContent = FAILED;
          throw error;
        },
      ));
    const update = () => void load().then((lookup) => lookup.update(), () => undefined);
    input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
    input.addEventListener('input', update);
    form.addEventListener('submit', (event) => {
      // When the lookup could not load, let the form search the whole site.
      if (failed) return;
      event.preventDefault();
      update();
    });
    const q = new URLSearchParams(location.search).get('q');
    if (q) {
      input.value = q;
      update();
    }
  }
}

customElements.define('honor-lookup', HonorLookup);
