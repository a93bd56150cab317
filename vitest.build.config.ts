import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Build-failure tests (tests/build): each case copies the project and runs `astro sync` or
// `astro build` on broken content. The cases of the one file run concurrently, one per core: each
// is a whole Astro process, busy on the processor nearly all the time.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    maxConcurrency: availableParallelism(),
    reporters: ['verbose'],
  },
});
