/**
 * What the first digits of a barcode number say, truthfully. A GS1 prefix names the GS1 member
 * organisation that issued the company's number (or a special use: in-store numbers, books,
 * periodicals, coupons); it never says where the goods were made. 893 means the company is
 * registered with GS1 Việt Nam, not that the product is Vietnamese: a product's origin is what
 * its label and its certificate of origin say. Pure; shared by the build and the barcode page.
 *
 * The ranges follow GS1's published list of prefixes (GS1 General Specifications, “GS1 Prefixes”).
 * A prefix not listed here is said to be so, not guessed at.
 */
import { gs1Prefix } from './gtin.ts';

/** What kind of use a prefix has. */
export type PrefixKind = 'vietnam' | 'member' | 'restricted' | 'issn' | 'isbn' | 'coupon' | 'global' | 'unlisted';

/** One range of prefixes: first and last (inclusive), its kind, and the country of the member organisation. */
type Range = readonly [from: number, to: number, kind: PrefixKind, country?: string];

/** GS1's prefixes, by range, in order. Member organisations by the country (or territory) they serve, in Vietnamese. */
export const GS1_PREFIX_RANGES: readonly Range[] = [
  [0, 19, 'member', 'Hoa Kỳ'],
  [20, 29, 'restricted'],
  [30, 39, 'member', 'Hoa Kỳ'],
  [40, 49, 'restricted'],
  [50, 59, 'coupon'],
  [60, 139, 'member', 'Hoa Kỳ'],
  [200, 299, 'restricted'],
  [300, 379, 'member', 'Pháp'],
  [380, 380, 'member', 'Bulgaria'],
  [383, 383, 'member', 'Slovenia'],
  [385, 385, 'member', 'Croatia'],
  [387, 387, 'member', 'Bosnia và Herzegovina'],
  [389, 389, 'member', 'Montenegro'],
  [400, 440, 'member', 'Đức'],
  [450, 459, 'member', 'Nhật Bản'],
  [460, 469, 'member', 'Nga'],
  [470, 470, 'member', 'Kyrgyzstan'],
  [471, 471, 'member', 'Đài Loan'],
  [474, 474, 'member', 'Estonia'],
  [475, 475, 'member', 'Latvia'],
  [476, 476, 'member', 'Azerbaijan'],
  [477, 477, 'member', 'Litva'],
  [478, 478, 'member', 'Uzbekistan'],
  [479, 479, 'member', 'Sri Lanka'],
  [480, 480, 'member', 'Philippines'],
  [481, 481, 'member', 'Belarus'],
  [482, 482, 'member', 'Ukraina'],
  [483, 483, 'member', 'Turkmenistan'],
  [484, 484, 'member', 'Moldova'],
  [485, 485, 'member', 'Armenia'],
  [486, 486, 'member', 'Gruzia'],
  [487, 487, 'member', 'Kazakhstan'],
  [488, 488, 'member', 'Tajikistan'],
  [489, 489, 'member', 'Hồng Kông (Trung Quốc)'],
  [490, 499, 'member', 'Nhật Bản'],
  [500, 509, 'member', 'Vương quốc Anh'],
  [520, 521, 'member', 'Hy Lạp'],
  [528, 528, 'member', 'Liban'],
  [529, 529, 'member', 'Síp'],
  [530, 530, 'member', 'Albania'],
  [531, 531, 'member', 'Bắc Macedonia'],
  [535, 535, 'member', 'Malta'],
  [539, 539, 'member', 'Ireland'],
  [540, 549, 'member', 'Bỉ và Luxembourg'],
  [560, 560, 'member', 'Bồ Đào Nha'],
  [569, 569, 'member', 'Iceland'],
  [570, 579, 'member', 'Đan Mạch'],
  [590, 590, 'member', 'Ba Lan'],
  [594, 594, 'member', 'Romania'],
  [599, 599, 'member', 'Hungary'],
  [600, 601, 'member', 'Nam Phi'],
  [603, 603, 'member', 'Ghana'],
  [604, 604, 'member', 'Senegal'],
  [608, 608, 'member', 'Bahrain'],
  [609, 609, 'member', 'Mauritius'],
  [611, 611, 'member', 'Maroc'],
  [613, 613, 'member', 'Algeria'],
  [615, 615, 'member', 'Nigeria'],
  [616, 616, 'member', 'Kenya'],
  [618, 618, 'member', 'Côte d’Ivoire'],
  [619, 619, 'member', 'Tunisia'],
  [620, 620, 'member', 'Tanzania'],
  [621, 621, 'member', 'Syria'],
  [622, 622, 'member', 'Ai Cập'],
  [623, 623, 'member', 'Brunei'],
  [624, 624, 'member', 'Libya'],
  [625, 625, 'member', 'Jordan'],
  [626, 626, 'member', 'Iran'],
  [627, 627, 'member', 'Kuwait'],
  [628, 628, 'member', 'Ả Rập Xê Út'],
  [629, 629, 'member', 'Các Tiểu vương quốc Ả Rập Thống nhất'],
  [640, 649, 'member', 'Phần Lan'],
  [690, 699, 'member', 'Trung Quốc'],
  [700, 709, 'member', 'Na Uy'],
  [729, 729, 'member', 'Israel'],
  [730, 739, 'member', 'Thụy Điển'],
  [740, 740, 'member', 'Guatemala'],
  [741, 741, 'member', 'El Salvador'],
  [742, 742, 'member', 'Honduras'],
  [743, 743, 'member', 'Nicaragua'],
  [744, 744, 'member', 'Costa Rica'],
  [745, 745, 'member', 'Panama'],
  [746, 746, 'member', 'Cộng hòa Dominica'],
  [750, 750, 'member', 'Mexico'],
  [754, 755, 'member', 'Canada'],
  [759, 759, 'member', 'Venezuela'],
  [760, 769, 'member', 'Thụy Sĩ'],
  [770, 771, 'member', 'Colombia'],
  [773, 773, 'member', 'Uruguay'],
  [775, 775, 'member', 'Peru'],
  [777, 777, 'member', 'Bolivia'],
  [778, 779, 'member', 'Argentina'],
  [780, 780, 'member', 'Chile'],
  [784, 784, 'member', 'Paraguay'],
  [786, 786, 'member', 'Ecuador'],
  [789, 790, 'member', 'Brazil'],
  [800, 839, 'member', 'Italy'],
  [840, 849, 'member', 'Tây Ban Nha'],
  [850, 850, 'member', 'Cuba'],
  [858, 858, 'member', 'Slovakia'],
  [859, 859, 'member', 'Séc'],
  [860, 860, 'member', 'Serbia'],
  [865, 865, 'member', 'Mông Cổ'],
  [867, 867, 'member', 'Triều Tiên'],
  [868, 869, 'member', 'Thổ Nhĩ Kỳ'],
  [870, 879, 'member', 'Hà Lan'],
  [880, 880, 'member', 'Hàn Quốc'],
  [884, 884, 'member', 'Campuchia'],
  [885, 885, 'member', 'Thái Lan'],
  [888, 888, 'member', 'Singapore'],
  [890, 890, 'member', 'Ấn Độ'],
  [893, 893, 'vietnam', 'Việt Nam'],
  [896, 896, 'member', 'Pakistan'],
  [899, 899, 'member', 'Indonesia'],
  [900, 919, 'member', 'Áo'],
  [930, 939, 'member', 'Úc'],
  [940, 949, 'member', 'New Zealand'],
  [950, 951, 'global'],
  [955, 955, 'member', 'Malaysia'],
  [958, 958, 'member', 'Ma Cao (Trung Quốc)'],
  [960, 969, 'global'],
  [977, 977, 'issn'],
  [978, 979, 'isbn'],
  [980, 984, 'coupon'],
  [990, 999, 'coupon'],
];

/** Said after every explanation: where a product's origin really is written. */
export const ORIGIN_NOTE = 'Xuất xứ của hàng hóa là điều ghi trên nhãn hàng hóa và trên giấy chứng nhận xuất xứ (nếu có), không phải mã vạch.';

/** What a prefix means, for the page. */
export interface PrefixExplanation {
  /** The three digits. */
  prefix: string;
  kind: PrefixKind;
  /** The issuing organisation, for member organisations ("GS1 Thái Lan"). */
  organisation?: string | undefined;
  /** One or two sentences, in Vietnamese. */
  text: string;
}

/** The range holding a three-digit prefix, if GS1 lists it. */
export function prefixRange(prefix: string): Range | undefined {
  const n = Number(prefix);
  return GS1_PREFIX_RANGES.find(([from, to]) => n >= from && n <= to);
}

/** The explanation of a kind of prefix, with its organisation's name where it has one. */
function explain(prefix: string, kind: PrefixKind, country: string | undefined): PrefixExplanation {
  const organisation = country ? `GS1 ${country}` : undefined;
  const text: Record<PrefixKind, string> = {
    vietnam: `Tiền tố ${prefix}: doanh nghiệp giữ mã này đã đăng ký mã số mã vạch với GS1 Việt Nam. Đó không phải bằng chứng hàng được sản xuất tại Việt Nam: doanh nghiệp đăng ký ở Việt Nam có thể dùng mã cho hàng làm hoặc gia công ở nước khác.`,
    member: `Tiền tố ${prefix}: mã số của doanh nghiệp do ${organisation} cấp (tổ chức thành viên của GS1). Tiền tố chỉ cho biết nơi cấp mã, không cho biết nhà máy ở đâu: hàng mang mã này có thể được sản xuất ở bất kỳ nước nào, kể cả Việt Nam.`,
    restricted: `Tiền tố ${prefix}: mã dùng hạn chế, do cửa hàng hoặc doanh nghiệp tự đặt (hàng cân ký, hàng đóng gói tại quầy, mã nội bộ). Mã này chỉ có nghĩa trong cửa hàng hay hệ thống đã dán nó; nó không cho biết ai sản xuất, cũng không cho biết nơi sản xuất.`,
    issn: `Tiền tố ${prefix}: mã ISSN của một ấn phẩm định kỳ (báo, tạp chí), không phải mã của một doanh nghiệp hay một quốc gia.`,
    isbn: `Tiền tố ${prefix}: mã ISBN của một cuốn sách (979-0 là mã ISMN của bản nhạc in), không phải mã của một doanh nghiệp hay một quốc gia.`,
    coupon: `Tiền tố ${prefix}: dành cho phiếu giảm giá, phiếu hoàn tiền và các chứng từ tương tự, không phải mã của một sản phẩm.`,
    global: `Tiền tố ${prefix}: do tổ chức GS1 toàn cầu quản lý trực tiếp (mã đặc biệt, mã 8 chữ số cấp chung), không gắn với một quốc gia nào.`,
    unlisted: `Tiền tố ${prefix} không có trong danh sách tiền tố GS1 mà trang này biết (có thể chưa được GS1 giao cho tổ chức nào). Mã in trên hàng mà mang tiền tố này thì nên xem kỹ nhãn hàng hóa.`,
  };
  return { prefix, kind, organisation, text: text[kind] };
}

/**
 * What a GTIN's prefix means. A GTIN-8 starting with 0 or 2 is a restricted number (GS1's
 * RCN-8 and velocity codes), whatever the thirteen-digit table says of those digits.
 */
export function explainPrefix(gtin: string): PrefixExplanation {
  const prefix = gs1Prefix(gtin);
  if (gtin.length === 8 && (gtin[0] === '0' || gtin[0] === '2')) return explain(prefix, 'restricted', undefined);
  const range = prefixRange(prefix);
  return explain(prefix, range?.[2] ?? 'unlisted', range?.[3]);
}

/** The table for the explanation page: every listed range, written "300–379", with its meaning in a few words. */
export function prefixTable(): { range: string; meaning: string; kind: PrefixKind }[] {
  const pad = (n: number) => String(n).padStart(3, '0');
  const words: Record<Exclude<PrefixKind, 'member' | 'vietnam'>, string> = {
    restricted: 'Mã dùng hạn chế: cửa hàng, doanh nghiệp tự đặt (hàng cân ký…)',
    issn: 'ISSN: báo, tạp chí',
    isbn: 'ISBN: sách (979-0: bản nhạc in)',
    coupon: 'Phiếu giảm giá, phiếu hoàn tiền',
    global: 'GS1 toàn cầu quản lý trực tiếp',
    unlisted: 'Không có trong danh sách',
  };
  return GS1_PREFIX_RANGES.map(([from, to, kind, country]) => ({
    range: from === to ? pad(from) : `${pad(from)}–${pad(to)}`,
    meaning: kind === 'member' || kind === 'vietnam' ? `GS1 ${country}` : words[kind],
    kind,
  }));
}
