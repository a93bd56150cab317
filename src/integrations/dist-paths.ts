/**
 * Paths of the output folder's files, tens of thousands per build: joined and made relative by
 * slicing when they are plainly inside the folder (`path.join` and `path.relative` normalise every
 * one: 150 ms for the 62,000 files of a national build), else as `path` does.
 */
import { statSync, type Stats } from 'node:fs';
import path from 'node:path';

/** A path with no `.` or `..` segment and no hidden name, which slicing leaves as `path` would. */
const plain = (p: string) => !p.startsWith('.') && !p.includes(`${path.sep}.`);

/** `root` joined with `rel`, a path relative to it. */
export const under = (root: string, rel: string): string =>
  rel && plain(rel) && !path.isAbsolute(rel) ? `${root}${path.sep}${rel}` : path.join(root, rel);

/** The path of `file` (absolute) relative to `root`. */
export const within = (root: string, file: string): string =>
  file.startsWith(root + path.sep) && plain(file.slice(root.length + 1)) ? file.slice(root.length + 1) : path.relative(root, file);

/**
 * The output folder's files as stat found them once the pages were written, shared by the
 * finishing steps that look at every file (precompress.ts for sizes, offline.ts for its digest:
 * 38,000 files nationally, 0.1 s each time). Only for files no later step rewrites: those steps
 * run after the files are final, and the cache is emptied when a build starts and when it ends.
 */
const STATS = Symbol.for('hangviet.dist-stats');
const stats = () => ((globalThis as { [STATS]?: Map<string, Stats> })[STATS] ??= new Map());

/** `statSync(file)`, once per build (throws as statSync does). */
export function statOnce(file: string): Stats {
  let st = stats().get(file);
  if (!st) stats().set(file, (st = statSync(file)));
  return st;
}

/** Forget every stat (a build starts, or has ended). */
export function forgetStats(): void {
  stats().clear();
}
