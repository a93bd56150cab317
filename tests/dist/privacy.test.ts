/**
 * The privacy note (`/quyen-rieng-tu/`): every page links to it from its footer, it names the tile
 * server `site.yaml` configures, and what it promises the built site keeps — no script of the site
 * stores anything in the browser, and no page lets the browser reach a third party but that server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testSiteSettings } from '../../scripts/lib/test-site.ts';
import { tileOrigin } from '../../src/lib/http-headers.ts';

const dist = path.resolve('dist');
/** The settings the test build was made with. */
const site = testSiteSettings() as { map: { tileUrl: string }; searchAcross?: { name: string; url: string }[] };
const PRIVACY = '/quyen-rieng-tu/';
/** The tile server's host as written in the template, a `{s}` subdomain label left out. */
const tileHost = /^https:\/\/(?:\{[a-z]\}\.)?([^/]+)\//.exec(site.map.tileUrl)![1]!;

const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
/** Every HTML page but the web editor's application (Decap's interface, not a page of the site). */
const pages = files
  .filter((f) => f.endsWith('.html') && f !== `admin${path.sep}index.html`)
  .map((f) => [`/${f.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'), path.join(dist, f)] as const)
  .sort();
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');

describe('the privacy note', () => {
  it('is linked from the footer of every page', () => {
    expect(pages.length).toBeGreaterThan(100);
    const without = pages.filter(([, file]) => {
      const footer = /<footer\b[\s\S]*?<\/footer>/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
      return !/<a href="\/quyen-rieng-tu\/"[^>]*>\s*Quyền riêng tư\s*<\/a>/.test(footer);
    });
    expect(without.map(([p]) => p)).toEqual([]);
  });

  const page = text(readFileSync(path.join(dist, PRIVACY, 'index.html'), 'utf8'));

  it('names the tile server site.yaml configures, and says what “Gần tôi” does with the position', () => {
    expect(page).toContain(tileHost);
    expect(page).toContain('Gần tôi');
    expect(page).toMatch(/Vị trí không được gửi tới máy chủ nào/);
  });

  it('holds what it promises: no script of the site stores anything in the browser', () => {
    const scripts = files.filter((f) => f.endsWith('.js') && !f.startsWith(`admin${path.sep}`));
    expect(scripts.length).toBeGreaterThan(0);
    const storing = scripts.filter((f) => /\b(?:localStorage|sessionStorage|indexedDB)\b|document\.cookie/.test(readFileSync(path.join(dist, f), 'utf8')));
    expect(storing).toEqual([]);
  });

  it('names each other site the search may read (searchAcross), and says when and what it learns', () => {
    const across = site.searchAcross ?? [];
    // The test build lists one (tests/fixtures/site.yaml), so this cannot pass by having none.
    expect(across.length).toBeGreaterThan(0);
    for (const o of across) expect(page).toContain(`${new URL(o.url).host} (${o.name})`);
    expect(page).toMatch(/không được đánh dấu sẵn/);
  });

  it('holds what it promises: no page lets the browser reach another site but the tile server (and, for search, the sites it names)', () => {
    const allowed = new Set([tileOrigin(site.map.tileUrl), ...(site.searchAcross ?? []).map((o) => new URL(o.url).origin)]);
    const others = new Set<string>();
    for (const [p, file] of pages) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      expect(policy, p).not.toBe('');
      for (const origin of policy.match(/https?:\/\/[^\s;'"]+/g) ?? []) if (!allowed.has(origin)) others.add(`${p}: ${origin}`);
      // Only connections may go to the search's other sites: never images, scripts or frames.
      for (const directive of policy.split(';').filter((d) => !/^\s*connect-src/.test(d))) for (const o of site.searchAcross ?? []) expect(directive, p).not.toContain(new URL(o.url).origin);
    }
    expect([...others]).toEqual([]);
  });
});
