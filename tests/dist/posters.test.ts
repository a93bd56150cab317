/**
 * Verification posters as the built site has them: every product, business and sales point page
 * holds one, as a section opened at `#ap-phich` and linked from the page's facts; its QR code file
 * beside the page, rasterised and read by an independent decoder, leads to the record page's
 * canonical address; it stays out of the search index; stars never stand without their
 * certificate's status; a closed point's poster says it closed and invites no visit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSvg, standalone } from '../unit/qr-decode.ts';

const dist = path.resolve('dist');
const read = (url: string) => readFileSync(path.join(dist, url, 'index.html'), 'utf8');
/** A record page's poster section, as HTML. */
const posterOf = (page: string) => /<section id="ap-phich"[\s\S]*?<\/section>/.exec(read(page))?.[0] ?? '';
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&nbsp;|\u00a0/g, ' ').replace(/\s+/g, ' ');

/** Record pages of a section: `/<section>/<id>/` for every folder with a page (lists and sub-lists left out). */
function recordPages(section: string): string[] {
  const skip = new Set(['trang', 'tinh']);
  return readdirSync(path.join(dist, section), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !skip.has(e.name) && existsSync(path.join(dist, section, e.name, 'index.html')))
    .map((e) => `/${section}/${e.name}/`)
    .sort();
}

const SECTIONS = ['san-pham', 'doanh-nghiep', 'diem-ban'] as const;

/** Every built page, as its address. */
function allPages(): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${path.dirname(f).split(path.sep).join('/')}/`.replace(/^\/\.\/$/, '/'));
}
const records = SECTIONS.flatMap((s) => recordPages(s));
const TRUTH = 'Thông tin đúng là thông tin trên trang web tại thời điểm quét mã; áp phích này chỉ đúng vào ngày in.';

/** The points as the open data says them: the status each poster must reflect. */
const pointStatus = new Map(
  (JSON.parse(readFileSync(path.join(dist, 'du-lieu/diem-ban.json'), 'utf8')) as { points: { id: string; status: string }[] }).points.map((p) => [p.id, p.status]),
);

describe('verification posters', () => {
  it('are a section of every product, business and sales point page, and of no other page', () => {
    for (const s of SECTIONS) expect(recordPages(s).length, s).toBeGreaterThan(0);
    expect(recordPages('diem-ban').map((p) => p.split('/')[2]).sort()).toEqual([...pointStatus.keys()].sort());
    expect(records.filter((r) => !posterOf(r))).toEqual([]);
    // No page of its own any more, and no other page type carries one.
    const elsewhere = allPages().filter((p) => !records.includes(p) && read(p).includes('id="ap-phich"'));
    expect(elsewhere).toEqual([]);
    expect(records.filter((r) => existsSync(path.join(dist, r, 'ap-phich')))).toEqual([]);
  });

  it('are linked from each record page, near its facts', () => {
    const unlinked = records.filter((r) => {
      const main = /<main\b[\s\S]*?<\/main>/.exec(read(r))?.[0] ?? '';
      return !new RegExp(`<a href="${r}#ap-phich">In áp phích xác minh</a>`).test(main.slice(0, main.indexOf('<section id="ap-phich"')));
    });
    expect(unlinked).toEqual([]);
  });

  it('show a QR code file beside the page that a decoder reads as the page’s canonical address', async () => {
    const wrong: string[] = [];
    for (const r of records) {
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(read(r))?.[1];
      const src = /<figure class="app-poster__qr"><img src="([^"]+)"[^>]*loading="lazy"/.exec(posterOf(r))?.[1];
      const file = src && path.join(dist, src);
      const decoded = file && existsSync(file) ? await decodeSvg(standalone(readFileSync(file, 'utf8').replace(/^<svg xmlns="[^"]+"/, '<svg'))) : undefined;
      if (src !== `${r}ma-qr.svg` || !canonical || decoded !== canonical) wrong.push(`${r}: ${src} → ${decoded ?? 'không đọc được'} ≠ ${canonical}`);
    }
    expect(wrong).toEqual([]);
    // Only record pages have a code: a deleted record's is deleted with its page.
    const orphans = SECTIONS.flatMap((s) => readdirSync(path.join(dist, s)).filter((id) => existsSync(path.join(dist, s, id, 'ma-qr.svg')) && !records.includes(`/${s}/${id}/`)));
    expect(orphans).toEqual([]);
  });

  it('say that the live page is the truth, and when they were printed', () => {
    const bad = records.filter((r) => !text(posterOf(r)).includes(TRUTH) || !/data-print-date/.test(posterOf(r)));
    expect(bad).toEqual([]);
  });

  it('never show stars without the certificate’s status', () => {
    const bare: string[] = [];
    let stars = 0;
    for (const r of recordPages('san-pham')) {
      const html = posterOf(r);
      for (const m of html.matchAll(/OCOP \d sao/g)) {
        stars++;
        // The status element (refreshed in the browser from the last valid day) follows the stars in the same line.
        const line = html.slice(m.index, html.indexOf('</p>', m.index));
        if (!/data-status="(?:valid|expiring|expired|revoked)" data-cert-until="\d{4}-\d{2}-\d{2}"[\s\S]*data-status-label/.test(line)) bare.push(r);
      }
    }
    expect(bare).toEqual([]);
    expect(stars).toBeGreaterThan(0);
  });

  it('of a closed point say it closed and invite no visit', () => {
    const closed = [...pointStatus].filter(([, s]) => s === 'closed').map(([id]) => id);
    expect(closed.length).toBeGreaterThan(0);
    for (const id of closed) {
      const poster = text(posterOf(`/diem-ban/${id}/`));
      expect(poster).toContain('đã ngừng hoạt động');
      expect(poster).not.toMatch(/giờ mở cửa|đang bán/i);
    }
    const open = [...pointStatus].filter(([, s]) => s === 'active').map(([id]) => text(posterOf(`/diem-ban/${id}/`)));
    expect(open.filter((t) => t.includes('đã ngừng hoạt động'))).toEqual([]);
  });
});
