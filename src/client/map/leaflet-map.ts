/**
 * The Leaflet part of <app-map>, imported only when a map comes near the viewport (it carries
 * Supercluster, and Leaflet through leaflet-base.ts; app-map.ts loads Leaflet's CSS alongside).
 *
 * Clustering uses Supercluster (it won the comparison in scripts/bench/map.ts): the index is built
 * when the filter changes, and only the clusters and points inside the view become Leaflet
 * markers, reused between renders so an open popup survives panning.
 *
 * Every text reaches the page through textContent or as an element; nothing from the data is
 * parsed as HTML (Leaflet treats string popups, icon HTML and attributions as HTML).
 */
import L from 'leaflet';
import Supercluster, { type PointFeature } from 'supercluster';
import type { FairsFile, MapFair, MapPoint, PointsFile } from '../../lib/map-points.ts';
import { fairsNotOver, fairPopup, pointPopup, statusText, visibleFairs, visiblePoints, type PopupContent } from './model.ts';
import { combineFilters, filterFromDetail, type MapFilter } from './filter.ts';
import { CLUSTER_EXTENT, CLUSTER_RADIUS, MARKER_GLYPHS, markerSize, MAX_ZOOM } from './marker.ts';
import { baseMap, el, iconContent, popupOptions } from './leaflet-base.ts';

/**
 * Clusters up to the map's closest zoom (marker.ts says why and how far apart); points still
 * that close there are listed in a popup instead. Each zoom level clustered costs a pass over the
 * points when the index is built, most of the time to the first render with many points (see
 * scripts/bench/map.ts). So the index is first built only a few levels above the zoom in view,
 * and rebuilt up to the closest zoom when the map is zoomed further in.
 */
const MAX_CLUSTER_ZOOM = MAX_ZOOM;
const LEVELS_AHEAD = 3;

type Item = { type: 'point'; point: MapPoint } | { type: 'fair'; fair: MapFair };

/** A popup's DOM from its text content. */
function renderPopup(content: PopupContent): HTMLElement {
  const box = el('div', 'app-map__popup');
  const title = el('p', 'app-map__popup-title');
  const link = el('a', undefined, content.title);
  link.href = content.href;
  title.append(link);
  box.append(title);
  for (const line of content.lines) {
    const p = el('p', line.muted ? 'app-meta' : undefined);
    if (line.badge) p.append(el('span', `app-badge app-badge--${line.badge}`, line.text));
    else p.textContent = line.text;
    box.append(p);
  }
  if (content.phone) {
    const p = el('p', undefined, 'Điện thoại: ');
    const a = el('a', undefined, content.phone.text);
    a.href = content.phone.href;
    p.append(a);
    box.append(p);
  }
  return box;
}

export class ClusterMap {
  readonly map: L.Map;
  #host: HTMLElement;
  #points: PointsFile;
  #fairs: FairsFile | undefined;
  #eventFilter: MapFilter;
  #items: Item[] = [];
  #features: PointFeature<{ i: number }>[] = [];
  #index = new Supercluster<{ i: number }>();
  /** The zoom up to which #index clusters. */
  #indexZoom = 0;
  #layer = L.layerGroup();
  #markers = new Map<string, L.Marker>();
  #byPoint = new Map<string, number>();
  #keyboardOpen = false;
  #escapeHandled = new WeakSet<HTMLElement>();

  /**
   * A map inside `host` (an <app-map>, whose attributes and children are described in
   * app-map.ts), showing `points` and `fairs` (the parsed data files) through the finder's latest
   * filter `detail` and the host's own kind checkboxes.
   */
  constructor(host: HTMLElement, points: unknown, fairs: unknown, detail: unknown) {
    this.#host = host;
    this.#points = points as PointsFile;
    this.#fairs = fairs as FairsFile | undefined;
    this.#eventFilter = filterFromDetail(detail);
    const { centerLat, centerLng, zoom } = host.dataset;
    const map = (this.map = baseMap(
      host,
      { center: [Number(centerLat), Number(centerLng)], zoom: Number(zoom) },
      'Không tải được nền bản đồ. Các điểm vẫn hiển thị; danh sách bên dưới có đầy đủ thông tin.',
    ));
    this.#layer.addTo(map);
    map.on('moveend', () => this.#render());
    map.on('popupopen', (e) => this.#popupOpened(e.popup));
    host.querySelector('[data-map-kinds]')?.addEventListener('change', () => this.#update());
    this.#update(true);
  }

  /** Apply a new `point-filter` event detail. */
  setEventFilter(detail: unknown): void {
    this.#eventFilter = filterFromDetail(detail);
    this.#update();
  }

  /** The finder's filter combined with the host's own kind checkboxes, if it has them. */
  #filter(): MapFilter {
    const boxes = [...this.#host.querySelectorAll<HTMLInputElement>('[data-map-kinds] input[type="checkbox"]')];
    if (!boxes.length) return this.#eventFilter;
    return combineFilters(
      boxes.filter((b) => b.checked).map((b) => b.value),
      this.#eventFilter,
    );
  }

  /** Rebuild the index for the current filter; on the first call, fit the view to what is shown. */
  #update(fit = false): void {
    const filter = this.#filter();
    const now = new Date();
    const points = visiblePoints(this.#points.points, filter, now);
    const fairs = this.#fairs ? visibleFairs(this.#fairs.fairs, filter, now) : [];
    this.#items = [...points.map((point) => ({ type: 'point' as const, point })), ...fairs.map((fair) => ({ type: 'fair' as const, fair }))];
    this.#byPoint = new Map(points.map((p, i) => [p.id, i]));
    this.#features = this.#items.map((item, i) => {
      const { lat, lng } = item.type === 'point' ? item.point : item.fair;
      return { type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [lng, lat] } };
    });
    const bounds = fit && this.#items.length ? L.latLngBounds(this.#features.map((f) => [f.geometry.coordinates[1]!, f.geometry.coordinates[0]!])) : undefined;
    const padding: [number, number] = [24, 24];
    this.#build(bounds ? Math.min(14, this.map.getBoundsZoom(bounds, false, L.point(padding).multiplyBy(2))) : this.map.getZoom());
    this.map.closePopup();
    this.#layer.clearLayers();
    this.#markers.clear();
    const total = { points: this.#points.points.length, fairs: this.#fairs ? fairsNotOver(this.#fairs.fairs, now).length : 0 };
    const status = this.#host.querySelector('[data-map-status]');
    if (status) status.textContent = statusText({ points: points.length, fairs: fairs.length }, total, Boolean(this.#fairs));
    if (bounds) this.map.fitBounds(bounds, { padding, maxZoom: 14, animate: false });
    // fitBounds renders through moveend when the view changes; render anyway in case it did not.
    this.#render();
  }

  /** (Re)build the index, clustering up to a few levels above `zoom`. */
  #build(zoom: number): void {
    this.#indexZoom = Math.min(MAX_CLUSTER_ZOOM, Math.ceil(zoom) + LEVELS_AHEAD);
    this.#index = new Supercluster<{ i: number }>({ radius: CLUSTER_RADIUS, extent: CLUSTER_EXTENT, maxZoom: this.#indexZoom }).load(this.#features);
  }

  /** Zoom to a point by id and open its popup, with focus on the popup's link. */
  showPoint(id: string): boolean {
    const i = this.#byPoint.get(id);
    const item = i === undefined ? undefined : this.#items[i];
    if (!item || item.type !== 'point') return false;
    this.map.setView([item.point.lat, item.point.lng], this.map.getMaxZoom(), { animate: false });
    // Like opening it from the keyboard: focus goes to the popup, and back to the marker after.
    this.#keyboardOpen = true;
    this.#markers.get(`p:${id}`)?.openPopup();
    return true;
  }

  #render(): void {
    const bounds = this.map.getBounds().pad(0.25);
    const bbox: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    const zoom = Math.round(this.map.getZoom());
    if (zoom > this.#indexZoom && this.#indexZoom < MAX_CLUSTER_ZOOM) {
      this.#build(MAX_CLUSTER_ZOOM);
      // Cluster ids belong to the old index; single points keep their markers (and open popups).
      for (const [key, marker] of this.#markers) {
        if (!key.startsWith('c:')) continue;
        this.#layer.removeLayer(marker);
        this.#markers.delete(key);
      }
    }
    const wanted = new Map<string, () => L.Marker>();
    for (const feature of this.#index.getClusters(bbox, zoom)) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties;
      if ('cluster' in props && props.cluster) {
        wanted.set(`c:${props.cluster_id}`, () => this.#clusterMarker(props.cluster_id, props.point_count, lat, lng));
      } else {
        const item = this.#items[(props as { i: number }).i]!;
        wanted.set(this.#itemKey(item), () => this.#itemMarker(item));
      }
    }
    for (const [key, marker] of this.#markers) {
      if (wanted.has(key)) continue;
      this.#layer.removeLayer(marker);
      this.#markers.delete(key);
    }
    for (const [key, make] of wanted) {
      if (this.#markers.has(key)) continue;
      const marker = make();
      this.#markers.set(key, marker);
      this.#layer.addLayer(marker);
    }
  }

  /** The key of an item's marker in #markers (clusters are `c:<id>`). */
  #itemKey(item: Item): string {
    return item.type === 'point' ? `p:${item.point.id}` : `f:${item.fair.id}`;
  }

  /**
   * Focus the first marker in view, in Tab order, that stands for any of the items `keys` name
   * (the points of a cluster just opened): the keyboard user carries on among them. The map
   * itself when there is none.
   */
  #focusFirstOf(keys: Set<string>): void {
    const view = this.map.getBounds();
    const covers = (key: string) =>
      key.startsWith('c:') ? this.#index.getLeaves(Number(key.slice(2)), Infinity).some((leaf) => keys.has(this.#itemKey(this.#items[leaf.properties.i]!))) : keys.has(key);
    const byElement = new Map([...this.#markers].map(([key, marker]) => [marker.getElement(), { key, marker }]));
    const first = [...(this.map.getPane('markerPane')?.children ?? [])].find((node) => {
      const found = byElement.get(node as HTMLElement);
      return found !== undefined && view.contains(found.marker.getLatLng()) && covers(found.key);
    });
    ((first as HTMLElement | undefined) ?? this.map.getContainer()).focus({ preventScroll: true });
  }

  #itemMarker(item: Item): L.Marker {
    const isPoint = item.type === 'point';
    const kind = isPoint ? item.point.kind : 'fair';
    const name = isPoint ? item.point.name : item.fair.title;
    const kindLabel = isPoint ? (this.#points.kinds[item.point.kind] ?? item.point.kind) : `Hội chợ: ${this.#fairs?.kinds[item.fair.kind] ?? item.fair.kind}`;
    const marker = L.marker(isPoint ? [item.point.lat, item.point.lng] : [item.fair.lat, item.fair.lng], {
      icon: L.divIcon({
        html: iconContent(MARKER_GLYPHS[kind] ?? '•', `${name} (${kindLabel})`, kind),
        className: 'app-map__marker',
        iconSize: [markerSize(1), markerSize(1)],
        popupAnchor: [0, -12],
      }),
      title: name,
      riseOnHover: true,
      keyboard: true,
    });
    // Registered before bindPopup's own handler, which opens the popup on Enter.
    marker.on('keypress', (e) => {
      // (Enter on a marker whose popup is open closes it.)
      if ((e as L.LeafletKeyboardEvent).originalEvent.key === 'Enter') this.#keyboardOpen = !marker.isPopupOpen();
    });
    // A function, so "open now" and the fair's phase are computed when the popup opens.
    marker.bindPopup(
      () => renderPopup(isPoint ? pointPopup(item.point, this.#points.kinds, new Date()) : fairPopup(item.fair, this.#fairs!.kinds, new Date())),
      popupOptions(this.map),
    );
    return marker;
  }

  #clusterMarker(id: number, count: number, lat: number, lng: number): L.Marker {
    const size = markerSize(count);
    const marker = L.marker([lat, lng], {
      icon: L.divIcon({
        html: iconContent(count.toLocaleString('vi-VN'), `Cụm ${count.toLocaleString('vi-VN')} điểm, chọn để phóng to`, 'cluster'),
        className: 'app-map__marker',
        iconSize: [size, size],
      }),
      keyboard: true,
    });
    const open = (byKeyboard: boolean) => {
      const zoom = this.#index.getClusterExpansionZoom(id);
      if (zoom > this.#indexZoom) {
        // Points at the very same place never split, nor do points a few metres apart at the
        // closest zoom: list them instead of zooming.
        const leaves = this.#index.getLeaves(id, 50);
        const [x, y] = leaves[0]!.geometry.coordinates;
        if (zoom > MAX_CLUSTER_ZOOM || leaves.every((l) => l.geometry.coordinates[0] === x && l.geometry.coordinates[1] === y)) {
          this.#keyboardOpen = byKeyboard;
          marker.bindPopup(this.#leavesList(leaves), popupOptions(this.map)).openPopup();
          return;
        }
      }
      if (byKeyboard) {
        // The cluster's marker is gone after the zoom (the markers are redrawn on moveend, before
        // this): focus moves to what it split into.
        const inside = new Set(this.#index.getLeaves(id, Infinity).map((leaf) => this.#itemKey(this.#items[leaf.properties.i]!)));
        this.map.once('moveend', () => this.#focusFirstOf(inside));
      }
      this.map.setView([lat, lng], Math.min(zoom, this.map.getMaxZoom()));
    };
    marker.on('click', () => open(false));
    marker.on('keypress', (e) => {
      if ((e as L.LeafletKeyboardEvent).originalEvent.key === 'Enter') open(true);
    });
    return marker;
  }

  #leavesList(leaves: { properties: { i: number } }[]): HTMLElement {
    const box = el('div', 'app-map__popup');
    box.append(el('p', 'app-map__popup-title', 'Các điểm ở cùng vị trí hoặc sát nhau'));
    const list = el('ul');
    for (const leaf of leaves) {
      const item = this.#items[leaf.properties.i]!;
      const a = el('a', undefined, item.type === 'point' ? item.point.name : item.fair.title);
      a.href = item.type === 'point' ? `/diem-ban/${item.point.id}/` : `/hoi-cho/${item.fair.id}/`;
      const li = el('li');
      li.append(a);
      list.append(li);
    }
    box.append(list);
    return box;
  }

  /** Keyboard users land in the popup and return to the marker after. */
  #popupOpened(popup: L.Popup): void {
    const container = popup.getElement();
    if (!container) return;
    if (!this.#escapeHandled.has(container)) {
      this.#escapeHandled.add(container);
      container.addEventListener('keydown', (e) => {
        if (e.key !== 'Escape') return;
        const source = (popup as unknown as { _source?: L.Marker })._source;
        this.map.closePopup();
        source?.getElement()?.focus();
      });
    }
    if (this.#keyboardOpen) container.querySelector<HTMLElement>('a[href^="/"]')?.focus();
    this.#keyboardOpen = false;
  }
}
