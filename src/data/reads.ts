/**
 * Which parts of the site's data a computation reads. A route family's view models are a pure
 * function of the fields of `SiteData` they read (and of the code, the site settings and the build
 * day, which every page key holds): knowing which fields, a build whose inputs to a family are
 * unchanged can reuse the family's keys without computing a single view model (view-cache.ts).
 *
 * Nothing is listed by hand: `tracked(data)` gives the data a getter per field that notes the read
 * in the computation running at that moment (an AsyncLocalStorage, so reads after an `await` count
 * for the computation that awaited). A value worked out once per build and shared by several
 * families (`memoOnData`) notes, at every use, the fields it was computed from. An input that is
 * not in `SiteData` either has a source of its own (`public`: the files served from public/;
 * `published`: the open data as last published, data/changes.ts) or makes the computation's
 * result not reusable (`noteUntracked`).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SiteData } from './site-data.ts';

/** What a computation read: fields of `SiteData`, and the other inputs the view cache knows. */
export type Read = keyof SiteData | 'public' | 'published' | 'untracked';

const reading = new AsyncLocalStorage<Set<Read>>();

/** Note that the running computation read `what` (nothing when no computation is tracked). */
export function noteRead(what: Read): void {
  reading.getStore()?.add(what);
}

/** Note that the running computation read something the view cache cannot fingerprint: its result is never reused. */
export function noteUntracked(): void {
  noteRead('untracked');
}

/**
 * Run `compute`, returning its result and what it read; the reads also count for a computation
 * around this one. A promise's reads after each `await` still go to the same set, once it settles.
 */
export function readsOfSync<T>(compute: () => T): { value: T; reads: Set<Read> } {
  const reads = new Set<Read>();
  const value = reading.run(reads, compute);
  const outer = reading.getStore();
  if (outer) for (const r of reads) outer.add(r);
  return { value, reads };
}

const trackedOf = new WeakMap<SiteData, SiteData>();

/**
 * `data` with a getter per field that notes the read: the object every view model of a build is
 * given (one per `data`, so values memoised on it are shared by every route).
 */
export function tracked(data: SiteData): SiteData {
  let view = trackedOf.get(data);
  if (!view) {
    const fields = Object.keys(data) as (keyof SiteData)[];
    view = Object.create(null, Object.fromEntries(
      fields.map((field) => [field, { enumerable: true, get: () => (noteRead(field), data[field]) }]),
    )) as SiteData;
    trackedOf.set(data, view);
  }
  return view;
}

/**
 * `compute` memoised per `data` (once per build), noting at every call the reads of the first: a
 * family that finds the value already computed by another still depends on what it was made from.
 */
export function memoOnData<T>(compute: (data: SiteData) => T): (data: SiteData) => T {
  const memo = new WeakMap<SiteData, { value: T; reads: Set<Read> }>();
  return (data) => {
    let found = memo.get(data);
    if (!found) {
      found = readsOfSync(() => compute(data));
      memo.set(data, found);
    } else {
      for (const r of found.reads) noteRead(r);
    }
    return found.value;
  };
}
