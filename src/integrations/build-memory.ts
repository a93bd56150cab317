/**
 * The build's garbage-collection policy: the heap may grow to 1.2 times what was live after the
 * last full collection, instead of V8's default of up to 4 times.
 *
 * A build makes garbage fast (every page's HTML, strings, responses) while what stays live grows
 * slowly (the content store, the view models): left to its default, V8 lets the heap run far
 * above what is live before collecting. Measured on the national dataset (26,000 pages, 2 cores,
 * full build with `--force`): the process peaked at 2,240 MB with a 1,459 MB heap holding about
 * 560 MB of live data; with this policy it peaked at 1,390 MB, the heap staying under 710 MB,
 * for 18 % more time. The heap still grows with the data (a limit in megabytes would fail a
 * larger committee's build instead), so memory per page stays flat.
 *
 * `HANGVIET_HEAP_GROWING_PERCENT` overrides it (0 is V8's default: faster, for a machine with
 * memory to spare). Only `astro build` is changed, and only its own process.
 *
 * Once every page is generated, what the pages' modules registered with `afterPages` is let go
 * of: those modules stay loaded until the build ends, and so would the site's data they hold,
 * through the finishing steps (at scale 2, 46,000 QR files drawn, every large file compressed).
 */
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

export const HEAP_GROWING_PERCENT = 20;

/** The percentage from the environment's override, else the default; an invalid override is an error. */
export function heapGrowingPercent(env: Record<string, string | undefined>): number {
  const raw = env.HANGVIET_HEAP_GROWING_PERCENT;
  if (raw === undefined || raw === '') return HEAP_GROWING_PERCENT;
  if (!/^\d+$/.test(raw.trim())) {
    throw new Error(`HANGVIET_HEAP_GROWING_PERCENT=${raw}: cần một số nguyên không âm (0 là mặc định của V8, ${HEAP_GROWING_PERCENT} là mặc định của trang).`);
  }
  return Number(raw.trim());
}

/** The callbacks, shared by the pages' bundle and the integrations through a global (they are separate module graphs). */
const AFTER_PAGES = Symbol.for('hangviet.after-pages');
const registered = () => ((globalThis as { [AFTER_PAGES]?: Set<() => void> })[AFTER_PAGES] ??= new Set());

/** Have `release` called once every page of the build is generated. */
export function afterPages(release: () => void): void {
  registered().add(release);
}

/** Call and forget every `afterPages` callback. */
export function pagesDone(): void {
  const all = registered();
  for (const release of all) release();
  all.clear();
}

/** Set when `astro build` starts (not the dev server, `astro sync` or a test): shared with the pages' bundle through a global. */
const BUILDING = Symbol.for('hangviet.astro-build');

/**
 * Whether this process runs `astro build`. Not Vite's `import.meta.env.PROD`, which follows
 * NODE_ENV: a build run with NODE_ENV=development (a person's shell, a test runner) would quietly
 * skip what only a build does (reused route families, exports written after the pages…).
 */
export function astroBuildRunning(): boolean {
  return (globalThis as { [BUILDING]?: boolean })[BUILDING] === true;
}

export function buildMemory(): AstroIntegration {
  return {
    name: 'hangviet-build-memory',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        (globalThis as { [BUILDING]?: boolean })[BUILDING] = true;
        // V8 reads this flag at each full collection, so setting it once the process runs takes effect.
        setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent(process.env)}`);
      },
      'astro:build:generated': () => pagesDone(),
    },
  };
}
