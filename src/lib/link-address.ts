/**
 * Which link addresses a page may carry from content: a web page (`http:`, `https:`), an e-mail
 * (`mailto:`), a phone number (`tel:`), or an address without a scheme (a path, `#anchor`,
 * `?query`). Anything else (`javascript:`, `data:`, `vbscript:`, `file:`…) runs code or leaves the
 * web, so Markdown bodies show such a link as its words only. Pure.
 */

/** Schemes a link from content may use. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/**
 * True when `address` is safe in an `href` or `src` taken from content. A browser drops tabs and
 * line breaks anywhere in an address, and control characters and spaces around it, before it
 * reads the scheme (`java\tscript:` is `javascript:`), so the same is done here first.
 */
export function isSafeLinkAddress(address: string): boolean {
  const seen = address.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(seen)?.[1];
  return scheme === undefined || LINK_SCHEMES.includes(scheme.toLowerCase());
}
