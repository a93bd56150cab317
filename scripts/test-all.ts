/**
 * The one test command (`npm test`). Runs, in order, stopping at the first failure:
 *
 *   a  unit       vitest run                       (tests/unit)
 *   b  check      astro check                      (types; warnings fail too)
 *   c  build      node scripts/test-build.ts       (the sample content and tests/fixtures/content → dist/)
 *   d  postbuild  node scripts/postbuild-check.ts  (every page of dist/)
 *   e  dist       vitest (vitest.dist.config.ts)   (tests/dist: calendars, plan structure, point lists, JSON-LD)
 *   f  failures   vitest (vitest.build.config.ts)  (tests/build: bad content must fail the build)
 *   g  e2e        playwright test                  (tests/e2e: Chromium over dist/)
 *
 *   node scripts/test-all.ts [--from d] [--only e2e]
 *
 * Each step's runner prints its own summary; this prints each step's time and finally
 * `N passed, M failed` over the steps.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { ms } from './lib/format.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

interface Step {
  key: string;
  name: string;
  title: string;
  command: string[];
}

const STEPS: Step[] = [
  { key: 'a', name: 'unit', title: 'Kiểm thử đơn vị (vitest)', command: ['vitest', 'run'] },
  { key: 'b', name: 'check', title: 'Kiểm tra kiểu (astro check)', command: ['astro', 'check', '--minimumFailingSeverity', 'warning'] },
  { key: 'c', name: 'build', title: 'Dựng trang với nội dung mẫu và dữ liệu kiểm thử (scripts/test-build.ts)', command: ['node', 'scripts/test-build.ts'] },
  { key: 'd', name: 'postbuild', title: 'Kiểm tra sau khi dựng (HTML, liên kết, tiêu đề, CSP)', command: ['node', 'scripts/postbuild-check.ts'] },
  { key: 'e', name: 'dist', title: 'Kiểm thử trên bản dựng (lịch iCalendar, cấu trúc kế hoạch, điểm bán)', command: ['vitest', 'run', '--config', 'vitest.dist.config.ts'] },
  { key: 'f', name: 'failures', title: 'Nội dung sai phải làm hỏng bản dựng', command: ['vitest', 'run', '--config', 'vitest.build.config.ts'] },
  { key: 'g', name: 'e2e', title: 'Kiểm thử trình duyệt (Chromium, axe)', command: ['playwright', 'test'] },
];

const HINTS: Record<string, string> = {
  unit: 'Sửa mã hoặc kiểm thử trong tests/unit rồi chạy lại "npm run test:unit".',
  check: 'Sửa các lỗi kiểu ở trên rồi chạy lại "npx astro check".',
  build: 'Bản dựng hỏng: đọc thông báo ở trên (tệp, trường) rồi chạy lại "npm run build".',
  postbuild: 'Sửa các trang được liệt kê rồi chạy lại "npm run build && node scripts/postbuild-check.ts".',
  dist: 'Sửa mã hoặc kiểm thử trong tests/dist rồi chạy lại "npx vitest run --config vitest.dist.config.ts".',
  failures: 'Một lỗi nội dung không còn được phát hiện (hoặc thông báo không nêu tệp/trường): chạy "SHOW_OUTPUT=1 npm run test:build -- -t …".',
  e2e: 'Sửa các trang được liệt kê rồi chạy lại "npm run build && npm run test:e2e" (có thể thêm -- --grep …); dấu vết (trace) và ảnh chụp của mỗi kiểm thử lỗi nằm trong test-results/.',
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
};

function run(command: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const [bin = '', ...args] = command;
    const child = spawn(bin, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`Không chạy được "${command.join(' ')}": ${error.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(signal ? 128 : code));
  });
}

const results: { step: Step; ok: boolean; ms: number }[] = [];
const startedAll = performance.now();
for (const step of selected) {
  console.log(`\n${styleText('bold', `▶ (${step.key}) ${step.title}`)}  ${styleText('dim', step.command.join(' '))}`);
  const started = performance.now();
  const code = await run(step.command);
  const took = performance.now() - started;
  results.push({ step, ok: code === 0, ms: took });
  if (code !== 0) {
    console.log(`\n${styleText('red', `✗ Bước (${step.key}) ${step.name} thất bại (mã ${code}) sau ${ms(took)}.`)} ${HINTS[step.name] ?? ''}`);
    break;
  }
  console.log(styleText('green', `✓ (${step.key}) ${step.name}: ${ms(took)}`));
}

console.log(`\n${styleText('bold', 'Thời gian')}`);
for (const r of results) console.log(`  ${r.ok ? styleText('green', '✓') : styleText('red', '✗')} (${r.step.key}) ${r.step.name.padEnd(10)} ${ms(r.ms).padStart(8)}`);
const skipped = selected.length - results.length;
if (skipped) console.log(`  ${skipped} bước sau không chạy: ${selected.slice(results.length).map((s) => s.name).join(', ')}`);
console.log(`  tổng ${ms(performance.now() - startedAll)}`);
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
