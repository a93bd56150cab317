/**
 * The view cache: for each route family (the pages of one `getStaticPaths`), what the last build
 * computed its view models from and the cache key of each page. A build whose inputs to a family
 * are unchanged gives Astro the recorded keys without computing any of the family's view models
 * (data/families.ts decides, and computes them after all if a page must be rendered); after a
 * one-post change, that is every family but the news and the search index.
 *
 * The pages' bundle and the integrations are separate module graphs, so they share the records
 * through a global (as streamed-files.ts does). The records sit in Astro's cache folder and are
 * written when a build ends well; `astro build --force` reads none of them (every family is
 * computed, and recorded again).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** One route family as a build computed it. */
export interface FamilyRecord {
  /** The code, the build day and the site settings it was computed with (data/page.ts `keyBase`). */
  base: string;
  /** What its view models read (data/reads.ts), each with the fingerprint of its value then. */
  inputs: [string, string][];
  /** Each page's parameters (an absent rest parameter as `null`) and cache key (a streamed file's: its path under dist/ as `file`). */
  pages: [Record<string, string | null>, string][];
  /** A single page's view model itself (routes without `getStaticPaths`, which Astro renders at every build). */
  view?: unknown;
}

interface State {
  previous: Record<string, FamilyRecord>;
  /** Each previous record's line of the file, written back as it was when the family is reused. */
  lines: Map<string, string>;
  next: Record<string, FamilyRecord>;
  seen: Set<string>;
  reused: number;
}

/**
 * The records' text: a line per family, `[name, record]` as JSON. A family reused from the last
 * build keeps its line as read, so a rebuild serialises only the families it computed (the
 * records of a national build are 5 MB: serialising them all cost a one-post rebuild 0.1 s).
 */
export function recordsText(next: Record<string, FamilyRecord>, lines: ReadonlyMap<string, string>, previous: Record<string, FamilyRecord>): string {
  let text = '';
  for (const [name, record] of Object.entries(next)) text += `${record === previous[name] ? lines.get(name)! : JSON.stringify([name, record])}\n`;
  return text;
}

/** The records a file holds, and each one's line. */
export function readRecords(text: string): { previous: Record<string, FamilyRecord>; lines: Map<string, string> } {
  const previous: Record<string, FamilyRecord> = {};
  const lines = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [name, record] = JSON.parse(line) as [string, FamilyRecord];
    previous[name] = record;
    lines.set(name, line);
  }
  return { previous, lines };
}

const STATE = Symbol.for('hangviet.view-cache');

/** The records' file in Astro's cache folder. */
export const VIEW_CACHE_FILE = 'hangviet-view-cache.jsonl';
const state = () => (globalThis as { [STATE]?: State })[STATE];

/** The record the last build left of family `name`, if a build with the cache is running and one is there. */
export function previousFamily(name: string): FamilyRecord | undefined {
  return state()?.previous[name];
}

/**
 * Note that this build computed or reused family `name` (with its record, if it may be reused by
 * the next build). Two families of one name would take each other's records: that is an error.
 */
export function recordFamily(name: string, record: FamilyRecord | undefined, reused: boolean, shared = false): void {
  const s = state();
  if (!s) return;
  // A single page's view function may serve two routes (the open-data page and its catalogue): the same view.
  if (shared && s.seen.has(name)) return;
  if (!name || s.seen.has(name)) {
    throw new Error(`Lỗi mã nguồn: hai nhóm trang cùng tên "${name}" – mỗi hàm mô hình trang của một route cần một tên riêng (data/families.ts).`);
  }
  s.seen.add(name);
  if (record) s.next[name] = record;
  if (reused) s.reused++;
}

/** Whether this run is `astro build --force`, which must not reuse what earlier builds computed. */
export const forced = () => process.argv.includes('--force');

export function viewCache(): AstroIntegration {
  let file = '';
  return {
    name: 'hangviet-view-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        file = path.join(fileURLToPath(config.cacheDir), VIEW_CACHE_FILE);
      },
      'astro:build:start': () => {
        let read: ReturnType<typeof readRecords> = { previous: {}, lines: new Map() };
        if (!forced()) {
          try {
            read = readRecords(readFileSync(file, 'utf8'));
          } catch {
            // First build, the cache folder was emptied, or a file in another form: every family is computed.
          }
        }
        (globalThis as { [STATE]?: State })[STATE] = { ...read, next: {}, seen: new Set(), reused: 0 };
      },
      'astro:build:done': ({ logger }) => {
        const s = state();
        if (!s) return;
        delete (globalThis as { [STATE]?: State })[STATE];
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(`${file}.partial`, recordsText(s.next, s.lines, s.previous));
        renameSync(`${file}.partial`, file);
        logger.info(`Mô hình trang: ${s.seen.size} nhóm trang, ${s.reused} nhóm dùng lại từ lần dựng trước (dữ liệu vào không đổi), ${s.seen.size - s.reused} nhóm tính lại.`);
      },
    },
  };
}
