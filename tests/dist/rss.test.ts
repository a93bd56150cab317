/**
 * The news feed as a feed reader gets it: `/rss.xml` parsed by a real XML parser (fast-xml-parser);
 * a channel that links to the news list and to itself; one item per published post, newest
 * first, whose link is the absolute address of a built page, whose `pubDate` is an RFC 822 date
 * at 00:00 Vietnam time (+0700) on the post's own date as the content store has it, and whose
 * categories are the post's tags.
 */
import { NEWS_FOLDERS } from '../../src/lib/urls.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as devalue } from 'devalue';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dist = path.resolve('dist');
const contentRoot = path.resolve(process.env.HANGVIET_CONTENT ?? 'content');
const baseUrl = (parse(readFileSync(path.join(contentRoot, 'site.yaml'), 'utf8')) as { baseUrl: string }).baseUrl;
const origin = new URL(baseUrl).origin;

interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  description: string;
  pubDate: string;
  category?: string[];
}
const xml = readFileSync(path.join(dist, 'rss.xml'), 'utf8');
const feed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' || name === 'category' }).parse(xml) as {
  rss: { '@_version': string; '@_xmlns:atom': string; channel: { title: string; link: string; description: string; 'atom:link': Record<string, string>; item?: Item[] } };
};
const channel = feed.rss.channel;
const items = channel.item ?? [];

/** The news posts the build stored, by id (drafts and future posts included: the feed must not carry those). */
function storedPosts(): Map<string, { date: string; tags: string[]; title: string; draft: boolean }> {
  const file = path.join(path.resolve(process.env.HANGVIET_CACHE_DIR ?? 'node_modules/.astro'), 'data-store.json');
  const maps = devalue(readFileSync(file, 'utf8')) as Map<string, Map<string, { id: string; data: { date: string; tags: string[]; title: string; draft: boolean } }>>;
  return new Map([...(maps.get('news')?.values() ?? [])].map((e) => [e.id, e.data]));
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** RFC 822 as RSS 2.0 uses it (four-digit year), at midnight in Vietnam. */
const RFC822_MIDNIGHT_VN = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) 00:00:00 \+0700$/;

describe('RSS feed', () => {
  it('is RSS 2.0 with the Atom namespace, linking to the news list and to itself', () => {
    expect(feed.rss['@_version']).toBe('2.0');
    expect(feed.rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(channel.title).toMatch(/^Tin tức – /);
    expect(channel.link).toBe(`${origin}/tin-tuc/`);
    expect(channel['atom:link']).toMatchObject({ '@_href': `${origin}/rss.xml`, '@_rel': 'self', '@_type': 'application/rss+xml' });
    expect(existsSync(path.join(dist, 'rss.xml'))).toBe(true);
    expect(xml).not.toContain('lastBuildDate');
  });

  it('has one item per published post, newest first, each linking to its built page', () => {
    const built = readdirSync(path.join(dist, 'tin-tuc'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !(e.name in NEWS_FOLDERS) && existsSync(path.join(dist, 'tin-tuc', e.name, 'index.html')))
      .map((e) => `${origin}/tin-tuc/${e.name}/`);
    expect(items.length).toBe(Math.min(30, built.length));
    for (const item of items) {
      expect(item.link.startsWith(`${origin}/`), `${item.link} absolute under ${origin}`).toBe(true);
      const page = path.join(dist, decodeURIComponent(new URL(item.link).pathname), 'index.html');
      expect(existsSync(page), `${item.link} is a built page`).toBe(true);
      expect(item.guid).toEqual({ '#text': item.link, '@_isPermaLink': 'true' });
      expect(readFileSync(page, 'utf8')).toContain(`<link rel="canonical" href="${item.link}">`);
    }
    expect(built).toEqual(expect.arrayContaining(items.map((i) => i.link)));
  });

  it('dates each item at 00:00 Vietnam time on the post’s date (RFC 822, +0700), with its tags as categories', () => {
    const posts = storedPosts();
    const dates: string[] = [];
    for (const item of items) {
      const id = new URL(item.link).pathname.split('/')[2]!;
      const post = posts.get(id);
      expect(post, id).toBeDefined();
      const m = RFC822_MIDNIGHT_VN.exec(item.pubDate);
      expect(m, `${id}: ${item.pubDate}`).not.toBeNull();
      const [, day, dd, mon, yyyy] = m!;
      const date = `${yyyy}-${String(MONTHS.indexOf(mon!) + 1).padStart(2, '0')}-${dd}`;
      expect(date, id).toBe(post!.date);
      // The day's name is that date's (computed here from the calendar, not by the site's code).
      expect(day, id).toBe(DAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]);
      expect(item.title).toBe(post!.title);
      expect(item.category ?? []).toEqual(post!.tags);
      dates.push(date);
    }
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('escapes what XML must (a test post’s tag holds & and <)', () => {
    expect(items.flatMap((i) => i.category ?? [])).toContain('OCOP & <sao>');
    expect(xml).toContain('<category>OCOP &amp; &lt;sao&gt;</category>');
  });
});
