/**
 * QR codes as SVG drawing data, made at build time. The maintained `qrcode` library encodes the
 * text (mode, version, error correction, mask); this file only turns its module matrix into one
 * SVG path, so a page inlines a few hundred bytes of markup and no script or image request.
 */
import QRCode from 'qrcode';

/** Light modules around the symbol, as ISO/IEC 18004 asks for reliable scanning. */
export const QR_QUIET_ZONE = 4;

/** Error correction: M restores about 15 % of the symbol (a crease, a smudge, some glare). */
export const QR_ERROR_CORRECTION = 'M';

/** A QR code ready to draw: `viewBox="0 0 size size"`, the dark modules as one path. */
export interface QrSvg {
  /** Modules per side, quiet zone included. */
  size: number;
  /** The dark modules as an SVG path in module units, one sub-path per run of dark modules in a row. */
  path: string;
}

/** The QR code of `text` (a URL), with error correction M and a quiet zone of four modules. */
export function qrSvg(text: string): QrSvg {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const n = modules.size;
  const parts: string[] = [];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      parts.push(`M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: n + 2 * QR_QUIET_ZONE, path: parts.join('') };
}

/**
 * The QR code of `text` as a standalone SVG file (what a poster's `<img>` loads): a white square
 * with its quiet zone, the dark modules as one path, and the text as the file's title.
 */
export function qrSvgFile(text: string): string {
  const { size, path } = qrSvg(text);
  const title = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<title>${title}</title><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>\n`
  );
}

/** The size a poster gives its QR image before CSS scales it (pixels; a typical code is 45 modules with its quiet zone). */
export const QR_PIXELS = 256;
