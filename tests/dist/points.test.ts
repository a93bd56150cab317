/**
 * Sales points as the built site shows them: each province's pages (all of /trang/N/) list
 * exactly that province's active points, once; each active point's page carries schema.org
 * `Store` JSON-LD that a parser reads back to the same data as the open-data export, and a name
 * that looks like HTML stays inside it as text; a province's intro names each kind with the
 * capitals of the names in it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POINT_KIND_LABELS } from '../../src/lib/points.ts';

const dist = path.resolve('dist');
const page = (url: string) => readFileSync(path.join(dist, url, 'index.html'), 'utf8');

/** A row of `/du-lieu/diem-ban.json`, the export every check is compared with. */
interface ExportRow {
  id: string;
  url: string;
  name: string;
  street: string;
  communeName: string | null;
  province: string;
  provinceName: string;
  lat: number;
  lng: number;
  phone: string | null;
  status: 'active' | 'closed';
}
const exported = (JSON.parse(readFileSync(path.join(dist, 'du-lieu/diem-ban.json'), 'utf8')) as { points: ExportRow[] }).points;
const active = exported.filter((p) => p.status === 'active');

/** Point ids linked from a page's <main>, in order, repeats kept. */
function pointLinks(html: string): string[] {
  const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return [...main.matchAll(/href="\/diem-ban\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!).filter((id) => id !== 'tinh');
}

describe('province pages list exactly their points', () => {
  const slugs = readdirSync(path.join(dist, 'diem-ban/tinh')).sort();

  it('exist for every province with an active point, and no other', () => {
    const names = slugs.map((slug) => /<h1>Điểm bán hàng Việt – ([^<]+)<\/h1>/.exec(page(`diem-ban/tinh/${slug}`))?.[1]);
    expect(names.sort()).toEqual([...new Set(active.map((p) => p.provinceName))].sort());
  });

  it.each(slugs)('/diem-ban/tinh/%s/ and its later pages', (slug) => {
    const base = `diem-ban/tinh/${slug}`;
    const name = /<h1>Điểm bán hàng Việt – ([^<]+)<\/h1>/.exec(page(base))?.[1];
    const expected = active.filter((p) => p.provinceName === name).map((p) => p.id);
    const pages = [base];
    for (let n = 2; existsSync(path.join(dist, base, 'trang', String(n), 'index.html')); n++) pages.push(`${base}/trang/${n}`);
    const linked = pages.flatMap((url) => pointLinks(page(url)));
    expect(expected.length).toBeGreaterThan(0);
    expect(linked.length, 'a point is listed twice').toBe(new Set(linked).size);
    expect([...linked].sort()).toEqual([...expected].sort());
  });
});

describe('province intros name each kind as it is written', () => {
  const slugs = readdirSync(path.join(dist, 'diem-ban/tinh')).sort();
  const labels = Object.values(POINT_KIND_LABELS);

  // "4 điểm bán đang hoạt động, 2 điểm bán hàng Việt – Tự hào hàng Việt Nam, 1 cửa hàng … OCOP":
  // inside the sentence only a label's first letter may change; the names in it keep their capitals.
  it.each(slugs)('/diem-ban/tinh/%s/', (slug) => {
    const intro = /<\/h1>\s*<p>([^<]+)<\/p>/.exec(page(`diem-ban/tinh/${slug}`))?.[1] ?? '';
    const named = labels.filter((label) => intro.toLocaleLowerCase('vi').includes(label.toLocaleLowerCase('vi')));
    expect(named.length, `no kind named in "${intro}"`).toBeGreaterThan(0);
    for (const label of named) expect(intro).toContain(label.slice(1));
  });
});

/** The JSON-LD blocks of a page, parsed. A block ends at the first `</script>`, as in a browser. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
}

describe('JSON-LD on point pages', () => {
  const byId = new Map(exported.map((p) => [p.id, p]));

  it.each(['diem-ban-thu-nghiem-xss', 'cua-hang-ocop-sai-gon'])('/diem-ban/%s/ reads back as the exported point', (id) => {
    const p = byId.get(id)!;
    const blocks = jsonLd(page(`diem-ban/${id}`));
    expect(blocks).toHaveLength(1);
    const data = blocks[0]!;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Store');
    expect(data.name).toBe(p.name);
    expect(data.url).toBe(p.url);
    expect(data.geo).toEqual({ '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lng });
    expect(data.address).toEqual({ '@type': 'PostalAddress', streetAddress: p.street, addressLocality: p.communeName, addressRegion: p.provinceName, addressCountry: 'VN' });
    expect(data.telephone).toBe(p.phone ?? undefined);
  });

  it('keeps the HTML-looking name and address as text inside the block', () => {
    const html = page('diem-ban/diem-ban-thu-nghiem-xss');
    const body = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(body).not.toMatch(/[<>]/);
    expect(jsonLd(html)[0]!.name).toBe('<img src=x onerror=alert(1)> Điểm bán thử nghiệm');
    expect((jsonLd(html)[0]!.address as { streetAddress: string }).streetAddress).toContain('<script>');
  });

  it('is on every active point page, and on no closed one', () => {
    for (const p of exported) expect(jsonLd(page(`diem-ban/${p.id}`)), p.id).toHaveLength(p.status === 'active' ? 1 : 0);
    expect(exported.some((p) => p.status === 'closed')).toBe(true);
  });
});

describe('a closed point', () => {
  const html = page('diem-ban/tu-hao-hang-viet-ia-grai');
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));

  it('says when it closed and invites no visit: no directions, hours, phone or “đang bán” list', () => {
    expect(main).toMatch(/Điểm bán này đã ngừng hoạt động từ ngày <time[^>]*>15\/12\/2025<\/time>/);
    expect(main).not.toContain('Chỉ đường');
    expect(main).not.toContain('Giờ mở cửa');
    expect(main).not.toMatch(/Mo-Su|06:00/);
    expect(main).not.toContain('tel:');
    expect(main).not.toContain('đang bán');
  });
});

describe('the published sample', () => {
  it('carries no test record: names and addresses are plain words a committee could publish', () => {
    const rows = exported.map((p) => JSON.stringify(p));
    // The test build adds tests/fixtures/content (an escaping test record); the sample itself has none.
    const fixtures = rows.filter((r) => r.includes('thu-nghiem'));
    expect(fixtures.length).toBeLessThanOrEqual(1);
    const source = readdirSync(path.resolve('content/points')).map((f) => readFileSync(path.resolve('content/points', f), 'utf8')).join('\n');
    expect(source).not.toMatch(/<[a-z/!]|onerror|thử nghiệm/i);
  });
});
