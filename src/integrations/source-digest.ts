/**
 * A fingerprint of project files, for caches that must not outlive a change to the code. Build
 * time only (reads the file system).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Digest of the files at `paths`, relative to the project root (the working directory): folders
 * are read recursively; a missing path counts as empty. Names and contents both count.
 */
export function sourceDigest(paths: readonly string[]): string {
  const root = process.cwd();
  const hash = createHash('sha1');
  for (const rel of paths) {
    const full = path.join(root, rel);
    let files: string[];
    try {
      files = statSync(full).isDirectory()
        ? readdirSync(full, { withFileTypes: true, recursive: true })
            .filter((e) => e.isFile())
            .map((e) => path.join(e.parentPath, e.name))
            .sort()
        : [full];
    } catch {
      continue;
    }
    for (const file of files) hash.update(path.relative(root, file)).update(readFileSync(file));
  }
  return hash.digest('base64url');
}
