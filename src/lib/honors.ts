/** Honours programmes: how often each names its honourees, and how the site says it. */

export const CADENCES = ['hang-nam', 'hai-nam', 'khong-dinh-ky'] as const;
export type Cadence = (typeof CADENCES)[number];

export const CADENCE_LABELS: Record<Cadence, string> = {
  'hang-nam': 'Hằng năm',
  'hai-nam': 'Hai năm một lần',
  'khong-dinh-ky': 'Không định kỳ',
};

/** What a programme honours. */
export const HONOR_SCOPES = ['doanh-nghiep', 'san-pham', 'doanh-nghiep-va-san-pham'] as const;
export type HonorScope = (typeof HONOR_SCOPES)[number];

export const HONOR_SCOPE_LABELS: Record<HonorScope, string> = {
  'doanh-nghiep': 'Doanh nghiệp, hợp tác xã, hộ kinh doanh',
  'san-pham': 'Sản phẩm, hàng hóa, dịch vụ',
  'doanh-nghiep-va-san-pham': 'Doanh nghiệp, hợp tác xã, hộ kinh doanh và sản phẩm của họ',
};
