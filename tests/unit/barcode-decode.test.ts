/**
 * The camera path of the barcode page without a camera: an EAN-13 of a sample product's GTIN,
 * drawn by bwip-js, read back by the decoder the page uses (src/client/barcode/decode.ts, ZXing in
 * WebAssembly; the browser test does the same through Chromium's fake camera).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { zxingDecoder, type Decode } from '../../src/client/barcode/decode.ts';
import { barcodePixels } from './barcode-image.ts';

let decode: Decode;

beforeAll(async () => {
  // Outside a browser the .wasm file is read from the package (the page loads it from /_astro/).
  const wasm = await readFile(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
  decode = await zxingDecoder({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
});

describe('the barcode decoder', () => {
  it.each([
    ['sample GTIN-13 (Mật ong hoa cà phê Hoa Đá)', '8936045120019'],
    ['sample GTIN-13 (Rượu gạo Gò Sặt)', '8936045120057'],
    ['a GTIN-8', '96385074'],
  ])('reads %s', async (_, gtin) => {
    expect(await decode(await barcodePixels(gtin))).toEqual([gtin]);
  });

  it('reads nothing from a blank picture', async () => {
    const blank = { width: 64, height: 48, data: new Uint8ClampedArray(64 * 48 * 4).fill(255) };
    expect(await decode(blank)).toEqual([]);
  });
});
