/**
 * `npm run bench`: builds the sample site and a national-scale one, measures them against a bare
 * reference build made in the same run, builds the national dataset at twice the scale to see
 * how the cost per page grows, weighs every page type, measures search in Chromium, runs the
 * post-build checks over every national page and axe over one page per template, and checks
 * the budgets. Prints the figures, writes BENCHMARKS.md and BENCHMARKS.json, and exits non-zero
 * naming every budget that is exceeded.
 *
 *   npm run bench                       # full run (national scale 1: about 25,000 pages; scale 2 too)
 *   npm run bench -- --scale 0.2        # smaller national dataset (and 0.4), for trying things out
 *   npm run bench -- --no-write         # print only
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem, release } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium.ts';
import { listFiles, urlPathOf } from './lib/site-files.ts';
import { run, type PhaseMarker, type RunResult } from './bench/measure.ts';
import { weighTypes, type TypeWeight } from './bench/page-weight.ts';
import { writeReferenceProject } from './bench/reference.ts';
import { measureSearch, type SearchFigures } from './bench/search.ts';
import { mapMarkdown, measureMap } from './bench/map.ts';
import { measureProductFilter, productFilterMarkdown } from './bench/product-filter.ts';
import { barcodeLookupMarkdown, measureBarcodeLookup } from './bench/barcode-lookup.ts';
import { loadMarkdown, measureLoad } from './bench/load.ts';
import { measureThrottled, throttledMarkdown } from './bench/throttled.ts';
import { baseUrlOf, measureAxe, measurePostbuild, siteChecksMarkdown } from './bench/site-checks.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values: opts } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    'national-dir': { type: 'string', default: path.join(root, 'national') },
    'no-write': { type: 'boolean', default: false },
  },
});
const scale = Number(opts.scale);
if (!(scale > 0 && scale <= 5)) throw new Error(`--scale must be in (0, 5] (the growth run generates twice as much, and the generator stops at 10), got ${opts.scale}`);
const nationalDir = path.resolve(opts['national-dir']!);
const work = path.join(tmpdir(), 'hangviet-bench');
const nodeBin = process.execPath;
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * Budgets: each one's limit and the label it is printed with (the budget table of BENCHMARKS.md
 * is generated from these). All are measured in one run, on whatever machine runs it. Changing
 * one needs a reason in the commit.
 */
const BUDGETS = {
  nationalBuildSeconds: { limit: 120, label: 'Toàn quốc: thời gian dựng, giây' },
  nationalPeakMB: { limit: 1536, label: 'Toàn quốc: đỉnh bộ nhớ, MB' },
  ratioToReference: { limit: 2, label: 'Toàn quốc: tỉ lệ so với bản dựng tham chiếu' },
  rebuildShare: { limit: 0.2, label: 'Toàn quốc: dựng lại sau khi sửa một tin / dựng đầy đủ' },
  /** Build seconds at twice the scale ÷ at the chosen scale (see `growth` in main). */
  growthTimeRatio: { limit: 2.2, label: 'Tăng trưởng: thời gian dựng ở tỉ lệ gấp đôi / ở tỉ lệ gốc' },
  growthPeakMB: { limit: 2048, label: 'Tăng trưởng: đỉnh bộ nhớ ở tỉ lệ gấp đôi, MB' },
  firstQueryKB: { limit: 150, label: 'Toàn quốc: truy vấn tìm kiếm đầu tiên, KB' },
  /** Issue #16: scripts/bench/search.ts, CPU slowed 4×. */
  secondQueryKB: { limit: 60, label: 'Toàn quốc: truy vấn tìm kiếm thứ hai, KB' },
  searchResultsMs: { limit: 300, label: 'Tìm kiếm toàn quốc: từ lúc bấm Tìm tới khi có kết quả (lâu nhất, CPU chậm 4 lần), ms' },
  /** Per page type, its heaviest page. */
  htmlKB: { limit: 14, label: 'HTML (gzip, trang nặng nhất), KB' },
  cssKB: { limit: 10, label: 'CSS (gzip), KB' },
  jsKB: { limit: 4, label: 'JS (gzip), KB' },
  /** The map (issue #5): scripts/bench/map.ts. */
  mapFirstClustersMs: { limit: 500, label: 'Bản đồ: hiển thị cụm lần đầu 20.000 điểm, ms' },
  mapPageJsKB: { limit: 60, label: 'Bản đồ: mã trang bản đồ (gzip), KB' },
  /** The product filters (issue #13): scripts/bench/product-filter.ts, CPU slowed 4×. */
  productFilterMs: { limit: 100, label: 'Lọc sản phẩm toàn quốc: từ lúc chọn tới khi có kết quả (trung vị, CPU chậm 4 lần), ms' },
  /** The barcode check (issue #20): scripts/bench/barcode-lookup.ts, the largest lookup file a lookup downloads. */
  barcodeLookupKB: { limit: 4, label: 'Kiểm tra mã vạch toàn quốc: dữ liệu một lần tra (tệp tra cứu lớn nhất, gzip), KB' },
  /** Under load (issue #18): scripts/bench/load.ts, nginx with the generated configuration, 200 clients for 60 s. */
  loadErrors: { limit: 0, label: 'Tải: lỗi (kết nối, đọc, ghi, quá giờ, HTTP ≥ 400), 200 máy khách trong 60 s' },
  loadP95Ms: { limit: 500, label: 'Tải: thời gian trả lời phân vị 95, ms' },
  /**
   * Slow networks (issue #19): scripts/bench/throttled.ts, 400 kbit/s, 400 ms latency, CPU slowed
   * 4×; the slowest of the home page, a point page, a province list, a product page and the map.
   */
  throttledContentColdMs: { limit: 3000, label: 'Mạng chậm: nội dung chính hiện ra, lần đầu (trang chậm nhất), ms' },
  throttledUsableColdMs: { limit: 5000, label: 'Mạng chậm: trang dùng được, lần đầu (trang chậm nhất), ms' },
  throttledContentSavedMs: { limit: 1000, label: 'Không có mạng: nội dung chính hiện ra từ bản đã lưu (trang chậm nhất), ms' },
  /** Issue #18: scripts/bench/site-checks.ts. Every page, at every scale. */
  postbuildProblems: { limit: 0, label: 'Toàn quốc: lỗi của các kiểm tra sau khi dựng (mọi trang, trừ html-validate)' },
  axeViolations: { limit: 0, label: 'Toàn quốc: vi phạm axe, một trang mỗi mẫu trang, 360 và 1280 px' },
} satisfies Record<string, { limit: number; label: string }>;

const ASTRO_PHASES: PhaseMarker[] = [
  { name: 'startup', startsWith: '' },
  { name: 'content sync', startsWith: 'Syncing content' },
  { name: 'bundling', startsWith: 'Synced content' },
  { name: 'page rendering', startsWith: 'generating static routes' },
  // Absent when no page uses an optimised image; the phases after it are still found.
  { name: 'image processing', startsWith: 'generating optimized images', optional: true },
  { name: 'finishing', startsWith: '[build] ✓ Completed' },
];

interface BuildFigures {
  astro: RunResult;
  seconds: number;
  peakMemoryMB: number;
}

function fail(what: string, result: RunResult): never {
  console.error(result.output.slice(-4000));
  throw new Error(`${what} thất bại (mã ${result.code})`);
}

/**
 * Have the system write out what earlier steps left in memory (a national dist/ is 550 MB, and a
 * step before a build may delete gigabytes), so that a measured build does not pay for it. Where
 * there is no `sync` command the builds are measured as they come.
 */
function settle(): void {
  spawnSync('sync', { stdio: 'ignore' });
}

/** One `npm run build` (`astro build`, the search index included), measured. */
async function build(label: string, content: string, outDir: string, cacheDir: string, extraArgs: string[] = []): Promise<BuildFigures> {
  const env = { ...process.env, HANGVIET_CONTENT: content, HANGVIET_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' };
  console.log(`\n▶ ${label}`);
  settle();
  const astro = await run(nodeBin, [astroBin, 'build', '--outDir', outDir, ...extraArgs], { cwd: root, env, phases: ASTRO_PHASES });
  if (astro.code !== 0) fail(`${label}: astro build`, astro);
  const figures = { astro, seconds: astro.seconds, peakMemoryMB: astro.peakMemoryMB };
  console.log(`  ${figures.seconds.toFixed(1)} s, đỉnh bộ nhớ ${figures.peakMemoryMB} MB`);
  for (const p of astro.phases) console.log(`    ${p.name.padEnd(18)} ${p.seconds.toFixed(1).padStart(7)} s ${String(p.peakMemoryMB).padStart(6)} MB`);
  return figures;
}

/** The built pages of `dir`, by URL path. */
async function builtPages(dir: string): Promise<Map<string, string>> {
  const html = await listFiles(dir, ['.html']);
  return new Map(html.map((f) => [urlPathOf(dir, f), f]));
}

async function distStats(dir: string): Promise<{ files: number; mb: number; pages: Map<string, string> }> {
  const everything = await listAll(dir);
  let bytes = 0;
  for (const f of everything) bytes += readFileSync(f).length;
  return { files: everything.length, mb: Math.round(bytes / 104857.6) / 10, pages: await builtPages(dir) };
}

/** A digest of every file under the given files and folders (paths and bytes). */
function sourceDigest(places: string[]): string {
  const hash = createHash('sha1');
  for (const place of places) {
    const files = statSync(place).isDirectory()
      ? readdirSync(place, { withFileTypes: true, recursive: true })
          .filter((e) => e.isFile())
          .map((e) => path.join(e.parentPath, e.name))
          .sort()
      : [place];
    for (const f of files) hash.update(path.relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Generate the national dataset at `scale` into `out` (emptied first). */
async function generateDataset(out: string, scale: number): Promise<void> {
  console.log(`\n▶ Sinh bộ dữ liệu toàn quốc (tỉ lệ ${scale}) vào ${out}`);
  rmSync(out, { recursive: true, force: true });
  const gen = await run(nodeBin, [path.join(root, 'scripts/generate.ts'), '--out', out, '--scale', String(scale)], { cwd: root });
  if (gen.code !== 0) fail('Sinh dữ liệu', gen);
  console.log(`  ${gen.seconds.toFixed(1)} s`);
}

async function listAll(dir: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Change one news post's body, rebuild with caches kept, then put the post back. */
async function rebuildOnePost(content: string, outDir: string, cacheDir: string): Promise<BuildFigures> {
  const newsDir = path.join(content, 'news');
  const posts = (await listFiles(newsDir, ['.mdx', '.md'])).filter((f) => !path.basename(f).startsWith('_'));
  const post = posts[0];
  if (!post) throw new Error(`Không có tin nào trong ${newsDir}`);
  const original = readFileSync(post, 'utf8');
  writeFileSync(post, `${original}\nĐoạn bổ sung để đo thời gian dựng lại khi một tin thay đổi.\n`);
  try {
    return await build(`Dựng lại sau khi sửa một tin (${path.basename(post)})`, content, outDir, cacheDir);
  } finally {
    writeFileSync(post, original);
  }
}

function phasesOf(b: BuildFigures) {
  return b.astro.phases.map((p) => ({ name: p.name, seconds: round(p.seconds), peakMemoryMB: p.peakMemoryMB }));
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => round(bytes / 1024);

async function main() {
  rmSync(work, { recursive: true, force: true });
  const started = new Date();

  // Sample site, from a copy of content/ so the one-post change never touches the real files.
  const sampleContent = path.join(work, 'sample-content');
  cpSync(path.join(root, 'content'), sampleContent, { recursive: true });
  const sampleOut = path.join(work, 'sample-dist');
  const sampleCache = path.join(work, 'sample-cache');
  await build('Trang mẫu: dựng lần đầu', sampleContent, sampleOut, sampleCache);
  const sample = await build('Trang mẫu: dựng đầy đủ, bộ đệm ảnh sẵn', sampleContent, sampleOut, sampleCache, ['--force']);
  const sampleRebuild = await rebuildOnePost(sampleContent, sampleOut, sampleCache);
  const sampleStats = await distStats(sampleOut);

  // National dataset, generated once (deterministic) and kept between runs while the scale, the
  // generator and the sample content it copies (plans, images) are the same.
  const marker = path.join(nationalDir, '.scale');
  const wanted = `${scale} ${sourceDigest([path.join(root, 'scripts/generate'), path.join(root, 'scripts/generate.ts'), path.join(root, 'content')])}`;
  if (!existsSync(marker) || readFileSync(marker, 'utf8').trim() !== wanted) {
    await generateDataset(nationalDir, scale);
    writeFileSync(marker, wanted);
  }
  const nationalOut = path.join(work, 'national-dist');
  const nationalCache = path.join(work, 'national-cache');
  const cold = await build('Toàn quốc: dựng lần đầu (bộ đệm ảnh trống)', nationalDir, nationalOut, nationalCache);
  const national = await build('Toàn quốc: dựng đầy đủ, bộ đệm ảnh sẵn', nationalDir, nationalOut, nationalCache, ['--force']);

  // Bare reference: as many minimal pages as the national build has, built right after it (the
  // ratio compares the two, so they run under the same conditions; each after `settle`).
  const nationalPageCount = (await builtPages(nationalOut)).size;
  const refProject = writeReferenceProject(root, nationalPageCount);
  console.log(`\n▶ Bản dựng tham chiếu tối giản: ${nationalPageCount} trang`);
  const refEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  settle();
  const refAstro = await run(nodeBin, [astroBin, 'build'], { cwd: refProject, env: refEnv });
  if (refAstro.code !== 0) fail('Bản dựng tham chiếu', refAstro);
  const reference = {
    pages: nationalPageCount,
    buildSeconds: round(refAstro.seconds),
    peakMemoryMB: refAstro.peakMemoryMB,
  };
  console.log(`  ${reference.buildSeconds} s, đỉnh bộ nhớ ${reference.peakMemoryMB} MB`);
  rmSync(refProject, { recursive: true, force: true });

  const nationalRebuild = await rebuildOnePost(nationalDir, nationalOut, nationalCache);
  const nationalStats = await distStats(nationalOut);

  // Growth: the national dataset at twice the scale (twice the records), generated into its own
  // folder and built once with its own cache. The pair compared is that build and the national
  // *cold* build above: both are the first build of their dataset, into an empty dist/ with an
  // empty cache (no optimised images, content store or incremental cache). The warm national
  // figure is not comparable with a single build: images grow with the scale, so a warm build at
  // twice the scale would need a cold one before it.
  const growthScale = scale * 2;
  const growthContent = path.join(work, 'growth-content');
  const growthOut = path.join(work, 'growth-dist');
  const growthCache = path.join(work, 'growth-cache');
  await generateDataset(growthContent, growthScale);
  const growthBuild = await build(`Tăng trưởng: tỉ lệ ${growthScale}, dựng lần đầu (bộ đệm ảnh trống)`, growthContent, growthOut, growthCache);
  const growthPages = (await builtPages(growthOut)).size;
  // Nothing later reads them; at scale 2 they hold about twice the national dist/ and its images.
  for (const dir of [growthContent, growthOut, growthCache]) rmSync(dir, { recursive: true, force: true });
  const growthRow = (s: number, pages: number, b: BuildFigures) => ({
    scale: s,
    pages,
    buildSeconds: round(b.seconds),
    peakMemoryMB: b.peakMemoryMB,
    secondsPer1000Pages: round((b.seconds / pages) * 1000, 2),
  });
  const growth = {
    compared: 'cold builds: the first build of each dataset, empty dist/ and cache',
    rows: [growthRow(scale, nationalStats.pages.size, cold), growthRow(growthScale, growthPages, growthBuild)],
    timeRatio: round(growthBuild.seconds / cold.seconds, 2),
    pageRatio: round(growthPages / nationalStats.pages.size, 2),
  };

  // Page weights.
  const sampleWeights = weighTypes(sampleOut, sampleStats.pages);
  const nationalWeights = weighTypes(nationalOut, nationalStats.pages);

  // Search in Chromium, CPU slowed 4×.
  const browser = await launchChromium();
  const chromiumVersion = browser.version();
  let search: SearchFigures;
  try {
    search = await measureSearch(browser, nationalOut);
  } finally {
    await browser.close();
  }

  // Budgets.
  const budgets: { budget: keyof typeof BUDGETS; name: string; limit: number; value: number; ok: boolean }[] = [];
  /** Check `value` against a budget; `detail` names what it was measured on when the budget applies to several things. */
  const check = (budget: keyof typeof BUDGETS, value: number, detail?: string) => {
    const { limit, label } = BUDGETS[budget];
    const ok = value <= limit;
    // Shown to two decimals, unless that would show a miss as the limit itself (0.202 as "0.2 > 0.2").
    const shown = round(value, 2) === limit && !ok ? round(value, 3) : round(value, 2);
    budgets.push({ budget, name: detail ? `${label} – ${detail}` : label, limit, value: shown, ok });
  };
  check('nationalBuildSeconds', national.seconds);
  check('nationalPeakMB', national.peakMemoryMB);
  check('ratioToReference', national.seconds / reference.buildSeconds);
  check('rebuildShare', nationalRebuild.seconds / national.seconds);
  check('growthTimeRatio', growthBuild.seconds / cold.seconds, `tỉ lệ ${growthScale} / ${scale}, dựng lần đầu`);
  check('growthPeakMB', growthBuild.peakMemoryMB, `tỉ lệ ${growthScale}`);
  check('firstQueryKB', search.queries[0]!.kilobytes, `“${search.queries[0]!.query}”, mã và mục lục chỉ mục gồm cả`);
  check('secondQueryKB', Math.max(...search.queries.slice(1).map((q) => q.kilobytes)), 'lớn nhất trong các truy vấn sau');
  check('searchResultsMs', search.maxMs);
  for (const w of nationalWeights) {
    check('htmlKB', kb(w.heaviest.html), w.type);
    check('cssKB', kb(w.heaviest.css), w.type);
    check('jsKB', kb(w.heaviest.js), w.type);
  }
  // The map (issue #5): leaflet.markercluster vs Supercluster on 20,000 points, the national map page's code and data.
  console.log('\n▶ Bản đồ: so sánh phân cụm 20.000 điểm, mã và dữ liệu trang bản đồ');
  const map = await measureMap(nationalOut);
  check('mapFirstClustersMs', map.siteMs);
  check('mapPageJsKB', map.page.jsKB);
  console.log('\n▶ Lọc sản phẩm toàn quốc (CPU chậm 4 lần)');
  const productFilter = await measureProductFilter(nationalOut);
  check('productFilterMs', productFilter.medianMs);
  const barcodeLookup = measureBarcodeLookup(nationalOut);
  check('barcodeLookupKB', barcodeLookup.largestKB, `${barcodeLookup.gtins} mã, ${barcodeLookup.files} tệp`);
  console.log('\n▶ Mạng chậm và không có mạng (Chromium, 400 kbit/s, trễ 400 ms, CPU chậm 4 lần)');
  const throttled = await measureThrottled(nationalOut);
  for (const line of throttledMarkdown(throttled).slice(4, -1)) console.log(`  ${line}`);
  check('throttledContentColdMs', throttled.worst.contentColdMs);
  check('throttledUsableColdMs', throttled.worst.usableColdMs);
  check('throttledContentSavedMs', throttled.worst.contentSavedMs);
  console.log('\n▶ Tải: nginx với cấu hình của bản dựng, 200 máy khách trong 60 s');
  const load = await measureLoad(nationalOut, { clients: 200, seconds: 60 });
  check('loadErrors', load.errors.total);
  check('loadP95Ms', load.latencyMs.p95);
  console.log('\n▶ Kiểm tra sau khi dựng trên bản toàn quốc (mọi trang, trừ html-validate)');
  const siteChecks = await measurePostbuild(nationalOut, baseUrlOf(nationalDir));
  console.log(`  ${siteChecks.pages} trang, ${siteChecks.problems} lỗi, ${siteChecks.seconds} s`);
  for (const [kind, n] of Object.entries(siteChecks.byKind)) console.log(`    ${String(n).padStart(6)}  ${kind}`);
  check('postbuildProblems', siteChecks.problems);
  console.log('\n▶ axe: một trang mỗi mẫu trang của bản toàn quốc, 360 và 1280 px');
  const axe = await measureAxe(nationalOut);
  console.log(`  ${axe.pages.length} mẫu trang, ${axe.violations} vi phạm, ${axe.seconds} s`);
  for (const v of axe.list) console.log(`    ${v.url} ${v.width} px: ${v.line}`);
  check('axeViolations', axe.violations);

  const versions = {
    node: process.version,
    astro: JSON.parse(readFileSync(path.join(root, 'node_modules/astro/package.json'), 'utf8')).version,
    chromium: chromiumVersion,
  };
  const machine = `${cpus().length} nhân (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 1073741824)} GB RAM, Linux ${release()}`;
  const siteFigures = (b: BuildFigures, rebuild: BuildFigures, stats: { files: number; mb: number; pages: Map<string, string> }) => ({
    pages: stats.pages.size,
    buildSeconds: round(b.seconds),
    peakMemoryMB: b.peakMemoryMB,
    // Pages per second of Astro's own work: the search index is left out.
    pagesPerSecond: round(stats.pages.size / b.astro.seconds),
    distFiles: stats.files,
    distMB: stats.mb,
    rebuildOnePostSeconds: round(rebuild.seconds),
    phases: phasesOf(b),
    rebuildPhases: phasesOf(rebuild),
  });
  const weightsOf = (list: TypeWeight[]) =>
    list.map((w) => ({
      type: w.type,
      pages: w.pages,
      typical: { url: w.typical.url, htmlKB: kb(w.typical.html), cssKB: kb(w.typical.css), jsKB: kb(w.typical.js) },
      heaviest: { url: w.heaviest.url, htmlKB: kb(w.heaviest.html), cssKB: kb(w.heaviest.css), jsKB: kb(w.heaviest.js) },
    }));
  const report = {
    date: started.toISOString(),
    machine,
    versions,
    scale,
    sample: { ...siteFigures(sample, sampleRebuild, sampleStats), pageWeights: weightsOf(sampleWeights) },
    national: {
      ...siteFigures(national, nationalRebuild, nationalStats),
      coldBuildSeconds: round(cold.seconds),
      coldPeakMemoryMB: cold.peakMemoryMB,
      coldPhases: phasesOf(cold),
      pageWeights: weightsOf(nationalWeights),
      search,
    },
    growth,
    reference,
    map,
    productFilter,
    barcodeLookup,
    throttled,
    load,
    siteChecks,
    axe,
    budgets,
  };

  const md = renderMarkdown(report);
  console.log(`\n${md}`);
  if (!opts['no-write']) {
    writeFileSync(path.join(root, 'BENCHMARKS.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(path.join(root, 'BENCHMARKS.md'), md);
  }
  const failed = budgets.filter((b) => !b.ok);
  if (failed.length) {
    console.error(`\nVượt ngân sách (${failed.length}):\n${failed.map((b) => `  - ${b.name}: ${b.value} > ${b.limit}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`\nĐạt mọi ngân sách (${budgets.length}).`);
  }
}

type Report = Record<string, any>;

function renderMarkdown(r: Report): string {
  const lines: string[] = [];
  const site = (title: string, s: Report) => {
    lines.push(`## ${title}`, '', '| figure | value |', '| --- | --- |');
    lines.push(`| pages | ${s.pages} |`, `| build | ${s.buildSeconds} s |`, `| peak memory (process tree) | ${s.peakMemoryMB} MB |`);
    lines.push(`| pages per second (Astro, search index left out) | ${s.pagesPerSecond} |`, `| dist | ${s.distFiles} files, ${s.distMB} MB |`, `| rebuild after one news post changes | ${s.rebuildOnePostSeconds} s |`);
    if (s.coldBuildSeconds !== undefined) lines.push(`| cold build (empty image cache) | ${s.coldBuildSeconds} s, ${s.coldPeakMemoryMB} MB |`);
    lines.push('', '| phase | seconds | peak MB |', '| --- | --- | --- |');
    for (const p of s.phases) lines.push(`| ${p.name} | ${p.seconds} | ${p.peakMemoryMB} |`);
    lines.push('', 'Rebuild after one news post changes, phases:', '', '| phase | seconds | peak MB |', '| --- | --- | --- |');
    for (const p of s.rebuildPhases) lines.push(`| ${p.name} | ${p.seconds} | ${p.peakMemoryMB} |`);
    if (s.coldPhases) {
      lines.push('', 'Cold build phases:', '', '| phase | seconds | peak MB |', '| --- | --- | --- |');
      for (const p of s.coldPhases) lines.push(`| ${p.name} | ${p.seconds} | ${p.peakMemoryMB} |`);
    }
    lines.push('', 'Page weight, gzip KB (typical = median HTML of its type; heaviest = largest HTML):', '');
    lines.push('| page type | pages | typical HTML / CSS / JS | heaviest HTML / CSS / JS | heaviest page |', '| --- | --- | --- | --- | --- |');
    for (const w of s.pageWeights) {
      lines.push(`| ${w.type} | ${w.pages} | ${w.typical.htmlKB} / ${w.typical.cssKB} / ${w.typical.jsKB} | ${w.heaviest.htmlKB} / ${w.heaviest.cssKB} / ${w.heaviest.jsKB} | \`${w.heaviest.url}\` |`);
    }
    lines.push('');
  };
  lines.push('# Benchmarks', '', `Run ${r.date} on ${r.machine}.`, `Node ${r.versions.node}, Astro ${r.versions.astro}, Chromium ${r.versions.chromium}.`, `National dataset scale: ${r.scale}. Produced by \`npm run bench\`; do not edit by hand.`, '');
  site('Sample site', r.sample);
  site('National scale', r.national);
  lines.push('## Search (national scale, Chromium, CPU slowed 4×)', '', 'Queries one after the other on /tim-kiem/ at 360 px. Bytes a visitor downloads for each (gzip as a server would send text; the first counts the search code and the index’s table of contents, loaded when the box is focused) and the time from pressing “Tìm” to the results drawn.', '');
  lines.push('| query | KB | ms | result |', '| --- | --- | --- | --- |');
  for (const q of [...r.national.search.queries, r.national.search.filter] as Report[]) lines.push(`| “${q.query}” | ${q.kilobytes} | ${q.milliseconds} | ${q.results} |`);
  const g = r.growth;
  lines.push('', '## Growth', '', `The national dataset at scale ${g.rows[0].scale} and at twice that scale, each built once from scratch (first build: empty \`dist/\` and cache, images optimised in the build). Build time at the larger scale is ${g.timeRatio} × that of the smaller for ${g.pageRatio} × the pages.`, '');
  lines.push('| scale | pages | build, s | peak MB | seconds per 1,000 pages |', '| --- | --- | --- | --- | --- |');
  for (const row of g.rows) lines.push(`| ${row.scale} | ${row.pages} | ${row.buildSeconds} | ${row.peakMemoryMB} | ${row.secondsPer1000Pages} |`);
  lines.push('', '## Reference', '', `A bare Astro build of ${r.reference.pages} minimal pages from one YAML collection, built right after the national full build it is compared with: ${r.reference.buildSeconds} s, peak ${r.reference.peakMemoryMB} MB.`, '');
  if (r.map) lines.push(...mapMarkdown(r.map));
  if (r.productFilter) lines.push(...productFilterMarkdown(r.productFilter), '');
  if (r.barcodeLookup) lines.push(...barcodeLookupMarkdown(r.barcodeLookup), '');
  if (r.throttled) lines.push(...throttledMarkdown(r.throttled));
  if (r.load) lines.push(...loadMarkdown(r.load));
  if (r.siteChecks) lines.push(...siteChecksMarkdown(r.siteChecks, r.axe));
  lines.push('## Budgets', '', '| budget | limit | value | ok |', '| --- | --- | --- | --- |');
  for (const b of r.budgets) lines.push(`| ${b.name} | ${b.limit} | ${b.value} | ${b.ok ? 'yes' : '**NO**'} |`);
  lines.push('');
  return lines.join('\n');
}

await main();
