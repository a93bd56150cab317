/** UI strings in Vietnamese, flat dotted keys. Page-specific prose lives with its page. */
export const vi = {
  'skipLink.label': 'Bỏ qua để đến nội dung chính',
  'nav.label': 'Điều hướng chính',
  'nav.menu': 'Danh mục',
  'nav.home': 'Trang chủ',
  'nav.plans': 'Kế hoạch',
  'nav.tasks': 'Nhiệm vụ',
  'nav.points': 'Điểm bán',
  'nav.map': 'Bản đồ',
  'nav.products': 'Sản phẩm',
  'nav.barcode': 'Kiểm tra mã vạch',
  'nav.businesses': 'Doanh nghiệp',
  'nav.honors': 'Tôn vinh',
  'nav.fairs': 'Hội chợ',
  'nav.news': 'Tin tức',
  'nav.search': 'Tìm kiếm',
  'nav.report': 'Phản ánh',
  'nav.data': 'Dữ liệu mở',
  'nav.about': 'Giới thiệu',
  'breadcrumbs.label': 'Đường dẫn',
  'sample.banner': 'Dữ liệu minh họa',
  'sample.explain': 'Trang này hiển thị dữ liệu minh họa, không phải thông tin chính thức.',
  'footer.contact': 'Liên hệ',
  'footer.hotlines': 'Đường dây nóng',
  'footer.accessibility': 'Tuyên bố về khả năng tiếp cận',
  'footer.privacy': 'Quyền riêng tư',
  'pagination.label': 'Phân trang',
  'pagination.prev': 'Trang trước',
  'pagination.next': 'Trang sau',
  'pagination.page': 'Trang',
  'empty.default': 'Chưa có mục nào.',
  'search.label': 'Tìm trên trang',
  'search.field': 'Tìm kế hoạch, điểm bán, sản phẩm, doanh nghiệp, hội chợ, tin tức',
  'search.placeholder': 'Tìm sản phẩm, điểm bán…',
  'search.button': 'Tìm',
} as const;

export type UiKey = keyof typeof vi;

/** The Vietnamese string for `key`. */
export function t(key: UiKey): string {
  return vi[key];
}
