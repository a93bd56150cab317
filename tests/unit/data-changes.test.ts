/**
 * What changed between two published builds of the open data (lib/data-changes.ts): each kind of
 * change found from the rows alone, nothing found where nothing changed or where the previous
 * build did not publish a dataset, and the log kept newest first without repeats.
 */
import { describe, expect, it } from 'vitest';
import { diffSnapshots, isDataChange, mergeLog, type DataChange, type ExportRow, type Snapshot } from '../../src/lib/data-changes.ts';

const snap = (sets: Record<string, ExportRow[]>): Snapshot => new Map(Object.entries(sets).map(([k, rows]) => [k, new Map(rows.map((r) => [r.id, r]))]));
const AT = '2026-12-06T02:00:00.000Z';
const DAY = '2026-12-06';
const found = (before: Record<string, ExportRow[]>, after: Record<string, ExportRow[]>) =>
  diffSnapshots(snap(before), snap(after), AT, DAY).map((c) => `${c.kind} ${c.dataset} ${c.record}: ${c.detail}`);

const point = (id: string, more: Partial<ExportRow> = {}): ExportRow => ({ id, url: `https://x.vn/diem-ban/${id}/`, name: `Điểm ${id}`, status: 'active', ...more });
const product = (id: string, more: Partial<ExportRow> = {}): ExportRow => ({ id, url: `https://x.vn/san-pham/${id}/`, name: `Sản phẩm ${id}`, ocopStars: 4, ocopStatus: 'valid', ...more });
const fair = (id: string, more: Partial<ExportRow> = {}): ExportRow => ({ id, url: `https://x.vn/hoi-cho/${id}/`, title: `Hội chợ ${id}`, status: 'scheduled', ...more });

describe('changes between two builds', () => {
  it.each([
    ['a point added', { 'diem-ban': [point('a')] }, { 'diem-ban': [point('a'), point('b')] }, ['added diem-ban b: Thêm điểm bán mới.']],
    ['a point removed', { 'diem-ban': [point('a'), point('b')] }, { 'diem-ban': [point('a')] }, ['removed diem-ban b: Điểm bán không còn trong dữ liệu được công bố.']],
    ['a point closed', { 'diem-ban': [point('a')] }, { 'diem-ban': [point('a', { status: 'closed', closedDate: '2026-12-04' })] }, ['closed diem-ban a: Ngừng hoạt động từ ngày 04/12/2026.']],
    [
      'a certificate revoked',
      { 'san-pham': [product('a')] },
      { 'san-pham': [product('a', { ocopStatus: 'revoked', ocopRevokedDecisionNumber: '99/QĐ-UBND', ocopRevokedDate: '2026-12-05', ocopRevokedReason: 'Không duy trì chất lượng' })] },
      ['revoked san-pham a: Thu hồi theo quyết định 99/QĐ-UBND từ ngày 05/12/2026: Không duy trì chất lượng.'],
    ],
    ['a certificate expired', { 'san-pham': [product('a', { ocopStatus: 'expiring' })] }, { 'san-pham': [product('a', { ocopStatus: 'expired', ocopValidUntil: '2026-12-04' })] }, ['expired san-pham a: Chứng nhận OCOP 4 sao hết hiệu lực sau ngày 04/12/2026.']],
    ['a revoked certificate that also ran out: not "expired" again', { 'san-pham': [product('a', { ocopStatus: 'revoked' })] }, { 'san-pham': [product('a', { ocopStatus: 'expired' })] }, []],
    ['a fair cancelled', { 'hoi-cho': [fair('a')] }, { 'hoi-cho': [fair('a', { status: 'cancelled', statusNote: 'Hủy vì mưa bão.' })] }, ['cancelled hoi-cho a: Hủy vì mưa bão.']],
    ['a fair postponed', { 'hoi-cho': [fair('a')] }, { 'hoi-cho': [fair('a', { status: 'postponed', statusNote: 'Tạm hoãn.' })] }, ['postponed hoi-cho a: Tạm hoãn.']],
    ['a fair already postponed, still postponed', { 'hoi-cho': [fair('a', { status: 'postponed' })] }, { 'hoi-cho': [fair('a', { status: 'postponed' })] }, []],
    ['nothing changed', { 'diem-ban': [point('a')] }, { 'diem-ban': [point('a')] }, []],
    ['a dataset the previous build did not publish: not all "added"', {}, { 'hoi-cho': [fair('a'), fair('b')] }, []],
  ] as [string, Record<string, ExportRow[]>, Record<string, ExportRow[]>, string[]][])('%s', (_name, before, after, expected) => {
    expect(found(before, after)).toEqual(expected);
  });

  it('dates each change by the build and keeps the page of a record still there', () => {
    const [added] = diffSnapshots(snap({ 'diem-ban': [] }), snap({ 'diem-ban': [point('b')] }), AT, DAY);
    expect(added).toEqual({ key: `${DAY}:added:diem-ban:b`, day: DAY, at: AT, kind: 'added', dataset: 'diem-ban', record: 'b', title: 'Điểm b', url: 'https://x.vn/diem-ban/b/', detail: 'Thêm điểm bán mới.' });
    expect(isDataChange(added)).toBe(true);
    expect(isDataChange({ ...added, kind: 'renamed' })).toBe(false);
  });
});

describe('the log', () => {
  const change = (at: string, record: string): DataChange => ({ key: `${at.slice(0, 10)}:added:diem-ban:${record}`, day: at.slice(0, 10), at, kind: 'added', dataset: 'diem-ban', record, title: record, url: null, detail: '' });

  it('puts this build’s changes first, keeps each once, at most `keep`', () => {
    const earlier = [change('2026-12-01T02:00:00.000Z', 'a'), change('2026-11-20T02:00:00.000Z', 'z')];
    const fresh = [change('2026-12-06T02:00:00.000Z', 'b')];
    expect(mergeLog(earlier, fresh, 10).map((c) => c.record)).toEqual(['b', 'a', 'z']);
    expect(mergeLog(mergeLog(earlier, fresh, 10), [], 10)).toEqual(mergeLog(earlier, fresh, 10));
    expect(mergeLog([...earlier, earlier[0]!], [], 10)).toHaveLength(2);
    expect(mergeLog(earlier, fresh, 2).map((c) => c.record)).toEqual(['b', 'a']);
  });
});
