/**
 * A retail barcode as a camera would see it, for the decoder's tests: drawn by bwip-js (a library
 * independent of the decoder), as RGBA pixels on a white page with a margin, and as a Y4M video
 * (Chromium's fake camera reads one: tests/e2e/barcode.e2e.ts).
 */
import bwipjs from 'bwip-js/node';
import sharp from 'sharp';

/** An EAN-13 (13 digits) or EAN-8 (8 digits) as a PNG, with its digits printed under the bars. */
export async function barcodePng(gtin: string): Promise<Buffer> {
  return bwipjs.toBuffer({ bcid: gtin.length === 8 ? 'ean8' : 'ean13', text: gtin, scale: 3, height: 20, includetext: true, backgroundcolor: 'FFFFFF', paddingwidth: 12, paddingheight: 12 });
}

/** The barcode centred on a white frame of `width` × `height` pixels, as RGBA. */
export async function barcodePixels(gtin: string, width = 640, height = 480): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const png = await barcodePng(gtin);
  const { data, info } = await sharp({ create: { width, height, channels: 4, background: '#ffffff' } })
    .composite([{ input: png, gravity: 'centre' }])
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
}

/**
 * The same frame as a Y4M video of `frames` identical frames (4:2:0, grey: the chroma planes at
 * 128), the format Chromium's `--use-file-for-fake-video-capture` plays in a loop.
 */
export async function barcodeY4m(gtin: string, width = 640, height = 480, frames = 10): Promise<Buffer> {
  const png = await barcodePng(gtin);
  const luma = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([{ input: png, gravity: 'centre' }])
    .greyscale()
    .raw()
    .toBuffer();
  const grey = luma.length === width * height ? luma : Buffer.from(Array.from({ length: width * height }, (_, i) => luma[i * (luma.length / (width * height))]!));
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), grey, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: frames }, () => frame)]);
}
