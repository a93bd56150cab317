/**
 * Sales points from an agency's spreadsheet: the template's columns, and one row read into the
 * record a person would write in `content/points/` — or the reasons it cannot be, each naming
 * the column, the value and what to write. Pure (the administrative units come from packaged
 * tables); what imports share is import-rows.ts, the command scripts/import.ts.
 */
import { communeByCode } from './admin-units.ts';
import { readAddress, readPhoneCell, readRowPosition, rowReader, type ImportColumn, type RowRead } from './import-rows.ts';
import { foldLabel, readDate, readOpeningHours } from './import-values.ts';
import { POINT_KIND_LABELS, POINT_KINDS, type PointKind } from './points.ts';
import { slugify } from './text.ts';

export type PointColumnKey = 'name' | 'kind' | 'street' | 'commune' | 'province' | 'lat' | 'lng' | 'phone' | 'hours' | 'operator' | 'verified';

export const POINT_COLUMNS: readonly ImportColumn<PointColumnKey>[] = [
  { key: 'name', header: 'Tên', aliases: ['ten diem ban', 'ten cua hang'], required: true, meaning: 'tên trên biển hiệu', example: 'Điểm bán hàng Việt chợ Pleiku' },
  {
    key: 'kind',
    header: 'Loại',
    aliases: ['loai diem ban', 'loai hinh'],
    required: true,
    meaning: `một trong: ${POINT_KINDS.map((k) => POINT_KIND_LABELS[k]).join('; ')}`,
    example: POINT_KIND_LABELS['tu-hao-hang-viet'],
  },
  { key: 'street', header: 'Địa chỉ', aliases: ['so nha duong', 'so nha', 'dia chi so nha'], required: true, meaning: 'số nhà và đường, thôn hoặc tổ', example: 'Số 12 đường Hùng Vương' },
  {
    key: 'commune',
    header: 'Phường/Xã',
    aliases: ['xa phuong', 'phuong xa dac khu', 'xa', 'phuong'],
    required: true,
    meaning: 'tên xã/phường/đặc khu sau ngày 01/07/2025, hoặc tên cũ kèm quận/huyện cũ (ví dụ "Phường Bến Nghé, Quận 1")',
    example: 'Phường Pleiku',
  },
  { key: 'province', header: 'Tỉnh/Thành phố', aliases: ['tinh thanh', 'tinh', 'tinh tp', 'thanh pho'], required: true, meaning: 'tên tỉnh/thành phố (mới hoặc cũ)', example: 'Gia Lai' },
  { key: 'lat', header: 'Vĩ độ', aliases: ['lat', 'latitude'], required: true, meaning: 'vĩ độ (độ thập phân, dấu phẩy hay dấu chấm đều được)', example: '13,9833' },
  { key: 'lng', header: 'Kinh độ', aliases: ['lng', 'lon', 'long', 'longitude'], required: true, meaning: 'kinh độ (độ thập phân)', example: '108,0001' },
  { key: 'phone', header: 'Điện thoại', aliases: ['so dien thoai', 'sdt', 'dt'], required: false, meaning: 'số điện thoại, định dạng ô là Văn bản để giữ số 0 đầu', example: '0269 3824 000' },
  { key: 'hours', header: 'Giờ mở cửa', aliases: ['gio mo cua', 'thoi gian mo cua', 'gio hoat dong'], required: false, meaning: 'giờ mở cửa như thường viết', example: 'Thứ 2 – Chủ nhật: 7h–21h' },
  { key: 'operator', header: 'Đơn vị vận hành', aliases: ['don vi quan ly', 'chu diem ban', 'don vi'], required: false, meaning: 'doanh nghiệp, hợp tác xã hoặc ban quản lý chợ vận hành điểm bán', example: 'Hợp tác xã Thương mại Pleiku' },
  {
    key: 'verified',
    header: 'Ngày kiểm tra',
    aliases: ['ngay xac minh', 'ngay cap nhat'],
    required: false,
    meaning: 'ngày kiểm tra thông tin lần cuối (ngày/tháng/năm); để trống thì lấy ngày nhập',
    example: '28/11/2026',
  },
];

/** A point as written in `content/points/` (the order of its fields is the order people write them). */
export interface PointRecord {
  id: string;
  name: string;
  kind: PointKind;
  operator?: string;
  address: { street: string; commune: string; province: string; oldAddress?: string };
  geo: { lat: number; lng: number };
  openingHours?: string;
  phone?: string;
  lastVerified: string;
}

export type PointRow = RowRead<Omit<PointRecord, 'id'>>;

/** Shorter names agencies use for each kind, folded. */
const KIND_ALIASES: Record<PointKind, readonly string[]> = {
  'tu-hao-hang-viet': ['tu hao hang viet nam', 'diem ban hang viet', 'diem ban hang viet tu hao hang viet nam'],
  'cua-hang-ocop': ['cua hang ocop', 'cua hang gioi thieu san pham ocop', 'diem ban ocop'],
  'clb-ban-hang-viet': ['clb ban hang viet', 'cau lac bo ban hang viet'],
};

const KIND_BY_LABEL = new Map<string, PointKind>(
  POINT_KINDS.flatMap((k) => [[foldLabel(POINT_KIND_LABELS[k]), k] as const, [foldLabel(k), k] as const, ...KIND_ALIASES[k].map((a) => [a, k] as const)]),
);

/** The kind a label names: the site's label (any case, with or without diacritics) or the code. */
export function readKind(value: string): PointKind | undefined {
  const folded = foldLabel(value);
  return KIND_BY_LABEL.get(folded);
}

/**
 * One row (cells by column key) as a point, or every problem it has. `today` (YYYY-MM-DD) is the
 * last-checked date when the row gives none.
 */
export function readPointRow(cells: Partial<Record<PointColumnKey, unknown>>, today: string): PointRow {
  const row = rowReader(POINT_COLUMNS, cells);
  const { text, problem } = row;

  const kind = text('kind') ? readKind(text('kind')) : undefined;
  if (text('kind') && !kind) problem('kind', `loại không có trong danh sách; hãy ghi một trong: ${POINT_KINDS.map((k) => POINT_KIND_LABELS[k]).join('; ')}`);
  const address = readAddress(row, { street: 'street', commune: 'commune', province: 'province' });
  const geo = readRowPosition(row, { lat: 'lat', lng: 'lng' });

  let openingHours: string | undefined;
  if (text('hours')) {
    const hours = readOpeningHours(text('hours'));
    if (hours.ok) openingHours = hours.value;
    else problem('hours', hours.reason);
  }
  const phone = readPhoneCell(row, 'phone');

  let lastVerified = today;
  if (text('verified')) {
    const date = readDate(cells.verified);
    if (date.ok) lastVerified = date.value;
    else problem('verified', date.reason);
  }

  if (row.problems.length || !kind || !address || !geo) return { ok: false, problems: row.problems };
  const record: Omit<PointRecord, 'id'> = {
    name: text('name'),
    kind,
    ...(text('operator') ? { operator: text('operator') } : {}),
    address,
    geo,
    ...(openingHours ? { openingHours } : {}),
    ...(phone ? { phone } : {}),
    lastVerified,
  };
  return { ok: true, record, notes: row.notes };
}

/** What makes two rows the same point: its name, commune and street, folded. */
export function pointKey(record: Pick<PointRecord, 'name' | 'address'>): string {
  return [foldLabel(record.name), record.address.commune, foldLabel(record.address.street)].join('|');
}

/** An id for a new point: its name as a slug, then with its commune, then numbered, never one of `taken`. */
export function pointId(record: Pick<PointRecord, 'name' | 'address'>, taken: ReadonlySet<string>): string {
  const base = slugify(record.name) || 'diem-ban';
  if (!taken.has(base)) return base;
  const withPlace = `${base}-${slugify(communeByCode(record.address.commune)?.name ?? record.address.commune)}`;
  if (!taken.has(withPlace)) return withPlace;
  for (let n = 2; ; n += 1) if (!taken.has(`${withPlace}-${n}`)) return `${withPlace}-${n}`;
}
