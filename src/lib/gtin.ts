/**
 * GTINs (the numbers under retail barcodes): reading what a person typed or a scanner decoded,
 * the GS1 check digit, and the key the directory's lookup files use. Pure; shared by the content
 * schema, the build and the barcode page's script.
 *
 * Accepted lengths: GTIN-8 (EAN-8), GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14 (an outer case).
 * A 12-digit UPC-A number and the 13-digit one made by putting a 0 in front are the same item:
 * both reduce to one key (`gtinKey`: the number padded to 14 digits, as GS1 compares them).
 */

/** The lengths a GTIN may have. */
export const GTIN_LENGTHS = [8, 12, 13, 14] as const;
export type GtinLength = (typeof GTIN_LENGTHS)[number];

/** The standard's name for each length. */
export const GTIN_KIND: Record<GtinLength, string> = { 8: 'GTIN-8 (EAN-8)', 12: 'GTIN-12 (UPC-A)', 13: 'GTIN-13 (EAN-13)', 14: 'GTIN-14' };

/**
 * The GS1 check digit (mod 10) of the digits before it: from the right, weights 3, 1, 3, 1…; the
 * check digit brings the sum up to a multiple of ten.
 */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** What reading a typed or decoded number found. */
export type GtinReading =
  | { ok: true; gtin: string; length: GtinLength }
  | { ok: false; reason: 'empty' | 'letters' | 'length' | 'check'; message: string };

/**
 * Separators people type inside a number, or that a label prints: spaces (also non-breaking),
 * hyphens, dots. Anything else that is not a digit makes the number unreadable.
 */
const SEPARATORS = /[\s\u00a0.\-‐‑–]/g;

/**
 * Read a GTIN as typed ("893 4567 890128", "8934567-890128") or decoded. Full-width digits (an
 * East Asian keyboard) count as digits. The messages are what the page shows, in Vietnamese.
 */
export function readGtin(input: string): GtinReading {
  const text = input.normalize('NFKC').replace(SEPARATORS, '');
  if (!text) return { ok: false, reason: 'empty', message: 'Hãy nhập dãy số dưới mã vạch (8 hoặc 13 chữ số).' };
  if (!/^\d+$/.test(text)) {
    return { ok: false, reason: 'letters', message: 'Mã vạch chỉ gồm chữ số; dãy vừa nhập có chữ cái hoặc ký hiệu khác. Hãy nhập lại đúng các chữ số in dưới mã vạch.' };
  }
  if (!(GTIN_LENGTHS as readonly number[]).includes(text.length)) {
    return {
      ok: false,
      reason: 'length',
      message: `Dãy vừa nhập có ${text.length} chữ số; mã vạch trên hàng bán lẻ có 8 hoặc 13 chữ số (12 chữ số với mã UPC-A, 14 chữ số với mã thùng hàng). Hãy kiểm tra xem có thiếu hay thừa chữ số nào không.`,
    };
  }
  const expected = gtinCheckDigit(text.slice(0, -1));
  if (expected !== Number(text.at(-1))) {
    return {
      ok: false,
      reason: 'check',
      message: `Số kiểm tra (chữ số cuối cùng) không khớp: với các chữ số đứng trước, chữ số cuối phải là ${expected}, không phải ${text.at(-1)}. Có thể đã gõ nhầm hoặc đảo chỗ hai chữ số; hãy đối chiếu lại với dãy số in dưới mã vạch.`,
    };
  }
  return { ok: true, gtin: text, length: text.length as GtinLength };
}

/** Whether `value` is a GTIN exactly as the content must write it: digits only, a valid check digit. */
export function isGtin(value: string): boolean {
  return /^\d+$/.test(value) && readGtin(value).ok;
}

/** The number padded to 14 digits: one key for a UPC-A number and its 13-digit form. */
export function gtinKey(gtin: string): string {
  return gtin.padStart(14, '0');
}

/**
 * The first lookup file a GTIN is looked for in: the first seven digits of its 14-digit key, i.e.
 * the GS1 prefix and the next three digits of a 13-digit number ("8934567890128" → "0893456").
 * Within GS1 Việt Nam's prefix, 893, that makes up to a thousand files, so a lookup downloads a
 * few products' rows, not the country's; a crowded range is split further (lib/barcode-lookup.ts).
 */
export const LOOKUP_KEY_DIGITS = 7;
export function lookupBucket(gtin: string): string {
  return gtinKey(gtin).slice(0, LOOKUP_KEY_DIGITS);
}

/**
 * The GS1 prefix of a GTIN: the three digits that name who issued the company's number. A
 * 13-digit number's first three; a UPC-A number's, read as its 13-digit form (a leading 0);
 * a GTIN-14's after its packaging indicator; a GTIN-8's first three (GS1-8 prefixes).
 */
export function gs1Prefix(gtin: string): string {
  if (gtin.length === 8) return gtin.slice(0, 3);
  if (gtin.length === 12) return `0${gtin.slice(0, 2)}`;
  if (gtin.length === 14) return gtin.slice(1, 4);
  return gtin.slice(0, 3);
}

/**
 * GTINs held by more than one record: each key with the records holding it, for the build's
 * error. A record listing one number twice counts once.
 */
export function duplicateGtins<T>(records: readonly T[], gtins: (record: T) => readonly string[]): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const record of records) {
    for (const key of new Set(gtins(record).map(gtinKey))) {
      const list = by.get(key);
      if (list) list.push(record);
      else by.set(key, [record]);
    }
  }
  for (const [key, list] of by) if (list.length < 2) by.delete(key);
  return by;
}

/**
 * What is wrong with a GTIN written in the content, in the editor's words, or undefined when it
 * is right. The content writes the digits alone: no spaces, the check digit included.
 */
export function gtinProblem(value: string): string | undefined {
  if (!/^\d+$/.test(value)) return 'chỉ viết các chữ số, không có khoảng trắng, dấu chấm hay chữ cái';
  if (!(GTIN_LENGTHS as readonly number[]).includes(value.length)) return `mã có ${value.length} chữ số, cần 8, 12, 13 hoặc 14 chữ số`;
  const expected = gtinCheckDigit(value.slice(0, -1));
  if (expected !== Number(value.at(-1))) return `số kiểm tra (chữ số cuối) phải là ${expected}, không phải ${value.at(-1)}`;
  return undefined;
}
