/** A product: OCOP-certified or honoured in a programme. The OCOP status is never stored, only computed. */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { GROUPS_2022_FROM, OCOP_GROUPS_2022, OCOP_GROUPS_LEGACY, STAR_POINTS, OCOP_GROUP_LABELS } from '../lib/ocop.ts';
import { gtinProblem } from '../lib/gtin.ts';
import { calendarDate, communeCode, figure, oneOf, provinceCode, sample, source, text, typeError } from './common.ts';

const ocopSchema = z
  .object({
    /** Product group printed on the certificate (2022 groups, or the older ones before QĐ 919). */
    group: oneOf([...OCOP_GROUPS_2022, ...OCOP_GROUPS_LEGACY]),
    /** Stars awarded, 3–5. */
    stars: z.union([z.literal(3), z.literal(4), z.literal(5)]),
    /** Evaluation points (3★ 50–69, 4★ 70–89, 5★ 90–100), when published. */
    score: z.number().int().min(50).max(100).optional(),
    /** Recognition decision number, e.g. "1234/QĐ-UBND". */
    decisionNumber: text(),
    /** Date of the decision; the certificate is valid 36 months from it unless `validUntil` says otherwise. */
    decisionDate: calendarDate(),
    /** Last day of validity when the certificate prints one; otherwise 36 months from the decision. */
    validUntil: calendarDate().optional(),
    /** Who recognised it: the province (3★, 4★) or the ministry (5★). */
    issuer: text(),
    /** Set when the certificate was revoked. */
    revoked: z
      .object({
        /** Date of the revocation decision. */
        date: calendarDate(),
        /** Revocation decision number. */
        decisionNumber: text(),
        /** Reason, as published. */
        reason: text().optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    const range = STAR_POINTS[o.stars];
    if (o.score !== undefined && (o.score < range.min || o.score > range.max)) {
      ctx.addIssue({
        code: 'custom',
        path: ['score'],
        message: `${o.stars} sao ứng với ${range.min}–${range.max} điểm, nhưng điểm ghi là ${o.score}`,
      });
    }
    if ((OCOP_GROUPS_LEGACY as readonly string[]).includes(o.group) && o.decisionDate >= GROUPS_2022_FROM) {
      ctx.addIssue({
        code: 'custom',
        path: ['group'],
        message: `nhóm "${OCOP_GROUP_LABELS[o.group]}" chỉ có trên giấy chứng nhận trước 01/08/2022 (QĐ 919/QĐ-TTg); hãy dùng một nhóm mới`,
      });
    }
    if (o.validUntil && o.validUntil <= o.decisionDate) {
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'ngày hết hiệu lực phải sau ngày công nhận' });
    }
    if (o.revoked && o.revoked.date < o.decisionDate) {
      ctx.addIssue({ code: 'custom', path: ['revoked', 'date'], message: 'ngày thu hồi sớm hơn ngày công nhận' });
    }
  });

/**
 * Every field but the photo, built once. Astro calls a collection's schema function once per entry
 * (each entry gets its own image helper), and building the whole object again for each of 15,000
 * products costs seconds at national scale; extending a finished object is cheap.
 */
const productBase = z
  .object({
    /** Product name as sold, e.g. "Mật ong hoa cà phê Gia Lai". */
    name: text(),
    /** The business that makes it. */
    business: reference('businesses'),
    /** Province it comes from (2025 code). */
    province: provinceCode(),
    /** Commune it comes from (2025 code), when known. */
    commune: communeCode().optional(),
    /** Short description. */
    description: text().optional(),
    /** OCOP certificate, when it has one. */
    ocop: ocopSchema.optional(),
    /** Standards and certifications the product holds, as printed: "VietGAP", "TCCS 01:2024/HTX…". */
    standards: z.array(text()).default([]),
    /**
     * The product's GTINs: the numbers under its barcodes (GTIN-13/EAN-13 usually; GTIN-8, 12-digit
     * UPC-A and GTIN-14 too), each in quotes with its check digit, e.g. ["8936045120019"]. One per
     * package size. A wrong check digit is an error, and so is a number another product already
     * holds. The barcode page (/kiem-tra-ma-vach/) finds the product by them.
     */
    gtin: z
      .array(
        z.union([z.string(), z.number()], { error: typeError('mã số trong dấu ngoặc kép, ví dụ "8936045120019"') }).transform((value, ctx) => {
          const code = String(value).trim();
          const problem = gtinProblem(code);
          if (problem) {
            // Unquoted in YAML, a number is read as a number and loses its leading zeros.
            const quote = typeof value === 'number' ? '; hãy viết mã trong dấu ngoặc kép' : '';
            ctx.addIssue({ code: 'custom', message: `mã vạch (GTIN) "${code}" không hợp lệ: ${problem}${quote}; hãy chép lại dãy số in dưới mã vạch trên bao bì` });
            return z.NEVER;
          }
          return code;
        }),
        { error: typeError('danh sách mã số, ví dụ ["8936045120019"]') },
      )
      .optional(),
    /** Reference price, when the business publishes one. */
    referencePrice: z
      .object({
        /** In đồng. */
        amount: z.number().int().positive({ message: 'giá phải là số đồng, lớn hơn 0' }),
        /** What the price is for: "hũ 500 ml", "kg". */
        unit: text(),
      })
      .strict()
      .optional(),
    /** Where it comes from, when aggregated from another committee's open data. */
    source: source().optional(),
    /** Illustrative record. */
    sample: sample(),
  })
  .strict();

export const productSchemaFor = <T extends z.ZodType>(image: () => T) =>
  productBase.extend({
    /** Photo. */
    image: figure(image).optional(),
  });

/** The product schema with the photo's path as text, built once (also what explains a refused record: loaders/schema-errors.ts). */
export const productWithPath = productSchemaFor(() => z.string());

/** A product as `productSchemaFor(image)` gives it. */
type ProductOf<T extends z.ZodType> = z.output<ReturnType<typeof productSchemaFor<T>>>;

/**
 * The schema of one product entry, given Astro's image helper for that entry: Astro asks for a
 * collection's schema once per entry (the helper resolves paths from the entry's file), and
 * building the whole product schema 15,000 times cost a national sync 0.6 s. This is the schema
 * above, built once, with the photo's path then resolved by `image`, as `productSchemaFor(image)`
 * resolves it, into the same data.
 */
export const productEntrySchema = <T extends z.ZodType>(image: () => T) =>
  productWithPath.transform(async (product, ctx): Promise<ProductOf<T>> => {
    if (!product.image) return product as ProductOf<T>;
    const resolved = await image().safeParseAsync(product.image.src);
    if (!resolved.success) {
      for (const issue of resolved.error.issues) ctx.addIssue({ ...issue, path: ['image', 'src', ...issue.path] } as Parameters<typeof ctx.addIssue>[0]);
      return z.NEVER;
    }
    return { ...product, image: { ...product.image, src: resolved.data as z.output<T> } } as ProductOf<T>;
  });
