/**
 * The barcode check's lookup at national scale: what one lookup downloads. The page fetches one
 * file, the one named by the number's first seven digits (lib/gtin.ts lookupBucket), so the figure
 * that matters is the largest such file as a server sends it (gzip), with the split files a lookup
 * reads on its way to it where a range is split further; the median and the number of files say
 * how evenly the numbers spread.
 *
 *   node scripts/bench/barcode-lookup.ts [--dist dist]
 *
 * `npm run bench` calls measureBarcodeLookup() on the national build and checks the budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { BARCODE_LOOKUP } from '../../src/lib/urls.ts';

export interface BarcodeLookupFigures {
  /** Lookup files, and the GTINs they hold. */
  files: number;
  gtins: number;
  /** Gzip size of the largest and the median file, KB; the largest file's name and GTINs. */
  largestKB: number;
  medianKB: number;
  largest: { file: string; gtins: number; rawKB: number };
}

const round = (n: number) => Math.round(n * 100) / 100;

export function measureBarcodeLookup(dist: string): BarcodeLookupFigures {
  const folder = path.join(dist, BARCODE_LOOKUP);
  const files = new Map(
    readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .map((file) => {
        const raw = readFileSync(path.join(folder, file));
        const items = (JSON.parse(raw.toString('utf8')) as { items?: object }).items;
        return [file.slice(0, -'.json'.length), { file, raw: raw.length, gzip: gzipSync(raw, { level: 6 }).length, gtins: items ? Object.keys(items).length : 0, split: !items }] as const;
      }),
  );
  // A range split further ({"split": n}, lib/barcode-lookup.ts) costs a lookup in it the split
  // file too: what one lookup downloads is the file holding the number plus the split files above it.
  const sizes = [...files]
    .filter(([, f]) => !f.split)
    .map(([name, f]) => {
      let gzip = f.gzip;
      for (let n = 1; n < name.length; n++) {
        const above = files.get(name.slice(0, n));
        if (above?.split) gzip += above.gzip;
      }
      return { ...f, gzip };
    })
    .sort((a, b) => a.gzip - b.gzip);
  if (!sizes.length) throw new Error(`no lookup file in ${folder}`);
  const largest = sizes.at(-1)!;
  return {
    files: files.size,
    gtins: sizes.reduce((n, s) => n + s.gtins, 0),
    largestKB: round(largest.gzip / 1024),
    medianKB: round(sizes[Math.floor((sizes.length - 1) / 2)]!.gzip / 1024),
    largest: { file: largest.file, gtins: largest.gtins, rawKB: round(largest.raw / 1024) },
  };
}

export function barcodeLookupMarkdown(f: BarcodeLookupFigures): string[] {
  return [
    '',
    '### Kiểm tra mã vạch: dữ liệu một lần tra',
    '',
    `${f.gtins} mã vạch trong ${f.files} tệp tra cứu (theo bảy chữ số đầu). Một lần tra tải một tệp (và tệp chia nhỏ phía trên, nếu có): lớn nhất ${f.largestKB} KB gzip (${f.largest.file}, ${f.largest.gtins} mã, ${f.largest.rawKB} KB chưa nén), trung vị ${f.medianKB} KB.`,
  ];
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  console.log(JSON.stringify(measureBarcodeLookup(path.resolve(values.dist!)), null, 2));
}
