/**
 * `npm run import -- <collection> <file.csv|file.xlsx> [--dry-run] [--report <file.json>]`
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
 * Collections: points. The rules for values live in src/lib/import-values.ts and
 * src/lib/import-points.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { formatDate, localDate } from '../src/lib/dates.ts';
import { readDate } from '../src/lib/import-values.ts';
import { POINT_COLUMNS, REASON_HEADER, cellText, matchHeaders, pointId, pointKey, readPointRow, type CellNote, type CellProblem, type PointRecord } from '../src/lib/import-points.ts';
import { slugify } from '../src/lib/text.ts';
import { collectionDir } from '../src/loaders/content-root.ts';
import { splitRecords } from '../src/loaders/records.ts';
import { yamlDocument, type Yaml } from './generate/documents.ts';
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
  /** The last-checked date given to accepted rows that have none (`--verified`, else the day of the import), and how many. */
  verifiedDefault: { date: string; rows: number };
  /** Where the accepted records were written (relative to the working folder), or null on a dry run. */
  written: string | null;
  changed: boolean;
}

const COLLECTIONS = ['points', 'products', 'businesses', 'honors', 'fairs'] as const;
const SUPPORTED = new Set(['points']);

const USAGE = `Cách dùng:
  npm run import -- points <tệp.csv|tệp.xlsx> [--dry-run] [--report <báo-cáo.json>] [--verified <dd/mm/yyyy>]
  npm run import -- points --template [--out <thư mục>]`;

/** Records already in the collection, from files other than `except`: id → its key and file. */
function existingRecords(dir: string, except: string): Map<string, { key: string; file: string }> {
  const found = new Map<string, { key: string; file: string }>();
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.startsWith('_') || !/\.(ya?ml|json)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (path.resolve(file) === path.resolve(except)) continue;
    for (const row of splitRecords(readFileSync(file, 'utf8'), file).records) {
      if (!row.id) continue;
      const d = row.data as { name?: string; address?: { commune?: string; street?: string } };
      const key = d.name && d.address?.commune ? pointKey({ name: String(d.name), address: { street: String(d.address.street ?? ''), commune: String(d.address.commune), province: '' } }) : '';
      found.set(row.id, { key, file: path.relative(dir, file) });
    }
  }
  return found;
}

/** The records a previous import of the same file wrote, by id. */
function previousImport(file: string): Map<string, Record<string, unknown>> {
  if (!existsSync(file)) return new Map();
  return new Map(splitRecords(readFileSync(file, 'utf8'), file).records.flatMap((r) => (r.id ? [[r.id, { id: r.id, ...r.data }] as const] : [])));
}

const sameExceptVerified = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  JSON.stringify({ ...a, lastVerified: null }) === JSON.stringify({ ...b, lastVerified: null });

/** The YAML of the import's output file: one record after another, a blank line between. */
function pointsYaml(records: PointRecord[], source: string): string {
  const header = `Điểm bán nhập từ tệp ${source} bằng lệnh "npm run import".\nNhập lại tệp đó sẽ viết lại tệp này; sửa ở bảng tính rồi nhập lại, hoặc sửa ở đây.`;
  return records.map((r, i) => yamlDocument([r as unknown as Yaml], i === 0 ? header : undefined)).join('\n');
}

/** The template: its headers and one example row, as CSV (UTF-8 with BOM) and XLSX. */
async function writeTemplate(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const headers = POINT_COLUMNS.map((c) => c.header);
  const example = POINT_COLUMNS.map((c) => c.example);
  const csvFile = path.join(outDir, 'mau-nhap-diem-ban.csv');
  await writeFile(csvFile, `\uFEFF${stringify([headers, example], { record_delimiter: '\r\n' })}`);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Điểm bán');
  sheet.columns = POINT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.example.length + 2), style: { numFmt: '@' } }));
  sheet.addRow(Object.fromEntries(POINT_COLUMNS.map((c) => [c.key, c.example])));
  sheet.getRow(1).font = { bold: true };
  const notes = workbook.addWorksheet('Hướng dẫn');
  notes.columns = [
    { header: 'Cột', key: 'header', width: 18 },
    { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Ghi gì', key: 'meaning', width: 90 },
    { header: 'Ví dụ', key: 'example', width: 36 },
  ];
  for (const c of POINT_COLUMNS) notes.addRow({ header: c.header, required: c.required ? 'có' : 'không', meaning: c.meaning, example: c.example });
  const xlsxFile = path.join(outDir, 'mau-nhap-diem-ban.xlsx');
  await workbook.xlsx.writeFile(xlsxFile);
  return [csvFile, xlsxFile];
}

/** Import `file` into the points collection; returns the report. */
export async function importPoints(file: string, options: { dryRun: boolean; today: string; verified?: string }): Promise<ImportReport> {
  const sheet = await readSheet(file);
  const columns = matchHeaders(sheet.headers, POINT_COLUMNS);
  if (!columns.ok) throw new UnusableFile(`${path.basename(file)}: ${columns.reason}`);
  const dir = collectionDir('points');
  const stem = slugify(path.basename(file, path.extname(file)).replace(/\.rejected$/, '-sua-lai')) || 'bang-tinh';
  const target = path.join(dir, `nhap-${stem}.yaml`);
  const existing = existingRecords(dir, target);
  const previous = previousImport(target);
  const existingByKey = new Map([...existing].filter(([, e]) => e.key).map(([id, e]) => [e.key, id]));

  const verifiedDefault = options.verified ?? options.today;
  const report: ImportReport = {
    collection: 'points',
    file: path.basename(file),
    total: 0,
    accepted: 0,
    rejected: [],
    duplicates: [],
    notes: [],
    verifiedDefault: { date: verifiedDefault, rows: 0 },
    written: null,
    changed: false,
  };
  const rejectedRows: Cell[][] = [];
  const seen = new Map<string, number>();
  const taken = new Set(existing.keys());
  const records: PointRecord[] = [];
  for (const row of sheet.rows) {
    if (isBlank(row.cells)) continue;
    report.total += 1;
    const cells = Object.fromEntries([...columns.index].map(([key, i]) => [key, row.cells[i] ?? null]));
    const read = readPointRow(cells, verifiedDefault);
    if (!read.ok) {
      const [first, ...others] = read.problems;
      report.rejected.push({ row: row.number, ...first!, others });
      rejectedRows.push([...sheet.headers.map((_, i) => row.cells[i] ?? null), read.problems.map((p) => `${p.column}: ${p.reason}`).join(' | ')]);
      continue;
    }
    const key = pointKey(read.record);
    const earlier = seen.get(key) ?? existingByKey.get(key);
    if (earlier !== undefined) {
      report.duplicates.push({ row: row.number, sameAs: earlier });
      continue;
    }
    seen.set(key, row.number);
    const id = pointId(read.record, taken);
    taken.add(id);
    let record: PointRecord = { id, ...read.record };
    // Imported again unchanged, no date given: the record keeps the day it was last checked.
    const before = previous.get(id);
    if (before && !cellText(cells.verified) && !options.verified && sameExceptVerified(before, record as unknown as Record<string, unknown>)) {
      record = { ...record, lastVerified: String(before.lastVerified) };
    }
    records.push(record);
    report.accepted += 1;
    if (!cellText(cells.verified) && record.lastVerified === verifiedDefault) report.verifiedDefault.rows += 1;
    for (const note of read.notes) report.notes.push({ row: row.number, ...note });
  }

  const rejectedFile = `${file.replace(/\.(csv|xlsx|txt)$/i, '')}.rejected.csv`;
  if (!options.dryRun) {
    if (records.length) {
      const text = pointsYaml(records, path.basename(file));
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

/** A cell for the rejected rows' CSV: as it was written (a date as dd/mm/yyyy). */
function csvCell(cell: Cell): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10).split('-').reverse().join('/');
  return cell === null ? '' : String(cell);
}

function summary(report: ImportReport, dryRun: boolean): string {
  const lines = [
    `${report.file}: ${report.total} dòng — nhận ${report.accepted}, từ chối ${report.rejected.length}, trùng ${report.duplicates.length}.`,
  ];
  for (const r of report.rejected) {
    lines.push(`  ✗ dòng ${r.row}, cột "${r.column}"${r.value ? ` ("${r.value}")` : ''}: ${r.reason}`);
    for (const o of r.others) lines.push(`    và cột "${o.column}"${o.value ? ` ("${o.value}")` : ''}: ${o.reason}`);
  }
  for (const d of report.duplicates) lines.push(`  = dòng ${d.row} trùng với ${typeof d.sameAs === 'number' ? `dòng ${d.sameAs}` : `điểm bán đã có "${d.sameAs}"`}`);
  for (const n of report.notes) lines.push(`  ! dòng ${n.row}, cột "${n.column}": ${n.note}`);
  if (report.verifiedDefault.rows) {
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
        today: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [collection, file] = positionals;
  if (!collection || !(COLLECTIONS as readonly string[]).includes(collection)) {
    console.error(`Hãy chọn một loại dữ liệu: ${COLLECTIONS.join(', ')}.\n${USAGE}`);
    return 2;
  }
  if (!SUPPORTED.has(collection)) {
    console.error(`Nhập "${collection}" từ bảng tính chưa được hỗ trợ; hiện chỉ nhập được: ${[...SUPPORTED].join(', ')}.`);
    return 2;
  }
  if (values.template) {
    for (const f of await writeTemplate(values.out)) console.log(`Đã ghi mẫu ${f}`);
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
    report = await importPoints(file, { dryRun: values['dry-run'], today, verified });
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
