/**
 * Ids for MDX entries: the file name without extension, which must be a diacritic-free slug.
 * Two files with the same id (e.g. `a.md` and `a.mdx`) fail the build, and so does a post named
 * after a folder of lists under /tin-tuc/ (`the.md`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Names the collection's pages cannot take: its folder (`/tin-tuc/`) and, per name, what that address holds. */
export interface ReservedIds {
  folder: string;
  names: Readonly<Record<string, string>>;
}

/**
 * A `generateId` for Astro's `glob()` loader that keeps ids unique within one collection and, with
 * `reserved`, refuses the names of the folders the collection's own address holds (a post named
 * `the.mdx` would take `/tin-tuc/the/`, the topics' address).
 */
export function fileIds(reserved?: ReservedIds) {
  const owners = new Map<string, string>();
  return ({ entry, base }: { entry: string; base: URL }): string => {
    const id = path.basename(entry, path.extname(entry));
    const where = (e: string) => path.relative(process.cwd(), path.join(fileURLToPath(base), e));
    if (!ID.test(id)) {
      throw new Error(`${where(entry)}: tên tệp "${id}" phải viết chữ thường không dấu, số và dấu gạch ngang (ví dụ "ke-hoach-28-2023.mdx")`);
    }
    if (reserved && Object.hasOwn(reserved.names, id)) {
      throw new Error(`${where(entry)}: tên tệp "${id}" không dùng được vì địa chỉ ${reserved.folder}${id}/ dành cho ${reserved.names[id]}; hãy đặt tên khác cho tệp, ví dụ vài từ không dấu của tiêu đề`);
    }
    const owner = owners.get(id);
    if (owner && owner !== entry) {
      throw new Error(`${where(entry)}: id "${id}" bị trùng với ${where(owner)}; hãy đổi tên một trong hai tệp`);
    }
    owners.set(id, entry);
    return id;
  };
}
