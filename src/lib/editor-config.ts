/**
 * The press office's web editor (Decap CMS at `/admin/`): its configuration, built from the site's
 * settings and the same enumerations the content schemas use. A unit test holds every field
 * against the schemas (names, required, choices), so the editor cannot drift from what the build
 * accepts. Pure; the build writes the result as `/admin/config.yml` (integrations/editor.ts).
 */
import { FAIR_KIND_LABELS, FAIR_KINDS, FAIR_STATUSES } from './fairs.ts';
import { WEEKDAY_NAMES, WEEKDAYS } from './recurrence.ts';

/** Where the editor keeps content in a remote repository (site.yaml `editor`). */
export interface EditorBackend {
  /** Git host: GitHub, GitLab or Gitea / Forgejo. */
  backend: 'github' | 'gitlab' | 'gitea';
  /** `owner/name` of the repository holding `content/`. */
  repo: string;
  /** Branch the site is built from. */
  branch: string;
  /** API address for a self-hosted GitLab or Gitea, or the OAuth proxy for GitHub. */
  apiUrl?: string | undefined;
  /** The OAuth provider's address (`base_url`), when not the host's default. */
  authUrl?: string | undefined;
}

/** Address of the local server (`npm run editor`): loopback only. */
export const LOCAL_EDITOR_PORT = 8081;
export const LOCAL_EDITOR_API = `http://127.0.0.1:${LOCAL_EDITOR_PORT}/api/v1`;

/** Labels of the announced fair statuses, for the editor's select. */
export const FAIR_STATUS_LABELS: Record<(typeof FAIR_STATUSES)[number], string> = {
  scheduled: 'Theo kế hoạch',
  postponed: 'Tạm hoãn',
  cancelled: 'Đã hủy',
};

/** One field of the editor (the subset of Decap's options this site uses). */
export interface EditorField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'markdown' | 'datetime' | 'select' | 'list' | 'object' | 'image' | 'boolean' | 'number' | 'relation' | 'hidden';
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: { label: string; value: string }[];
  fields?: EditorField[];
  pattern?: [string, string];
  [option: string]: unknown;
}

/** The configuration object, as Decap reads it from `config.yml`. */
export interface EditorConfig {
  backend: Record<string, unknown>;
  local_backend: { url: string; allowed_hosts: string[] };
  locale: 'vi';
  site_url: string;
  display_url: string;
  publish_mode: 'simple';
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: Record<string, unknown>[];
}

/** Where a post's or a fair's pictures go: `images/` beside the entries, as the schemas' `image()` expects. */
const ENTRY_MEDIA = { media_folder: 'images', public_folder: './images' };

const opt = (label: string, value: string) => ({ label, value });

/** A calendar date the schemas read (`YYYY-MM-DD`), shown and typed as dd/mm/yyyy. */
const dateField = (name: string, label: string, extra: Partial<EditorField> = {}): EditorField => ({
  name,
  label,
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'DD/MM/YYYY',
  time_format: false,
  picker_utc: false,
  ...extra,
});

/** A local date and time the fair schema reads (`YYYY-MM-DD HH:mm`, Vietnam time). */
const localDateTimeField = (name: string, label: string, hint = 'Giờ Việt Nam.'): EditorField => ({
  name,
  label,
  widget: 'datetime',
  format: 'YYYY-MM-DD HH:mm',
  date_format: 'DD/MM/YYYY',
  time_format: 'HH:mm',
  hint,
});

/** A list of record ids (file names without extension). */
const idList = (name: string, label: string, folder: string): EditorField => ({
  name,
  label,
  widget: 'list',
  required: false,
  default: [],
  hint: `Tên tệp (không có đuôi) của bản ghi trong content/${folder}/, ví dụ "ca-phe-rang-xay-hoa-da"; bản ghi không tồn tại làm hỏng bản dựng.`,
});

const body = (hint: string): EditorField => ({ name: 'body', label: 'Nội dung', widget: 'markdown', hint });

/** The news collection: every field of `schemas/news.ts` except `sample` (the press office publishes real posts). */
export function newsCollection(guideUrl: string): Record<string, unknown> {
  return {
    name: 'news',
    label: 'Tin tức',
    label_singular: 'bản tin',
    description: `Tin bài của Ban Chỉ đạo. Tin đánh dấu “Bản nháp” hoặc ghi ngày đăng trong tương lai chưa được đăng. Hướng dẫn: ${guideUrl}`,
    folder: 'content/news',
    extension: 'md',
    format: 'frontmatter',
    create: true,
    slug: '{{slug}}',
    ...ENTRY_MEDIA,
    sortable_fields: ['date', 'title'],
    summary: '{{title}} ({{date}})',
    fields: [
      { name: 'title', label: 'Tiêu đề', widget: 'string' },
      dateField('date', 'Ngày đăng', { hint: 'Tin ghi ngày sau hôm nay sẽ tự hiện vào ngày đó (lần dựng trang hằng ngày).' }),
      dateField('updated', 'Ngày cập nhật', { required: false, hint: 'Chỉ ghi khi sửa nội dung quan trọng của tin đã đăng.' }),
      { name: 'summary', label: 'Tóm tắt', widget: 'text', hint: 'Một hoặc hai câu, hiện trong danh sách tin, RSS và khi chia sẻ.' },
      {
        name: 'cover',
        label: 'Ảnh bìa',
        widget: 'object',
        required: false,
        collapsed: false,
        hint: 'Không bắt buộc. Không có ảnh bìa, trang dùng ảnh chia sẻ mặc định.',
        fields: [
          { name: 'src', label: 'Ảnh', widget: 'image', required: false, choose_url: false },
          { name: 'alt', label: 'Mô tả ảnh (cho người không xem được ảnh)', widget: 'string', required: false, hint: 'Bắt buộc khi có ảnh: tả điều bức ảnh thể hiện.' },
        ],
      },
      { name: 'author', label: 'Người viết hoặc bộ phận', widget: 'string', required: false },
      { name: 'tags', label: 'Chủ đề', widget: 'list', required: false, default: [], hint: 'Ngăn cách bằng dấu phẩy, ví dụ: hội chợ, OCOP.' },
      {
        name: 'related',
        label: 'Bản ghi liên quan',
        widget: 'object',
        required: false,
        collapsed: true,
        hint: 'Hội chợ, kế hoạch, điểm bán, sản phẩm, doanh nghiệp mà tin nhắc đến: hiện thành liên kết cuối tin và “Tin liên quan” trên trang của chúng.',
        fields: [
          { name: 'fairs', label: 'Hội chợ', widget: 'relation', collection: 'fairs', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], multiple: true, required: false, default: [] },
          idList('plans', 'Kế hoạch', 'plans'),
          idList('points', 'Điểm bán', 'points'),
          idList('products', 'Sản phẩm', 'products'),
          idList('businesses', 'Doanh nghiệp', 'businesses'),
        ],
      },
      { name: 'draft', label: 'Bản nháp (chưa đăng)', widget: 'boolean', required: false, default: false },
      body('Viết bằng Markdown; mỗi đoạn cách nhau một dòng trống.'),
    ],
  };
}

/** The fairs collection: every field of `schemas/fair.ts` except `sample`. */
export function fairsCollection(provinces: { code: string; name: string }[]): Record<string, unknown> {
  const address: EditorField = {
    name: 'address',
    label: 'Địa chỉ',
    widget: 'object',
    fields: [
      { name: 'street', label: 'Số nhà, đường, thôn, ấp', widget: 'string' },
      { name: 'commune', label: 'Mã phường/xã (2025)', widget: 'string', pattern: ['^\\d{5}$', 'Mã gồm 5 chữ số, ví dụ 26740'], hint: 'Mã 5 chữ số của Cục Thống kê, ví dụ 26740 (Phường Sài Gòn).' },
      { name: 'province', label: 'Tỉnh/thành phố', widget: 'select', options: provinces.map((p) => opt(p.name, p.code)) },
      { name: 'oldAddress', label: 'Địa chỉ cũ (trước 01/7/2025)', widget: 'string', required: false },
    ],
  };
  return {
    name: 'fairs',
    label: 'Hội chợ, phiên chợ',
    label_singular: 'hội chợ',
    folder: 'content/fairs',
    extension: 'md',
    format: 'frontmatter',
    create: true,
    slug: '{{slug}}',
    ...ENTRY_MEDIA,
    summary: '{{title}}',
    fields: [
      { name: 'title', label: 'Tên', widget: 'string' },
      { name: 'kind', label: 'Loại', widget: 'select', options: FAIR_KINDS.map((k) => opt(FAIR_KIND_LABELS[k], k)) },
      localDateTimeField('start', 'Khai mạc', 'Giờ Việt Nam. Phiên chợ định kỳ: giờ mở cửa của phiên đầu tiên.'),
      localDateTimeField('end', 'Kết thúc', 'Giờ Việt Nam. Phiên chợ định kỳ: giờ đóng cửa của phiên đầu tiên.'),
      {
        name: 'dailyHours',
        label: 'Giờ mở cửa hằng ngày',
        widget: 'string',
        required: false,
        pattern: ['^\\d{2}:\\d{2}\\s*[-–]\\s*\\d{2}:\\d{2}$', 'Viết dạng 08:00-22:00'],
        hint: 'Hội chợ kéo dài nhiều ngày, ví dụ 08:00-22:00. Không dùng cho phiên chợ định kỳ.',
      },
      {
        name: 'repeat',
        label: 'Lịch họp chợ định kỳ',
        widget: 'object',
        required: false,
        collapsed: true,
        hint: 'Chỉ dùng cho phiên chợ họp lặp lại (ví dụ thứ Bảy, Chủ nhật hằng tuần); khai mạc và kết thúc ở trên là phiên đầu tiên.',
        fields: [
          { name: 'every', label: 'Lặp lại', widget: 'select', options: [opt('Hằng tuần', 'week'), opt('Hằng tháng', 'month')] },
          { name: 'days', label: 'Ngày trong tuần', widget: 'select', multiple: true, options: WEEKDAYS.map((d) => opt(WEEKDAY_NAMES[d], d)) },
          { name: 'week', label: 'Tuần trong tháng', widget: 'number', value_type: 'int', min: -1, max: 4, required: false, hint: 'Chỉ cho lịch hằng tháng: 1 đến 4, hoặc -1 cho tuần cuối.' },
          dateField('until', 'Họp đến ngày', { required: false }),
          { name: 'except', label: 'Ngày nghỉ', widget: 'list', required: false, default: [], field: dateField('date', 'Ngày nghỉ') },
        ],
      },
      {
        name: 'venue',
        label: 'Địa điểm',
        widget: 'object',
        fields: [
          { name: 'name', label: 'Tên địa điểm', widget: 'string' },
          address,
          {
            name: 'geo',
            label: 'Tọa độ',
            widget: 'object',
            fields: [
              { name: 'lat', label: 'Vĩ độ', widget: 'number', value_type: 'float', min: 6, max: 24 },
              { name: 'lng', label: 'Kinh độ', widget: 'number', value_type: 'float', min: 102, max: 118 },
            ],
          },
        ],
      },
      { name: 'organiser', label: 'Đơn vị tổ chức', widget: 'string' },
      { name: 'status', label: 'Tình trạng', widget: 'select', required: false, default: 'scheduled', options: FAIR_STATUSES.map((s) => opt(FAIR_STATUS_LABELS[s], s)) },
      { name: 'statusNote', label: 'Lý do tạm hoãn hoặc hủy', widget: 'string', required: false, hint: 'Bắt buộc khi tạm hoãn hoặc hủy.' },
      {
        name: 'rescheduled',
        label: 'Thời gian mới (khi tạm hoãn)',
        widget: 'object',
        required: false,
        collapsed: true,
        hint: 'Khi ban tổ chức công bố ngày mới; giữ nguyên khai mạc, kết thúc dự kiến ban đầu ở trên.',
        fields: [localDateTimeField('start', 'Khai mạc mới'), localDateTimeField('end', 'Kết thúc mới')],
      },
      {
        name: 'registration',
        label: 'Đăng ký tham gia',
        widget: 'object',
        required: false,
        collapsed: true,
        fields: [
          { name: 'who', label: 'Ai được đăng ký', widget: 'string' },
          { name: 'how', label: 'Cách đăng ký', widget: 'string' },
          { name: 'form', label: 'Phiếu đăng ký', widget: 'string', required: false, hint: 'Địa chỉ https:// của phiếu, hoặc đường dẫn tệp trong thư mục public, ví dụ /tai-lieu/hoi-cho/phieu.pdf.' },
          dateField('deadline', 'Hạn đăng ký', { required: false }),
          { name: 'booths', label: 'Số gian hàng', widget: 'number', value_type: 'int', min: 1, required: false },
          { name: 'fee', label: 'Giá gian hàng', widget: 'string', required: false },
          { name: 'phone', label: 'Điện thoại', widget: 'string', required: false },
          { name: 'email', label: 'Thư điện tử', widget: 'string', required: false },
        ],
      },
      idList('businesses', 'Doanh nghiệp tham gia', 'businesses'),
      { name: 'summary', label: 'Tóm tắt', widget: 'text' },
      dateField('updated', 'Ngày cập nhật thông tin', { required: false }),
      body('Giới thiệu hội chợ, viết bằng Markdown.'),
    ],
  };
}

/** Standalone pages (about, how to report, accessibility): edited, not created. */
export function pagesCollection(): Record<string, unknown> {
  return {
    name: 'pages',
    label: 'Trang thông tin',
    label_singular: 'trang',
    folder: 'content/pages',
    extension: 'md',
    format: 'frontmatter',
    create: true,
    slug: '{{slug}}',
    summary: '{{title}}',
    fields: [
      { name: 'title', label: 'Tiêu đề', widget: 'string' },
      { name: 'description', label: 'Mô tả ngắn', widget: 'string', hint: 'Một câu, hiện trong kết quả tìm kiếm và khi chia sẻ.' },
      dateField('updated', 'Ngày rà soát'),
      body('Viết bằng Markdown.'),
    ],
  };
}

/** The backend block of the configuration. */
export function backendConfig(editor: EditorBackend | undefined): Record<string, unknown> {
  // Without a repository the editor still runs in local mode; elsewhere it says it is not set up.
  if (!editor) return { name: 'github', repo: 'chua-cau-hinh/kho-noi-dung', branch: 'main' };
  return {
    name: editor.backend,
    repo: editor.repo,
    branch: editor.branch,
    ...(editor.apiUrl ? { api_root: editor.apiUrl } : {}),
    ...(editor.authUrl ? { base_url: editor.authUrl } : {}),
    commit_messages: {
      create: 'Thêm {{collection}} “{{slug}}”',
      update: 'Sửa {{collection}} “{{slug}}”',
      delete: 'Xóa {{collection}} “{{slug}}”',
      uploadMedia: 'Tải lên “{{path}}”',
      deleteMedia: 'Xóa “{{path}}”',
    },
  };
}

/** The whole configuration. */
export function editorConfig(input: {
  baseUrl: string;
  editor?: EditorBackend | undefined;
  provinces: { code: string; name: string }[];
  guideUrl: string;
}): EditorConfig {
  return {
    backend: backendConfig(input.editor),
    local_backend: { url: LOCAL_EDITOR_API, allowed_hosts: ['127.0.0.1', 'localhost'] },
    locale: 'vi',
    site_url: input.baseUrl,
    display_url: input.baseUrl,
    publish_mode: 'simple',
    // Site-wide uploads (none of the collections above use them) would go beside the content.
    media_folder: 'content/images',
    public_folder: '/images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [newsCollection(input.guideUrl), fairsCollection(input.provinces), pagesCollection()],
  };
}

/**
 * The editor page's Content-Security-Policy. Looser than the public site's in two places the
 * editor needs: `style-src 'unsafe-inline'` (its React components inject their styles at run
 * time) and `'unsafe-eval'` (its bundle compiles code at run time); connections go to the git
 * host's API and to the local server, images may be `blob:` (previews of uploads). Everything
 * else is as tight as the public site.
 */
export function editorCsp(editor: EditorBackend | undefined): string {
  const api = editor?.apiUrl ? new URL(editor.apiUrl).origin : editor?.backend === 'gitlab' ? 'https://gitlab.com' : 'https://api.github.com';
  const avatars = editor?.backend === 'github' || !editor ? ' https://avatars.githubusercontent.com' : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${avatars}`,
    `connect-src 'self' blob: ${api} http://127.0.0.1:${LOCAL_EDITOR_PORT}`,
    "font-src 'self' data:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
