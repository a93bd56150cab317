import { defineConfig } from 'vitest/config';

// Tests over the built site in dist/ (run after `npm run build`): they read pages and feeds as a
// visitor or a calendar app would get them.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
