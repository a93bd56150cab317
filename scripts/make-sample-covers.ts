/**
 * Draws the cover images of the sample news posts: simple flat illustrations (shapes and colours,
 * no text, no photographs), rendered from SVG with sharp to 1200×675 JPEGs of at most 40 KB in
 * `content/news/images/`. Deterministic: running it again gives the same pictures.
 *
 *   node scripts/make-sample-covers.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const WIDTH = 1200;
const HEIGHT = 675;
const MAX_BYTES = 40 * 1024;
const OUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'content', 'news', 'images');

/** Wrap drawing instructions in an SVG document of the cover size. */
const svg = (body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${body}</svg>`;

/** A five-pointed star centred on (cx, cy) with outer radius r. */
function star(cx: number, cy: number, r: number, fill: string): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.42;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`);
  }
  return `<polygon points="${points.join(' ')}" fill="${fill}"/>`;
}

/** A striped awning from x to x + w at height y. */
function awning(x: number, y: number, w: number, stripes: number, a: string, b: string): string {
  const sw = w / stripes;
  let out = '';
  for (let i = 0; i < stripes; i++) {
    const sx = x + i * sw;
    out += `<path d="M${sx} ${y} h${sw} v60 a${sw / 2} ${sw / 2.4} 0 0 1 ${-sw} 0 z" fill="${i % 2 ? b : a}"/>`;
  }
  return out;
}

/** A market tent: roof triangle, posts and a counter. */
function tent(x: number, y: number, w: number, roof: string, cloth: string): string {
  return (
    `<polygon points="${x},${y + 70} ${x + w / 2},${y} ${x + w},${y + 70}" fill="${roof}"/>` +
    `<rect x="${x + 10}" y="${y + 70}" width="10" height="130" fill="#6b4f3a"/>` +
    `<rect x="${x + w - 20}" y="${y + 70}" width="10" height="130" fill="#6b4f3a"/>` +
    `<rect x="${x}" y="${y + 150}" width="${w}" height="50" rx="6" fill="${cloth}"/>`
  );
}

/** A row of produce: circles of given colours along a counter. */
function produce(x: number, y: number, count: number, r: number, colours: string[]): string {
  let out = '';
  for (let i = 0; i < count; i++) out += `<circle cx="${x + i * r * 2.2}" cy="${y}" r="${r}" fill="${colours[i % colours.length]}"/>`;
  return out;
}

/** The covers: file name and drawing. */
const COVERS: { file: string; body: string }[] = [
  {
    // A shop front with a red-and-yellow striped awning, shelves of goods and a flag-coloured sign.
    file: 'cua-hang-tu-hao-hang-viet.jpg',
    body:
      `<rect width="1200" height="675" fill="#dff1fb"/>` +
      `<circle cx="1040" cy="120" r="70" fill="#ffd54f"/>` +
      `<rect y="560" width="1200" height="115" fill="#9e9e9e"/>` +
      `<rect x="220" y="170" width="760" height="390" fill="#fff8e7"/>` +
      `<rect x="220" y="130" width="760" height="70" fill="#c62828"/>` +
      star(600, 165, 26, '#ffd54f') +
      awning(200, 200, 800, 10, '#c62828', '#ffd54f') +
      `<rect x="270" y="300" width="300" height="260" fill="#8d6e63"/>` +
      `<rect x="285" y="315" width="270" height="230" fill="#d7ccc8"/>` +
      `<rect x="285" y="390" width="270" height="8" fill="#8d6e63"/><rect x="285" y="465" width="270" height="8" fill="#8d6e63"/>` +
      produce(310, 370, 6, 18, ['#43a047', '#fb8c00', '#e53935']) +
      produce(310, 445, 6, 18, ['#fdd835', '#6d4c41', '#8e24aa']) +
      produce(310, 520, 6, 18, ['#1e88e5', '#43a047', '#fb8c00']) +
      `<rect x="640" y="320" width="150" height="240" fill="#5d4037"/>` +
      `<rect x="820" y="300" width="120" height="120" fill="#b3e5fc" stroke="#8d6e63" stroke-width="10"/>`,
  },
  {
    // Rows of fair tents in red, green and blue on a grass field by the sea, under a bright sky.
    file: 'hoi-cho-nong-thon.jpg',
    body:
      `<rect width="1200" height="675" fill="#bfe6ff"/>` +
      `<rect y="330" width="1200" height="80" fill="#4fa3d9"/>` +
      `<rect y="400" width="1200" height="275" fill="#7cb342"/>` +
      `<circle cx="180" cy="110" r="60" fill="#fff176"/>` +
      `<ellipse cx="820" cy="120" rx="110" ry="34" fill="#ffffff"/><ellipse cx="900" cy="100" rx="80" ry="30" fill="#ffffff"/>` +
      tent(60, 300, 220, '#d32f2f', '#ffcc80') +
      tent(330, 300, 220, '#388e3c', '#ffe082') +
      tent(600, 300, 220, '#1976d2', '#ffcc80') +
      tent(870, 300, 220, '#f57c00', '#ffe082') +
      produce(90, 440, 6, 14, ['#e53935', '#fdd835', '#43a047']) +
      produce(360, 440, 6, 14, ['#8d6e63', '#fb8c00', '#fdd835']) +
      produce(630, 440, 6, 14, ['#6d4c41', '#e53935', '#43a047']) +
      produce(900, 440, 6, 14, ['#fdd835', '#8e24aa', '#fb8c00']) +
      `<rect x="0" y="560" width="1200" height="40" fill="#c5a572"/>`,
  },
  {
    // A large round gold badge holding four stars with a fifth star greyed out, and a calendar page beside it.
    file: 'sao-ocop.jpg',
    body:
      `<rect width="1200" height="675" fill="#16465f"/>` +
      `<circle cx="470" cy="337" r="230" fill="#f9a825"/>` +
      `<circle cx="470" cy="337" r="195" fill="#fff3c4"/>` +
      star(330, 300, 52, '#e65100') +
      star(425, 250, 52, '#e65100') +
      star(520, 250, 52, '#e65100') +
      star(615, 300, 52, '#e65100') +
      star(470, 420, 52, '#bdbdbd') +
      `<path d="M340 540 l-60 120 l60 -25 l30 50 l40 -130 z" fill="#c62828"/>` +
      `<path d="M600 540 l60 120 l-60 -25 l-30 50 l-40 -130 z" fill="#c62828"/>` +
      `<rect x="800" y="190" width="300" height="300" rx="18" fill="#ffffff"/>` +
      `<rect x="800" y="190" width="300" height="70" rx="18" fill="#c62828"/><rect x="800" y="235" width="300" height="25" fill="#c62828"/>` +
      `<g fill="#b0bec5">${Array.from({ length: 12 }, (_, i) => `<rect x="${830 + (i % 4) * 65}" y="${290 + Math.floor(i / 4) * 60}" width="45" height="40" rx="6"/>`).join('')}</g>` +
      `<rect x="960" y="410" width="45" height="40" rx="6" fill="#2e7d32"/>`,
  },
  {
    // A magnifying glass held over a parcel box showing a broken seal, on a light green background.
    file: 'phan-anh-hang-gia.jpg',
    body:
      `<rect width="1200" height="675" fill="#e8f5e9"/>` +
      `<rect x="230" y="280" width="420" height="290" fill="#c8a165"/>` +
      `<polygon points="230,280 330,200 750,200 650,280" fill="#dbb87f"/>` +
      `<polygon points="650,280 750,200 750,490 650,570" fill="#a9824a"/>` +
      `<rect x="400" y="280" width="80" height="290" fill="#e0c28f"/>` +
      `<path d="M405 330 l20 25 l-15 20 l25 30 l-20 25" stroke="#b71c1c" stroke-width="10" fill="none"/>` +
      `<circle cx="760" cy="300" r="150" fill="#e3f2fd" fill-opacity="0.75" stroke="#37474f" stroke-width="28"/>` +
      `<rect x="850" y="400" width="60" height="230" rx="24" fill="#37474f" transform="rotate(-40 880 515)"/>` +
      `<circle cx="720" cy="270" r="30" fill="#ffffff" fill-opacity="0.8"/>` +
      `<g fill="#e53935"><rect x="1000" y="80" width="26" height="110" rx="10"/><circle cx="1013" cy="225" r="16"/></g>`,
  },
  {
    // A weekend market at dusk: strings of red lanterns above rows of stalls with goods, purple sky.
    file: 'phien-cho-cuoi-tuan.jpg',
    body:
      `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#3d2c6b"/><stop offset="1" stop-color="#f08a5d"/></linearGradient></defs>` +
      `<rect width="1200" height="675" fill="url(#sky)"/>` +
      `<rect y="520" width="1200" height="155" fill="#4e342e"/>` +
      `<path d="M0 120 Q300 210 600 120 T1200 120" stroke="#212121" stroke-width="4" fill="none"/>` +
      Array.from({ length: 9 }, (_, i) => {
        const x = 60 + i * 135;
        const y = 120 + 45 * Math.sin(((x % 600) / 600) * Math.PI);
        return `<line x1="${x}" y1="${y}" x2="${x}" y2="${y + 25}" stroke="#212121" stroke-width="3"/><ellipse cx="${x}" cy="${y + 55}" rx="26" ry="32" fill="#e53935"/><rect x="${x - 12}" y="${y + 83}" width="24" height="10" fill="#ffd54f"/>`;
      }).join('') +
      awning(60, 330, 330, 6, '#ffffff', '#1e88e5') +
      awning(435, 330, 330, 6, '#ffffff', '#43a047') +
      awning(810, 330, 330, 6, '#ffffff', '#e53935') +
      `<rect x="60" y="390" width="330" height="130" fill="#6d4c41"/><rect x="435" y="390" width="330" height="130" fill="#6d4c41"/><rect x="810" y="390" width="330" height="130" fill="#6d4c41"/>` +
      produce(90, 455, 7, 20, ['#fdd835', '#43a047', '#fb8c00']) +
      produce(465, 455, 7, 20, ['#e53935', '#8d6e63', '#fdd835']) +
      produce(840, 455, 7, 20, ['#8e24aa', '#43a047', '#fb8c00']),
  },
  {
    // A three-step podium with a gold cup on the top step and blue ribbons, confetti in the air.
    file: 'ton-vinh-doanh-nghiep.jpg',
    body:
      `<rect width="1200" height="675" fill="#fdf6e3"/>` +
      Array.from({ length: 40 }, (_, i) => {
        const x = (i * 277) % 1200;
        const y = (i * 131) % 330;
        const c = ['#e53935', '#1e88e5', '#fdd835', '#43a047'][i % 4];
        return `<rect x="${x}" y="${y}" width="16" height="8" fill="${c}" transform="rotate(${(i * 37) % 180} ${x + 8} ${y + 4})"/>`;
      }).join('') +
      `<rect x="330" y="430" width="180" height="200" fill="#90a4ae"/>` +
      `<rect x="510" y="360" width="180" height="270" fill="#c62828"/>` +
      `<rect x="690" y="470" width="180" height="160" fill="#8d6e63"/>` +
      star(600, 470, 40, '#ffd54f') +
      `<path d="M540 180 h120 v40 a60 60 0 0 1 -120 0 z" fill="#f9a825"/>` +
      `<path d="M540 195 a30 30 0 0 0 0 50" stroke="#f9a825" stroke-width="12" fill="none"/>` +
      `<path d="M660 195 a30 30 0 0 1 0 50" stroke="#f9a825" stroke-width="12" fill="none"/>` +
      `<rect x="585" y="278" width="30" height="50" fill="#f9a825"/>` +
      `<rect x="555" y="325" width="90" height="35" rx="6" fill="#6d4c41"/>` +
      `<path d="M380 430 l-20 -80 l40 20 l40 -20 l-20 80 z" fill="#1e88e5"/>` +
      `<path d="M740 470 l-20 -80 l40 20 l40 -20 l-20 80 z" fill="#1e88e5"/>` +
      `<rect y="630" width="1200" height="45" fill="#5d4037"/>`,
  },
];

async function render(body: string): Promise<Buffer> {
  const image = sharp(Buffer.from(svg(body)));
  for (let quality = 80; quality >= 30; quality -= 5) {
    const jpeg = await image.clone().jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:2:0' }).toBuffer();
    if (jpeg.length <= MAX_BYTES) return jpeg;
  }
  throw new Error('cover stays above 40 KB even at quality 30; simplify the drawing');
}

await mkdir(OUT_DIR, { recursive: true });
for (const cover of COVERS) {
  const jpeg = await render(cover.body);
  await writeFile(path.join(OUT_DIR, cover.file), jpeg);
  console.log(`${cover.file}: ${(jpeg.length / 1024).toFixed(1)} KB`);
}
