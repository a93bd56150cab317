/**
 * <app-map>: the map beside a server-rendered list, or of one place (a fair's venue) beside its
 * address. This module is all that loads with the page, so it stays tiny: it waits until the
 * element comes within 200 px of the viewport, then fetches the data files, Leaflet's CSS and the
 * Leaflet module (leaflet-map.ts, or marker-map.ts for one place) in parallel and hands over. The
 * page's text stays the real content; when anything fails the status line says so.
 *
 * Attributes: data-tile-url, data-attribution, and either data-points (points file URL),
 * data-fairs (fairs file URL, optional), data-center-lat, data-center-lng, data-zoom; or, for one
 * place and no data file, data-marker-lat, data-marker-lng, data-marker-label. It sets data-state
 * to "waiting", "loading", "ready" or "failed".
 *
 * Listens on document for `point-filter` events ({ kinds: string[] | null, openNow: boolean }),
 * from the first moment, and keeps the latest for the map.
 */
import leafletCss from 'leaflet/dist/leaflet.css?url';
import type { ClusterMap } from './leaflet-map.ts';
import overridesCss from './leaflet-overrides.css?url';

async function getJson(url: string | undefined): Promise<unknown> {
  if (!url) return undefined;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Leaflet's CSS and the site's adjustments to it, as <link>s added when the map loads. Imported
 * as URLs, not as CSS modules: the build would otherwise link them from every page with a map.
 */
function loadStyles(): Promise<unknown> {
  return Promise.all(
    [leafletCss, overridesCss].map((href) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      const loaded = new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = reject;
      });
      document.head.append(link);
      return loaded;
    }),
  );
}

class AppMap extends HTMLElement {
  #map: ClusterMap | undefined;
  /** The latest `point-filter` detail, kept until the map exists. */
  #detail: unknown;
  #onFilter = (event: Event) => {
    this.#detail = (event as CustomEvent).detail;
    this.#map?.setEventFilter(this.#detail);
  };

  connectedCallback() {
    // Shown by CSS where the browser reports scripting; this covers browsers that cannot say.
    this.toggleAttribute('data-enhanced', true);
    document.addEventListener('point-filter', this.#onFilter);
    if (this.dataset.state) return;
    this.dataset.state = 'waiting';
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        void this.#load();
      },
      { rootMargin: '200px' },
    );
    observer.observe(this);
  }

  disconnectedCallback() {
    document.removeEventListener('point-filter', this.#onFilter);
  }

  /** Zoom to one point (by id) and open its popup, focus on its link; false when the map has no such point (yet). */
  showPoint(id: string): boolean {
    return this.#map?.showPoint(id) ?? false;
  }

  async #load() {
    this.dataset.state = 'loading';
    const status = this.querySelector('[data-map-status]')!;
    status.textContent = 'Đang tải bản đồ…';
    const onePlace = this.dataset.markerLat !== undefined;
    try {
      if (onePlace) {
        const [module] = await Promise.all([import('./marker-map.ts'), loadStyles()]);
        new module.MarkerMap(this);
      } else {
        const [module, points, fairs] = await Promise.all([import('./leaflet-map.ts'), getJson(this.dataset.points), getJson(this.dataset.fairs), loadStyles()]);
        performance.mark('app-map:data');
        this.#map = new module.ClusterMap(this, points, fairs, this.#detail);
      }
      // Right after the next paint: the markers are on screen.
      requestAnimationFrame(() =>
        setTimeout(() => {
          performance.mark('app-map:rendered');
          this.dataset.state = 'ready';
        }),
      );
    } catch {
      // No console error: the page works without the map, and the status line says what happened.
      this.dataset.state = 'failed';
      status.textContent = onePlace ? 'Không tải được bản đồ. Địa chỉ có ghi trong trang.' : 'Không tải được bản đồ. Danh sách bên dưới có đầy đủ thông tin.';
      this.querySelector<HTMLElement>('[data-map-canvas]')!.hidden = true;
    }
  }
}

customElements.define('app-map', AppMap);
