/** Which posts a build publishes: never drafts; dated posts from their day on, in Vietnam time. */
import { describe, expect, it } from 'vitest';
import { isPublished } from '../../src/lib/news.ts';

describe('isPublished', () => {
  const cases: [string, { draft?: boolean; date: string }, string, boolean][] = [
    ['a post dated before the build', { date: '2026-11-30' }, '2026-12-01T03:00:00Z', true],
    ['a post dated the day of the build', { date: '2026-12-01' }, '2026-12-01T03:00:00Z', true],
    ['a post dated the day after the build', { date: '2026-12-02' }, '2026-12-01T03:00:00Z', false],
    ['at 16:59 UTC, still 23:59 the day before in Vietnam', { date: '2026-12-02' }, '2026-12-01T16:59:59Z', false],
    ['at 17:00 UTC, already 00:00 of that day in Vietnam', { date: '2026-12-02' }, '2026-12-01T17:00:00Z', true],
    ['a draft dated in the past', { draft: true, date: '2020-01-01' }, '2026-12-01T03:00:00Z', false],
    ['a draft dated today', { draft: true, date: '2026-12-01' }, '2026-12-01T03:00:00Z', false],
    ['draft: false is published', { draft: false, date: '2026-01-01' }, '2026-12-01T03:00:00Z', true],
  ];
  for (const [name, post, now, expected] of cases) {
    it(name, () => expect(isPublished(post, new Date(now))).toBe(expected));
  }
});
