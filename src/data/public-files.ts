/** Files the site serves from `public/` as content links to them (a fair's registration form). */
import { statSync } from 'node:fs';
import path from 'node:path';
import { noteRead } from './reads.ts';

/** The size in bytes of `public/<sitePath>`, or `undefined` when there is no such file. */
export function publicFileSize(sitePath: string): number | undefined {
  noteRead('public');
  try {
    return statSync(path.join(process.cwd(), 'public', sitePath)).size;
  } catch {
    return undefined;
  }
}
