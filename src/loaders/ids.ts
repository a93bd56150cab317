/**
 * Ids for MDX entries: the file name without extension, which must be a diacritic-free slug.
 * Two files with the same id (e.g. `a.md` and `a.mdx`) fail the build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A `generateId` for Astro's `glob()` loader that keeps ids unique within one collection. */
export function fileIds() {
  const owners = new Map<string, string>();
  return ({ entry, base }: { entry: string; base: URL }): string => {
    const id = path.basename(entry, path.extname(entry));
    const where = (e: string) => path.relative(process.cwd(), path.join(fileURLToPath(base), e));
    if (!ID.test(id)) {
      throw new Error(`${where(entry)}: tên tệp "${id}" phải viết chữ thường không dấu, số và dấu gạch ngang (ví dụ "ke-hoach-28-2023.mdx")`);
    }
    const owner = owners.get(id);
    if (owner && owner !== entry) {
      throw new Error(`${where(entry)}: id "${id}" bị trùng với ${where(owner)}; hãy đổi tên một trong hai tệp`);
    }
    owners.set(id, entry);
    return id;
  };
}
