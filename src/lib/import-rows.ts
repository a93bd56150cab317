/**
 * What every spreadsheet import shares: template columns, the header row, cells as text, problems
 * and notes on cells, and places (a commune named now or before 2025, in a province named now or
 * before). Pure; each collection's rows are read by its own module (import-points.ts,
 * import-businesses.ts, import-products.ts) and the command is scripts/import.ts.
 */
import { adminUnits, communeByCode, type Province } from './admin-units.ts';
import { foldLabel } from './import-values.ts';
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
