/**
 * The open data as last published, read before this build: from HANGVIET_PREVIOUS_DATA (a folder,
 * or the address of a site's /du-lieu/ to fetch) or else from what the last build here kept
 * (integrations/published-data.ts). What changed since is found by lib/data-changes.ts.
 *
 * A source that is named but cannot be read stops the build: going on would publish a change log
 * that forgot the earlier changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { publishedFolder, publishedJson, readPublishedFile } from '../integrations/published-data.ts';
import { CHANGE_DATASETS, isDataChange, type DataChange, type ExportRow, type Snapshot } from '../lib/data-changes.ts';
import { datasetById } from '../lib/open-data-dictionary.ts';
import { noteRead, noteUntracked } from './reads.ts';

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

/** The files a publication is read from, in the order they are read. */
const FILES = [...Object.keys(CHANGE_DATASETS).map((id) => `${id}.json`), 'thay-doi.json'];

/** Where the data as last published comes from: the folder or address HANGVIET_PREVIOUS_DATA names, else what the last build here kept. */
function previousSource(): { from: string; named: boolean; remote: boolean } {
  const named = process.env.HANGVIET_PREVIOUS_DATA;
  if (named) return { from: named, named: true, remote: /^https?:\/\//.test(named) };
  return { from: publishedFolder(), named: false, remote: false };
}

/**
 * Note, in the computation running (reads.ts), that it read the data as last published: a folder
 * has a fingerprint (`publishedDigest`); an address would have to be fetched to get one, so a view
 * made from it is never reused.
 */
export function notePublishedRead(): void {
  if (previousSource().remote) noteUntracked();
  else noteRead('published');
}

/**
 * The fingerprint of the published data in a folder: each file's bytes (a missing file counts as
 * missing). An address gets a mark no record holds (a view that read it is never recorded), so a
 * view recorded from a folder is computed again once the source is an address.
 */
export function publishedDigest(): string {
  const { from, remote } = previousSource();
  if (remote) return `address:${from}`;
  const hash = createHash('sha1');
  for (const file of FILES) {
    const at = path.join(from, file);
    hash.update(file).update('\0');
    if (existsSync(at)) hash.update(readFileSync(at));
    else hash.update('\u0001missing');
    hash.update('\0');
  }
  return hash.digest('base64url');
}

let memo: Promise<Published | undefined> | undefined;

/** The data as last published, or undefined before the first build (nothing to compare with). */
export function previousPublished(): Promise<Published | undefined> {
  memo ??= (async () => {
    const { from, named, remote } = previousSource();
    const advice = 'hãy kiểm tra địa chỉ trang /du-lieu/ đã công bố và mạng, hoặc bỏ biến này để so sánh với lần dựng trước trên máy này';
    if (named && !remote && !existsSync(from)) {
      throw new Error(`HANGVIET_PREVIOUS_DATA: không có thư mục ${from}; hãy ghi thư mục chứa các tệp của /du-lieu/ đã công bố`);
    }
    if (named) return read(from, from, 'HANGVIET_PREVIOUS_DATA', advice);
    return read(from, 'lần dựng trước', from, 'dữ liệu giữ ở đó bị hỏng: hãy xóa thư mục đó rồi dựng lại');
  })();
  return memo;
}
