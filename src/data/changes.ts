/**
 * The open data as last published, read before this build: from HANGVIET_PREVIOUS_DATA (a folder,
 * or the address of a site's /du-lieu/ to fetch) or else from what the last build here kept
 * (integrations/published-data.ts). What changed since is found by lib/data-changes.ts.
 *
 * A source that is named but cannot be read stops the build: going on would publish a change log
 * that forgot the earlier changes.
 */
import { existsSync } from 'node:fs';
import { publishedFolder, publishedJson, readPublishedFile } from '../integrations/published-data.ts';
import { CHANGE_DATASETS, isDataChange, type DataChange, type ExportRow, type Snapshot } from '../lib/data-changes.ts';
import { datasetById } from '../lib/open-data-dictionary.ts';

export interface Published {
  /** Where it was read from, for the page ("lần dựng trước", or the address). */
  source: string;
  snapshot: Snapshot;
  log: DataChange[];
}

/**
 * The data published at `from` (a folder or an address), or undefined when it has none. `source`
 * names it on the page; a reading error starts with `who` and ends with `advice`.
 */
async function read(from: string, source: string, who: string, advice: string): Promise<Published | undefined> {
  const fail = (error: unknown): never => {
    throw new Error(`${who}: ${(error as Error).message}; ${advice}`);
  };
  const json = async (file: string) => {
    const text = await readPublishedFile(from, file).catch(fail);
    if (text === undefined) return undefined;
    try {
      return publishedJson(text, file);
    } catch (error) {
      return fail(error);
    }
  };
  const snapshot: Snapshot = new Map();
  for (const id of Object.keys(CHANGE_DATASETS)) {
    const data = await json(`${id}.json`);
    if (data === undefined) continue;
    const key = datasetById(id)!.key;
    const rows = data[key];
    if (!Array.isArray(rows)) fail(new Error(`tệp ${id}.json không có danh sách "${key}"`));
    snapshot.set(id, new Map((rows as ExportRow[]).filter((r) => typeof r?.id === 'string').map((r) => [r.id, r])));
  }
  const logData = await json('thay-doi.json');
  const log = ((logData?.changes as unknown[] | undefined) ?? []).filter(isDataChange);
  return snapshot.size || log.length ? { source, snapshot, log } : undefined;
}

let memo: Promise<Published | undefined> | undefined;

/** The data as last published, or undefined before the first build (nothing to compare with). */
export function previousPublished(): Promise<Published | undefined> {
  memo ??= (async () => {
    const named = process.env.HANGVIET_PREVIOUS_DATA;
    const advice = 'hãy kiểm tra địa chỉ trang /du-lieu/ đã công bố và mạng, hoặc bỏ biến này để so sánh với lần dựng trước trên máy này';
    if (named && !/^https?:\/\//.test(named) && !existsSync(named)) {
      throw new Error(`HANGVIET_PREVIOUS_DATA: không có thư mục ${named}; hãy ghi thư mục chứa các tệp của /du-lieu/ đã công bố`);
    }
    if (named) return read(named, named, 'HANGVIET_PREVIOUS_DATA', advice);
    const kept = publishedFolder();
    return read(kept, 'lần dựng trước', kept, 'dữ liệu giữ ở đó bị hỏng: hãy xóa thư mục đó rồi dựng lại');
  })();
  return memo;
}
