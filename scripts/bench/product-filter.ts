/**
 * The product list's filters at national scale, in Chromium with the CPU slowed 4× (a cheap
 * phone): from a choice in a filter to the next frame with the results drawn, as the element
 * reports it (`data-render-ms`, lib/product-filter.ts via src/client/product-filter-app.ts), for a
 * series of single and combined filters after the rows file has loaded; and the rows file's size.
 *
 *   node scripts/bench/product-filter.ts [--dist dist]
 *
 * `npm run bench` calls measureProductFilter() on the national build and checks the budget.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { startServer } from '../serve.ts';

export interface ProductFilterFigures {
  products: number;
  /** Median and worst of the measured changes, ms, CPU ×4. */
  medianMs: number;
  maxMs: number;
  changes: { choice: string; ms: number; shown: string }[];
  /** The rows file, raw and gzip, KB. */
  dataKB: { raw: number; gzip: number };
}

const round = (n: number) => Math.round(n * 10) / 10;

async function change(page: Page, select: string, value: string): Promise<{ ms: number; shown: string }> {
  await page.evaluate(() => document.querySelector('product-filter')!.removeAttribute('data-render-ms'));
  await page.selectOption(select, value);
  await page.waitForFunction(() => document.querySelector('product-filter')!.hasAttribute('data-render-ms'), undefined, { timeout: 30_000 });
  return page.evaluate(() => ({
    ms: Number(document.querySelector('product-filter')!.getAttribute('data-render-ms')),
    shown: document.querySelector('product-filter [data-status]')?.textContent ?? '',
  }));
}

export async function measureProductFilter(dist: string): Promise<ProductFilterFigures> {
  const file = readFileSync(path.join(dist, 'san-pham/loc.json'));
  const rows = (JSON.parse(file.toString('utf8')) as { rows: unknown[] }).rows.length;
  const server = await startServer(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${server.url}san-pham/`, { waitUntil: 'load' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const values = async (select: string) => page.locator(`${select} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const provinces = await values('#loc-tinh');
    const groups = await values('#loc-nhom');
    // The first choice loads the rows file: not counted (a download, not a response).
    await change(page, '#loc-sao', '4');
    await change(page, '#loc-sao', '');
    const plan: [string, string, string][] = [
      ['#loc-tinh', provinces[Math.floor(provinces.length / 2)]!, 'một tỉnh'],
      ['#loc-nhom', groups[0]!, '+ một nhóm'],
      ['#loc-sao', '4', '+ 4 sao'],
      ['#loc-tinh-trang', 'con-hieu-luc', '+ còn hiệu lực'],
      ['#loc-tinh', '', 'bỏ tỉnh'],
      ['#loc-nhom', '', 'bỏ nhóm'],
      ['#loc-tinh-trang', 'het-han', 'đã hết hạn'],
      ['#loc-sao', '', 'mọi số sao'],
      ['#loc-tinh-trang', '', 'bỏ lọc'],
    ];
    const changes = [];
    for (const [select, value, choice] of plan) changes.push({ choice, ...(await change(page, select, value)) });
    const sorted = changes.map((c) => c.ms).sort((a, b) => a - b);
    return {
      products: rows,
      medianMs: sorted[Math.floor((sorted.length - 1) / 2)]!,
      maxMs: sorted.at(-1)!,
      changes,
      dataKB: { raw: round(file.length / 1024), gzip: round(gzipSync(file, { level: 6 }).length / 1024) },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function productFilterMarkdown(f: ProductFilterFigures): string[] {
  return [
    '',
    `### Lọc sản phẩm (${f.products} sản phẩm, CPU chậm 4 lần)`,
    '',
    `Từ lúc chọn tới khung hình có kết quả: trung vị ${f.medianMs} ms, chậm nhất ${f.maxMs} ms. Tệp dữ liệu lọc: ${f.dataKB.raw} KB, gzip ${f.dataKB.gzip} KB (chỉ tải khi dùng bộ lọc).`,
    '',
    '| lựa chọn | ms | kết quả |',
    '| --- | --- | --- |',
    ...f.changes.map((c) => `| ${c.choice} | ${c.ms} | ${c.shown.replace(/\|/g, '/')} |`),
  ];
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  console.log(JSON.stringify(await measureProductFilter(path.resolve(values.dist!)), null, 2));
}
