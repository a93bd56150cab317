/**
 * The schemas accept well-formed records and reject each kind of bad input with a message that
 * names the problem. (Build-level tests prove the same errors fail a real build.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { businessSchema } from '../../src/schemas/business.ts';
import { fairSchema } from '../../src/schemas/fair.ts';
import { honorProgramSchema, honorSchema } from '../../src/schemas/honor.ts';
import { newsSchemaFor } from '../../src/schemas/news.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { pointSchema } from '../../src/schemas/point.ts';
import { productEntrySchema, productSchemaFor } from '../../src/schemas/product.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { taxCheckDigit } from '../../src/lib/tax-code.ts';
import { point } from './helpers/records.ts';

const productSchema = productSchemaFor(() => z.string());
const validTax = `030123456${taxCheckDigit('030123456')}`;


function issues(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('point schema', () => {
  it('accepts a complete point and fills defaults', () => {
    const parsed = pointSchema.parse(point);
    expect(parsed.status).toBe('active');
    expect(parsed.sample).toBe(false);
  });

  it.each([
    ['missing required field', { ...point, name: undefined }, /^name:/],
    ['unknown enum value', { ...point, kind: 'sieu-thi' }, /^kind:/],
    ['impossible date', { ...point, lastVerified: '31/02/2026' }, /^lastVerified: .*không phải là một ngày có thật/],
    ['coordinates outside Vietnam', { ...point, geo: { lat: 48.85, lng: 2.35 } }, /^geo: .*ngoài lãnh thổ/],
    ['latitude and longitude swapped', { ...point, geo: { lat: 106.698, lng: 10.7725 } }, /^geo: .*đảo chỗ/],
    ['unknown province code', { ...point, address: { ...point.address, province: '99' } }, /^address.province: /],
    ['unknown commune code', { ...point, address: { ...point.address, commune: '99999' } }, /^address.commune: /],
    ['commune outside its province', { ...point, address: { ...point.address, province: '52' } }, /^address.commune: .*không thuộc tỉnh mã 52/],
    ['unknown field (a typo is not silently dropped)', { ...point, nmae: 'x' }, /nmae/],
    ['phone written as a bare number', { ...point, phone: 18006838 }, /^phone: .*dấu nháy/],
  ])('rejects %s', (_, data, expected) => {
    const found = issues(pointSchema, data);
    expect(found.some((m) => expected.test(m)), found.join('\n')).toBe(true);
  });

  it('reads dd/mm/yyyy as day first', () => {
    expect(pointSchema.parse({ ...point, lastVerified: '01/02/2023' }).lastVerified).toBe('2023-02-01');
  });

  it('normalises decomposed text to NFC instead of rejecting it', () => {
    const parsed = pointSchema.parse({ ...point, operator: 'Bi\u0300nh Đi\u0323nh' });
    expect(parsed.operator).toBe('Bình Định');
  });
});

describe('product schema', () => {
  const product = {
    name: 'Mật ong hoa cà phê',
    business: 'htx-a',
    province: '52',
    ocop: { group: 'thuc-pham', stars: 4, score: 75, decisionNumber: '1/QĐ-UBND', decisionDate: '2025-03-01', issuer: 'UBND tỉnh Gia Lai' },
  };
  it('accepts a certified product', () => {
    expect(issues(productSchema, product)).toEqual([]);
  });
  it('rejects a score that does not match the stars', () => {
    expect(issues(productSchema, { ...product, ocop: { ...product.ocop, score: 92 } })).toEqual([
      'ocop.score: 4 sao ứng với 70–89 điểm, nhưng điểm ghi là 92',
    ]);
  });
  it('allows the older groups only before QĐ 919 (01/08/2022)', () => {
    expect(issues(productSchema, { ...product, ocop: { ...product.ocop, group: 'thao-duoc', decisionDate: '2021-05-01' } })).toEqual([]);
    expect(issues(productSchema, { ...product, ocop: { ...product.ocop, group: 'thao-duoc' } })[0]).toMatch(/^ocop.group: .*trước 01\/08\/2022/);
  });
  it('rejects stars outside 3–5', () => {
    expect(issues(productSchema, { ...product, ocop: { ...product.ocop, stars: 2, score: undefined } })[0]).toMatch(/^ocop.stars/);
  });
  it('rejects an unknown field and a photo without alternative text (the photo is added per entry)', () => {
    expect(issues(productSchema, { ...product, nmae: 'x' })[0]).toMatch(/nmae/);
    expect(issues(productSchema, { ...product, image: { src: 'a.jpg' } })[0]).toMatch(/^image.alt/);
    expect(issues(productSchema, { ...product, image: { src: 'a.jpg', alt: 'Hũ mật ong' } })).toEqual([]);
  });

  describe('built once per collection, the photo resolved per entry', () => {
    /** An image helper as Astro's content layer gives one: the path, marked for import. */
    const image = () => z.string().transform((src) => `__ASTRO_IMAGE_./${src}`);
    const records = [
      product,
      { ...product, image: { src: 'mat-ong.jpg', alt: 'Hũ mật ong' }, referencePrice: { amount: 120000, unit: 'hũ 500 ml' } },
      { image: { alt: 'Hũ mật ong', src: 'mat-ong.jpg' }, ...product },
    ];
    it.each(records.map((r, i) => [i, r] as const))('gives the data productSchemaFor(image) gives, keys in the same order (%i)', async (_, record) => {
      const once = await productEntrySchema(image).parseAsync(record);
      const each = await productSchemaFor(image).parseAsync(record);
      expect(JSON.stringify(once)).toBe(JSON.stringify(each));
    });
    it('reports a path the image helper refuses at image.src', async () => {
      const refusing = () => z.string().refine(() => false, { message: 'không có tệp ảnh này' });
      const result = await productEntrySchema(refusing).safeParseAsync({ ...product, image: { src: 'khong-co.jpg', alt: 'Ảnh' } });
      expect(result.success).toBe(false);
      expect(result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['image.src: không có tệp ảnh này']);
    });
    it('still refuses what the product schema refuses', async () => {
      expect((await productEntrySchema(image).safeParseAsync({ ...product, nmae: 'x' })).success).toBe(false);
    });
  });
});

describe('business schema', () => {
  const business = { name: 'HTX A', kind: 'hop-tac-xa', taxCode: validTax, address: { street: 'Thôn 1', commune: '26740', province: '79' } };
  it('accepts a valid tax code, also as a branch', () => {
    expect(issues(businessSchema, business)).toEqual([]);
    expect(issues(businessSchema, { ...business, taxCode: `${validTax}-002` })).toEqual([]);
  });
  it('accepts a 12-digit personal identification number, the tax code of household businesses since 1 July 2025', () => {
    expect(issues(businessSchema, { ...business, kind: 'ho-kinh-doanh', taxCode: '079090123456' })).toEqual([]);
  });
  it.each([
    ['a wrong check digit', `${validTax.slice(0, 9)}${(Number(validTax[9]) + 1) % 10}`, /chữ số kiểm tra/],
    ['a personal number whose birth province does not exist', '099090123456', /"099".*không phải mã tỉnh nơi đăng ký khai sinh/],
    ['a personal number born in the 22nd century', '079590123456', /chữ số thứ tư "5"/],
    ['11 digits', '07909012345', /không có dạng của mã số thuế/],
  ])('rejects a tax code with %s, naming the field and the problem', (_, taxCode, why) => {
    const [message] = issues(businessSchema, { ...business, taxCode });
    expect(message).toMatch(/^taxCode: mã số thuế không hợp lệ: /);
    expect(message).toMatch(why);
  });
  it('says to quote a code that YAML read as a number and stripped of its leading zero', () => {
    expect(issues(businessSchema, { ...business, taxCode: Number(validTax) })[0]).toMatch(new RegExp(`"${validTax}".*ngoặc kép`));
    expect(issues(businessSchema, { ...business, taxCode: 4102970357 })).toEqual([]);
  });
});

/** A valid fair, as a person writes it. */
const validFair = {
  title: 'Phiên chợ hàng Việt',
  kind: 'phien-cho-hang-viet',
  start: '2026-11-28 08:00',
  end: '2026-11-29 21:00',
  venue: { name: 'Sân', address: { street: 'Lê Lợi', commune: '26743', province: '79' }, geo: { lat: 10.7725, lng: 106.698 } },
  organiser: 'Sở Công Thương',
  summary: 'Phiên chợ cuối tuần.',
};

describe('fair schema', () => {
  const fair = validFair;
  it('stores local times with the +07:00 offset', () => {
    expect(fairSchema.parse(fair).start).toBe('2026-11-28T08:00:00+07:00');
  });
  it('refuses an unquoted YAML timestamp, which YAML reads as UTC', () => {
    expect(issues(fairSchema, { ...fair, start: new Date('2026-11-28T08:00:00Z') })[0]).toMatch(/^start: .*dấu nháy/);
  });
  it('refuses an end before the start, and a cancellation without a note', () => {
    expect(issues(fairSchema, { ...fair, end: '2026-11-27 08:00' })).toEqual(['end: thời điểm kết thúc phải sau thời điểm khai mạc']);
    expect(issues(fairSchema, { ...fair, status: 'cancelled' })[0]).toMatch(/^statusNote:/);
  });

  // 28/11/2026 is a Saturday.
  const market = { ...fair, start: '2026-11-28 16:00', end: '2026-11-28 22:00', repeat: { every: 'week', days: ['t7', 'cn'], until: '2030-12-29', except: ['2026-12-05'] } };
  it.each([
    ['accepts a weekly market day', market, []],
    ['accepts a monthly one on the first Sunday', { ...market, start: '2027-01-03 06:30', end: '2027-01-03 11:30', repeat: { every: 'month', days: ['cn'], week: 1 } }, []],
    ['needs the week of a monthly rule', { ...market, repeat: { every: 'month', days: ['t7'] } }, ['repeat.week: lịch hằng tháng cần ghi tuần trong tháng']],
    ['refuses a week on a weekly rule', { ...market, repeat: { ...market.repeat, week: 2 } }, ['repeat.week: week chỉ dùng cho lịch hằng tháng']],
    ['refuses a week that does not exist', { ...market, repeat: { every: 'month', days: ['t7'], week: 5 } }, ['repeat.week: tuần trong tháng là 1, 2, 3, 4 hoặc -1']],
    ['refuses an unknown weekday', { ...market, repeat: { ...market.repeat, days: ['sat'] } }, ['repeat.days.0:']],
    ['refuses a session over 24 hours', { ...market, end: '2026-11-29 22:00' }, ['end: mỗi phiên chợ định kỳ dài tối đa 24 giờ']],
    ['refuses daily hours on a market day', { ...market, dailyHours: '08:00-22:00' }, ['dailyHours: phiên chợ định kỳ lấy giờ của phiên đầu tiên']],
    ['refuses an end date before the first session', { ...market, repeat: { ...market.repeat, until: '2026-11-01', except: [] } }, ['repeat.until: ngày kết thúc lịch lặp sớm hơn phiên đầu tiên']],
    ['refuses daily hours written backwards', { ...fair, dailyHours: '22:00-08:00' }, ['dailyHours: "22:00-08:00" không phải giờ mở cửa hằng ngày']],
    ['refuses new dates on a fair that was not postponed', { ...fair, rescheduled: { start: '2027-01-14 08:00', end: '2027-01-17 21:00' } }, ['rescheduled: chỉ ghi ngày mới (rescheduled) khi hội chợ tạm hoãn']],
    ['accepts new dates on a postponed fair', { ...fair, status: 'postponed', statusNote: 'Dời lịch.', rescheduled: { start: '2027-01-14 08:00', end: '2027-01-17 21:00' } }, []],
    ['refuses a form address that is not https', { ...fair, registration: { who: 'Doanh nghiệp.', how: 'Gửi phiếu.', form: 'http://vidu.example/phieu.pdf' } }, ['registration.form: "http://vidu.example/phieu.pdf" không phải liên kết hợp lệ']],
    ['refuses a form path that climbs out of public/', { ...fair, registration: { who: 'Doanh nghiệp.', how: 'Gửi phiếu.', form: '/../package.json' } }, ['registration.form:']],
    ['accepts a form the site serves', { ...fair, registration: { who: 'Doanh nghiệp.', how: 'Gửi phiếu.', form: '/tai-lieu/hoi-cho/phieu-dang-ky-hoi-cho-quy-nhon-2027.pdf', booths: 20, fee: 'Miễn phí.' } }, []],
    ['refuses a booth count that is not a positive whole number', { ...fair, registration: { who: 'Doanh nghiệp.', how: 'Gửi phiếu.', booths: 0 } }, ['registration.booths: số gian hàng phải là số nguyên dương']],
  ] as const)('%s', (_, input, expected) => {
    const found = issues(fairSchema, input);
    expect(found).toHaveLength(expected.length);
    expected.forEach((start, i) => expect(found[i]).toContain(start));
  });
});

describe('plan schema', () => {
  it('requires a title', () => {
    const plan = { issuer: 'Ban Chỉ đạo', level: 'tinh', place: 'Cà Mau', date: '2017-01-01' };
    expect(issues(planSchema, plan).some((m) => m.startsWith('title:'))).toBe(true);
    expect(issues(planSchema, { ...plan, title: 'Kế hoạch' })).toEqual([]);
  });
});

describe('messages an editor understands', () => {
  it('says a required field is missing, in Vietnamese', () => {
    expect(issues(pointSchema, { ...point, name: undefined })).toContain('name: thiếu trường bắt buộc này');
    expect(issues(pointSchema, { ...point, geo: undefined })[0]).toMatch(/^geo: thiếu trường bắt buộc này/);
  });
  it('lists the allowed values of an enumeration', () => {
    expect(issues(pointSchema, { ...point, kind: 'sieu-thi' })).toEqual([
      'kind: giá trị "sieu-thi" không hợp lệ; chọn một trong: tu-hao-hang-viet, cua-hang-ocop, clb-ban-hang-viet',
    ]);
  });
});

describe('news schema', () => {
  const newsSchema = newsSchemaFor(() => z.string());
  const post = { title: 'Khai mạc hội chợ', date: '2026-11-01', summary: 'Hội chợ mở cửa.' };

  it('accepts tags in any case and form, and fills empty related records', () => {
    const parsed = newsSchema.parse({ ...post, tags: ['Hội chợ', 'OCOP 2026', 'C++'] });
    expect(parsed.tags).toEqual(['Hội chợ', 'OCOP 2026', 'C++']);
    expect(parsed.related).toEqual({ fairs: [], plans: [], points: [], products: [], businesses: [] });
  });

  it.each(['???', '– … –', '#'])('refuses a tag without a letter or digit (%j): its topic would have no address', (tag) => {
    const found = issues(newsSchema, { ...post, tags: ['OCOP', tag] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^tags\.1: chủ đề .* không có chữ cái hay chữ số nào .*; hãy viết chủ đề bằng chữ/);
  });
});

describe('web addresses', () => {
  const business = { name: 'HTX A', kind: 'hop-tac-xa', taxCode: validTax, address: { street: 'Thôn 1', commune: '26740', province: '79' } };
  const fair = validFair;
  // The sample's own settings, valid as they are.
  const site = parseYaml(readFileSync(path.resolve('content/site.yaml'), 'utf8')) as Record<string, unknown>;
  const source = (url: string) => ({ committee: 'Ban Chỉ đạo tỉnh', url });
  /** Every field of the content that holds a web address: the schema, a valid record with `url` in that field, and the field. */
  const FIELDS: [string, z.ZodType, (url: string) => unknown, string][] = [
    ['business website', businessSchema, (url) => ({ ...business, website: url }), 'website'],
    ['honours programme website', honorProgramSchema, (url) => ({ name: 'A', organiser: 'B', cadence: 'hang-nam', scope: 'doanh-nghiep', description: 'C', website: url }), 'website'],
    ['point source', pointSchema, (url) => ({ ...point, source: source(url) }), 'source.url'],
    ['product source', productSchema, (url) => ({ name: 'Trà', business: 'htx-a', province: '79', source: source(url) }), 'source.url'],
    ['business source', businessSchema, (url) => ({ ...business, source: source(url) }), 'source.url'],
    ['honour source', honorSchema, (url) => ({ program: 'p', year: 2025, business: 'b', decisionNumber: '1/QĐ', decisionDate: '2025-05-01', source: source(url) }), 'source.url'],
    ['fair registration form', fairSchema, (url) => ({ ...fair, registration: { who: 'Doanh nghiệp', how: 'Gửi phiếu', form: url } }), 'registration.form'],
    ['site base address', siteSchema, (url) => ({ ...site, baseUrl: url }), 'baseUrl'],
    ['web editor API', siteSchema, (url) => ({ ...site, editor: { repo: 'a/b', apiUrl: url } }), 'editor.apiUrl'],
    ['web editor sign-in', siteSchema, (url) => ({ ...site, editor: { repo: 'a/b', authUrl: url } }), 'editor.authUrl'],
    ['open data licence', siteSchema, (url) => ({ ...site, dataLicence: { name: 'CC BY 4.0', url } }), 'dataLicence.url'],
  ];
  const BAD = ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'ftp://example.vn/a'];

  it.each(FIELDS)('%s accepts an https address', (_name, schema, record) => {
    expect(issues(schema, record('https://hangviet.example.vn/a/'))).toEqual([]);
  });

  it.each(FIELDS.flatMap(([name, schema, record, field]) => BAD.map((url) => [name, url, schema, record, field] as const)))('%s refuses %j, naming the field in Vietnamese', (_name, url, schema, record, field) => {
    const found = issues(schema, record(url));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${field.replace('.', '\\.')}: .*https://`));
  });
});
