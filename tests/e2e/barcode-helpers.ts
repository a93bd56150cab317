/** What the barcode page's browser tests share (barcode.e2e.ts, barcode-camera.e2e.ts). */
import type { Page } from '@playwright/test';
import type { BarcodeHit, BarcodeLookupFile } from '../../src/lib/barcode-lookup.ts';
import { gtinKey, lookupBucket } from '../../src/lib/gtin.ts';
import { distText, settle, siteUrl } from './env.ts';

export const PAGE = '/kiem-tra-ma-vach/';
/** Sample products' numbers (content/products/): honey with an OCOP certificate, rice wine whose certificate was revoked. */
export const HONEY = '8936045120019';
export const WINE = '8936045120057';
/** Valid numbers the directory does not hold: one in a lookup file that exists, one whose file does not. */
export const MISS_SAME_FILE = '8936045999998';
export const MISS_NO_FILE = '4006381333931';

/** A number's row in the built lookup files, following splits as the page does. */
export function lookupRow(gtin: string): BarcodeHit | undefined {
  const read = (name: string) => JSON.parse(distText(`kiem-tra-ma-vach/ma/${name}.json`)) as BarcodeLookupFile;
  let file = read(lookupBucket(gtin));
  while ('split' in file) file = read(gtinKey(gtin).slice(0, file.split));
  return file.items[gtinKey(gtin)];
}

/** Errors of the page but the lookup file of a number no product's number begins with (a 404, the expected answer). */
export const unexpected = (errors: string[]) => errors.filter((e) => !/\/kiem-tra-ma-vach\/ma\/\d{7}\.json/.test(e));

export async function openChecker(page: Page, requested: string[], query = ''): Promise<void> {
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(siteUrl(`${PAGE}${query}`), { waitUntil: 'load' });
  await settle(page);
}

export async function typeNumber(page: Page, value: string): Promise<void> {
  await page.getByLabel('Dãy số dưới mã vạch (thường 13 chữ số, hoặc 8)').fill(value);
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
}

export const result = (page: Page) => page.locator('[data-barcode-result]');

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => ((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).slice());
}
