import { defineConfig } from 'vitest/config';

// Build-failure tests (tests/build): each case copies the project and runs `astro sync` or
// `astro build` on broken content. The cases of the one file run concurrently, two at a time: each
// is a whole Astro process and the machines here have two cores.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    maxConcurrency: 2,
    reporters: ['verbose'],
  },
});
