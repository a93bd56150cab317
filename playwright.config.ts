/**
 * Browser tests (`npm run test:e2e`, i.e. `playwright test`): Debian's Chromium over the built
 * site, served on 127.0.0.1 by tests/e2e/global-setup.ts. A failed test leaves its trace and a
 * screenshot in test-results/ (`npx playwright show-trace test-results/<test>/trace.zip`).
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium.ts';
import { CONTEXT_OPTIONS } from './tests/e2e/env.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.e2e.ts',
  outputDir: 'test-results',
  globalSetup: './tests/e2e/global-setup.ts',
  // Tests of one file spread over the workers too; two workers per core: a browser test spends
  // much of its time waiting (page loads, network idle, animations), and with one worker per core
  // the browser step kept the processor busy about half the time.
  fullyParallel: true,
  workers: availableParallelism() * 2,
  // A flaky test should be seen and fixed, not retried until it passes.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  reporter: 'list',
  use: {
    ...CONTEXT_OPTIONS,
    // The Debian package, not a browser build of Playwright's own (none is downloaded).
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    // The trace of a failed test keeps its DOM snapshots, network and console, not the screencast:
    // recording the screencast of all 120 tests cost about a tenth of the browser step (measured:
    // e2e step 308 s with it, 275 s without, 241 s with no trace); the failure screenshot below
    // still shows what the browser saw.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    screenshot: 'only-on-failure',
  },
});
