/**
 * <barcode-check> (pages/kiem-tra-ma-vach/index.astro). Without JavaScript its form leads to the
 * prefix explanation. This small script takes the form over: the first focus, keystroke or
 * submit loads the lookup (barcode-check-app.ts); `?ma=` in the address checks that number at
 * once. The camera part is shown only where the browser can give a page a camera, and its code
 * (and the barcode decoder) load only when the visitor presses “Bật camera”.
 */
import type { BarcodeCheck } from './barcode-check-app.ts';

const FAILED = 'Không tải được công cụ kiểm tra. Hãy kiểm tra kết nối rồi thử lại.';

class BarcodeCheckElement extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('#ma-vach-so')!;
    const status = this.querySelector<HTMLElement>('[data-barcode-status]')!;
    let app: Promise<BarcodeCheck> | undefined;
    const load = () =>
      (app ??= import('./barcode-check-app.ts').then(
        (m) => m.start(this),
        (error: unknown) => {
          app = undefined;
          status.textContent = FAILED;
          throw error;
        },
      ));
    const check = (value?: string) => void load().then((a) => a.check(value), () => undefined);
    input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      check();
    });
    const typed = new URLSearchParams(location.search).get('ma');
    if (typed) check(typed);

    const camera = this.querySelector<HTMLElement>('[data-camera]');
    if (!camera) return;
    camera.hidden = false;
    const startButton = camera.querySelector<HTMLButtonElement>('[data-camera-start]')!;
    const stopButton = camera.querySelector<HTMLButtonElement>('[data-camera-stop]')!;
    const cameraStatus = camera.querySelector<HTMLElement>('[data-camera-status]')!;
    const frame = camera.querySelector<HTMLElement>('[data-camera-frame]')!;
    let scan: { stop(): void } | undefined;
    const end = () => {
      scan?.stop();
      scan = undefined;
      frame.replaceChildren();
      frame.hidden = true;
      stopButton.hidden = true;
      startButton.hidden = false;
    };
    stopButton.addEventListener('click', () => {
      end();
      cameraStatus.textContent = 'Đã tắt camera.';
      startButton.focus();
    });
    startButton.addEventListener('click', async () => {
      startButton.disabled = true;
      cameraStatus.textContent = 'Đang mở camera…';
      try {
        const { startScan, CAMERA_MESSAGES } = await import('./barcode/camera.ts');
        // The video is made here, not in the page: a page that never starts the camera has none.
        const video = Object.assign(document.createElement('video'), { muted: true, playsInline: true, className: 'app-barcode__video' });
        video.setAttribute('aria-label', 'Hình ảnh từ camera; đưa mã vạch vào giữa khung');
        frame.replaceChildren(video);
        frame.hidden = false;
        scan = await startScan(
          video,
          (gtin) => {
            end();
            cameraStatus.textContent = `Đã đọc được mã ${gtin}; camera đã tắt.`;
            check(gtin);
          },
          (problem) => {
            end();
            cameraStatus.textContent = CAMERA_MESSAGES[problem];
          },
        );
        if (scan) {
          startButton.hidden = true;
          stopButton.hidden = false;
          cameraStatus.textContent = 'Camera đang bật: đưa mã vạch vào giữa khung hình, giữ yên và đủ sáng.';
        }
      } catch {
        end();
        cameraStatus.textContent = FAILED;
      } finally {
        startButton.disabled = false;
      }
    });
  }
}

customElements.define('barcode-check', BarcodeCheckElement);
