/**
 * Shared schema pieces: text, dates, coordinates, administrative units, the sample flag.
 * Error messages are written for the press officer who edits the content.
 */
import { z } from 'astro/zod';
import { communeByCode, provinceByCode } from '../lib/admin-units.ts';
import { parseCalendarDate, parseLocalDateTime } from '../lib/dates.ts';
import { positionProblem } from '../lib/geo.ts';
import { isPhone, PHONE_RULE } from '../lib/phone.ts';
import { MISSING_FIELD } from '../lib/schema-messages.ts';

/** Message for a missing field or a value of the wrong type, in words an editor understands. */
export const typeError =
  (expected: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? MISSING_FIELD : `phải là ${expected}, nhưng đang ghi ${JSON.stringify(issue.input)}`;

/** One of a fixed list of values; the message lists the allowed ones. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `${MISSING_FIELD}; chọn một trong: ${values.join(', ')}`
        : `giá trị ${JSON.stringify(issue.input)} không hợp lệ; chọn một trong: ${values.join(', ')}`,
  });

/** Non-empty text, trimmed and normalised to Unicode NFC. */
export const text = () =>
  z
    .string({ error: typeError('chữ (văn bản)') })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, 'không được để trống'));

/** A URL slug written without diacritics: lowercase letters, digits and hyphens. */
export const slug = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ "cho-ben-thanh"');

/**
 * A calendar date, written `YYYY-MM-DD` (ISO) or `dd/mm/yyyy` (as Vietnamese write it: 01/02/2023 is
 * 1 February). Output: `YYYY-MM-DD`. An unquoted YAML date arrives as a Date at UTC midnight.
 */
export const calendarDate = () =>
  z.union([z.string(), z.date()], { error: typeError('một ngày, ví dụ "2026-11-28"') }).transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'ngày không hợp lệ' });
        return z.NEVER;
      }
      if (value.getUTCHours() || value.getUTCMinutes() || value.getUTCSeconds()) {
        ctx.addIssue({ code: 'custom', message: 'chỉ ghi ngày, không ghi giờ: "2026-11-28" hoặc "28/11/2026"' });
        return z.NEVER;
      }
      return value.toISOString().slice(0, 10);
    }
    const parsed = parseCalendarDate(value);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" không phải là một ngày có thật; hãy viết dạng "2026-11-28" hoặc "28/11/2026" (ngày/tháng/năm)`,
      });
      return z.NEVER;
    }
    return parsed;
  });

/**
 * A local date and time in Asia/Ho_Chi_Minh, written in quotes as `"2026-11-28 08:00"`.
 * Output: ISO string with `+07:00`. An unquoted YAML timestamp is read by YAML as UTC, which
 * would shift the time by seven hours, so it is refused with a message saying how to write it.
 */
export const localDateTime = () =>
  z.union([z.string(), z.date()], { error: typeError('ngày giờ trong dấu nháy, ví dụ "2026-11-28 08:00"') }).transform((value, ctx) => {
    if (value instanceof Date) {
      ctx.addIssue({
        code: 'custom',
        message: 'hãy đặt ngày giờ trong dấu nháy, ví dụ "2026-11-28 08:00" (giờ Việt Nam); không có dấu nháy, YAML hiểu đó là giờ UTC',
      });
      return z.NEVER;
    }
    const parsed = parseLocalDateTime(value);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: `"${value}" không phải ngày giờ hợp lệ; hãy viết dạng "2026-11-28 08:00" (giờ Việt Nam)` });
      return z.NEVER;
    }
    return parsed;
  });

/** A position in Vietnam (WGS 84 degrees). Swapped latitude/longitude is named as such. */
export const geo = () =>
  z
    .object(
      {
        /** Latitude in degrees north, about 6–23.5 in Vietnam. */
        lat: z.number({ error: typeError('một số, ví dụ 10.7725') }),
        /** Longitude in degrees east, about 102–118 in Vietnam. */
        lng: z.number({ error: typeError('một số, ví dụ 106.698') }),
      },
      { error: typeError('tọa độ dạng { lat: 10.7725, lng: 106.698 }') },
    )
    .strict()
    .superRefine((pos, ctx) => {
      const problem = positionProblem(pos);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** Official two-digit code of one of the 34 provinces (2025), e.g. "79" for Hồ Chí Minh. */
export const provinceCode = () =>
  z
    .string()
    .regex(/^\d{2}$/, 'mã tỉnh gồm 2 chữ số, ví dụ "79" (TP. Hồ Chí Minh), "52" (Gia Lai), "96" (Cà Mau)')
    .refine((code) => provinceByCode(code) !== undefined, {
      message: 'không có tỉnh/thành phố nào mang mã này sau ngày 01/07/2025 (34 tỉnh, thành phố); xem danh mục mã của Cục Thống kê',
    });

/** Official five-digit code of a commune-level unit (2025), e.g. "26740" for Phường Sài Gòn. */
export const communeCode = () =>
  z
    .string()
    .regex(/^\d{5}$/, 'mã xã/phường gồm 5 chữ số, ví dụ "26740" (Phường Sài Gòn)')
    .refine((code) => communeByCode(code) !== undefined, {
      message: 'không có xã/phường/đặc khu nào mang mã này sau ngày 01/07/2025; nếu là địa chỉ cũ (có quận/huyện), hãy tra bảng chuyển đổi',
    });

/** A postal address in the 2025 units: street, commune, province (the commune must lie in it). */
export const address = () =>
  z
    .object(
      {
      /** House number and street, village or hamlet: "135 Nam Kỳ Khởi Nghĩa". */
      street: text(),
      /** Commune-level unit code (2025). */
      commune: communeCode(),
      /** Province code (2025). */
      province: provinceCode(),
      /** The address as it was written before 1 July 2025, with its district, when the source gave one. */
      oldAddress: text().optional(),
      },
      { error: typeError('địa chỉ gồm street, commune, province') },
    )
    .strict()
    .superRefine((a, ctx) => {
      const commune = communeByCode(a.commune);
      if (commune && commune.provinceCode !== a.province) {
        const province = provinceByCode(commune.provinceCode);
        ctx.addIssue({
          code: 'custom',
          path: ['commune'],
          message: `${commune.name} (${a.commune}) thuộc ${province?.name ?? commune.provinceCode} (mã ${commune.provinceCode}), không thuộc tỉnh mã ${a.province}`,
        });
      }
    });

/** Vietnamese phone number as written for people: "1800.6838", "0290 3831 234". */
export const phone = () =>
  z
    .union([z.string(), z.number()])
    .transform((value, ctx) => {
      if (typeof value === 'number') {
        ctx.addIssue({ code: 'custom', message: `hãy đặt số điện thoại trong dấu nháy, ví dụ "${value}", để giữ nguyên cách viết` });
        return z.NEVER;
      }
      return value;
    })
    .pipe(text())
    .refine(isPhone, { message: PHONE_RULE });

/** Marks illustrative records: every page that shows one says "Dữ liệu minh họa". */
export const sample = () => z.boolean().default(false);

/** An image with its alternative text (required: describe what the picture shows). */
export const figure = <T extends z.ZodType>(image: () => T) =>
  z
    .object({
      /** Path to the image file, relative to the entry. */
      src: image(),
      /** What the picture shows, for people who cannot see it. */
      alt: text(),
    })
    .strict();

/**
 * Where a record aggregated from another committee's open data comes from (`npm run import --
 * --from`): the committee, and the record's page on its site. Shown on the record's page.
 */
export const source = () =>
  z
    .object({
      /** The committee that published it. */
      committee: text(),
      /** Its page on that committee's site, https. */
      url: z.url({ protocol: /^https?$/, message: 'địa chỉ trang gốc của bản ghi, bắt đầu bằng https://' }),
    })
    .strict();
