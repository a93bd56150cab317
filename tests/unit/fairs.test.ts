import { describe, expect, it } from 'vitest';
import { fairPhase } from '../../src/lib/fairs.ts';

const fair = { start: '2026-11-28T08:00:00+07:00', end: '2026-11-30T21:00:00+07:00', status: 'scheduled' as const };

describe('fairPhase', () => {
  it.each([
    ['2026-11-28T07:59:00+07:00', 'upcoming'],
    ['2026-11-28T08:00:00+07:00', 'ongoing'],
    ['2026-11-30T21:00:00+07:00', 'ongoing'],
    ['2026-11-30T21:01:00+07:00', 'past'],
  ])('at %s is %s', (now, phase) => {
    expect(fairPhase(fair, new Date(now))).toBe(phase);
  });

  it('says cancelled or postponed whatever the clock', () => {
    expect(fairPhase({ ...fair, status: 'cancelled' }, new Date('2026-11-29T10:00:00+07:00'))).toBe('cancelled');
    expect(fairPhase({ ...fair, status: 'postponed' }, new Date('2027-01-01T00:00:00+07:00'))).toBe('postponed');
  });
});
