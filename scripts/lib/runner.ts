/**
 * Only `ms` is left here, for scripts/postbuild-check.ts, which imports it from this file. The test
 * runner that lived here gave way to Playwright Test (browser tests) and Vitest (build-failure
 * tests); once postbuild-check.ts imports `ms` from ./format.ts this file can go.
 */
export { ms } from './format.ts';
