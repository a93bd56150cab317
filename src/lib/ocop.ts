/**
 * OCOP certificate rules: groups (QĐ 919/QĐ-TTg, 2022, and the older set), stars and points,
 * and the certificate's status at a given moment. The status must never show an expired
 * certificate as valid, so it is always computed from `now`, never stored.
 */
import { addDays, addMonths, daysBetween, formatDate, localDate } from './dates.ts';

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

/** The statuses, in the order filters list them. */
export const CERTIFICATE_STATUSES = ['valid', 'expiring', 'expired', 'revoked'] as const satisfies readonly CertificateStatus[];

/** Vietnamese labels of each status (also the first words of its sentence). */
export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, string> = {
  valid: 'Còn hiệu lực',
  expiring: 'Sắp hết hạn',
  expired: 'Đã hết hạn',
  revoked: 'Đã thu hồi',
};

/**
 * The last calendar day (`YYYY-MM-DD`) a certificate is valid: the date the record gives, or 36
 * months from the decision date (through the day before the same date 36 months on).
 */
export function certificateValidUntil(decisionDate: string, explicit?: string): string {
  return explicit ?? addDays(addMonths(decisionDate, VALIDITY_MONTHS), -1);
}

/** What {@link certificateStatus} needs to know about a certificate. */
export interface CertificateDates {
  decisionDate: string;
  /** The last valid day, when the record gives one (otherwise 36 months from the decision). */
  validUntil?: string | undefined;
  /** Set when the certificate was revoked; the revocation counts from this day. */
  revokedDate?: string | undefined;
}

/** The status of a certificate at instant `now`, judged on the calendar of Asia/Ho_Chi_Minh. */
export function certificateStatus(cert: CertificateDates, now: Date): CertificateStatus {
  return statusUntil(certificateValidUntil(cert.decisionDate, cert.validUntil), cert.revokedDate, now);
}

/**
 * The status from the last valid day and the revocation day: the rule the browser uses to refresh
 * a status, from the two dates each status element carries.
 */
export function statusUntil(until: string, revokedDate: string | undefined, now: Date): CertificateStatus {
  return statusOnDay(until, revokedDate, localDate(now));
}

/**
 * The status rule itself, on `YYYY-MM-DD` strings: revoked from the revocation day, expired after
 * the last valid day, expiring within {@link EXPIRING_DAYS} of it. `expiringFrom` (the last valid
 * day from which a certificate counts as expiring: today + 90 days) can be passed in when the rule
 * runs over many certificates on one day.
 */
export function statusOnDay(until: string, revokedDate: string | undefined, today: string, expiringFrom = addDays(today, EXPIRING_DAYS)): CertificateStatus {
  if (revokedDate && revokedDate <= today) return 'revoked';
  if (today > until) return 'expired';
  return until <= expiringFrom ? 'expiring' : 'valid';
}

/**
 * The status as a sentence, in two parts so the first words can be set apart:
 * "Còn hiệu lực" + " đến 13/08/2028"; "Sắp hết hạn" + " – còn hiệu lực đến 15/01/2027, còn 45 ngày";
 * "Đã hết hạn" + " – hiệu lực đến hết ngày 14/11/2025"; "Đã thu hồi" + " ngày 01/02/2026".
 */
export function certificateSentence(status: CertificateStatus, until: string, revokedDate: string | undefined, now: Date): { label: string; rest: string } {
  const label = CERTIFICATE_STATUS_LABELS[status];
  switch (status) {
    case 'valid':
      return { label, rest: ` đến ${formatDate(until)}` };
    case 'expiring': {
      const left = daysBetween(localDate(now), until);
      return { label, rest: ` – còn hiệu lực đến ${formatDate(until)}, ${left === 0 ? 'hôm nay là ngày cuối' : `còn ${left} ngày`}` };
    }
    case 'expired':
      return { label, rest: ` – hiệu lực đến hết ngày ${formatDate(until)}` };
    case 'revoked':
      return { label, rest: ` ngày ${formatDate(revokedDate!)}` };
  }
}

/**
 * Stars with the certificate's state, the only way stars are shown: "3 sao – còn hiệu lực đến
 * 13/08/2028", "3 sao – sắp hết hạn 15/01/2027", "3 sao – đã hết hạn 14/11/2025", "3 sao – đã thu
 * hồi 01/02/2026".
 */
export function starsWithState(stars: number, status: CertificateStatus, until: string, revokedDate: string | undefined): string {
  return `${stars} sao – ${stateWords(status, until, revokedDate)}`;
}

/** The state after the stars: "còn hiệu lực đến 13/08/2028", "đã hết hạn 14/11/2025"… */
export function stateWords(status: CertificateStatus, until: string, revokedDate: string | undefined): string {
  switch (status) {
    case 'valid':
      return `còn hiệu lực đến ${formatDate(until)}`;
    case 'expiring':
      return `sắp hết hạn ${formatDate(until)}`;
    case 'expired':
      return `đã hết hạn ${formatDate(until)}`;
    case 'revoked':
      return `đã thu hồi ${formatDate(revokedDate!)}`;
  }
}

/**
 * The dates of a certificate as the search index words them, facts that stay true whenever read:
 * "hiệu lực đến 14/11/2025", or "thu hồi ngày 01/02/2026". The search page reads them back
 * ({@link indexStateAt}) and shows the state for the day it is used.
 */
export function indexStateText(until: string, revokedDate: string | undefined): string {
  return revokedDate ? `thu hồi ngày ${formatDate(revokedDate)}` : `hiệu lực đến ${formatDate(until)}`;
}

/** Finds {@link indexStateText}'s words in a text. */
export const INDEX_STATE = /(hiệu lực đến|thu hồi ngày) (\d{2})\/(\d{2})\/(\d{4})/;

/** The state for `now` of a certificate whose index words matched {@link INDEX_STATE}. */
export function indexStateAt(match: RegExpExecArray, now: Date): { status: CertificateStatus; words: string } {
  const date = `${match[4]}-${match[3]}-${match[2]}`;
  const revoked = match[1] === 'thu hồi ngày' ? date : undefined;
  // A revocation that has not yet taken effect leaves the certificate valid: its end is not in the text.
  const until = revoked ? '9999-12-31' : date;
  const status = statusUntil(until, revoked, now);
  return { status, words: status === 'valid' && revoked ? `thu hồi từ ngày ${formatDate(revoked)}` : stateWords(status, until, revoked) };
}

/** Who recognises a rating: the province for 3 and 4 stars, the ministry for 5. */
export function ocopIssuerLevel(stars: 3 | 4 | 5): string {
  return stars === 5 ? 'Cấp trung ương (Bộ)' : 'Cấp tỉnh';
}

/** Whether a status lets the stars be shown as current. */
export function showsStars(status: CertificateStatus): boolean {
  return status === 'valid' || status === 'expiring';
}
