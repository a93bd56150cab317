/**
 * What changed in the open data between two published builds: records added and removed, a sales
 * point closed, an OCOP certificate revoked or expired, a fair cancelled or postponed. Compared by
 * stable id over the datasets' JSON rows (the files under /du-lieu/), so the previous build can be
 * the site as published, read from a folder or fetched. Pure; the build keeps the log
 * (data/changes.ts) and publishes it as a page, an Atom feed and JSON.
 */
import { formatDate } from './dates.ts';

export const CHANGE_KINDS = ['added', 'removed', 'closed', 'revoked', 'expired', 'cancelled', 'postponed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  added: 'Thêm mới',
  removed: 'Gỡ khỏi danh mục',
  closed: 'Điểm bán ngừng hoạt động',
  revoked: 'Chứng nhận OCOP bị thu hồi',
  expired: 'Chứng nhận OCOP hết hiệu lực',
  cancelled: 'Hội chợ bị hủy',
  postponed: 'Hội chợ tạm hoãn',
};

/** The datasets compared, and what one of their records is called. */
export const CHANGE_DATASETS: Readonly<Record<string, string>> = {
  'diem-ban': 'điểm bán',
  'san-pham': 'sản phẩm',
  'doanh-nghiep': 'chủ thể',
  'ton-vinh': 'lần tôn vinh',
  'hoi-cho': 'hội chợ',
  'ke-hoach': 'kế hoạch',
};

/** A row of an export, as its JSON file has it. */
export type ExportRow = Record<string, unknown> & { id: string };

/** Rows by dataset id (only the datasets there are), then by record id. */
export type Snapshot = Map<string, Map<string, ExportRow>>;

/** One change, as the log keeps it. */
export interface DataChange {
  /** Stable: the day, the kind, the dataset and the record. */
  key: string;
  /** The build day it was found on (Vietnam time), YYYY-MM-DD. */
  day: string;
  /** The instant of that build, ISO 8601. */
  at: string;
  kind: ChangeKind;
  dataset: string;
  record: string;
  /** The record's name as published. */
  title: string;
  /** The record's page, absent once it is removed. */
  url: string | null;
  /** What changed, in a sentence. */
  detail: string;
}

/** The name a row is published under. */
export function rowTitle(dataset: string, row: ExportRow): string {
  if (dataset === 'ton-vinh') return [row.programName, row.year, row.businessName].filter((v) => v !== null && v !== undefined && v !== '').join(' – ') || row.id;
  const name = row.name ?? row.title;
  return typeof name === 'string' && name ? name : row.id;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const date = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : '');

/** The status-like changes of one record present in both builds. */
function transitions(dataset: string, before: ExportRow, after: ExportRow): { kind: ChangeKind; detail: string }[] {
  const found: { kind: ChangeKind; detail: string }[] = [];
  if (dataset === 'diem-ban' && before.status !== 'closed' && after.status === 'closed') {
    const since = date(after.closedDate);
    found.push({ kind: 'closed', detail: since ? `Ngừng hoạt động từ ngày ${since}.` : 'Ngừng hoạt động.' });
  }
  if (dataset === 'san-pham') {
    if (before.ocopStatus !== 'revoked' && after.ocopStatus === 'revoked') {
      const decision = text(after.ocopRevokedDecisionNumber);
      const on = date(after.ocopRevokedDate);
      const reason = text(after.ocopRevokedReason);
      found.push({
        kind: 'revoked',
        detail: `Thu hồi${decision ? ` theo quyết định ${decision}` : ''}${on ? ` từ ngày ${on}` : ''}${reason ? `: ${reason}` : ''}.`,
      });
    } else if (before.ocopStatus !== 'expired' && before.ocopStatus !== 'revoked' && after.ocopStatus === 'expired') {
      const until = date(after.ocopValidUntil);
      found.push({ kind: 'expired', detail: `${after.ocopStars ? `Chứng nhận OCOP ${String(after.ocopStars)} sao` : 'Chứng nhận OCOP'} hết hiệu lực${until ? ` sau ngày ${until}` : ''}.` });
    }
  }
  if (dataset === 'hoi-cho' && before.status !== after.status && (after.status === 'cancelled' || after.status === 'postponed')) {
    const note = text(after.statusNote);
    found.push({ kind: after.status, detail: note || (after.status === 'cancelled' ? 'Ban tổ chức thông báo hủy.' : 'Ban tổ chức thông báo tạm hoãn.') });
  }
  return found;
}

/**
 * The changes from `previous` to `current`, found by a build at `at` on `day`. A dataset the
 * previous build did not publish is not compared (its records are not all "added").
 */
export function diffSnapshots(previous: Snapshot, current: Snapshot, at: string, day: string): DataChange[] {
  const changes: DataChange[] = [];
  const add = (kind: ChangeKind, dataset: string, row: ExportRow, url: string | null, detail: string) =>
    changes.push({ key: `${day}:${kind}:${dataset}:${row.id}`, day, at, kind, dataset, record: row.id, title: rowTitle(dataset, row), url, detail });
  for (const dataset of Object.keys(CHANGE_DATASETS)) {
    const before = previous.get(dataset);
    const after = current.get(dataset);
    if (!before || !after) continue;
    const noun = CHANGE_DATASETS[dataset]!;
    for (const [id, row] of after) {
      const old = before.get(id);
      if (!old) add('added', dataset, row, text(row.url) || null, `Thêm ${noun} mới.`);
      else for (const t of transitions(dataset, old, row)) add(t.kind, dataset, row, text(row.url) || null, t.detail);
    }
    for (const [id, row] of before) if (!after.has(id)) add('removed', dataset, row, null, `${noun[0]!.toUpperCase()}${noun.slice(1)} không còn trong dữ liệu được công bố.`);
  }
  return changes;
}

/**
 * The log after a build: this build's changes before the earlier ones, newest first, each key once
 * (a build the same day finds nothing new), at most `keep` entries.
 */
export function mergeLog(earlier: readonly DataChange[], fresh: readonly DataChange[], keep: number): DataChange[] {
  const seen = new Set<string>();
  const merged: DataChange[] = [];
  const order = (a: DataChange, b: DataChange) => b.at.localeCompare(a.at) || a.dataset.localeCompare(b.dataset) || CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind) || a.record.localeCompare(b.record);
  for (const change of [...fresh, ...earlier].sort(order)) {
    if (seen.has(change.key)) continue;
    seen.add(change.key);
    merged.push(change);
  }
  return merged.slice(0, keep);
}

/** Whether a value read from a published log is a change this code can show. */
export function isDataChange(value: unknown): value is DataChange {
  const c = value as Partial<DataChange> | null;
  return (
    !!c &&
    typeof c.key === 'string' &&
    typeof c.day === 'string' &&
    typeof c.at === 'string' &&
    typeof c.record === 'string' &&
    typeof c.title === 'string' &&
    typeof c.detail === 'string' &&
    typeof c.dataset === 'string' &&
    (CHANGE_KINDS as readonly string[]).includes(c.kind as string) &&
    (c.url === null || typeof c.url === 'string')
  );
}
