/**
 * The barcode lookup's files (`/kiem-tra-ma-vach/ma/<bucket>.json`, lib/gtin.ts lookupBucket), as
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

/** A lookup file: its GTINs by 14-digit key. */
export interface BarcodeLookupFile {
  items: Record<string, BarcodeHit>;
}

