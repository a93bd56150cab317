/**
 * The index pages that make records searchable (see lib/search-records.ts): records grouped by
 * section and province, in blocks, each with the text a searcher may type.
 */
import { communeByCode, provinceByCode } from '../lib/admin-units.ts';
import { BUSINESS_KIND_LABELS, formatAddress, provinceName } from '../lib/labels.ts';
import { OCOP_GROUP_LABELS } from '../lib/ocop.ts';
import { blocks, RECORD_SECTION_LABELS, type RecordSection } from '../lib/search-records.ts';
import { compareVi } from '../lib/text.ts';
import { POINT_KIND_LABELS } from '../schemas/point.ts';
import { siteData } from './index.ts';

/** One record's section on an index page. */
export interface SearchRecord {
  id: string;
  title: string;
  /** Lines of text under the title. */
  lines: string[];
  sample: boolean;
}

/** One index page. */
export interface SearchGroup {
  /** URL segment: `san-pham-gia-lai-2`. */
  slug: string;
  section: RecordSection;
  provinceCode: string;
  /** "Sản phẩm – Gia Lai, phần 2/3". */
  title: string;
  records: SearchRecord[];
}

/** Every index page, in a stable order. */
export async function searchGroups(): Promise<SearchGroup[]> {
  const { products, points, businesses, businessById } = await siteData();
  const commune = (code: string | undefined) => (code ? communeByCode(code)?.name : undefined);
  const bySection: [RecordSection, { province: string; record: SearchRecord }[]][] = [
    [
      'san-pham',
      products.map((p) => {
        const d = p.data;
        const origin = [commune(d.commune), provinceName(d.province)].filter(Boolean).join(', ');
        return {
          province: d.province,
          record: {
            id: p.id,
            title: d.name,
            lines: [
              `${businessById.get(d.business.id)?.data.name ?? ''} – ${origin}`,
              // Stars and group as awarded; whether the certificate is still valid depends on the
              // day, so it is left to the product page. Decision numbers and dates stay out: they
              // would add thousands of words to the index that nobody types.
              ...(d.ocop ? [`OCOP ${d.ocop.stars} sao, nhóm ${OCOP_GROUP_LABELS[d.ocop.group]}`] : []),
              ...(d.description ? [d.description] : []),
            ],
            sample: d.sample,
          },
        };
      }),
    ],
    [
      'diem-ban',
      points.map((p) => {
        const d = p.data;
        return {
          province: d.address.province,
          record: {
            id: p.id,
            title: d.name,
            lines: [
              `${POINT_KIND_LABELS[d.kind]} – ${d.operator}`,
              formatAddress(d.address),
              ...(d.status === 'closed' ? ['Đã ngừng hoạt động'] : []),
            ],
            sample: d.sample,
          },
        };
      }),
    ],
    [
      'doanh-nghiep',
      businesses.map((b) => {
        const d = b.data;
        return {
          province: d.address.province,
          record: {
            id: b.id,
            title: d.name,
            lines: [`${BUSINESS_KIND_LABELS[d.kind]}, mã số thuế ${d.taxCode}`, formatAddress(d.address), ...(d.description ? [d.description] : [])],
            sample: d.sample,
          },
        };
      }),
    ],
  ];
  const groups: SearchGroup[] = [];
  for (const [section, rows] of bySection) {
    const provinces = [...new Set(rows.map((r) => r.province))].sort((a, b) => compareVi(provinceName(a), provinceName(b)));
    for (const code of provinces) {
      const province = provinceByCode(code);
      const parts = blocks(rows.filter((r) => r.province === code).map((r) => r.record));
      parts.forEach((records, i) => {
        const part = parts.length > 1 ? `, phần ${i + 1}/${parts.length}` : '';
        groups.push({
          slug: `${section}-${province?.slug ?? code}${parts.length > 1 ? `-${i + 1}` : ''}`,
          section,
          provinceCode: code,
          title: `${RECORD_SECTION_LABELS[section]} – ${province?.shortName ?? code}${part}`,
          records,
        });
      });
    }
  }
  return groups;
}
