/**
 * "Thay đổi dữ liệu": what changed in the open data, build after build — the page
 * /du-lieu/thay-doi/, its Atom feed and the log as JSON (which the next build reads back). The log
 * is this build's changes since the data as last published (data/changes.ts), before the earlier
 * ones it carried.
 */
import { Feed } from 'feed';
import { localDate, startOfLocalDay } from '../../lib/dates.ts';
import { htmlText } from '../../lib/rss.ts';
import { CHANGE_DATASETS, CHANGE_KIND_LABELS, diffSnapshots, mergeLog, type DataChange, type ExportRow, type Snapshot } from '../../lib/data-changes.ts';
import { CHANGES, CHANGES_FEED, CHANGES_JSON, OPEN_DATA } from '../../lib/urls.ts';
import { notePublishedRead, type Published } from '../changes.ts';
import { noteRead, readsOfSync, type Read } from '../reads.ts';
import type { SiteData } from '../site-data.ts';
import { layout, type LayoutView } from './layout.ts';
import { datasetRows } from './open-data.ts';

/** How many changes the log keeps, the page shows and the feed carries. */
export const LOG_KEEP = 2000;
export const PAGE_SHOWS = 300;
export const FEED_ITEMS = 100;

/** This build's open data, as the change log compares it. */
function snapshotOf(data: SiteData): Snapshot {
  const rows = datasetRows(data);
  return new Map(Object.keys(CHANGE_DATASETS).map((id) => [id, new Map((rows.get(id)?.rows ?? []).map((r) => [String(r.id), r as ExportRow]))]));
}

const logs = new WeakMap<SiteData, { value: DataChange[]; reads: Set<Read> }>();

/**
 * The change log after this build, newest first. Computed once per build for the page, its feed
 * and its JSON; each use notes what the first read (as `memoOnData` does), so that none of the
 * three is reused after a change the others would show.
 */
export function changeLog(data: SiteData, previous: Published | undefined): DataChange[] {
  let found = logs.get(data);
  if (!found) {
    found = readsOfSync(() => {
      // The data as last published is an input of its own (data/changes.ts).
      notePublishedRead();
      const fresh = previous ? diffSnapshots(previous.snapshot, snapshotOf(data), data.now.toISOString(), localDate(data.now)) : [];
      return mergeLog(previous?.log ?? [], fresh, LOG_KEEP);
    });
    logs.set(data, found);
  } else {
    for (const r of found.reads) noteRead(r);
  }
  return found.value;
}

export interface ChangeDayView {
  day: string;
  changes: { kind: string; label: string; dataset: string; title: string; url: string | null; detail: string }[];
}

export interface ChangesView {
  layout: LayoutView;
  days: ChangeDayView[];
  /** How many changes the log holds; the page shows at most PAGE_SHOWS. */
  total: number;
  /** What this build compared with, or undefined on a first build. */
  baseline: string | undefined;
}

/** `/du-lieu/thay-doi/`. */
export function changesView(data: SiteData, previous: Published | undefined): ChangesView {
  const log = changeLog(data, previous);
  const days: ChangeDayView[] = [];
  for (const c of log.slice(0, PAGE_SHOWS)) {
    let day = days.at(-1);
    if (day?.day !== c.day) days.push((day = { day: c.day, changes: [] }));
    day.changes.push({ kind: c.kind, label: CHANGE_KIND_LABELS[c.kind], dataset: c.dataset, title: c.title, url: c.url && new URL(c.url).pathname, detail: c.detail });
  }
  return {
    layout: layout(data, {
      path: CHANGES,
      title: 'Thay đổi dữ liệu',
      description: 'Những gì thay đổi trong dữ liệu mở sau mỗi lần cập nhật: điểm bán, sản phẩm, chủ thể, tôn vinh, hội chợ, kế hoạch được thêm, gỡ, ngừng hoạt động, thu hồi, hết hạn, hủy, tạm hoãn.',
      breadcrumbs: [{ label: 'Dữ liệu mở', href: OPEN_DATA }, { label: 'Thay đổi dữ liệu' }],
    }),
    days,
    total: log.length,
    baseline: previous?.source,
  };
}

/** `/du-lieu/thay-doi.json`: the whole log, newest first (the next build reads it back). */
export function changesJson(data: SiteData, previous: Published | undefined): string {
  const log = changeLog(data, previous);
  return JSON.stringify({
    note: `Các thay đổi của dữ liệu mở, mới nhất trước (tối đa ${LOG_KEEP}). kind: ${Object.entries(CHANGE_KIND_LABELS).map(([k, v]) => `${k} = ${v}`).join('; ')}.`,
    changes: log,
  });
}

/** `/du-lieu/thay-doi.xml`: the newest changes as an Atom feed. */
export function changesFeed(data: SiteData, previous: Published | undefined): string {
  return changesAtom(data.site, changeLog(data, previous), data.now);
}

/**
 * The Atom document of a change log (newest first). The `feed` package writes each entry's title
 * and summary as HTML (`type="html"`), so a record's name goes in as text made HTML (`htmlText`):
 * a reader shows `<script>` in a name as those characters.
 */
export function changesAtom(site: Pick<SiteData['site'], 'baseUrl' | 'siteName' | 'committee' | 'dataLicence'>, log: readonly DataChange[], now: Date): string {
  const abs = (p: string) => new URL(p, site.baseUrl).href;
  const feed = new Feed({
    id: abs(CHANGES),
    title: `Thay đổi dữ liệu – ${site.siteName}`,
    description: `Những gì thay đổi trong dữ liệu mở của ${site.committee}.`,
    link: abs(CHANGES),
    language: 'vi',
    // The newest change's build, or the start of this build's day: the same text for builds that change nothing.
    updated: log[0] ? new Date(log[0].at) : startOfLocalDay(localDate(now)),
    generator: false,
    feedLinks: { atom: abs(CHANGES_FEED), json: abs(CHANGES_JSON) },
    author: { name: site.committee },
    copyright: site.dataLicence?.name ?? '',
  });
  for (const c of log.slice(0, FEED_ITEMS)) {
    feed.addItem({
      id: `${abs(CHANGES)}#${c.key}`,
      title: htmlText(`${CHANGE_KIND_LABELS[c.kind]}: ${c.title}`),
      link: c.url ?? abs(CHANGES),
      date: new Date(c.at),
      description: htmlText(c.detail),
      category: [{ name: CHANGE_KIND_LABELS[c.kind], term: c.kind }],
    });
  }
  return feed.atom1();
}
