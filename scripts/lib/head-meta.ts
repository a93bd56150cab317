/**
 * What every page's `<head>` must tell search engines and share previews: a description, one
 * canonical link to the page's own address under the site's base URL, and the Open Graph tags
 * (title, description, url, type, locale, image). Pure: the post-build check hands it the tags it
 * read from a page.
 */
import { ADMIN } from '../../src/lib/urls.ts';

/** The `<head>` tags the check reads from one page. */
export interface HeadTags {
  /** Each `<meta>` with a `name` or `property`, in document order: [name or property, content]. */
  meta: [string, string][];
  /** The `href` of each `<link rel="canonical">`. */
  canonicals: string[];
}

/**
 * Pages held to less than the whole rule, by URL path, each with its reason.
 * - `address: false`: the page has no address of its own, so it must have no canonical link and
 *   no `og:url` (everything else is still required).
 * - `skip: true`: not a page of the site; the check does not apply.
 */
export const HEAD_META_EXCEPTIONS: Record<string, { address?: false; skip?: true; reason: string }> = {
  '/404.html': {
    address: false,
    reason: 'the host serves it at every missing address: a canonical link would name an address that is not the page',
  },
  [ADMIN]: {
    skip: true,
    reason: 'the web editor’s application (Decap CMS), noindex and closed to crawlers by robots.txt; not a page anyone shares',
  },
};

/** Open Graph types the site uses: a news post is an `article`, every other page a `website`. */
export const OG_TYPES = ['website', 'article'] as const;

/** The locale every page declares to share previews. */
export const OG_LOCALE = 'vi_VN';

/**
 * The problems of one page's `<head>` (messages in Vietnamese, for the check's report); none when it
 * is complete. `pageUrl` is the page's path in the build (`/san-pham/x/`), `baseUrl` the site's
 * public base URL from `site.yaml`.
 */
export function headMetaProblems(head: HeadTags, pageUrl: string, baseUrl: string): string[] {
  const exception = HEAD_META_EXCEPTIONS[pageUrl];
  if (exception?.skip) return [];
  const problems: string[] = [];
  const values = new Map<string, string[]>();
  for (const [key, content] of head.meta) values.set(key, [...(values.get(key) ?? []), content]);

  /** The one non-empty value of `key`, or undefined after reporting what is wrong. */
  const one = (key: string): string | undefined => {
    const found = values.get(key) ?? [];
    if (found.length === 0) {
      problems.push(`thiếu <meta ${key.startsWith('og:') ? 'property' : 'name'}="${key}">`);
      return undefined;
    }
    if (found.length > 1) problems.push(`<meta> ${key} xuất hiện ${found.length} lần, cần đúng 1`);
    const value = found[0]!.trim();
    if (!value) {
      problems.push(`<meta> ${key} rỗng`);
      return undefined;
    }
    return value;
  };

  const description = one('description');
  const ogDescription = one('og:description');
  if (description !== undefined && ogDescription !== undefined && description !== ogDescription) {
    problems.push(`og:description ("${ogDescription.slice(0, 60)}") khác meta description ("${description.slice(0, 60)}")`);
  }
  one('og:title');
  const type = one('og:type');
  if (type !== undefined && !(OG_TYPES as readonly string[]).includes(type)) problems.push(`og:type="${type}", cần một trong ${OG_TYPES.join(', ')}`);
  const locale = one('og:locale');
  if (locale !== undefined && locale !== OG_LOCALE) problems.push(`og:locale="${locale}", cần ${OG_LOCALE}`);

  const base = new URL(baseUrl);
  const image = one('og:image');
  if (image !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(image);
    } catch {
      problems.push(`og:image="${image}" không phải địa chỉ đầy đủ (cần https://…)`);
    }
    if (url && url.origin !== base.origin) problems.push(`og:image="${image}" không thuộc trang ${base.origin}`);
  }

  if (exception?.address === false) {
    if (head.canonicals.length) problems.push(`trang này không có địa chỉ riêng nên không được có <link rel="canonical"> (có ${head.canonicals[0]})`);
    if (values.has('og:url')) problems.push('trang này không có địa chỉ riêng nên không được có og:url');
    return problems;
  }

  const expected = new URL(pageUrl, base).href;
  if (head.canonicals.length !== 1) {
    problems.push(`có ${head.canonicals.length} <link rel="canonical">, cần đúng 1 (${expected})`);
  } else if (head.canonicals[0] !== expected) {
    problems.push(`<link rel="canonical" href="${head.canonicals[0]}">: cần đúng địa chỉ của trang, ${expected}`);
  }
  const ogUrl = one('og:url');
  if (ogUrl !== undefined && ogUrl !== expected) problems.push(`og:url="${ogUrl}": cần trùng với địa chỉ chuẩn ${expected}`);
  return problems;
}
