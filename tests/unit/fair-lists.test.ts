/** Which fairs each list shows, at the boundaries of a fair's dates (Vietnam time). */
import { describe, expect, it } from 'vitest';
import { cancelledFairs, comingFairs, currentFairs, FAIRS_ASIDE, mapFairs, pastFairs } from '../../src/lib/fair-lists.ts';
import type { FairStatus } from '../../src/lib/fairs.ts';

const fair = (id: string, start: string, end: string, status: FairStatus = 'scheduled') => ({ id, data: { start, end, status } });

// In opening order, as the site keeps them.
const fairs = [
  fair('past', '2026-11-01T08:00:00+07:00', '2026-11-03T21:00:00+07:00'),
  fair('cancelled-past', '2026-11-05T08:00:00+07:00', '2026-11-06T21:00:00+07:00', 'cancelled'),
  fair('ongoing', '2026-11-28T08:00:00+07:00', '2026-11-30T21:00:00+07:00'),
  fair('postponed', '2026-12-05T08:00:00+07:00', '2026-12-07T21:00:00+07:00', 'postponed'),
  fair('cancelled-coming', '2026-12-10T08:00:00+07:00', '2026-12-12T21:00:00+07:00', 'cancelled'),
  fair('upcoming', '2026-12-20T08:00:00+07:00', '2026-12-22T21:00:00+07:00'),
];
const ids = (list: { id: string }[]) => list.map((f) => f.id);

describe('fair selections', () => {
  it.each([
    // [moment, coming (home, map page), current (list), cancelled (list), past (list), on the map]
    ['2026-11-30T12:00:00+07:00', ['ongoing', 'upcoming'], ['ongoing', 'postponed', 'upcoming'], ['cancelled-coming'], ['past'], ['ongoing', 'postponed', 'upcoming']],
    // The last second of the fair still counts as on; one millisecond later it is over.
    ['2026-11-30T21:00:00+07:00', ['ongoing', 'upcoming'], ['ongoing', 'postponed', 'upcoming'], ['cancelled-coming'], ['past'], ['ongoing', 'postponed', 'upcoming']],
    ['2026-11-30T21:00:00.001+07:00', ['upcoming'], ['postponed', 'upcoming'], ['cancelled-coming'], ['ongoing', 'past'], ['postponed', 'upcoming']],
    // A postponed fair stays on the list (it may get new dates) but leaves the map once its dates pass.
    ['2027-01-01T00:00:00+07:00', [], ['postponed'], [], ['upcoming', 'ongoing', 'past'], []],
  ])('at %s', (at, coming, current, cancelled, past, onMap) => {
    const now = new Date(at);
    expect(ids(comingFairs(fairs, now))).toEqual(coming);
    expect(ids(currentFairs(fairs, now))).toEqual(current);
    expect(ids(cancelledFairs(fairs, now))).toEqual(cancelled);
    expect(ids(pastFairs(fairs, now))).toEqual(past);
    expect(ids(mapFairs(fairs, now))).toEqual(onMap);
  });

  it(`keeps at most ${FAIRS_ASIDE} past fairs, the latest first`, () => {
    const many = Array.from({ length: 20 }, (_, i) => fair(`f${i}`, `2025-01-${String(i + 1).padStart(2, '0')}T08:00:00+07:00`, `2025-01-${String(i + 1).padStart(2, '0')}T20:00:00+07:00`));
    const past = pastFairs(many, new Date('2026-01-01T00:00:00+07:00'));
    expect(past).toHaveLength(FAIRS_ASIDE);
    expect(past[0]!.id).toBe('f19');
  });
});
