/**
 * Units that had already changed before the 2025 reorganisation but that people still name: the
 * old→new mapping starts from the units of 2024, so a ward merged in 2021 is not in it. Each row
 * says which 2024 unit it went into, and where that is decreed. Kept short and sourced; add a row
 * only with its resolution.
 */

/** A commune merged into another before 2025. */
export interface EarlierCommune {
  /** Its name then, e.g. "Phường 7". */
  name: string;
  /** Its district then. */
  district: string;
  /** Its province then, as the mapping writes it. */
  province: string;
  /** The 2024 commune of the same district it went into (a name of the mapping's old side). */
  into: string;
  /** The year the change took effect. */
  year: number;
  /** The resolution that decided it. */
  source: string;
}

/** A district renamed or merged into another before 2025. */
export interface EarlierDistrict {
  /** The names it had, e.g. "Quận 2". */
  names: string[];
  /** The 2024 district (as the mapping writes it) its communes were in. */
  into: string;
  province: string;
  year: number;
  source: string;
}

const HCM = 'Thành phố Hồ Chí Minh';
const NQ_1111 = 'Nghị quyết 1111/NQ-UBTVQH14 ngày 09/12/2020 của Ủy ban Thường vụ Quốc hội';

export const EARLIER_COMMUNES: readonly EarlierCommune[] = ['Phường 6', 'Phường 7', 'Phường 8'].map((name) => ({
  name,
  district: 'Quận 3',
  province: HCM,
  into: 'Phường Võ Thị Sáu',
  year: 2021,
  source: NQ_1111,
}));

export const EARLIER_DISTRICTS: readonly EarlierDistrict[] = [
  { names: ['Quận 2', 'Quận 9', 'Quận Thủ Đức'], into: 'Thành phố Thủ Đức', province: HCM, year: 2021, source: NQ_1111 },
];
