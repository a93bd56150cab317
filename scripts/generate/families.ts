/**
 * Product families per OCOP group: what is made where, the trade word used in business names, and
 * the group printed on certificates before and after the 2022 grouping.
 */
import type { OcopGroup } from '../../src/lib/ocop.ts';
import type { Region } from './geography.ts';
import { WeightedTable } from './random.ts';

export type Group2022 = 'thuc-pham' | 'do-uong' | 'duoc-lieu' | 'thu-cong-my-nghe' | 'sinh-vat-canh' | 'du-lich-cong-dong';

export interface Family {
  /** Product name before the place or brand, e.g. "Mật ong hoa cà phê". */
  base: string;
  group: Group2022;
  /** Word used in business names: "Hợp tác xã Mật ong …". */
  trade: string;
  /** Regions where it is made; empty means anywhere. */
  regions: Region[];
}

const ALL_COASTS: Region[] = ['dong-bang-bac', 'bac-trung-bo', 'duyen-hai-nam-trung-bo', 'dong-nam-bo', 'dbscl'];

export const FAMILIES: Family[] = [
  // Thực phẩm
  { base: 'Gạo ST25', group: 'thuc-pham', trade: 'Lúa gạo', regions: ['dbscl'] },
  { base: 'Gạo thơm lài', group: 'thuc-pham', trade: 'Lúa gạo', regions: ['dbscl'] },
  { base: 'Gạo nếp cái hoa vàng', group: 'thuc-pham', trade: 'Lúa gạo', regions: ['dong-bang-bac'] },
  { base: 'Gạo tám xoan', group: 'thuc-pham', trade: 'Lúa gạo', regions: ['dong-bang-bac', 'bac-trung-bo'] },
  { base: 'Gạo Séng Cù', group: 'thuc-pham', trade: 'Lúa gạo', regions: ['mien-nui-bac'] },
  { base: 'Gạo lứt đỏ', group: 'thuc-pham', trade: 'Lúa gạo', regions: [] },
  { base: 'Mật ong hoa cà phê', group: 'thuc-pham', trade: 'Mật ong', regions: ['tay-nguyen'] },
  { base: 'Mật ong bạc hà', group: 'thuc-pham', trade: 'Mật ong', regions: ['mien-nui-bac'] },
  { base: 'Mật ong rừng tràm', group: 'thuc-pham', trade: 'Mật ong', regions: ['dbscl'] },
  { base: 'Mật ong hoa nhãn', group: 'thuc-pham', trade: 'Mật ong', regions: ['dong-bang-bac', 'dong-nam-bo'] },
  { base: 'Nước mắm cá cơm', group: 'thuc-pham', trade: 'Nước mắm', regions: ALL_COASTS },
  { base: 'Nước mắm truyền thống', group: 'thuc-pham', trade: 'Nước mắm', regions: ALL_COASTS },
  { base: 'Mắm tôm', group: 'thuc-pham', trade: 'Chế biến Thủy sản', regions: ['dong-bang-bac', 'bac-trung-bo'] },
  { base: 'Mắm tôm chua', group: 'thuc-pham', trade: 'Chế biến Thủy sản', regions: ['bac-trung-bo'] },
  { base: 'Khô cá dứa', group: 'thuc-pham', trade: 'Chế biến Thủy sản', regions: ['dbscl'] },
  { base: 'Tôm khô', group: 'thuc-pham', trade: 'Chế biến Thủy sản', regions: ['dbscl', 'duyen-hai-nam-trung-bo'] },
  { base: 'Mực một nắng', group: 'thuc-pham', trade: 'Chế biến Thủy sản', regions: ['duyen-hai-nam-trung-bo', 'dong-bang-bac'] },
  { base: 'Chả cá thu', group: 'thuc-pham', trade: 'Chế biến Thủy sản', regions: ['duyen-hai-nam-trung-bo', 'dong-bang-bac'] },
  { base: 'Giò lụa', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['dong-bang-bac', 'bac-trung-bo'] },
  { base: 'Nem chua', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['bac-trung-bo'] },
  { base: 'Lạp xưởng', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['dbscl', 'dong-nam-bo'] },
  { base: 'Bánh tráng phơi sương', group: 'thuc-pham', trade: 'Bánh tráng', regions: ['dong-nam-bo'] },
  { base: 'Bánh tráng nước dừa', group: 'thuc-pham', trade: 'Bánh tráng', regions: ['duyen-hai-nam-trung-bo'] },
  { base: 'Bánh pía', group: 'thuc-pham', trade: 'Bánh kẹo', regions: ['dbscl'] },
  { base: 'Kẹo dừa', group: 'thuc-pham', trade: 'Bánh kẹo', regions: ['dbscl'] },
  { base: 'Bánh đậu xanh', group: 'thuc-pham', trade: 'Bánh kẹo', regions: ['dong-bang-bac'] },
  { base: 'Bánh cáy', group: 'thuc-pham', trade: 'Bánh kẹo', regions: ['dong-bang-bac'] },
  { base: 'Kẹo cu đơ', group: 'thuc-pham', trade: 'Bánh kẹo', regions: ['bac-trung-bo'] },
  { base: 'Mè xửng', group: 'thuc-pham', trade: 'Bánh kẹo', regions: ['bac-trung-bo'] },
  { base: 'Miến dong', group: 'thuc-pham', trade: 'Nông sản', regions: ['mien-nui-bac', 'dong-bang-bac'] },
  { base: 'Bún khô', group: 'thuc-pham', trade: 'Thực phẩm', regions: [] },
  { base: 'Phở khô', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['dong-bang-bac'] },
  { base: 'Hủ tiếu khô', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['dbscl'] },
  { base: 'Hạt điều rang muối', group: 'thuc-pham', trade: 'Nông sản', regions: ['dong-nam-bo', 'tay-nguyen'] },
  { base: 'Hạt tiêu đen', group: 'thuc-pham', trade: 'Nông sản', regions: ['tay-nguyen', 'dong-nam-bo'] },
  { base: 'Hạt mắc ca', group: 'thuc-pham', trade: 'Nông sản', regions: ['tay-nguyen', 'mien-nui-bac'] },
  { base: 'Thịt trâu gác bếp', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['mien-nui-bac'] },
  { base: 'Măng khô', group: 'thuc-pham', trade: 'Nông sản', regions: ['mien-nui-bac', 'tay-nguyen'] },
  { base: 'Nấm hương rừng', group: 'thuc-pham', trade: 'Nông sản', regions: ['mien-nui-bac'] },
  { base: 'Trứng vịt muối', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['dbscl'] },
  { base: 'Chà bông cá lóc', group: 'thuc-pham', trade: 'Chế biến Thủy sản', regions: ['dbscl'] },
  { base: 'Xoài cát chu', group: 'thuc-pham', trade: 'Trái cây', regions: ['dbscl'] },
  { base: 'Bưởi da xanh', group: 'thuc-pham', trade: 'Trái cây', regions: ['dbscl', 'dong-nam-bo'] },
  { base: 'Vải thiều', group: 'thuc-pham', trade: 'Trái cây', regions: ['dong-bang-bac'] },
  { base: 'Nhãn lồng', group: 'thuc-pham', trade: 'Trái cây', regions: ['dong-bang-bac'] },
  { base: 'Cam sành', group: 'thuc-pham', trade: 'Trái cây', regions: ['mien-nui-bac', 'dbscl'] },
  { base: 'Sầu riêng', group: 'thuc-pham', trade: 'Trái cây', regions: ['tay-nguyen', 'dbscl', 'dong-nam-bo'] },
  { base: 'Thanh long ruột đỏ', group: 'thuc-pham', trade: 'Trái cây', regions: ['dbscl', 'duyen-hai-nam-trung-bo'] },
  { base: 'Mứt gừng', group: 'thuc-pham', trade: 'Thực phẩm', regions: [] },
  { base: 'Tương ớt', group: 'thuc-pham', trade: 'Thực phẩm', regions: [] },
  { base: 'Tỏi cô đơn', group: 'thuc-pham', trade: 'Nông sản', regions: ['duyen-hai-nam-trung-bo'] },
  { base: 'Yến sào', group: 'thuc-pham', trade: 'Yến sào', regions: ['duyen-hai-nam-trung-bo', 'dbscl'] },
  { base: 'Muối tôm', group: 'thuc-pham', trade: 'Thực phẩm', regions: ['tay-nguyen'] },
  // Đồ uống
  { base: 'Cà phê bột nguyên chất', group: 'do-uong', trade: 'Cà phê', regions: ['tay-nguyen'] },
  { base: 'Cà phê rang xay', group: 'do-uong', trade: 'Cà phê', regions: ['tay-nguyen', 'dong-nam-bo'] },
  { base: 'Cà phê Arabica', group: 'do-uong', trade: 'Cà phê', regions: ['tay-nguyen', 'mien-nui-bac'] },
  { base: 'Trà xanh', group: 'do-uong', trade: 'Chè', regions: ['mien-nui-bac', 'dong-bang-bac'] },
  { base: 'Chè Shan tuyết cổ thụ', group: 'do-uong', trade: 'Chè', regions: ['mien-nui-bac'] },
  { base: 'Trà sen', group: 'do-uong', trade: 'Chè', regions: ['dong-bang-bac'] },
  { base: 'Trà Ô long', group: 'do-uong', trade: 'Chè', regions: ['tay-nguyen'] },
  { base: 'Rượu nếp cái hoa vàng', group: 'do-uong', trade: 'Rượu truyền thống', regions: ['dong-bang-bac'] },
  { base: 'Rượu ngô men lá', group: 'do-uong', trade: 'Rượu truyền thống', regions: ['mien-nui-bac'] },
  { base: 'Rượu cần', group: 'do-uong', trade: 'Rượu truyền thống', regions: ['tay-nguyen'] },
  { base: 'Rượu sim', group: 'do-uong', trade: 'Rượu truyền thống', regions: ['dong-bang-bac', 'tay-nguyen'] },
  { base: 'Rượu gạo truyền thống', group: 'do-uong', trade: 'Rượu truyền thống', regions: [] },
  { base: 'Nước cốt chanh dây', group: 'do-uong', trade: 'Đồ uống', regions: ['tay-nguyen'] },
  { base: 'Nước ép nhàu', group: 'do-uong', trade: 'Đồ uống', regions: [] },
  { base: 'Nước dừa đóng chai', group: 'do-uong', trade: 'Đồ uống', regions: ['dbscl'] },
  // Dược liệu
  { base: 'Cao atiso', group: 'duoc-lieu', trade: 'Dược liệu', regions: ['tay-nguyen'] },
  { base: 'Trà atiso túi lọc', group: 'duoc-lieu', trade: 'Dược liệu', regions: ['tay-nguyen'] },
  { base: 'Tinh dầu sả chanh', group: 'duoc-lieu', trade: 'Tinh dầu', regions: [] },
  { base: 'Tinh dầu tràm', group: 'duoc-lieu', trade: 'Tinh dầu', regions: ['bac-trung-bo'] },
  { base: 'Tinh dầu quế', group: 'duoc-lieu', trade: 'Tinh dầu', regions: ['bac-trung-bo', 'mien-nui-bac'] },
  { base: 'Sâm Ngọc Linh', group: 'duoc-lieu', trade: 'Dược liệu', regions: ['duyen-hai-nam-trung-bo', 'tay-nguyen'] },
  { base: 'Đông trùng hạ thảo', group: 'duoc-lieu', trade: 'Dược liệu', regions: [] },
  { base: 'Tinh bột nghệ', group: 'duoc-lieu', trade: 'Dược liệu', regions: [] },
  { base: 'Cao xạ đen', group: 'duoc-lieu', trade: 'Dược liệu', regions: ['dong-bang-bac', 'mien-nui-bac'] },
  { base: 'Trà túi lọc cà gai leo', group: 'duoc-lieu', trade: 'Dược liệu', regions: [] },
  { base: 'Xà phòng thảo dược', group: 'duoc-lieu', trade: 'Dược liệu', regions: [] },
  { base: 'Giảo cổ lam', group: 'duoc-lieu', trade: 'Dược liệu', regions: ['mien-nui-bac'] },
  { base: 'Tam thất', group: 'duoc-lieu', trade: 'Dược liệu', regions: ['mien-nui-bac'] },
  // Thủ công mỹ nghệ
  { base: 'Gốm sứ men lam', group: 'thu-cong-my-nghe', trade: 'Gốm sứ', regions: ['dong-bang-bac'] },
  { base: 'Gốm thủ công', group: 'thu-cong-my-nghe', trade: 'Gốm sứ', regions: [] },
  { base: 'Mây tre đan', group: 'thu-cong-my-nghe', trade: 'Mây tre đan', regions: [] },
  { base: 'Chiếu cói', group: 'thu-cong-my-nghe', trade: 'Cói', regions: ['dong-bang-bac', 'bac-trung-bo'] },
  { base: 'Thổ cẩm dệt tay', group: 'thu-cong-my-nghe', trade: 'Thổ cẩm', regions: ['mien-nui-bac', 'tay-nguyen'] },
  { base: 'Nón lá', group: 'thu-cong-my-nghe', trade: 'Nón lá', regions: ['bac-trung-bo'] },
  { base: 'Tranh thêu tay', group: 'thu-cong-my-nghe', trade: 'Thêu ren', regions: ['dong-bang-bac'] },
  { base: 'Khăn lụa tơ tằm', group: 'thu-cong-my-nghe', trade: 'Dâu tằm tơ', regions: ['dong-bang-bac', 'tay-nguyen'] },
  { base: 'Đồ gỗ mỹ nghệ', group: 'thu-cong-my-nghe', trade: 'Mỹ nghệ', regions: ['dong-bang-bac', 'duyen-hai-nam-trung-bo'] },
  { base: 'Túi lục bình', group: 'thu-cong-my-nghe', trade: 'Thủ công Mỹ nghệ', regions: ['dbscl'] },
  { base: 'Đèn lồng', group: 'thu-cong-my-nghe', trade: 'Thủ công Mỹ nghệ', regions: ['duyen-hai-nam-trung-bo'] },
  // Sinh vật cảnh
  { base: 'Lan hồ điệp', group: 'sinh-vat-canh', trade: 'Hoa cây cảnh', regions: [] },
  { base: 'Mai vàng', group: 'sinh-vat-canh', trade: 'Hoa cây cảnh', regions: ['dong-nam-bo', 'dbscl', 'duyen-hai-nam-trung-bo'] },
  { base: 'Đào cảnh', group: 'sinh-vat-canh', trade: 'Hoa cây cảnh', regions: ['dong-bang-bac'] },
  { base: 'Bonsai mini', group: 'sinh-vat-canh', trade: 'Hoa cây cảnh', regions: [] },
  { base: 'Kiểng lá', group: 'sinh-vat-canh', trade: 'Hoa cây cảnh', regions: ['dbscl'] },
  { base: 'Cá cảnh', group: 'sinh-vat-canh', trade: 'Sinh vật cảnh', regions: [] },
  // Du lịch cộng đồng
  { base: 'Điểm du lịch cộng đồng', group: 'du-lich-cong-dong', trade: 'Du lịch cộng đồng', regions: ['mien-nui-bac', 'tay-nguyen', 'bac-trung-bo'] },
  { base: 'Homestay sinh thái', group: 'du-lich-cong-dong', trade: 'Du lịch sinh thái', regions: [] },
  { base: 'Du lịch sinh thái miệt vườn', group: 'du-lich-cong-dong', trade: 'Du lịch sinh thái', regions: ['dbscl'] },
  { base: 'Du lịch trải nghiệm làng nghề', group: 'du-lich-cong-dong', trade: 'Du lịch cộng đồng', regions: ['dong-bang-bac', 'bac-trung-bo'] },
];

export const GROUP_SHARES: readonly (readonly [Group2022, number])[] = [
  ['thuc-pham', 0.6],
  ['do-uong', 0.14],
  ['duoc-lieu', 0.1],
  ['thu-cong-my-nghe', 0.09],
  ['sinh-vat-canh', 0.03],
  ['du-lich-cong-dong', 0.04],
];

/** The pre-2022 group printed on certificates issued before QĐ 919/QĐ-TTg. */
export function legacyGroup(family: Family): OcopGroup {
  switch (family.group) {
    case 'duoc-lieu':
      return 'thao-duoc';
    case 'thu-cong-my-nghe':
      return family.trade === 'Thổ cẩm' || family.trade === 'Dâu tằm tơ' ? 'vai-may-mac' : 'luu-niem-noi-that';
    case 'sinh-vat-canh':
      return 'luu-niem-noi-that';
    case 'du-lich-cong-dong':
      return 'du-lich-nong-thon';
    default:
      return family.group;
  }
}

/** Variants that tell apart two products of one maker with the same name. */
export const VARIANTS: Record<Group2022, string[]> = {
  'thuc-pham': ['loại đặc biệt', 'hộp quà', 'túi 500 g', 'hũ 250 g', 'truyền thống'],
  'do-uong': ['loại đặc biệt', 'hộp quà', 'chai 500 ml', 'túi 250 g'],
  'duoc-lieu': ['hộp 30 gói', 'lọ 100 ml', 'loại đặc biệt'],
  'thu-cong-my-nghe': ['mẫu truyền thống', 'cỡ lớn', 'bộ quà tặng'],
  'sinh-vat-canh': ['chậu lớn', 'chậu nhỏ', 'dáng trực'],
  'du-lich-cong-dong': [],
};

export const SECTOR_WORDS: Record<Group2022, string[]> = {
  'thuc-pham': ['Thực phẩm', 'Nông sản', 'Chế biến Nông sản', 'Thương mại và Dịch vụ', 'Xuất nhập khẩu Nông sản', 'Thực phẩm sạch'],
  'do-uong': ['Đồ uống', 'Thực phẩm và Đồ uống', 'Thương mại và Dịch vụ'],
  'duoc-lieu': ['Dược liệu', 'Dược thảo', 'Công nghệ Sinh học'],
  'thu-cong-my-nghe': ['Thủ công Mỹ nghệ', 'Mỹ nghệ', 'Xuất khẩu Thủ công'],
  'sinh-vat-canh': ['Hoa Cây cảnh', 'Nông nghiệp Công nghệ cao'],
  'du-lich-cong-dong': ['Du lịch Sinh thái', 'Du lịch và Dịch vụ'],
};

/** Picks a 2022 group with its national share. */
export const GROUP_TABLE = new WeightedTable(GROUP_SHARES.map(([g]) => g), GROUP_SHARES.map(([, w]) => w));

/** Families of `group` made in `region`; when there are none, those made anywhere. */
export function familiesFor(group: Group2022, region: Region): Family[] {
  const inGroup = FAMILIES.filter((f) => f.group === group);
  const local = inGroup.filter((f) => !f.regions.length || f.regions.includes(region));
  return local.length ? local : inGroup.filter((f) => !f.regions.length);
}
