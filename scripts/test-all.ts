/**
 * The one test command (`npm test`). Runs these steps, stopping at the first failure:
 *
 *   a  unit       vitest run                       (tests/unit)
 *   b  check      astro check                      (types; warnings fail too)
 *   c  build      node scripts/test-build.ts       (the sample content and tests/fixtures/content → dist/)
 *   d  postbuild  node scripts/postbuild-check.ts  (every page of dist/)          after c
 *   e  dist       vitest (vitest.dist.config.ts)   (tests/dist: calendars, plan structure, point lists, JSON-LD)  after c
 *   f  failures   vitest (vitest.build.config.ts)  (tests/build: bad content must fail the build)
 *   g  e2e        playwright test                  (tests/e2e: Chromium over dist/)  after c, alone
 *
 *   node scripts/test-all.ts [--from d] [--only e2e]
 *
 * Steps overlap where the machine has a core to spare: a step starts, in the order above, once the
 * steps it needs have passed and fewer cores than the machine has are kept busy by the running
 * ones (`cores` below: Vitest's unit and dist runs use one worker on two cores, `astro check` and
 * the build mostly one core). So the type check and the build run beside the unit tests, the post-
 * build check and the dist tests beside each other. The browser tests run alone: their time limits
 * and timings assume the machine to themselves. The output reads as if the steps ran one after
 * the other: the earliest step still running prints as it goes, the others' output is held and
 * printed, whole, when their turn comes. The first failure stops every running step (its output
 * is printed at once) and the run.
 *
 * Each step's runner prints its own summary; this prints each step's time and finally
 * `N passed, M failed` over the steps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { ms } from './lib/format.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

interface Step {
  key: string;
  name: string;
  title: string;
  command: string[];
  /** Steps that must have passed first (they write what this one reads). */
  needs?: string[];
  /** About how many cores the step keeps busy. */
  cores: number;
  /** Runs with no other step beside it. */
  alone?: boolean;
}

const STEPS: Step[] = [
  { key: 'a', name: 'unit', title: 'Kiểm thử đơn vị (vitest)', command: ['vitest', 'run'], cores: 1 },
  { key: 'b', name: 'check', title: 'Kiểm tra kiểu (astro check)', command: ['astro', 'check', '--minimumFailingSeverity', 'warning'], cores: 1 },
  { key: 'c', name: 'build', title: 'Dựng trang với nội dung mẫu và dữ liệu kiểm thử (scripts/test-build.ts)', command: ['node', 'scripts/test-build.ts'], cores: 1 },
  { key: 'd', name: 'postbuild', title: 'Kiểm tra sau khi dựng (HTML, liên kết, tiêu đề, CSP)', command: ['node', 'scripts/postbuild-check.ts'], needs: ['build'], cores: 1 },
  { key: 'e', name: 'dist', title: 'Kiểm thử trên bản dựng (lịch iCalendar, cấu trúc kế hoạch, điểm bán)', command: ['vitest', 'run', '--config', 'vitest.dist.config.ts'], needs: ['build'], cores: 1 },
  { key: 'f', name: 'failures', title: 'Nội dung sai phải làm hỏng bản dựng', command: ['vitest', 'run', '--config', 'vitest.build.config.ts'], cores: 2 },
  { key: 'g', name: 'e2e', title: 'Kiểm thử trình duyệt (Chromium, axe)', command: ['playwright', 'test'], needs: ['build'], cores: 2, alone: true },
];

const HINTS: Record<string, string> = {
  unit: 'Sửa mã hoặc kiểm thử trong tests/unit rồi chạy lại "npm run test:unit".',
  check: 'Sửa các lỗi kiểu ở trên rồi chạy lại "npx astro check".',
  build: 'Bản dựng hỏng: đọc thông báo ở trên (tệp, trường) rồi chạy lại "npm run build".',
  postbuild: 'Sửa các trang được liệt kê rồi chạy lại "node scripts/test-build.ts && node scripts/postbuild-check.ts".',
  dist: 'Sửa mã hoặc kiểm thử trong tests/dist rồi chạy lại "npx vitest run --config vitest.dist.config.ts".',
  failures: 'Một lỗi nội dung không còn được phát hiện (hoặc thông báo không nêu tệp/trường): chạy "SHOW_OUTPUT=1 npm run test:build -- -t …".',
  e2e: 'Sửa các trang được liệt kê rồi chạy lại "node scripts/test-build.ts && npm run test:e2e" (có thể thêm -- --grep …); dấu vết (trace) và ảnh chụp của mỗi kiểm thử lỗi nằm trong test-results/.',
};

const { values } = parseArgs({ options: { from: { type: 'string' }, only: { type: 'string' } } });
const find = (k: string) => STEPS.findIndex((s) => s.key === k || s.name === k);
for (const k of [values.from, values.only]) {
  if (k !== undefined && find(k) < 0) {
    console.error(`Không có bước "${k}"; các bước: ${STEPS.map((s) => `${s.key}/${s.name}`).join(', ')}`);
    process.exit(2);
  }
}
const selected = values.only ? [STEPS[find(values.only)] as Step] : STEPS.slice(values.from ? find(values.from) : 0);

// Bins from node_modules come first, so `node` is the pinned Node 24 and `astro`, `vitest` run
// under it, whichever node started this script.
const env = {
  ...process.env,
  PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  // A step whose output is held still writes in colour when the run is shown in a terminal.
  ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
};

const CORES = availableParallelism();

interface Run {
  step: Step;
  child?: ChildProcess;
  /** Output not yet printed (while another step has the terminal). */
  held: Buffer[];
  /** Whether the step's output now goes straight to the terminal. */
  live: boolean;
  started: number;
  ms?: number;
  code?: number | null;
  /** Stopped because another step failed. */
  stopped?: boolean;
  done?: Promise<void>;
}

const runs: Run[] = [];
const startedAll = performance.now();
const header = (step: Step) => `\n${styleText('bold', `▶ (${step.key}) ${step.title}`)}  ${styleText('dim', step.command.join(' '))}\n`;

/** Start a step in its own process group (so it can be stopped whole); its output is held unless it is the one printing. */
function start(step: Step, live: boolean): Run {
  const run: Run = { step, held: [], live, started: performance.now() };
  runs.push(run);
  if (live) process.stdout.write(header(step));
  else run.held.push(Buffer.from(header(step)));
  const [bin = '', ...args] = step.command;
  const child = spawn(bin, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  run.child = child;
  const out = (chunk: Buffer) => {
    if (run.live) process.stdout.write(chunk);
    else run.held.push(chunk);
  };
  child.stdout?.on('data', out);
  child.stderr?.on('data', out);
  run.done = new Promise((resolve) => {
    child.on('error', (error) => {
      out(Buffer.from(`Không chạy được "${step.command.join(' ')}": ${error.message}\n`));
      run.code = 127;
    });
    child.on('close', (code, signal) => {
      run.ms = performance.now() - run.started;
      run.code ??= signal ? 128 : code;
      resolve();
    });
  });
  return run;
}

/** Print what a step held back and let it print straight from now on. */
function goLive(run: Run): void {
  for (const chunk of run.held) process.stdout.write(chunk);
  run.held = [];
  run.live = true;
}

function stop(run: Run): void {
  if (run.ms !== undefined || !run.child?.pid) return;
  run.stopped = true;
  try {
    process.kill(-run.child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

const resultLine = (run: Run) =>
  run.code === 0
    ? styleText('green', `✓ (${run.step.key}) ${run.step.name}: ${ms(run.ms ?? 0)}`)
    : `\n${styleText('red', `✗ Bước (${run.step.key}) ${run.step.name} thất bại (mã ${run.code}) sau ${ms(run.ms ?? 0)}.`)} ${HINTS[run.step.name] ?? ''}`;

// Ctrl-C or a CI runner's stop reaches this process only: pass it on to every step's group.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const run of runs) stop(run);
    process.exit(130);
  });
}

const names = new Set(selected.map((s) => s.name));
const pending = [...selected];
let failed: Run | undefined;
/** The steps started and not yet reported, in the order they were started (the order above). */
const unreported: Run[] = [];

while ((pending.length || unreported.length) && !failed) {
  // Start what can start: steps it needs (of those selected) have passed, a core is free.
  for (const step of [...pending]) {
    const running = unreported.filter((r) => r.ms === undefined);
    const busy = running.reduce((n, r) => n + r.step.cores, 0);
    const needs = (step.needs ?? []).filter((n) => names.has(n));
    const ready = needs.every((n) => runs.some((r) => r.step.name === n && r.code === 0));
    const blocked = running.some((r) => r.step.alone) || (step.alone && unreported.length > 0);
    if (!ready || blocked || busy >= CORES) {
      // A step that waits for an earlier one keeps its place: later steps do not overtake a step
      // that runs alone.
      if (step.alone) break;
      continue;
    }
    pending.splice(pending.indexOf(step), 1);
    unreported.push(start(step, unreported.length === 0));
  }
  if (!unreported.length) break;
  // Wait for the next step to end.
  await Promise.race(unreported.filter((r) => r.ms === undefined).map((r) => r.done));
  const ended = unreported.find((r) => r.ms !== undefined && r.code !== 0);
  if (ended) {
    failed = ended;
    for (const run of unreported) if (run !== ended) stop(run);
    await Promise.all(unreported.map((r) => r.done));
    // The failure, whole; of the other steps then only how they ended (a stopped step's output is left out).
    if (!ended.live) goLive(ended);
    console.log(resultLine(ended));
    for (const run of unreported) {
      if (run === ended) continue;
      console.log(run.stopped ? styleText('dim', `(bước (${run.step.key}) ${run.step.name} bị dừng vì bước (${ended.step.key}) thất bại)`) : resultLine(run));
    }
    break;
  }
  // Report finished steps from the front, in order; the first still running then prints live.
  while (unreported[0] && unreported[0].ms !== undefined) {
    const run = unreported.shift() as Run;
    if (!run.live) goLive(run);
    console.log(resultLine(run));
  }
  if (unreported[0] && !unreported[0].live) goLive(unreported[0]);
}

console.log(`\n${styleText('bold', 'Thời gian')}`);
for (const r of runs) {
  const mark = r.stopped ? styleText('dim', '–') : r.code === 0 ? styleText('green', '✓') : styleText('red', '✗');
  console.log(`  ${mark} (${r.step.key}) ${r.step.name.padEnd(10)} ${ms(r.ms ?? 0).padStart(8)}${r.stopped ? '  (bị dừng)' : ''}`);
}
const notRun = selected.filter((s) => !runs.some((r) => r.step === s));
if (notRun.length) console.log(`  ${notRun.length} bước sau không chạy: ${notRun.map((s) => s.name).join(', ')}`);
console.log(`  tổng ${ms(performance.now() - startedAll)}`);
const passed = runs.filter((r) => r.code === 0 && !r.stopped).length;
const failedCount = runs.filter((r) => r.code !== 0 && !r.stopped).length;
console.log(`\n${passed} passed, ${failedCount} failed`);
process.exitCode = failed ? 1 : 0;
