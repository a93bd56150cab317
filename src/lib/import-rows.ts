/**
 * What every spreadsheet import shares: template columns, the header row, cells as text, problems
 * and notes on cells, and places (a commune named now or before 2025, in a province named now or
 * before). Pure; each collection's rows are read by its own module (import-points.ts,
 * import-businesses.ts, import-products.ts) and the command is scripts/import.ts.
 */
import { adminUnits, communeByCode, provinceByCode, type Province } from './admin-units.ts';
import { foldLabel, readPosition } from './import-values.ts';
import { isPhone, PHONE_RULE } from './phone.ts';
import { nfc } from './text.ts';
import { bareProvinceName, findUnits, foldPlace, oldProvinceNamesOf, resolveProvince } from './unit-history.ts';

/** One column of an import template. */
export interface ImportColumn<K extends string = string> {
  key: K;
  /** The header as the template writes it. */
  header: string;
  /** Other headers agencies use for it, folded (foldLabel). */
  aliases: readonly string[];
  required: boolean;
  /** What goes in it, for the template's documentation. */
  meaning: string;
  example: string;
}

/** The column the import adds to rejected rows; ignored when that file is imported again. */
export const REASON_HEADER = 'Lý do không nhận';

/** Which column each header is, or why the header row cannot be used. */
export function matchHeaders<K extends string>(
  headers: readonly string[],
  columns: readonly ImportColumn<K>[],
): { ok: true; index: Map<K, number> } | { ok: false; reason: string } {
  const index = new Map<K, number>();
  const unknown: string[] = [];
  const reason = foldLabel(REASON_HEADER);
  headers.forEach((header, i) => {
    const folded = foldLabel(header);
    if (!folded || folded === reason) return;
    const column = columns.find((c) => foldLabel(c.header) === folded || c.aliases.includes(folded));
    if (!column) unknown.push(header);
    else if (index.has(column.key)) unknown.push(`${header} (cột "${column.header}" lần thứ hai)`);
    else index.set(column.key, i);
  });
  const list = columns.map((c) => c.header).join(', ');
  if (unknown.length) {
    return { ok: false, reason: `cột không thuộc mẫu: ${unknown.map((h) => `"${h}"`).join(', ')}; các cột của mẫu là: ${list}` };
  }
  const missing = columns.filter((c) => c.required && !index.has(c.key)).map((c) => `"${c.header}"`);
  if (missing.length) return { ok: false, reason: `thiếu cột ${missing.join(', ')}; các cột của mẫu là: ${list}` };
  return { ok: true, index };
}

/** A problem with one cell. */
export interface CellProblem {
  column: string;
  value: string;
  reason: string;
}

/** A note on a value the import put right (swapped coordinates, an old address mapped). */
export interface CellNote {
  column: string;
  note: string;
}

/** One row read: the record (without its id) and notes, or every problem it has. */
export type RowRead<R> = { ok: true; record: R; notes: CellNote[] } | { ok: false; problems: CellProblem[] };

/** A cell's text: trimmed, NFC, "" when empty. Numbers are written as they would show. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return nfc(String(value)).trim();
}

/** The province a pre-2025 province is part of now: "Bình Định" → Gia Lai. */
export function provinceNow(name: string): Province | undefined {
  const folded = foldPlace(bareProvinceName(name.replace(/^tỉnh /i, 'Tỉnh ').replace(/^thành phố /i, 'Thành phố ')));
  return adminUnits().provinces.find((p) => oldProvinceNamesOf(p.code).some((old) => foldPlace(old) === folded));
}

/** Where a commune is, from its name (current or pre-2025, with its district) and its province. */
export function resolveCommune(
  commune: string,
  province: string,
): { ok: true; commune: string; province: string; old?: string } | { ok: false; column: 'commune' | 'province'; reason: string } {
  if (/^\d{5}$/.test(commune)) {
    const unit = communeByCode(commune);
    if (!unit) return { ok: false, column: 'commune', reason: `không có xã/phường nào mang mã ${commune} sau ngày 01/07/2025; hãy ghi tên xã/phường` };
    return { ok: true, commune: unit.code, province: unit.provinceCode };
  }
  const current = resolveProvince(province);
  // A province named as before 2025 ("Bình Định") is looked for in the province it is part of now.
  const formerly = current ? undefined : provinceNow(province);
  const within = current ?? formerly;
  const matches = within ? findUnits(commune, { province: within.code, limit: 100 }) : findUnits(`${commune}, ${province}`, { limit: 100 });
  const best = matches[0];
  // A whole name (not just its start) must match.
  if (!best || best.score < 80) {
    if (!within && !matches.length) {
      return { ok: false, column: 'province', reason: `không tìm thấy tỉnh/thành phố "${province}"; hãy ghi tên tỉnh/thành phố, ví dụ "Gia Lai" hoặc "TP. Hồ Chí Minh"` };
    }
    const where = within ? ` thuộc ${within.name}${formerly ? ` (gồm ${province} cũ)` : ''}` : '';
    const hint = matches.length ? `; có phải: ${matches.slice(0, 3).map((m) => m.label).join('; ')}?` : '';
    return { ok: false, column: 'commune', reason: `không tìm thấy xã/phường "${commune}"${where}${hint}` };
  }
  const top = matches.filter((m) => m.score === best.score);
  const codes = new Set(top.map((m) => m.code));
  if (codes.size > 1) {
    const candidates = top.slice(0, 6).map((m) => `${m.label} → ${m.name}`);
    const more = top.length > 6 ? ` và ${top.length - 6} nơi khác` : '';
    return {
      ok: false,
      column: 'commune',
      reason: `"${commune}" khớp với nhiều xã/phường: ${candidates.join('; ')}${more}; hãy ghi thêm quận/huyện cũ (ví dụ "Phường 7, Quận 5") hoặc tên xã/phường mới`,
    };
  }
  const old = best.kind === 'old' ? best.label : formerly ? `${province} (cũ)` : undefined;
  return old ? { ok: true, commune: best.code, province: best.provinceCode, old } : { ok: true, commune: best.code, province: best.provinceCode };
}


/** A province named now or before 2025 (then the one it is part of now), with whether it was the old name. */
export function provinceOf(name: string): { province: Province; old: boolean } | undefined {
  const current = resolveProvince(name);
  if (current) return { province: current, old: false };
  const now = provinceNow(name);
  return now ? { province: now, old: true } : undefined;
}

/** Reading one row: its cells as text, and the problems and notes found, each at its column. */
export interface RowReader<K extends string> {
  cells: Partial<Record<K, unknown>>;
  problems: CellProblem[];
  notes: CellNote[];
  header(key: K): string;
  text(key: K): string;
  problem(key: K, reason: string, value?: string): void;
  /** A note at one column, or at several (`keys` joined). */
  note(keys: K | readonly K[], note: string): void;
}

/** A reader for one row of `columns`; a required cell left empty is already a problem. */
export function rowReader<K extends string>(columns: readonly ImportColumn<K>[], cells: Partial<Record<K, unknown>>): RowReader<K> {
  const problems: CellProblem[] = [];
  const notes: CellNote[] = [];
  const header = (key: K) => columns.find((c) => c.key === key)!.header;
  const text = (key: K) => cellText(cells[key]);
  const reader: RowReader<K> = {
    cells,
    problems,
    notes,
    header,
    text,
    problem: (key, reason, value = text(key)) => void problems.push({ column: header(key), value, reason }),
    note: (keys, note) => void notes.push({ column: (typeof keys === 'string' ? [keys] : keys).map(header).join(', '), note }),
  };
  for (const c of columns) if (c.required && !text(c.key)) reader.problem(c.key, `ô "${c.header}" đang trống; hãy ghi ${c.meaning}, ví dụ "${c.example}"`);
  return reader;
}

/** An address in the 2025 units, with the address as written kept when it was a pre-2025 one. */
export interface ImportedAddress {
  street: string;
  commune: string;
  province: string;
  oldAddress?: string;
}

/**
 * The address of a row from its street, commune and province cells: a commune named before 2025
 * (or in an old province) is mapped when the official mapping gives one, with a note, the address
 * as written kept; a commune that is not in the province named is a problem.
 */
export function readAddress<K extends string>(row: RowReader<K>, keys: { street?: K; commune: K; province: K }): ImportedAddress | undefined {
  const { text } = row;
  if (!text(keys.commune) || !text(keys.province)) return undefined;
  const place = resolveCommune(text(keys.commune), text(keys.province));
  if (!place.ok) {
    row.problem(keys[place.column], place.reason);
    return undefined;
  }
  const street = keys.street ? text(keys.street) : '';
  const address: ImportedAddress = { street, commune: place.commune, province: place.province };
  if (place.old) {
    address.oldAddress = [street, text(keys.commune), text(keys.province)].filter(Boolean).join(', ');
    row.note(keys.commune, `địa chỉ cũ "${place.old}" nay thuộc ${communeByCode(place.commune)?.name}, ${provinceByCode(place.province)?.name}; địa chỉ như đã ghi được giữ ở oldAddress`);
    return address;
  }
  const given = resolveProvince(text(keys.province));
  if (given && given.code !== place.province) {
    row.problem(keys.province, `${communeByCode(place.commune)?.name} thuộc ${provinceByCode(place.province)?.name}, không thuộc ${given.name}; hãy kiểm tra lại tỉnh hoặc xã/phường`);
    return undefined;
  }
  return address;
}

/** A position from a row's latitude and longitude cells; swapped ones put right with a note. */
export function readRowPosition<K extends string>(row: RowReader<K>, keys: { lat: K; lng: K }): { lat: number; lng: number } | undefined {
  if (!row.text(keys.lat) || !row.text(keys.lng)) return undefined;
  const position = readPosition(row.cells[keys.lat], row.cells[keys.lng]);
  if (!position.ok) {
    row.problem(position.column === 'lng' ? keys.lng : keys.lat, position.reason, `${row.text(keys.lat)}; ${row.text(keys.lng)}`);
    return undefined;
  }
  if (position.note) row.note([keys.lat, keys.lng], position.note);
  return position.value;
}

/** A phone cell: text in a phone number's shape; a number cell has lost its leading zero. */
export function readPhoneCell<K extends string>(row: RowReader<K>, key: K): string | undefined {
  if (!row.text(key)) return undefined;
  if (typeof row.cells[key] === 'number') row.problem(key, 'ô điện thoại đang ở dạng số nên số 0 đầu đã mất; hãy định dạng cột là Văn bản (Text) rồi ghi lại số');
  else if (!isPhone(row.text(key))) row.problem(key, PHONE_RULE);
  else return row.text(key);
  return undefined;
}

/** The businesses already in the content, to find the one a row names. */
export interface BusinessIndex {
  byTaxCode: ReadonlyMap<string, string>;
  /** Folded name → ids (several when names repeat). */
  byName: ReadonlyMap<string, readonly string[]>;
}

/** The business a row names by tax code, or else by its exact name (any case, with or without diacritics). */
export function readBusinessRef<K extends string>(row: RowReader<K>, keys: { name: K; taxCode: K }, businesses: BusinessIndex, what: string): string | undefined {
  const tax = row.text(keys.taxCode).replace(/\s+/g, '');
  const first = 'hãy nhập danh sách chủ thể trước (npm run import -- businesses …)';
  if (tax) {
    const id = businesses.byTaxCode.get(tax);
    if (!id) row.problem(keys.taxCode, `chưa có chủ thể nào mang mã số thuế ${tax} trên trang; ${first}`);
    return id;
  }
  if (!row.text(keys.name)) {
    row.problem(keys.name, `cần cột "${row.header(keys.name)}" hoặc "${row.header(keys.taxCode)}" để biết ${what}`);
    return undefined;
  }
  const ids = businesses.byName.get(foldLabel(row.text(keys.name))) ?? [];
  if (ids.length === 1) return ids[0];
  row.problem(keys.name, ids.length > 1 ? `có ${ids.length} chủ thể cùng tên (${ids.join(', ')}); hãy ghi thêm cột "${row.header(keys.taxCode)}"` : `chưa có chủ thể nào mang tên này trên trang; ${first} hoặc ghi cột "${row.header(keys.taxCode)}"`);
  return undefined;
}
