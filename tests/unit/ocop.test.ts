import { describe, expect, it } from 'vitest';
import { certificateSentence, certificateStatus, certificateValidUntil, INDEX_STATE, indexStateAt, indexStateText, showsStars, starsForScore, starsWithState, statusUntil } from '../../src/lib/ocop.ts';

const at = (iso: string) => new Date(iso);

describe('certificateValidUntil', () => {
  it('lasts 36 months from the decision date', () => {
    expect(certificateValidUntil('2023-02-24')).toBe('2026-02-23');
    expect(certificateValidUntil('2024-02-29')).toBe('2027-02-27'); // no 29/02/2027: clamp to 28, last valid day 27
  });
});

describe('certificateStatus', () => {
  const cert = { decisionDate: '2023-12-15' }; // valid through 2026-12-14
  it.each([
    ['2026-09-15T10:00:00+07:00', 'expiring'], // exactly 90 days before the end
    ['2026-09-14T10:00:00+07:00', 'valid'], // 91 days before
    ['2026-12-14T23:59:00+07:00', 'expiring'], // last valid day, late evening in Vietnam
    ['2026-12-14T17:00:00Z', 'expired'], // = 00:00 on 15/12 in Vietnam, still 14/12 in UTC
    ['2027-01-01T00:00:00+07:00', 'expired'],
  ])('at %s is %s', (now, expected) => {
    expect(certificateStatus(cert, at(now))).toBe(expected);
  });

  it('is revoked from the revocation day on, whatever the dates', () => {
    const revoked = { decisionDate: '2025-06-01', revokedDate: '2026-03-10' };
    expect(certificateStatus(revoked, at('2026-03-09T12:00:00+07:00'))).toBe('valid');
    expect(certificateStatus(revoked, at('2026-03-10T00:00:00+07:00'))).toBe('revoked');
  });

  it('never lets an expired certificate show its stars', () => {
    expect(showsStars(certificateStatus({ decisionDate: '2021-05-01' }, at('2026-11-22T00:00:00Z')))).toBe(false);
    expect(showsStars('expiring')).toBe(true);
  });
});

describe('starsForScore', () => {
  it.each([
    [49, undefined],
    [50, 3],
    [69, 3],
    [70, 4],
    [89, 4],
    [90, 5],
    [100, 5],
  ])('%i points → %s stars', (score, stars) => {
    expect(starsForScore(score)).toBe(stars);
  });
});

describe('certificate words: the status as a sentence, stars never bare', () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    ['valid', '2028-08-13', undefined, '2026-11-30T10:00:00+07:00', 'Còn hiệu lực đến 13/08/2028', '3 sao – còn hiệu lực đến 13/08/2028'],
    ['expiring', '2027-01-15', undefined, '2026-12-01T10:00:00+07:00', 'Sắp hết hạn – còn hiệu lực đến 15/01/2027, còn 45 ngày', '3 sao – sắp hết hạn 15/01/2027'],
    ['expiring', '2027-01-15', undefined, '2027-01-15T23:00:00+07:00', 'Sắp hết hạn – còn hiệu lực đến 15/01/2027, hôm nay là ngày cuối', '3 sao – sắp hết hạn 15/01/2027'],
    ['expired', '2025-11-14', undefined, '2026-11-30T10:00:00+07:00', 'Đã hết hạn – hiệu lực đến hết ngày 14/11/2025', '3 sao – đã hết hạn 14/11/2025'],
    ['revoked', '2027-06-04', '2026-02-01', '2026-11-30T10:00:00+07:00', 'Đã thu hồi ngày 01/02/2026', '3 sao – đã thu hồi 01/02/2026'],
  ] as const)('%s (until %s, revoked %s) at %s', (status, until, revoked, now, sentence, stars) => {
    expect(statusUntil(until, revoked, at(now))).toBe(status);
    const s = certificateSentence(status, until, revoked, at(now));
    expect(s.label + s.rest).toBe(sentence);
    expect(starsWithState(3, status, until, revoked)).toBe(stars);
  });

  it('takes the record’s own last day over 36 months when given', () => {
    expect(certificateValidUntil('2024-01-16')).toBe('2027-01-15');
    expect(certificateValidUntil('2024-01-16', '2026-06-30')).toBe('2026-06-30');
    expect(certificateStatus({ decisionDate: '2024-01-16', validUntil: '2026-06-30' }, at('2026-07-01T00:00:00+07:00'))).toBe('expired');
  });

  it.each([
    ['2027-01-15', undefined, '2026-12-01T10:00:00+07:00', 'expiring', 'sắp hết hạn 15/01/2027'],
    ['2027-01-15', undefined, '2036-12-01T10:00:00+07:00', 'expired', 'đã hết hạn 15/01/2027'],
    ['2028-08-13', '2026-02-01', '2026-11-30T10:00:00+07:00', 'revoked', 'đã thu hồi 01/02/2026'],
    ['2028-08-13', '2027-02-01', '2026-11-30T10:00:00+07:00', 'valid', 'thu hồi từ ngày 01/02/2027'],
  ] as const)('the search index words for until %s, revoked %s read at %s: %s', (until, revoked, now, status, words) => {
    const text = `OCOP 3 sao – ${indexStateText(until, revoked)}, nhóm Thực phẩm`;
    const match = INDEX_STATE.exec(text);
    expect(match).not.toBeNull();
    expect(indexStateAt(match!, at(now))).toEqual({ status, words });
  });
});
