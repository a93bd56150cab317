/**
 * Build-failure tests: `node tests/build/run.ts [--grep text]` (`SHOW_OUTPUT=1` prints what Astro said). Runs every case in `cases.ts`,
 * two at a time (each runs a whole Astro process; the machines here have two cores).
 * Ends with `N passed, M failed`; exits 1 on any failure.
 */
import { parseArgs } from 'node:util';
import { ms, printSummary, runTests } from '../../scripts/lib/runner.ts';
import { cases } from './cases.ts';

const { values } = parseArgs({ options: { grep: { type: 'string' }, concurrency: { type: 'string', default: '2' } } });
const started = performance.now();
const result = await runTests(cases, { concurrency: Math.min(2, Number(values.concurrency) || 1), grep: values.grep });
printSummary(result, `Kiểm thử lỗi dựng trang (${ms(performance.now() - started)})`);
process.exitCode = result.failed ? 1 : 0;
