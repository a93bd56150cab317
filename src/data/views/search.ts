/**
 * The search index's files (`/tim-kiem/chi-muc/…`, see lib/search-engine.ts): every searchable
 * thing as one document (plans, tasks, sales points, products, businesses, honours and their
 * programmes, fairs, news, standalone pages), with the words it is found by and what its result
 * shows. Each file is a page of the route `tim-kiem/chi-muc/[...file].json.ts`, so its cache key
 * comes from its content like any page's.
 */
import { createHash } from 'node:crypto';
import { adminUnits, type CommuneMapping } from '../../lib/admin-units.ts';
import { BUSINESS_KIND_LABELS } from '../../lib/businesses.ts';
import { formatDate } from '../../lib/dates.ts';
import { whenWords } from '../../lib/fair-words.ts';
import { FAIR_KIND_LABELS } from '../../lib/fairs.ts';
import { certificateValidUntil, indexStateText, OCOP_GROUP_LABELS } from '../../lib/ocop.ts';
import { communeName, formatAddress, provinceName } from '../../lib/places.ts';
import { planName } from '../../lib/plans.ts';
import { POINT_KIND_LABELS } from '../../lib/points.ts';
import { describeSchedule } from '../../lib/schedule.ts';
import {
  DOCS_PER_BLOCK,
  encodeIds,
  FIELDS,
  isLongNumber,
  markdownText,
  numberFile,
  numbersIn,
  SEARCH_TYPES,
  toRuns,
  wordKey,
  words,
  type Field,
  type NumberFile,
  type ResultDoc,
  type SearchMeta,
  type SearchType,
  type WordFile,
} from '../../lib/search-engine.ts';
import { compareVi } from '../../lib/text.ts';
import { agencyUrl, taskAnchor, businessUrl, fairUrl, honorYearUrl, pageUrl, planUrl, pointUrl, postUrl, productUrl, programUrl } from '../../lib/urls.ts';
import type { PageOf } from '../page.ts';
import { textDigest } from '../text-digest.ts';
import type { SiteData } from '../site-data.ts';
import { agencies } from '../tasks.ts';
import { timingOf } from './cards.ts';

/** One searchable thing, before numbering. */
export interface SearchDoc {
  type: SearchType;
  /** Province code, if the thing belongs to one. */
  province?: string | undefined;
  year?: number | undefined;
  result: ResultDoc;
  /** Searchable words beyond the result's title and lines (a post's body). */
  more?: string[];
  /** Numbers it is found by (tax code, phone), as written. */
  numbers?: string[];
  /** Its title is a passage of text (a task), weighed as text rather than as a name. */
  titleIsText?: boolean;
}

/** The current commune's pre-2025 units, from the checked mapping (admin-units.ts). */
const oldByCommune = new WeakMap<object, Map<string, CommuneMapping[]>>();
function oldUnitsOf(code: string): CommuneMapping[] {
  const units = adminUnits();
  let map = oldByCommune.get(units);
  if (!map) {
    map = new Map();
    for (const m of units.mappings) map.set(m.newCode, [...(map.get(m.newCode) ?? []), m]);
    oldByCommune.set(units, map);
  }
  return map.get(code) ?? [];
}

const shortProvince = (name: string) => name.replace(/^(Tỉnh|Thành phố) /, '');

/**
 * The old place names a thing in commune `code` can be found by, each with what it is now: the
 * communes merged into it, their districts and their provinces when those had another name.
 */
export function oldNames(code: string, provinceCode: string): [string, string][] {
  const nowCommune = communeName(code) ?? code;
  const nowProvince = provinceName(provinceCode);
  const out = new Map<string, string>();
  for (const m of oldUnitsOf(code)) {
    const oldProvince = shortProvince(m.oldProvince);
    if (oldProvince !== shortProvince(nowProvince)) out.set(oldProvince, shortProvince(nowProvince));
    if (m.oldDistrict) out.set(`${m.oldDistrict}, ${oldProvince}`, `${nowCommune}, ${shortProvince(nowProvince)}`);
    if (m.oldName !== nowCommune) out.set(`${m.oldName}${m.oldDistrict ? `, ${m.oldDistrict}` : ''}`, nowCommune);
  }
  return [...out];
}

const withOld = (code: string | undefined, province: string) => {
  const old = code ? oldNames(code, province) : [];
  return old.length ? { old } : {};
};

/** Every searchable thing, in no particular order. */
export function searchDocs(data: SiteData): SearchDoc[] {
  const { plans, points, products, businesses, programs, honors, fairs, news, pages, businessById, programById } = data;
  const docs: SearchDoc[] = [];
  for (const plan of plans) {
    const d = plan.data;
    docs.push({
      type: 'ke-hoach',
      province: d.province,
      year: Number(d.date.slice(0, 4)),
      result: { url: planUrl(plan.id), title: d.title, date: formatDate(d.date), lines: [`${planName(d)} – ${d.issuer}`] },
      more: plan.body ? [markdownText(plan.body)] : [],
    });
  }
  for (const agency of agencies(plans)) {
    for (const { plan, assignment, index } of agency.tasks) {
      docs.push({
        type: 'nhiem-vu',
        titleIsText: true,
        province: plan.data.province,
        year: Number(plan.data.date.slice(0, 4)),
        result: {
          url: `${agencyUrl(agency.slug)}#${taskAnchor(plan.id, index)}`,
          title: assignment.task,
          ...(assignment.when ? { date: describeSchedule(assignment.when) } : {}),
          lines: [`${agency.name} – ${assignment.section}`, `Theo ${plan.data.title} (${planName(plan.data)})`],
        },
      });
    }
  }
  for (const p of points) {
    const d = p.data;
    docs.push({
      type: 'diem-ban',
      province: d.address.province,
      result: {
        url: pointUrl(p.id),
        title: d.name,
        lines: [d.operator ? `${POINT_KIND_LABELS[d.kind]} – ${d.operator}` : POINT_KIND_LABELS[d.kind], formatAddress(d.address), ...(d.phone ? [`Điện thoại ${d.phone}`] : []), ...(d.status === 'closed' ? ['Đã ngừng hoạt động'] : [])],
        ...withOld(d.address.commune, d.address.province),
      },
      numbers: d.phone ? [d.phone] : [],
    });
  }
  for (const p of products) {
    const d = p.data;
    const origin = [d.commune ? communeName(d.commune) : undefined, provinceName(d.province)].filter(Boolean).join(', ');
    docs.push({
      type: 'san-pham',
      province: d.province,
      result: {
        url: productUrl(p.id),
        title: d.name,
        lines: [
          `${businessById.get(d.business.id)?.data.name ?? ''} – ${origin}`,
          // Stars with the certificate's end (or revocation), a fact that stays true: the search
          // page words the state for the day it is used (lib/ocop.ts indexStateAt), so stars never
          // show bare.
          ...(d.ocop
            ? [`OCOP ${d.ocop.stars} sao – ${indexStateText(certificateValidUntil(d.ocop.decisionDate, d.ocop.validUntil), d.ocop.revoked?.date)}, nhóm ${OCOP_GROUP_LABELS[d.ocop.group]}`]
            : []),
          ...(d.description ? [d.description] : []),
        ],
        ...withOld(d.commune, d.province),
      },
      // Its barcode numbers, so the barcode page's “search the site for this number” finds it too.
      ...(d.gtin?.length ? { numbers: d.gtin } : {}),
    });
  }
  for (const b of businesses) {
    const d = b.data;
    docs.push({
      type: 'doanh-nghiep',
      province: d.address.province,
      result: {
        url: businessUrl(b.id),
        title: d.name,
        lines: [`${BUSINESS_KIND_LABELS[d.kind]}, mã số thuế ${d.taxCode}`, formatAddress(d.address), ...(d.description ? [d.description] : [])],
        ...withOld(d.address.commune, d.address.province),
      },
      numbers: [d.taxCode, ...(d.phone ? [d.phone] : [])],
    });
  }
  for (const program of programs) {
    docs.push({ type: 'danh-hieu', result: { url: programUrl(program.id), title: program.data.name, lines: [`Đơn vị tổ chức: ${program.data.organiser}`, program.data.description] } });
  }
  for (const h of honors) {
    const d = h.data;
    const business = businessById.get(d.business.id)!.data;
    const program = programById.get(d.program.id)!.data;
    docs.push({
      type: 'danh-hieu',
      province: business.address.province,
      year: d.year,
      result: {
        url: honorYearUrl(d.program.id, d.year),
        title: `${business.name} – ${program.name} ${d.year}`,
        date: `Năm ${d.year}`,
        lines: [...(d.title ? [d.title] : []), `${d.decisionNumber}, ngày ${formatDate(d.decisionDate)}`, provinceName(business.address.province)],
      },
      numbers: [business.taxCode],
    });
  }
  for (const f of fairs) {
    const d = f.data;
    docs.push({
      type: 'hoi-cho',
      province: d.venue.address.province,
      year: Number(d.start.slice(0, 4)),
      result: {
        url: fairUrl(f.id),
        title: d.title,
        // Dates (or a market day's rule) as announced; whether the fair is still to come depends on the day.
        date: whenWords(timingOf(d)),
        lines: [`${FAIR_KIND_LABELS[d.kind]} – ${d.venue.name}, ${formatAddress(d.venue.address)}`, d.summary, ...(d.statusNote ? [d.statusNote] : [])],
        ...withOld(d.venue.address.commune, d.venue.address.province),
      },
      more: [`Đơn vị tổ chức: ${d.organiser}`, ...(f.body ? [markdownText(f.body)] : [])],
    });
  }
  for (const n of news) {
    docs.push({
      type: 'tin-tuc',
      year: Number(n.data.date.slice(0, 4)),
      result: { url: postUrl(n.id), title: n.data.title, date: formatDate(n.data.date), lines: [n.data.summary] },
      more: [...n.data.tags, ...(n.body ? [markdownText(n.body)] : [])],
    });
  }
  for (const p of pages) {
    docs.push({ type: 'trang', result: { url: pageUrl(p.id), title: p.data.title, lines: [p.data.description] }, more: p.body ? [markdownText(p.body)] : [] });
  }
  return docs;
}

/**
 * The files of the index, by their path under /tim-kiem/chi-muc/ without `.json`, as JSON text:
 * each body is serialised once, for the index's version, the page's cache key and the file itself.
 */
export function searchIndex(data: SiteData): Map<string, string> {
  const provinces = [...adminUnits().provinces].sort((a, b) => compareVi(a.shortName, b.shortName));
  const provinceIndex = new Map(provinces.map((p, i) => [p.code, i + 1]));
  const typeIndex = new Map(SEARCH_TYPES.map((t, i) => [t, i]));
  const docs = searchDocs(data)
    .map((doc) => ({ doc, type: typeIndex.get(doc.type)!, province: doc.province ? provinceIndex.get(doc.province)! : 0, year: doc.year ?? 0 }))
    // Numbered by type, province and year (the facets compress to runs), then by title.
    .sort((a, b) => a.type - b.type || a.province - b.province || a.year - b.year || compareVi(a.doc.result.title, b.doc.result.title) || a.doc.result.url.localeCompare(b.doc.result.url));

  // word key → spelling → field → document numbers (ascending, as documents are visited in order)
  const postings = new Map<string, Map<string, number[][]>>();
  const numbers = new Map<string, number[]>();
  const addNumber = (n: string, id: number) => {
    const list = numbers.get(n) ?? [];
    if (list.at(-1) !== id) list.push(id);
    numbers.set(n, list);
  };
  // Folding is the index's costliest step and the same few thousand words recur across 26,000
  // documents (national scale): each spelling is folded once per build.
  const keys = new Map<string, string | undefined>();
  const keyOf = (w: string) => {
    if (keys.has(w)) return keys.get(w);
    const key = wordKey(w);
    keys.set(w, key);
    return key;
  };
  docs.forEach(({ doc }, id) => {
    const r = doc.result;
    const fields: Record<Field, string[]> = {
      title: doc.titleIsText ? [] : [r.title],
      text: [...(doc.titleIsText ? [r.title] : []), ...r.lines, ...(r.date ? [r.date] : []), ...(doc.more ?? [])],
      alias: (r.old ?? []).map(([old]) => old),
    };
    FIELDS.forEach((field, f) => {
      for (const text of fields[field]) {
        for (const w of words(text)) {
          const key = keyOf(w);
          if (!key) continue;
          if (isLongNumber(key)) {
            addNumber(key, id);
            continue;
          }
          let spellings = postings.get(key);
          if (!spellings) postings.set(key, (spellings = new Map()));
          let byField = spellings.get(w);
          if (!byField) spellings.set(w, (byField = [[], [], []]));
          const list = byField[f]!;
          if (list.at(-1) !== id) list.push(id);
        }
        if (field !== 'alias') for (const n of numbersIn(text)) addNumber(n, id);
      }
    });
    for (const n of doc.numbers ?? []) for (const digits of numbersIn(n)) addNumber(digits, id);
  });

  const bodies = new Map<string, unknown>();
  const vocabulary: Record<string, number> = {};
  for (const key of [...postings.keys()].sort()) {
    const file: WordFile = {};
    const all = new Set<number>();
    for (const [spelling, byField] of [...postings.get(key)!].sort(([a], [b]) => a.localeCompare(b))) {
      // A document is listed once per spelling, under its weightiest field (title, then old
      // names, then other text: see WEIGHTS).
      const seen = new Set<number>();
      const kept: number[][] = [[], [], []];
      for (const f of [0, 2, 1]) kept[f] = byField[f]!.filter((id) => !seen.has(id) && (seen.add(id), true));
      kept.forEach((ids) => ids.forEach((id) => all.add(id)));
      while (kept.length && !kept.at(-1)!.length) kept.pop();
      file[spelling] = kept.map(encodeIds);
    }
    bodies.set(`t/${key}`, file);
    vocabulary[key] = all.size;
  }
  bodies.set('tu', vocabulary);
  const numberShards = new Map<string, NumberFile>();
  for (const n of [...numbers.keys()].sort()) {
    const shard = numberShards.get(numberFile(n)) ?? {};
    shard[n] = encodeIds(numbers.get(n)!);
    numberShards.set(numberFile(n), shard);
  }
  for (const [s, shard] of numberShards) bodies.set(`so/${s}`, shard);
  for (let b = 0; b * DOCS_PER_BLOCK < docs.length; b++) {
    bodies.set(`tl/${b}`, docs.slice(b * DOCS_PER_BLOCK, (b + 1) * DOCS_PER_BLOCK).map(({ doc }) => doc.result));
  }
  const files = new Map<string, string>();
  const hash = createHash('sha1');
  for (const [name, body] of bodies) {
    const json = JSON.stringify(body);
    files.set(name, json);
    hash.update(`${name}\0${json}\0`);
  }
  const meta: SearchMeta = {
    version: hash.digest('base64url').slice(0, 12),
    types: [...SEARCH_TYPES],
    provinces: [['', '', ''], ...provinces.map((p): [string, string, string] => [p.code, p.slug, p.shortName])],
    runs: toRuns(docs),
    numberFiles: [...numberShards.keys()],
  };
  files.set('muc-luc', JSON.stringify(meta));
  return files;
}

const memo = new WeakMap<SiteData, Map<string, string>>();

/** One index file's view: the digest of its text (the text itself is the page's `entry`). */
export interface SearchFileView {
  digest: string;
}

/** Every file of the search index, as pages of the index route. */
export function searchIndexFiles(data: SiteData): PageOf<SearchFileView>[] {
  let files = memo.get(data);
  if (!files) memo.set(data, (files = searchIndex(data)));
  return [...files].map(([file, json]) => ({ params: { file }, view: { digest: textDigest(json) }, entry: json }));
}
