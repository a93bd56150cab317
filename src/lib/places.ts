/** Places in words: province and commune names from their 2025 codes, and whole addresses. */
import { communeByCode, provinceByCode } from './admin-units.ts';

/** Province name by code, or the code itself when unknown. */
export function provinceName(code: string): string {
  return provinceByCode(code)?.name ?? code;
}

/** Commune (xã, phường, đặc khu) name by code, or undefined when unknown. */
export function communeName(code: string): string | undefined {
  return communeByCode(code)?.name;
}

/** "135 Nam Kỳ Khởi Nghĩa, Phường Bến Thành, Thành phố Hồ Chí Minh". */
export function formatAddress(a: { street: string; commune: string; province: string }): string {
  return [a.street, communeName(a.commune) ?? a.commune, provinceName(a.province)].join(', ');
}
