/**
 * QR codes drawn from the library's module matrix: rasterised as a phone camera would see them
 * (sharp renders the SVG to pixels) and read back by an independent decoder (jsQR).
 */
import { describe, expect, it } from 'vitest';
import { QR_QUIET_ZONE, qrSvg } from '../../src/lib/qr.ts';
import { decodeSvg, standalone } from './qr-decode.ts';

/** The SVG as a poster inlines it (components/Poster.astro), as a file. */
const svgOf = (qr: { size: number; path: string }) =>
  standalone(`<svg viewBox="0 0 ${qr.size} ${qr.size}" shape-rendering="crispEdges"><rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path d="${qr.path}" fill="#000"/></svg>`);
const decode = (svg: string) => decodeSvg(svg);

describe('qrSvg', () => {
  it.each([
    'https://hangviet.example.vn/san-pham/tra-sen-ba-ngat/',
    'https://hangviet.example.vn/diem-ban/clb-ban-hang-viet-can-gio/',
    `https://so-cong-thuong.example.gov.vn/doanh-nghiep/${'hop-tac-xa-'.repeat(8)}x/`,
  ])('decodes back to %s', async (url) => {
    expect(await decode(svgOf(qrSvg(url)))).toBe(url);
  });

  it('keeps a quiet zone of four light modules on every side', () => {
    const { size, path } = qrSvg('https://hangviet.example.vn/san-pham/tra-sen-ba-ngat/');
    const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.slice(1).map(Number) as [number, number, number]);
    expect(Math.min(...runs.map(([x]) => x))).toBe(QR_QUIET_ZONE);
    expect(Math.min(...runs.map(([, y]) => y))).toBe(QR_QUIET_ZONE);
    expect(Math.max(...runs.map(([x, , w]) => x + w))).toBe(size - QR_QUIET_ZONE);
    expect(Math.max(...runs.map(([, y]) => y + 1))).toBe(size - QR_QUIET_ZONE);
  });

  it('is not read as another address', async () => {
    const qr = qrSvg('https://hangviet.example.vn/san-pham/tra-sen-ba-ngat/');
    expect(await decode(svgOf(qr))).not.toBe('https://hangviet.example.vn/san-pham/ruou-go-sat/');
  });
});
