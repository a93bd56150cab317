/**
 * Products and their OCOP certificates from an agency's spreadsheet (the lists provinces publish:
 * product, producer, stars, decision): the template, and one row read into the record a person
 * would write in `content/products/`, or every reason it cannot be. The producer must already be
 * in `content/businesses/` (by tax code, or by its exact name): import the businesses first.
 * Pure; what imports share is import-rows.ts.
 */
import { GROUPS_2022_FROM, OCOP_GROUP_LABELS, OCOP_GROUPS_2022, OCOP_GROUPS_LEGACY, STAR_POINTS, type OcopGroup } from './ocop.ts';
import { cellText, provinceOf, readAddress, readBusinessRef, rowReader, type BusinessIndex, type ImportColumn, type RowRead } from './import-rows.ts';
import { foldLabel, readDate } from './import-values.ts';
import { readGtin } from './gtin.ts';
import { slugify } from './text.ts';

export type ProductColumnKey =
  | 'name'
  | 'business'
  | 'businessTaxCode'
  | 'province'
  | 'commune'
  | 'description'
  | 'gtin'
  | 'group'
  | 'stars'
  | 'score'
  | 'decisionNumber'
  | 'decisionDate'
  | 'issuer'
  | 'validUntil';

const GROUPS = [...OCOP_GROUPS_2022, ...OCOP_GROUPS_LEGACY] as const;

export const PRODUCT_COLUMNS: readonly ImportColumn<ProductColumnKey>[] = [
  { key: 'name', header: 'Tên sản phẩm', aliases: ['ten', 'san pham', 'ten san pham ocop'], required: true, meaning: 'tên sản phẩm như khi bán', example: 'Cà phê rang xay Ia Grai' },
  { key: 'business', header: 'Chủ thể', aliases: ['ten chu the', 'chu the san xuat', 'co so san xuat', 'doanh nghiep', 'don vi san xuat'], required: false, meaning: 'tên chủ thể sản xuất, đúng như trong danh sách chủ thể của trang (hoặc ghi cột Mã số thuế chủ thể)', example: 'Hợp tác xã Nông nghiệp Ia Grai' },
  { key: 'businessTaxCode', header: 'Mã số thuế chủ thể', aliases: ['mst chu the', 'ma so thue', 'mst'], required: false, meaning: 'mã số thuế của chủ thể sản xuất; định dạng ô là Văn bản', example: '5900123456' },
  { key: 'province', header: 'Tỉnh/Thành phố', aliases: ['tinh thanh', 'tinh', 'tinh tp', 'thanh pho'], required: true, meaning: 'tỉnh/thành phố nơi sản xuất (mới hoặc cũ)', example: 'Gia Lai' },
  { key: 'commune', header: 'Phường/Xã', aliases: ['xa phuong', 'phuong xa dac khu', 'xa', 'phuong'], required: false, meaning: 'xã/phường nơi sản xuất', example: 'Xã Ia Grai' },
  { key: 'description', header: 'Mô tả', aliases: ['gioi thieu'], required: false, meaning: 'mô tả ngắn', example: 'Cà phê Robusta rang mộc.' },
  { key: 'gtin', header: 'Mã vạch', aliases: ['ma vach gtin', 'gtin', 'ma gtin', 'ean', 'ma ean', 'ma so ma vach', 'barcode'], required: false, meaning: 'dãy số in dưới mã vạch (8, 12, 13 hoặc 14 chữ số, kể cả số kiểm tra cuối); nhiều mã (mỗi cỡ bao bì một mã) cách nhau bằng dấu phẩy hoặc chấm phẩy; định dạng ô là Văn bản', example: '8936045120019' },
  { key: 'group', header: 'Nhóm sản phẩm', aliases: ['nhom', 'nhom ocop', 'nhom san pham ocop'], required: false, meaning: `nhóm OCOP trên giấy chứng nhận: ${GROUPS.map((g) => OCOP_GROUP_LABELS[g]).join('; ')}`, example: 'Đồ uống' },
  { key: 'stars', header: 'Số sao', aliases: ['hang sao', 'xep hang', 'sao', 'hang'], required: false, meaning: '3, 4 hoặc 5', example: '4' },
  { key: 'score', header: 'Điểm', aliases: ['diem danh gia', 'tong diem'], required: false, meaning: 'điểm đánh giá (3 sao 50–69, 4 sao 70–89, 5 sao 90–100)', example: '78' },
  { key: 'decisionNumber', header: 'Số quyết định', aliases: ['quyet dinh', 'so qd', 'quyet dinh cong nhan'], required: false, meaning: 'số quyết định công nhận', example: '1234/QĐ-UBND' },
  { key: 'decisionDate', header: 'Ngày quyết định', aliases: ['ngay qd', 'ngay cong nhan', 'ngay ky'], required: false, meaning: 'ngày ký quyết định (ngày/tháng/năm)', example: '15/06/2025' },
  { key: 'issuer', header: 'Cơ quan công nhận', aliases: ['co quan cap', 'don vi cong nhan', 'noi cap', 'cap cong nhan'], required: false, meaning: 'UBND tỉnh/thành phố (3, 4 sao) hoặc Bộ Nông nghiệp và Môi trường (5 sao)', example: 'UBND tỉnh Gia Lai' },
  { key: 'validUntil', header: 'Hiệu lực đến', aliases: ['ngay het han', 'han hieu luc', 'het hieu luc'], required: false, meaning: 'ngày cuối còn hiệu lực khi giấy chứng nhận có ghi (nếu trống: 36 tháng kể từ ngày quyết định)', example: '14/06/2028' },
];

export interface ProductRecord {
  id: string;
  name: string;
  business: string;
  province: string;
  commune?: string;
  description?: string;
  gtin?: string[];
  ocop?: { group: OcopGroup; stars: 3 | 4 | 5; score?: number; decisionNumber: string; decisionDate: string; validUntil?: string; issuer: string };
}

const GROUP_BY_LABEL = new Map<string, OcopGroup>(GROUPS.flatMap((g) => [[foldLabel(OCOP_GROUP_LABELS[g]), g] as const, [foldLabel(g), g] as const]));

/** Stars as written: 4, "4", "4 sao", "4*", "★★★★". */
export function readStars(value: unknown): 3 | 4 | 5 | undefined {
  const text = cellText(value);
  const stars = /^[★⭐*]+$/u.test(text) ? [...text].length : /^([345])\s*(?:sao|\*|★)?$/i.exec(text)?.[1];
  const n = Number(stars);
  return n === 3 || n === 4 || n === 5 ? n : undefined;
}

/** One row as a product, or every problem it has; `businesses` finds its producer. */
export function readProductRow(cells: Partial<Record<ProductColumnKey, unknown>>, businesses: BusinessIndex): RowRead<Omit<ProductRecord, 'id'>> {
  const row = rowReader(PRODUCT_COLUMNS, cells);
  const { text, problem, header } = row;
  const business = readBusinessRef(row, { name: 'business', taxCode: 'businessTaxCode' }, businesses, 'ai sản xuất sản phẩm');

  let province: string | undefined;
  let commune: string | undefined;
  if (text('commune')) {
    const place = readAddress(row, { commune: 'commune', province: 'province' });
    province = place?.province;
    commune = place?.commune;
  } else if (text('province')) {
    const found = provinceOf(text('province'));
    if (!found) problem('province', `không tìm thấy tỉnh/thành phố "${text('province')}"; hãy ghi tên tỉnh/thành phố, ví dụ "Gia Lai"`);
    else {
      province = found.province.code;
      if (found.old) row.note('province', `"${text('province')}" nay thuộc ${found.province.name}`);
    }
  }

  // Barcode numbers: each with a valid check digit (a number cell loses leading zeros: said so).
  const gtin: string[] = [];
  if (text('gtin')) {
    for (const piece of text('gtin').split(/[,;\n]+/).map((p) => p.trim()).filter(Boolean)) {
      const read = readGtin(piece);
      if (read.ok) {
        if (!gtin.includes(read.gtin)) gtin.push(read.gtin);
      } else {
        const asNumber = typeof cells.gtin === 'number' ? '; ô đang ở dạng số nên có thể đã mất số 0 ở đầu: hãy định dạng ô là Văn bản rồi gõ lại' : '';
        problem('gtin', `mã vạch "${piece}" không hợp lệ: ${read.message}${asNumber}`);
      }
    }
  }

  // The certificate: all of it or none of it.
  const ocopKeys = ['group', 'stars', 'decisionNumber', 'decisionDate', 'issuer'] as const;
  let ocop: ProductRecord['ocop'];
  if ([...ocopKeys, 'score', 'validUntil'].some((k) => text(k as ProductColumnKey))) {
    for (const k of ocopKeys) if (!text(k)) problem(k, `sản phẩm có thông tin OCOP nhưng ô "${header(k)}" đang trống; hãy ghi ${PRODUCT_COLUMNS.find((c) => c.key === k)!.meaning}`);
    const group = text('group') ? GROUP_BY_LABEL.get(foldLabel(text('group'))) : undefined;
    if (text('group') && !group) problem('group', `nhóm không có trong danh sách; hãy ghi một trong: ${GROUPS.map((g) => OCOP_GROUP_LABELS[g]).join('; ')}`);
    const stars = text('stars') ? readStars(cells.stars) : undefined;
    if (text('stars') && !stars) problem('stars', 'số sao phải là 3, 4 hoặc 5');
    let score: number | undefined;
    if (text('score')) {
      score = Number(text('score').replace(',', '.'));
      if (!Number.isInteger(score)) problem('score', 'điểm phải là số nguyên, ví dụ 78');
      else if (stars && (score < STAR_POINTS[stars].min || score > STAR_POINTS[stars].max)) problem('score', `${stars} sao ứng với ${STAR_POINTS[stars].min}–${STAR_POINTS[stars].max} điểm, nhưng điểm ghi là ${score}; hãy kiểm tra lại quyết định`);
    }
    const decided = text('decisionDate') ? readDate(cells.decisionDate) : undefined;
    if (decided && !decided.ok) problem('decisionDate', decided.reason);
    const until = text('validUntil') ? readDate(cells.validUntil) : undefined;
    if (until && !until.ok) problem('validUntil', until.reason);
    if (decided?.ok && until?.ok && until.value <= decided.value) problem('validUntil', 'ngày hết hiệu lực phải sau ngày quyết định');
    if (group && decided?.ok && (OCOP_GROUPS_LEGACY as readonly string[]).includes(group) && decided.value >= GROUPS_2022_FROM) {
      problem('group', `nhóm "${OCOP_GROUP_LABELS[group]}" chỉ có trên giấy chứng nhận trước 01/08/2022; hãy ghi một nhóm mới`);
    }
    if (group && stars && decided?.ok && text('decisionNumber') && text('issuer')) {
      ocop = {
        group,
        stars,
        ...(score !== undefined && Number.isInteger(score) ? { score } : {}),
        decisionNumber: text('decisionNumber'),
        decisionDate: decided.value,
        ...(until?.ok ? { validUntil: until.value } : {}),
        issuer: text('issuer'),
      };
    }
  }

  if (row.problems.length || !business || !province) return { ok: false, problems: row.problems };
  return {
    ok: true,
    notes: row.notes,
    record: {
      name: text('name'),
      business,
      province,
      ...(commune ? { commune } : {}),
      ...(text('description') ? { description: text('description') } : {}),
      ...(gtin.length ? { gtin } : {}),
      ...(ocop ? { ocop } : {}),
    },
  };
}

/** Two rows are the same product when they have the same name (folded) and producer. */
export const productKey = (record: Pick<ProductRecord, 'name' | 'business'>) => `${foldLabel(record.name)}|${record.business}`;

/** An id for a new product: its name as a slug, then with its producer's, never one of `taken`. */
export function productId(record: Pick<ProductRecord, 'name' | 'business'>, taken: ReadonlySet<string>): string {
  const base = slugify(record.name) || 'san-pham';
  if (!taken.has(base)) return base;
  const withMaker = `${base}-${record.business}`;
  if (!taken.has(withMaker)) return withMaker;
  for (let n = 2; ; n += 1) if (!taken.has(`${withMaker}-${n}`)) return `${withMaker}-${n}`;
}

export type { BusinessIndex } from './import-rows.ts';
