/**
 * The worker thread the build computes the search index's files in (search-files.ts): it gets the
 * numbered documents and the folder to write them to (search-output.ts), writes them, answers with
 * their names and how many it wrote, and is then stopped. Node runs it from this source file (type
 * stripping), outside Vite's bundle, so it imports only modules with no `astro:` imports.
 */
import { parentPort } from 'node:worker_threads';
import type { IndexInput } from './search-files.ts';
import { writeIndexFiles } from './search-output.ts';

parentPort!.once('message', ({ input, dir }: { input: IndexInput; dir: string }) => {
  parentPort!.postMessage(writeIndexFiles(input, dir));
});
