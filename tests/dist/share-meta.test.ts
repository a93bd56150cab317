/**
 * Share previews and share links over the built site. Every HTML page has a description and the
 * Open Graph and Twitter tags a preview needs: title, type (`article` for a news post), canonical
 * URL (not on the 404 page, which has no address of its own), site name, locale, and an absolute
 * image URL that is a file of the build, with its alternative text. A news post with a cover shows
 * its cover, as a JPEG at most 1200 px wide; every other page the site's default 1200×630 PNG.
 * News posts and fairs carry plain share links: Facebook's dialog with the page's canonical address,
 * and that address in a labelled read-only field.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as devalue } from 'devalue';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dist = path.resolve('dist');
const contentRoot = path.resolve(process.env.HANGVIET_CONTENT ?? 'content');
const site = parse(readFileSync(path.join(contentRoot, 'site.yaml'), 'utf8')) as { baseUrl: string; siteName: string };
const origin = new URL(site.baseUrl).origin;

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
/** Start tags named `name`; a quoted attribute value may hold `>` (Astro escapes only quotes in it). */
const tags = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\b(?:[^>"]|"[^"]*")*>`, 'g'))].map((m) => m[0]);
/** A tag's attributes (a boolean attribute reads as ''). */
const attrs = (tag: string): Record<string, string> => Object.fromEntries([...tag.matchAll(/\s([\w:-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, decode(m[2] ?? '')]));

/** The `<head>`'s meta tags of a page, by `name` or `property` (each must occur at most once), and its canonical link. */
function head(html: string): { meta: Map<string, string>; canonical?: string | undefined } {
  const headHtml = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  const meta = new Map<string, string>();
  for (const tag of tags(headHtml, 'meta')) {
    const a = attrs(tag);
    const key = a.property ?? a.name;
    if (!key || a.content === undefined) continue;
    if (meta.has(key)) throw new Error(`<meta> ${key} twice`);
    meta.set(key, a.content);
  }
  const canonical = /<link rel="canonical" href="([^"]+)">/.exec(headHtml)?.[1];
  return { meta, canonical: canonical && decode(canonical) };
}

/** Every HTML page of the build, as [address, file]. */
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  // The web editor's page (/admin/) is Decap's application, not a page of the site: noindex, no previews.
  .filter((f) => f.endsWith('.html') && f !== `admin${path.sep}index.html`)
  .map((f) => [`/${f.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'), path.join(dist, f)] as const)
  .sort();
const NOT_FOUND = '/404.html';
const POST = /^\/tin-tuc\/(?!(?:trang|the|lien-quan)\/)[a-z0-9-]+\/$/;
const FAIR = /^\/hoi-cho\/(?!trang\/)[a-z0-9-]+\/$/;

/** The news posts the build stored, by id: whether each has a cover. */
const covers = new Map(
  [...((devalue(readFileSync(path.join(path.resolve(process.env.HANGVIET_CACHE_DIR ?? 'node_modules/.astro'), 'data-store.json'), 'utf8')) as Map<string, Map<string, { id: string; data: { cover?: unknown } }>>).get('news')?.values() ?? [])].map(
    (e) => [e.id, e.data.cover !== undefined],
  ),
);

/** The file of the build an absolute URL of the site names. */
const fileOf = (url: string) => path.join(dist, decodeURIComponent(new URL(url).pathname));

describe('share previews', () => {
  it('cover every HTML page, the 404 page included', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.map(([p]) => p)).toContain(NOT_FOUND);
  });

  it.each(pages)('%s', (page, file) => {
    const { meta, canonical } = head(readFileSync(file, 'utf8'));
    const need = (key: string) => {
      const value = meta.get(key);
      expect(value?.trim(), `${key} on ${page}`).toBeTruthy();
      return value!;
    };
    const description = need('description');
    expect(need('og:description')).toBe(description);
    need('og:title');
    expect(need('og:site_name')).toBe(site.siteName);
    expect(need('og:locale')).toBe('vi_VN');
    expect(need('og:type')).toBe(POST.test(page) ? 'article' : 'website');
    expect(need('twitter:card')).toBe('summary_large_image');
    if (page === NOT_FOUND) {
      expect(meta.has('og:url'), 'the 404 page has no address of its own').toBe(false);
      expect(canonical).toBeUndefined();
    } else {
      expect(need('og:url')).toBe(`${origin}${page}`);
      expect(canonical).toBe(meta.get('og:url'));
    }
    const image = need('og:image');
    expect(image.startsWith(`${origin}/`), `${image} absolute under ${origin}`).toBe(true);
    expect(existsSync(fileOf(image)), `${image} is a file of the build`).toBe(true);
    need('og:image:alt');
  });

  it('show a news post’s cover as a JPEG at most 1200 px wide, and the default image otherwise', async () => {
    const posts = pages.filter(([p]) => POST.test(p));
    expect(posts.length).toBeGreaterThan(0);
    const withCover = posts.filter(([p]) => covers.get(p.split('/')[2]!));
    // The sample has covers; the test fixtures add a post without one.
    expect(withCover.length).toBeGreaterThan(0);
    expect(withCover.length).toBeLessThan(posts.length);
    const images = new Map(pages.map(([p, f]) => [p, head(readFileSync(f, 'utf8')).meta]));
    const defaultImage = images.get('/')!.get('og:image')!;
    for (const [p] of posts) {
      const meta = images.get(p)!;
      const url = meta.get('og:image')!;
      if (!covers.get(p.split('/')[2]!)) {
        expect(url, p).toBe(defaultImage);
        continue;
      }
      expect(url, p).not.toBe(defaultImage);
      expect(url, p).toMatch(/^[^?#]+\/_astro\/[^/]+\.jpe?g$/);
      const info = await sharp(fileOf(url)).metadata();
      expect(info.format, p).toBe('jpeg');
      expect(info.width, p).toBeLessThanOrEqual(1200);
      expect(info.width, p).toBeGreaterThanOrEqual(600);
      expect([String(info.width), String(info.height)], p).toEqual([meta.get('og:image:width'), meta.get('og:image:height')]);
    }
    // Every page that is not a post with a cover shares the default image.
    const others = [...images].filter(([p]) => !(POST.test(p) && covers.get(p.split('/')[2]!)));
    expect(others.filter(([, m]) => m.get('og:image') !== defaultImage).map(([p]) => p)).toEqual([]);
  });

  it('default to a legible 1200×630 PNG under 60 KB', async () => {
    const file = fileOf(head(readFileSync(path.join(dist, 'index.html'), 'utf8')).meta.get('og:image')!);
    const info = await sharp(file).metadata();
    expect([info.format, info.width, info.height]).toEqual(['png', 1200, 630]);
    expect(statSync(file).size).toBeLessThan(60 * 1024);
  });
});

describe('share links', () => {
  const shared = pages.filter(([p]) => POST.test(p) || FAIR.test(p));

  it('are on every news post and fair page', () => {
    expect(shared.filter(([p]) => POST.test(p)).length).toBeGreaterThan(0);
    expect(shared.filter(([p]) => FAIR.test(p)).length).toBeGreaterThan(0);
  });

  it.each(shared)('%s', (page, file) => {
    const html = readFileSync(file, 'utf8');
    const canonical = `${origin}${page}`;
    const section = /<section class="app-share"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section, 'share section').not.toBe('');
    const links = tags(section, 'a').map(attrs);
    const facebook = links.find((a) => a.href?.startsWith('https://www.facebook.com/sharer/sharer.php?'));
    expect(facebook, 'Facebook link').toBeDefined();
    // The whole address, percent-encoded, so none of it is read as Facebook's own parameters.
    expect(facebook!.href).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical)}`);
    expect(new URL(facebook!.href!).searchParams.get('u')).toBe(canonical);
    // Links that open a new tab do not hand the site's window to the other one.
    for (const a of links.filter((l) => l.target === '_blank')) expect(a.rel?.split(/\s+/) ?? [], `rel of ${a.href}`).toContain('noopener');
    const input = attrs(tags(section, 'input')[0] ?? '');
    expect(input.value).toBe(canonical);
    expect(input.readonly).toBe('');
    expect(section).toContain(`<label for="${input.id}">`);
    // No script from another site.
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });
});
