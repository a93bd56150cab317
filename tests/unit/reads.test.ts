/** What a computation reads of the site's data: the view cache reuses a route family by it (data/families.ts). */
import { describe, expect, it } from 'vitest';
import { memoOnData, noteUntracked, readsOfSync, tracked } from '../../src/data/reads.ts';
import type { SiteData } from '../../src/data/site-data.ts';

/** A stand-in for the site's data: only the fields the computations below read matter. */
const fake = () => ({ now: new Date('2026-12-03T01:00:00Z'), points: [{ id: 'a' }], news: [{ id: 'n' }], fairs: [], plans: [] }) as unknown as SiteData;

describe('reads of the site’s data', () => {
  it('notes each field a computation reads, and nothing it does not', () => {
    const data = tracked(fake());
    const { value, reads } = readsOfSync(() => data.points.length + data.news.length);
    expect(value).toBe(2);
    expect([...reads].sort()).toEqual(['news', 'points']);
    // The tracked object shows the same values and fields as the data.
    expect(data.points).toEqual([{ id: 'a' }]);
    expect(Object.keys(data).sort()).toEqual(['fairs', 'news', 'now', 'plans', 'points']);
  });

  it('gives one tracked object per data, so values memoised on it are shared', () => {
    const raw = fake();
    expect(tracked(raw)).toBe(tracked(raw));
  });

  it('counts reads after an await for the computation that awaited', async () => {
    const data = tracked(fake());
    const { value, reads } = readsOfSync(async () => {
      await new Promise((r) => setTimeout(r, 5));
      return data.fairs;
    });
    await value;
    expect([...reads]).toEqual(['fairs']);
  });

  it('keeps two computations apart, and a nested one counts for both', () => {
    const data = tracked(fake());
    const outer = readsOfSync(() => {
      void data.plans;
      const inner = readsOfSync(() => data.news);
      expect([...inner.reads]).toEqual(['news']);
    });
    expect([...outer.reads].sort()).toEqual(['news', 'plans']);
    expect([...readsOfSync(() => data.now).reads]).toEqual(['now']);
  });

  it('replays a memoised value’s reads to every computation that uses it, not only the first', () => {
    const data = tracked(fake());
    let computed = 0;
    const names = memoOnData((d) => (computed++, d.points.map((p) => p.id)));
    const first = readsOfSync(() => names(data));
    const second = readsOfSync(() => names(data));
    expect(computed).toBe(1);
    expect(second.value).toBe(first.value);
    expect([...first.reads]).toEqual(['points']);
    expect([...second.reads]).toEqual(['points']);
  });

  it('marks a computation that read something without a fingerprint', () => {
    expect([...readsOfSync(() => noteUntracked()).reads]).toEqual(['untracked']);
    // Outside any computation, nothing is noted and nothing fails.
    expect(() => noteUntracked()).not.toThrow();
  });
});
