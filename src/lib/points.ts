/** Sales points: their kinds (seed 001 §II.2.1) and how the site names them. */

export const POINT_KINDS = ['tu-hao-hang-viet', 'cua-hang-ocop', 'clb-ban-hang-viet'] as const;
export type PointKind = (typeof POINT_KINDS)[number];

/** Open for business, or closed for good (the page stays, the lists leave it out). */
export const POINT_STATUSES = ['active', 'closed'] as const;

export const POINT_KIND_LABELS: Record<PointKind, string> = {
  'tu-hao-hang-viet': 'Điểm bán hàng Việt – Tự hào hàng Việt Nam',
  'cua-hang-ocop': 'Cửa hàng giới thiệu và bán sản phẩm OCOP',
  'clb-ban-hang-viet': 'Câu lạc bộ bán hàng Việt',
};
