/**
 * Injection across every surface (issue 18): the test build adds one record of each kind (point,
 * product, business, honour, fair, news, plan; tests/fixtures/content/) whose text fields carry
 * `<script>alert(1)</script>`, `<img src=x onerror=alert(1)>`, `javascript:alert(1)` and
 * `"><svg onload=alert(1)>`. Wherever the build shows them — the record's page and its poster,
 * the lists it is on, JSON-LD, the search index, the map, filter and lookup data, the RSS feed,
 * the calendars, every open-data file and the change feed — they must arrive as the characters
 * written: read with an HTML parser as a browser would, no element or attribute is made from
 * them, and the text is there (so no check passes because the record is missing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import type { HtmlElement } from 'html-validate';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CHANGE_KIND_LABELS, type DataChange } from '../../src/lib/data-changes.ts';
import type { ResultDoc } from '../../src/lib/search-engine.ts';
import { fromSpreadsheetSafe } from '../../src/lib/spreadsheet-cell.ts';
import { attributeOf, parseFragment, parseHtml, textOf } from '../unit/helpers/html.ts';

const dist = path.resolve('dist');
const fixtures = path.resolve('tests/fixtures/content');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const pageFile = (url: string) => path.join(url.replace(/^\//, ''), 'index.html');

const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"><svg onload=alert(1)>'];

type Data = Record<string, unknown>;
const yamlFixture = (file: string) => parseYaml(readFileSync(path.join(fixtures, file), 'utf8')) as Data;
const frontmatter = (file: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(fixtures, file), 'utf8'))![1]!) as Data;
const at = (data: Data, dotted: string): string => dotted.split('.').reduce<unknown>((v, k) => (v as Data)[k], data) as string;

const point = (yamlFixture('points/zz-thu-nghiem.yaml') as unknown as Data[]).find((p) => p.id === 'diem-ban-thu-nghiem-xss')!;
const product = yamlFixture('products/zz-san-pham-thu-nghiem.yaml');
const business = yamlFixture('businesses/zz-doanh-nghiep-thu-nghiem.yaml');
const honors = yamlFixture('honors/zz-ton-vinh-thu-nghiem.yaml');
const honor = (honors.entries as Data[])[0]!;
const fair = frontmatter('fairs/zz-hoi-cho-thu-nghiem.md');
const news = frontmatter('news/zz-tin-thu-nghiem-chen-ma.md');
const plan = frontmatter('plans/zz-ke-hoach-thu-nghiem.mdx');

interface Fixture {
  kind: string;
  id: string;
  /** The page that shows the record (an award's is its programme's yearly list). */
  page: string;
  /** Its name as written, the text every surface shows. */
  name: string;
  /** Other texts its page shows as written. */
  texts: string[];
  /** What a list may name it by, when not its name (a point names its operator's business by the operator). */
  labels?: string[];
  /** Its open-data file, and the list key inside the JSON. */
  dataset?: [string, string];
}

const RECORDS: Fixture[] = [
  { kind: 'điểm bán', id: String(point.id), page: '/diem-ban/diem-ban-thu-nghiem-xss/', name: String(point.name), texts: ['operator', 'address.street', 'address.oldAddress'].map((f) => at(point, f)), dataset: ['diem-ban', 'points'] },
  { kind: 'sản phẩm', id: 'zz-san-pham-thu-nghiem', page: '/san-pham/zz-san-pham-thu-nghiem/', name: String(product.name), texts: ['description', 'ocop.issuer', 'ocop.decisionNumber', 'source.committee'].map((f) => at(product, f)), dataset: ['san-pham', 'products'] },
  { kind: 'chủ thể', id: 'zz-doanh-nghiep-thu-nghiem', page: '/doanh-nghiep/zz-doanh-nghiep-thu-nghiem/', name: String(business.name), texts: ['description', 'address.street'].map((f) => at(business, f)), labels: [String(point.operator)], dataset: ['doanh-nghiep', 'businesses'] },
  { kind: 'tôn vinh', id: String(honor.id), page: `/ton-vinh/${String(honors.program)}/${String(honors.year)}/`, name: String(honor.title), texts: [String(business.name), String(honors.decisionNumber)], dataset: ['ton-vinh', 'honors'] },
  { kind: 'hội chợ', id: 'zz-hoi-cho-thu-nghiem', page: '/hoi-cho/zz-hoi-cho-thu-nghiem/', name: String(fair.title), texts: ['organiser', 'venue.name', 'venue.address.street', 'registration.who', 'registration.how', 'registration.fee'].map((f) => at(fair, f)), dataset: ['hoi-cho', 'fairs'] },
  { kind: 'tin', id: 'zz-tin-thu-nghiem-chen-ma', page: '/tin-tuc/zz-tin-thu-nghiem-chen-ma/', name: String(news.title), texts: [String(news.summary), String(news.author), (news.tags as string[])[0]!] },
  {
    kind: 'kế hoạch',
    id: 'zz-ke-hoach-thu-nghiem',
    page: '/ke-hoach/zz-ke-hoach-thu-nghiem/',
    name: String(plan.title),
    texts: [String(plan.issuer), at(plan, 'legalBases.0.text'), at(plan, 'assignments.0.agency'), at(plan, 'reportingDeadlines.0.what'), at(plan, 'editorNotes.0'), at(plan, 'recipients.0')],
    labels: [`Kế hoạch ${String(plan.number)}`],
    dataset: ['ke-hoach', 'plans'],
  },
];

/** Whitespace as a reader sees it: runs of spaces and line breaks are one space. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The same, in lower case: a plan prints its issuer in capitals, as the document does. */
const folded = (text: string) => squash(text).toLocaleLowerCase('vi');
const mainOf = (doc: HtmlElement) => doc.querySelector('main') as HtmlElement;

/** Every built page, as its address. */
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${path.dirname(f).split(path.sep).join('/')}/`.replace(/^\/\.\/$/, '/'))
  .sort();
const docs = new Map<string, HtmlElement>();
const doc = (url: string) => docs.get(url) ?? docs.set(url, parseHtml(read(pageFile(url)))).get(url)!;

/** Attributes that hold an address a browser follows or loads. */
const ADDRESS_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data'];

/** What an element made from a payload would look like, as problems found on a page. */
function madeFromPayload(url: string, root: HtmlElement): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const a of el.attributes) {
      // The site has no inline event handler (its CSP would refuse one): any is injected.
      if (/^on/i.test(a.key)) found.push(`${url}: <${el.tagName} ${a.key}>`);
    }
    for (const name of ADDRESS_ATTRIBUTES) {
      const value = attributeOf(el, name);
      if (value !== null && /^[\u0000-\u0020]*(javascript|vbscript|data):/i.test(value.replace(/[\t\n\r]/g, '')) && !(el.tagName === 'img' && /^data:image\//.test(value))) {
        found.push(`${url}: <${el.tagName} ${name}="${value}">`);
      }
    }
    if (el.tagName === 'img' && el.getAttributeValue('src') === 'x') found.push(`${url}: <img src=x>`);
    if (el.tagName === 'svg' && el.hasAttribute('onload')) found.push(`${url}: <svg onload>`);
    if (el.tagName === 'script') {
      const body = el.textContent;
      if (el.getAttributeValue('type') === 'application/ld+json') {
        // Data, not code: it must read as JSON to its end, with no `<` that could close the element.
        if (body.includes('<')) found.push(`${url}: JSON-LD có ký tự "<": ${JSON.stringify(body.slice(0, 60))}`);
        try {
          JSON.parse(body);
        } catch {
          found.push(`${url}: JSON-LD bị cắt: ${JSON.stringify(body.slice(-60))}`);
        }
      } else if (/alert\(/.test(body)) found.push(`${url}: <script> chạy ${JSON.stringify(body.slice(0, 60))}`);
    }
  }
  return found;
}

describe('the fixture records', () => {
  it.each(RECORDS)('$kind: carry every payload in the texts checked below', (r) => {
    const all = [r.name, ...r.texts].join(' ');
    for (const p of PAYLOADS.filter((p) => r.kind !== 'tôn vinh' || !p.startsWith('"'))) expect(all, r.kind).toContain(p);
  });
});

describe('pages', () => {
  it('make no element, attribute, script or address from text, on any page of the build', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.flatMap((url) => madeFromPayload(url, doc(url)))).toEqual([]);
  });

  it.each(RECORDS)('$kind: its page shows the name and texts as written', (r) => {
    const text = folded(textOf(mainOf(doc(r.page))));
    for (const t of [r.name, ...r.texts]) expect(text, r.page).toContain(folded(t));
    // The document title (text only, whatever it holds) names the record, markup and all.
    if (r.kind !== 'tôn vinh') expect(PAYLOADS.filter((p) => textOf(doc(r.page).querySelector('title')!).includes(p)).length, r.page).toBeGreaterThan(0);
  });

  it.each(RECORDS.filter((r) => ['điểm bán', 'sản phẩm', 'chủ thể'].includes(r.kind)))('$kind: its poster shows the name as written', (r) => {
    const poster = doc(r.page).querySelector('#ap-phich');
    expect(poster, r.page).toBeTruthy();
    expect(squash(textOf(poster!))).toContain(squash(r.name));
  });

  it.each(RECORDS.filter((r) => r.kind !== 'tôn vinh'))('$kind: every list that links to it names it as text', (r) => {
    const linksTo = (url: string) => (mainOf(doc(url))?.querySelectorAll('a') ?? []).filter((a) => a.getAttributeValue('href') === r.page);
    // The change log names a record as it was published on the day of each change (history, not a list).
    const lists = pages.filter((url) => url !== r.page && url !== '/du-lieu/thay-doi/' && linksTo(url).length > 0);
    expect(lists.length, `${r.page}: trang liệt kê`).toBeGreaterThan(0);
    const labels = [r.name, ...(r.labels ?? [])].map(folded);
    const silent = lists.filter((url) => !linksTo(url).some((a) => labels.some((l) => folded(textOf(a)).includes(l))));
    expect(silent).toEqual([]);
  });

  it('a plan’s task and report are shown as written on the page of the agency they are given to', () => {
    const agency = pages.filter((url) => url.startsWith('/nhiem-vu/zz-'));
    expect(agency).toHaveLength(1);
    const text = squash(textOf(mainOf(doc(agency[0]!))));
    for (const t of [at(plan, 'assignments.0.task'), at(plan, 'reportingDeadlines.0.what'), at(plan, 'assignments.0.agency')]) expect(text).toContain(squash(t));
  });

  it('an award is shown on its programme’s yearly list and on its business’s page', () => {
    const award = RECORDS.find((r) => r.kind === 'tôn vinh')!;
    for (const url of [award.page, '/doanh-nghiep/zz-doanh-nghiep-thu-nghiem/']) expect(squash(textOf(mainOf(doc(url)))), url).toContain(squash(award.name));
  });

  it('Markdown bodies show markup and script links as text', () => {
    for (const url of ['/hoi-cho/zz-hoi-cho-thu-nghiem/', '/tin-tuc/zz-tin-thu-nghiem-chen-ma/']) {
      const prose = squash(textOf(mainOf(doc(url))));
      for (const p of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '<svg onload=alert(1)>']) expect(prose, url).toContain(p);
      const body = mainOf(doc(url)).querySelector('.app-prose')!;
      expect(textOf(body)).toContain('javascript:alert(1)');
      expect(body.querySelectorAll('a').map((a) => attributeOf(a, 'href')).filter((href) => href?.includes('alert('))).toEqual([]);
    }
  });

  it('share previews and descriptions keep the name inside their attribute', () => {
    for (const r of RECORDS.filter((r) => r.kind !== 'tôn vinh')) {
      const title = doc(r.page).querySelector('meta[property="og:title"]');
      expect(attributeOf(title!, 'content'), r.page).toContain(PAYLOADS.find((p) => r.name.includes(p))!);
    }
  });
});

describe('JSON-LD', () => {
  /** Every string in a JSON value. */
  const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

  it.each(RECORDS.filter((r) => ['điểm bán', 'sản phẩm', 'chủ thể', 'hội chợ'].includes(r.kind)))('$kind: one block that a `</script>` in the name does not end', (r) => {
    const blocks = doc(r.page).querySelectorAll('script').filter((s) => s.getAttributeValue('type') === 'application/ld+json');
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]!.textContent) as Data;
    expect(data.name).toBe(r.name);
    expect(strings(data).join(' ')).toContain(r.kind === 'điểm bán' ? at(point, 'address.street') : r.name);
  });
});

describe('search index', () => {
  const dir = path.join(dist, 'tim-kiem', 'chi-muc', 'tl');
  const results = readdirSync(dir).flatMap((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as ResultDoc[]);

  it.each(RECORDS.filter((r) => r.kind !== 'tôn vinh'))('$kind: its result shows the name as written', (r) => {
    const doc = results.find((d) => d.url === r.page);
    expect(doc, r.page).toBeDefined();
    expect(doc!.title).toContain(r.name);
  });
});

describe('data files the browser renders (map, filters, lookups)', () => {
  const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
  const holds = (file: string, text: string) => strings(JSON.parse(read(file))).includes(text);

  it.each([
    ['du-lieu/ban-do/diem-ban.json', String(point.name)],
    ['du-lieu/ban-do/tinh/ho-chi-minh.json', String(point.name)],
    ['du-lieu/ban-do/hoi-cho.json', String(fair.title)],
    ['san-pham/loc.json', String(product.name)],
    ['ton-vinh/tra-cuu.json', String(business.name)],
    [`ton-vinh/${String(honors.program)}/${String(honors.year)}/danh-sach.json`, String(business.name)],
  ])('%s holds the name as written', (file, name) => {
    expect(holds(file, name)).toBe(true);
  });
});

describe('RSS', () => {
  const feed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' || name === 'category' }).parse(read('rss.xml')) as {
    rss: { channel: { item: { title: string; link: string; description: string; category?: string[] }[] } };
  };
  const item = feed.rss.channel.item.find((i) => i.link.endsWith('/tin-tuc/zz-tin-thu-nghiem-chen-ma/'));

  it('carries the post’s title and topic as text, and its summary as HTML that shows the text', () => {
    expect(item).toBeDefined();
    expect(item!.title).toBe(news.title);
    expect(item!.category).toEqual(news.tags);
    const description = parseFragment(item!.description);
    expect(description.querySelectorAll('*').map((e) => e.tagName)).toEqual([]);
    expect(textOf(description)).toBe(news.summary);
  });
});

describe('iCalendar', () => {
  const events = (file: string) => new ICAL.Component(ICAL.parse(read(file))).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));

  it.each(['hoi-cho/zz-hoi-cho-thu-nghiem.ics', 'hoi-cho/lich.ics'])('%s: the fair is one event whose texts are as written', (file) => {
    const mine = events(file).filter((e) => e.uid.includes('zz-hoi-cho-thu-nghiem'));
    expect(mine).toHaveLength(1);
    const e = mine[0]!;
    expect(e.summary).toBe(fair.title);
    expect(e.description).toContain(String(fair.summary));
    expect(e.location).toContain(at(fair, 'venue.name'));
    expect(String(e.component.getFirstPropertyValue('url'))).toMatch(/^https?:\/\/[^/]+\/hoi-cho\/zz-hoi-cho-thu-nghiem\/$/);
  });

  it.each(['nhiem-vu/lich.ics', ...readdirSync(path.join(dist, 'nhiem-vu')).filter((d) => d.startsWith('zz-')).map((d) => `nhiem-vu/${d}/lich.ics`)])('%s: the plan’s task and report are events whose texts are as written', (file) => {
    const texts = events(file).map((e) => `${e.summary}\n${e.description}`);
    expect(texts.some((t) => t.includes(at(plan, 'assignments.0.task'))), file).toBe(true);
    expect(texts.some((t) => t.includes(at(plan, 'reportingDeadlines.0.what'))), file).toBe(true);
  });
});

describe('open data', () => {
  const csvFiles = readdirSync(path.join(dist, 'du-lieu')).filter((f) => f.endsWith('.csv'));

  it('every CSV cell a spreadsheet would run as a formula is guarded, in every file', () => {
    expect(csvFiles.length).toBeGreaterThanOrEqual(7);
    const risky = csvFiles.flatMap((f) =>
      (parseCsv(read(`du-lieu/${f}`), { bom: true, record_delimiter: '\r\n' }) as string[][]).slice(1).flatMap((row, i) => row.filter((c) => /^[=+\-@\t\r]/.test(c)).map((c) => `${f} dòng ${i + 2}: ${c}`)),
    );
    expect(risky).toEqual([]);
  });

  it.each(RECORDS.filter((r) => r.dataset))('$kind: its row in CSV, JSON (and GeoJSON) holds the texts as written', (r) => {
    const [dataset, key] = r.dataset!;
    const rows = (JSON.parse(read(`du-lieu/${dataset}.json`)) as Record<string, Data[]>)[key]!;
    const row = rows.find((x) => x.id === r.id);
    expect(row, `${dataset}.json`).toBeDefined();
    const values = Object.values(row!).map(String);
    expect(values.join('\n')).toContain(r.kind === 'tôn vinh' ? r.name : r.name);
    const csv = parseCsv(read(`du-lieu/${dataset}.csv`), { bom: true, columns: true, record_delimiter: '\r\n', cast: (v) => fromSpreadsheetSafe(v) }) as Record<string, string>[];
    const line = csv.find((x) => x.id === r.id)!;
    expect(Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, v === null ? '' : String(v)]))).toEqual(line);
    if (existsSync(path.join(dist, `du-lieu/${dataset}.geojson`))) {
      const feature = (JSON.parse(read(`du-lieu/${dataset}.geojson`)) as { features: { id: string; properties: Data }[] }).features.find((f) => f.id === r.id);
      expect(feature?.properties.name ?? feature?.properties.title).toBe(r.name);
    }
  });

  it('the task list carries the plan’s task and report as written', () => {
    const tasks = (JSON.parse(read('du-lieu/nhiem-vu.json')) as { tasks: Data[] }).tasks.filter((t) => t.plan === 'zz-ke-hoach-thu-nghiem');
    expect(tasks.map((t) => t.what).sort()).toEqual([at(plan, 'assignments.0.task'), at(plan, 'reportingDeadlines.0.what')].sort());
  });

  it('the change feed gives every name as text, whatever the log holds', () => {
    const log = (JSON.parse(read('du-lieu/thay-doi.json')) as { changes: DataChange[] }).changes;
    const feed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'entry' }).parse(read('du-lieu/thay-doi.xml')) as {
      feed: { entry?: { title: { '#text': string; '@_type': string } }[] };
    };
    const entries = feed.feed.entry ?? [];
    expect(entries.length).toBe(Math.min(log.length, 100));
    entries.forEach((e, i) => {
      const title = parseFragment(e.title['#text']);
      expect(title.querySelectorAll('*').map((x) => x.tagName), log[i]!.title).toEqual([]);
      expect(textOf(title)).toBe(`${CHANGE_KIND_LABELS[log[i]!.kind]}: ${log[i]!.title}`);
    });
  });
});
