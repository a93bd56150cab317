/**
 * The search index's files (`/tim-kiem/chi-muc/…`, see lib/search-engine.ts): every searchable
 * thing as one document (plans, tasks, sales points, products, businesses, honours and their
 * programmes, fairs, news, standalone pages), with the words it is found by and what its result
 * shows. `astro build` writes the files from a worker thread (`writeSearchIndex`); the dev server
 * serves each as a page of the route `tim-kiem/chi-muc/[...file].json.ts`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
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
import { markdownText, SEARCH_TYPES } from '../../lib/search-engine.ts';
import { compareVi } from '../../lib/text.ts';
import { agencyUrl, taskAnchor, businessUrl, fairUrl, honorYearUrl, pageUrl, planUrl, pointUrl, postUrl, productUrl, programUrl, SEARCH_INDEX } from '../../lib/urls.ts';
import type { PageOf } from '../page.ts';
import { memoOnData } from '../reads.ts';
import type { SiteData } from '../site-data.ts';
import { agencies } from '../tasks.ts';
import { timingOf } from './cards.ts';
import { digestedIndexFiles, type IndexFile, type IndexInput, type SearchDoc } from './search-files.ts';
import { writeIndexFiles, type WrittenIndex } from './search-output.ts';

export type { SearchDoc } from './search-files.ts';

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
  const units = adminUnits();
  let known = namesByPlace.get(units);
  if (!known) namesByPlace.set(units, (known = new Map()));
  const key = `${code}\u0000${provinceCode}`;
  let names = known.get(key);
  if (!names) known.set(key, (names = placeOldNames(code, provinceCode)));
  return names;
}

/**
 * Old names per place, worked out once per place (30,000 documents nationally share 3,321
 * communes): the documents of one commune share one list, which the copy to the search worker
 * then also carries once.
 */
const namesByPlace = new WeakMap<object, Map<string, [string, string][]>>();

function placeOldNames(code: string, provinceCode: string): [string, string][] {
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

/** Every searchable thing, in no particular order (computed once per build: the search page counts their years). */
export const searchDocs = memoOnData((data: SiteData): SearchDoc[] => collectDocs(data));

function collectDocs(data: SiteData): SearchDoc[] {
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

/** The index's documents in index order, numbered by type, province and year (the facets compress to runs), then by title. */
export function indexInput(data: SiteData): IndexInput {
  const provinces = [...adminUnits().provinces].sort((a, b) => compareVi(a.shortName, b.shortName));
  const provinceIndex = new Map(provinces.map((p, i) => [p.code, i + 1]));
  const typeIndex = new Map(SEARCH_TYPES.map((t, i) => [t, i]));
  const docs = searchDocs(data)
    .map((doc) => ({ doc, type: typeIndex.get(doc.type)!, province: doc.province ? provinceIndex.get(doc.province)! : 0, year: doc.year ?? 0 }))
    .sort((a, b) => a.type - b.type || a.province - b.province || a.year - b.year || compareVi(a.doc.result.title, b.doc.result.title) || a.doc.result.url.localeCompare(b.doc.result.url));
  return { docs, provinces: provinces.map((p) => [p.code, p.slug, p.shortName]) };
}

/** The worker's source file: Node runs it as it is, from the project's folder (the build's working directory, as for the code digest in page.ts). */
const WORKER = path.join(process.cwd(), 'src/data/views/search-worker.ts');

/**
 * Write the index of `input` into `dir` in a worker thread; if no worker can start, in this thread
 * (the same files).
 */
export function inWorker(input: IndexInput, dir: string): Promise<WrittenIndex> {
  if (!existsSync(WORKER)) return Promise.resolve(writeIndexFiles(input, dir));
  return new Promise((resolve, reject) => {
    let answered = false;
    const worker = new Worker(pathToFileURL(WORKER));
    worker.once('message', (written: WrittenIndex) => {
      answered = true;
      resolve(written);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      answered = true;
      console.warn(`Chỉ mục tìm kiếm: không chạy được luồng riêng (${error.message}); tính trong luồng chính.`);
      try {
        resolve(writeIndexFiles(input, dir));
      } catch (e) {
        reject(e);
      }
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`Chỉ mục tìm kiếm: luồng riêng dừng (mã ${code}) mà không trả kết quả.`));
    });
    worker.postMessage({ input, dir });
  });
}

const inThread = new WeakMap<SiteData, Promise<IndexFile[]>>();

/** The index's files for `data`, computed in this thread once (`astro dev`, tests). */
function indexFilesOf(data: SiteData): Promise<IndexFile[]> {
  let files = inThread.get(data);
  if (!files) inThread.set(data, (files = Promise.resolve(digestedIndexFiles(indexInput(data)))));
  return files;
}

const writing = new WeakMap<SiteData, Promise<WrittenIndex>>();

/**
 * `astro build`: compute the index of `data` and write its files into the output folder `outDir`
 * (under tim-kiem/chi-muc/) in a worker thread, once. Started as soon as the data is in (index.ts), it runs beside
 * everything else this thread does: the index is the build's largest single computation (about
 * 1.5 s at national scale), and the build otherwise keeps one core busy.
 */
export function writeSearchIndex(data: SiteData, outDir: string): Promise<WrittenIndex> {
  let done = writing.get(data);
  if (!done) writing.set(data, (done = inWorker(indexInput(data), path.join(outDir, SEARCH_INDEX))));
  return done;
}

/** One index file's view: the digest of its text (the text itself is the page's `entry`). */
export interface SearchFileView {
  digest: string;
}

/** Every file of the search index, as pages of the index route (`astro dev`, tests; the build writes them with `writeSearchIndex`). */
export async function searchIndexFiles(data: SiteData): Promise<PageOf<SearchFileView>[]> {
  const files = await indexFilesOf(data);
  return files.map(([file, json, digest]) => ({ params: { file }, view: { digest }, entry: json }));
}
