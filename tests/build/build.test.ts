/**
 * Build-failure tests (`npm run test:build`, Vitest with vitest.build.config.ts): every case in
 * `cases.ts`, as many at a time as the machine has cores (vitest.build.config.ts), since each runs
 * a whole Astro process. `npm run test:build -- -t "<part of a name>"` runs the matching cases;
 * `SHOW_OUTPUT=1` prints the end of what Astro said in each case.
 *
 * The cases start longest first (by their time limit: `astro build` cases before `astro sync`
 * ones, in the order of cases.ts otherwise), so the short sync cases fill the cores at the end
 * instead of one long build running alone while the other cores wait.
 */
import { describe, test } from 'vitest';
import { cases } from './cases.ts';

const longestFirst = [...cases].sort((a, b) => b.timeoutMs - a.timeoutMs);

describe.concurrent('nội dung sai phải làm hỏng bản dựng', () => {
  for (const c of longestFirst) test(c.name, { timeout: c.timeoutMs }, c.run);
});
