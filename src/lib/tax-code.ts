/**
 * Vietnamese enterprise tax codes (mã số thuế): ten digits whose last is a check digit, optionally
 * followed by "-" and a three-digit branch number.
 */

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** The check digit for the first nine digits, or undefined when no valid digit exists. */
export function taxCheckDigit(first9: string): number | undefined {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first9[i]), 0);
  const digit = 10 - (sum % 11);
  return digit >= 0 && digit <= 9 ? digit : undefined;
}

/** Whether `code` is a well-formed tax code with a correct check digit. */
export function isValidTaxCode(code: string): boolean {
  const match = /^(\d{9})(\d)(?:-(\d{3}))?$/.exec(code);
  if (!match) return false;
  if (match[3] === '000') return false;
  return taxCheckDigit(match[1]!) === Number(match[2]);
}
