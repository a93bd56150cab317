/** A business (doanh nghiệp, hợp tác xã, hộ kinh doanh) with honours, products or sales points. */
import { z } from 'astro/zod';
import { BUSINESS_KINDS } from '../lib/businesses.ts';
import { taxCodeProblem } from '../lib/tax-code.ts';
import { address, oneOf, phone, sample, source, text, typeError } from './common.ts';

export const businessSchema = z
  .object({
    /** Registered name, e.g. "Công ty TNHH Thực phẩm Sài Gòn Xanh". */
    name: text(),
    /** Legal form. */
    kind: oneOf(BUSINESS_KINDS),
    /**
     * Tax code (mã số thuế), in quotes: 10 digits with a correct check digit, 10 + "-" + 3 for a
     * branch, or the owner's 12-digit personal identification number (số định danh cá nhân), which
     * household businesses and individuals use as their tax code from 1 July 2025 (Thông tư
     * 86/2024/TT-BTC); that number has no check digit, so its birth-province code and century digit
     * are checked (src/lib/tax-code.ts).
     */
    taxCode: z.union([z.string(), z.number()], { error: typeError('mã số thuế trong dấu ngoặc kép, ví dụ "0301234567"') }).transform((value, ctx) => {
      const code = String(value).trim();
      const problem = taxCodeProblem(code);
      if (problem) {
        // Unquoted in YAML, a code is read as a number and loses its leading zero.
        const quote = typeof value === 'number' ? `; hãy viết mã trong dấu ngoặc kép ("0${code}" nếu mã bắt đầu bằng số 0), vì không có ngoặc kép số 0 ở đầu bị mất` : '';
        ctx.addIssue({ code: 'custom', message: `mã số thuế không hợp lệ: ${problem}${quote}; hãy đối chiếu giấy chứng nhận đăng ký thuế hoặc thẻ căn cước` });
        return z.NEVER;
      }
      return code;
    }),
    /** Head-office address (2025 units). */
    address: address(),
    /** Public phone number. */
    phone: phone().optional(),
    /** Website, https only. */
    website: z.url({ protocol: /^https$/, message: 'địa chỉ web phải bắt đầu bằng https://' }).optional(),
    /** One-paragraph description. */
    description: text().optional(),
    /** Where it comes from, when aggregated from another committee's open data. */
    source: source().optional(),
    /** Illustrative record. */
    sample: sample(),
  })
  .strict();
