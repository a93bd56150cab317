/** The barcode lookup's files: numbers grouped by their first seven digits, crowded ranges split further. */
import { describe, expect, it } from 'vitest';
import { findInLookup, LOOKUP_LENGTHS, splitLookup, type BarcodeLookupFile } from '../../src/lib/barcode-lookup.ts';
import { gtinCheckDigit, gtinKey } from '../../src/lib/gtin.ts';

const gtin = (body12: string) => `${body12}${gtinCheckDigit(body12)}`;
/** `n` numbers of one company prefix, item numbers from 1. */
const company = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => gtin(`${prefix}${String(i + 1).padStart(12 - prefix.length, '0')}`));

/** Look a number up with the page's rule (findInLookup); the rows here are the numbers themselves. */
async function find(files: ReturnType<typeof splitLookup<string>>, number: string): Promise<string | undefined> {
  const read = (name: string) => (files.get(name) ?? { items: {} }) as BarcodeLookupFile;
  return (await findInLookup(gtinKey(number), read)) as unknown as string | undefined;
}

describe('splitLookup', () => {
  it('keeps small ranges in one file per seven digits', async () => {
    const numbers = [...company('8936045', 3), ...company('8931234', 2), gtin('400638133393')];
    const files = splitLookup(new Map(numbers.map((n) => [gtinKey(n), n])), 4);
    expect([...files.keys()].sort()).toEqual(['0400638', '0893123', '0893604']);
    for (const n of numbers) expect(await find(files, n)).toBe(n);
  });

  it('splits a crowded range, so no file holds more than the limit, and every number is still found', async () => {
    // One large company (300 numbers) beside a small one sharing its first seven digits.
    const numbers = [...company('89346731', 300), ...company('893467200', 5)];
    const files = splitLookup(new Map(numbers.map((n) => [gtinKey(n), n])), 24);
    expect(files.get('0893467')).toEqual({ split: 9 });
    for (const [name, file] of files) {
      expect(LOOKUP_LENGTHS).toContain(name.length);
      if ('items' in file) {
        expect(Object.keys(file.items).length, name).toBeLessThanOrEqual(24);
        for (const key of Object.keys(file.items)) expect(key.startsWith(name)).toBe(true);
      }
    }
    for (const n of numbers) expect(await find(files, n), n).toBe(n);
    expect(await find(files, gtin('893467399999'))).toBeUndefined();
    expect(await find(files, gtin('400638133393'))).toBeUndefined();
  });
});
