/**
 * The seed plans as the built site shows them: headings as issued, inferred facts said in words,
 * assignments and reports per agency on the task pages and in their calendars (parsed and
 * expanded with a real iCalendar parser, ical.js), and the editors' notes where they belong.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

const dist = path.resolve('dist');
const page = (url: string) => readFileSync(path.join(dist, url, url.endsWith('.ics') ? '' : 'index.html'), 'utf8');
/** Rows of the task table on an agency page: [section, task] per row. */
const taskRows = (html: string) =>
  [...html.matchAll(/<tr id="nv-[^"]+"><td data-label="Mục">([^<]*)<\/td><td data-label="Nhiệm vụ">([^<]*)(.*?)<\/td>/g)].map((m) => [m[1]!, m[2]!, m[3]!] as const);
/** The text of the first element with `class` (or `id`) `name`, up to its closing tag, markup removed. */
function region(html: string, attr: string, tag = 'div'): string {
  const start = html.indexOf(attr);
  if (start < 0) throw new Error(`${attr} not found`);
  const open = html.lastIndexOf(`<${tag}`, start);
  let depth = 0;
  const re = new RegExp(`<(/?)${tag}[\\s>]`, 'g');
  re.lastIndex = open;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0)
      return html
        .slice(open, m.index)
        .replace(/<\/?(p|div|li|br|h\d|td|th|tr|ul|section)\b[^>]*>/g, ' ')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ');
  }
  throw new Error(`${attr}: no closing </${tag}>`);
}
/** Rows of the report table: the report's name per row. */
const reportRows = (html: string) => [...html.matchAll(/<td data-label="Báo cáo"> ?<strong>([^<]*)<\/strong>/g)].map((m) => m[1]!);

function events(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** Every occurrence of an event up to `until` (YYYY-MM-DD), as YYYY-MM-DD. */
function occurrences(event: ICAL.Event, until: string, max = 50): string[] {
  const out: string[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && out.length < max; next = it.next()) {
    const day = next.toString().slice(0, 10);
    if (day > until) break;
    out.push(day);
  }
  return out;
}

describe('District 1 plan 172-KH/QU', () => {
  const agencies: [string, string[]][] = [
    ['ban-tuyen-giao-quan-uy-quan-1', ['II.1.1', 'II.1.2', 'II.1.3', 'II.1.4']],
    ['uy-ban-nhan-dan-quan-1-quan-1', ['II.2.1', 'II.2.2', 'II.2.3']],
    ['uy-ban-mat-tran-to-quoc-viet-nam-quan-quan-1', ['II.3.1', 'II.3.2', 'II.3.3']],
  ];
  it.each(agencies)('/nhiem-vu/%s/ lists exactly its assignments', (slug, sections) => {
    expect(taskRows(page(`nhiem-vu/${slug}/`)).map(([section]) => section)).toEqual(sections);
  });

  it('schedules those assignments for quarter 4 of 2018 in the agency calendar', () => {
    const list = events(page('nhiem-vu/ban-tuyen-giao-quan-uy-quan-1/lich.ics'));
    expect(list).toHaveLength(4);
    for (const e of list) expect(e.startDate.toString()).toBe('2018-12-31');
  });

  const head = region(page('ke-hoach/quan-1-172-kh-qu-2018/'), 'class="app-document__head"');

  it('shows the Party heading as reconstructed, never the state motto', () => {
    expect(head).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(head).toContain('Tiêu đề trên do ban biên tập khôi phục, không có trong văn bản nguồn');
    expect(head).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(head).not.toContain('Độc lập');
  });

  it('says in the place-and-date line that the place and date are inferred, and from what', () => {
    expect(head).toContain('Văn bản nguồn không có dòng địa danh, ngày tháng.');
    expect(head).toContain('Ngày ban hành không ghi trong văn bản; trang ước định 01/10/2018, suy ra từ câu “Trong quý 4 năm 2018…” ở mục III.1');
    expect(head).not.toMatch(/Quận 1, ngày/);
  });

  it('says the twice-yearly meeting names no body (the site’s reading)', () => {
    const rows = taskRows(page('nhiem-vu/ban-chi-dao-cuoc-van-dong-quan-1/'));
    expect(rows.map(([s]) => s)).toEqual(['III.1, ý 2']);
    expect(rows[0]![2]).toContain('Văn bản không nêu cơ quan thực hiện. Cách hiểu của trang:');
  });

  it('shows its reports, which name no reporting body, on each of its agencies’ pages, apart and out of their calendars', () => {
    const html = page('nhiem-vu/ban-tuyen-giao-quan-uy-quan-1/');
    expect(region(html, 'Báo cáo chung của kế hoạch', 'h3')).toBeTruthy();
    expect(reportRows(html.slice(html.indexOf('Báo cáo chung của kế hoạch')))).toEqual(['Báo cáo kết quả thực hiện 6 tháng', 'Báo cáo kết quả thực hiện năm']);
    expect(events(page('nhiem-vu/ban-tuyen-giao-quan-uy-quan-1/lich.ics')).map((e) => e.summary)).not.toContain('Báo cáo kết quả thực hiện 6 tháng – Kế hoạch 172-KH/QU');
  });
});

describe('Cà Mau plan 2017', () => {
  it('lists items II.1–5 for the provincial committee, saying the plan names no body for them', () => {
    const rows = taskRows(page('nhiem-vu/ban-chi-dao-tinh-ca-mau/'));
    expect(rows.map(([s]) => s)).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'II.5']);
    for (const [, , rest] of rows) expect(rest).toContain('Văn bản không nêu cơ quan thực hiện.');
    const ics = events(page('nhiem-vu/ban-chi-dao-tinh-ca-mau/lich.ics'));
    expect(ics).toHaveLength(0); // no dated task
  });

  it('shows no heading, since the source has none', () => {
    const head = region(page('ke-hoach/ca-mau-2017/'), 'class="app-document__head"');
    expect(head).toContain('Văn bản nguồn không có quốc hiệu, tiêu ngữ.');
    expect(head).not.toContain('CỘNG HÒA');
    expect(head).toContain('Ngày ban hành không ghi trong văn bản; trang ước định 01/01/2017');
  });

  it('splits III.2 into the member agencies and the district Front committees, each owing the three reports', () => {
    for (const slug of ['cac-thanh-vien-ban-chi-dao-tinh-ca-mau', 'uy-ban-mttq-viet-nam-cac-huyen-thanh-pho-ca-mau']) {
      const html = page(`nhiem-vu/${slug}/`);
      expect(taskRows(html).map(([s]) => s)).toEqual(['III.2']);
      expect(reportRows(html)).toEqual(['Báo cáo kết quả thực hiện hằng quý', 'Báo cáo kết quả thực hiện 6 tháng', 'Báo cáo kết quả thực hiện năm']);
      const list = events(page(`nhiem-vu/${slug}/lich.ics`));
      expect(list.map((e) => e.summary)).toEqual([
        'Báo cáo kết quả thực hiện hằng quý – Kế hoạch năm 2017 (không ghi số)',
        'Báo cáo kết quả thực hiện 6 tháng – Kế hoạch năm 2017 (không ghi số)',
        'Báo cáo kết quả thực hiện năm – Kế hoạch năm 2017 (không ghi số)',
      ]);
      expect(list.map((e) => occurrences(e, '2030-12-31'))).toEqual([['2017-03-31', '2017-06-30', '2017-09-30', '2017-12-31'], ['2017-06-30', '2017-12-31'], ['2017-12-31']]);
      for (const e of list) expect(e.description).toContain('Cách hiểu của trang: văn bản không ghi ngày');
      expect(html).toContain(`href="webcal://hangviet.example.vn/nhiem-vu/${slug}/lich.ics"`);
    }
    expect(existsSync(path.join(dist, 'nhiem-vu/cac-co-quan-don-vi-thanh-vien-ban-chi-dao-tinh-uy-ban-mttq-viet-nam-cac-huyen-thanh-pho-ca-mau'))).toBe(false);
  });

  it('puts quarterly, 6-month and yearly reports in the calendar within 2017', () => {
    const list = events(page('nhiem-vu/lich.ics')).filter((e) => e.uid.startsWith('ca-mau-2017-bao-cao-'));
    const dates = Object.fromEntries(list.map((e) => [e.summary, occurrences(e, '2030-12-31')]));
    expect(Object.values(dates)).toEqual(
      expect.arrayContaining([
        ['2017-03-31', '2017-06-30', '2017-09-30', '2017-12-31'],
        ['2017-06-30', '2017-12-31'],
        ['2017-12-31'],
      ]),
    );
  });
});

describe('Bình Định plan 28/KH-BCĐCVĐ', () => {
  const html = page('ke-hoach/binh-dinh-28-kh-bcdcvd-2023/');

  it('has the assignments of sections II.1.1–1.7, II.2.1–2.2 and IV for the provincial committee and others', () => {
    const committee = taskRows(page('nhiem-vu/ban-chi-dao-cuoc-van-dong-tinh-binh-dinh/')).map(([s]) => s);
    expect(committee).toEqual(['II.1.1', 'II.1.2', 'II.1.3', 'II.1.4', 'II.1.5', 'II.1.6', 'II.1.7', 'II.2.1', 'II.2.2']);
    expect(taskRows(page('nhiem-vu/ban-chi-dao-cuoc-van-dong-cac-huyen-thi-xa-thanh-pho-binh-dinh/')).map(([s]) => s)).toEqual(['IV.2']);
  });

  it('sets the 6-month report due by 14/6 and the yearly report by 14/12 ("trước ngày 15/6"), in 2023 only', () => {
    const list = events(page('nhiem-vu/lich.ics')).filter((e) => e.uid.startsWith('binh-dinh-28-kh-bcdcvd-2023-bao-cao-'));
    expect(list.map((e) => occurrences(e, '2030-12-31'))).toEqual([['2023-06-14'], ['2023-12-14']]);
    for (const e of list) expect(e.isRecurring()).toBe(true);
  });

  it('prints the heading and the place-and-date line as the source does', () => {
    const head = region(html, 'class="app-document__head"');
    expect(head).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(head).toContain('Bình Định, ngày 24 tháng 02 năm 2023');
    expect(head).not.toMatch(/khôi phục|suy ra|ước định/);
  });

  it('words its deadlines as the plan does, with the site’s reading apart', () => {
    const table = region(html, 'id="thoi-han-bao-cao"', 'section');
    expect(table).not.toContain('hằng năm');
    expect(table).toContain('trước ngày 15/6 Cách hiểu của trang: “trước ngày 15/6” là hạn cuối ngày 14/6.');
  });

  it('says the appendix is not in the source, in the editors’ notes', () => {
    expect(region(html, 'id="ghi-chu-bien-tap"', 'section')).toContain('dẫn tới một phụ lục không có trong bản nguồn');
  });

  it('does not number the table of contents over the headings’ own numbers', () => {
    const toc = html.slice(html.indexOf('<nav class="app-toc'), html.indexOf('</nav>', html.indexOf('<nav class="app-toc')));
    expect(toc).toContain('I. MỤC ĐÍCH');
    expect(toc).not.toContain('<ol');
  });

  it('offers a print stylesheet', () => {
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(path.join(dist, m[1]!), 'utf8')).join('');
    expect(css).toMatch(/@media print/);
    expect(css).toMatch(/@page\s*\{[^}]*A4/);
  });
});

describe('/nhiem-vu/ on a phone', () => {
  it('opens with an index of agencies and leaves the tasks to their pages', () => {
    const html = page('nhiem-vu/');
    expect(html.indexOf('id="co-quan"')).toBeLessThan(html.indexOf('id="ke-hoach"'));
    expect(taskRows(html)).toEqual([]);
  });

  it('filters plans in force and plans over, with an empty state', () => {
    const current = page('nhiem-vu/dang-thuc-hien/');
    const over = page('nhiem-vu/da-het-han/');
    // Every seed plan's period ended by 2023; the build's clock is the day of the build.
    expect(current).toContain('Không có kế hoạch nào trong mục này.');
    // Over: every plan the open data says ended that assigns a task or a report.
    const plans = (JSON.parse(readFileSync(path.join(dist, 'du-lieu/ke-hoach.json'), 'utf8')) as { plans: { id: string; status: string }[] }).plans;
    const withTasks = new Set((JSON.parse(readFileSync(path.join(dist, 'du-lieu/nhiem-vu.json'), 'utf8')) as { tasks: { plan: string }[] }).tasks.map((t) => t.plan));
    const ended = plans.filter((p) => p.status === 'ended' && withTasks.has(p.id)).map((p) => p.id);
    expect(ended.length).toBeGreaterThanOrEqual(3);
    expect([...over.matchAll(/<h3 id="kh-([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(ended.sort());
    expect(over).not.toContain('Không còn hạn nào tới');
  });
});

describe('calendar feeds', () => {
  it('have stable, unique UIDs and a DTSTAMP on every event', () => {
    const list = events(page('nhiem-vu/lich.ics'));
    const uids = list.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const e of list) expect(e.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
  });
});
