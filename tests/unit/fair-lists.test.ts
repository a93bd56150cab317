/** Which fairs each list shows, in what order, at the boundaries of a fair's dates (Vietnam time). */
import { describe, expect, it } from 'vitest';
import { comingFairs, currentFairs, fairYear, mapFairs, nearestFairs, pastFairsByYear } from '../../src/lib/fair-lists.ts';
import type { FairStatus, FairTiming } from '../../src/lib/fairs.ts';

const fair = (id: string, start: string, end: string, status: FairStatus = 'scheduled', extra: Partial<FairTiming> = {}) => ({ id, data: { start, end, status, ...extra } });
const ids = (list: { id: string }[]) => list.map((f) => f.id);

const fairs = [
  fair('past', '2026-11-01T08:00:00+07:00', '2026-11-03T21:00:00+07:00'),
  fair('cancelled-past', '2026-11-05T08:00:00+07:00', '2026-11-06T21:00:00+07:00', 'cancelled'),
  // Every Saturday 16:00–22:00 from 07/11/2026 until 26/12/2026.
  fair('weekly', '2026-11-07T16:00:00+07:00', '2026-11-07T22:00:00+07:00', 'scheduled', { repeat: { every: 'week', days: ['t7'], until: '2026-12-26' } }),
  fair('ongoing', '2026-11-28T08:00:00+07:00', '2026-11-30T21:00:00+07:00'),
  fair('postponed', '2026-12-05T08:00:00+07:00', '2026-12-07T21:00:00+07:00', 'postponed'),
  fair('rescheduled', '2026-12-01T08:00:00+07:00', '2026-12-02T21:00:00+07:00', 'postponed', { rescheduled: { start: '2027-01-10T08:00:00+07:00', end: '2027-01-11T21:00:00+07:00' } }),
  fair('cancelled-coming', '2026-12-10T08:00:00+07:00', '2026-12-12T21:00:00+07:00', 'cancelled'),
  fair('upcoming', '2026-12-20T08:00:00+07:00', '2026-12-22T21:00:00+07:00'),
];

describe('fair selections', () => {
  it.each([
    // [moment, coming (home, map page) soonest first, current (list), over or cancelled by year, on the map]
    // Monday noon: the fair of three days is on; the weekly market's next session is Saturday.
    ['2026-11-30T12:00:00+07:00', ['ongoing', 'weekly', 'upcoming', 'rescheduled'], ['ongoing', 'weekly', 'upcoming', 'rescheduled', 'postponed'], [[2026, ['cancelled-coming', 'cancelled-past', 'past']]], ['weekly', 'ongoing', 'postponed', 'rescheduled', 'upcoming']],
    // The last second of the fair still counts as on; one millisecond later it is over.
    ['2026-11-30T21:00:00+07:00', ['ongoing', 'weekly', 'upcoming', 'rescheduled'], ['ongoing', 'weekly', 'upcoming', 'rescheduled', 'postponed'], [[2026, ['cancelled-coming', 'cancelled-past', 'past']]], ['weekly', 'ongoing', 'postponed', 'rescheduled', 'upcoming']],
    ['2026-11-30T14:00:00.001Z', ['weekly', 'upcoming', 'rescheduled'], ['weekly', 'upcoming', 'rescheduled', 'postponed'], [[2026, ['cancelled-coming', 'ongoing', 'cancelled-past', 'past']]], ['weekly', 'postponed', 'rescheduled', 'upcoming']],
    // Saturday evening: the weekly market is on, so it comes first.
    ['2026-12-19T17:00:00+07:00', ['weekly', 'upcoming', 'rescheduled'], ['weekly', 'upcoming', 'rescheduled', 'postponed'], [[2026, ['cancelled-coming', 'ongoing', 'cancelled-past', 'past']]], ['weekly', 'rescheduled', 'upcoming']],
    // A postponed fair with no new dates stays on the list but leaves the map once its dates pass;
    // the weekly market is over after its last Saturday and is filed under the year of its last session.
    ['2027-01-01T00:00:00+07:00', ['rescheduled'], ['rescheduled', 'postponed'], [[2026, ['weekly', 'upcoming', 'cancelled-coming', 'ongoing', 'cancelled-past', 'past']]], ['rescheduled']],
  ] as const)('at %s', (at, coming, current, past, onMap) => {
    const now = new Date(at);
    expect(ids(comingFairs(fairs, now))).toEqual(coming);
    expect(ids(currentFairs(fairs, now))).toEqual(current);
    expect(pastFairsByYear(fairs, now).map((y) => [y.year, ids(y.fairs)])).toEqual(past);
    expect(ids(mapFairs(fairs, now))).toEqual(onMap);
  });

  it('files a fair over under the year of its last session, a cancelled one under the year it was to open', () => {
    expect(fairYear({ start: '2025-12-30T08:00:00+07:00', end: '2026-01-02T21:00:00+07:00', status: 'scheduled' })).toBe(2026);
    expect(fairYear({ start: '2027-03-01T08:00:00+07:00', end: '2027-03-02T21:00:00+07:00', status: 'cancelled' })).toBe(2027);
    expect(fairYear({ start: '2026-11-07T16:00:00+07:00', end: '2026-11-07T22:00:00+07:00', status: 'scheduled', repeat: { every: 'week', days: ['t7'], until: '2028-06-30' } })).toBe(2028);
  });

  it('lists the nearest fairs on now or coming, of one kind when asked', () => {
    const placed = [
      { id: 'far', kind: 'a', lat: 21.03, lng: 105.85, ...fairs[7]!.data },
      { id: 'near', kind: 'b', lat: 10.78, lng: 106.7, ...fairs[7]!.data },
      { id: 'near-but-over', kind: 'b', lat: 10.78, lng: 106.7, ...fairs[0]!.data },
      { id: 'mid', kind: 'a', lat: 16.05, lng: 108.2, ...fairs[3]!.data },
    ];
    const now = new Date('2026-11-30T12:00:00+07:00');
    const here = { lat: 10.77, lng: 106.69 };
    expect(nearestFairs(placed, here, now, 10).map((x) => x.fair.id)).toEqual(['near', 'mid', 'far']);
    expect(nearestFairs(placed, here, now, 10, 'a').map((x) => x.fair.id)).toEqual(['mid', 'far']);
    expect(nearestFairs(placed, here, now, 1)[0]!.km).toBeLessThan(2);
  });
});
