/**
 * A spreadsheet as agencies send it, read into a header row and data rows numbered as the
 * spreadsheet shows them (the header is row 1). CSV: UTF-8 with or without BOM, separated by
 * commas, semicolons (what Excel writes where the decimal mark is a comma) or tabs; a file in a
 * legacy encoding (Windows-1258, TCVN3) is refused with what to do; a text cell guarded against
 * formulas (`'=…`, as this site's CSV files and rejected rows write it) is read without its
 * apostrophe (lib/spreadsheet-cell.ts). XLSX: the first worksheet,
 * read with exceljs; cells keep their type (a number stays a number, a date a date).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { fromSpreadsheetSafe } from '../../src/lib/spreadsheet-cell.ts';

/** A cell as read: text, a number, a date or a yes/no. */
export type Cell = string | number | boolean | Date | null;

export interface Sheet {
  /** The CSV separator the file used (a comma for XLSX), so rows written back open the same way. */
  separator: string;
  headers: string[];
  rows: { number: number; cells: Cell[] }[];
}

/** The file itself cannot be used (exit code 2); the message says why and what to do. */
export class UnusableFile extends Error {}

/** The separator of a CSV file: the one its header line uses most. */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((s) => [s, firstLine.split(s).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

/** The text of a CSV file, or why it cannot be read as UTF-8. */
export function decodeCsv(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UnusableFile(
      `${name} không ở mã UTF-8 (có thể là Windows-1258 hoặc TCVN3/ABC, mã của các phông chữ .Vn cũ). ` +
        'Hãy mở tệp bằng Excel (hoặc LibreOffice) và lưu lại với kiểu "CSV UTF-8 (Comma delimited)"; ' +
        'nếu chữ hiện sai phông (ví dụ "§iÓm b¸n"), chuyển mã sang Unicode bằng Unikey (Công cụ chuyển mã, TCVN3 → Unicode) trước.',
    );
  }
  return text.normalize('NFC');
}

/** Rows of a CSV text; the first is the header. */
export function parseCsv(text: string): Sheet {
  let records: string[][];
  const separator = separatorOf(text);
  try {
    records = parse(text, { delimiter: separator, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (error) {
    throw new UnusableFile(`không đọc được tệp CSV: ${(error as Error).message}`);
  }
  const [headers = [], ...data] = records;
  return { separator, headers: headers.map((h) => h.trim()), rows: data.map((cells, i) => ({ number: i + 2, cells: cells.map(fromSpreadsheetSafe) })) };
}

/** A cell of exceljs as a plain value: rich text joined, a formula's result, a link's text. */
function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    return typeof value === 'string' ? value.normalize('NFC') : value;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('').normalize('NFC');
  if ('result' in value) return value.result === undefined || typeof value.result === 'object' && !(value.result instanceof Date) ? null : value.result;
  if ('text' in value) return String(value.text).normalize('NFC');
  if ('error' in value) return null;
  return null;
}

/** The first worksheet of an XLSX workbook. */
export async function readXlsx(bytes: Uint8Array, name: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnusableFile(`${name} không phải tệp Excel (.xlsx) đọc được: ${(error as Error).message}; hãy lưu lại dạng "Excel Workbook (.xlsx)"`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnusableFile(`${name} không có trang tính nào`);
  const headerRow = sheet.getRow(1);
  const width = Math.max(sheet.columnCount, headerRow.cellCount);
  const headers = Array.from({ length: width }, (_, i) => String(plainCell(headerRow.getCell(i + 1).value) ?? '').trim());
  const rows: Sheet['rows'] = [];
  for (let n = 2; n <= sheet.rowCount; n += 1) {
    const row = sheet.getRow(n);
    rows.push({ number: n, cells: Array.from({ length: width }, (_, i) => plainCell(row.getCell(i + 1).value)) });
  }
  return { separator: ',', headers, rows };
}

/** A spreadsheet file: .csv or .xlsx (the old binary .xls is refused with what to do). */
export async function readSheet(file: string): Promise<Sheet> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UnusableFile(`không mở được tệp ${file}`);
  }
  const ext = path.extname(file).toLowerCase();
  const sheet = ext === '.xlsx' ? await readXlsx(bytes, name) : ext === '.csv' || ext === '.txt' ? parseCsv(decodeCsv(bytes, name)) : undefined;
  if (!sheet) throw new UnusableFile(`${name}: chỉ nhận tệp .csv hoặc .xlsx; tệp .xls cũ hãy lưu lại dạng .xlsx`);
  if (!sheet.headers.some(Boolean)) throw new UnusableFile(`${name} không có dòng tiêu đề (dòng 1 phải là tên các cột)`);
  return sheet;
}

/** Whether a row has nothing in it (skipped, not counted). */
export const isBlank = (cells: readonly Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && !c.trim()));
