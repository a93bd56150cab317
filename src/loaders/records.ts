/**
 * A loader for list-like records that agencies send as spreadsheets: YAML or JSON files, each
 * holding one record, a list of records, or shared fields plus `entries:` (one honours list).
 *
 * Unlike Astro's `glob()`/`file()` it reports every bad record, not just the first, names the
 * file, row, line and field, fails on duplicate ids, and normalises all text to NFC. Files whose
 * names start with `_` (examples) are skipped.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import jsYaml from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { sourceDigest } from '../integrations/source-digest.ts';
import { yamlProblem } from '../lib/schema-messages.ts';
import { nfcDeep } from '../lib/text.ts';
import { collectionDir } from './content-root.ts';
import { contentErrors, schemaIssues, type Explain } from './schema-errors.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A fingerprint of the schemas and the rules they call, part of every record's digest: a record
 * is only reused without re-validation when neither it nor the rules changed.
 */
const RULES = sourceDigest(['src/schemas', 'src/lib']);
const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** One record found in a file, before validation. */
export interface RawRecord {
  id: string | undefined;
  data: Record<string, unknown>;
  /** Human-readable location: "mục 3, dòng 14" for list rows, "" for single-record files. */
  where: string;
}

async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('_') && !e.name.startsWith('.') && EXTENSIONS.has(path.extname(e.name)))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function lineOf(node: YamlNode | unknown, counter: LineCounter): number | undefined {
  const range = (node as YamlNode | undefined)?.range;
  return range ? counter.linePos(range[0]).line : undefined;
}

/** Anchors and aliases (`&a`, `*a`) go through the thorough parser, which limits alias expansion. */
const MAY_ALIAS = /(?:^|[\s:[{,-])[&*][^\s]/m;

/**
 * The file's value, parsed by js-yaml (YAML 1.2 core schema: dates stay text, as with the thorough
 * parser) — about ten times faster than building a full document, which matters for tens of
 * thousands of rows. Undefined when the fast parser refuses the file or it uses anchors: the
 * thorough parser then produces the error messages.
 */
function fastValue(source: string): { value: unknown } | undefined {
  if (MAY_ALIAS.test(source)) return undefined;
  try {
    return { value: jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA, json: false }) };
  } catch {
    return undefined;
  }
}

/**
 * Line numbers of list rows, from the thorough parser: only computed when a message needs one, so
 * files without errors are parsed once, quickly.
 */
function rowLines(source: string): { top: (number | undefined)[]; entries: (number | undefined)[] } {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true });
  const lines = (node: unknown) => (isSeq(node) ? node.items.map((item) => lineOf(item, counter)) : []);
  return { top: lines(doc.contents), entries: lines(isMap(doc.contents) ? doc.contents.get('entries', true) : undefined) };
}

/**
 * Split a parsed file into raw records. Exported for tests.
 * A row's `where` ("mục 3, dòng 14") is worked out when it is first read.
 */
export function splitRecords(source: string, fileName: string): { records: RawRecord[]; errors: string[] } {
  let value: unknown;
  const fast = fastValue(source);
  if (fast) {
    value = fast.value;
  } else {
    const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length) {
      // One message per line and problem: the parser may report one mistake twice.
      return { records: [], errors: [...new Set(doc.errors.map((e) => `${e.linePos ? `dòng ${e.linePos[0].line}: ` : ''}${yamlProblem(e.code)}`))] };
    }
    value = doc.toJS({ maxAliasCount: 100 }) as unknown;
  }
  let lines: ReturnType<typeof rowLines> | undefined;
  const located = (list: 'top' | 'entries', index: number) => {
    lines ??= rowLines(source);
    const line = lines[list][index];
    return `mục ${index + 1}${line ? `, dòng ${line}` : ''}`;
  };
  const stem = path.basename(fileName, path.extname(fileName));
  const rowsOf = (list: 'top' | 'entries', rows: unknown[], shared: Record<string, unknown>) => {
    const errors: string[] = [];
    const records: RawRecord[] = [];
    rows.forEach((row, index) => {
      if (!row || typeof row !== 'object' || Array.isArray(row)) {
        errors.push(`${located(list, index)}: mỗi mục phải là một bản ghi (các cặp trường: giá trị)`);
        return;
      }
      const { id, ...data } = row as Record<string, unknown>;
      const record = { id: id === undefined ? undefined : String(id), data: { ...shared, ...data } } as RawRecord;
      Object.defineProperty(record, 'where', { enumerable: true, get: () => located(list, index) });
      records.push(record);
    });
    return { records, errors };
  };
  if (Array.isArray(value)) return rowsOf('top', value, {});
  if (value && typeof value === 'object') {
    const { entries, id, ...rest } = value as Record<string, unknown>;
    if (entries !== undefined) {
      if (!Array.isArray(entries)) return { records: [], errors: ['"entries" phải là một danh sách'] };
      return rowsOf('entries', entries, rest);
    }
    return { records: [{ id: id === undefined ? stem : String(id), data: rest, where: '' }], errors: [] };
  }
  return { records: [], errors: ['tệp rỗng hoặc không phải một bản ghi hay danh sách bản ghi'] };
}

/**
 * What the last sync kept of one file: the digest of its text and how many records it gave. The
 * ids themselves are found in the store (by file), so the memo stays small: the whole store is
 * part of the built site's code.
 */
interface FileMemo {
  digest: string;
  count: number;
}

/** The memos of the last sync, by file, from the collection's meta store. */
function readMemos(meta: LoaderContext['meta']): Map<string, FileMemo> {
  try {
    const memos = JSON.parse(meta.get('files') ?? '{}') as Record<string, FileMemo>;
    return new Map(Object.entries(memos).filter(([, m]) => typeof m?.digest === 'string' && typeof m.count === 'number'));
  } catch {
    return new Map();
  }
}

/** Where the row with `id` is in `file` ("mục 3, dòng 14"), for a message about a file not parsed this time. */
async function rowOf(file: string, id: string): Promise<string> {
  const { records: rows } = splitRecords(await readFile(file, 'utf8'), file);
  return rows.find((r) => r.id === id)?.where ?? '';
}

/**
 * The loader. `name` is the collection's folder under the content root; `explain` says in the
 * site's words why a record does not fit the schema (schema-errors.ts).
 */
export function records(name: string, explain?: Explain): Loader {
  return {
    name: 'hangviet-records',
    load: async ({ store, meta, parseData, generateDigest, config, collection }) => {
      const dir = collectionDir(name);
      const root = path.resolve(config.root.pathname);
      const files = await listFiles(dir);
      const errors: string[] = [];
      /** Each id seen so far and where it is (worked out only for a message). */
      const seen = new Map<string, () => Promise<string>>();
      const remember = async (id: string, at: () => Promise<string>): Promise<boolean> => {
        const previous = seen.get(id);
        if (previous) {
          errors.push(`${await at()}: id "${id}" bị trùng với ${await previous()}; mỗi bản ghi cần một id riêng`);
          return false;
        }
        seen.set(id, at);
        return true;
      };
      const memos = readMemos(meta);
      /** The stored ids of each file. */
      const storedIds = new Map<string, string[]>();
      for (const [id, entry] of store.entries()) {
        if (!entry.filePath) continue;
        const list = storedIds.get(entry.filePath);
        if (list) list.push(id);
        else storedIds.set(entry.filePath, [id]);
      }
      /** Memos for this sync: files with errors get none, removed files drop out. */
      const kept: Record<string, FileMemo> = {};
      for (const file of files) {
        const rel = path.relative(root, file);
        const source = await readFile(file, 'utf8');
        // A file unchanged since the last sync that was valid then (same text, same rules, all its
        // records still stored from it) is not parsed or validated again. At national scale this
        // is most of the time a sync takes.
        const digest = generateDigest(`${RULES}\n${rel}\n${source}`);
        const memo = memos.get(rel);
        const ids = storedIds.get(rel) ?? [];
        if (memo?.digest === digest && memo.count === ids.length) {
          for (const id of ids) {
            await remember(id, async () => {
              const where = await rowOf(file, id);
              return `${rel}${where ? ` (${where})` : ''}`;
            });
          }
          kept[rel] = memo;
          continue;
        }
        const { records: rows, errors: shapeErrors } = splitRecords(source, file);
        for (const e of shapeErrors) errors.push(`${rel}: ${e}`);
        let fileValid = shapeErrors.length === 0;
        let count = 0;
        for (const row of rows) {
          const at = async () => `${rel}${row.where ? ` (${row.where})` : ''}`;
          if (row.id === undefined) {
            errors.push(`${await at()}: thiếu trường "id" (mã định danh cố định, ví dụ "cho-ben-thanh")`);
            fileValid = false;
            continue;
          }
          if (!ID.test(row.id)) {
            errors.push(`${await at()}: id "${row.id}" chỉ được dùng chữ thường không dấu, số và dấu gạch ngang`);
            fileValid = false;
            continue;
          }
          if (!(await remember(row.id, at))) {
            fileValid = false;
            continue;
          }
          count += 1;
          const raw = nfcDeep(row.data);
          const rowDigest = generateDigest({ ...raw, '#file': rel, '#rules': RULES });
          // Unchanged since the last sync (same data, file and rules): it was valid then, keep it.
          if (store.get(row.id)?.digest === rowDigest) continue;
          try {
            const data = await parseData({ id: row.id, data: raw, filePath: file });
            store.set({ id: row.id, data, filePath: rel, digest: rowDigest });
          } catch (error) {
            fileValid = false;
            for (const issue of await schemaIssues(error, raw, explain)) errors.push(`${await at()}, id "${row.id}": ${issue}`);
          }
        }
        if (fileValid) kept[rel] = { digest, count };
      }
      // Records whose file or row was removed leave the collection.
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      meta.set('files', JSON.stringify(kept));
      if (errors.length) {
        throw contentErrors(collection, errors);
      }
    },
  };
}

/** The loader for the site's identity: one entry, id "site", from `site.yaml` at the content root. */
export function siteFile(explain?: Explain): Loader {
  return {
    name: 'hangviet-site',
    load: async ({ store, parseData, config }) => {
      const file = path.join(collectionDir('.'), 'site.yaml');
      const rel = path.relative(path.resolve(config.root.pathname), file);
      let source: string;
      try {
        source = await readFile(file, 'utf8');
      } catch {
        throw new Error(`Thiếu tệp ${rel}: tệp này khai báo tên Ban Chỉ đạo, liên hệ, đường dây nóng và bản đồ; hãy sao chép từ content/site.yaml mẫu`);
      }
      const { records: rows, errors } = splitRecords(source, file);
      const row = rows[0];
      if (errors.length || !row || rows.length !== 1) {
        throw new Error(`${rel}: ${errors.join('; ') || 'phải là một bản ghi duy nhất'}`);
      }
      const data = nfcDeep(row.data);
      try {
        store.set({ id: 'site', data: await parseData({ id: 'site', data, filePath: file }), filePath: rel });
      } catch (error) {
        throw new Error(`${rel} có lỗi; hãy sửa rồi chạy lại:\n${(await schemaIssues(error, data, explain)).map((e) => `  - ${e}`).join('\n')}`);
      }
    },
  };
}
