/**
 * What every map shares once Leaflet has loaded: the Leaflet map inside an <app-map> with its zoom
 * buttons, plain-text attribution, tiles (and the notice when they fail), and the pieces markers
 * are built from. Used by leaflet-map.ts (points and fairs) and marker-map.ts (one marker); the
 * build puts Leaflet and this module in a chunk that both load.
 *
 * Every text reaches the page through textContent or as an element; nothing from the data is
 * parsed as HTML (Leaflet treats string popups, icon HTML and attributions as HTML).
 */
import L from 'leaflet';

/** An element with an optional class and text (set as textContent). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A marker's content: the visible pin with its glyph (the same classes as the legend), and its
 * name for assistive technology (the marker is a focusable button named by its content).
 */
export function iconContent(glyph: string, name: string, variant: string): HTMLElement {
  const box = el('span', 'app-map__icon');
  const pin = el('span', `app-map__pin app-map__pin--${variant}`, glyph);
  pin.setAttribute('aria-hidden', 'true');
  box.append(pin, el('span', 'app-visually-hidden', name));
  return box;
}

/** Plain-text attribution (Leaflet's own control inserts its text as HTML). */
const TextAttribution = L.Control.extend({
  onAdd(this: L.Control & { options: L.ControlOptions & { text: string } }) {
    return el('div', 'leaflet-control-attribution leaflet-control', this.options.text);
  },
});

/**
 * A Leaflet map in `host`'s `[data-map-canvas]`, showing `view`, with the tile server and
 * attribution of the host's `data-tile-url` and `data-attribution`. When tiles fail (offline,
 * blocked), `tilesFailed` appears once in the host's `[data-map-tiles]` notice; the markers still
 * work. Popups get a Vietnamese name on their close button.
 */
export function baseMap(host: HTMLElement, view: { center: L.LatLngExpression; zoom: number }, tilesFailed: string): L.Map {
  const { tileUrl = '', attribution = '' } = host.dataset;
  const map = L.map(host.querySelector<HTMLElement>('[data-map-canvas]')!, {
    center: view.center,
    zoom: view.zoom,
    maxZoom: 18,
    zoomControl: false,
    attributionControl: false,
    // The map sits in a scrolling page: the wheel zooms only once the map has been clicked or focused.
    scrollWheelZoom: false,
  });
  L.control.zoom({ zoomInTitle: 'Phóng to', zoomOutTitle: 'Thu nhỏ' }).addTo(map);
  new TextAttribution({ position: 'bottomright', text: attribution } as L.ControlOptions).addTo(map);
  L.tileLayer(tileUrl, { maxZoom: 18 })
    .on('tileerror', () => {
      const notice = host.querySelector<HTMLElement>('[data-map-tiles]');
      if (!notice || !notice.hidden) return;
      notice.textContent = tilesFailed;
      notice.hidden = false;
    })
    .addTo(map);
  map.on('focus click', () => map.scrollWheelZoom.enable());
  map.on('blur', () => map.scrollWheelZoom.disable());
  map.on('popupopen', (e) => e.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', 'Đóng'));
  return map;
}

/** Popup options that fit a phone-width map beside the zoom buttons (top left). */
export function popupOptions(map: L.Map): L.PopupOptions {
  return { maxWidth: Math.max(160, Math.min(280, map.getSize().x - 110)), autoPanPaddingTopLeft: [48, 12], autoPanPaddingBottomRight: [12, 12] };
}
