/**
 * The map's costs, measured in Chromium:
 *
 * - clustering 20,000 deterministic points across Vietnam, time from data in hand to markers on
 *   screen (after the next paint), for leaflet.markercluster (addLayers, chunkedLoading off) and
 *   for Supercluster with plain Leaflet markers, both clustering through zoom 16, on the same bare
 *   page in the same run (median of a few alternating runs, each in a fresh page);
 * - the site's own map (<app-map>, Supercluster) on /diem-ban/ of a built site, with its points
 *   file replaced by the same 20,000 points: the same interval, from the element's
 *   performance marks (it builds its index only a few zoom levels above the view at first);
 * - what the map page downloads, gzip as a server would send it: JS (the page's own scripts plus
 *   the map's dynamic chunks) and CSS, and the data files (all points, the largest province, fairs).
 *
 *   node scripts/bench/map.ts [--dist dist] [--points 20000] [--runs 3]
 *
 * `npm run bench` calls measureMap() on the national build and checks the budgets.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { startServer } from '../serve.ts';
import { weighPage } from './page-weight.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface MapFigures {
  points: number;
  runs: number;
  /** First clustered render, ms (median). */
  markerclusterMs: number;
  superclusterMs: number;
  /** The library kept: the faster of the two. */
  winner: 'supercluster' | 'markercluster';
  /** The site's own map with the same points (median), ms. */
  siteMs: number;
  /** Markers on screen after the site's first render (clusters and single points). */
  siteMarkers: number;
  /** The map page (/ban-do/) with its map shown: every script and stylesheet, gzip KB. */
  page: { url: string; jsKB: number; cssKB: number; initialJsKB: number; files: { url: string; kb: number }[] };
  /** The clustering libraries' own minified files, gzip KB (Leaflet alone for reference). */
  librariesKB: { leaflet: number; supercluster: number; markercluster: number };
  /** Data files of the build, gzip KB; `synthetic` is the 20,000-point file used here. */
  dataKB: { allPoints: number; largestProvince: { slug: string; kb: number }; fairs: number; synthetic: number; places: { largestProvince: { slug: string; kb: number }; largestBucket: { bucket: string; kb: number }; buckets: number } };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const gzKB = (data: Buffer | string) => round(gzipSync(data, { level: 6 }).length / 1024);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Towns the generated points gather around (more around the big cities), as people and shops do. */
const TOWNS: [number, number, number][] = [
  [21.03, 105.85, 6], [10.78, 106.7, 7], [16.05, 108.2, 3], [20.86, 106.68, 3], [10.03, 105.78, 3],
  [16.46, 107.59, 2], [12.24, 109.19, 2], [18.68, 105.68, 2], [19.8, 105.78, 2], [13.78, 109.22, 2],
  [12.67, 108.04, 2], [13.98, 108.0, 1], [11.94, 108.44, 1], [9.18, 105.15, 2], [10.38, 105.44, 2],
  [22.48, 103.97, 1], [21.39, 103.02, 1], [21.85, 106.76, 1], [21.59, 105.84, 2], [20.95, 107.08, 2],
];

/** `n` points in the shape of the site's points file, the same for the same `n` and `seed`. */
export function syntheticPoints(n: number, seed = 1) {
  const next = random(seed);
  const weights = TOWNS.reduce((sum, [, , w]) => sum + w, 0);
  const kinds = ['tu-hao-hang-viet', 'cua-hang-ocop', 'clb-ban-hang-viet'];
  const gauss = () => Math.sqrt(-2 * Math.log(next() || 1e-9)) * Math.cos(2 * Math.PI * next());
  return Array.from({ length: n }, (_, i) => {
    let pick = next() * weights;
    const town = TOWNS.find(([, , w]) => (pick -= w) < 0) ?? TOWNS[0]!;
    const lat = Math.min(23.3, Math.max(8.6, town[0] + gauss() * 0.25));
    const lng = Math.min(109.4, Math.max(102.2, town[1] + gauss() * 0.25));
    return {
      id: `diem-ban-${i + 1}`,
      name: `Điểm bán hàng Việt số ${i + 1}`,
      kind: kinds[i % 3]!,
      lat: round(lat, 4),
      lng: round(lng, 4),
      address: `Số ${(i % 200) + 1} đường Minh Họa, Phường Minh Họa`,
      hours: [[420, 1260], [1860, 2700], [3300, 4140], [4740, 5580], [6180, 7020], [7620, 8460], [9060, 9900]],
      phone: null,
    };
  });
}

/** The bare comparison page: Leaflet, both clustering libraries, and one function per library. */
const HARNESS_HTML = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>So sánh phân cụm</title>
<link rel="stylesheet" href="leaflet.css"><link rel="stylesheet" href="MarkerCluster.css"><link rel="stylesheet" href="MarkerCluster.Default.css"><link rel="stylesheet" href="harness.css">
</head><body><div id="map"></div>
<script src="leaflet.js"></script><script src="leaflet.markercluster.js"></script><script src="supercluster.min.js"></script><script src="harness.js"></script>
</body></html>`;

const HARNESS_CSS = `html, body { margin: 0; } #map { width: 1280px; height: 800px; }
.pin { background: #a1121a; border: 2px solid #fff; border-radius: 50%; }
.cluster { background: #1b1b1b; color: #fff; border-radius: 50%; text-align: center; line-height: 40px; font: 700 13px sans-serif; }`;

// Runs in the page. Both functions get the points already parsed and stop after the next paint.
const HARNESS_JS = `
const VIETNAM = [[8.4, 102.1], [23.4, 109.5]];
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
function freshMap() {
  const map = L.map('map', { maxZoom: 18, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
  map.fitBounds(VIETNAM);
  return map;
}
const pin = () => L.divIcon({ className: 'pin', iconSize: [14, 14] });
window.runMarkercluster = async (points) => {
  const map = freshMap();
  const started = performance.now();
  const icon = pin();
  // Both libraries cluster through zoom 16, as the site does.
  const group = L.markerClusterGroup({ chunkedLoading: false, disableClusteringAtZoom: 17 });
  group.addLayers(points.map((p) => L.marker([p.lat, p.lng], { icon })));
  map.addLayer(group);
  await afterPaint();
  const ms = performance.now() - started;
  return { ms, markers: document.querySelectorAll('.leaflet-marker-icon').length };
};
window.runSupercluster = async (points) => {
  const map = freshMap();
  const started = performance.now();
  const icon = pin();
  const index = new Supercluster({ radius: 60, maxZoom: 16 }).load(
    points.map((p) => ({ type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [p.lng, p.lat] } })),
  );
  const b = map.getBounds().pad(0.25);
  const layer = L.layerGroup().addTo(map);
  for (const f of index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.round(map.getZoom()))) {
    const [lng, lat] = f.geometry.coordinates;
    const clusterIcon = f.properties && f.properties.cluster
      ? L.divIcon({ className: 'cluster', html: String(f.properties.point_count), iconSize: [40, 40] })
      : icon;
    layer.addLayer(L.marker([lat, lng], { icon: clusterIcon }));
  }
  await afterPaint();
  const ms = performance.now() - started;
  return { ms, markers: document.querySelectorAll('.leaflet-marker-icon').length };
};
`;

function writeHarness(dir: string, points: unknown): void {
  const modules = path.join(ROOT, 'node_modules');
  const copy = (from: string, name = path.basename(from)) => writeFileSync(path.join(dir, name), readFileSync(path.join(modules, from)));
  copy('leaflet/dist/leaflet.js');
  copy('leaflet/dist/leaflet.css');
  copy('leaflet.markercluster/dist/leaflet.markercluster.js');
  copy('leaflet.markercluster/dist/MarkerCluster.css');
  copy('leaflet.markercluster/dist/MarkerCluster.Default.css');
  copy('supercluster/dist/supercluster.min.js');
  writeFileSync(path.join(dir, 'index.html'), HARNESS_HTML);
  writeFileSync(path.join(dir, 'harness.css'), HARNESS_CSS);
  writeFileSync(path.join(dir, 'harness.js'), HARNESS_JS);
  writeFileSync(path.join(dir, 'points.json'), JSON.stringify(points));
}

/** One library, one fresh page: the points are fetched and parsed first, then the clock starts. */
async function runLibrary(browser: Browser, url: string, fn: 'runMarkercluster' | 'runSupercluster'): Promise<{ ms: number; markers: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(async (name) => {
      const points = await (await fetch('points.json')).json();
      return (window as unknown as Record<string, (p: unknown) => Promise<{ ms: number; markers: number }>>)[name]!(points);
    }, fn);
  } finally {
    await context.close();
  }
}

/** The site's map on /diem-ban/ with the points file replaced by `body`. */
async function runSite(browser: Browser, baseUrl: string, body: string): Promise<{ ms: number; markers: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  try {
    const page = await context.newPage();
    await page.route(
      () => true,
      (route) => {
        const u = new URL(route.request().url());
        if (u.hostname !== '127.0.0.1') return route.abort();
        if (u.pathname === '/du-lieu/ban-do/diem-ban.json') return route.fulfill({ status: 200, contentType: 'application/json', body });
        return route.continue();
      },
    );
    await page.goto(new URL('/diem-ban/', baseUrl).href, { waitUntil: 'load' });
    await showMap(page);
    return await page.evaluate(() => {
      const [m] = performance.getEntriesByName('app-map:data');
      const [r] = performance.getEntriesByName('app-map:rendered');
      return { ms: r!.startTime - m!.startTime, markers: document.querySelectorAll('app-map .leaflet-marker-icon').length };
    });
  } finally {
    await context.close();
  }
}

async function showMap(page: Page): Promise<void> {
  await page.locator('app-map').scrollIntoViewIfNeeded();
  await page.waitForSelector('app-map[data-state="ready"], app-map[data-state="failed"]', { timeout: 60_000 });
  if ((await page.getAttribute('app-map', 'data-state')) !== 'ready') throw new Error(`${page.url()}: bản đồ không tải được`);
}

/** What /ban-do/ downloads once its map is shown: scripts and stylesheets, gzip. */
async function pageCode(browser: Browser, baseUrl: string, dist: string): Promise<MapFigures['page']> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const url = '/ban-do/';
  try {
    const page = await context.newPage();
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    const files: { url: string; kb: number; type: string }[] = [];
    page.on('request', (r) => {
      const p = new URL(r.url()).pathname;
      if (/\.(?:js|css)$/.test(p)) files.push({ url: p, kb: gzKB(readFileSync(path.join(dist, p))), type: path.extname(p) });
    });
    await page.goto(new URL(url, baseUrl).href, { waitUntil: 'load' });
    await showMap(page);
    await page.waitForLoadState('networkidle');
    const unique = [...new Map(files.map((f) => [f.url, f])).values()];
    const sum = (list: { kb: number }[]) => round(list.reduce((a, f) => a + f.kb, 0));
    return {
      url,
      jsKB: sum(unique.filter((f) => f.type === '.js')),
      cssKB: sum(unique.filter((f) => f.type === '.css')),
      // The page's scripts and their static imports, as the page-weight budget counts them.
      initialJsKB: round(weighPage(dist, url, path.join(dist, 'ban-do/index.html')).js / 1024),
      files: unique.map(({ url: u, kb }) => ({ url: u, kb })),
    };
  } finally {
    await context.close();
  }
}

/** The largest `.json` file of a folder, gzipped: its name without `.json` and its KB. */
function largestJson(dir: string): { name: string; kb: number; count: number } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f.replace(/\.json$/, ''), kb: gzKB(readFileSync(path.join(dir, f))) }))
    .sort((a, b) => b.kb - a.kb);
  return { name: files[0]?.name ?? '-', kb: files[0]?.kb ?? 0, count: files.length };
}

function dataSizes(dist: string, synthetic: string): MapFigures['dataKB'] {
  const dir = path.join(dist, 'du-lieu/ban-do');
  // The point finder's place names (“Gần phường, xã”): one file per province page, the country's by first letters.
  const placeProvince = largestJson(path.join(dist, 'du-lieu/xa/tinh'));
  const placeBucket = largestJson(path.join(dist, 'du-lieu/xa'));
  const provinceDir = path.join(dir, 'tinh');
  const provinces = readdirSync(provinceDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ slug: f.replace(/\.json$/, ''), size: statSync(path.join(provinceDir, f)).size }))
    .sort((a, b) => b.size - a.size);
  const largest = provinces[0];
  return {
    allPoints: gzKB(readFileSync(path.join(dir, 'diem-ban.json'))),
    largestProvince: largest ? { slug: largest.slug, kb: gzKB(readFileSync(path.join(provinceDir, `${largest.slug}.json`))) } : { slug: '-', kb: 0 },
    fairs: gzKB(readFileSync(path.join(dir, 'hoi-cho.json'))),
    synthetic: gzKB(synthetic),
    places: { largestProvince: { slug: placeProvince.name, kb: placeProvince.kb }, largestBucket: { bucket: placeBucket.name, kb: placeBucket.kb }, buckets: placeBucket.count },
  };
}

/**
 * Measure everything above against the built site in `dist`. Uses `browser` when given,
 * otherwise launches (and closes) its own Chromium.
 */
export async function measureMap(dist: string, options: { browser?: Browser; points?: number; runs?: number } = {}): Promise<MapFigures> {
  const count = options.points ?? 20_000;
  const runs = options.runs ?? 3;
  const points = syntheticPoints(count);
  const harnessDir = mkdtempSync(path.join(tmpdir(), 'hangviet-map-bench-'));
  writeHarness(harnessDir, points);
  const synthetic = JSON.stringify({ generated: new Date(0).toISOString(), kinds: { 'tu-hao-hang-viet': 'Điểm bán hàng Việt – Tự hào hàng Việt Nam', 'cua-hang-ocop': 'Cửa hàng giới thiệu và bán sản phẩm OCOP', 'clb-ban-hang-viet': 'Câu lạc bộ bán hàng Việt' }, points, sample: true });
  const harness = await startServer(harnessDir, 0);
  const site = await startServer(dist, 0);
  const browser = options.browser ?? (await launchChromium());
  try {
    const mc: number[] = [];
    const sc: number[] = [];
    const own: number[] = [];
    let siteMarkers = 0;
    for (let i = 0; i < runs; i++) {
      // Alternate, so neither library always runs on a warmer machine.
      const first = i % 2 === 0;
      if (first) mc.push((await runLibrary(browser, harness.url, 'runMarkercluster')).ms);
      sc.push((await runLibrary(browser, harness.url, 'runSupercluster')).ms);
      if (!first) mc.push((await runLibrary(browser, harness.url, 'runMarkercluster')).ms);
      const s = await runSite(browser, site.url, synthetic);
      own.push(s.ms);
      siteMarkers = s.markers;
    }
    const markerclusterMs = round(median(mc));
    const superclusterMs = round(median(sc));
    const lib = (file: string) => gzKB(readFileSync(path.join(ROOT, 'node_modules', file)));
    return {
      points: count,
      runs,
      markerclusterMs,
      superclusterMs,
      winner: superclusterMs <= markerclusterMs ? 'supercluster' : 'markercluster',
      siteMs: round(median(own)),
      siteMarkers,
      page: await pageCode(browser, site.url, dist),
      librariesKB: { leaflet: lib('leaflet/dist/leaflet.js'), supercluster: lib('supercluster/dist/supercluster.min.js'), markercluster: lib('leaflet.markercluster/dist/leaflet.markercluster.js') },
      dataKB: dataSizes(dist, synthetic),
    };
  } finally {
    if (!options.browser) await browser.close();
    await harness.close();
    await site.close();
    rmSync(harnessDir, { recursive: true, force: true });
  }
}

/** The figures as a Markdown section for BENCHMARKS.md. */
export function mapMarkdown(m: MapFigures): string[] {
  const n = m.points.toLocaleString('en-US');
  return [
    '## Map (Chromium)',
    '',
    `First clustered render of ${n} generated points across Vietnam, from data in hand to markers on screen (after the next paint), median of ${m.runs} runs, 1280 × 800; both libraries cluster through zoom 16:`,
    '',
    '| clustering | ms |',
    '| --- | --- |',
    `| leaflet.markercluster (addLayers, chunkedLoading off) | ${m.markerclusterMs} |`,
    `| Supercluster + Leaflet markers | ${m.superclusterMs} |`,
    `| the site's map (Supercluster, index built a few levels above the view first), /diem-ban/ with ${n} points | ${m.siteMs} (${m.siteMarkers} markers) |`,
    '',
    `Kept: ${m.winner}. Libraries alone, minified, gzip: Leaflet ${m.librariesKB.leaflet} KB, Supercluster ${m.librariesKB.supercluster} KB, leaflet.markercluster ${m.librariesKB.markercluster} KB.`,
    '',
    `Map page \`${m.page.url}\` with its map shown, gzip: JS ${m.page.jsKB} KB (${m.page.initialJsKB} KB before the map nears the viewport), CSS ${m.page.cssKB} KB.`,
    '',
    '| file | KB |',
    '| --- | --- |',
    ...m.page.files.map((f) => `| \`${f.url}\` | ${f.kb} |`),
    '',
    `Data, gzip: all points ${m.dataKB.allPoints} KB, largest province (${m.dataKB.largestProvince.slug}) ${m.dataKB.largestProvince.kb} KB, fairs ${m.dataKB.fairs} KB; the ${n}-point file used above ${m.dataKB.synthetic} KB.`,
    `The finder's place names, gzip (one file per query): largest province file (${m.dataKB.places.largestProvince.slug}) ${m.dataKB.places.largestProvince.kb} KB; the country's names in ${m.dataKB.places.buckets} files by first letters, largest (“${m.dataKB.places.largestBucket.bucket}”) ${m.dataKB.places.largestBucket.kb} KB.`,
    '',
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: path.join(ROOT, 'dist') },
      points: { type: 'string', default: '20000' },
      runs: { type: 'string', default: '3' },
    },
  });
  const figures = await measureMap(path.resolve(values.dist!), { points: Number(values.points), runs: Number(values.runs) });
  console.log(mapMarkdown(figures).join('\n'));
}
