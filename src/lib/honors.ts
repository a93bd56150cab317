/** Honours programmes: how often each names its honourees, and how the site says it. */

export const CADENCES = ['hang-nam', 'hai-nam', 'khong-dinh-ky'] as const;
export type Cadence = (typeof CADENCES)[number];

export const CADENCE_LABELS: Record<Cadence, string> = {
  'hang-nam': 'Hằng năm',
  'hai-nam': 'Hai năm một lần',
  'khong-dinh-ky': 'Không định kỳ',
};
