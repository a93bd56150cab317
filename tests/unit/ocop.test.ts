import { describe, expect, it } from 'vitest';
import { certificateStatus, certificateValidUntil, showsStars, starsForScore } from '../../src/lib/ocop.ts';

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
