/**
 * The open data as last published, read before this build: from HANGVIET_PREVIOUS_DATA (a folder,
 * or the address of a site's /du-lieu/ to fetch) or else from what the last build here kept
 * (integrations/published-data.ts). What changed since is found by lib/data-changes.ts.
 *
 * A source that is named but cannot be read stops the build: going on would publish a change log
 * that forgot the earlier changes.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { publishedFolder } from '../integrations/published-data.ts';
import { CHANGE_DATASETS, isDataChange, type DataChange, type ExportRow, type Snapshot } from '../lib/data-changes.ts';
import { datasetById } from '../lib/open-data-dictionary.ts';

export interface Published {
  /** Where it was read from, for the page ("lần dựng trước", or the address). */
  source: string;
  snapshot: Snapshot;
  log: DataChange[];
}

/** The JSON text of one published file, or undefined when the source does not have it. */
type Reader = (file: string) => Promise<string | undefined>;

function folderReader(folder: string): Reader {
  return async (file) => {
    const at = path.join(folder, file);
    return existsSync(at) ? readFileSync(at, 'utf8') : undefined;
  };
}

function urlReader(base: string): Reader {
  return async (file) => {
    const url = new URL(file, base.endsWith('/') ? base : `${base}/`);
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      throw new Error(`HANGVIET_PREVIOUS_DATA: không tải được ${url.href} (${(error as Error).message}); hãy kiểm tra địa chỉ và mạng, hoặc bỏ biến này để so sánh với lần dựng trước trên máy này`);
    }
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`HANGVIET_PREVIOUS_DATA: ${url.href} trả về mã ${response.status}; hãy kiểm tra địa chỉ trang /du-lieu/ đã công bố`);
    return response.text();
  };
}

function parsed(text: string, file: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${source}: tệp ${file} không phải JSON đọc được; dữ liệu đã công bố có thể bị hỏng`);
  }
}

async function read(source: string, reader: Reader): Promise<Published | undefined> {
  const snapshot: Snapshot = new Map();
  for (const id of Object.keys(CHANGE_DATASETS)) {
    const text = await reader(`${id}.json`);
    if (text === undefined) continue;
    const key = datasetById(id)!.key;
    const rows = (parsed(text, `${id}.json`, source) as Record<string, unknown>)[key];
    if (!Array.isArray(rows)) throw new Error(`${source}: tệp ${id}.json không có danh sách "${key}"`);
    snapshot.set(id, new Map((rows as ExportRow[]).filter((r) => typeof r?.id === 'string').map((r) => [r.id, r])));
  }
  const logText = await reader('thay-doi.json');
  const log = logText === undefined ? [] : ((parsed(logText, 'thay-doi.json', source) as { changes?: unknown[] }).changes ?? []).filter(isDataChange);
  return snapshot.size || log.length ? { source, snapshot, log } : undefined;
}

let memo: Promise<Published | undefined> | undefined;

/** The data as last published, or undefined before the first build (nothing to compare with). */
export function previousPublished(): Promise<Published | undefined> {
  memo ??= (async () => {
    const named = process.env.HANGVIET_PREVIOUS_DATA;
    if (named && /^https?:\/\//.test(named)) return read(named, urlReader(named));
    if (named) {
      if (!existsSync(named)) throw new Error(`HANGVIET_PREVIOUS_DATA: không có thư mục ${named}; hãy ghi thư mục chứa các tệp của /du-lieu/ đã công bố`);
      return read(named, folderReader(named));
    }
    return read('lần dựng trước', folderReader(publishedFolder()));
  })();
  return memo;
}
