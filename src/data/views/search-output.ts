/**
 * The search index's files written straight into dist/ (`astro build`): by the worker thread that
 * computes them (search-worker.ts), so the files' text never crosses to the build's own thread and
 * the index is not on its path. A file whose text is already there is left alone (its modification
 * time too), so a build that changed one post rewrites only the files it touched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writePieces } from '../../integrations/streamed-files.ts';
import { indexFiles, type IndexInput } from './search-files.ts';

/** What a writing of the index did: every file's name (`t/dao`, `muc-luc`…), and how many were new or changed. */
export interface WrittenIndex {
  names: string[];
  written: number;
}

/** Write the index of `input` into `dir` (dist/tim-kiem/chi-muc), each file as `<name>.json`. */
export function writeIndexFiles(input: IndexInput, dir: string): WrittenIndex {
  const names: string[] = [];
  let written = 0;
  for (const [name, text] of indexFiles(input)) {
    names.push(name);
    const file = path.join(dir, `${name}.json`);
    let same = false;
    try {
      same = readFileSync(file, 'utf8') === text;
    } catch {
      // Not there yet.
    }
    if (same) continue;
    // Through a temporary file, as the exports: a build stopped half-way leaves no half-written file.
    writePieces(file, [text]);
    written++;
  }
  return { names, written };
}
