/**
 * The Leaflet part of a one-marker <app-map> (a fair's venue), imported only when the map comes
 * near the viewport. No data file and no clustering: the place comes from the element's
 * attributes (marker.ts), and the map opens on it at street level.
 */
import L from 'leaflet';
import { MARKER_GLYPHS, MARKER_ZOOM, markerSize, markerStatusText, readMarker } from './marker.ts';
import { baseMap, el, iconContent, popupOptions } from './leaflet-base.ts';

export class MarkerMap {
  readonly map: L.Map;

  /**
   * A map inside `host` (an <app-map> with `data-marker-lat`, `data-marker-lng` and
   * `data-marker-label`; see app-map.ts) centred on that place. Throws when the attributes do not
   * describe one.
   */
  constructor(host: HTMLElement) {
    const place = readMarker(host.dataset);
    if (!place) throw new Error('app-map: data-marker-lat, data-marker-lng and data-marker-label must describe a place');
    const { lat, lng, label } = place;
    const map = (this.map = baseMap(
      host,
      { center: [lat, lng], zoom: MARKER_ZOOM },
      'Không tải được nền bản đồ. Vị trí vẫn được đánh dấu; địa chỉ có ghi trong trang.',
    ));
    const marker = L.marker([lat, lng], {
      icon: L.divIcon({ html: iconContent(MARKER_GLYPHS.fair!, label, 'fair'), className: 'app-map__marker', iconSize: [markerSize(1), markerSize(1)], popupAnchor: [0, -12] }),
      title: label,
      keyboard: true,
    });
    // Enter or a click opens (and closes) the place's name, for touch screens that show no title.
    const popup = el('div', 'app-map__popup');
    popup.append(el('p', 'app-map__popup-title', label));
    marker.bindPopup(popup, popupOptions(map)).addTo(map);
    // Focus stays on the marker while its popup is open, so Escape is heard there.
    marker.getElement()?.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && marker.isPopupOpen()) marker.closePopup();
    });
    const status = host.querySelector('[data-map-status]');
    if (status) status.textContent = markerStatusText(label);
  }
}
