/**
 * RSS 2.0 for the news feed, written by hand rather than with @astrojs/rss: that package writes
 * `pubDate` with `Date.toUTCString()` (a GMT time, 17:00 the day before for a post of the day),
 * where the feed gives each post's date in Vietnam time, as the site shows it.
 */
import { rfc822, startOfLocalDay } from './dates.ts';

/** Escape text for XML. */
export function xmlEscape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Plain text as the HTML a feed element holds: an RSS `description`, or an Atom `title` or
 * `summary` written `type="html"` (as the `feed` package writes them). A reader shows the
 * characters written (`<script>` as text), it does not read them as markup. The result still
 * needs escaping for XML, or a CDATA section, around it.
 */
export function htmlText(value: string): string {
  return xmlEscape(value);
}

/** A calendar date `YYYY-MM-DD` as the RFC 822 date-time of its start in Vietnam (00:00 +0700). */
export function rfc822Day(date: string): string {
  return rfc822(startOfLocalDay(date));
}

export interface FeedItem {
  /** Plain text (RSS readers show an item's title as text). */
  title: string;
  /** Absolute address of the post. */
  link: string;
  /** Plain text; the feed carries it as HTML (`htmlText`), which is what readers expect there. */
  description: string;
  /** Calendar date `YYYY-MM-DD`, published at 00:00 in Vietnam. */
  date: string;
  /** Topics (the post's tags), one `<category>` each. */
  categories: string[];
}

export interface FeedChannel {
  title: string;
  /** Absolute address of the news list. */
  link: string;
  /** Absolute address of the feed itself (`atom:link rel="self"`). */
  self: string;
  description: string;
}

/**
 * The feed document. No `<lastBuildDate>`: the build's time would make the file differ at every
 * build though no post changed (a new ETag for every reader that polls it); readers date the feed
 * by its items' `pubDate`.
 */
export function rss(channel: FeedChannel, items: FeedItem[]): string {
  const entries = items
    .map(
      (i) => `    <item>
      <title>${xmlEscape(i.title)}</title>
      <link>${xmlEscape(i.link)}</link>
      <guid isPermaLink="true">${xmlEscape(i.link)}</guid>
      <description>${xmlEscape(htmlText(i.description))}</description>
      <pubDate>${rfc822Day(i.date)}</pubDate>
${i.categories.map((c) => `      <category>${xmlEscape(c)}</category>\n`).join('')}    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xmlEscape(channel.title)}</title>
    <link>${xmlEscape(channel.link)}</link>
    <atom:link href="${xmlEscape(channel.self)}" rel="self" type="application/rss+xml" />
    <description>${xmlEscape(htmlText(channel.description))}</description>
    <language>vi</language>
${entries}
  </channel>
</rss>
`;
}
