/** Vietnamese labels for enumerations shown on pages. */
import { provinceByCode, communeByCode } from './admin-units.ts';

export const PLAN_LEVEL_LABELS: Record<string, string> = {
  'trung-uong': 'Trung ương',
  tinh: 'Tỉnh, thành phố',
  'quan-huyen': 'Quận, huyện (trước 01/07/2025)',
  xa: 'Xã, phường, đặc khu',
};

export const BUSINESS_KIND_LABELS: Record<string, string> = {
  'doanh-nghiep': 'Doanh nghiệp',
  'hop-tac-xa': 'Hợp tác xã',
  'ho-kinh-doanh': 'Hộ kinh doanh',
  'co-so-san-xuat': 'Cơ sở sản xuất',
};

export const AGENCY_KIND_LABELS: Record<string, string> = {
  'ban-chi-dao': 'Ban Chỉ đạo và cơ quan thường trực',
  'tuyen-giao': 'Ban Tuyên giáo',
  'uy-ban-nhan-dan': 'Ủy ban nhân dân',
  'mat-tran': 'Mặt trận Tổ quốc',
  'doan-the': 'Các tổ chức thành viên',
  'co-quan-chuyen-mon': 'Cơ quan chuyên môn',
  'cap-duoi': 'Ban Chỉ đạo cấp dưới',
  khac: 'Cơ quan, đơn vị khác',
};

export const CADENCE_LABELS: Record<string, string> = {
  'hang-nam': 'Hằng năm',
  'hai-nam': 'Hai năm một lần',
  'khong-dinh-ky': 'Không định kỳ',
};

/** Province name by code, or the code itself when unknown. */
export function provinceName(code: string): string {
  return provinceByCode(code)?.name ?? code;
}

/** "135 Nam Kỳ Khởi Nghĩa, Phường Bến Thành, Thành phố Hồ Chí Minh". */
export function formatAddress(a: { street: string; commune: string; province: string }): string {
  return [a.street, communeByCode(a.commune)?.name ?? a.commune, provinceName(a.province)].join(', ');
}

/** How a plan is named in links and titles: "Kế hoạch 28/KH-BCĐCVĐ", or by year when unnumbered. */
export function planName(plan: { number?: string | undefined; date: string }): string {
  return plan.number ? `Kế hoạch ${plan.number}` : `Kế hoạch năm ${plan.date.slice(0, 4)} (không ghi số)`;
}
