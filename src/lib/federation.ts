/**
 * Another committee's open data (its /du-lieu/ JSON files) back into records: each row of the
 * businesses, products, points and honours files as the record a person would write, with the
 * committee and the row's page as its `source`, and its references to the other files' records
 * through `refs` (ids that clashed with this site's own were given a prefix). What an export does
 * not carry (a product's photo) is not brought back. Pure; the command is `npm run import --
 * --from`, scripts/import/federation.ts.
 */
import { certificateValidUntil } from './ocop.ts';

/** A row of an export. */
export type ExportRow = Record<string, unknown> & { id: string };

/** The source of a record: the committee and the record's page on its site. */
export interface RecordSource {
  committee: string;
  url: string;
}

/** What a row refers to, by the source's id: this site's id, or undefined when the source did not publish it. */
export interface Refs {
  business(id: string): string | undefined;
  product(id: string): string | undefined;
  /** A programme of this site, by the source's programme id or name. */
  program(id: string, name: string | undefined): string | undefined;
}

export type Converted = { ok: true; record: Record<string, unknown> } | { ok: false; reason: string };

const s = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
const n = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** Drop undefined fields, keep the order given. */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

function addressOf(row: ExportRow, prefix = ''): Record<string, unknown> {
  const k = (name: string) => (prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name);
  return compact({ street: s(row[k('street')]), commune: s(row[k('commune')]), province: s(row[k('province')]), oldAddress: s(row[k('oldAddress')]) });
}

/** The source a row carries (it was aggregated already: its first publisher), else this one. */
function sourceOf(row: ExportRow, from: string): RecordSource {
  const committee = s(row.sourceCommittee);
  const url = s(row.sourceUrl);
  return committee && url ? { committee, url } : { committee: from, url: s(row.url) ?? '' };
}

/** One row of `collection` as a record with id `id`, or why it cannot be. */
export function recordFromRow(collection: 'businesses' | 'products' | 'points' | 'honors', row: ExportRow, id: string, refs: Refs, committee: string): Converted {
  const source = sourceOf(row, committee);
  const sample = row.sample === true ? true : undefined;
  switch (collection) {
    case 'businesses':
      return {
        ok: true,
        record: compact({ id, name: s(row.name), kind: s(row.kind), taxCode: s(row.taxCode), address: addressOf(row), phone: s(row.phone), website: s(row.website), description: s(row.description), source, sample }),
      };
    case 'products': {
      const business = refs.business(String(row.business));
      if (!business) return { ok: false, reason: `chủ thể "${String(row.business)}" không có trong tệp doanh-nghiep của nguồn` };
      const decisionDate = s(row.ocopDecisionDate);
      const validUntil = s(row.ocopValidUntil);
      const ocop = decisionDate
        ? compact({
            group: s(row.ocopGroup),
            stars: n(row.ocopStars),
            score: n(row.ocopScore),
            decisionNumber: s(row.ocopDecisionNumber),
            decisionDate,
            // Written only when the certificate prints another day than 36 months from the decision.
            validUntil: validUntil && validUntil !== certificateValidUntil(decisionDate) ? validUntil : undefined,
            issuer: s(row.ocopIssuer),
            revoked: s(row.ocopRevokedDate) ? compact({ date: s(row.ocopRevokedDate), decisionNumber: s(row.ocopRevokedDecisionNumber), reason: s(row.ocopRevokedReason) }) : undefined,
          })
        : undefined;
      const standards = s(row.standards)?.split('; ').filter(Boolean);
      const gtin = s(row.gtin)?.split(' ').filter(Boolean);
      const amount = n(row.referencePriceAmount);
      return {
        ok: true,
        record: compact({
          id,
          name: s(row.name),
          business,
          province: s(row.province),
          commune: s(row.commune),
          description: s(row.description),
          gtin: gtin?.length ? gtin : undefined,
          ocop,
          standards: standards?.length ? standards : undefined,
          referencePrice: amount !== undefined ? { amount, unit: s(row.referencePriceUnit) } : undefined,
          source,
          sample,
        }),
      };
    }
    case 'points': {
      const business = s(row.business) ? refs.business(s(row.business)!) : undefined;
      if (s(row.business) && !business) return { ok: false, reason: `chủ thể "${s(row.business)}" không có trong tệp doanh-nghiep của nguồn` };
      const products: string[] = [];
      for (const p of (s(row.products) ?? '').split(' ').filter(Boolean)) {
        const mapped = refs.product(p);
        if (!mapped) return { ok: false, reason: `sản phẩm "${p}" không có trong tệp san-pham của nguồn` };
        products.push(mapped);
      }
      return {
        ok: true,
        record: compact({
          id,
          name: s(row.name),
          kind: s(row.kind),
          operator: s(row.operator),
          business,
          address: addressOf(row),
          geo: { lat: n(row.lat), lng: n(row.lng) },
          openingHours: s(row.openingHours),
          phone: s(row.phone),
          vietGoodsShare: n(row.vietGoodsShare),
          products: products.length ? products : undefined,
          yearOpened: n(row.yearOpened),
          status: row.status === 'closed' ? 'closed' : undefined,
          closedDate: s(row.closedDate),
          lastVerified: s(row.lastVerified),
          source,
          sample,
        }),
      };
    }
    case 'honors': {
      const program = refs.program(String(row.program), s(row.programName));
      if (!program) return { ok: false, reason: `chương trình "${s(row.programName) ?? String(row.program)}" chưa có trên trang này; hãy thêm vào content/honor-programs/ trước` };
      const business = refs.business(String(row.business));
      if (!business) return { ok: false, reason: `chủ thể "${String(row.business)}" không có trong tệp doanh-nghiep của nguồn` };
      const product = s(row.product) ? refs.product(s(row.product)!) : undefined;
      if (s(row.product) && !product) return { ok: false, reason: `sản phẩm "${s(row.product)}" không có trong tệp san-pham của nguồn` };
      return {
        ok: true,
        record: compact({ id, program, year: n(row.year), business, product, title: s(row.title), decisionNumber: s(row.decisionNumber), decisionDate: s(row.decisionDate), source, sample }),
      };
    }
  }
}

/** An id for a source's record: its own, or with `prefix` when this site already uses it. */
export function federatedId(id: string, prefix: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  const base = `${prefix}-${id}`;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i += 1) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
