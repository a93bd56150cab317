/**
 * Word lists and the small phrases built from them: people's names, business brands, streets and
 * hamlets, phone numbers, opening hours, and Vietnamese list wording.
 */
import type { Province } from '../../src/lib/admin-units.ts';
import type { Place } from './geography.ts';
import { hash32, type Rng } from './random.ts';

const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Lương', 'Trịnh', 'Mai'];
const FAMILY_WEIGHTS = [38, 11, 9, 7, 5, 4, 4, 4, 3, 2, 2, 2, 2, 1.5, 1, 1, 1, 0.8, 0.8, 0.8];
const MIDDLE_NAMES_F = ['Thị', 'Thị Thu', 'Thị Thanh', 'Ngọc', 'Thị Kim', 'Thị Hồng', 'Thị Mỹ'];
const MIDDLE_NAMES_M = ['Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Thanh', 'Công', 'Xuân'];
const GIVEN_F = ['Lan', 'Hoa', 'Mai', 'Hương', 'Hạnh', 'Thảo', 'Trang', 'Linh', 'Yến', 'Nhung', 'Hằng', 'Oanh', 'Phượng', 'Loan', 'Vân', 'Tuyết', 'Hà', 'Dung', 'Nga', 'Thủy'];
const GIVEN_M = ['Hùng', 'Dũng', 'Tuấn', 'Nam', 'Bình', 'An', 'Phúc', 'Sơn', 'Hải', 'Long', 'Tâm', 'Thắng', 'Cường', 'Khánh', 'Toàn', 'Trung', 'Lộc', 'Phong', 'Hiếu', 'Tài'];

export const BRANDS = [
  'Phú Hưng', 'Thành Đạt', 'Hưng Thịnh', 'Sao Việt', 'Đất Việt', 'Tân Phát', 'An Phú', 'Minh Châu', 'Kim Ngân', 'Phúc Lộc',
  'Thiên Phú', 'Hồng Phát', 'Việt Xanh', 'Bảo Ngọc', 'Trường Thịnh', 'Vạn Lợi', 'Đại Phát', 'Tâm An', 'Quê Hương', 'Đồng Xanh',
  'Hoa Sen', 'Ngọc Minh', 'Thuận Phát', 'Phước Lộc', 'Nam Việt', 'Hòa Bình', 'Tân Tiến', 'Hương Quê', 'Mộc Nhiên', 'Làng Xưa',
  'Gia Bảo', 'Đông Á', 'Hợp Nhất', 'Tiến Thành', 'Bình An', 'Xuân Mai', 'Nhật Minh', 'Thịnh Vượng', 'Đức Tín', 'Kim Phát',
];

export const STREETS = [
  'Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Huệ', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Quang Trung', 'Nguyễn Trãi', 'Hùng Vương', 'Lê Duẩn',
  'Phan Chu Trinh', 'Điện Biên Phủ', 'Võ Thị Sáu', 'Nguyễn Văn Cừ', 'Trần Phú', 'Bà Triệu', 'Ngô Quyền', 'Lê Thánh Tông', 'Hoàng Diệu',
  'Nguyễn Thị Minh Khai', 'Cách Mạng Tháng Tám', 'Nguyễn Du', 'Tôn Đức Thắng', 'Phạm Văn Đồng', 'Võ Nguyên Giáp', 'Nguyễn Chí Thanh',
  'Lạc Long Quân', 'Âu Cơ', 'Chu Văn An', 'Lê Hồng Phong', 'Phan Đình Phùng', 'Trường Chinh', 'Nguyễn Tất Thành', 'Lê Quý Đôn',
];
const HAMLET_WORDS = ['Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ', 'An', 'Bình', 'Phú', 'Tân', 'Hòa', 'Thạnh', 'Long', 'Mỹ', 'Hưng', 'Lợi', 'Thuận', 'Phước', 'Lộc', 'Thịnh', 'Yên', 'Đồng', 'Xuân'];
const MOUNTAIN_VILLAGES = ['Na Sang', 'Hua Lá', 'Nà Tấu', 'Pá Khoang', 'Nậm Cang', 'Khuổi Ky', 'Lũng Cẩm', 'Phiêng Luông', 'Co Muông', 'Huổi Lếch', 'Pắc Ngòi', 'Bản Mòng', 'Tả Van', 'Sín Chải', 'Nà Hang'];
const HIGHLAND_VILLAGES = ['Buôn Kô Sir', 'Buôn Ako Dhông', 'Buôn Trấp', 'Buôn Tơng Jú', 'Làng Plei Ring', 'Làng Plei Ơi', 'Làng Đê Kjiêng', 'Làng Kon Klor', 'Buôn Ea Bông', 'Làng Kép'];

export const OPENING_HOURS = ['Mo-Su 07:00-21:00', 'Mo-Su 06:30-20:00', 'Mo-Sa 07:30-20:30; Su 08:00-12:00', 'Mo-Su 08:00-22:00', 'Mo-Su 05:30-18:00', 'Mo-Fr 07:30-17:00; Sa 07:30-11:30'];

/** A Vietnamese full name: family name by its real frequency, middle and given name by gender. */
export function personName(rng: Rng): string {
  const female = rng.chance(0.55);
  return `${rng.weighted(FAMILY_NAMES, FAMILY_WEIGHTS)} ${rng.pick(female ? MIDDLE_NAMES_F : MIDDLE_NAMES_M)} ${rng.pick(female ? GIVEN_F : GIVEN_M)}`;
}

/** The street part of an address, as it is written in the region of `place`: a house number in a ward, a hamlet, village or "ấp" elsewhere. */
export function street(rng: Rng, place: Place): string {
  if (place.commune.name.startsWith('Đặc khu')) return rng.chance(0.5) ? `Khu phố ${rng.int(1, 8)}` : `${rng.int(1, 250)} ${rng.pick(STREETS)}`;
  if (place.isUrban) {
    const n = rng.int(1, 420);
    switch (rng.int(0, 4)) {
      case 0:
        return `Số ${n} đường ${rng.pick(STREETS)}`;
      case 1:
        return `${n}/${rng.int(1, 40)} ${rng.pick(STREETS)}`;
      case 2:
        return `${n}${rng.pick(['A', 'B', 'C'])} ${rng.pick(STREETS)}`;
      default:
        return `${n} ${rng.pick(STREETS)}`;
    }
  }
  switch (place.region) {
    case 'mien-nui-bac':
      return rng.chance(0.5) ? `Bản ${rng.pick(MOUNTAIN_VILLAGES)}` : `Thôn ${rng.pick(HAMLET_WORDS)} ${rng.pick(HAMLET_WORDS)}`;
    case 'tay-nguyen':
      return rng.chance(0.4) ? rng.pick(HIGHLAND_VILLAGES) : `Thôn ${rng.int(1, 12)}`;
    case 'dong-nam-bo':
    case 'dbscl':
      return rng.chance(0.6) ? `Ấp ${rng.pick(HAMLET_WORDS)} ${rng.pick(HAMLET_WORDS)}` : `Ấp ${rng.int(1, 9)}`;
    case 'dong-bang-bac':
      return rng.chance(0.5) ? `Thôn ${rng.pick(HAMLET_WORDS)}` : `Xóm ${rng.int(1, 12)}, thôn ${rng.pick(HAMLET_WORDS)} ${rng.pick(HAMLET_WORDS)}`;
    default:
      return rng.chance(0.6) ? `Thôn ${rng.pick(HAMLET_WORDS)} ${rng.pick(HAMLET_WORDS)}` : `Thôn ${rng.int(1, 10)}`;
  }
}

/** A mobile number with a real carrier prefix, grouped "0912 345 678". */
export function mobile(rng: Rng): string {
  const prefix = rng.pick(['090', '091', '093', '094', '096', '097', '098', '086', '083', '088', '070', '079', '077', '081', '085']);
  return `${prefix}${rng.int(0, 9)} ${String(rng.int(0, 999)).padStart(3, '0')} ${String(rng.int(0, 999)).padStart(3, '0')}`;
}

/** A landline number with the area code of Hà Nội (024), Hồ Chí Minh City (028) or, elsewhere, one fixed per province. */
export function landline(rng: Rng, province: Province): string {
  if (province.code === '01') return `024 ${rng.int(3, 3)}${String(rng.int(0, 9999999)).padStart(7, '0').slice(0, 3)} ${String(rng.int(0, 9999)).padStart(4, '0')}`;
  if (province.code === '79') return `028 ${rng.int(3, 3)}${String(rng.int(0, 999)).padStart(3, '0')} ${String(rng.int(0, 9999)).padStart(4, '0')}`;
  const area = 200 + (hash32(province.code) % 100);
  return `0${area} ${rng.int(3, 3)}${String(rng.int(0, 999)).padStart(3, '0')} ${String(rng.int(0, 999)).padStart(3, '0')}`;
}

/** The sentence with its first letter in upper case. */
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "a, b và c". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}
