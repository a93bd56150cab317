/**
 * A minimal test runner for suites that are not unit tests (browser checks, build-failure cases):
 * plain async functions, run with a small concurrency, each with a time limit. A test fails by
 * throwing; the message is printed under its name. The last line is always `N passed, M failed`.
 */
import { styleText } from 'node:util';

/** One test: a name and an async body that throws to fail. */
export interface TestCase {
  name: string;
  run: () => Promise<void>;
  /** Time limit in milliseconds (default 60 s). */
  timeoutMs?: number;
}

/** What a run produced. */
export interface RunResult {
  passed: number;
  failed: number;
  failures: { name: string; message: string }[];
}

/** Fail the current test unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Collects problems so one test can report all of them at once, then fails if there were any. */
export class Problems {
  readonly list: string[] = [];
  add(message: string): void {
    this.list.push(message);
  }
  check(condition: unknown, message: string): void {
    if (!condition) this.list.push(message);
  }
  throwIfAny(): void {
    if (this.list.length) throw new Error(this.list.map((p) => `- ${p}`).join('\n'));
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`quá thời gian ${Math.round(ms / 1000)} s: ${name}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const indent = (text: string) => text.replace(/^/gm, '    ');

/**
 * Run the tests, at most `concurrency` at a time, printing one line per test as it ends.
 * `grep` keeps only tests whose name contains it. Does not print the summary line.
 */
export async function runTests(tests: TestCase[], options: { concurrency?: number; grep?: string } = {}): Promise<RunResult> {
  const selected = options.grep ? tests.filter((t) => t.name.includes(options.grep ?? '')) : tests;
  const result: RunResult = { passed: 0, failed: 0, failures: [] };
  let next = 0;
  const worker = async () => {
    while (next < selected.length) {
      const test = selected[next++];
      if (!test) break;
      const started = performance.now();
      try {
        await withTimeout(test.run(), test.timeoutMs ?? 60_000, test.name);
        result.passed++;
        console.log(`${styleText('green', '✓')} ${test.name} ${styleText('dim', `(${ms(performance.now() - started)})`)}`);
      } catch (error) {
        result.failed++;
        const message = error instanceof Error ? error.message : String(error);
        result.failures.push({ name: test.name, message });
        console.log(`${styleText('red', '✗')} ${test.name} ${styleText('dim', `(${ms(performance.now() - started)})`)}\n${indent(message)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  return result;
}

/** Print the failures again (so they are together at the end of a long log) and the summary line. */
export function printSummary(result: RunResult, title = 'Lỗi'): void {
  if (result.failures.length) {
    console.log(`\n${styleText('red', `${title} (${result.failures.length}):`)}`);
    for (const f of result.failures) console.log(`${styleText('red', '✗')} ${f.name}\n${indent(f.message)}`);
  }
  console.log(`\n${result.passed} passed, ${result.failed} failed`);
}

/** "1.2 s" or "340 ms". */
export function ms(duration: number): string {
  return duration >= 1000 ? `${(duration / 1000).toFixed(1)} s` : `${Math.round(duration)} ms`;
}
