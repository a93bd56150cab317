/**
 * The words a content editor (or an agency importing a spreadsheet) reads when a value does not fit
 * a schema: plain Vietnamese that says what is wrong and what to write instead, never the schema
 * library's jargon ("mong đợi string, nhận được undefined", "Quá lớn: mong đợi number <=2100").
 *
 * `schemaMessage` is installed as the schema library's global error map (content.config.ts): a
 * message written on the schema itself still wins; an issue this does not know falls back to the
 * library's Vietnamese locale. Pure, so the import reports and the build say the same thing.
 */

/** The parts of a schema issue this reads (the library's issue types are wider). */
export interface SchemaIssue {
  code?: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  keys?: readonly string[];
  values?: readonly unknown[];
  divisor?: number | bigint;
}

/** What a value of each expected type looks like, as an editor writes it in YAML or a spreadsheet. */
const EXPECTED: Record<string, string> = {
  string: 'chữ (văn bản)',
  number: 'một số, ví dụ 12 hoặc 10.5 (dấu chấm thập phân)',
  int: 'một số nguyên, ví dụ 12',
  boolean: 'true (có) hoặc false (không)',
  array: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ")',
  object: 'một nhóm trường (các dòng "tên: giá trị" thụt vào dưới trường này)',
  date: 'một ngày, ví dụ "2026-11-28" hoặc "28/11/2026"',
};

/** A value as it was written, short enough for one line of an error list. */
export function shown(value: unknown): string {
  if (value === null) return 'để trống (null)';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'một ngày không hợp lệ' : `ngày ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return `một danh sách ${value.length} mục`;
  if (typeof value === 'object') return 'một nhóm trường';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A required field that is not there (the schemas' own messages say the same). */
export const MISSING_FIELD = 'thiếu trường bắt buộc này';

const count = (n: number | bigint | undefined) => (n === undefined ? '?' : n.toString());

/** The message for one issue, or undefined to leave it to the library's locale. */
export function schemaMessage(issue: SchemaIssue): string | undefined {
  const { input } = issue;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return MISSING_FIELD;
      const expected = EXPECTED[issue.expected ?? ''] ?? `dạng ${issue.expected}`;
      return `phải là ${expected}, nhưng đang ghi ${shown(input)}`;
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map((v) => (typeof v === 'string' ? v : String(v)));
      if (input === undefined) return `${MISSING_FIELD}; chọn một trong: ${values.join(', ')}`;
      return values.length === 1
        ? `phải là ${values[0]}, nhưng đang ghi ${shown(input)}`
        : `giá trị ${shown(input)} không hợp lệ; chọn một trong: ${values.join(', ')}`;
    }
    case 'too_big': {
      const max = count(issue.maximum);
      if (issue.origin === 'string') {
        const length = typeof input === 'string' ? ` (đang có ${[...input].length} ký tự)` : '';
        return `dài quá ${max} ký tự${length}; hãy rút gọn`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        const length = Array.isArray(input) ? ` (đang có ${input.length} mục)` : '';
        return `chỉ được có nhiều nhất ${max} mục${length}`;
      }
      return issue.inclusive === false
        ? `phải nhỏ hơn ${max}, nhưng đang ghi ${shown(input)}`
        : `phải nhỏ hơn hoặc bằng ${max}, nhưng đang ghi ${shown(input)}`;
    }
    case 'too_small': {
      const min = count(issue.minimum);
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? 'không được để trống' : `cần ít nhất ${min} ký tự; hãy viết đầy đủ hơn`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') return `cần ít nhất ${min} mục`;
      return issue.inclusive === false
        ? `phải lớn hơn ${min}, nhưng đang ghi ${shown(input)}`
        : `phải lớn hơn hoặc bằng ${min}, nhưng đang ghi ${shown(input)}`;
    }
    case 'invalid_format': {
      if (issue.format === 'url') return `${shown(input)} không phải một địa chỉ web đầy đủ; hãy viết dạng "https://ten-mien.vn/…"`;
      if (issue.format === 'email') return `${shown(input)} không phải một địa chỉ thư điện tử; hãy viết dạng "ten@co-quan.gov.vn"`;
      return `${shown(input)} không đúng cách viết của trường này`;
    }
    case 'not_multiple_of':
      return `phải là bội số của ${count(issue.divisor)}, nhưng đang ghi ${shown(input)}`;
    case 'unrecognized_keys': {
      const keys = (issue.keys ?? []).map((k) => `"${k}"`).join(', ');
      return `có trường không thuộc mẫu: ${keys}; hãy sửa chính tả tên trường (chữ hoa, chữ thường như trong mẫu) hoặc xóa đi`;
    }
    case 'invalid_union':
      return input === undefined ? MISSING_FIELD : `${shown(input)} không đúng dạng của trường này`;
    case 'invalid_key':
    case 'invalid_element':
      return `có mục không hợp lệ trong ${shown(input)}`;
    default:
      return undefined;
  }
}

/** What to do about a YAML syntax error, by the `yaml` package's code or js-yaml's reason. */
const YAML_PROBLEMS: [RegExp, string][] = [
  [/^DUPLICATE_KEY$|duplicated mapping key/, 'một trường được ghi hai lần; hãy giữ một dòng và xóa dòng kia'],
  [/^(BAD_INDENT|TAB_AS_INDENT)$|bad indentation|tab characters/, 'thụt lề không đúng; các trường cùng cấp phải thẳng hàng, thụt lề bằng dấu cách (không dùng phím Tab)'],
  [/^MISSING_CHAR$|unexpected end of the stream within a (double|single) quoted scalar|missed comma/, 'thiếu một dấu đóng (dấu nháy ", ngoặc ] hoặc }); hãy kiểm tra cặp dấu trên dòng này'],
  [
    /^(BLOCK_AS_IMPLICIT_KEY|MULTILINE_IMPLICIT_KEY|UNEXPECTED_TOKEN|BAD_SCALAR_START)$|can not read a block mapping entry|end of the stream or a document separator is expected|incomplete explicit mapping pair|unexpected end of the stream/,
    'có dòng không đúng dạng "tên: giá trị" (thiếu dấu hai chấm và dấu cách sau tên trường, hoặc giá trị có dấu hai chấm mà không đặt trong dấu nháy)',
  ],
  [/^BAD_DQ_ESCAPE$|unknown escape sequence/, 'có dấu \\ không hợp lệ trong dấu nháy kép; hãy dùng dấu nháy đơn hoặc viết \\\\'],
];

/** A YAML syntax error (`code` of the `yaml` package, or js-yaml's reason) said in Vietnamese. */
export function yamlProblem(codeOrReason: string): string {
  return YAML_PROBLEMS.find(([pattern]) => pattern.test(codeOrReason))?.[1] ?? `cú pháp YAML sai (${codeOrReason}); hãy so với tệp mẫu bắt đầu bằng "_"`;
}
