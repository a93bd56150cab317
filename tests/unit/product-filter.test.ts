import { describe, expect, it } from 'vitest';
import { filterQuery, filterRows, optionCounts, parseFilter, rowStatuses, type FilterData } from '../../src/lib/product-filter.ts';

const data: FilterData = {
  groups: [['thuc-pham', 'Thực phẩm'], ['do-uong', 'Đồ uống']],
  provinces: [['52', 'Gia Lai', 'gia-lai'], ['96', 'Cà Mau', 'ca-mau']],
  rows: [
    ['a', 'A', 'X', 0, 0, 3, '2030-01-01', ''], // valid
    ['b', 'B', 'X', 0, 1, 4, '2026-12-31', ''], // expiring on 2026-11-30 (31 days left)
    ['c', 'C', 'Y', 1, 0, 4, '2025-11-14', ''], // expired
    ['d', 'D', 'Y', 1, 0, 5, '2030-01-01', '2026-02-01'], // revoked
    ['e', 'E', 'Y', 1, -1, 0, '', ''], // no certificate
  ],
};
const now = new Date('2026-11-30T10:00:00+07:00');
const statuses = rowStatuses(data.rows, now);

describe('product filters', () => {
  it('computes each row’s status with the certificate rule, on Vietnam’s calendar', () => {
    expect(statuses).toEqual(['valid', 'expiring', 'expired', 'revoked', undefined]);
    // 90 days before the end is still "expiring"; 91 is valid.
    expect(rowStatuses([['x', 'X', '', 0, 0, 3, '2027-02-28', '']], now)).toEqual(['expiring']);
    expect(rowStatuses([['x', 'X', '', 0, 0, 3, '2027-03-01', '']], now)).toEqual(['valid']);
    // 23:30 UTC on 30/11 is already 1/12 in Vietnam.
    expect(rowStatuses([['x', 'X', '', 0, 0, 3, '2026-11-30', '']], new Date('2026-11-30T17:30:00Z'))).toEqual(['expired']);
  });

  it.each([
    [{}, [0, 1, 2, 3, 4]],
    [{ group: 'thuc-pham' }, [0, 2, 3]],
    [{ stars: 4 }, [1, 2]],
    [{ province: 'ca-mau' }, [2, 3, 4]],
    [{ status: 'expired' as const }, [2]],
    [{ province: 'ca-mau', group: 'thuc-pham', stars: 4 }, [2]],
    [{ province: 'gia-lai', status: 'revoked' as const }, []],
  ])('%o keeps rows %o', (f, want) => {
    expect(filterRows(data, statuses, f)).toEqual(want);
  });

  it('counts each choice with the other filters applied', () => {
    const c = optionCounts(data, statuses, { province: 'ca-mau', group: 'thuc-pham' });
    expect(c.groups).toEqual([2, 0]); // in Cà Mau, any group
    expect(c.provinces).toEqual([1, 2]); // thực phẩm, any province
    expect(c.stars).toEqual({ 3: 0, 4: 1, 5: 1 });
    expect(c.status).toEqual({ valid: 0, expiring: 0, expired: 1, revoked: 1 });
  });

  it('round-trips through the address and ignores unknown values', () => {
    const f = { group: 'do-uong', stars: 4, province: 'gia-lai', status: 'expiring' as const };
    expect(filterQuery(f)).toBe('?nhom=do-uong&sao=4&tinh=gia-lai&tinh-trang=sap-het-han');
    expect(parseFilter(filterQuery(f), data)).toEqual(f);
    expect(parseFilter('?nhom=khong-co&sao=7&tinh=ha-noi&tinh-trang=x', data)).toEqual({ group: undefined, stars: undefined, province: undefined, status: undefined });
    expect(filterQuery({})).toBe('');
  });
});
