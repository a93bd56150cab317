/** The committee's identity and settings (`content/site.yaml`). */
import { z } from 'astro/zod';
import { PLAN_LEVELS } from '../lib/plans.ts';
import { oneOf, phone, provinceCode, text } from './common.ts';

export const siteSchema = z
  .object({
    /** Site name in the header, e.g. "Hàng Việt Gia Lai". */
    siteName: text(),
    /** Full name of the committee, e.g. "Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh Gia Lai". */
    committee: text(),
    /** Level of the committee. */
    level: oneOf(PLAN_LEVELS),
    /** Area it covers, in words: "tỉnh Gia Lai". */
    area: text(),
    /** Province (2025 code) for a provincial or commune committee. */
    province: provinceCode().optional(),
    /** Public base URL, https (http for a trial on a local machine), ending without a slash. */
    baseUrl: z.url({ protocol: /^https?$/, message: 'địa chỉ gốc của trang, bắt đầu bằng https://, ví dụ "https://hangviet.gialai.gov.vn"' }),
    /** Contact details printed in the footer. */
    contact: z
      .object({
        /** Office address, as printed. */
        address: text(),
        /** Office phone. */
        phone: phone(),
        /** Office e-mail. */
        email: z.email({ message: 'địa chỉ thư điện tử không hợp lệ' }),
      })
      .strict(),
    /** Hotlines for consumer reports, most important first. */
    hotlines: z
      .array(
        z
          .object({
            /** Who answers, e.g. "Tổng đài tư vấn người tiêu dùng quốc gia". */
            name: text(),
            /** The number. */
            number: phone(),
            /** Hours or other note. */
            note: text().optional(),
          })
          .strict(),
      )
      .min(1, 'cần ít nhất một đường dây nóng'),
    /** Map defaults and tile server. */
    map: z
      .object({
        /** Default centre. */
        center: z.object({ lat: z.number(), lng: z.number() }).strict(),
        /** Default zoom, 5–18. */
        zoom: z.number().int().min(3).max(18),
        /** Tile URL template, https, with {z}/{x}/{y}. */
        tileUrl: z.string().regex(/^https:\/\/[^/]+\/.*\{z\}.*\{x\}.*\{y\}/, 'mẫu URL ô bản đồ dạng https://máy-chủ/{z}/{x}/{y}.png'),
        /** Attribution required by the tile provider (plain text). */
        attribution: text(),
      })
      .strict(),
    /**
     * Where the web editor (`/admin/`) saves: the git host and repository holding `content/`.
     * Without it the editor works only in local mode (`npm run editor`).
     */
    editor: z
      .object({
        /** Git host. */
        backend: oneOf(['github', 'gitlab', 'gitea']).default('github'),
        /** Repository, `owner/name`. */
        repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'kho mã dạng "tổ-chức/tên-kho"'),
        /** Branch the site is built from. */
        branch: text().default('main'),
        /** API address of a self-hosted GitLab or Gitea, https. */
        apiUrl: z.url({ protocol: /^https$/, message: 'địa chỉ https của API, bắt đầu bằng https://' }).optional(),
        /** Address of the sign-in (OAuth) service, when not the host's own. */
        authUrl: z.url({ protocol: /^https$/, message: 'địa chỉ https của dịch vụ đăng nhập, bắt đầu bằng https://' }).optional(),
      })
      .strict()
      .optional(),
    /**
     * The licence the committee publishes its open data under (/du-lieu/ and its catalogue), e.g.
     * { name: "Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)", url: "https://creativecommons.org/licenses/by/4.0/deed.vi" }.
     * Left out, the site says no licence has been announced.
     */
    dataLicence: z
      .object({
        /** Its name, as readers know it. */
        name: text(),
        /** Where its text is, https. */
        url: z.url({ protocol: /^https$/, message: 'địa chỉ https của văn bản giấy phép, bắt đầu bằng https://' }),
      })
      .strict()
      .optional(),
    /**
     * Other committees' sites (built with this software) whose search index this site's search can
     * read as well, without copying their records: a national site lists the provincial ones.
     * Each one's index must be readable from this site (it is, from the nginx configuration the
     * build writes: CORS on /tim-kiem/chi-muc/), and its address is added to the
     * Content-Security-Policy's connect-src.
     */
    searchAcross: z
      .array(
        z
          .object({
            /** The committee or site, as readers know it: "Ban Chỉ đạo tỉnh Gia Lai". */
            name: text(),
            /** Its public address, https (its baseUrl). */
            url: z.url({ protocol: /^https$/, message: 'địa chỉ https của trang, bắt đầu bằng https://, ví dụ "https://hangviet.gialai.gov.vn"' }),
          })
          .strict(),
      )
      .optional(),
    /** Whether the site's content is illustrative (shows a banner on every page). */
    sample: z.boolean().default(false),
  })
  .strict();

export type Site = z.output<typeof siteSchema>;
