/**
 * Build-failure tests (`npm run test:build`, Vitest with vitest.build.config.ts): every case in
 * `cases.ts`, two at a time, since each runs a whole Astro process and the machines here have two
 * cores. `npm run test:build -- -t "<part of a name>"` runs the matching cases;
 * `SHOW_OUTPUT=1` prints the end of what Astro said in each case.
 */
import { describe, test } from 'vitest';
import { cases } from './cases.ts';

describe.concurrent('nội dung sai phải làm hỏng bản dựng', () => {
  for (const c of cases) test(c.name, { timeout: c.timeoutMs }, c.run);
});
