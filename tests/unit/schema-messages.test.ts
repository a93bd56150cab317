/**
 * Every kind of schema problem reads as plain Vietnamese that says what to do: each row parses a
 * bad value through a real schema with the site's error map and checks the message. A message the
 * schema itself carries still wins over the map; one the map does not know is left to the locale.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { pointSchema } from '../../src/schemas/point.ts';
import { point } from './helpers/records.ts';
import { schemaMessage, shown, yamlProblem } from '../../src/lib/schema-messages.ts';


/** "path: message" for each issue, with the site's error map installed for this parse only. */
function messages(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data, { error: (issue) => schemaMessage(issue as Parameters<typeof schemaMessage>[0]) });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** Words of the schema library's own vocabulary that must never reach an editor. */
const JARGON = /expected|received|invalid|required|string|undefined|mong đợi|nhận được|Đầu vào|Quá (lớn|nhỏ)|Khóa|instanceof|<=|>=/i;

describe('schema messages', () => {
  it.each([
    // kind, schema, value, the message (whole, so a change of wording is seen)
    ['missing nested field', pointSchema, { ...point, address: { street: 'Lê Lợi', province: '79' } }, 'address.commune: thiếu trường bắt buộc này'],
    ['wrong type: text for a number', pointSchema, { ...point, yearOpened: 'năm 2020' }, 'yearOpened: phải là một số, ví dụ 12 hoặc 10.5 (dấu chấm thập phân), nhưng đang ghi "năm 2020"'],
    ['wrong type: a number for text', z.object({ street: z.string() }), { street: 12 }, 'street: phải là chữ (văn bản), nhưng đang ghi 12'],
    ['wrong type: a list expected', z.object({ tags: z.array(z.string()) }), { tags: 'rau, quả' }, 'tags: phải là một danh sách (mỗi mục một dòng bắt đầu bằng "- "), nhưng đang ghi "rau, quả"'],
    ['wrong type: yes/no', z.object({ sample: z.boolean() }), { sample: 'có' }, 'sample: phải là true (có) hoặc false (không), nhưng đang ghi "có"'],
    ['not a whole number', pointSchema, { ...point, yearOpened: 2020.5 }, 'yearOpened: phải là một số nguyên, ví dụ 12, nhưng đang ghi 2020.5'],
    ['number too big', pointSchema, { ...point, yearOpened: 2200 }, 'yearOpened: phải nhỏ hơn hoặc bằng 2100, nhưng đang ghi 2200'],
    ['number too small', pointSchema, { ...point, vietGoodsShare: -5 }, 'vietGoodsShare: phải lớn hơn hoặc bằng 0, nhưng đang ghi -5'],
    ['text too long', z.object({ summary: z.string().max(10) }), { summary: 'Hội chợ hàng Việt' }, 'summary: dài quá 10 ký tự (đang có 17 ký tự); hãy rút gọn'],
    ['empty text', z.object({ name: z.string().min(1) }), { name: '' }, 'name: không được để trống'],
    ['too few items', z.object({ days: z.array(z.string()).min(1) }), { days: [] }, 'days: cần ít nhất 1 mục'],
    ['bad enum value', z.object({ status: z.enum(['active', 'closed']) }), { status: 'dong-cua' }, 'status: giá trị "dong-cua" không hợp lệ; chọn một trong: active, closed'],
    ['one allowed value', z.object({ v: z.literal('1') }), { v: '2' }, 'v: phải là 1, nhưng đang ghi "2"'],
    ['misspelt field', pointSchema, { ...point, Phone: '0290 3831 234' }, ': có trường không thuộc mẫu: "Phone"; hãy sửa chính tả tên trường (chữ hoa, chữ thường như trong mẫu) hoặc xóa đi'],
    ['not a web address', z.object({ website: z.url() }), { website: 'hangviet' }, 'website: "hangviet" không phải một địa chỉ web đầy đủ; hãy viết dạng "https://ten-mien.vn/…"'],
    ['not an e-mail address', z.object({ email: z.email() }), { email: 'ban-chi-dao' }, 'email: "ban-chi-dao" không phải một địa chỉ thư điện tử; hãy viết dạng "ten@co-quan.gov.vn"'],
    ['pattern not matched', z.object({ code: z.string().regex(/^\d{2}$/) }), { code: '7' }, 'code: "7" không đúng cách viết của trường này'],
    ['no alternative fits', z.object({ v: z.union([z.string(), z.number()]) }), { v: true }, 'v: true không đúng dạng của trường này'],
  ])('%s', (_kind, schema, data, expected) => {
    const found = messages(schema as z.ZodType, data);
    expect(found).toContain(expected);
    for (const m of found) expect(m).not.toMatch(JARGON);
  });

  it('keeps the message written on the schema itself', () => {
    // The point schema says how to write a commune code; the map must not replace it.
    expect(messages(pointSchema, { ...point, address: { ...point.address, commune: '123' } })).toContain(
      'address.commune: mã xã/phường gồm 5 chữ số, ví dụ "26740" (Phường Sài Gòn)',
    );
  });

  it('leaves an issue it does not know to the locale', () => {
    expect(schemaMessage({ code: 'custom' })).toBeUndefined();
  });

  it.each([
    [null, 'để trống (null)'],
    [[1, 2, 3], 'một danh sách 3 mục'],
    [{ a: 1 }, 'một nhóm trường'],
    ['x'.repeat(100), `"${'x'.repeat(56)}…`],
    [new Date('2026-11-28T00:00:00Z'), 'ngày 2026-11-28'],
  ])('shows %j as %s', (value, text) => {
    expect(shown(value)).toBe(text);
  });
});

describe('YAML syntax messages', () => {
  it.each([
    ['DUPLICATE_KEY', 'một trường được ghi hai lần'],
    ['duplicated mapping key', 'một trường được ghi hai lần'],
    ['BAD_INDENT', 'thụt lề không đúng'],
    ['bad indentation of a mapping entry', 'thụt lề không đúng'],
    ['MISSING_CHAR', 'thiếu một dấu đóng'],
    ['MULTILINE_IMPLICIT_KEY', 'không đúng dạng "tên: giá trị"'],
    ['something new', 'cú pháp YAML sai (something new)'],
  ])('%s', (code, words) => {
    expect(yamlProblem(code)).toContain(words);
  });
});
