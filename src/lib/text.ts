/**
 * Vietnamese text helpers: normalisation, collation, diacritic folding and slugs.
 * Pure functions, no Astro imports.
 */

/** Collator for Vietnamese sort order (đ after d, tones after base letters). */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compare two strings in Vietnamese order; use as an `Array.prototype.sort` callback. */
export function compareVi(a: string, b: string): number {
  return viCollator.compare(a, b);
}

/** Sort a copy of `items` by the Vietnamese collation of `key(item)`. */
export function sortByVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => viCollator.compare(key(a), key(b)));
}

/**
 * A label inside a sentence, as Vietnamese write it: a generic first word loses its capital
 * ("Cửa hàng … OCOP" → "cửa hàng … OCOP"), and nothing else changes, so proper names inside keep
 * theirs ("– Tự hào hàng Việt Nam"). A label that starts with a proper name is left as it is:
 * an abbreviation ("OCOP 4 sao", "TP. Huế"), a name of several capitalised syllables ("Việt Nam",
 * "Cà Mau", "Bà Rịa – Vũng Tàu") or a title in quotation marks. A one-syllable name ("Huế …")
 * cannot be told from a generic word.
 */
export function lowerFirst(value: string): string {
  // Words with at least one letter, without the punctuation around them ("(Cũ)" → "Cũ").
  const [first = '', second = ''] = value
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d.]+$/gu, ''))
    .filter((w) => /\p{L}/u.test(w));
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  const abbreviation = /^\p{Lu}[\p{Lu}\d.&-]+$/u.test(first);
  const quoted = /^\s*[“"‘'«]/u.test(value);
  if (!capital(first) || abbreviation || capital(second) || quoted) return value;
  return value.replace(/\p{Lu}/u, (c) => c.toLocaleLowerCase('vi'));
}

/** Normalise to Unicode NFC (the Bình Định seed, for one, arrives decomposed). */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/** Deeply normalise every string in a JSON-like value to NFC; other values are returned as they are. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item) => nfcDeep(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = nfcDeep(v);
    return out as T;
  }
  return value;
}

/**
 * Fold Vietnamese text for matching typed without diacritics: strips tone and vowel marks,
 * maps đ/Đ to d, lower-cases. "Đà Nẵng" → "da nang", "chỉ đạo" → "chi dao".
 */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

/** A URL slug without diacritics: "Hội chợ Hàng Việt 2026" → "hoi-cho-hang-viet-2026". */
export function slugify(value: string): string {
  return fold(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const money = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** An amount in đồng as Vietnamese write it: "180.000 đồng". */
export function formatMoney(amount: number): string {
  return `${money.format(amount)} đồng`;
}
