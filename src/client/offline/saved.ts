/**
 * <saved-copy>: lists the pages this browser keeps for offline use (the site's caches,
 * src/lib/offline.ts) with when each was saved, and deletes them all on request, unregistering the
 * service worker too (the next page opened registers it again, and saving starts afresh).
 */
import { formatDateTime } from '../../lib/dates.ts';
import { CACHE_PREFIX, SAVED_HEADER, TITLE_HEADER, requestKind } from '../../lib/offline.ts';

interface Saved {
  path: string;
  title: string;
  savedAt: string;
}

async function savedPages(): Promise<Saved[]> {
  const pages = new Map<string, Saved>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX)) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (requestKind(path) !== 'page') continue;
      const headers = (await cache.match(request))?.headers;
      const savedAt = headers?.get(SAVED_HEADER) ?? '';
      let title = path;
      try {
        title = decodeURIComponent(headers?.get(TITLE_HEADER) ?? '') || path;
      } catch {
        // A malformed title: the address stands in.
      }
      const known = pages.get(path);
      if (!known || known.savedAt < savedAt) pages.set(path, { path, title, savedAt });
    }
  }
  return [...pages.values()].sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

class SavedCopy extends HTMLElement {
  #status = this.querySelector<HTMLElement>('[data-saved-status]')!;
  #list = this.querySelector<HTMLUListElement>('[data-saved-list]')!;
  #clear = this.querySelector<HTMLButtonElement>('[data-saved-clear]')!;

  async connectedCallback(): Promise<void> {
    if (!('caches' in window) || !('serviceWorker' in navigator)) {
      this.#status.textContent = 'Trình duyệt này không lưu trang để xem khi không có mạng.';
      return;
    }
    this.#clear.addEventListener('click', () => void this.#remove());
    await this.#show();
  }

  async #show(): Promise<void> {
    const pages = await savedPages();
    this.#list.replaceChildren(
      ...pages.map((p) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = p.path;
        a.textContent = p.title;
        li.append(a, ` (lưu lúc ${formatDateTime(p.savedAt)})`);
        return li;
      }),
    );
    this.#list.hidden = pages.length === 0;
    this.#clear.hidden = pages.length === 0;
    this.#status.textContent = pages.length
      ? `Máy này đang lưu ${pages.length} trang để xem khi không có mạng:`
      : 'Máy này chưa lưu trang nào để xem khi không có mạng.';
  }

  async #remove(): Promise<void> {
    for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    this.#list.replaceChildren();
    this.#list.hidden = true;
    this.#clear.hidden = true;
    this.#status.textContent = 'Đã xóa bản lưu trong máy này. Trang web sẽ lưu lại từ trang tiếp theo bạn mở.';
  }
}

customElements.define('saved-copy', SavedCopy);
