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
    /**
     * The document's heading (quốc hiệu / tiêu đề), right of the issuer. Default: as in the source,
     * so a source without one shows none. `reconstructed` restores the heading the document type
     * calls for (state body: the national motto; Party committee: "ĐẢNG CỘNG SẢN VIỆT NAM"), and the
     * page says it is reconstructed and why (`basis`).
     */
    heading: z
      .object({
        /** `source` (default): the lines are printed in the source; `reconstructed`: restored by the editors. */
        origin: oneOf(['source', 'reconstructed'] as const).default('source'),
        /** The heading's lines, e.g. ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc"]; none when the source shows none. */
        lines: z.array(text()).default([]),
        /** For a reconstruction: why this heading (document type, what the source still shows). */
        basis: text().optional(),
        /** The "*" Party documents print under the issuer's name, when the source shows it. */
        partyMark: z.boolean().default(false),
      })
      .strict()
      .default({ origin: 'source', lines: [], partyMark: false }),
    /** Place name printed before the date, e.g. "Bình Định". */
    place: text(),
    /** Date of issue. */
    date: calendarDate(),
    /**
     * Facts the source does not print and the editors inferred: for each, a short phrase saying from
     * what ("tiêu đề “… năm 2017”"). Pages, lists, task pages, calendars and exports say in words
     * that these values are inferred. The long explanation goes in editorNotes.
     */
    inferred: z
      .object({
        /** The issuing body is not printed at the head of the source. */
        issuer: text().optional(),
        /** The place name is not printed. */
        place: text().optional(),
        /** The date of issue is not printed. */
        date: text().optional(),
      })
      .strict()
      .default({}),
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
            /** The source's words the deadline (`when`) comes from, when they are not in `task`. */
            whenQuote: text().optional(),
            /**
             * Set when the source names no body for this task and the site gives it to `agency`: why.
             * Shown wherever the task is (plan, agency pages, calendars).
             */
            agencyInferred: text().optional(),
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
            /** Who reports, as printed. */
            from: text().optional(),
            /**
             * The agencies of this plan's assignments (their `agency`, exactly) that owe this report, so
             * it appears on their pages and in their calendars. Empty when the source names no one.
             */
            agencies: z.array(text()).default([]),
            /** To whom. */
            to: text().optional(),
            /** When it is due. */
            due: schedule(),
            /** The sentence of the source that requires the report, word for word. */
            quote: text().optional(),
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
  .strict()
  .superRefine((plan, ctx) => {
    const named = new Set(plan.assignments.map((a) => a.agency));
    plan.reportingDeadlines.forEach((r, i) =>
      r.agencies.forEach((agency, j) => {
        if (!named.has(agency)) {
          ctx.addIssue({
            code: 'custom',
            path: ['reportingDeadlines', i, 'agencies', j],
            message: `“${agency}” không trùng tên cơ quan nào trong assignments của kế hoạch này; ghi đúng tên như ở assignments[].agency (${[...named].join('; ')})`,
          });
        }
      }),
    );
    if (plan.heading.origin === 'reconstructed' && !plan.heading.basis) {
      ctx.addIssue({ code: 'custom', path: ['heading', 'basis'], message: 'tiêu đề do ban biên tập khôi phục cần ghi căn cứ khôi phục (basis)' });
    }
    if (plan.heading.origin === 'reconstructed' && plan.heading.lines.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['heading', 'lines'], message: 'tiêu đề khôi phục cần ít nhất một dòng' });
    }
  });
