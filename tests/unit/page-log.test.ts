/** The build log counts pages instead of listing each; every other line passes through. */
import { describe, expect, it } from 'vitest';
import { pageCounting, pageLog, type LogDestination, type LogEvent } from '../../src/integrations/page-log.ts';

// Astro's two lines per page (core/build/generate.js), with its colours.
const esc = (code: number, s: string) => `\u001b[${code}m${s}\u001b[39m`;
const pageLine = (file: string): LogEvent => ({ label: null, level: 'info', message: `  ${esc(34, '├─')} ${esc(2, file)}`, newLine: false });
const rendered = (ms: string): LogEvent => ({ label: 'SKIP_FORMAT', level: 'info', message: ` ${esc(2, `(+${ms})`)} `, newLine: true });
const cached: LogEvent = { label: 'SKIP_FORMAT', level: 'info', message: ` ${esc(32, '(cached)')}`, newLine: true };
const other: LogEvent = { label: null, level: 'info', message: '✓ Completed in 1.2s.', newLine: true };

function run(events: LogEvent[], every?: number) {
  const out: LogEvent[] = [];
  const dest = pageCounting({ write: (e) => out.push(e) }, every);
  for (const e of events) dest.write(e);
  return out.map((e) => e.message);
}

describe('the page count in the build log', () => {
  it('replaces the pages’ lines, several in flight at once, by one count before the next line', () => {
    const out = run([pageLine('/a/index.html'), pageLine('/b/index.html'), rendered('3ms'), cached, pageLine('/c/index.html'), rendered('1.2s'), other]);
    expect(out).toEqual(['3 trang và tệp: 2 dựng mới, 1 giữ nguyên từ lần dựng trước', '✓ Completed in 1.2s.']);
  });

  it('counts every `every` pages, and not twice for the same count', () => {
    const pages = Array.from({ length: 5 }, (_, i) => [pageLine(`/${i}/index.html`), rendered('1ms')]).flat();
    expect(run([...pages, other], 2)).toEqual([
      '2 trang và tệp: 2 dựng mới, 0 giữ nguyên từ lần dựng trước',
      '4 trang và tệp: 4 dựng mới, 0 giữ nguyên từ lần dựng trước',
      '5 trang và tệp: 5 dựng mới, 0 giữ nguyên từ lần dựng trước',
      '✓ Completed in 1.2s.',
    ]);
  });

  it('writes thousands the Vietnamese way', () => {
    const pages = Array.from({ length: 1200 }, () => [pageLine('/x/index.html'), cached]).flat();
    expect(run([...pages, other])[0]).toBe('1.200 trang và tệp: 0 dựng mới, 1.200 giữ nguyên từ lần dựng trước');
  });

  it('still reports a page that wrote no file, and passes warnings and other lines as they are', () => {
    const empty: LogEvent = { ...rendered('2ms'), message: ` ${esc(2, '(+2ms)')} ${esc(33, '(file not created, response body was empty)')}` };
    const warning: LogEvent = { label: 'build', level: 'warn', message: 'Could not prune', newLine: true };
    const out = run([pageLine('/a/index.html'), empty, warning]);
    expect(out).toEqual(['(+2ms) (file not created, response body was empty)', '1 trang và tệp: 1 dựng mới, 0 giữ nguyên từ lần dựng trước', 'Could not prune']);
  });

  it('counts the optimised images too, made and reused, every tenth of `every`', () => {
    const image = (file: string, stats: string): LogEvent => ({ label: null, level: 'info', message: `  ${esc(32, '▶')} ${file} ${esc(2, stats)} ${esc(2, '(+5ms)')} ${esc(2, '(1/3)')}`, newLine: true });
    const made = image('/_astro/a.webp', '(before: 120kB, after: 30kB)');
    const reused = image('/_astro/b.webp', '(reused cache entry)');
    const revalidated = image('/_astro/c.webp', '(revalidated cache entry)');
    expect(run([made, reused, revalidated, other])).toEqual(['3 ảnh tối ưu: 1 tạo mới, 2 dùng lại từ bộ đệm', '✓ Completed in 1.2s.']);
    expect(run([made, reused, revalidated, other], 20)).toEqual([
      '2 ảnh tối ưu: 1 tạo mới, 1 dùng lại từ bộ đệm',
      '3 ảnh tối ưu: 1 tạo mới, 2 dùng lại từ bộ đệm',
      '✓ Completed in 1.2s.',
    ]);
    // A line that only looks like one (an integration's own) passes through.
    const lookalike: LogEvent = { label: 'hangviet', level: 'info', message: '▶ /x.webp (reused cache entry)', newLine: true };
    expect(run([lookalike])).toEqual(['▶ /x.webp (reused cache entry)']);
  });

  it('writes nothing of its own when no page was built', () => {
    expect(run([other, other])).toEqual(['✓ Completed in 1.2s.', '✓ Completed in 1.2s.']);
  });
});

describe('the page-log integration', () => {
  type Setup = (o: { command: string; logger: { options: { level: string; destination: LogDestination } } }) => void;
  const setup = pageLog().hooks['astro:config:setup'] as unknown as Setup;
  const destination: LogDestination = { write: () => undefined };

  it.each([
    ['build', 'info', true],
    ['build', 'debug', false],
    ['dev', 'info', false],
  ])('`astro %s` at level %s: pages counted %s', (command, level, counted) => {
    const logger = { options: { level, destination } };
    setup({ command, logger });
    expect(logger.options.destination !== destination).toBe(counted);
  });
});
