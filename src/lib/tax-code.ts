/**
 * Vietnamese tax codes (mã số thuế) as they are written today, in three shapes:
 *
 * - 10 digits, the last a check digit: an enterprise, cooperative or other independent unit (and
 *   anyone the tax office numbered before personal identification numbers took over);
 * - 10 digits, "-" and 3 digits: a branch or other dependent unit of the 10-digit one;
 * - 12 digits: a citizen's personal identification number (số định danh cá nhân), which household
 *   businesses, household representatives and individuals use as their tax code from 1 July 2025
 *   (Thông tư 86/2024/TT-BTC of the Ministry of Finance on tax registration).
 *
 * A personal identification number has no public check digit. Its structure is set by Nghị định
 * 137/2015/NĐ-CP and Thông tư 07/2016/TT-BCA (kept by Thông tư 59/2021/TT-BCA): 3 digits for the
 * province where the birth was registered, 1 for century and sex, 2 for the year of birth, and 6
 * random digits. So what can be checked is that the province code is in that circular's table
 * and that the century is one someone alive was born in.
 */

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** The check digit for the first nine digits, or undefined when no valid digit exists. */
export function taxCheckDigit(first9: string): number | undefined {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first9[i]), 0);
  const digit = 10 - (sum % 11);
  return digit >= 0 && digit <= 9 ? digit : undefined;
}

/**
 * Province codes of the place of birth registration that open a personal identification number:
 * the 63 provinces before the 2025 merger, as listed in Phụ lục I of Thông tư 07/2016/TT-BCA.
 * Numbers keep the code of the province that registered the birth, so the old provinces stay valid.
 */
export const BIRTH_PROVINCE_CODES: Readonly<Record<string, string>> = {
  '001': 'Hà Nội', '002': 'Hà Giang', '004': 'Cao Bằng', '006': 'Bắc Kạn', '008': 'Tuyên Quang', '010': 'Lào Cai',
  '011': 'Điện Biên', '012': 'Lai Châu', '014': 'Sơn La', '015': 'Yên Bái', '017': 'Hòa Bình', '019': 'Thái Nguyên',
  '020': 'Lạng Sơn', '022': 'Quảng Ninh', '024': 'Bắc Giang', '025': 'Phú Thọ', '026': 'Vĩnh Phúc', '027': 'Bắc Ninh',
  '030': 'Hải Dương', '031': 'Hải Phòng', '033': 'Hưng Yên', '034': 'Thái Bình', '035': 'Hà Nam', '036': 'Nam Định',
  '037': 'Ninh Bình', '038': 'Thanh Hóa', '040': 'Nghệ An', '042': 'Hà Tĩnh', '044': 'Quảng Bình', '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế', '048': 'Đà Nẵng', '049': 'Quảng Nam', '051': 'Quảng Ngãi', '052': 'Bình Định', '054': 'Phú Yên',
  '056': 'Khánh Hòa', '058': 'Ninh Thuận', '060': 'Bình Thuận', '062': 'Kon Tum', '064': 'Gia Lai', '066': 'Đắk Lắk',
  '067': 'Đắk Nông', '068': 'Lâm Đồng', '070': 'Bình Phước', '072': 'Tây Ninh', '074': 'Bình Dương', '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu', '079': 'Hồ Chí Minh', '080': 'Long An', '082': 'Tiền Giang', '083': 'Bến Tre', '084': 'Trà Vinh',
  '086': 'Vĩnh Long', '087': 'Đồng Tháp', '089': 'An Giang', '091': 'Kiên Giang', '092': 'Cần Thơ', '093': 'Hậu Giang',
  '094': 'Sóc Trăng', '095': 'Bạc Liêu', '096': 'Cà Mau',
};

export type TaxCodeKind = 'enterprise' | 'branch' | 'personal';

/** The shape of a tax code, from its characters alone (nothing checked beyond the pattern). */
export function taxCodeKind(code: string): TaxCodeKind | undefined {
  if (/^\d{10}$/.test(code)) return 'enterprise';
  if (/^\d{10}-\d{3}$/.test(code)) return 'branch';
  if (/^\d{12}$/.test(code)) return 'personal';
  return undefined;
}

/**
 * What is wrong with a tax code, in Vietnamese words for the person who typed it, or undefined
 * when it is valid. `code` must already be in canonical form (see {@link normalizeTaxCodeQuery}).
 */
export function taxCodeProblem(code: string): string | undefined {
  const kind = taxCodeKind(code);
  if (!kind) {
    return `"${code}" không có dạng của mã số thuế: 10 chữ số (0301234567), 10 chữ số, dấu gạch ngang và 3 chữ số cho chi nhánh (0301234567-001), hoặc 12 chữ số của số định danh cá nhân (hộ kinh doanh, cá nhân)`;
  }
  if (kind === 'personal') {
    const province = code.slice(0, 3);
    if (!BIRTH_PROVINCE_CODES[province]) {
      return `ba chữ số đầu "${province}" của số định danh cá nhân không phải mã tỉnh nơi đăng ký khai sinh (001–096, Thông tư 07/2016/TT-BCA)`;
    }
    // 0/1: born 1900–1999, 2/3: 2000–2099 (male/female); later centuries are still to come.
    if (!/[0-3]/.test(code[3]!)) return `chữ số thứ tư "${code[3]}" của số định danh cá nhân chỉ có thể là 0, 1 (sinh 1900–1999), 2 hoặc 3 (sinh 2000–2099)`;
    return undefined;
  }
  if (kind === 'branch' && code.endsWith('-000')) return 'số chi nhánh sau dấu gạch ngang đi từ 001 đến 999, không có 000';
  if (taxCheckDigit(code.slice(0, 9)) !== Number(code[9])) {
    return 'chữ số thứ mười (chữ số kiểm tra) không khớp với 9 chữ số đầu; có thể gõ nhầm một chữ số';
  }
  return undefined;
}

/** Whether `code` is a valid tax code in canonical form (check digit verified where there is one). */
export function isValidTaxCode(code: string): boolean {
  return taxCodeProblem(code) === undefined;
}

/**
 * A tax code as a person types it, in canonical form: white space, dots, hyphens and dashes
 * anywhere are dropped, a leading "MST" or "mã số thuế" label too, full-width digits become
 * ASCII; then 10 digits stay as they are, 13 become `0301234567-001`, 12 stay a personal
 * identification number. Undefined when what is left cannot be a tax code (other characters, or
 * another number of digits). The result is not checked further: see {@link taxCodeProblem}.
 */
export function normalizeTaxCodeQuery(input: string): string | undefined {
  const text = taxQueryDigits(input);
  if (text === undefined) return undefined;
  if (text.length === 10 || text.length === 12) return text;
  if (text.length === 13) return `${text.slice(0, 10)}-${text.slice(10)}`;
  return undefined;
}

/**
 * The digits of what a person typed as a tax code, or part of one ("MST: 0301.234 567-001" →
 * "0301234567001"): a leading label, spaces, dots, hyphens and dashes dropped, full-width
 * digits read as digits; undefined when anything else is left. Shared by
 * {@link normalizeTaxCodeQuery} and the honours lookup (which also matches the first digits).
 */
export function taxQueryDigits(input: string): string | undefined {
  const text = input
    .normalize('NFKC')
    .trim()
    .replace(/^(?:mst|mã số thuế|ma so thue)\s*[:.]?/iu, '')
    .replace(/[\s.\-‐‑‒–—−_]/gu, '');
  return /^\d+$/.test(text) ? text : undefined;
}
