/**
 * The worker thread the build computes the search index's files in (search-files.ts): it gets the
 * numbered documents, answers with the files as `[name, text, digest]`, and is then stopped. Node
 * runs it from this source file (type stripping), outside Vite's bundle, so it imports only
 * modules with no `astro:` imports.
 */
import { parentPort } from 'node:worker_threads';
import { digestedIndexFiles, type IndexInput } from './search-files.ts';

parentPort!.once('message', (input: IndexInput) => {
  parentPort!.postMessage(digestedIndexFiles(input));
});
