/**
 * Generates a deterministic, national-scale sample dataset for benchmarks and tests: 34 provinces
 * with the real 2025 commune codes, and (at scale 1) 15,000 products, 5,000 sales points, 3,000
 * businesses, 6,000 honours in 3 programmes, 600 fairs, 1,000 news posts and about 600 distinct
 * JPEG images. Every record is marked `sample: true`.
 *
 *   node scripts/generate.ts --out <dir> [--scale 1] [--seed 1] [--today 2026-11-22]
 *
 * The same arguments always give byte-identical files: randomness comes from a seeded PRNG
 * (sfc32), dates are computed from `--today` (never the clock), files are written in a fixed
 * order, and images are encoded by sharp with fixed settings and no metadata.
 *
 * The output folder is a content root: build with `HANGVIET_CONTENT=<dir> npm run build`.
 * Real plans and pages are copied from `content/plans` and `content/pages` when present;
 * plans are never invented.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCalendarDate } from '../src/lib/dates.ts';
import { generateBusinesses } from './generate/businesses.ts';
import { createContext } from './generate/context.ts';
import { markdownDocument, yamlDocument, type YamlMap } from './generate/documents.ts';
import { generateFairs } from './generate/fairs.ts';
import { generateHonours } from './generate/honors.ts';
import { encodeImages } from './generate/images.ts';
import { sortedGroups } from './generate/lists.ts';
import { generateNews } from './generate/news.ts';
import { copyFolder, prepareOutput, writeText } from './generate/output.ts';
import { generatePoints } from './generate/points.ts';
import { generateProducts } from './generate/products.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// Options

export interface Options {
  /** Output folder (a content root). */
  out: string;
  /** Fraction of the national counts, e.g. 0.01; every count is at least 1. */
  scale: number;
  /** PRNG seed. */
  seed: number;
  /** Reference date (`YYYY-MM-DD`) for certificate and fair status; never the clock. */
  today: string;
}

const USAGE = 'usage: node scripts/generate.ts --out <dir> [--scale <fraction>] [--seed <n>] [--today YYYY-MM-DD]';

/** Options from command-line arguments; throws on a missing or bad value, prints the usage and exits on `--help`. */
export function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      today: { type: 'string', default: '2026-11-22' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.out) throw new Error(`--out is required\n${USAGE}`);
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) throw new Error(`--scale must be a number in (0, 10], got ${values.scale}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`--seed must be an integer 0–4294967295, got ${values.seed}`);
  const today = parseCalendarDate(values.today);
  if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new Error(`--today must be a date YYYY-MM-DD, got ${values.today}`);
  return { out: path.resolve(values.out), scale, seed, today };
}

// ---------------------------------------------------------------------------------------------
// Generation

/** What a run wrote; the command line prints it. */
export interface Summary {
  /** Records per collection, and a few other counts, by label. */
  counts: Record<string, number>;
  /** JPEG files: how many, total and largest size in bytes. */
  images: { count: number; bytes: number; max: number };
  /** Every file written, images and copied documents included. */
  files: number;
}

/**
 * Generates the dataset into `options.out` (emptied first). Collections are generated in order of
 * dependence, then written in a fixed order, images last.
 */
export async function generate(options: Options): Promise<Summary> {
  const { scale, seed, today, out } = options;
  await prepareOutput(out, PROJECT);

  const ctx = createContext(options);
  const businesses = generateBusinesses(ctx);
  const { products, imageJobs } = generateProducts(ctx, businesses);
  const points = generatePoints(ctx, businesses, products);
  const honours = generateHonours(ctx, businesses, products);
  const fairs = generateFairs(ctx, businesses);
  const news = generateNews(ctx, fairs, points);

  let files = 0;
  const header = (what: string) => `${what}\nDữ liệu minh họa do scripts/generate.ts sinh ra (seed ${seed}, scale ${scale}, ngày tham chiếu ${today}); không phải dữ liệu thật.`;
  const write = async (rel: string, text: string) => {
    await writeText(out, rel, text);
    files++;
  };

  await write('site.yaml', await readFile(path.join(PROJECT, 'content', 'site.yaml'), 'utf8'));
  for (const program of honours.programs) await write(`honor-programs/${program.id}.yaml`, yamlDocument(program.record as YamlMap, header(program.record.name)));
  for (const { file, doc } of honours.lists) await write(`honors/${file}`, yamlDocument(doc, header(`Danh sách tôn vinh ${doc.program} năm ${doc.year}`)));
  for (const [code, list] of sortedGroups(businesses, (b) => b.place.province.code)) {
    await write(`businesses/${code}.yaml`, yamlDocument(list.map((b) => b.record), header(`Doanh nghiệp, hợp tác xã, hộ kinh doanh: tỉnh/thành phố mã ${code}`)));
  }
  for (const [code, list] of sortedGroups(products, (p) => p.record.province as string)) {
    await write(`products/${code}.yaml`, yamlDocument(list.map((p) => p.record), header(`Sản phẩm: tỉnh/thành phố mã ${code}`)));
  }
  for (const [code, list] of sortedGroups(points, (p) => p.place.province.code)) {
    await write(`points/${code}.yaml`, yamlDocument(list.map((p) => p.record), header(`Điểm bán hàng Việt: tỉnh/thành phố mã ${code}`)));
  }
  for (const fair of fairs) await write(`fairs/${fair.id}.md`, markdownDocument(fair.frontmatter, fair.body));
  for (const doc of news.docs) await write(`news/${doc.id}.md`, markdownDocument(doc.frontmatter, doc.body));
  // Plans and pages are real documents, never invented: copied as they are, when present.
  files += await copyFolder(path.join(PROJECT, 'content', 'plans'), path.join(out, 'plans'));
  files += await copyFolder(path.join(PROJECT, 'content', 'pages'), path.join(out, 'pages'));

  const images = await encodeImages(out, [...imageJobs, ...news.coverJobs]);
  files += images.count;

  return {
    counts: {
      provinces: new Set(businesses.map((b) => b.place.province.code)).size,
      businesses: businesses.length,
      products: products.length,
      'products with image': products.filter((p) => p.record.image).length,
      points: points.length,
      'honor-programs': honours.programs.length,
      honors: honours.count,
      fairs: fairs.length,
      news: news.docs.length,
      'product images': imageJobs.length,
      'news covers': news.coverJobs.length,
    },
    images,
    files,
  };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const summary = await generate(options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const [k, v] of Object.entries(summary.counts)) console.log(`${k.padEnd(20)} ${v}`);
  console.log(
    `images               ${summary.images.count} JPEG, ${(summary.images.bytes / 1024 / 1024).toFixed(1)} MB, largest ${(summary.images.max / 1024).toFixed(1)} KB`,
  );
  console.log(`${summary.files} files in ${options.out} (${seconds} s)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
