/** A business (doanh nghiệp, hợp tác xã, hộ kinh doanh) with honours, products or sales points. */
import { z } from 'astro/zod';
import { BUSINESS_KINDS } from '../lib/businesses.ts';
import { isValidTaxCode } from '../lib/tax-code.ts';
import { address, oneOf, phone, sample, text } from './common.ts';

export const businessSchema = z
  .object({
    /** Registered name, e.g. "Công ty TNHH Thực phẩm Sài Gòn Xanh". */
    name: text(),
    /** Legal form. */
    kind: oneOf(BUSINESS_KINDS),
    /** Tax code (mã số thuế): 10 digits, or 10 digits + "-" + 3 for a branch; the check digit is verified. */
    taxCode: z
      .union([z.string(), z.number()])
      .transform((v) => String(v).trim())
      .refine(isValidTaxCode, {
        message: 'mã số thuế không hợp lệ (10 chữ số với chữ số kiểm tra đúng, hoặc 13 ký tự dạng 0301234567-001); hãy đối chiếu giấy chứng nhận đăng ký',
      }),
    /** Head-office address (2025 units). */
    address: address(),
    /** Public phone number. */
    phone: phone().optional(),
    /** Website, https only. */
    website: z.url({ protocol: /^https$/, message: 'địa chỉ web phải bắt đầu bằng https://' }).optional(),
    /** One-paragraph description. */
    description: text().optional(),
    /** Illustrative record. */
    sample: sample(),
  })
  .strict();
