/** Businesses: the kinds of producer and trader the directory lists, and their names. */

export const BUSINESS_KINDS = ['doanh-nghiep', 'hop-tac-xa', 'ho-kinh-doanh', 'co-so-san-xuat'] as const;
export type BusinessKind = (typeof BUSINESS_KINDS)[number];

export const BUSINESS_KIND_LABELS: Record<BusinessKind, string> = {
  'doanh-nghiep': 'Doanh nghiệp',
  'hop-tac-xa': 'Hợp tác xã',
  'ho-kinh-doanh': 'Hộ kinh doanh',
  'co-so-san-xuat': 'Cơ sở sản xuất',
};
