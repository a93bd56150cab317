/**
 * `npm run import -- --from <folder or address of another site's /du-lieu/>`: aggregates another
 * committee's open data (its businesses, products, points and honours JSON files) into this
 * site's content, one file per collection (`content/<collection>/lien-thong-<site>.yaml`, written
 * again at each import). Ids stay the source's own, but where this site already uses one: then
 * prefixed by the source's site name, and every reference to it follows. A record this site
 * already has (a business with the same tax code, a product of the same name and business, a point
 * of the same name and address, the same award) is not copied: references attach to this site's.
 * Each record keeps its source (committee and page), shown on its page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { federatedId, recordFromRow, type ExportRow } from '../../src/lib/federation.ts';
import { foldLabel } from '../../src/lib/import-values.ts';
import { slugify } from '../../src/lib/text.ts';
import { collectionDir } from '../../src/loaders/content-root.ts';
import { publishedJson, readPublishedFile } from '../../src/integrations/published-data.ts';
import { yamlDocument, type Yaml } from '../generate/documents.ts';
import { CONTENT_KEYS, contentRecords, programIndex } from './content.ts';
import { UnusableFile } from './sheet.ts';

const ORDER = [
  ['businesses', 'doanh-nghiep', 'businesses'],
  ['products', 'san-pham', 'products'],
  ['points', 'diem-ban', 'points'],
  ['honors', 'ton-vinh', 'honors'],
] as const;

export interface FederationReport {
  from: string;
  committee: string;
  collections: Record<string, { total: number; accepted: number; sameAs: { id: string; local: string }[]; renamed: { id: string; as: string }[]; rejected: { id: string; reason: string }[] }>;
  written: string[];
  changed: boolean;
}

/** The text of one published file, or undefined when the source has none; an unreadable source makes the import stop. */
async function readPublished(from: string, file: string): Promise<string | undefined> {
  try {
    return await readPublishedFile(from, file);
  } catch (error) {
    throw new UnusableFile(`${(error as Error).message}; hãy kiểm tra địa chỉ trang /du-lieu/ và mạng`);
  }
}

function json(text: string, file: string): Record<string, unknown> {
  try {
    return publishedJson(text, file);
  } catch (error) {
    throw new UnusableFile((error as Error).message);
  }
}

/** Aggregate the open data published at `from`. */
export async function importFrom(from: string, options: { dryRun: boolean }): Promise<FederationReport> {
  const catalogText = await readPublished(from, 'catalog.json');
  if (!catalogText) throw new UnusableFile(`${from}: không có catalog.json; hãy ghi thư mục hoặc địa chỉ trang /du-lieu/ của một trang Hàng Việt`);
  const catalog = json(catalogText, 'catalog.json') as { landingPage?: string; dataset?: { publisher?: { name?: string } }[] };
  const committee = catalog.dataset?.[0]?.publisher?.name;
  if (!committee || !catalog.landingPage) throw new UnusableFile(`${from}: catalog.json không ghi Ban Chỉ đạo công bố (publisher) hoặc địa chỉ (landingPage)`);
  const site = slugify(new URL(catalog.landingPage).hostname.replace(/^www\./, '')) || 'nguon';
  const fileName = `lien-thong-${site}.yaml`;

  const report: FederationReport = { from, committee, collections: {}, written: [], changed: false };
  /** Source id → this site's id, per collection. */
  const maps = new Map<string, Map<string, string>>();
  const programs = programIndex();
  const refs = {
    business: (id: string) => maps.get('businesses')?.get(id),
    product: (id: string) => maps.get('products')?.get(id),
    program: (id: string, name: string | undefined) => programs.get(id) ?? (name ? programs.get(foldLabel(name)) : undefined),
  };

  for (const [collection, dataset, key] of ORDER) {
    const dir = collectionDir(collection);
    const target = path.join(dir, fileName);
    const local = contentRecords(dir, (f) => path.resolve(f) === path.resolve(target));
    const taken = new Set(local.map((r) => r.id));
    // What makes a source's record one this site already has: the keys the spreadsheet import uses.
    const keyOf = CONTENT_KEYS[collection]!;
    const localByKey = new Map(local.flatMap((r) => {
      const k = keyOf(r.data);
      return k ? [[k, r.id] as const] : [];
    }));
    const map = new Map<string, string>();
    maps.set(collection, map);
    const entry = { total: 0, accepted: 0, sameAs: [] as { id: string; local: string }[], renamed: [] as { id: string; as: string }[], rejected: [] as { id: string; reason: string }[] };
    report.collections[collection] = entry;
    const text = await readPublished(from, `${dataset}.json`);
    const rows = text ? ((json(text, `${dataset}.json`)[key] as ExportRow[] | undefined) ?? []) : [];
    const records: Record<string, unknown>[] = [];
    for (const row of rows) {
      entry.total += 1;
      const converted = recordFromRow(collection, row, row.id, refs, committee);
      if (!converted.ok) {
        entry.rejected.push({ id: row.id, reason: converted.reason });
        continue;
      }
      const k = keyOf(converted.record);
      const same = k ? localByKey.get(k) : undefined;
      if (same) {
        map.set(row.id, same);
        entry.sameAs.push({ id: row.id, local: same });
        continue;
      }
      const id = federatedId(row.id, site, taken);
      taken.add(id);
      map.set(row.id, id);
      if (id !== row.id) entry.renamed.push({ id: row.id, as: id });
      records.push({ ...converted.record, id });
      entry.accepted += 1;
    }
    if (options.dryRun) continue;
    if (!records.length) {
      if (existsSync(target)) {
        await rm(target);
        report.changed = true;
      }
      continue;
    }
    const header = `Dữ liệu mở của ${committee} (${catalog.landingPage}), tổng hợp bằng lệnh "npm run import -- --from".\nNhập lại sẽ viết lại tệp này; đừng sửa ở đây, hãy đề nghị Ban Chỉ đạo đó sửa ở nguồn.`;
    const yaml = records.map((r, i) => yamlDocument([r as unknown as Yaml], i === 0 ? header : undefined)).join('\n');
    if (!existsSync(target) || readFileSync(target, 'utf8') !== yaml) {
      await mkdir(dir, { recursive: true });
      await writeFile(target, yaml);
      report.changed = true;
    }
    report.written.push(path.relative(process.cwd(), target));
  }
  return report;
}

/** The printed summary. */
export function federationSummary(report: FederationReport, dryRun: boolean): string {
  const names: Record<string, string> = { businesses: 'chủ thể', products: 'sản phẩm', points: 'điểm bán', honors: 'lần tôn vinh' };
  const lines = [`Dữ liệu mở của ${report.committee}:`];
  for (const [collection, c] of Object.entries(report.collections)) {
    lines.push(`  ${names[collection]}: ${c.total} bản ghi — nhận ${c.accepted}, đã có trên trang ${c.sameAs.length}, từ chối ${c.rejected.length}${c.renamed.length ? `; ${c.renamed.length} mã trùng với mã của trang này được thêm tiền tố` : ''}.`);
    for (const r of c.rejected) lines.push(`    ✗ ${r.id}: ${r.reason}`);
  }
  if (dryRun) lines.push('Chạy thử (--dry-run): chưa ghi tệp nào.');
  else lines.push(report.changed ? `Đã ghi ${report.written.join(', ')}.` : 'Không có gì thay đổi.');
  return lines.join('\n');
}
