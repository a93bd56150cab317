/**
 * The records already in a collection folder, as the import reads them to find duplicates, ids in
 * use and the businesses, programmes and products rows refer to: YAML/JSON rows, or the
 * frontmatter of Markdown files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { businessKey } from '../../src/lib/import-businesses.ts';
import { fairKey } from '../../src/lib/import-fairs.ts';
import { honorKey } from '../../src/lib/import-honors.ts';
import { pointKey } from '../../src/lib/import-points.ts';
import { productKey } from '../../src/lib/import-products.ts';
import { foldLabel } from '../../src/lib/import-values.ts';
import { collectionDir } from '../../src/loaders/content-root.ts';
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


const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/**
 * What makes a record already in the content the same as an imported one, per collection, read
 * from the record as its file has it: the keys the import rules define (lib/import-<collection>.ts).
 */
export const CONTENT_KEYS: Readonly<Record<string, (data: Record<string, unknown>) => string | undefined>> = {
  businesses: (d) => (d.taxCode === undefined ? undefined : businessKey({ taxCode: str(d.taxCode) })),
  products: (d) => (d.name && d.business ? productKey({ name: str(d.name), business: str(d.business) }) : undefined),
  points: (d) => {
    const a = d.address as { street?: unknown; commune?: unknown } | undefined;
    return d.name && a?.commune ? pointKey({ name: str(d.name), address: { street: str(a.street), commune: str(a.commune), province: '' } }) : undefined;
  },
  honors: (d) => (d.program && d.business ? honorKey({ program: str(d.program), year: Number(d.year), business: str(d.business), product: d.product ? str(d.product) : undefined }) : undefined),
  fairs: (d) => (typeof d.title === 'string' && typeof d.start === 'string' ? fairKey({ title: d.title, start: d.start }) : undefined),
};

/** The honours programmes of the content, by id and by folded name. */
export function programIndex(): Map<string, string> {
  const programs = new Map<string, string>();
  for (const { id, data } of contentRecords(collectionDir('honor-programs'))) {
    programs.set(id, id);
    if (typeof data.name === 'string') programs.set(foldLabel(data.name), id);
  }
  return programs;
}
