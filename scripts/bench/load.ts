/**
 * The site under load as the real host serves it: the build served by nginx with the configuration
 * it wrote (scripts/lib/nginx.ts), and wrk (Debian's package, installed when missing as root)
 * running many clients at once for a while, each asking for a random mix of what visitors ask for —
 * pages (70 %), open data and map data files (15 %) and search index chunks (15 %), gzip accepted
 * as a browser does. Reports requests per second, latency percentiles and every error (connection,
 * read, write, timeout, HTTP status ≥ 400): the budget for errors is zero.
 *
 *   node scripts/bench/load.ts [--dist dist] [--clients 200] [--seconds 60]
 *
 * `npm run bench` calls measureLoad() on the national build and checks the budgets.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureDebianProgram } from '../lib/debian.ts';
import { startNginx } from '../lib/nginx.ts';
import { listFiles, urlPathOf } from '../lib/site-files.ts';

export interface LoadFigures {
  clients: number;
  seconds: number;
  /** How many distinct addresses of each kind the clients chose among. */
  addresses: { pages: number; data: number; search: number };
  requests: number;
  requestsPerSecond: number;
  /** Megabytes received per second (compressed, as sent). */
  mbPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: { connect: number; read: number; write: number; timeout: number; status: number; total: number };
}

const WRK = process.env.WRK_PATH || '/usr/bin/wrk';
const HINT = 'Cần wrk để đo tải. Trên Debian/Ubuntu: "sudo apt-get install -y wrk"; hoặc đặt biến WRK_PATH.';
/** At most this many pages are in the mix (every n-th, so every section is represented). */
const MAX_PAGES = 5000;

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Every n-th of `list`, at most `max` of them, in order. */
function spread<T>(list: T[], max: number): T[] {
  if (list.length <= max) return list;
  const step = list.length / max;
  return Array.from({ length: max }, (_, i) => list[Math.floor(i * step)] as T);
}

/** A Lua array of strings. */
const luaList = (items: string[]) => `{\n${items.map((s) => `  ${JSON.stringify(s)}`).join(',\n')}\n}`;

/** The wrk script: the mix, and a JSON summary written when the run is done. */
function wrkScript(pages: string[], data: string[], search: string[]): string {
  return `-- Written by scripts/bench/load.ts for one run.
local pages = ${luaList(pages)}
local data = ${luaList(data)}
local search = ${luaList(search)}
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end
function init(args)
  math.randomseed(seed)
  wrk.headers["Accept-Encoding"] = "gzip"
end
function request()
  local r = math.random()
  local list = pages
  if r >= 0.85 then list = search elseif r >= 0.7 then list = data end
  return wrk.format("GET", list[math.random(#list)])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('RESULT {"requests":%d,"us":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
`;
}

export async function measureLoad(dist: string, options: { clients?: number; seconds?: number } = {}): Promise<LoadFigures> {
  const clients = options.clients ?? 200;
  const seconds = options.seconds ?? 60;
  const wrk = ensureDebianProgram(WRK, 'wrk', HINT, Boolean(process.env.WRK_PATH));
  const url = (file: string) => encodeURI(urlPathOf(dist, file));
  const pages = spread((await listFiles(dist, ['.html'])).filter((f) => !f.includes(`${path.sep}admin${path.sep}`)).sort().map(url), MAX_PAGES);
  const data = (await listFiles(path.join(dist, 'du-lieu'), ['.json', '.csv', '.geojson', '.ics', '.xml'])).sort().map(url);
  const search = (await listFiles(path.join(dist, 'tim-kiem', 'chi-muc'), ['.json'])).sort().map(url);
  if (!pages.length || !data.length || !search.length) throw new Error(`${dist}: thiếu trang, dữ liệu mở hoặc chỉ mục tìm kiếm để đo tải`);

  const scratch = mkdtempSync(path.join(tmpdir(), 'hangviet-load-'));
  const script = path.join(scratch, 'mix.lua');
  writeFileSync(script, wrkScript(pages, data, search));
  // As many nginx workers as cores, as Debian's default (`worker_processes auto`).
  const server = await startNginx(dist, { workers: availableParallelism() });
  try {
    const threads = Math.max(1, Math.min(availableParallelism(), 4));
    console.log(`  wrk: ${clients} máy khách, ${seconds} s, ${pages.length} trang, ${data.length} tệp dữ liệu, ${search.length} phần chỉ mục`);
    const run = spawnSync(wrk, ['-t', String(threads), '-c', String(clients), '-d', `${seconds}s`, '--timeout', '10s', '-s', script, server.url], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const line = /^RESULT (\{.*\})$/m.exec(run.stdout)?.[1];
    if (run.status !== 0 || !line) throw new Error(`wrk thất bại (mã ${run.status}):\n${run.stdout}\n${run.stderr}`);
    const r = JSON.parse(line) as Record<string, number>;
    const n = (key: string) => r[key] ?? 0;
    const elapsed = n('us') / 1e6;
    const errors = { connect: n('connect'), read: n('read'), write: n('write'), timeout: n('timeout'), status: n('status') };
    return {
      clients,
      seconds,
      addresses: { pages: pages.length, data: data.length, search: search.length },
      requests: n('requests'),
      requestsPerSecond: Math.round(n('requests') / elapsed),
      mbPerSecond: round(n('bytes') / elapsed / 1048576),
      latencyMs: { p50: round(n('p50') / 1000), p95: round(n('p95') / 1000), p99: round(n('p99') / 1000), max: round(n('max') / 1000) },
      errors: { ...errors, total: Object.values(errors).reduce((a, b) => a + b, 0) },
    };
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The figures as a Markdown section of BENCHMARKS.md. */
export function loadMarkdown(f: LoadFigures): string[] {
  return [
    '## Load (nginx with the generated configuration, wrk)',
    '',
    `${f.clients} concurrent clients for ${f.seconds} s, each request a random choice: a page (70 %, ${f.addresses.pages} pages), an open-data or map data file (15 %, ${f.addresses.data}), a search index chunk (15 %, ${f.addresses.search}); gzip accepted.`,
    '',
    '| requests | requests/s | MB/s | p50 ms | p95 ms | p99 ms | max ms | errors |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    `| ${f.requests} | ${f.requestsPerSecond} | ${f.mbPerSecond} | ${f.latencyMs.p50} | ${f.latencyMs.p95} | ${f.latencyMs.p99} | ${f.latencyMs.max} | ${f.errors.total} (connect ${f.errors.connect}, read ${f.errors.read}, write ${f.errors.write}, timeout ${f.errors.timeout}, HTTP ≥ 400 ${f.errors.status}) |`,
    '',
  ];
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, clients: { type: 'string', default: '200' }, seconds: { type: 'string', default: '60' } } });
  const figures = await measureLoad(path.resolve(values.dist!), { clients: Number(values.clients), seconds: Number(values.seconds) });
  console.log(loadMarkdown(figures).join('\n'));
  if (figures.errors.total > 0) process.exitCode = 1;
}
