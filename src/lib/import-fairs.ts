/**
 * Fairs from an organiser's spreadsheet, one row per fair: the template, and one row read into the
 * Markdown file a person would write in `content/fairs/` (frontmatter and the text), or every
 * reason it cannot be. A recurring market day (a `repeat` rule) is written in the web editor, not
 * imported. Pure; what imports share is import-rows.ts.
 */
import { FAIR_KIND_LABELS, FAIR_KIND_SHORT, FAIR_KINDS, MAX_SPAN_DAYS, type FairKind } from './fairs.ts';
import { readAddress, readPhoneCell, readRowPosition, rowReader, type ImportColumn, type ImportedAddress, type RowRead } from './import-rows.ts';
import { foldLabel, readDate, readDateTime, readOpeningHours } from './import-values.ts';
import { slugify } from './text.ts';
import { FAIR_FOLDERS } from './urls.ts';

export type FairColumnKey =
  | 'title'
  | 'kind'
  | 'start'
  | 'end'
  | 'dailyHours'
  | 'venue'
  | 'street'
  | 'commune'
  | 'province'
  | 'lat'
  | 'lng'
  | 'organiser'
  | 'summary'
  | 'body'
  | 'who'
  | 'how'
  | 'deadline'
  | 'booths'
  | 'fee'
  | 'phone'
  | 'email';

export const FAIR_COLUMNS: readonly ImportColumn<FairColumnKey>[] = [
  { key: 'title', header: 'Tên', aliases: ['ten hoi cho', 'ten phien cho'], required: true, meaning: 'tên hội chợ, phiên chợ, kèm năm', example: 'Hội chợ hàng Việt về xã Ia Grai 2027' },
  { key: 'kind', header: 'Loại', aliases: ['loai hoi cho', 'hinh thuc'], required: true, meaning: `một trong: ${FAIR_KINDS.map((k) => FAIR_KIND_LABELS[k]).join('; ')}`, example: FAIR_KIND_SHORT['hoi-cho-nong-thon'] },
  { key: 'start', header: 'Khai mạc', aliases: ['bat dau', 'thoi gian bat dau', 'tu ngay'], required: true, meaning: 'ngày giờ khai mạc, giờ Việt Nam', example: '12/03/2027 08:00' },
  { key: 'end', header: 'Bế mạc', aliases: ['ket thuc', 'thoi gian ket thuc', 'den ngay'], required: true, meaning: 'ngày giờ bế mạc', example: '15/03/2027 21:00' },
  { key: 'dailyHours', header: 'Giờ mở cửa hằng ngày', aliases: ['gio mo cua', 'gio hoat dong'], required: false, meaning: 'giờ mở cửa mỗi ngày của hội chợ nhiều ngày', example: '8h-22h' },
  { key: 'venue', header: 'Nơi tổ chức', aliases: ['dia diem', 'dia diem to chuc'], required: true, meaning: 'tên nơi tổ chức', example: 'Sân vận động xã Ia Grai' },
  { key: 'street', header: 'Địa chỉ', aliases: ['so nha duong'], required: true, meaning: 'số nhà, đường, thôn', example: 'Thôn 1' },
  { key: 'commune', header: 'Phường/Xã', aliases: ['xa phuong', 'phuong xa dac khu', 'xa', 'phuong'], required: true, meaning: 'xã/phường sau ngày 01/07/2025, hoặc tên cũ kèm huyện cũ', example: 'Xã Ia Grai' },
  { key: 'province', header: 'Tỉnh/Thành phố', aliases: ['tinh thanh', 'tinh', 'tinh tp'], required: true, meaning: 'tên tỉnh/thành phố (mới hoặc cũ)', example: 'Gia Lai' },
  { key: 'lat', header: 'Vĩ độ', aliases: ['lat', 'latitude'], required: true, meaning: 'vĩ độ nơi tổ chức', example: '13,97' },
  { key: 'lng', header: 'Kinh độ', aliases: ['lng', 'lon', 'longitude'], required: true, meaning: 'kinh độ nơi tổ chức', example: '107,95' },
  { key: 'organiser', header: 'Ban tổ chức', aliases: ['don vi to chuc', 'co quan to chuc'], required: true, meaning: 'cơ quan, đơn vị tổ chức', example: 'Sở Công Thương tỉnh Gia Lai' },
  { key: 'summary', header: 'Tóm tắt', aliases: ['mo ta ngan'], required: true, meaning: 'một câu giới thiệu cho danh sách', example: 'Hội chợ đưa hàng Việt về xã Ia Grai.' },
  { key: 'body', header: 'Nội dung', aliases: ['mo ta', 'noi dung chi tiet', 'gioi thieu'], required: false, meaning: 'phần giới thiệu đầy đủ (các đoạn cách nhau bằng một dòng trống); để trống thì dùng phần tóm tắt', example: 'Hội chợ có 120 gian hàng của doanh nghiệp trong tỉnh.' },
  { key: 'who', header: 'Đối tượng đăng ký', aliases: ['doi tuong tham gia', 'ai duoc dang ky'], required: false, meaning: 'ai được đăng ký gian hàng (ghi cùng "Cách đăng ký")', example: 'Doanh nghiệp, hợp tác xã có sản phẩm sản xuất trong nước' },
  { key: 'how', header: 'Cách đăng ký', aliases: ['hinh thuc dang ky', 'dang ky'], required: false, meaning: 'cách đăng ký gian hàng', example: 'Gửi phiếu đăng ký về Sở Công Thương' },
  { key: 'deadline', header: 'Hạn đăng ký', aliases: ['han chot dang ky'], required: false, meaning: 'ngày cuối nhận đăng ký', example: '01/03/2027' },
  { key: 'booths', header: 'Số gian hàng', aliases: ['so gian'], required: false, meaning: 'số gian hàng', example: '120' },
  { key: 'fee', header: 'Phí gian hàng', aliases: ['gia gian hang', 'phi'], required: false, meaning: 'giá gian hàng như thông báo', example: '3.000.000 đồng/gian 3 m × 3 m' },
  { key: 'phone', header: 'Điện thoại liên hệ', aliases: ['dien thoai', 'so dien thoai'], required: false, meaning: 'số điện thoại đăng ký; định dạng ô là Văn bản', example: '0269 3824 000' },
  { key: 'email', header: 'Thư điện tử', aliases: ['email', 'e mail'], required: false, meaning: 'địa chỉ thư điện tử đăng ký', example: 'hoicho@gialai.gov.vn' },
];

export interface FairRecord {
  id: string;
  title: string;
  kind: FairKind;
  start: string;
  end: string;
  dailyHours?: string;
  venue: { name: string; address: ImportedAddress; geo: { lat: number; lng: number } };
  organiser: string;
  registration?: { who: string; how: string; deadline?: string; booths?: number; fee?: string; phone?: string; email?: string };
  summary: string;
  /** The Markdown text after the frontmatter. */
  body: string;
}

const KIND_BY_LABEL = new Map<string, FairKind>(FAIR_KINDS.flatMap((k) => [[foldLabel(FAIR_KIND_LABELS[k]), k] as const, [foldLabel(FAIR_KIND_SHORT[k]), k] as const, [foldLabel(k), k] as const]));

/** One row as a fair, or every problem it has. */
export function readFairRow(cells: Partial<Record<FairColumnKey, unknown>>): RowRead<Omit<FairRecord, 'id'>> {
  const row = rowReader(FAIR_COLUMNS, cells);
  const { text, problem, header } = row;

  const kind = text('kind') ? KIND_BY_LABEL.get(foldLabel(text('kind'))) : undefined;
  if (text('kind') && !kind) problem('kind', `loại không có trong danh sách; hãy ghi một trong: ${FAIR_KINDS.map((k) => FAIR_KIND_SHORT[k]).join('; ')}`);

  const start = text('start') ? readDateTime(cells.start) : undefined;
  if (start && !start.ok) problem('start', start.reason);
  const end = text('end') ? readDateTime(cells.end) : undefined;
  if (end && !end.ok) problem('end', end.reason);
  if (start?.ok && end?.ok) {
    if (end.value <= start.value) problem('end', 'giờ bế mạc phải sau giờ khai mạc');
    else if ((Date.parse(`${end.value.replace(' ', 'T')}:00Z`) - Date.parse(`${start.value.replace(' ', 'T')}:00Z`)) / 86_400_000 > MAX_SPAN_DAYS) {
      problem('end', `hội chợ kéo dài quá ${MAX_SPAN_DAYS} ngày; phiên chợ họp định kỳ (hằng tuần, hằng tháng) hãy nhập bằng trình soạn thảo trên trang (/admin/), không nhập từ bảng tính`);
    }
  }

  let dailyHours: string | undefined;
  if (text('dailyHours')) {
    const read = readOpeningHours(text('dailyHours'));
    const m = read.ok ? /^Mo-Su (\d{2}:\d{2}-\d{2}:\d{2})$/.exec(read.value) : null;
    if (m) dailyHours = m[1];
    else problem('dailyHours', `giờ mở cửa hằng ngày phải là một khoảng giờ, ví dụ "8h-22h" hoặc "08:00-22:00"`);
  }

  const address = readAddress(row, { street: 'street', commune: 'commune', province: 'province' });
  const geo = readRowPosition(row, { lat: 'lat', lng: 'lng' });

  let registration: FairRecord['registration'];
  const registrationKeys = ['who', 'how', 'deadline', 'booths', 'fee', 'phone', 'email'] as const;
  if (registrationKeys.some((k) => text(k))) {
    for (const k of ['who', 'how'] as const) if (!text(k)) problem(k, `có thông tin đăng ký gian hàng nhưng ô "${header(k)}" đang trống; hãy ghi ${FAIR_COLUMNS.find((c) => c.key === k)!.meaning}`);
    const deadline = text('deadline') ? readDate(cells.deadline) : undefined;
    if (deadline && !deadline.ok) problem('deadline', deadline.reason);
    const booths = text('booths') ? Number(text('booths').replace(/[.\s]/g, '')) : undefined;
    if (booths !== undefined && (!Number.isInteger(booths) || booths <= 0)) problem('booths', 'số gian hàng phải là số nguyên dương, ví dụ 120');
    const phone = readPhoneCell(row, 'phone');
    if (text('email') && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text('email'))) problem('email', 'địa chỉ thư điện tử không hợp lệ, ví dụ "hoicho@gialai.gov.vn"');
    if (text('who') && text('how')) {
      registration = {
        who: text('who'),
        how: text('how'),
        ...(deadline?.ok ? { deadline: deadline.value } : {}),
        ...(booths ? { booths } : {}),
        ...(text('fee') ? { fee: text('fee') } : {}),
        ...(phone ? { phone } : {}),
        ...(text('email') ? { email: text('email') } : {}),
      };
    }
  }

  if (row.problems.length || !kind || !start?.ok || !end?.ok || !address || !geo) return { ok: false, problems: row.problems };
  return {
    ok: true,
    notes: row.notes,
    record: {
      title: text('title'),
      kind,
      start: start.value,
      end: end.value,
      ...(dailyHours ? { dailyHours } : {}),
      venue: { name: text('venue'), address, geo },
      organiser: text('organiser'),
      ...(registration ? { registration } : {}),
      summary: text('summary'),
      body: text('body') || text('summary'),
    },
  };
}

/** Two rows are the same fair when they have the same title (folded) and opening day. */
export const fairKey = (r: Pick<FairRecord, 'title' | 'start'>) => `${foldLabel(r.title)}|${r.start.slice(0, 10)}`;

/** An id (the file name) for a new fair: its title as a slug, never a folder of the fairs' lists, never one of `taken`. */
export function fairId(r: Pick<FairRecord, 'title' | 'start'>, taken: ReadonlySet<string>): string {
  const base = slugify(r.title) || 'hoi-cho';
  const free = (id: string) => !taken.has(id) && !Object.hasOwn(FAIR_FOLDERS, id);
  if (free(base)) return base;
  const withDay = `${base}-${r.start.slice(0, 10)}`;
  if (free(withDay)) return withDay;
  for (let n = 2; ; n += 1) if (free(`${withDay}-${n}`)) return `${withDay}-${n}`;
}
