/**
 * OCOP certificate rules: groups (QĐ 919/QĐ-TTg, 2022, and the older set), stars and points,
 * and the certificate's status at a given moment. The status must never show an expired
 * certificate as valid, so it is always computed from `now`, never stored.
 */
import { addDays, addMonths, daysBetween, localDate } from './dates.ts';

/** Product groups since QĐ 919/QĐ-TTg of 1 August 2022. */
export const OCOP_GROUPS_2022 = [
  'thuc-pham',
  'do-uong',
  'duoc-lieu',
  'thu-cong-my-nghe',
  'sinh-vat-canh',
  'du-lich-cong-dong',
] as const;

/** Product groups of the earlier programme, still printed on certificates issued before then. */
export const OCOP_GROUPS_LEGACY = ['thao-duoc', 'vai-may-mac', 'luu-niem-noi-that', 'du-lich-nong-thon'] as const;

export type OcopGroup = (typeof OCOP_GROUPS_2022)[number] | (typeof OCOP_GROUPS_LEGACY)[number];

/** Vietnamese labels of every group. */
export const OCOP_GROUP_LABELS: Record<OcopGroup, string> = {
  'thuc-pham': 'Thực phẩm',
  'do-uong': 'Đồ uống',
  'duoc-lieu': 'Dược liệu và sản phẩm từ dược liệu',
  'thu-cong-my-nghe': 'Hàng thủ công mỹ nghệ',
  'sinh-vat-canh': 'Sinh vật cảnh',
  'du-lich-cong-dong': 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
  'thao-duoc': 'Thảo dược',
  'vai-may-mac': 'Vải và may mặc',
  'luu-niem-noi-that': 'Lưu niệm – nội thất – trang trí',
  'du-lich-nong-thon': 'Dịch vụ du lịch nông thôn, bán hàng',
};

/** The day QĐ 919/QĐ-TTg introduced the 2022 groups; older groups are only valid before it. */
export const GROUPS_2022_FROM = '2022-08-01';

/** A certificate lasts 36 months from its decision date. */
export const VALIDITY_MONTHS = 36;
/** A certificate is "expiring" this many days or fewer before it ends. */
export const EXPIRING_DAYS = 90;

/** Stars and the evaluation points each requires. */
export const STAR_POINTS: Record<3 | 4 | 5, { min: number; max: number }> = {
  3: { min: 50, max: 69 },
  4: { min: 70, max: 89 },
  5: { min: 90, max: 100 },
};

/** The stars a score earns, or undefined below 50 points. */
export function starsForScore(score: number): 3 | 4 | 5 | undefined {
  if (score >= 90) return 5;
  if (score >= 70) return 4;
  if (score >= 50) return 3;
  return undefined;
}

export type CertificateStatus = 'valid' | 'expiring' | 'expired' | 'revoked';

/** Vietnamese labels of each status. */
export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, string> = {
  valid: 'Còn hiệu lực',
  expiring: 'Sắp hết hạn',
  expired: 'Hết hạn',
  revoked: 'Đã thu hồi',
};

/** The last calendar day (`YYYY-MM-DD`) a certificate decided on `decisionDate` is valid. */
export function certificateValidUntil(decisionDate: string): string {
  // 36 months from the decision date: valid through the day before the same date 36 months on.
  return addDays(addMonths(decisionDate, VALIDITY_MONTHS), -1);
}

/** What {@link certificateStatus} needs to know about a certificate. */
export interface CertificateDates {
  decisionDate: string;
  /** Set when the certificate was revoked; the revocation counts from this day. */
  revokedDate?: string | undefined;
}

/** The status of a certificate at instant `now`, judged on the calendar of Asia/Ho_Chi_Minh. */
export function certificateStatus(cert: CertificateDates, now: Date): CertificateStatus {
  const today = localDate(now);
  if (cert.revokedDate && cert.revokedDate <= today) return 'revoked';
  const until = certificateValidUntil(cert.decisionDate);
  if (today > until) return 'expired';
  if (daysBetween(today, until) <= EXPIRING_DAYS) return 'expiring';
  return 'valid';
}

/** Whether a status lets the stars be shown as current. */
export function showsStars(status: CertificateStatus): boolean {
  return status === 'valid' || status === 'expiring';
}
