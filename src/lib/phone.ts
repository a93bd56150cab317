/** Phone numbers as written for people: "1800.6838", "0290 3831 234", "+84 290 3831 234". */

/** What a phone number may look like, with an example; shown when one does not. */
export const PHONE_RULE = 'số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm hoặc gạch ngang, ví dụ "0290 3831 234"';

/** Whether `value` reads as a phone number: digits with spaces, dots, hyphens or brackets, at least four digits in a row. */
export function isPhone(value: string): boolean {
  return /^\+?[\d .\-()]{4,20}$/.test(value) && /\d{4,}/.test(value.replace(/\D/g, ''));
}
