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
 * A rebuild that expects to reuse the last build's work (the view cache has records, and the
 * build is not `--force`) runs with V8's default until heavy work comes: a route family of more
 * than `HEAVY_FAMILY_PAGES` pages to compute, or one never recorded (data/families.ts calls
 * `heavyWorkAhead`). Then the policy applies, after one full collection so that the heap grows
 * from what is live, not from what V8's default let it reach. A one-post rebuild, which computes
 * a few small families, so never collects at every fifth of growth while 700 MB of data load
 * (about a second of its 11 nationally); a build after a change to the code or to a large
 * collection peaks as a full build does.
 *
 * `HANGVIET_HEAP_GROWING_PERCENT` overrides it (0 is V8's default: faster, for a machine with
 * memory to spare). Only `astro build` is changed, and only its own process.
 *
 * Once every page is generated, what the pages' modules registered with `afterPages` is let go
 * of: those modules stay loaded until the build ends, and so would the site's data they hold,
 * through the finishing steps (at scale 2, 46,000 QR files drawn, every large file compressed).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import { forced, VIEW_CACHE_FILE } from './view-cache.ts';

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

/** A family with more pages than this to compute is heavy work: the build's policy applies from then on. */
export const HEAVY_FAMILY_PAGES = 2000;

/** The policy a rebuild holds back while it does light work, shared with the pages' bundle through a global. */
const HELD = Symbol.for('hangviet.heap-policy-held');

/** Whether the build's policy is still held back (a rebuild that has met no heavy work yet). */
export function heapPolicyHeld(): boolean {
  return (globalThis as { [HELD]?: number })[HELD] !== undefined;
}

/** Heavy work comes: apply the held-back policy, once, after a full collection. */
export function heavyWorkAhead(): void {
  const held = (globalThis as { [HELD]?: number })[HELD];
  if (held === undefined) return;
  delete (globalThis as { [HELD]?: number })[HELD];
  setFlagsFromString(`--heap-growing-percent=${held}`);
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('typeof gc === "function" ? gc : undefined') as (() => void) | undefined;
  gc?.();
}

export function buildMemory(): AstroIntegration {
  return {
    name: 'hangviet-build-memory',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        (globalThis as { [BUILDING]?: boolean })[BUILDING] = true;
        const percent = heapGrowingPercent(process.env);
        const rebuild = existsSync(path.join(fileURLToPath(config.cacheDir), VIEW_CACHE_FILE)) && !forced();
        if (rebuild && percent !== 0) {
          (globalThis as { [HELD]?: number })[HELD] = percent;
          return;
        }
        // V8 reads this flag at each full collection, so setting it once the process runs takes effect.
        setFlagsFromString(`--heap-growing-percent=${percent}`);
      },
      'astro:build:generated': () => pagesDone(),
    },
  };
}
