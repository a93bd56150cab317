/**
 * What a visitor downloads for one page, gzip-compressed as a web server would send it: the HTML,
 * its stylesheets, and its scripts with every module they import. Pages are grouped into types
 * by URL so each type can carry its own figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  url: string;
  html: number;
  css: number;
  js: number;
}

export interface TypeWeight {
  type: string;
  pages: number;
  /** The page whose HTML size is the median of its type. */
  typical: PageWeight;
  /** The heaviest page of its type (by HTML). */
  heaviest: PageWeight;
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;

/** Folders of a section that hold lists, not records. */
const LIST_FOLDERS = new Set(['trang', 'loai', 'tinh', 'nam', 'nhom', 'the', 'lien-quan']);

/** The page type of a URL path: "san-pham (chi tiết)", "san-pham (danh sách)", "trang chủ"… */
export function pageType(url: string): string {
  const parts = url.split('/').filter(Boolean);
  if (parts.length === 0) return 'trang-chu';
  const [section, second] = parts;
  if (parts.length === 1) return `${section} (danh sách)`;
  // Pages of a list, and lists filtered by a folder (fairs by kind, province or year; products by group or province; news by topic).
  if (second === 'trang' || (section !== 'diem-ban' && LIST_FOLDERS.has(second!))) return `${section} (danh sách)`;
  if (section === 'diem-ban' && second === 'tinh') return 'diem-ban (theo tỉnh)';
  if (section === 'ton-vinh') return parts.length === 3 ? 'ton-vinh (danh sách năm)' : 'ton-vinh (chương trình)';
  return `${section} (chi tiết)`;
}

/** Cache of asset sizes: many pages share the same CSS and JS. */
const assetCache = new Map<string, { size: number; imports: string[] }>();

function asset(dist: string, url: string): { size: number; imports: string[] } {
  const cached = assetCache.get(`${dist}|${url}`);
  if (cached) return cached;
  let text = '';
  try {
    text = readFileSync(path.join(dist, url.split('?')[0]!), 'utf8');
  } catch {
    // A missing asset weighs nothing here; the link checker reports it.
  }
  const imports = [...text.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)].map((m) =>
    new URL(m[1]!, `http://x${url}`).pathname,
  );
  const result = { size: text ? gz(text) : 0, imports };
  assetCache.set(`${dist}|${url}`, result);
  return result;
}

/** Weigh one built page. `url` is its path ("/san-pham/a/"), `file` its HTML file. */
export function weighPage(dist: string, url: string, file: string): PageWeight {
  const html = readFileSync(file, 'utf8');
  let css = 0;
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css += asset(dist, m[1]!).size;
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += gz(m[1]!);
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  let js = 0;
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)) {
    if (m[1]!.trim()) js += gz(m[1]!);
    queue.push(...[...m[1]!.matchAll(/import\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)].map((i) => i[1]!));
  }
  while (queue.length) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const a = asset(dist, next);
    js += a.size;
    queue.push(...a.imports);
  }
  return { url, html: gz(html), css, js };
}

/** Weigh every page and summarise per type. `pages` maps URL path → HTML file. */
export function weighTypes(dist: string, pages: Map<string, string>): TypeWeight[] {
  const byType = new Map<string, PageWeight[]>();
  for (const [url, file] of pages) {
    const w = weighPage(dist, url, file);
    const type = pageType(url);
    const list = byType.get(type);
    if (list) list.push(w);
    else byType.set(type, [w]);
  }
  return [...byType.entries()]
    .map(([type, list]) => {
      const sorted = [...list].sort((a, b) => a.html - b.html);
      return { type, pages: list.length, typical: sorted[Math.floor((sorted.length - 1) / 2)]!, heaviest: sorted[sorted.length - 1]! };
    })
    .sort((a, b) => a.type.localeCompare(b.type));
}
