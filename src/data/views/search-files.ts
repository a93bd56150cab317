/**
 * The search index's files from its documents, numbered in index order: the postings of every
 * word, the number shards, the result blocks and the table of contents, each as JSON text. Pure and
 * free of the site's data, so the build can run it in a worker thread (search-worker.ts) while the
 * other routes compute their view models; `astro dev` and the tests run it in the same thread.
 */
import { createHash } from 'node:crypto';
import {
  DOCS_PER_BLOCK,
  encodeIds,
  FIELDS,
  isLongNumber,
  numberFile,
  numbersIn,
  SEARCH_TYPES,
  toRuns,
  wordKey,
  words,
  type Field,
  type NumberFile,
  type ResultDoc,
  type SearchMeta,
  type SearchType,
  type WordFile,
} from '../../lib/search-engine.ts';
import { textDigest } from '../text-digest.ts';

/** One searchable thing, before numbering. */
export interface SearchDoc {
  type: SearchType;
  /** Province code, if the thing belongs to one. */
  province?: string | undefined;
  year?: number | undefined;
  result: ResultDoc;
  /** Searchable words beyond the result's title and lines (a post's body). */
  more?: string[];
  /** Numbers it is found by (tax code, phone), as written. */
  numbers?: string[];
  /** Its title is a passage of text (a task), weighed as text rather than as a name. */
  titleIsText?: boolean;
}

/** What the index is made from: the documents in index order with their facets' numbers, and the provinces (code, slug, short name) the numbers count from 1. */
export interface IndexInput {
  docs: { doc: SearchDoc; type: number; province: number; year: number }[];
  provinces: [code: string, slug: string, shortName: string][];
}

/**
 * The files of the index, by their path under /tim-kiem/chi-muc/ without `.json`, as JSON text:
 * each body is serialised once, for the index's version, the page's cache key and the file itself.
 */
export function indexFiles({ docs, provinces }: IndexInput): Map<string, string> {
  // word key → spelling → field → document numbers (ascending, as documents are visited in order)
  const postings = new Map<string, Map<string, number[][]>>();
  const numbers = new Map<string, number[]>();
  const addNumber = (n: string, id: number) => {
    const list = numbers.get(n) ?? [];
    if (list.at(-1) !== id) list.push(id);
    numbers.set(n, list);
  };
  // Folding is the index's costliest step and the same few thousand words recur across 26,000
  // documents (national scale): each spelling is folded once per build.
  const keys = new Map<string, string | undefined>();
  const keyOf = (w: string) => {
    if (keys.has(w)) return keys.get(w);
    const key = wordKey(w);
    keys.set(w, key);
    return key;
  };
  docs.forEach(({ doc }, id) => {
    const r = doc.result;
    const fields: Record<Field, string[]> = {
      title: doc.titleIsText ? [] : [r.title],
      text: [...(doc.titleIsText ? [r.title] : []), ...r.lines, ...(r.date ? [r.date] : []), ...(doc.more ?? [])],
      alias: (r.old ?? []).map(([old]) => old),
    };
    FIELDS.forEach((field, f) => {
      for (const text of fields[field]) {
        for (const w of words(text)) {
          const key = keyOf(w);
          if (!key) continue;
          if (isLongNumber(key)) {
            addNumber(key, id);
            continue;
          }
          let spellings = postings.get(key);
          if (!spellings) postings.set(key, (spellings = new Map()));
          let byField = spellings.get(w);
          if (!byField) spellings.set(w, (byField = [[], [], []]));
          const list = byField[f]!;
          if (list.at(-1) !== id) list.push(id);
        }
        if (field !== 'alias') for (const n of numbersIn(text)) addNumber(n, id);
      }
    });
    for (const n of doc.numbers ?? []) for (const digits of numbersIn(n)) addNumber(digits, id);
  });

  const bodies = new Map<string, unknown>();
  const vocabulary: Record<string, number> = {};
  for (const key of [...postings.keys()].sort()) {
    const file: WordFile = {};
    const all = new Set<number>();
    for (const [spelling, byField] of [...postings.get(key)!].sort(([a], [b]) => a.localeCompare(b))) {
      // A document is listed once per spelling, under its weightiest field (title, then old
      // names, then other text: see WEIGHTS).
      const seen = new Set<number>();
      const kept: number[][] = [[], [], []];
      for (const f of [0, 2, 1]) kept[f] = byField[f]!.filter((id) => !seen.has(id) && (seen.add(id), true));
      kept.forEach((ids) => ids.forEach((id) => all.add(id)));
      while (kept.length && !kept.at(-1)!.length) kept.pop();
      file[spelling] = kept.map(encodeIds);
    }
    bodies.set(`t/${key}`, file);
    vocabulary[key] = all.size;
  }
  bodies.set('tu', vocabulary);
  const numberShards = new Map<string, NumberFile>();
  for (const n of [...numbers.keys()].sort()) {
    const shard = numberShards.get(numberFile(n)) ?? {};
    shard[n] = encodeIds(numbers.get(n)!);
    numberShards.set(numberFile(n), shard);
  }
  for (const [s, shard] of numberShards) bodies.set(`so/${s}`, shard);
  for (let b = 0; b * DOCS_PER_BLOCK < docs.length; b++) {
    bodies.set(`tl/${b}`, docs.slice(b * DOCS_PER_BLOCK, (b + 1) * DOCS_PER_BLOCK).map(({ doc }) => doc.result));
  }
  const files = new Map<string, string>();
  const hash = createHash('sha1');
  for (const [name, body] of bodies) {
    const json = JSON.stringify(body);
    files.set(name, json);
    hash.update(`${name}\0${json}\0`);
  }
  const meta: SearchMeta = {
    version: hash.digest('base64url').slice(0, 12),
    types: [...SEARCH_TYPES],
    provinces: [['', '', ''], ...provinces],
    runs: toRuns(docs),
    numberFiles: [...numberShards.keys()],
  };
  files.set('muc-luc', JSON.stringify(meta));
  return files;
}

/** An index file: its name, its JSON text and the text's digest (what the file's page view holds). */
export type IndexFile = [name: string, text: string, digest: string];

/** The files of the index with their digests (hashing 8,000 files is worth doing off the main thread too). */
export function digestedIndexFiles(input: IndexInput): IndexFile[] {
  return [...indexFiles(input)].map(([name, text]): IndexFile => [name, text, textDigest(text)]);
}
