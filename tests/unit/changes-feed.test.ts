/**
 * The change log's Atom feed: the `feed` package writes each entry's title and summary as HTML
 * (`type="html"`), so a record's name that looks like markup must arrive there as text — a feed
 * reader that reads the HTML finds the characters written and no element.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { changesAtom } from '../../src/data/views/changes.ts';
import { CHANGE_KIND_LABELS, type DataChange } from '../../src/lib/data-changes.ts';
import { parseFragment, textOf } from './helpers/html.ts';

/** The elements an HTML fragment makes, and its text, as a reader's HTML parser sees them. */
function asHtml(fragment: string): { elements: string[]; text: string } {
  const body = parseFragment(fragment);
  return { elements: body.querySelectorAll('*').map((e) => e.tagName), text: textOf(body) };
}

const site = { baseUrl: 'https://hangviet.example.vn', siteName: 'Hàng Việt', committee: 'Ban Chỉ đạo', dataLicence: undefined };
const NAME = `Zz <script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1) "><svg onload=alert(1)> ]]> & 'a'`;
const change: DataChange = {
  key: '2026-12-02:added:san-pham:zz',
  day: '2026-12-02',
  at: '2026-12-02T01:00:00.000Z',
  kind: 'added',
  dataset: 'san-pham',
  record: 'zz',
  title: NAME,
  url: 'https://hangviet.example.vn/san-pham/zz/',
  detail: `Thêm sản phẩm mới <b>đậm</b>.`,
};

describe('the change feed', () => {
  const xml = changesAtom(site, [change], new Date('2026-12-02T01:00:00Z'));
  const entry = (new XMLParser({ ignoreAttributes: false, parseTagValue: false, }).parse(xml) as {
    feed: { entry: { title: { '#text': string; '@_type': string }; summary: { '#text': string; '@_type': string } } };
  }).feed.entry;

  it('gives a name that looks like markup to readers as text, in the title and the summary', () => {
    expect(entry.title['@_type']).toBe('html');
    const title = asHtml(entry.title['#text']);
    expect(title.elements).toEqual([]);
    expect(title.text).toBe(`${CHANGE_KIND_LABELS.added}: ${NAME}`);
    const summary = asHtml(entry.summary['#text']);
    expect(summary.elements).toEqual([]);
    expect(summary.text).toBe(change.detail);
  });
});
