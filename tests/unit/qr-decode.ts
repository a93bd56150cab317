/**
 * Reading a QR code back as a phone would: the SVG is rasterised (sharp, through librsvg) and
 * decoded by jsQR, a decoder independent of the library that encoded it. Shared by the unit test
 * of src/lib/qr.ts and the test over the built posters.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';

/** Pixels per module: well above what a camera needs, so a failure is the code's, not the raster's. */
const SCALE = 8;

/**
 * An inline `<svg viewBox="0 0 n n" …>` as a standalone file of n × SCALE pixels: the namespace
 * an HTML parser supplies and a size (the page gives it one with CSS) are added.
 */
export function standalone(svg: string): string {
  const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  if (!side) throw new Error(`no square viewBox in ${svg.slice(0, 80)}`);
  return svg.replace(/^<svg\b/, `<svg xmlns="http://www.w3.org/2000/svg" width="${side * SCALE}" height="${side * SCALE}"`);
}

/** What a decoder reads from an SVG file; undefined when it finds no code. */
export async function decodeSvg(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg)).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}
