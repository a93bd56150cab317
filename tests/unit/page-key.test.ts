/** Page cache keys come from the view model: any change to what a page shows changes its key. */
import { describe, expect, it } from 'vitest';
import { stamp } from '../../src/data/clock.ts';
import { pageKey, pageProps } from '../../src/data/page.ts';

const data = { siteDigest: 'site-1', now: new Date('2026-11-30T03:00:00Z') };
const view = { layout: { path: '/san-pham/a/', title: 'Mật ong' }, name: 'Mật ong', stars: 4, asOf: stamp(data.now) };

describe('page keys', () => {
  it('are the same for equal view models', () => {
    expect(pageKey(data, view)).toBe(pageKey(data, structuredClone(view)));
  });

  it.each([
    ['a shown text', { ...view, name: 'Mật ong rừng' }],
    ['a number', { ...view, stars: 5 }],
    ['a nested field', { ...view, layout: { ...view.layout, title: 'Khác' } }],
    ['a field added', { ...view, phone: '0290 3838 000' }],
  ])('change with %s', (_, changed) => {
    expect(pageKey(data, changed)).not.toBe(pageKey(data, view));
  });

  it('change with the site settings and with the day, not with the time of day', () => {
    expect(pageKey({ ...data, siteDigest: 'site-2' }, view)).not.toBe(pageKey(data, view));
    const nextDay = new Date('2026-12-01T03:00:00Z');
    expect(pageKey({ ...data, now: nextDay }, { ...view, asOf: stamp(nextDay) })).not.toBe(pageKey(data, view));
    // Later the same day (Vietnam time): a stamp counts by its day, so the page is kept.
    const later = new Date('2026-11-30T15:00:00Z');
    expect(pageKey({ ...data, now: later }, { ...view, asOf: stamp(later) })).toBe(pageKey(data, view));
  });

  it('count a stamp anywhere in the view by its day, and a stamp-like text as text', () => {
    const later = new Date('2026-11-30T15:00:00Z');
    const nested = (now: Date) => ({ ...view, asOf: stamp(now), points: [{ name: 'Chợ', open: { asOf: stamp(now) } }] });
    expect(pageKey({ ...data, now: later }, nested(later))).toBe(pageKey(data, nested(data.now)));
    const quoted = (now: Date) => ({ ...view, note: JSON.stringify(stamp(now)) });
    expect(pageKey({ ...data, now: later }, quoted(later))).not.toBe(pageKey(data, quoted(data.now)));
  });

  it('leave out the header and footer, which the site settings key already', () => {
    const withChrome = (siteName: string) => ({ ...view, layout: { ...view.layout, chrome: { siteName } } });
    expect(pageKey(data, withChrome('Ban chỉ đạo A'))).toBe(pageKey(data, withChrome('Ban chỉ đạo B')));
    expect(pageKey({ ...data, siteDigest: 'site-2' }, withChrome('Ban chỉ đạo B'))).not.toBe(pageKey(data, withChrome('Ban chỉ đạo A')));
  });
});

describe('page props', () => {
  const entry = { body: 'Nội dung' };

  // Astro copies a page's props (`{ ...props }`) when it renders the page and keeps the original
  // in its static paths until the build ends.
  it('in a build, hand the view model and entry to the page once, then let go of them', () => {
    const props = pageProps(view, entry, true);
    const rendered = { ...props };
    expect(rendered).toEqual({ view, entry });
    expect({ ...props }).toEqual({ view: undefined, entry: undefined });
  });

  it('in the dev server, give them to every render', () => {
    const props = pageProps(view, entry, false);
    expect({ ...props }).toEqual({ view, entry });
    expect({ ...props }).toEqual({ view, entry });
  });
});
