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
import { MAX_ZOOM } from './marker.ts';

/** An element with an optional class and text (set as textContent). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A marker's content: the visible pin with its glyph (the same classes as the legend), and its
 * name for assistive technology (the marker is a focusable button named by its content). The
 * glyph is drawn by CSS from `data-glyph` and the pin is aria-hidden, so the marker's text is its
 * name alone: "Cụm 8 điểm…", never "8Cụm 8 điểm…", even for a reader that ignores aria-hidden.
 */
export function iconContent(glyph: string, name: string, variant: string): HTMLElement {
  const box = el('span', 'app-map__icon');
  const pin = el('span', `app-map__pin app-map__pin--${variant}`);
  pin.dataset.glyph = glyph;
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
  const touch = window.matchMedia('(pointer: coarse)').matches;
  const map = L.map(host.querySelector<HTMLElement>('[data-map-canvas]')!, {
    center: view.center,
    zoom: view.zoom,
    maxZoom: MAX_ZOOM,
    zoomControl: false,
    attributionControl: false,
    // The map sits in a scrolling page: the wheel zooms only once the map has been clicked or focused.
    scrollWheelZoom: false,
    // …and on a touch screen one finger scrolls the page until the map is tapped (see touchDragging).
    dragging: !touch,
  });
  if (touch) touchDragging(map, host);
  L.control.zoom({ zoomInTitle: 'Phóng to', zoomOutTitle: 'Thu nhỏ' }).addTo(map);
  new TextAttribution({ position: 'bottomright', text: attribution } as L.ControlOptions).addTo(map);
  L.tileLayer(tileUrl, { maxZoom: MAX_ZOOM })
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

const TWO_FINGERS = 'Dùng hai ngón tay để di chuyển, phóng to bản đồ; hoặc chạm vào bản đồ một lần rồi kéo bằng một ngón. Vuốt một ngón vẫn cuộn trang.';
const ONE_FINGER = 'Đã bật kéo bản đồ bằng một ngón tay. Chạm ra ngoài bản đồ để vuốt cuộn trang như thường.';

/**
 * On a touch screen a map in the page must not swallow the swipes that scroll it: one finger
 * scrolls the page (Leaflet's container then lets the browser pan), two fingers move and zoom the
 * map (Leaflet's pinch follows the fingers), and a tap on the map turns one-finger dragging on
 * until the next touch outside it. The host's `[data-map-touch]` line says which is in force.
 */
function touchDragging(map: L.Map, host: HTMLElement): void {
  const hint = host.querySelector<HTMLElement>('[data-map-touch]');
  const say = (text: string) => {
    if (!hint) return;
    hint.textContent = text;
    hint.hidden = false;
  };
  say(TWO_FINGERS);
  // A tap: one touch that lifts where it landed, with no second finger in between. (Read from
  // pointer events: a browser may not follow a touch on the map with a click.)
  const container = map.getContainer();
  let tap: { id: number; x: number; y: number } | null = null;
  container.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'touch') return;
    tap = tap ? null : { id: e.pointerId, x: e.clientX, y: e.clientY };
  });
  container.addEventListener('pointercancel', () => (tap = null));
  container.addEventListener('pointerup', (e) => {
    const start = tap;
    tap = null;
    if (!start || start.id !== e.pointerId || Math.hypot(e.clientX - start.x, e.clientY - start.y) > 10 || map.dragging.enabled()) return;
    map.dragging.enable();
    say(ONE_FINGER);
  });
  document.addEventListener(
    'pointerdown',
    (e) => {
      if (!map.dragging.enabled() || container.contains(e.target as Node)) return;
      map.dragging.disable();
      say(TWO_FINGERS);
    },
    { passive: true },
  );
}

/** Popup options that fit a phone-width map beside the zoom buttons (top left). */
export function popupOptions(map: L.Map): L.PopupOptions {
  return { maxWidth: Math.max(160, Math.min(280, map.getSize().x - 110)), autoPanPaddingTopLeft: [48, 12], autoPanPaddingBottomRight: [12, 12] };
}
