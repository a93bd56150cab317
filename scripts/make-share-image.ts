/**
 * Draws the site's default share image (`public/anh-chia-se.png`): the picture a link to any page
 * without one of its own shows when shared on Facebook, Zalo or in a chat. 1200×630 (the size
 * Open Graph previews show large), flat shapes and the campaign's words, rendered from SVG with
 * sharp to a palette PNG of at most 60 KB. The text is set in DejaVu Sans (a system font with
 * every Vietnamese letter; nothing is downloaded), so run it where that font is installed.
 * The alternative text in src/data/views/layout.ts (`DEFAULT_SHARE_IMAGE`) says what it shows.
 *
 *   node scripts/make-share-image.ts
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const WIDTH = 1200;
const HEIGHT = 630;
const MAX_BYTES = 60 * 1024;
const OUT = path.resolve(import.meta.dirname, '..', 'public', 'anh-chia-se.png');

/** A five-pointed star centred on (cx, cy) with outer radius r. */
function star(cx: number, cy: number, r: number, fill: string): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.382;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`);
  }
  return `<polygon points="${points.join(' ')}" fill="${fill}"/>`;
}

const RED = '#a1121a';
const DARK = '#7a0d13';
const GOLD = '#ffcd00';
const FONT = "font-family=\"'DejaVu Sans', 'Liberation Sans', sans-serif\"";

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="${RED}"/>
  <circle cx="1030" cy="200" r="250" fill="${DARK}"/>
  ${star(1030, 215, 135, GOLD)}
  <text x="80" y="150" ${FONT} font-size="40" font-weight="bold" fill="${GOLD}">CUỘC VẬN ĐỘNG</text>
  <text x="80" y="300" ${FONT} font-size="130" font-weight="bold" fill="#ffffff">Hàng Việt</text>
  <rect x="80" y="350" width="160" height="10" rx="5" fill="${GOLD}"/>
  <text x="80" y="450" ${FONT} font-size="54" font-weight="bold" fill="#ffffff">Người Việt Nam ưu tiên</text>
  <text x="80" y="525" ${FONT} font-size="54" font-weight="bold" fill="#ffffff">dùng hàng Việt Nam</text>
</svg>`;

const png = await sharp(Buffer.from(svg)).png({ palette: true, colours: 64, compressionLevel: 9, effort: 10 }).toBuffer();
const meta = await sharp(png).metadata();
if (meta.width !== WIDTH || meta.height !== HEIGHT) throw new Error(`ảnh ${meta.width}×${meta.height}, cần ${WIDTH}×${HEIGHT}`);
if (png.length > MAX_BYTES) throw new Error(`ảnh nặng ${png.length} byte, quá ${MAX_BYTES}`);
await writeFile(OUT, png);
console.log(`${path.relative(process.cwd(), OUT)}: ${WIDTH}×${HEIGHT}, ${(png.length / 1024).toFixed(1)} KB`);
