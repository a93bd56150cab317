/**
 * The open data's field dictionaries: for every dataset published under /du-lieu/, each column's
 * name, type, meaning and an example, in the order of the files. The exports take their columns
 * from here, the /du-lieu/ page and the catalogue (/du-lieu/catalog.json) print it, and the tests
 * check every published value against it — one list, so the three cannot drift.
 *
 * Types are those of Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/),
 * which the catalogue uses to describe each file: `string`, `integer`, `number`, `boolean`,
 * `date` (YYYY-MM-DD), `datetime` (ISO 8601 with offset), with `format: 'uri'` for addresses.
 */

import { BUSINESS_KINDS } from './businesses.ts';
import { FAIR_KINDS, FAIR_STATUSES } from './fairs.ts';
import { CERTIFICATE_STATUSES } from './ocop.ts';
import { PLAN_LEVELS, PLAN_STATUSES } from './plans.ts';
import { POINT_KINDS, POINT_STATUSES } from './points.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

/** How the /du-lieu/ page names each type. */
export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  string: 'chữ',
  integer: 'số nguyên',
  number: 'số',
  boolean: 'true/false',
  date: 'ngày (YYYY-MM-DD)',
  datetime: 'ngày giờ ISO 8601',
};

export interface Field {
  name: string;
  type: FieldType;
  /** `uri`: an absolute address; `ids`: ids separated by spaces. */
  format?: 'uri' | 'ids';
  /** May be empty (null in JSON, an empty cell in CSV). */
  optional?: boolean;
  /** What it means, in Vietnamese. */
  meaning: string;
  example: string;
  /** The values it may take, when it is a code from a fixed list. */
  values?: readonly string[];
}

const f = (name: string, type: FieldType, meaning: string, example: string, more: Partial<Field> = {}): Field => ({ name, type, meaning, example, ...more });
const opt = { optional: true } as const;

/** Columns every dataset starts with: the record's id and its page. */
const ID = (what: string, example: string) => f('id', 'string', `mã định danh cố định của ${what}, cũng là địa chỉ trang của nó`, example);
const URL_FIELD = (example: string) => f('url', 'string', 'địa chỉ trang của bản ghi trên trang này', example, { format: 'uri' });
const SAMPLE = f('sample', 'boolean', 'true khi bản ghi là dữ liệu minh họa, không phải thông tin chính thức', 'false');

/** Where a record aggregated from another committee's site comes from (empty for this site's own). */
const SOURCE: Field[] = [
  f('sourceCommittee', 'string', 'Ban Chỉ đạo đã công bố bản ghi này, khi trang tổng hợp nó từ dữ liệu mở của trang khác', 'Ban Chỉ đạo Cuộc vận động tỉnh Gia Lai', opt),
  f('sourceUrl', 'string', 'địa chỉ bản ghi trên trang của Ban Chỉ đạo đó', 'https://hangviet.gialai.gov.vn/diem-ban/cho-pleiku/', { ...opt, format: 'uri' }),
];

/** The five address columns, named `street`… or, with a prefix, `venueStreet`…. */
const ADDRESS = (prefix = ''): Field[] => {
  const name = (n: string) => (prefix ? `${prefix}${n[0]!.toUpperCase()}${n.slice(1)}` : n);
  return [
    f(name('street'), 'string', 'số nhà, đường, thôn, tổ', 'Số 25 đường Lê Lợi'),
    f(name('commune'), 'string', 'mã xã/phường/đặc khu (5 chữ số, danh mục từ 01/07/2025)', '21583'),
    f(name('communeName'), 'string', 'tên xã/phường/đặc khu', 'Phường Quy Nhơn', opt),
    f(name('province'), 'string', 'mã tỉnh/thành phố (2 chữ số, danh mục từ 01/07/2025)', '52'),
    f(name('provinceName'), 'string', 'tên tỉnh/thành phố', 'Tỉnh Gia Lai'),
    f(name('oldAddress'), 'string', 'địa chỉ như nguồn ghi trước ngày 01/07/2025 (có quận/huyện), khi có', '25 Lê Lợi, phường Lê Lợi, thành phố Quy Nhơn, tỉnh Bình Định', opt),
  ];
};

export const POINT_FIELDS: readonly Field[] = [
  ID('điểm bán', 'cua-hang-ocop-quy-nhon'),
  URL_FIELD('https://hangviet.example.vn/diem-ban/cua-hang-ocop-quy-nhon/'),
  f('name', 'string', 'tên trên biển hiệu', 'Cửa hàng giới thiệu sản phẩm OCOP Quy Nhơn'),
  f('kind', 'string', 'loại điểm bán (mã)', 'cua-hang-ocop', { values: POINT_KINDS }),
  f('kindLabel', 'string', 'loại điểm bán, như trang hiển thị', 'Cửa hàng giới thiệu và bán sản phẩm OCOP'),
  f('operator', 'string', 'đơn vị vận hành', 'Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh', opt),
  f('business', 'string', 'mã chủ thể vận hành (trong tệp doanh-nghiep), khi có trên trang', 'thuc-pham-dam-thi-nai-xanh', opt),
  ...ADDRESS(),
  f('lat', 'number', 'vĩ độ (WGS 84)', '13.7722'),
  f('lng', 'number', 'kinh độ (WGS 84)', '109.2251'),
  f('openingHours', 'string', 'giờ mở cửa, theo cú pháp opening_hours của OpenStreetMap', 'Mo-Su 07:30-21:00', opt),
  f('phone', 'string', 'số điện thoại', '0256 000 1301', opt),
  f('vietGoodsShare', 'number', 'tỷ lệ hàng Việt trên quầy, phần trăm', '100', opt),
  f('products', 'string', 'các sản phẩm có bán (mã, cách nhau bằng dấu cách)', 'cha-ca-thi-nai nuoc-mam-ca-com-thi-nai', { format: 'ids' }),
  f('yearOpened', 'integer', 'năm khai trương', '2023', opt),
  f('status', 'string', 'đang hoạt động (active) hay đã ngừng (closed)', 'active', { values: POINT_STATUSES }),
  f('closedDate', 'date', 'ngày ngừng hoạt động', '2026-06-30', opt),
  f('lastVerified', 'date', 'ngày kiểm tra thông tin lần cuối', '2026-10-05'),
  ...SOURCE,
  SAMPLE,
];

export const PRODUCT_FIELDS: readonly Field[] = [
  ID('sản phẩm', 'nuoc-mam-ca-com-thi-nai'),
  URL_FIELD('https://hangviet.example.vn/san-pham/nuoc-mam-ca-com-thi-nai/'),
  f('name', 'string', 'tên sản phẩm', 'Nước mắm cá cơm Thị Nại'),
  f('business', 'string', 'mã chủ thể (doanh nghiệp, hợp tác xã, hộ kinh doanh) trong tệp doanh-nghiep', 'thuc-pham-dam-thi-nai-xanh'),
  f('businessName', 'string', 'tên chủ thể', 'Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh', opt),
  f('province', 'string', 'mã tỉnh/thành phố nơi sản xuất', '52'),
  f('provinceName', 'string', 'tên tỉnh/thành phố', 'Tỉnh Gia Lai'),
  f('commune', 'string', 'mã xã/phường nơi sản xuất', '21583', opt),
  f('communeName', 'string', 'tên xã/phường', 'Phường Quy Nhơn', opt),
  f('description', 'string', 'mô tả ngắn', 'Nước mắm truyền thống ủ chượp 12 tháng.', opt),
  f('gtin', 'string', 'mã vạch (GTIN) của sản phẩm, các chữ số kể cả số kiểm tra; nhiều mã cách nhau bằng dấu cách', '8936045120019 8936045120026', opt),
  f('ocopGroup', 'string', 'nhóm sản phẩm OCOP (mã)', 'thuc-pham', opt),
  f('ocopGroupLabel', 'string', 'nhóm sản phẩm OCOP', 'Thực phẩm', opt),
  f('ocopStars', 'integer', 'số sao OCOP (3–5)', '4', opt),
  f('ocopScore', 'integer', 'điểm đánh giá OCOP', '82', opt),
  f('ocopDecisionNumber', 'string', 'số quyết định công nhận', '1234/QĐ-UBND', opt),
  f('ocopDecisionDate', 'date', 'ngày quyết định công nhận', '2025-06-10', opt),
  f('ocopIssuer', 'string', 'cơ quan ra quyết định', 'UBND tỉnh Gia Lai', opt),
  f('ocopValidUntil', 'date', 'ngày cuối còn hiệu lực (36 tháng kể từ ngày quyết định)', '2028-06-09', opt),
  f('ocopRevokedDate', 'date', 'ngày thu hồi chứng nhận', '2026-03-01', opt),
  f('ocopRevokedDecisionNumber', 'string', 'số quyết định thu hồi', '88/QĐ-UBND', opt),
  f('ocopRevokedReason', 'string', 'lý do thu hồi, như quyết định ghi', 'Không duy trì chất lượng sản phẩm', opt),
  f('ocopStatus', 'string', 'tình trạng chứng nhận vào ngày ocopStatusAsOf (tính khi dựng trang)', 'valid', { ...opt, values: CERTIFICATE_STATUSES }),
  f('ocopStatusLabel', 'string', 'tình trạng chứng nhận, như trang hiển thị', 'Còn hiệu lực', opt),
  f('ocopStatusAsOf', 'date', 'ngày tình trạng được tính cho (giờ Việt Nam)', '2026-12-02', opt),
  f('standards', 'string', 'tiêu chuẩn, chứng nhận khác của sản phẩm, như in (nhiều mục cách nhau bằng “; ”)', 'VietGAP; TCCS 01:2024/HTX', opt),
  f('referencePriceAmount', 'integer', 'giá tham khảo, đồng', '180000', opt),
  f('referencePriceUnit', 'string', 'giá tham khảo cho đơn vị nào', 'chai 500 ml', opt),
  ...SOURCE,
  SAMPLE,
];

export const BUSINESS_FIELDS: readonly Field[] = [
  ID('chủ thể', 'thuc-pham-dam-thi-nai-xanh'),
  URL_FIELD('https://hangviet.example.vn/doanh-nghiep/thuc-pham-dam-thi-nai-xanh/'),
  f('name', 'string', 'tên đăng ký', 'Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh'),
  f('kind', 'string', 'loại chủ thể (mã)', 'doanh-nghiep', { values: BUSINESS_KINDS }),
  f('kindLabel', 'string', 'loại chủ thể', 'Doanh nghiệp'),
  f('taxCode', 'string', 'mã số thuế (10 hoặc 13 chữ số, hoặc số định danh cá nhân 12 chữ số)', '4100259564'),
  ...ADDRESS(),
  f('phone', 'string', 'số điện thoại', '0256 000 1300', opt),
  f('website', 'string', 'trang web', 'https://example.vn', { ...opt, format: 'uri' }),
  f('description', 'string', 'mô tả ngắn', 'Chế biến nước mắm và hải sản khô.', opt),
  f('products', 'string', 'các sản phẩm của chủ thể (mã trong tệp san-pham)', 'nuoc-mam-ca-com-thi-nai cha-ca-thi-nai', { format: 'ids' }),
  f('honors', 'string', 'các lần được tôn vinh (mã trong tệp ton-vinh)', 'hvnclc-2026-dam-thi-nai', { format: 'ids' }),
  ...SOURCE,
  SAMPLE,
];

export const HONOR_FIELDS: readonly Field[] = [
  ID('lần tôn vinh', 'hvnclc-2026-dam-thi-nai'),
  URL_FIELD('https://hangviet.example.vn/ton-vinh/hang-viet-nam-chat-luong-cao/2026/'),
  f('program', 'string', 'mã chương trình tôn vinh', 'hang-viet-nam-chat-luong-cao'),
  f('programName', 'string', 'tên chương trình', 'Hàng Việt Nam chất lượng cao', opt),
  f('organiser', 'string', 'đơn vị tổ chức', 'Hội Doanh nghiệp Hàng Việt Nam chất lượng cao', opt),
  f('year', 'integer', 'năm tôn vinh', '2026'),
  f('title', 'string', 'danh hiệu, như quyết định ghi', 'Hàng Việt Nam chất lượng cao', opt),
  f('business', 'string', 'mã chủ thể được tôn vinh (trong tệp doanh-nghiep)', 'thuc-pham-dam-thi-nai-xanh'),
  f('businessName', 'string', 'tên chủ thể', 'Công ty Cổ phần Thực phẩm Đầm Thị Nại Xanh', opt),
  f('taxCode', 'string', 'mã số thuế của chủ thể', '4100259564', opt),
  f('product', 'string', 'mã sản phẩm được tôn vinh (trong tệp san-pham)', 'nuoc-mam-ca-com-thi-nai', opt),
  f('productName', 'string', 'tên sản phẩm', 'Nước mắm cá cơm Thị Nại', opt),
  f('decisionNumber', 'string', 'số quyết định tôn vinh', '12/QĐ-HDN'),
  f('decisionDate', 'date', 'ngày quyết định', '2026-01-20'),
  ...SOURCE,
  SAMPLE,
];

export const FAIR_FIELDS: readonly Field[] = [
  ID('hội chợ hoặc phiên chợ', 'phien-cho-ocop-pleiku'),
  URL_FIELD('https://hangviet.example.vn/hoi-cho/phien-cho-ocop-pleiku/'),
  f('title', 'string', 'tên hội chợ, phiên chợ', 'Phiên chợ OCOP Chủ nhật đầu tháng tại Pleiku'),
  f('kind', 'string', 'loại (mã)', 'phien-cho-hang-viet', { values: FAIR_KINDS }),
  f('kindLabel', 'string', 'loại, như trang hiển thị', 'Phiên chợ hàng Việt'),
  f('start', 'datetime', 'giờ khai mạc theo kế hoạch (phiên chợ định kỳ: phiên đầu tiên), giờ Việt Nam', '2026-12-06T07:00:00+07:00'),
  f('end', 'datetime', 'giờ bế mạc theo kế hoạch (phiên chợ định kỳ: phiên đầu tiên kết thúc)', '2026-12-06T11:00:00+07:00'),
  f('repeat', 'string', 'lịch họp chợ định kỳ, bằng lời', 'Chủ nhật đầu tiên của tháng', opt),
  f('repeatRule', 'string', 'lịch họp chợ định kỳ theo RFC 5545 (RRULE)', 'FREQ=MONTHLY;BYDAY=1SU', opt),
  f('dailyHours', 'string', 'giờ mở cửa mỗi ngày của hội chợ nhiều ngày', '08:00-22:00', opt),
  f('venueName', 'string', 'nơi tổ chức', 'Quảng trường Đại Đoàn Kết'),
  ...ADDRESS('venue'),
  f('lat', 'number', 'vĩ độ nơi tổ chức (WGS 84)', '13.9833'),
  f('lng', 'number', 'kinh độ nơi tổ chức (WGS 84)', '108.0001'),
  f('organiser', 'string', 'đơn vị tổ chức', 'Sở Công Thương tỉnh Gia Lai'),
  f('status', 'string', 'tình trạng theo ban tổ chức công bố', 'scheduled', { values: FAIR_STATUSES }),
  f('statusLabel', 'string', 'tình trạng, bằng lời', 'Theo kế hoạch'),
  f('statusNote', 'string', 'lý do hoãn hoặc hủy, như đã công bố', 'Hoãn do mưa bão', opt),
  f('rescheduledStart', 'datetime', 'giờ khai mạc mới của hội chợ bị hoãn, khi đã công bố', '2027-01-10T08:00:00+07:00', opt),
  f('rescheduledEnd', 'datetime', 'giờ bế mạc mới', '2027-01-14T21:00:00+07:00', opt),
  f('registrationDeadline', 'date', 'hạn đăng ký tham gia', '2026-11-20', opt),
  f('booths', 'integer', 'số gian hàng', '120', opt),
  f('fee', 'string', 'giá gian hàng, như thông báo', '3.000.000 đồng/gian 3 m × 3 m', opt),
  f('businesses', 'string', 'các chủ thể tham gia (mã trong tệp doanh-nghiep)', 'htx-gom-ben-song', { format: 'ids' }),
  f('summary', 'string', 'tóm tắt một câu', 'Phiên chợ bán sản phẩm OCOP của các xã.'),
  f('updated', 'date', 'ngày ban tổ chức thay đổi thông tin lần cuối', '2026-11-15', opt),
  SAMPLE,
];

export const PLAN_FIELDS: readonly Field[] = [
  ID('kế hoạch', 'gia-lai-28-kh-bcd-2026'),
  URL_FIELD('https://hangviet.example.vn/ke-hoach/gia-lai-28-kh-bcd-2026/'),
  f('title', 'string', 'trích yếu của văn bản', 'Kế hoạch thực hiện Cuộc vận động năm 2026'),
  f('number', 'string', 'số, ký hiệu văn bản, như ban hành', '28/KH-BCĐCVĐ', opt),
  f('issuer', 'string', 'cơ quan ban hành', 'Ban Chỉ đạo Cuộc vận động tỉnh Gia Lai'),
  f('level', 'string', 'cấp ban hành (mã)', 'tinh', { values: PLAN_LEVELS }),
  f('levelLabel', 'string', 'cấp ban hành', 'Cấp tỉnh'),
  f('province', 'string', 'mã tỉnh/thành phố (2025) của cơ quan ban hành', '52', opt),
  f('provinceName', 'string', 'tên tỉnh/thành phố', 'Tỉnh Gia Lai', opt),
  f('date', 'date', 'ngày ban hành', '2026-02-10'),
  f('periodFrom', 'date', 'ngày đầu của thời gian thực hiện', '2026-01-01', opt),
  f('periodTo', 'date', 'ngày cuối của thời gian thực hiện', '2026-12-31', opt),
  f('supersededBy', 'string', 'mã kế hoạch thay thế kế hoạch này', 'gia-lai-12-kh-bcd-2027', opt),
  f('status', 'string', 'tình trạng vào ngày statusAsOf (tính khi dựng trang)', 'in-force', { values: PLAN_STATUSES }),
  f('statusLabel', 'string', 'tình trạng, bằng lời', 'Đang thực hiện'),
  f('statusAsOf', 'date', 'ngày tình trạng được tính cho (giờ Việt Nam)', '2026-12-02'),
  f('assignments', 'integer', 'số nhiệm vụ giao cho các cơ quan (xem tệp nhiem-vu)', '14'),
  f('reports', 'integer', 'số báo cáo phải nộp (xem tệp nhiem-vu)', '2'),
  f('attachment', 'string', 'văn bản gốc (PDF)', 'https://hangviet.example.vn/tai-lieu/28-kh-bcdcvd.pdf', { ...opt, format: 'uri' }),
  SAMPLE,
];

export const TASK_FIELDS: readonly Field[] = [
  f('id', 'string', 'mã định danh của dòng: mã kế hoạch, loại và số thứ tự trong kế hoạch', 'gia-lai-28-kh-bcd-2026-nv-3'),
  f('url', 'string', 'địa chỉ của nhiệm vụ hoặc báo cáo trên trang kế hoạch', 'https://hangviet.example.vn/ke-hoach/gia-lai-28-kh-bcd-2026/#nv-gia-lai-28-kh-bcd-2026-3', { format: 'uri' }),
  f('type', 'string', 'nhiệm vụ được giao (task) hay báo cáo phải nộp (report)', 'task', { values: ['task', 'report'] }),
  f('plan', 'string', 'mã kế hoạch (trong tệp ke-hoach)', 'gia-lai-28-kh-bcd-2026'),
  f('planName', 'string', 'tên kế hoạch', 'Kế hoạch 28/KH-BCĐCVĐ'),
  f('section', 'string', 'mục trong kế hoạch', 'III.1.1', opt),
  f('agencies', 'string', 'cơ quan được giao hoặc phải báo cáo, như kế hoạch ghi (nhiều cơ quan cách nhau bằng “; ”)', 'Sở Công Thương', opt),
  f('agencyInferred', 'string', 'khi kế hoạch không ghi cơ quan và trang gán cho cơ quan ở cột agencies: lý do', 'Kế hoạch giao chung cho các sở, ngành', opt),
  f('what', 'string', 'nội dung nhiệm vụ hoặc tên báo cáo, như kế hoạch ghi', 'Tổ chức phiên chợ hàng Việt hằng tháng'),
  f('to', 'string', 'nơi nhận báo cáo', 'Ban Chỉ đạo tỉnh', opt),
  f('due', 'string', 'thời hạn, như kế hoạch ghi', 'trước ngày 15/6', opt),
  f('dueReading', 'string', 'cách hiểu của trang về thời hạn (suy ra, không phải lời văn bản)', 'hạn cuối ngày 14/6', opt),
  f('nextDue', 'date', 'hạn tới gần nhất kể từ ngày nextDueAsOf, theo cách hiểu của trang', '2027-06-14', opt),
  f('nextDueAsOf', 'date', 'ngày hạn tới được tính cho (giờ Việt Nam)', '2026-12-02'),
  SAMPLE,
];

/** A dataset published under /du-lieu/. */
export interface DatasetInfo {
  /** File name without extension, and the dataset's id in the catalogue. */
  id: string;
  title: string;
  description: string;
  /** The key of the rows in the JSON file. */
  key: string;
  fields: readonly Field[];
  /** The files: CSV and JSON always, GeoJSON for places. */
  formats: readonly ('csv' | 'json' | 'geojson')[];
}

export const DATASETS: readonly DatasetInfo[] = [
  {
    id: 'diem-ban',
    title: 'Điểm bán hàng Việt',
    description: 'Các điểm bán “Tự hào hàng Việt Nam”, cửa hàng OCOP và câu lạc bộ bán hàng Việt, kể cả điểm đã ngừng hoạt động (cột status).',
    key: 'points',
    fields: POINT_FIELDS,
    formats: ['csv', 'json', 'geojson'],
  },
  {
    id: 'san-pham',
    title: 'Sản phẩm và chứng nhận OCOP',
    description: 'Sản phẩm, chủ thể sản xuất và chứng nhận OCOP (số sao, quyết định, hạn hiệu lực, thu hồi), với tình trạng tính vào ngày dựng trang.',
    key: 'products',
    fields: PRODUCT_FIELDS,
    formats: ['csv', 'json'],
  },
  {
    id: 'doanh-nghiep',
    title: 'Doanh nghiệp, hợp tác xã, hộ kinh doanh',
    description: 'Các chủ thể có sản phẩm hoặc được tôn vinh, với mã số thuế và địa chỉ theo đơn vị hành chính năm 2025.',
    key: 'businesses',
    fields: BUSINESS_FIELDS,
    formats: ['csv', 'json'],
  },
  {
    id: 'ton-vinh',
    title: 'Danh sách tôn vinh',
    description: 'Các lần chủ thể hoặc sản phẩm được tôn vinh, theo chương trình, năm và quyết định.',
    key: 'honors',
    fields: HONOR_FIELDS,
    formats: ['csv', 'json'],
  },
  {
    id: 'hoi-cho',
    title: 'Hội chợ và phiên chợ',
    description: 'Hội chợ, phiên chợ hàng Việt với thời gian, địa điểm, tình trạng (hoãn, hủy) và cách đăng ký, kể cả các hội chợ đã qua.',
    key: 'fairs',
    fields: FAIR_FIELDS,
    formats: ['csv', 'json', 'geojson'],
  },
  {
    id: 'ke-hoach',
    title: 'Kế hoạch của Ban Chỉ đạo',
    description: 'Các kế hoạch thực hiện Cuộc vận động: số hiệu, cơ quan ban hành, thời gian thực hiện và tình trạng.',
    key: 'plans',
    fields: PLAN_FIELDS,
    formats: ['csv', 'json'],
  },
  {
    id: 'nhiem-vu',
    title: 'Nhiệm vụ và hạn báo cáo',
    description: 'Mỗi nhiệm vụ kế hoạch giao cho cơ quan và mỗi báo cáo phải nộp, với thời hạn như văn bản ghi và cách hiểu của trang (ghi rõ là suy ra).',
    key: 'tasks',
    fields: TASK_FIELDS,
    formats: ['csv', 'json'],
  },
];

export const datasetById = (id: string): DatasetInfo | undefined => DATASETS.find((d) => d.id === id);

/** The column names of a dataset, in order. */
export const fieldNames = (fields: readonly Field[]): string[] => fields.map((field) => field.name);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const IDS = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*(?: [a-z0-9]+(?:-[a-z0-9]+)*)*)?$/;

/** Why `value` does not fit `field`, or undefined when it does. JSON values: null for empty. */
export function valueProblem(field: Field, value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') {
    if (field.optional || field.format === 'ids') return undefined;
    return 'trống, nhưng cột này bắt buộc';
  }
  switch (field.type) {
    case 'string':
      if (typeof value !== 'string') return `phải là chữ, đang là ${typeof value}`;
      if (field.values && !field.values.includes(value)) return `"${value}" không thuộc ${field.values.join(', ')}`;
      if (field.format === 'uri' && !/^https?:\/\/[^\s/]+/.test(value)) return `"${value}" không phải địa chỉ tuyệt đối`;
      if (field.format === 'ids' && !IDS.test(value)) return `"${value}" không phải các mã cách nhau bằng dấu cách`;
      return undefined;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? undefined : `phải là số nguyên, đang là ${JSON.stringify(value)}`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `phải là số, đang là ${JSON.stringify(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `phải là true/false, đang là ${JSON.stringify(value)}`;
    case 'date':
      return typeof value === 'string' && DATE.test(value) ? undefined : `phải là ngày YYYY-MM-DD, đang là ${JSON.stringify(value)}`;
    case 'datetime':
      return typeof value === 'string' && DATETIME.test(value) ? undefined : `phải là ngày giờ ISO 8601 có múi giờ, đang là ${JSON.stringify(value)}`;
  }
}

/** A field as Frictionless Table Schema writes it. */
export function tableSchemaField(field: Field): Record<string, unknown> {
  return {
    name: field.name,
    type: field.type,
    ...(field.format === 'uri' ? { format: 'uri' } : {}),
    description: field.meaning,
    example: field.example,
    constraints: { required: !field.optional && field.format !== 'ids', ...(field.values ? { enum: field.values } : {}) },
  };
}
