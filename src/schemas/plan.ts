/**
 * A campaign plan (Kế hoạch), following the official document format of Nghị định 30/2020/NĐ-CP.
 * The body (MDX) is the plan's text; this frontmatter is what the site can query.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { AGENCY_KINDS, PLAN_LEVELS } from '../lib/plans.ts';
import { calendarDate, oneOf, provinceCode, sample, text } from './common.ts';
import { schedule } from './schedule.ts';

export const planSchema = z
  .object({
    /** Title as printed under "KẾ HOẠCH", without that word. */
    title: text(),
    /** Number and symbol, e.g. "28/KH-BCĐCVĐ"; omit only when the source prints none (nothing is invented). */
    number: text().optional(),
    /** The body that issued it, e.g. "Ban Chỉ đạo Cuộc vận động tỉnh Bình Định". */
    issuer: text(),
    /** The governing body printed above the issuer, if any, e.g. "Quận ủy Quận 1". */
    issuerParent: text().optional(),
    /** Level of the issuing committee. */
    level: oneOf(PLAN_LEVELS),
    /** Province (2025 code) the plan applies to, when it is not national. */
    province: provinceCode().optional(),
    /** Place name printed before the date, e.g. "Bình Định". */
    place: text(),
    /** Date of issue. */
    date: calendarDate(),
    /** Set when the date is not printed in the source and was inferred; says from what. */
    dateNote: text().optional(),
    /** Period the plan covers. */
    period: z
      .object({
        /** First day of the period. */
        from: calendarDate(),
        /** Last day of the period. */
        to: calendarDate(),
      })
      .strict()
      .optional(),
    /** A newer plan that replaces this one. */
    supersededBy: reference('plans').optional(),
    /** Legal bases (căn cứ), in the order printed. */
    legalBases: z
      .array(
        z
          .object({
            /** The basis as printed, e.g. "Kết luận số 107-KL/TW ngày 10/4/2015 của Ban Bí thư". */
            text: text(),
            /** The referenced plan, when it is also in this library. */
            plan: reference('plans').optional(),
          })
          .strict(),
      )
      .default([]),
    /** Work assigned to agencies. */
    assignments: z
      .array(
        z
          .object({
            /** The agency as named in the plan, e.g. "Ban Tuyên giáo Quận ủy". */
            agency: text(),
            /** Kind of agency, for grouping. */
            agencyKind: oneOf(AGENCY_KINDS),
            /** Section number in the plan, e.g. "III.1.1". */
            section: text(),
            /** What the agency is to do, faithful to the plan. */
            task: text(),
            /** When, if the plan says. */
            when: schedule().optional(),
          })
          .strict(),
      )
      .default([]),
    /** Reports the plan requires, with their deadlines. */
    reportingDeadlines: z
      .array(
        z
          .object({
            /** What report, e.g. "Báo cáo sơ kết 6 tháng". */
            what: text(),
            /** Who reports. */
            from: text().optional(),
            /** To whom. */
            to: text().optional(),
            /** When it is due. */
            due: schedule(),
          })
          .strict(),
      )
      .default([]),
    /** Recipients (Nơi nhận), as printed. */
    recipients: z.array(text()).default([]),
    /** Signature block; omit only when the source prints none. */
    signer: z
      .object({
        /** Capacity line, e.g. "TM. BAN CHỈ ĐẠO" or "KT. TRƯỞNG BAN". */
        capacity: text().optional(),
        /** Title, e.g. "PHÓ TRƯỞNG BAN". */
        title: text(),
        /** Name, when printed. */
        name: text().optional(),
      })
      .strict()
      .optional(),
    /** Original document (PDF) offered for download, a path under public/. */
    attachment: z.string().regex(/^\/.+\.pdf$/, 'đường dẫn tệp PDF trong thư mục public, ví dụ "/tai-lieu/28-kh-bcdcvd.pdf"').optional(),
    /** Notes from the editors: corrections of typos, parts missing from the source. */
    editorNotes: z.array(text()).default([]),
    /** Illustrative record. */
    sample: sample(),
  })
  .strict();
