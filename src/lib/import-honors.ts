/**
 * Awards from an honours list as agencies send it (programme, year, decision, one row per business
 * or product honoured): the template, and one row read into the record a person would write in
 * `content/honors/`, or every reason it cannot be. The programme, the business and the product must
 * already be in the content. Pure; what imports share is import-rows.ts.
 */
import { rowReader, readBusinessRef, type BusinessIndex, type ImportColumn, type RowRead } from './import-rows.ts';
import { foldLabel, readDate } from './import-values.ts';

export type HonorColumnKey = 'program' | 'year' | 'business' | 'businessTaxCode' | 'product' | 'title' | 'decisionNumber' | 'decisionDate';

export const HONOR_COLUMNS: readonly ImportColumn<HonorColumnKey>[] = [
  { key: 'program', header: 'Chương trình', aliases: ['chuong trinh ton vinh', 'danh hieu chuong trinh', 'giai thuong'], required: true, meaning: 'tên (hoặc mã) chương trình tôn vinh đã có trên trang', example: 'Hàng Việt Nam chất lượng cao' },
  { key: 'year', header: 'Năm', aliases: ['nam ton vinh', 'nam cong nhan'], required: true, meaning: 'năm tôn vinh', example: '2026' },
  { key: 'business', header: 'Chủ thể', aliases: ['ten chu the', 'doanh nghiep', 'ten doanh nghiep', 'don vi'], required: false, meaning: 'tên chủ thể được tôn vinh, đúng như trong danh sách chủ thể của trang (hoặc ghi cột Mã số thuế chủ thể)', example: 'Hợp tác xã Nông nghiệp Ia Grai' },
  { key: 'businessTaxCode', header: 'Mã số thuế chủ thể', aliases: ['mst chu the', 'ma so thue', 'mst'], required: false, meaning: 'mã số thuế của chủ thể; định dạng ô là Văn bản', example: '5900123451' },
  { key: 'product', header: 'Sản phẩm', aliases: ['ten san pham', 'san pham duoc ton vinh'], required: false, meaning: 'tên sản phẩm được tôn vinh, khi giải thưởng dành cho một sản phẩm của chủ thể', example: 'Cà phê rang xay Ia Grai' },
  { key: 'title', header: 'Danh hiệu', aliases: ['ten danh hieu', 'hang muc'], required: false, meaning: 'danh hiệu, khi khác tên chương trình', example: 'Top 10 doanh nghiệp tiêu biểu' },
  { key: 'decisionNumber', header: 'Số quyết định', aliases: ['quyet dinh', 'so qd'], required: true, meaning: 'số quyết định tôn vinh', example: '12/QĐ-HDN' },
  { key: 'decisionDate', header: 'Ngày quyết định', aliases: ['ngay qd', 'ngay ky'], required: true, meaning: 'ngày ký quyết định (ngày/tháng/năm)', example: '20/01/2026' },
];

export interface HonorRecord {
  id: string;
  program: string;
  year: number;
  business: string;
  product?: string;
  title?: string;
  decisionNumber: string;
  decisionDate: string;
}

/** The programmes, and each business's products, already in the content. */
export interface HonorIndex {
  businesses: BusinessIndex;
  /** Id and folded name → id. */
  programs: ReadonlyMap<string, string>;
  /** Business id → folded product name → product ids. */
  productsOf: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
}

/** One row as an award, or every problem it has. */
export function readHonorRow(cells: Partial<Record<HonorColumnKey, unknown>>, index: HonorIndex): RowRead<Omit<HonorRecord, 'id'>> {
  const row = rowReader(HONOR_COLUMNS, cells);
  const { text, problem } = row;

  const program = text('program') ? (index.programs.get(text('program')) ?? index.programs.get(foldLabel(text('program')))) : undefined;
  if (text('program') && !program) problem('program', 'chưa có chương trình tôn vinh này trên trang; hãy ghi đúng tên chương trình, hoặc thêm chương trình vào content/honor-programs/ trước');

  const year = Number(text('year'));
  if (text('year') && (!Number.isInteger(year) || year < 1990 || year > 2100)) problem('year', 'năm phải là số có bốn chữ số, ví dụ 2026');
  const business = readBusinessRef(row, { name: 'business', taxCode: 'businessTaxCode' }, index.businesses, 'ai được tôn vinh');

  let product: string | undefined;
  if (text('product') && business) {
    const ids = index.productsOf.get(business)?.get(foldLabel(text('product'))) ?? [];
    if (ids.length === 1) product = ids[0];
    else problem('product', ids.length ? `chủ thể có ${ids.length} sản phẩm cùng tên (${ids.join(', ')})` : 'chủ thể này chưa có sản phẩm nào mang tên này trên trang; hãy nhập sản phẩm trước (npm run import -- products …)');
  }

  const decided = text('decisionDate') ? readDate(cells.decisionDate) : undefined;
  if (decided && !decided.ok) problem('decisionDate', decided.reason);
  if (decided?.ok && Number.isInteger(year) && Math.abs(Number(decided.value.slice(0, 4)) - year) > 1) {
    problem('decisionDate', `ngày quyết định ${decided.value.split('-').reverse().join('/')} không khớp năm tôn vinh ${year}; hãy kiểm tra lại năm hoặc ngày`);
  }

  if (row.problems.length || !program || !business || !decided?.ok) return { ok: false, problems: row.problems };
  return {
    ok: true,
    notes: [],
    record: {
      program,
      year,
      business,
      ...(product ? { product } : {}),
      ...(text('title') ? { title: text('title') } : {}),
      decisionNumber: text('decisionNumber'),
      decisionDate: decided.value,
    },
  };
}

/** Two rows are the same award when programme, year, business and product are the same. */
export const honorKey = (r: Pick<HonorRecord, 'program' | 'year' | 'business' | 'product'>) => [r.program, r.year, r.business, r.product ?? ''].join('|');

/** An id for a new award, as the sample lists write them: programme, year, business (and product). */
export function honorId(r: Pick<HonorRecord, 'program' | 'year' | 'business' | 'product'>, taken: ReadonlySet<string>): string {
  const base = `${r.program}-${r.year}-${r.business}`;
  if (!taken.has(base)) return base;
  const withProduct = r.product ? `${base}-${r.product}` : base;
  if (!taken.has(withProduct)) return withProduct;
  for (let n = 2; ; n += 1) if (!taken.has(`${withProduct}-${n}`)) return `${withProduct}-${n}`;
}
