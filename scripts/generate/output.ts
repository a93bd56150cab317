/**
 * The output folder: emptied before a run (only if it is empty or a previous output), then filled
 * with text files in NFC and with copies of real documents.
 */
import { cp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Write `text` in NFC to `rel` under `out`, creating its folder. */
export async function writeText(out: string, rel: string, text: string): Promise<void> {
  const file = path.join(out, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text.normalize('NFC'));
}

/** Copy a folder's visible files (recursively); returns the number of files copied. */
export async function copyFolder(from: string, to: string): Promise<number> {
  let entries;
  try {
    entries = await readdir(from, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  let n = 0;
  for (const e of entries.sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
    if (!e.isFile() || e.name.startsWith('.')) continue;
    const rel = path.relative(from, path.join(e.parentPath, e.name));
    if (rel.split(path.sep).some((part) => part.startsWith('.'))) continue;
    await mkdir(path.dirname(path.join(to, rel)), { recursive: true });
    await cp(path.join(from, rel), path.join(to, rel));
    n++;
  }
  return n;
}

/**
 * Empty the output folder, refusing anything that is not a previous output or empty, and the
 * project's own root, `content/` and `src/`.
 */
export async function prepareOutput(out: string, project: string): Promise<void> {
  const forbidden = [project, path.join(project, 'content'), path.parse(out).root];
  if (forbidden.includes(out) || out.startsWith(path.join(project, 'content') + path.sep) || out.startsWith(path.join(project, 'src'))) {
    throw new Error(`refusing to write into ${out}: choose a folder outside content/ and src/`);
  }
  let exists = false;
  try {
    exists = (await stat(out)).isDirectory();
  } catch {
    exists = false;
  }
  if (exists) {
    const entries = await readdir(out);
    if (entries.length && !entries.includes('site.yaml')) {
      throw new Error(`refusing to empty ${out}: it is not empty and has no site.yaml (not a previous output)`);
    }
    await rm(out, { recursive: true, force: true });
  }
  await mkdir(out, { recursive: true });
}
