/**
 * Where content is read from. The default is `content/`; `HANGVIET_CONTENT` names another folder
 * (the national-scale benchmark dataset, a test fixture) without touching the project.
 */
import path from 'node:path';

/** Absolute path of the content root. */
export function contentRoot(): string {
  return path.resolve(process.env.HANGVIET_CONTENT || 'content');
}

/** Absolute path of one collection's folder. */
export function collectionDir(name: string): string {
  return path.join(contentRoot(), name);
}
