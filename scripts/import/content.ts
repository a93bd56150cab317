/**
 * The records already in a collection folder, as the import reads them to find duplicates, ids in
 * use and the businesses, programmes and products rows refer to: YAML/JSON rows, or the
 * frontmatter of Markdown files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitRecords } from '../../src/loaders/records.ts';

/** The frontmatter of a Markdown file, or undefined when it has none that parses. */
function frontmatter(text: string): Record<string, unknown> | undefined {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  try {
    const value = m ? (parseYaml(m[1]!) as unknown) : undefined;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The records of a collection folder (YAML/JSON rows, or Markdown files), but those `skip` says are the import's own. */
export function contentRecords(dir: string, skip: (file: string, text: string) => boolean = () => false): { id: string; data: Record<string, unknown>; file: string }[] {
  if (!existsSync(dir)) return [];
  const found: { id: string; data: Record<string, unknown>; file: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.startsWith('_') || !/\.(ya?ml|json|mdx?)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    if (skip(file, text)) continue;
    if (/\.mdx?$/.test(entry.name)) {
      const data = frontmatter(text);
      if (data) found.push({ id: path.basename(entry.name, path.extname(entry.name)), data, file: path.relative(dir, file) });
      continue;
    }
    for (const row of splitRecords(text, file).records) if (row.id) found.push({ id: row.id, data: row.data, file: path.relative(dir, file) });
  }
  return found;
}

