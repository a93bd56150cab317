/**
 * The search index pages (`/tim-kiem/chi-muc/<nhóm>/`) that make records and posts searchable
 * (see lib/search-records.ts): grouped by section and by province (or year, for news), in
 * blocks, each record with the text a searcher may type.
 */
import { provinceByCode } from '../../lib/admin-units.ts';
import { FAIR_KIND_LABELS } from '../../lib/fairs.ts';
import { whenWords } from '../../lib/fair-words.ts';
import { BUSINESS_KIND_LABELS } from '../../lib/businesses.ts';
import { communeName, formatAddress, provinceName } from '../../lib/places.ts';
import { certificateValidUntil, indexStateText, OCOP_GROUP_LABELS } from '../../lib/ocop.ts';
import { blocks, markdownText, RECORD_SECTION_LABELS, recordAnchor, type RecordSection } from '../../lib/search-records.ts';
import { foldedDWords } from '../../lib/search-text.ts';
import { compareVi } from '../../lib/text.ts';
import { recordPageUrl, SEARCH, searchIndexUrl } from '../../lib/urls.ts';
import { POINT_KIND_LABELS } from '../../lib/points.ts';
import type { SiteData } from '../site-data.ts';
import type { PageOf } from '../page.ts';
import { timingOf } from './cards.ts';
import { layout, type LayoutView } from './layout.ts';

/** One record's section on an index page. */
export interface SearchRecord {
  id: string;
  title: string;
  /** Lines of text under the title. */
  lines: string[];
  sample: boolean;
}

/** One group of records. */
interface SearchGroup {
  /** URL segment: `san-pham-gia-lai-2`. */
  slug: string;
  section: RecordSection;
  /** "Sản phẩm – Gia Lai, phần 2/3". */
  title: string;
  records: SearchRecord[];
}

/** Records of one section, each with the key of its group (a province code or a year). */
interface SectionRows {
  section: RecordSection;
  /** Records per index page: prose is longer, so fewer posts share a page. */
  perPage: number;
  rows: { key: string; record: SearchRecord }[];
  /** Sort order of the keys, and how a key is named in slugs and titles. */
  order: (a: string, b: string) => number;
  slug: (key: string) => string;
  label: (key: string) => string;
}

const byProvince = {
  order: (a: string, b: string) => compareVi(provinceName(a), provinceName(b)),
  slug: (code: string) => provinceByCode(code)?.slug ?? code,
  label: (code: string) => provinceByCode(code)?.shortName ?? code,
};

/** Every index page, in a stable order. */
function searchGroups({ products, points, businesses, fairs, news, businessById }: SiteData): SearchGroup[] {
  const commune = (code: string | undefined) => (code ? communeName(code) : undefined);
  const sections: SectionRows[] = [
    {
      section: 'san-pham',
      perPage: 40,
      ...byProvince,
      rows: products.map((p) => {
        const d = p.data;
        const origin = [commune(d.commune), provinceName(d.province)].filter(Boolean).join(', ');
        return {
          key: d.province,
          record: {
            id: p.id,
            title: d.name,
            lines: [
              `${businessById.get(d.business.id)?.data.name ?? ''} – ${origin}`,
              // Stars with the certificate's end (or revocation), a fact that stays true: the
              // search page turns it into the state on the day it is used (lib/ocop.ts
              // indexStateAt), so stars never show bare. Decision numbers stay out: they would add
              // thousands of words to the index that nobody types.
              ...(d.ocop
                ? [`OCOP ${d.ocop.stars} sao – ${indexStateText(certificateValidUntil(d.ocop.decisionDate, d.ocop.validUntil), d.ocop.revoked?.date)}, nhóm ${OCOP_GROUP_LABELS[d.ocop.group]}`]
                : []),
              ...(d.description ? [d.description] : []),
            ],
            sample: d.sample,
          },
        };
      }),
    },
    {
      section: 'diem-ban',
      perPage: 40,
      ...byProvince,
      rows: points.map((p) => {
        const d = p.data;
        return {
          key: d.address.province,
          record: {
            id: p.id,
            title: d.name,
            lines: [`${POINT_KIND_LABELS[d.kind]} – ${d.operator}`, formatAddress(d.address), ...(d.status === 'closed' ? ['Đã ngừng hoạt động'] : [])],
            sample: d.sample,
          },
        };
      }),
    },
    {
      section: 'doanh-nghiep',
      perPage: 40,
      ...byProvince,
      rows: businesses.map((b) => {
        const d = b.data;
        return {
          key: d.address.province,
          record: {
            id: b.id,
            title: d.name,
            lines: [`${BUSINESS_KIND_LABELS[d.kind]}, mã số thuế ${d.taxCode}`, formatAddress(d.address), ...(d.description ? [d.description] : [])],
            sample: d.sample,
          },
        };
      }),
    },
    {
      section: 'hoi-cho',
      perPage: 20,
      ...byProvince,
      rows: fairs.map((f) => {
        const d = f.data;
        return {
          key: d.venue.address.province,
          record: {
            id: f.id,
            title: d.title,
            // Dates (or a market day's rule) as announced; whether the fair is still to come depends on the day.
            lines: [
              `${FAIR_KIND_LABELS[d.kind]}, ${whenWords(timingOf(d))}`,
              `${d.venue.name}, ${formatAddress(d.venue.address)}`,
              `Đơn vị tổ chức: ${d.organiser}`,
              d.summary,
              ...(d.statusNote ? [d.statusNote] : []),
              ...(f.body ? [markdownText(f.body)] : []),
            ],
            sample: d.sample,
          },
        };
      }),
    },
    {
      section: 'tin-tuc',
      perPage: 10,
      order: (a, b) => b.localeCompare(a),
      slug: (year) => year,
      label: (year) => `năm ${year}`,
      rows: [...news]
        .sort((a, b) => b.data.date.localeCompare(a.data.date))
        .map((n) => ({
          key: n.data.date.slice(0, 4),
          record: { id: n.id, title: n.data.title, lines: [n.data.summary, ...(n.body ? [markdownText(n.body)] : [])], sample: n.data.sample },
        })),
    },
  ];
  const groups: SearchGroup[] = [];
  for (const { section, perPage, rows, order, slug, label } of sections) {
    for (const key of [...new Set(rows.map((r) => r.key))].sort(order)) {
      const parts = blocks(rows.filter((r) => r.key === key).map((r) => r.record), perPage);
      parts.forEach((records, i) => {
        groups.push({
          slug: `${section}-${slug(key)}${parts.length > 1 ? `-${i + 1}` : ''}`,
          section,
          title: `${RECORD_SECTION_LABELS[section]} – ${label(key)}${parts.length > 1 ? `, phần ${i + 1}/${parts.length}` : ''}`,
          records,
        });
      });
    }
  }
  return groups;
}

/** One index page: its records, each with its anchor, extra folded words and the record's address. */
export interface SearchIndexView {
  layout: LayoutView;
  title: string;
  records: { anchor: string; href: string; title: string; lines: string[]; extra: string }[];
}

/** Every search index page. */
export function searchIndexPages(data: SiteData): PageOf<SearchIndexView>[] {
  return searchGroups(data).map((group) => ({
    params: { group: group.slug },
    view: {
      layout: layout(data, {
        path: searchIndexUrl(group.slug),
        title: `Chỉ mục tìm kiếm: ${group.title}`,
        breadcrumbs: [{ label: 'Tìm kiếm', href: SEARCH }, { label: group.title }],
        sample: group.records.some((r) => r.sample),
      }),
      title: group.title,
      records: group.records.map((r) => ({
        anchor: recordAnchor(group.section, r.id),
        href: recordPageUrl(group.section, r.id),
        title: r.title,
        lines: r.lines,
        extra: foldedDWords([r.title, ...r.lines].join(' ')),
      })),
    },
  }));
}
