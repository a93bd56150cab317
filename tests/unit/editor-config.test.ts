/**
 * The web editor's fields are the content schemas' fields: the same names at every level, required
 * where the schema requires a value (inside an optional object the editor cannot say "required
 * when present", so there the schema's check at build speaks), choices equal to the schema's
 * enumerations, lists where the schema has arrays. A field added to a schema and not to the
 * editor (or the reverse) fails here.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { adminUnits } from '../../src/lib/admin-units.ts';
import { editorConfig, editorCsp, type EditorField } from '../../src/lib/editor-config.ts';
import { fairSchema } from '../../src/schemas/fair.ts';
import { newsSchemaFor } from '../../src/schemas/news.ts';
import { pageSchema } from '../../src/schemas/page.ts';

/** Fields the editor leaves out on purpose: `sample` marks illustrative records, which the press office does not write. */
const NOT_IN_EDITOR = new Set(['sample']);

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; entries?: Record<string, string>; element?: z.ZodType };
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional / default / transforms, as a person writes the value. */
function core(schema: z.ZodType): z.ZodType {
  const d = def(schema);
  if ((d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault') && d.innerType) return core(d.innerType);
  if (d.type === 'pipe' && d.in) return core(d.in);
  return schema;
}

const required = (schema: z.ZodType) => !schema.safeParse(undefined).success;

const provinceCodes = adminUnits().provinces.map((p) => p.code).sort();
const config = editorConfig({ baseUrl: 'https://hangviet.example.vn', provinces: adminUnits().provinces, guideUrl: 'https://hangviet.example.vn/admin/huong-dan/' });

/** Every difference between the editor's fields and a schema object, with its path. */
function differences(schema: z.ZodType, fields: EditorField[], where: string, parentOptional = false): string[] {
  const shape = def(core(schema)).shape;
  if (!shape) return [`${where}: lược đồ không phải đối tượng`];
  const problems: string[] = [];
  const byName = new Map(fields.filter((f) => f.name !== 'body').map((f) => [f.name, f]));
  for (const [name, field] of Object.entries(shape)) {
    if (NOT_IN_EDITOR.has(name)) continue;
    const cms = byName.get(name);
    const at = `${where}.${name}`;
    if (!cms) {
      problems.push(`${at}: có trong lược đồ, thiếu trong trình soạn thảo`);
      continue;
    }
    const cmsRequired = cms.required !== false;
    if (required(field) !== cmsRequired && !(parentOptional && !cmsRequired)) {
      problems.push(`${at}: lược đồ ${required(field) ? 'bắt buộc' : 'không bắt buộc'}, trình soạn thảo ${cmsRequired ? 'bắt buộc' : 'không bắt buộc'}`);
    }
    const inner = def(core(field));
    if (inner.type === 'enum') {
      const values = Object.values(inner.entries ?? {}).sort();
      const options = (cms.options ?? []).map((o) => o.value).sort();
      if (cms.widget !== 'select' || JSON.stringify(values) !== JSON.stringify(options)) problems.push(`${at}: lựa chọn ${JSON.stringify(options)} khác lược đồ ${JSON.stringify(values)}`);
    }
    if (inner.type === 'object') problems.push(...differences(field, cms.fields ?? [], at, parentOptional || !required(field)));
    if (inner.type === 'array' && !(cms.widget === 'list' || ((cms.widget === 'relation' || cms.widget === 'select') && cms.multiple === true))) problems.push(`${at}: lược đồ là danh sách, trình soạn thảo là ${cms.widget}`);
    // A list of choices (weekdays): a multiple select offering exactly the schema's values.
    if (inner.type === 'array' && cms.widget === 'select') {
      const element = def(core((inner as unknown as { element: z.ZodType }).element));
      const values = Object.values(element.entries ?? {}).sort();
      const options = (cms.options ?? []).map((o) => o.value).sort();
      if (JSON.stringify(values) !== JSON.stringify(options)) problems.push(`${at}: lựa chọn ${JSON.stringify(options)} khác lược đồ ${JSON.stringify(values)}`);
    }
  }
  for (const name of byName.keys()) if (!(name in shape)) problems.push(`${where}.${name}: có trong trình soạn thảo, lược đồ không có (bản dựng sẽ từ chối)`);
  return problems;
}

const collection = (name: string) => config.collections.find((c) => c.name === name) as { fields: EditorField[]; folder: string; extension: string; media_folder?: string; public_folder?: string };

describe('trình soạn thảo khớp lược đồ nội dung', () => {
  const cases: [string, z.ZodType][] = [
    ['news', newsSchemaFor(() => z.string())],
    ['fairs', fairSchema],
    ['pages', pageSchema],
  ];
  for (const [name, schema] of cases) {
    it(`${name}: cùng trường, cùng bắt buộc, cùng lựa chọn`, () => {
      expect(differences(schema, collection(name).fields, name)).toEqual([]);
    });
    it(`${name}: ghi Markdown thường vào content/${name}/`, () => {
      expect(collection(name).folder).toBe(`content/${name}`);
      expect(collection(name).extension).toBe('md');
      expect(collection(name).fields.at(-1)?.widget).toBe('markdown');
    });
  }

  it('tỉnh/thành phố của hội chợ chọn trong đúng 34 mã tỉnh năm 2025', () => {
    const venue = collection('fairs').fields.find((f) => f.name === 'venue');
    const province = venue?.fields?.find((f) => f.name === 'address')?.fields?.find((f) => f.name === 'province');
    expect(province?.options?.map((o) => o.value).sort()).toEqual(provinceCodes);
    expect(provinceCodes).toHaveLength(34);
  });

  it('ảnh của tin nằm trong images/ cạnh tin, như image() của lược đồ đọc', () => {
    expect(collection('news').media_folder).toBe('images');
    expect(collection('news').public_folder).toBe('./images');
  });

  it('địa chỉ tin tạo từ tiêu đề, không dấu', () => {
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    expect(config.locale).toBe('vi');
  });

  it('chế độ trên máy chỉ kết nối 127.0.0.1', () => {
    expect(new URL(config.local_backend.url).hostname).toBe('127.0.0.1');
  });
});

describe('CSP của trang soạn thảo', () => {
  const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
  it('không cho script nội tuyến, chỉ nới những gì trình soạn thảo cần', () => {
    const d = directives(editorCsp({ backend: 'github', repo: 'a/b', branch: 'main' }));
    expect(d.get('script-src')).not.toContain("'unsafe-inline'");
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('connect-src')).toEqual(["'self'", 'blob:', 'https://api.github.com', 'http://127.0.0.1:8081']);
  });
  it('kết nối tới API của GitLab tự cài khi site.yaml ghi apiUrl', () => {
    const d = directives(editorCsp({ backend: 'gitlab', repo: 'a/b', branch: 'main', apiUrl: 'https://git.gialai.gov.vn/api/v4' }));
    expect(d.get('connect-src')).toContain('https://git.gialai.gov.vn');
    expect(d.get('connect-src')).not.toContain('https://api.github.com');
  });
});
