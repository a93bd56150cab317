/**
 * The barcode lookup's files (`/kiem-tra-ma-vach/ma/<prefix>.json`: the first 7 digits of the
 * 14-digit key, lib/gtin.ts lookupBucket, or more where a range is crowded: `splitLookup`), as
 * the build writes them (data/views/barcode.ts) and the barcode page reads them
 * (client/barcode-check-app.ts). Rows carry dates, never a status: the page computes the
 * certificate's state with the visitor's clock.
 */

/** A product as the barcode page shows it when its number is found. */
export interface BarcodeHit {
  /** The GTIN as the record writes it. */
  gtin: string;
  id: string;
  name: string;
  href: string;
  sample: boolean;
  business: { name: string; href: string };
  province: string;
  /** The OCOP certificate: the browser computes its state from `until` and `revoked`. */
  ocop?: { stars: number; group: string; decisionNumber: string; issuer: string; until: string; revoked?: string | undefined } | undefined;
  honors: { program: string; year: number; title?: string | undefined; href: string }[];
  /** Active points stocking it. */
  points: { name: string; href: string }[];
  /** The verification poster of its page. */
  poster: string;
}

/** A lookup file: its GTINs by 14-digit key, or where they went when the prefix was too crowded. */
export type BarcodeLookupFile = { items: Record<string, BarcodeHit> } | BarcodeLookupSplit;


/** A lookup file that stands for a prefix too crowded to hold: its numbers are in the files of `split` digits. */
export interface BarcodeLookupSplit {
  split: number;
}

/** The lengths a lookup file's name may have: the first 7 digits of the 14-digit key, then 9, 11, all 14. */
export const LOOKUP_LENGTHS = [7, 9, 11, 14] as const;

/** At most this many numbers in one file before its prefix is split further (a few KB gzip). */
export const LOOKUP_MAX_ITEMS = 24;

/**
 * The lookup files for `items` (by 14-digit key): each group of keys sharing their first 7 digits
 * is one file, unless it holds more than `max` numbers (one large company's range): then that file
 * only says `split` and its keys are grouped again by 9 digits, and so on (a 14-digit file holds
 * one number). A lookup follows at most three splits, and only for crowded ranges.
 */
export function splitLookup<T>(items: ReadonlyMap<string, T>, max = LOOKUP_MAX_ITEMS): Map<string, { items: Record<string, T> } | BarcodeLookupSplit> {
  const out = new Map<string, { items: Record<string, T> } | BarcodeLookupSplit>();
  const place = (keys: string[], level: number) => {
    const length = LOOKUP_LENGTHS[level]!;
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const name = key.slice(0, length);
      const group = groups.get(name);
      if (group) group.push(key);
      else groups.set(name, [key]);
    }
    for (const [name, group] of groups) {
      if (group.length > max && level + 1 < LOOKUP_LENGTHS.length) {
        out.set(name, { split: LOOKUP_LENGTHS[level + 1]! });
        place(group, level + 1);
      } else {
        out.set(name, { items: Object.fromEntries(group.sort().map((k) => [k, items.get(k)!])) });
      }
    }
  };
  place([...items.keys()].sort(), 0);
  return out;
}

/**
 * A number's row, looked up as the barcode page does: the file of its first seven digits
 * (`lookupBucket`), then wherever a split leads. `read` gets a file by name (the page fetches it;
 * a missing file reads as empty).
 */
export async function findInLookup(key: string, read: (name: string) => Promise<BarcodeLookupFile> | BarcodeLookupFile): Promise<BarcodeHit | undefined> {
  let file = await read(key.slice(0, LOOKUP_LENGTHS[0]));
  for (let hops = 1; 'split' in file && hops < LOOKUP_LENGTHS.length; hops++) file = await read(key.slice(0, file.split));
  return 'items' in file ? file.items[key] : undefined;
}
