/**
 * The news feed: RFC 822 dates in Vietnam time, escaped text (a description as HTML made from
 * plain text, as readers read it), the self link and categories.
 */
import { describe, expect, it } from 'vitest';
import { rfc822 } from '../../src/lib/dates.ts';
import { XMLParser } from 'fast-xml-parser';
import { htmlText, rfc822Day, rss } from '../../src/lib/rss.ts';

describe('rfc822', () => {
  it.each([
    ['2026-11-30T17:00:00Z', 'Tue, 01 Dec 2026 00:00:00 +0700'],
    // Before midnight UTC, already the next day in Vietnam.
    ['2026-12-31T23:59:59Z', 'Fri, 01 Jan 2027 06:59:59 +0700'],
    ['2026-11-30T16:59:59Z', 'Mon, 30 Nov 2026 23:59:59 +0700'],
    ['2026-11-30T17:30:05Z', 'Tue, 01 Dec 2026 00:30:05 +0700'],
    // A leap day, a single-digit day and each end of the month names.
    ['2028-02-29T01:02:03Z', 'Tue, 29 Feb 2028 08:02:03 +0700'],
    ['2026-01-04T05:00:00Z', 'Sun, 04 Jan 2026 12:00:00 +0700'],
    ['2026-05-09T00:00:00+07:00', 'Sat, 09 May 2026 00:00:00 +0700'],
    ['2025-09-02T03:00:00Z', 'Tue, 02 Sep 2025 10:00:00 +0700'],
  ])('%s → %s', (instant, expected) => {
    expect(rfc822(new Date(instant))).toBe(expected);
  });

  it('refuses an invalid date', () => {
    expect(() => rfc822(new Date('không phải ngày'))).toThrow(RangeError);
  });

  it.each([
    ['2026-12-01', 'Tue, 01 Dec 2026 00:00:00 +0700'],
    ['2026-11-20', 'Fri, 20 Nov 2026 00:00:00 +0700'],
    ['2027-01-01', 'Fri, 01 Jan 2027 00:00:00 +0700'],
  ])('a post dated %s is published at %s', (date, expected) => {
    expect(rfc822Day(date)).toBe(expected);
  });
});

describe('rss', () => {
  const channel = { title: 'A & B', link: 'https://x.vn/tin-tuc/', self: 'https://x.vn/rss.xml', description: 'd' };
  const item = { title: '<b>Tin</b>', link: 'https://x.vn/tin-tuc/a/', description: 'x', date: '2026-11-20', categories: ['Hội chợ', 'OCOP & sao'] };

  it('escapes text, dates items in Vietnam time and lists each tag as a category', () => {
    const xml = rss(channel, [item]);
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<title>&lt;b&gt;Tin&lt;/b&gt;</title>');
    expect(xml).toContain('<pubDate>Fri, 20 Nov 2026 00:00:00 +0700</pubDate>');
    expect(xml).toContain('<category>Hội chợ</category>\n      <category>OCOP &amp; sao</category>');
    expect(xml).not.toContain('GMT');
  });

  it('links to itself with the Atom namespace and carries no build time', () => {
    const xml = rss(channel, [item]);
    expect(xml).toContain('<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('<atom:link href="https://x.vn/rss.xml" rel="self" type="application/rss+xml" />');
    expect(xml).not.toContain('lastBuildDate');
    expect(rss(channel, [item])).toBe(xml);
  });

  it('carries a description as HTML that shows the text written: markup in a summary stays text', () => {
    const summary = `<script>alert(1)</script> <img src=x onerror=alert(1)> "><svg onload=alert(1)> & 'trích'`;
    const xml = rss({ ...channel, description: summary }, [{ ...item, description: summary }]);
    const parsed = new XMLParser({ parseTagValue: false }).parse(xml) as { rss: { channel: { description: string; item: { description: string } } } };
    // What a reader gets from the XML is HTML; as HTML it holds no element, only the characters written.
    expect(parsed.rss.channel.item.description).toBe(htmlText(summary));
    expect(parsed.rss.channel.description).toBe(htmlText(summary));
    expect(htmlText(summary)).not.toMatch(/[<>"']/);
    expect(htmlText(summary)).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &quot;&gt;&lt;svg onload=alert(1)&gt; &amp; &apos;trích&apos;');
  });

  it('writes no category for a post without tags', () => {
    expect(rss(channel, [{ ...item, categories: [] }])).not.toContain('<category>');
  });
});
