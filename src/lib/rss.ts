/** RSS 2.0 for the news feed. */

/** Escape text for XML. */
export function xmlEscape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** Calendar date `YYYY-MM-DD`, published at 00:00 in Vietnam. */
  date: string;
}

/** The feed document. */
export function rss(channel: { title: string; link: string; description: string }, items: FeedItem[]): string {
  const entries = items
    .map(
      (i) => `    <item>
      <title>${xmlEscape(i.title)}</title>
      <link>${xmlEscape(i.link)}</link>
      <guid isPermaLink="true">${xmlEscape(i.link)}</guid>
      <description>${xmlEscape(i.description)}</description>
      <pubDate>${new Date(`${i.date}T00:00:00+07:00`).toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${xmlEscape(channel.title)}</title>
    <link>${xmlEscape(channel.link)}</link>
    <description>${xmlEscape(channel.description)}</description>
    <language>vi</language>
${entries}
  </channel>
</rss>
`;
}
