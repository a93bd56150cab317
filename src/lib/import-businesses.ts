/**
 * Businesses (doanh nghiệp, hợp tác xã, hộ kinh doanh) from an agency's spreadsheet: the template,
 * and one row read into the record a person would write in `content/businesses/`, or every reason
 * it cannot be. Pure; what imports share is import-rows.ts.
 */
import { BUSINESS_KIND_LABELS, BUSINESS_KINDS, type BusinessKind } from './businesses.ts';
import { readAddress, readPhoneCell, rowReader, type ImportColumn, type ImportedAddress, type RowRead } from './import-rows.ts';
import { foldLabel } from './import-values.ts';
import { taxCodeProblem } from './tax-code.ts';
import { slugify } from './text.ts';

export type BusinessColumnKey = 'name' | 'kind' | 'taxCode' | 'street' | 'commune' | 'province' | 'phone' | 'website' | 'description';

export const BUSINESS_COLUMNS: readonly ImportColumn<BusinessColumnKey>[] = [
  { key: 'name', header: 'Tên', aliases: ['ten doanh nghiep', 'ten chu the', 'ten co so', 'ten don vi'], required: true, meaning: 'tên đăng ký', example: 'Hợp tác xã Nông nghiệp Ia Grai' },
  {
    key: 'kind',
    header: 'Loại hình',
    aliases: ['loai', 'loai hinh doanh nghiep', 'hinh thuc'],
    required: true,
    meaning: `một trong: ${BUSINESS_KINDS.map((k) => BUSINESS_KIND_LABELS[k]).join('; ')}`,
    example: BUSINESS_KIND_LABELS['hop-tac-xa'],
  },
  { key: 'taxCode', header: 'Mã số thuế', aliases: ['mst', 'ma so doanh nghiep', 'so dinh danh'], required: true, meaning: 'mã số thuế 10 chữ số (chi nhánh thêm -3 chữ số), hoặc số định danh cá nhân 12 chữ số của hộ kinh doanh; định dạng ô là Văn bản', example: '5900123456' },
  { key: 'street', header: 'Địa chỉ', aliases: ['so nha duong', 'dia chi tru so'], required: true, meaning: 'số nhà và đường, thôn hoặc tổ của trụ sở', example: 'Thôn 3' },
  { key: 'commune', header: 'Phường/Xã', aliases: ['xa phuong', 'phuong xa dac khu', 'xa', 'phuong'], required: true, meaning: 'xã/phường sau ngày 01/07/2025, hoặc tên cũ kèm huyện cũ', example: 'Xã Ia Grai' },
  { key: 'province', header: 'Tỉnh/Thành phố', aliases: ['tinh thanh', 'tinh', 'tinh tp', 'thanh pho'], required: true, meaning: 'tên tỉnh/thành phố (mới hoặc cũ)', example: 'Gia Lai' },
  { key: 'phone', header: 'Điện thoại', aliases: ['so dien thoai', 'sdt', 'dt'], required: false, meaning: 'số điện thoại, định dạng ô là Văn bản', example: '0269 3845 000' },
  { key: 'website', header: 'Trang web', aliases: ['website', 'web'], required: false, meaning: 'địa chỉ trang web, bắt đầu bằng https://', example: 'https://htx-iagrai.vn' },
  { key: 'description', header: 'Mô tả', aliases: ['gioi thieu', 'nganh nghe'], required: false, meaning: 'một đoạn giới thiệu ngắn', example: 'Trồng và chế biến cà phê.' },
];

export interface BusinessRecord {
  id: string;
  name: string;
  kind: BusinessKind;
  taxCode: string;
  address: ImportedAddress;
  phone?: string;
  website?: string;
  description?: string;
}

const KIND_BY_LABEL = new Map<string, BusinessKind>(
  BUSINESS_KINDS.flatMap((k) => [[foldLabel(BUSINESS_KIND_LABELS[k]), k] as const, [foldLabel(k), k] as const]).concat([
    ['htx', 'hop-tac-xa'],
    ['hkd', 'ho-kinh-doanh'],
    ['cong ty', 'doanh-nghiep'],
    ['doanh nghiep tu nhan', 'doanh-nghiep'],
    ['co so', 'co-so-san-xuat'],
  ]),
);

/** One row as a business, or every problem it has. */
export function readBusinessRow(cells: Partial<Record<BusinessColumnKey, unknown>>): RowRead<Omit<BusinessRecord, 'id'>> {
  const row = rowReader(BUSINESS_COLUMNS, cells);
  const { text, problem } = row;

  const kind = text('kind') ? KIND_BY_LABEL.get(foldLabel(text('kind'))) : undefined;
  if (text('kind') && !kind) problem('kind', `loại hình không có trong danh sách; hãy ghi một trong: ${BUSINESS_KINDS.map((k) => BUSINESS_KIND_LABELS[k]).join('; ')}`);

  const taxCode = text('taxCode').replace(/\s+/g, '');
  const wrong = taxCode ? taxCodeProblem(taxCode) : undefined;
  if (wrong) {
    const numeric = typeof cells.taxCode === 'number' ? '; ô đang ở dạng số nên số 0 đầu có thể đã mất: hãy định dạng cột là Văn bản (Text) rồi ghi lại mã' : '';
    problem('taxCode', `mã số thuế không hợp lệ: ${wrong}${numeric}`);
  }
  const address = readAddress(row, { street: 'street', commune: 'commune', province: 'province' });
  const phone = readPhoneCell(row, 'phone');

  let website: string | undefined;
  if (text('website')) {
    const written = /^[a-z][a-z0-9+.-]*:/i.test(text('website')) ? text('website') : `https://${text('website')}`;
    const url = URL.canParse(written) ? new URL(written) : undefined;
    if (!url || url.protocol !== 'https:' || !url.hostname.includes('.')) problem('website', 'địa chỉ trang web phải bắt đầu bằng https://, ví dụ "https://htx-iagrai.vn"');
    else {
      website = url.href;
      if (written !== text('website')) row.note('website', `đã thêm https:// vào trước "${text('website')}"`);
    }
  }

  if (row.problems.length || !kind || !address) return { ok: false, problems: row.problems };
  return {
    ok: true,
    notes: row.notes,
    record: {
      name: text('name'),
      kind,
      taxCode,
      address,
      ...(phone ? { phone } : {}),
      ...(website ? { website } : {}),
      ...(text('description') ? { description: text('description') } : {}),
    },
  };
}

/** Two rows are the same business when they have the same tax code. */
export const businessKey = (record: Pick<BusinessRecord, 'taxCode'>) => record.taxCode;

/** An id for a new business: its name as a slug, then with its tax code's last digits, never one of `taken`. */
export function businessId(record: Pick<BusinessRecord, 'name' | 'taxCode'>, taken: ReadonlySet<string>): string {
  const base = slugify(record.name) || 'chu-the';
  if (!taken.has(base)) return base;
  const withCode = `${base}-${record.taxCode.replace(/\D/g, '').slice(-4)}`;
  if (!taken.has(withCode)) return withCode;
  for (let n = 2; ; n += 1) if (!taken.has(`${withCode}-${n}`)) return `${withCode}-${n}`;
}
