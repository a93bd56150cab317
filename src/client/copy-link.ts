/**
 * <app-copy-link>: upgrades the read-only address field of `ShareLinks.astro` with a button that
 * copies the address to the clipboard and announces it in the element's live region. Where the
 * browser offers no clipboard (an insecure page, an old browser) the button stays hidden and the
 * field still works: focusing it selects the whole address. Where the browser offers the Web Share
 * API (phones, mostly), a second button opens the system's share sheet with the address (Zalo,
 * Messenger, mail… whatever the phone has); elsewhere it stays hidden.
 */
const COPIED = 'Đã sao chép liên kết';
const FAILED = 'Không sao chép được. Liên kết đã được chọn: hãy sao chép bằng tay (giữ ngón tay trên ô, hoặc Ctrl+C).';

class AppCopyLink extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    const button = this.querySelector<HTMLButtonElement>('[data-copy]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!input || !button || !status) return;
    input.addEventListener('focus', () => input.select());
    const share = this.querySelector<HTMLButtonElement>('[data-share]');
    if (share && typeof navigator.share === 'function') {
      share.hidden = false;
      share.addEventListener('click', () => {
        // Closing the share sheet rejects with AbortError: nothing to say then.
        navigator.share({ title: document.title, url: input.value }).catch(() => undefined);
      });
    }
    if (!navigator.clipboard?.writeText) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      // Emptied first, so a second copy is announced again.
      status.textContent = '';
      let message = COPIED;
      try {
        await navigator.clipboard.writeText(input.value);
      } catch {
        input.focus();
        input.select();
        message = FAILED;
      }
      setTimeout(() => (status.textContent = message), 50);
    });
  }
}

customElements.define('app-copy-link', AppCopyLink);
