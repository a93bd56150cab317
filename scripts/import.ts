/**
 * `npm run import -- <collection> <file.csv|file.xlsx> [--dry-run] [--report <file.json>] [--verified <dd/mm/yyyy>]`
 * `npm run import -- <collection> --template [--out <folder>]`
 *
 * Reads an agency's spreadsheet into records in `content/<collection>/`, written as a person would
 * write them, in one file per spreadsheet (`nhap-<file name>.yaml`; importing the same file again
 * rewrites it and, when nothing changed, leaves it as it was). Every row is accounted for:
 * accepted, rejected (with the column, the value and what to do; the rows are also written to
 * `<file>.rejected.csv` to fix and import again) or a duplicate (of an earlier row or of a record
 * already in the content). Exit code 0 when every row was accepted, 1 when some were rejected, 2
 * when the file itself is unusable.
 *
 * Collections: points, businesses, products, honors (the producers first: a product or an award
 * names its business, an award its product), fairs (one Markdown file each).
 * The rules live in src/lib/import-values.ts, import-rows.ts and import-<collection>.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { formatDate, localDate } from '../src/lib/dates.ts';
import { foldLabel, readDate } from '../src/lib/import-values.ts';
import { BUSINESS_COLUMNS, businessId, readBusinessRow, type BusinessRecord } from '../src/lib/import-businesses.ts';
import { POINT_COLUMNS, pointId, readPointRow, type PointRecord } from '../src/lib/import-points.ts';
import { FAIR_COLUMNS, fairId, readFairRow, type FairRecord } from '../src/lib/import-fairs.ts';
import { HONOR_COLUMNS, honorId, readHonorRow, type HonorIndex, type HonorRecord } from '../src/lib/import-honors.ts';
import { PRODUCT_COLUMNS, productId, readProductRow, type BusinessIndex, type ProductRecord } from '../src/lib/import-products.ts';
import { cellText, matchHeaders, REASON_HEADER, type CellNote, type CellProblem, type ImportColumn, type RowRead } from '../src/lib/import-rows.ts';
import { spreadsheetSafe } from '../src/lib/spreadsheet-cell.ts';
import { slugify } from '../src/lib/text.ts';
import { collectionDir } from '../src/loaders/content-root.ts';
import { splitRecords } from '../src/loaders/records.ts';
import { markdownDocument, yamlDocument, type Yaml, type YamlMap } from './generate/documents.ts';
import { CONTENT_KEYS, contentRecords, programIndex } from './import/content.ts';
import { federationSummary, importFrom } from './import/federation.ts';
import { isBlank, readSheet, UnusableFile, type Cell } from './import/sheet.ts';

/** The report `--report` writes: accepted + rejected + duplicates = total. */
export interface ImportReport {
  collection: string;
  file: string;
  total: number;
  accepted: number;
  rejected: (CellProblem & { row: number; others: CellProblem[] })[];
  duplicates: { row: number; sameAs: number | string }[];
  notes: (CellNote & { row: number })[];
  /** Points only: the last-checked date given to accepted rows that have none (`--verified`, else the day of the import), and how many. */
  verifiedDefault?: { date: string; rows: number };
  /** Where the accepted records were written (relative to the working folder), or null on a dry run. */
  written: string | null;
  changed: boolean;
}

/** What an import needs to read a row besides its cells. */
interface Context {
  /** Points: the last-checked date of rows without one. */
  verifiedDefault: string;
  /** Products: the producers already in the content. */
  businesses: BusinessIndex;
  /** Honours: the programmes and products already in the content. */
  honors: HonorIndex;
}

/** How one collection is imported: its template, its rows and its ids (what makes two rows one record is CONTENT_KEYS). */
interface Importer<R extends { id: string } = { id: string }> {
  collection: string;
  /** What a record is called: "điểm bán". */
  noun: string;
  /** The template's file name without extension. */
  template: string;
  columns: readonly ImportColumn[];
  read(cells: Record<string, unknown>, context: Context): RowRead<Omit<R, 'id'>>;
  id(record: Omit<R, 'id'>, taken: ReadonlySet<string>): string;
  /** Whether rows carry a last-checked date (points). */
  verified?: boolean;
  /** Fairs: one Markdown file per record (frontmatter, then the record's `body`), not one YAML list. */
  markdown?: boolean;
}

const IMPORTERS: Record<string, Importer> = {
  points: {
    collection: 'points',
    noun: 'điểm bán',
    template: 'mau-nhap-diem-ban',
    columns: POINT_COLUMNS,
    read: (cells, c) => readPointRow(cells, c.verifiedDefault),
    id: (r, taken) => pointId(r as PointRecord, taken),
    verified: true,
  } as Importer<PointRecord> as unknown as Importer,
  businesses: {
    collection: 'businesses',
    noun: 'chủ thể',
    template: 'mau-nhap-chu-the',
    columns: BUSINESS_COLUMNS,
    read: (cells) => readBusinessRow(cells),
    id: (r, taken) => businessId(r as BusinessRecord, taken),
  } as Importer<BusinessRecord> as unknown as Importer,
  products: {
    collection: 'products',
    noun: 'sản phẩm',
    template: 'mau-nhap-san-pham',
    columns: PRODUCT_COLUMNS,
    read: (cells, c) => readProductRow(cells, c.businesses),
    id: (r, taken) => productId(r as ProductRecord, taken),
  } as Importer<ProductRecord> as unknown as Importer,
  fairs: {
    collection: 'fairs',
    noun: 'hội chợ',
    template: 'mau-nhap-hoi-cho',
    columns: FAIR_COLUMNS,
    read: (cells) => readFairRow(cells),
    id: (r, taken) => fairId(r as FairRecord, taken),
    markdown: true,
  } as Importer<FairRecord> as unknown as Importer,
  honors: {
    collection: 'honors',
    noun: 'lần tôn vinh',
    template: 'mau-nhap-ton-vinh',
    columns: HONOR_COLUMNS,
    read: (cells, c) => readHonorRow(cells, c.honors),
    id: (r, taken) => honorId(r as HonorRecord, taken),
  } as Importer<HonorRecord> as unknown as Importer,
};

const COLLECTIONS = ['points', 'products', 'businesses', 'honors', 'fairs'] as const;

const USAGE = `Cách dùng:
  npm run import -- <points|businesses|products|honors|fairs> <tệp.csv|tệp.xlsx> [--dry-run] [--report <báo-cáo.json>] [--verified <dd/mm/yyyy>]
  npm run import -- <points|businesses|products|honors|fairs> --template [--out <thư mục>]
  npm run import -- --from <thư mục hoặc địa chỉ /du-lieu/ của trang khác> [--dry-run] [--report <báo-cáo.json>]`;

/** The comment an imported Markdown file carries in its frontmatter: which spreadsheet it came from. */
const markdownMark = (source: string) => `# Nhập từ tệp ${source} bằng lệnh "npm run import"; nhập lại tệp đó sẽ viết lại tệp này.`;

/** A fair as the Markdown file a person would write: frontmatter, then its text. */
function fairMarkdown(record: FairRecord, source: string): string {
  const { id: _, body, ...data } = record;
  const text = markdownDocument(data as unknown as YamlMap, body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
  return text.replace(/^---\n/, `---\n${markdownMark(source)}\n`);
}

/** The businesses of the content, by tax code and by folded name. */
function businessIndex(): BusinessIndex {
  const byTaxCode = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const { id, data } of contentRecords(collectionDir('businesses'))) {
    if (data.taxCode !== undefined) byTaxCode.set(String(data.taxCode), id);
    if (typeof data.name === 'string') {
      const key = foldLabel(data.name);
      byName.set(key, [...(byName.get(key) ?? []), id]);
    }
  }
  return { byTaxCode, byName };
}

/** The programmes (by id and folded name) and each business's products (by folded name) of the content. */
function honorIndex(businesses: BusinessIndex): HonorIndex {
  const programs = programIndex();
  const productsOf = new Map<string, Map<string, string[]>>();
  for (const { id, data } of contentRecords(collectionDir('products'))) {
    if (typeof data.business !== 'string' || typeof data.name !== 'string') continue;
    const names = productsOf.get(data.business) ?? new Map<string, string[]>();
    names.set(foldLabel(data.name), [...(names.get(foldLabel(data.name)) ?? []), id]);
    productsOf.set(data.business, names);
  }
  return { businesses, programs, productsOf };
}

/** The records a previous import of the same file wrote, by id. */
function previousImport(file: string): Map<string, Record<string, unknown>> {
  if (!existsSync(file)) return new Map();
  return new Map(splitRecords(readFileSync(file, 'utf8'), file).records.flatMap((r) => (r.id ? [[r.id, { id: r.id, ...r.data }] as const] : [])));
}

const sameExceptVerified = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  JSON.stringify({ ...a, lastVerified: null }) === JSON.stringify({ ...b, lastVerified: null });

/** The YAML of the import's output file: one record after another, a blank line between. */
function recordsYaml(records: { id: string }[], noun: string, source: string): string {
  const header = `${noun[0]!.toUpperCase()}${noun.slice(1)} nhập từ tệp ${source} bằng lệnh "npm run import".\nNhập lại tệp đó sẽ viết lại tệp này; sửa ở bảng tính rồi nhập lại, hoặc sửa ở đây.`;
  return records.map((r, i) => yamlDocument([r as unknown as Yaml], i === 0 ? header : undefined)).join('\n');
}

/** A collection's template: its headers and one example row, as CSV (UTF-8 with BOM) and XLSX with a sheet of guidance. */
async function writeTemplate(importer: Importer, outDir: string): Promise<string[]> {
  const columns = importer.columns;
  await mkdir(outDir, { recursive: true });
  const csvFile = path.join(outDir, `${importer.template}.csv`);
  await writeFile(csvFile, `\uFEFF${stringify([columns.map((c) => c.header), columns.map((c) => c.example)], { record_delimiter: '\r\n' })}`);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`${importer.noun[0]!.toUpperCase()}${importer.noun.slice(1)}`);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.example.length + 2), style: { numFmt: '@' } }));
  sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, c.example])));
  sheet.getRow(1).font = { bold: true };
  const notes = workbook.addWorksheet('Hướng dẫn');
  notes.columns = [
    { header: 'Cột', key: 'header', width: 22 },
    { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Ghi gì', key: 'meaning', width: 90 },
    { header: 'Ví dụ', key: 'example', width: 36 },
  ];
  for (const c of columns) notes.addRow({ header: c.header, required: c.required ? 'có' : 'không', meaning: c.meaning, example: c.example });
  const xlsxFile = path.join(outDir, `${importer.template}.xlsx`);
  await workbook.xlsx.writeFile(xlsxFile);
  return [csvFile, xlsxFile];
}

/** Import `file` into `collection`; returns the report. */
export async function importSheet(collection: string, file: string, options: { dryRun: boolean; today: string; verified?: string }): Promise<ImportReport> {
  const importer = IMPORTERS[collection];
  if (!importer) throw new UnusableFile(`nhập "${collection}" từ bảng tính chưa được hỗ trợ; hiện nhập được: ${Object.keys(IMPORTERS).join(', ')}`);
  const sheet = await readSheet(file);
  const columns = matchHeaders(sheet.headers, importer.columns);
  if (!columns.ok) throw new UnusableFile(`${path.basename(file)}: ${columns.reason}`);
  const dir = collectionDir(collection);
  const stem = slugify(path.basename(file, path.extname(file)).replace(/\.rejected$/, '-sua-lai')) || 'bang-tinh';
  const target = path.join(dir, `nhap-${stem}.yaml`);
  const source = path.basename(file);
  // The records this import wrote last time are its own, not duplicates to refuse.
  const own = (f: string, text: string) => (importer.markdown ? text.includes(markdownMark(source)) : path.resolve(f) === path.resolve(target));
  const existing = contentRecords(dir, own);
  const previous = previousImport(target);
  const existingByKey = new Map(existing.flatMap(({ id, data }) => {
    const key = CONTENT_KEYS[collection]!(data);
    return key ? [[key, id] as const] : [];
  }));
  const needs = collection === 'products' || collection === 'honors';
  const businesses = needs ? businessIndex() : { byTaxCode: new Map(), byName: new Map() };
  const context: Context = { verifiedDefault: options.verified ?? options.today, businesses, honors: collection === 'honors' ? honorIndex(businesses) : { businesses, programs: new Map(), productsOf: new Map() } };

  const report: ImportReport = {
    collection,
    file: path.basename(file),
    total: 0,
    accepted: 0,
    rejected: [],
    duplicates: [],
    notes: [],
    ...(importer.verified ? { verifiedDefault: { date: context.verifiedDefault, rows: 0 } } : {}),
    written: null,
    changed: false,
  };
  const rejectedRows: Cell[][] = [];
  const seen = new Map<string, number>();
  const taken = new Set(existing.map((e) => e.id));
  const records: { id: string }[] = [];
  for (const row of sheet.rows) {
    if (isBlank(row.cells)) continue;
    report.total += 1;
    const cells = Object.fromEntries([...columns.index].map(([key, i]) => [key, row.cells[i] ?? null]));
    const read = importer.read(cells, context);
    if (!read.ok) {
      const [first, ...others] = read.problems;
      report.rejected.push({ row: row.number, ...first!, others });
      rejectedRows.push([...sheet.headers.map((_, i) => row.cells[i] ?? null), read.problems.map((p) => `${p.column}: ${p.reason}`).join(' | ')]);
      continue;
    }
    // The same key as for the records already there: one rule says when two records are one.
    const key = CONTENT_KEYS[collection]!(read.record as Record<string, unknown>) ?? `dòng ${row.number}`;
    const earlier = seen.get(key) ?? existingByKey.get(key);
    if (earlier !== undefined) {
      report.duplicates.push({ row: row.number, sameAs: earlier });
      continue;
    }
    seen.set(key, row.number);
    const id = importer.id(read.record, taken);
    taken.add(id);
    let record: { id: string; lastVerified?: string } = { id, ...read.record };
    if (importer.verified) {
      // Imported again unchanged, no date given: the record keeps the day it was last checked.
      const before = previous.get(id);
      if (before && !cellText(cells.verified) && !options.verified && sameExceptVerified(before, record)) record = { ...record, lastVerified: String(before.lastVerified) };
      if (!cellText(cells.verified) && record.lastVerified === context.verifiedDefault) report.verifiedDefault!.rows += 1;
    }
    records.push(record);
    report.accepted += 1;
    for (const note of read.notes) report.notes.push({ row: row.number, ...note });
  }

  const rejectedFile = `${file.replace(/\.(csv|xlsx|txt)$/i, '')}.rejected.csv`;
  if (!options.dryRun) {
    if (records.length && importer.markdown) {
      await mkdir(dir, { recursive: true });
      for (const record of records) {
        const at = path.join(dir, `${record.id}.md`);
        const text = fairMarkdown(record as FairRecord, source);
        if (existsSync(at) && readFileSync(at, 'utf8') === text) continue;
        await writeFile(at, text);
        report.changed = true;
      }
      report.written = path.relative(process.cwd(), dir);
    } else if (records.length) {
      const text = recordsYaml(records, importer.noun, path.basename(file));
      const old = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
      report.changed = old !== text;
      if (report.changed) {
        await mkdir(dir, { recursive: true });
        await writeFile(target, text);
      }
      report.written = path.relative(process.cwd(), target);
    }
    if (rejectedRows.length) {
      await writeFile(rejectedFile, `\uFEFF${stringify([[...sheet.headers, REASON_HEADER], ...rejectedRows.map((r) => r.map(csvCell))], { delimiter: sheet.separator, record_delimiter: '\r\n' })}`);
    } else await rm(rejectedFile, { force: true });
  }
  return report;
}

/** Import `file` into the points collection. */
export const importPoints = (file: string, options: { dryRun: boolean; today: string; verified?: string }) => importSheet('points', file, options);

/**
 * A cell for the rejected rows' CSV: as it was written (a date as dd/mm/yyyy), text a spreadsheet
 * would run as a formula behind an apostrophe, which reading the file again takes off.
 */
function csvCell(cell: Cell): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10).split('-').reverse().join('/');
  if (typeof cell === 'string') return spreadsheetSafe(cell);
  return cell === null ? '' : String(cell);
}

function summary(report: ImportReport, dryRun: boolean): string {
  const noun = IMPORTERS[report.collection]?.noun ?? 'bản ghi';
  const lines = [
    `${report.file}: ${report.total} dòng — nhận ${report.accepted}, từ chối ${report.rejected.length}, trùng ${report.duplicates.length}.`,
  ];
  for (const r of report.rejected) {
    lines.push(`  ✗ dòng ${r.row}, cột "${r.column}"${r.value ? ` ("${r.value}")` : ''}: ${r.reason}`);
    for (const o of r.others) lines.push(`    và cột "${o.column}"${o.value ? ` ("${o.value}")` : ''}: ${o.reason}`);
  }
  for (const d of report.duplicates) lines.push(`  = dòng ${d.row} trùng với ${typeof d.sameAs === 'number' ? `dòng ${d.sameAs}` : `${noun} đã có "${d.sameAs}"`}`);
  for (const n of report.notes) lines.push(`  ! dòng ${n.row}, cột "${n.column}": ${n.note}`);
  if (report.verifiedDefault?.rows) {
    lines.push(
      `  ! ${report.verifiedDefault.rows} dòng không ghi "Ngày kiểm tra": trang sẽ ghi kiểm tra lần cuối ngày ${formatDate(report.verifiedDefault.date)}; nếu danh sách được kiểm tra vào ngày khác, hãy ghi cột đó hoặc chạy lại với --verified dd/mm/yyyy.`,
    );
  }
  if (dryRun) lines.push('Chạy thử (--dry-run): chưa ghi tệp nào.');
  else if (report.written) lines.push(report.changed ? `Đã ghi ${report.written}.` : `${report.written} không thay đổi.`);
  if (!dryRun && report.rejected.length) lines.push('Các dòng bị từ chối được ghi vào tệp .rejected.csv cạnh tệp gốc, kèm lý do: sửa rồi nhập lại.');
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        report: { type: 'string' },
        template: { type: 'boolean', default: false },
        out: { type: 'string', default: '.' },
        verified: { type: 'string' },
        from: { type: 'string' },
        today: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.from !== undefined) {
    try {
      const report = await importFrom(values.from, { dryRun: values['dry-run'] });
      console.log(federationSummary(report, values['dry-run']));
      if (values.report) await writeFile(values.report, `${JSON.stringify(report, null, 2)}\n`);
      return Object.values(report.collections).some((c) => c.rejected.length) ? 1 : 0;
    } catch (error) {
      if (error instanceof UnusableFile) {
        console.error(`Không tổng hợp được: ${error.message}`);
        return 2;
      }
      throw error;
    }
  }
  const [collection, file] = positionals;
  if (!collection || !(COLLECTIONS as readonly string[]).includes(collection)) {
    console.error(`Hãy chọn một loại dữ liệu: ${COLLECTIONS.join(', ')}.\n${USAGE}`);
    return 2;
  }
  const importer = IMPORTERS[collection];
  if (!importer) {
    console.error(`Nhập "${collection}" từ bảng tính chưa được hỗ trợ; hiện nhập được: ${Object.keys(IMPORTERS).join(', ')}.`);
    return 2;
  }
  if (values.template) {
    for (const f of await writeTemplate(importer, values.out)) console.log(`Đã ghi mẫu ${f}`);
    return 0;
  }
  if (!file) {
    console.error(`Thiếu tệp cần nhập.\n${USAGE}`);
    return 2;
  }
  const today = values.today ?? localDate(new Date());
  let verified: string | undefined;
  if (values.verified !== undefined) {
    const date = readDate(values.verified);
    if (!date.ok) {
      console.error(`--verified: ${date.reason}`);
      return 2;
    }
    verified = date.value;
  }
  let report: ImportReport;
  try {
    report = await importSheet(collection, file, { dryRun: values['dry-run'], today, verified });
  } catch (error) {
    if (error instanceof UnusableFile) {
      console.error(`Không nhập được: ${error.message}`);
      if (values.report) await writeFile(values.report, `${JSON.stringify({ collection, file: path.basename(file), unusable: error.message }, null, 2)}\n`);
      return 2;
    }
    throw error;
  }
  console.log(summary(report, values['dry-run']));
  if (values.report) await writeFile(values.report, `${JSON.stringify(report, null, 2)}\n`);
  return report.rejected.length ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
