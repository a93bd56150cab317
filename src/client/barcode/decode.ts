/**
 * Reading the number of a retail barcode (EAN-13, EAN-8, UPC-A) from a picture: the camera's
 * frames on the barcode page, and a generated barcode in the tests, through the same function.
 * The browser's own `BarcodeDetector` where it reads these formats (Android, macOS); otherwise
 * ZXing-C++ compiled to WebAssembly (the `zxing-wasm` package), whose code and `.wasm` file the
 * build bundles into the site's own `/_astro/` folder: nothing is fetched from another site, and
 * neither is loaded until the visitor starts the camera.
 */
import type { ZXingModuleOverrides } from 'zxing-wasm/reader';

/** A picture as the decoders take it: RGBA pixels (an `ImageData`, or the same shape). */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Reads the barcode numbers in a picture (none, usually one). */
export type Decode = (image: Pixels) => Promise<string[]>;

/** The formats asked for, in the names of the Barcode Detection API and of ZXing. */
const NATIVE_FORMATS = ['ean_13', 'ean_8', 'upc_a'];
const ZXING_FORMATS = ['EAN13', 'EAN8', 'UPCA'] as const;

interface DetectorLike {
  detect(image: ImageData): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): DetectorLike;
  getSupportedFormats?(): Promise<string[]>;
}

/** The browser's BarcodeDetector, when it exists and reads EAN-13. */
export async function nativeDecoder(): Promise<Decode | undefined> {
  const Detector = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Detector) return undefined;
  const supported = (await Detector.getSupportedFormats?.().catch(() => [])) ?? [];
  const formats = NATIVE_FORMATS.filter((f) => supported.includes(f));
  if (!formats.includes('ean_13')) return undefined;
  const detector = new Detector({ formats });
  return async (image) => (await detector.detect(image as ImageData)).map((b) => b.rawValue);
}

/**
 * ZXing in WebAssembly. The page passes nothing: the `.wasm` file is the one the build put in
 * `/_astro/` (imported with `?url`, so it carries its content hash). Tests outside a browser pass
 * `overrides` (the file's bytes as `wasmBinary`).
 */
export async function zxingDecoder(overrides?: ZXingModuleOverrides): Promise<Decode> {
  const zxing = await import('zxing-wasm/reader');
  if (overrides) {
    zxing.prepareZXingModule({ overrides });
  } else {
    const wasm = (await import('zxing-wasm/reader/zxing_reader.wasm?url')).default;
    zxing.prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasm : prefix + path) } });
  }
  return async (image) => {
    const results = await zxing.readBarcodes(image as ImageData, { formats: [...ZXING_FORMATS], tryHarder: true, maxNumberOfSymbols: 1 });
    return results.filter((r) => r.isValid).map((r) => r.text);
  };
}

/** The decoder the page uses: the browser's own when it has one, else ZXing. */
export async function barcodeDecoder(): Promise<Decode> {
  return (await nativeDecoder()) ?? (await zxingDecoder());
}
