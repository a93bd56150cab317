/**
 * Pictures for the sample data, drawn as SVG: still lifes for products and landscapes for news
 * covers. Each picture comes with an alt text that says what it shows, and that it is a drawing.
 */
import type { Group2022 } from './families.ts';
import type { Rng } from './random.ts';

export interface Palette {
  name: string;
  bgName: string;
  colors: [string, string, string, string, string];
}

export const PALETTES: Palette[] = [
  { name: 'đỏ và vàng', bgName: 'vàng nhạt', colors: ['#c62828', '#f9a825', '#fff3c4', '#8d1c1c', '#ffd54f'] },
  { name: 'xanh lá và vàng', bgName: 'xanh nhạt', colors: ['#2e7d32', '#c0ca33', '#eef6e4', '#1b5e20', '#fdd835'] },
  { name: 'nâu và kem', bgName: 'kem', colors: ['#5d4037', '#a1887f', '#fff3e0', '#3e2723', '#d7ccc8'] },
  { name: 'xanh dương và trắng', bgName: 'xanh da trời', colors: ['#1565c0', '#90caf9', '#dcefff', '#0d47a1', '#ffffff'] },
  { name: 'cam và nâu', bgName: 'vàng kem', colors: ['#ef6c00', '#8d6e63', '#fff8e1', '#bf360c', '#ffb74d'] },
  { name: 'tím và hồng', bgName: 'hồng nhạt', colors: ['#6a1b9a', '#f48fb1', '#fce4ec', '#4a148c', '#ce93d8'] },
  { name: 'xanh ngọc và màu cát', bgName: 'xanh ngọc nhạt', colors: ['#00897b', '#e6c27a', '#e0f2f1', '#004d40', '#ffe0b2'] },
  { name: 'đỏ son và đen', bgName: 'xám nhạt', colors: ['#b71c1c', '#212121', '#f2f2f2', '#7f0000', '#ef9a9a'] },
  { name: 'vàng và xanh rêu', bgName: 'vàng nhạt', colors: ['#f9a825', '#558b2f', '#fffde7', '#33691e', '#dce775'] },
  { name: 'hồng đào và xanh lá', bgName: 'xanh nhạt', colors: ['#ec407a', '#66bb6a', '#f1f8e9', '#ad1457', '#a5d6a7'] },
];

export const GROUP_PALETTES: Record<Group2022, number[]> = {
  'thuc-pham': [0, 2, 4, 8],
  'do-uong': [2, 1, 4, 6],
  'duoc-lieu': [1, 6, 8],
  'thu-cong-my-nghe': [2, 7, 6, 4],
  'sinh-vat-canh': [5, 9, 1],
  'du-lich-cong-dong': [3, 1, 6],
};

const W = 800;
const H = 450;

const f1 = (n: number) => (Math.round(n * 10) / 10).toString();

/** Small soft dots that give the picture some texture (and a realistic file size). */
function texture(rng: Rng, p: Palette, count: number, yMin = 0): string {
  let s = '';
  for (let i = 0; i < count; i++) {
    s += `<circle cx="${f1(rng.float(0, W))}" cy="${f1(rng.float(yMin, H))}" r="${f1(rng.float(1.5, 7))}" fill="${rng.pick(p.colors)}" opacity="${f1(rng.float(0.15, 0.6))}"/>`;
  }
  return s;
}

const COUNT_WORDS = ['', 'một', 'hai', 'ba', 'bốn'];

/** A still life of jars, bottles, baskets or bags on a table, and its alt text. */
export function productSvg(rng: Rng, p: Palette): { svg: string; alt: string } {
  const [c1, c2, light, dark, accent] = p.colors;
  let body = `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${accent}" stop-opacity="0.55"/></linearGradient></defs>`;
  body += `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  body += texture(rng, p, rng.int(40, 90));
  const tableY = rng.int(300, 350);
  body += `<rect x="0" y="${tableY}" width="${W}" height="${H - tableY}" fill="${dark}" opacity="0.85"/>`;
  body += `<rect x="0" y="${tableY}" width="${W}" height="8" fill="${c2}" opacity="0.7"/>`;
  const kind = rng.pick(['hũ', 'chai', 'giỏ', 'gói'] as const);
  const n = rng.int(1, 3);
  const spacing = W / (n + 1);
  for (let i = 0; i < n; i++) {
    const cx = spacing * (i + 1) + rng.float(-30, 30);
    const fill = i % 2 ? c2 : c1;
    if (kind === 'hũ') {
      const w = rng.float(110, 160);
      const h = rng.float(130, 190);
      body += `<rect x="${f1(cx - w / 2)}" y="${f1(tableY - h)}" width="${f1(w)}" height="${f1(h)}" rx="${f1(w / 5)}" fill="${fill}"/>`;
      body += `<rect x="${f1(cx - w / 2 - 6)}" y="${f1(tableY - h - 26)}" width="${f1(w + 12)}" height="30" rx="8" fill="${dark}"/>`;
      body += `<rect x="${f1(cx - w / 3)}" y="${f1(tableY - h * 0.65)}" width="${f1((w * 2) / 3)}" height="${f1(h * 0.3)}" rx="6" fill="${light}" opacity="0.9"/>`;
    } else if (kind === 'chai') {
      const w = rng.float(70, 100);
      const h = rng.float(170, 230);
      body += `<rect x="${f1(cx - w / 2)}" y="${f1(tableY - h)}" width="${f1(w)}" height="${f1(h)}" rx="18" fill="${fill}"/>`;
      body += `<rect x="${f1(cx - w / 6)}" y="${f1(tableY - h - 60)}" width="${f1(w / 3)}" height="70" rx="6" fill="${fill}"/>`;
      body += `<rect x="${f1(cx - w / 5)}" y="${f1(tableY - h - 72)}" width="${f1((w * 2) / 5)}" height="18" rx="4" fill="${dark}"/>`;
      body += `<rect x="${f1(cx - w / 2 + 8)}" y="${f1(tableY - h * 0.6)}" width="${f1(w - 16)}" height="${f1(h * 0.28)}" rx="4" fill="${light}" opacity="0.9"/>`;
    } else if (kind === 'giỏ') {
      const rx = rng.float(90, 130);
      const ry = rng.float(50, 70);
      body += `<path d="M${f1(cx - rx)} ${f1(tableY - ry)} Q ${f1(cx)} ${f1(tableY + ry)} ${f1(cx + rx)} ${f1(tableY - ry)} Z" fill="${fill}"/>`;
      for (let k = 0; k < 5; k++) {
        body += `<circle cx="${f1(cx + rng.float(-rx * 0.7, rx * 0.7))}" cy="${f1(tableY - ry - rng.float(5, 40))}" r="${f1(rng.float(18, 32))}" fill="${k % 2 ? accent : c2}"/>`;
      }
      body += `<path d="M${f1(cx - rx * 0.8)} ${f1(tableY - ry)} Q ${f1(cx)} ${f1(tableY - ry - 160)} ${f1(cx + rx * 0.8)} ${f1(tableY - ry)}" stroke="${dark}" stroke-width="10" fill="none"/>`;
    } else {
      const w = rng.float(120, 170);
      const h = rng.float(150, 200);
      body += `<path d="M${f1(cx - w / 2)} ${tableY} L ${f1(cx - w / 2 + 10)} ${f1(tableY - h)} L ${f1(cx + w / 2 - 10)} ${f1(tableY - h)} L ${f1(cx + w / 2)} ${tableY} Z" fill="${fill}"/>`;
      body += `<rect x="${f1(cx - w / 2 + 10)}" y="${f1(tableY - h - 14)}" width="${f1(w - 20)}" height="16" fill="${dark}"/>`;
      body += `<circle cx="${f1(cx)}" cy="${f1(tableY - h / 2)}" r="${f1(w / 5)}" fill="${light}" opacity="0.9"/>`;
    }
  }
  const leaves = rng.int(2, 6);
  for (let i = 0; i < leaves; i++) {
    const x = rng.float(20, W - 20);
    body += `<ellipse cx="${f1(x)}" cy="${f1(tableY + rng.float(20, 80))}" rx="${f1(rng.float(20, 40))}" ry="${f1(rng.float(8, 14))}" fill="${c2}" opacity="0.85" transform="rotate(${rng.int(-40, 40)} ${f1(x)} ${tableY + 40})"/>`;
  }
  const things = { hũ: 'hũ', chai: 'chai', giỏ: 'giỏ quả', gói: 'gói hàng' }[kind];
  const alt = `Hình minh họa, không phải ảnh chụp sản phẩm: ${COUNT_WORDS[n]} ${things} màu ${p.name} đặt trên mặt bàn, nền ${p.bgName}`;
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`, alt };
}

/** A landscape of hills, market stalls or fields under a sun, and its alt text. */
export function coverSvg(rng: Rng, p: Palette): { svg: string; alt: string } {
  const [c1, c2, light, dark, accent] = p.colors;
  let body = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${accent}" stop-opacity="0.7"/><stop offset="1" stop-color="${light}"/></linearGradient></defs>`;
  body += `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  body += `<circle cx="${f1(rng.float(80, W - 80))}" cy="${f1(rng.float(50, 130))}" r="${f1(rng.float(35, 70))}" fill="${c2}" opacity="0.9"/>`;
  body += texture(rng, p, rng.int(30, 60), 0);
  const scene = rng.pick(['đồi', 'gian hàng', 'ruộng'] as const);
  const layers = rng.int(2, 4);
  for (let i = 0; i < layers; i++) {
    const base = 230 + i * (150 / layers) + rng.float(-15, 15);
    const a = base - rng.float(20, 80);
    const b = base + rng.float(-30, 30);
    body += `<path d="M0 ${f1(base)} Q ${f1(rng.float(100, 300))} ${f1(a)} ${f1(rng.float(350, 450))} ${f1(b)} T ${W} ${f1(base + rng.float(-40, 20))} L ${W} ${H} L 0 ${H} Z" fill="${i % 2 ? c1 : dark}" opacity="${f1(0.55 + (0.45 * (i + 1)) / layers)}"/>`;
  }
  if (scene === 'gian hàng') {
    const stalls = rng.int(3, 6);
    const y = rng.int(280, 320);
    const w = W / (stalls + 1);
    for (let i = 0; i < stalls; i++) {
      const x = w * (i + 0.5) + rng.float(0, w * 0.3);
      const colour = i % 2 ? c1 : accent;
      body += `<rect x="${f1(x)}" y="${y}" width="${f1(w * 0.8)}" height="${f1(H - y - 20)}" fill="${light}"/>`;
      body += `<path d="M${f1(x - 10)} ${y} L ${f1(x + w * 0.4)} ${y - 55} L ${f1(x + w * 0.8 + 10)} ${y} Z" fill="${colour}"/>`;
      body += `<rect x="${f1(x + 8)}" y="${y + 30}" width="${f1(w * 0.8 - 16)}" height="22" fill="${dark}" opacity="0.8"/>`;
    }
  } else if (scene === 'ruộng') {
    for (let i = 0; i < 9; i++) {
      const y = 330 + i * 14;
      body += `<path d="M0 ${y} L ${W} ${y - rng.int(10, 40)}" stroke="${i % 2 ? c2 : light}" stroke-width="5" opacity="0.7"/>`;
    }
  }
  const alt =
    scene === 'đồi'
      ? `Hình minh họa: ${COUNT_WORDS[layers]} lớp đồi màu ${p.name} dưới mặt trời, nền trời ${p.bgName}`
      : scene === 'gian hàng'
        ? `Hình minh họa: dãy gian hàng mái nhọn trước những ngọn đồi màu ${p.name}`
        : `Hình minh họa: cánh đồng kẻ sọc và đồi thấp màu ${p.name}`;
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`, alt };
}
