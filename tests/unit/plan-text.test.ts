/**
 * The published plans are faithful to their sources (content/plans/sources/<plan id>.txt, kept as
 * received). For each plan that has a source:
 *
 * - Body: the MDX body with its markup stripped, in NFC and without whitespace, equals the source
 *   text in NFC and without whitespace, once the blocks the format moves into the frontmatter
 *   (document heading, "KẾ HOẠCH" and title, "Nơi nhận", signature, page numbers…) are taken out.
 *   Each moved block is quoted below as the source prints it, must be found in the source, and must
 *   say what the frontmatter field it moved to says.
 * - Traceability: every assignment's task, and the words of every deadline, are in the source; an
 *   agency the source does not name is marked `agencyInferred`.
 *
 * Comparisons ignore whitespace only (line breaks, the source's column layout), never punctuation.
 * Frontmatter is read raw with `yaml`, not through Astro, so this checks the files as written.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const PLANS = path.resolve('content/plans');
const SOURCES = path.join(PLANS, 'sources');

// ---------------------------------------------------------------------------------------------
// Moved blocks
// ---------------------------------------------------------------------------------------------

/**
 * Where a piece of the source went:
 * - `issuer`: the issuing body printed at the head (in capitals, so compared ignoring case);
 * - `heading`: the national motto / Party heading, `heading.lines`;
 * - `partyMark`: the "*" under a Party body's name, `heading.partyMark`;
 * - `number`: "Số: …", `number`;
 * - `placeDate`: "<place>, ngày … tháng … năm …", `place` and `date`;
 * - `title`: "KẾ HOẠCH" and the title, `title`;
 * - `recipients`: "Nơi nhận:" and its items, `recipients`;
 * - `signer`: capacity, title and name, `signer`;
 * - `dropped`: not published; `note` (when given) is the words of the editor note that records it.
 */
type Target = 'issuer' | 'heading' | 'partyMark' | 'number' | 'placeDate' | 'title' | 'recipients' | 'signer' | 'dropped';

interface Moved {
  to: Target;
  /** The source's text, exactly (only whitespace may differ: comparison is whitespace-free). */
  text: string;
  /** For `dropped`: words of an editorNotes entry that says this was left out. */
  note?: string;
}

/** A text difference the editors made on purpose: the source's words and what the body has instead. */
interface KnownDifference {
  source: string;
  body: string;
  /** Why; normally the editor note that records it. */
  why: string;
}

interface PlanSpec {
  /**
   * Moved pieces in the order they appear in the source. A two-column layout (heading beside the
   * issuer, signature beside "Nơi nhận") interleaves two blocks line by line, so a block may be
   * given in several pieces; its content is its pieces joined in order.
   */
  moved: Moved[];
  /** Differences between the remaining source and the body (none so far). */
  known: KnownDifference[];
  /**
   * Assignment agencies the source does not print verbatim, though it names the body in other
   * words, and that carry no `agencyInferred`: agency → the source's words for it.
   */
  agencyParaphrases: Record<string, string>;
}

const SPECS: Record<string, PlanSpec> = {
  'binh-dinh-28-kh-bcdcvd-2023': {
    // Two columns throughout the head and the foot; pieces alternate between the two blocks.
    moved: [
      { to: 'issuer', text: 'BAN CHỈ ĐẠO CUỘC VẬN ĐỘNG' },
      { to: 'heading', text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' },
      { to: 'issuer', text: '“NGƯỜI VIỆT NAM ƯU TIÊN' },
      { to: 'heading', text: 'Độc lập – Tự do – Hạnh phúc' },
      { to: 'issuer', text: 'DÙNG HÀNG VIỆT NAM”\nTỈNH BÌNH ĐỊNH' },
      { to: 'placeDate', text: 'Bình Định, ngày 24 tháng 02 năm 2023' },
      { to: 'number', text: 'Số: 28/KH-BCĐCVĐ' },
      {
        to: 'title',
        text: 'KẾ HOẠCH\nTriển khai thực hiện Cuộc vận động\n“Người Việt Nam ưu tiên dùng hàng Việt Nam”\ntrên địa bàn tỉnh năm 2023',
      },
      { to: 'recipients', text: 'Nơi nhận:' },
      { to: 'signer', text: 'TM. BAN CHỈ ĐẠO CUỘC VẬN ĐỘNG TỈNH' },
      { to: 'recipients', text: '- Thường trực BCĐ TW CVĐ;' },
      { to: 'signer', text: 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC' },
      {
        to: 'recipients',
        text: '- BTT Ủy ban TW MTTQVN;\n- Thường trực Tỉnh ủy;\n- Thường trực HĐND tỉnh;\n- Lãnh đạo UBND tỉnh;\n- Các huyện ủy, thị ủy, thành ủy,',
      },
      // The signature's "(Đã ký)" is not a field; the editors record it in a note.
      { to: 'dropped', text: '(Đã ký)', note: '“(Đã ký)”' },
      {
        to: 'recipients',
        text: 'đảng ủy trực thuộc Tỉnh ủy;\n- Ban TT Ủy ban MTTQVN tỉnh;\n- Thành viên Ban Chỉ đạo CVĐ tỉnh;\n- Các Tổ chức thành viên Mặt trận tỉnh;',
      },
      { to: 'signer', text: 'Phạm Văn Nam' },
      { to: 'recipients', text: '- Ban Chỉ đạo, BTT Ủy ban MTTQVN' },
      // The signer's other office, printed under the name; the signer fields have no place for it,
      // and the editors record it in a note.
      { to: 'dropped', text: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', note: '“Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh”' },
      { to: 'recipients', text: 'các huyện, thị xã, thành phố;\n- Lưu: VT, BPT.' },
      // Page numbers at the end of the source (as the editor note says).
      { to: 'dropped', text: '2\n\n3', note: 'Số trang (2, 3)' },
    ],
    known: [],
    agencyParaphrases: {},
  },

  'ca-mau-2017': {
    // The source has only the title and the text: no issuer, number, place and date, recipients or
    // signature (see editorNotes).
    moved: [{ to: 'title', text: 'KẾ HOẠCH\nThực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” năm 2017' }],
    known: [],
    agencyParaphrases: {},
  },

  'quan-1-172-kh-qu-2018': {
    // The head survives only as the Party mark and the number (see editorNotes and heading.basis).
    moved: [
      { to: 'partyMark', text: '*' },
      { to: 'number', text: 'Số 172-KH/QU' },
      { to: 'title', text: 'KẾ HOẠCH\nTriển khai các hoạt động của Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” đến năm 2019' },
      {
        to: 'recipients',
        text: `Nơi nhận:
- Ủy ban Mặt trận Tổ quốc Việt Nam thành phố;
- Ban Chỉ đạo Cuộc vận động thành phố
- Thường trực Hội đồng nhân dân quận;
- Thường trực Ủy ban nhân dân quận; các phòng, ban thuộc quận;
- Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội quận;
- Đảng ủy 10 phường;
- Ủy ban Mặt trận Tổ quốc 10 phường;
- Các thành viên và tổ thư ký BCD
- Lưu: Văn phòng Quận ủy.`,
      },
      // The source wraps the signature's capacity and title in Markdown bold markers ("**…**"):
      // formatting of the text as received, not words of the document.
      { to: 'dropped', text: '**' },
      { to: 'signer', text: 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nkiêm\nTRƯỞNG BAN CHỈ ĐẠO' },
      { to: 'dropped', text: '**' },
      { to: 'signer', text: 'Hoàng Thị Tô Nga' },
    ],
    // The page break inside II.1.3 ("tạo điều kiện cho các / doanh nghiệp …"), which the editors
    // joined (editorNotes), is only whitespace: nothing to list.
    known: [],
    agencyParaphrases: {},
  },
};

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------

/** NFC without whitespace: the form every comparison here uses. */
const squeeze = (s: string): string => s.normalize('NFC').replace(/\s+/gu, '');
/** For names compared regardless of case (issuer in capitals, agency at the start of a sentence). */
const upper = (s: string): string => squeeze(s).toLocaleUpperCase('vi');

/** Text without whitespace, remembering the line (1-based, in the file) each character came from. */
interface Located {
  text: string;
  lines: number[];
}

function locate(s: string, firstLine = 1): Located {
  let text = '';
  const lines: number[] = [];
  let line = firstLine;
  for (const ch of s.normalize('NFC')) {
    if (ch === '\n') line++;
    if (/\s/u.test(ch)) continue;
    text += ch;
    for (let i = 0; i < ch.length; i++) lines.push(line);
  }
  return { text, lines };
}

/**
 * The body's text without its MDX/Markdown markup; line breaks are kept so lines still count. Only
 * what the bodies use or may use: MDX comments, heading marks, emphasis markers, backslash escapes.
 * List markers ("- ", "1. ") stay: the sources print them too.
 */
function stripMarkup(body: string): string {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ''))
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}*_])([*_])(?=\S)([^\n*_]*?\S)\1(?![\p{L}\p{N}*_])/gu, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');
}

/** The source as quoted in frontmatter: list markers at line start do not belong to the sentences. */
const quotable = (source: string): string => squeeze(source.replace(/^[ \t]*-[ \t]+/gm, ''));

/** Where two strings first differ, with context from both, or undefined when equal. */
function firstDifference(expected: Located, actual: Located, names: [string, string]): string | undefined {
  const a = expected.text;
  const b = actual.text;
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const context = (s: string, lines: number[], name: string) => {
    const line = lines[Math.min(i, lines.length - 1)] ?? '?';
    const at = i >= s.length ? '(end)' : `line ${line}`;
    return `  ${name} (${at}): …${s.slice(Math.max(0, i - 40), i)}⟦${s.slice(i, i + 40)}⟧…`;
  };
  return [
    `texts differ at character ${i} (whitespace-free; ⟦ ⟧ marks where):`,
    context(a, expected.lines, names[0]),
    context(b, actual.lines, names[1]),
  ].join('\n');
}

/** All spellings of a day and month: 5/6, 05/06, … */
function dayMonth(day: number, month: number): string[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [...new Set([`${day}/${month}`, `${pad(day)}/${month}`, `${day}/${pad(month)}`, `${pad(day)}/${pad(month)}`])];
}

/** The words a frequency goes by. */
const FREQUENCY_WORDS: Record<string, string[]> = {
  monthly: ['hàng tháng', 'hằng tháng', 'mỗi tháng'],
  quarterly: ['hàng quý', 'hằng quý', 'mỗi quý'],
  semiannual: ['6 tháng', 'sáu tháng'],
  yearly: ['năm'],
};

/** Each word of `label` is a word of `text`. */
function labelWordsIn(label: string, text: string): string[] {
  const words = new Set(text.normalize('NFC').toLocaleLowerCase('vi').split(/[^\p{L}\p{N}]+/u));
  return label
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !words.has(w));
}

type Schedule =
  | { kind: 'date'; date: string }
  | { kind: 'quarter'; quarter: number; year: number }
  | { kind: 'yearly'; month: number; day: number; from?: number; until?: number }
  | { kind: 'recurring'; frequency: string; label?: string }
  | { kind: 'ongoing'; label?: string };

/** Why `text` does not carry the words of `when` (empty when it does). */
function deadlineProblems(when: Schedule, text: string): string[] {
  const flat = upper(text);
  const has = (s: string) => flat.includes(upper(s));
  switch (when.kind) {
    case 'date': {
      const [y, m, d] = String(when.date).slice(0, 10).split('-').map(Number) as [number, number, number];
      const forms = [...dayMonth(d, m).map((dm) => `${dm}/${y}`), `ngày ${d} tháng ${m} năm ${y}`, `ngày ${String(d).padStart(2, '0')} tháng ${String(m).padStart(2, '0')} năm ${y}`];
      return forms.some(has) ? [] : [`none of ${forms.join(' | ')}`];
    }
    case 'quarter': {
      const roman = ['I', 'II', 'III', 'IV'][when.quarter - 1];
      const forms = [`quý ${when.quarter} năm ${when.year}`, `quý ${roman} năm ${when.year}`];
      return forms.some(has) ? [] : [`none of ${forms.join(' | ')}`];
    }
    case 'yearly': {
      const forms = dayMonth(when.day, when.month);
      return forms.some(has) ? [] : [`none of ${forms.join(' | ')}`];
    }
    case 'recurring': {
      const problems: string[] = [];
      const words = FREQUENCY_WORDS[when.frequency] ?? [];
      if (!words.some(has)) problems.push(`no frequency words for ${when.frequency} (${words.join(' | ')})`);
      if (when.label && !has(when.label)) {
        const missing = labelWordsIn(when.label, text);
        if (missing.length) problems.push(`label “${when.label}”: missing ${missing.join(', ')}`);
      }
      return problems;
    }
    case 'ongoing':
      if (!when.label) return ['an ongoing deadline without a label has no words to trace'];
      return has(when.label) ? [] : [`label “${when.label}” not found`];
  }
}

// ---------------------------------------------------------------------------------------------
// Plans
// ---------------------------------------------------------------------------------------------

/** The frontmatter fields this test reads, as written in the file. */
interface Frontmatter {
  title: string;
  number?: string;
  issuer: string;
  heading?: { origin?: 'source' | 'reconstructed'; lines?: string[]; partyMark?: boolean };
  place: string;
  date: string;
  inferred?: { issuer?: string; place?: string; date?: string };
  assignments?: Array<{ agency: string; section: string; task: string; when?: Schedule; whenQuote?: string; agencyInferred?: string }>;
  reportingDeadlines?: Array<{ what: string; from?: string; to?: string; due: Schedule; quote?: string }>;
  recipients?: string[];
  signer?: { capacity?: string; title: string; name?: string };
  editorNotes?: string[];
}

interface Plan {
  id: string;
  data: Frontmatter;
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
  source: string;
}

function readPlan(id: string): Plan {
  const file = readFileSync(path.join(PLANS, `${id}.mdx`), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(file);
  if (!match) throw new Error(`${id}.mdx: no frontmatter`);
  const data = parseYaml(match[1]!) as Frontmatter;
  const bodyLine = match[0].split('\n').length;
  return { id, data, body: file.slice(match[0].length), bodyLine, source: readFileSync(path.join(SOURCES, `${id}.txt`), 'utf8') };
}

const planIds = readdirSync(PLANS)
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => f.slice(0, -'.mdx'.length))
  .sort();
const sourceIds = readdirSync(SOURCES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();

describe('plan sources', () => {
  it('every source belongs to a plan, and every plan with a source is described here', () => {
    expect(sourceIds.filter((id) => !planIds.includes(id)), 'sources without a plan').toEqual([]);
    expect(sourceIds.filter((id) => !SPECS[id]), 'sources without moved blocks in this test').toEqual([]);
    expect(Object.keys(SPECS).filter((id) => !existsSync(path.join(SOURCES, `${id}.txt`))), 'specs without a source').toEqual([]);
  });
});

describe('helpers', () => {
  it('stripMarkup removes comments, heading marks, emphasis and escapes, and keeps list markers and lines', () => {
    const body = '{/* ghi chú\n   hai dòng */}\n## II. NỘI DUNG\n\n- **Báo cáo** *6 tháng*: trước ngày 15/6\\.\n1. a_b 2 \\* 3';
    expect(stripMarkup(body)).toBe('\n\nII. NỘI DUNG\n\n- Báo cáo 6 tháng: trước ngày 15/6.\n1. a_b 2 * 3');
  });

  it('firstDifference shows where and on which line, from both sides', () => {
    const message = firstDifference(locate('Tổ Thư ký\ngiúp việc theo dõi'), locate('Tổ Thư ký giúp việc giám sát', 10), ['source', 'body']);
    expect(message).toContain('source (line 2): …TổThưkýgiúpviệc⟦theodõi⟧…');
    expect(message).toContain('body (line 10): …TổThưkýgiúpviệc⟦giámsát⟧…');
    expect(firstDifference(locate('a b'), locate('ab'), ['source', 'body'])).toBeUndefined();
  });
});

describe.each(sourceIds.filter((id) => SPECS[id]))('%s', (id) => {
  const plan = readPlan(id);
  const spec = SPECS[id]!;
  const data = plan.data;
  const source = locate(plan.source);

  /** Find the moved pieces in order; their spans and each block's joined content. */
  function findMoved() {
    const spans: [number, number][] = [];
    const missing: string[] = [];
    const content = new Map<Target, string[]>();
    let cursor = 0;
    for (const m of spec.moved) {
      const piece = squeeze(m.text);
      const at = source.text.indexOf(piece, cursor);
      if (at < 0) {
        missing.push(`${m.to}: “${m.text}”${source.text.includes(piece) ? ' (found, but before the previous piece: keep source order)' : ''}`);
        continue;
      }
      spans.push([at, at + piece.length]);
      cursor = at + piece.length;
      content.set(m.to, [...(content.get(m.to) ?? []), piece]);
    }
    return { spans, missing, content };
  }
  const moved = findMoved();
  const joined = (to: Target) => moved.content.get(to)?.join('');

  describe('moved blocks', () => {
    it('are all in the source, in order', () => {
      expect(moved.missing, 'moved pieces not found in the source').toEqual([]);
    });

    it('say what the frontmatter says', () => {
      const problems: string[] = [];
      const check = (to: Target, expected: string | undefined, actual: string | undefined) => {
        if (expected !== actual) problems.push(`${to}: source “${actual ?? '(no block)'}” ≠ frontmatter “${expected ?? '(none)'}”`);
      };
      const inferred = data.inferred ?? {};

      // Issuer: printed in capitals; it must be in the source unless marked inferred.
      if (joined('issuer') !== undefined || !inferred.issuer) {
        check('issuer', data.issuer === undefined ? undefined : upper(data.issuer), joined('issuer')?.toLocaleUpperCase('vi'));
      }
      // Heading lines: from the source unless reconstructed (then the source must not print them).
      const heading = data.heading ?? {};
      const lines = heading.lines ?? [];
      if ((heading.origin ?? 'source') === 'source') check('heading', lines.length ? squeeze(lines.join('')) : undefined, joined('heading'));
      else if (joined('heading') !== undefined) problems.push('heading: the source prints it, but heading.origin is reconstructed');
      check('partyMark', heading.partyMark ? '*' : undefined, joined('partyMark'));
      // Number: "Số: 28/KH-BCĐCVĐ" or "Số 172-KH/QU".
      check('number', data.number === undefined ? undefined : squeeze(data.number), joined('number')?.replace(/^Số:?/u, ''));
      // Title: under "KẾ HOẠCH".
      check('title', squeeze(data.title), joined('title')?.replace(/^KẾHOẠCH/u, ''));
      // Place and date, unless both are inferred.
      const placeDate = joined('placeDate');
      if (placeDate !== undefined || !(inferred.place && inferred.date)) {
        const m = placeDate === undefined ? null : /^(.+),ngày(\d{1,2})tháng(\d{1,2})năm(\d{4})$/u.exec(placeDate);
        if (!m) problems.push(`placeDate: no “<place>, ngày … tháng … năm …” block (${placeDate ?? 'none'}), and place/date are not both inferred`);
        else {
          const [y, mo, d] = String(data.date).slice(0, 10).split('-').map(Number);
          check('placeDate', `${squeeze(data.place)}|${y}-${mo}-${d}`, `${m[1]}|${Number(m[4])}-${Number(m[3])}-${Number(m[2])}`);
        }
      }
      // Recipients: "Nơi nhận:" then "- item" each, ending in ";", "." or nothing, as printed.
      const recipients = data.recipients ?? [];
      const printed = joined('recipients');
      if (recipients.length || printed !== undefined) {
        const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const pattern = new RegExp(`^Nơinhận:${recipients.map((r) => `-${escape(squeeze(r))}[;.]?`).join('')}$`, 'u');
        if (printed === undefined || !pattern.test(printed)) {
          problems.push(`recipients: source “${printed ?? '(no block)'}” does not list, in order, “${recipients.join('; ')}”`);
        }
      }
      // Signer: capacity, title, name in that order.
      const signer = data.signer;
      check('signer', signer && squeeze(`${signer.capacity ?? ''}${signer.title}${signer.name ?? ''}`), joined('signer'));
      expect(problems).toEqual([]);
    });

    it('left out only where an editor note says so', () => {
      const notes = squeeze((data.editorNotes ?? []).join('\n'));
      const unrecorded = spec.moved.filter((m) => m.to === 'dropped' && m.note !== undefined && !notes.includes(squeeze(m.note)));
      expect(unrecorded.map((m) => m.note), 'dropped pieces whose note is not in editorNotes').toEqual([]);
    });
  });

  it('body is the source, minus the moved blocks', () => {
    expect(moved.missing, 'moved pieces not found in the source').toEqual([]);
    // The source without the moved pieces.
    const keep = source.text.split('').map(() => true);
    for (const [from, to] of moved.spans) for (let i = from; i < to; i++) keep[i] = false;
    let rest: Located = { text: '', lines: [] };
    for (let i = 0; i < source.text.length; i++) {
      if (!keep[i]) continue;
      rest.text += source.text[i];
      rest.lines.push(source.lines[i]!);
    }
    let body = locate(stripMarkup(plan.body), plan.bodyLine);
    // Known differences: each must be found once, in the source and in the body.
    for (const k of spec.known) {
      const [from, to] = [squeeze(k.source), squeeze(k.body)];
      expect(rest.text.split(from).length - 1, `known difference “${k.source}” occurs once in the source`).toBe(1);
      expect(body.text.split(to).length - 1, `known difference “${k.body}” occurs once in the body`).toBe(1);
      const at = rest.text.indexOf(from);
      const line = rest.lines[at]!;
      rest = {
        text: rest.text.slice(0, at) + to + rest.text.slice(at + from.length),
        lines: [...rest.lines.slice(0, at), ...to.split('').map(() => line), ...rest.lines.slice(at + from.length)],
      };
    }
    const difference = firstDifference(rest, body, [`sources/${id}.txt`, `${id}.mdx`]);
    expect(difference, difference).toBeUndefined();
  });

  describe('traceability', () => {
    const quotableSource = quotable(plan.source);
    const inSource = (s: string) => quotableSource.includes(squeeze(s));
    const assignments = data.assignments ?? [];
    const deadlines = data.reportingDeadlines ?? [];

    it('every task is the source’s text', () => {
      const missing = assignments.filter((a) => !inSource(a.task)).map((a) => `${a.section}: “${a.task.slice(0, 80)}…”`);
      expect(missing, 'tasks not found in the source').toEqual([]);
    });

    it('every deadline of a task is in the task or in a quoted sentence of the source', () => {
      const problems: string[] = [];
      for (const a of assignments) {
        if (a.whenQuote !== undefined && !inSource(a.whenQuote)) problems.push(`${a.section}: whenQuote not in the source: “${a.whenQuote}”`);
        if (!a.when) continue;
        const words = a.whenQuote ?? a.task;
        const why = deadlineProblems(a.when, words);
        if (why.length) {
          problems.push(`${a.section}: when ${JSON.stringify(a.when)} is not in the ${a.whenQuote ? 'whenQuote' : 'task (add a whenQuote)'}: ${why.join('; ')}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('every agency is named by the source, or marked inferred', () => {
      const source = upper(plan.source);
      const problems: string[] = [];
      for (const a of assignments) {
        if (a.agencyInferred !== undefined) {
          if (!squeeze(a.agencyInferred)) problems.push(`${a.section}: empty agencyInferred`);
          continue;
        }
        if (source.includes(upper(a.agency))) continue;
        const paraphrase = spec.agencyParaphrases[a.agency];
        if (paraphrase && source.includes(upper(paraphrase)) && upper(a.task).includes(upper(paraphrase))) continue;
        problems.push(`${a.section}: “${a.agency}” is not named in the source and has no agencyInferred`);
      }
      for (const [agency, words] of Object.entries(spec.agencyParaphrases)) {
        if (!assignments.some((a) => a.agency === agency && !a.agencyInferred)) problems.push(`paraphrase for “${agency}” is not used: remove it`);
        if (!source.includes(upper(words))) problems.push(`paraphrase “${words}” is not in the source`);
      }
      expect(problems).toEqual([]);
    });

    it('every reporting deadline quotes the source, and the quote carries it', () => {
      const problems: string[] = [];
      for (const r of deadlines) {
        if (!r.quote) {
          problems.push(`${r.what}: no quote`);
          continue;
        }
        if (!inSource(r.quote)) problems.push(`${r.what}: quote not in the source: “${r.quote}”`);
        const why = deadlineProblems(r.due, r.quote);
        if (why.length) problems.push(`${r.what}: due ${JSON.stringify(r.due)} is not in the quote: ${why.join('; ')}`);
        for (const field of ['from', 'to'] as const) {
          const value = r[field];
          if (value !== undefined && !upper(r.quote).includes(upper(value))) problems.push(`${r.what}: ${field} “${value}” is not in the quote`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
});
