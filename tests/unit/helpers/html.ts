/**
 * HTML as a browser reads it, for tests that must tell text from markup: html-validate's parser
 * (the one the post-build check uses) builds the tree, and text is read with its character
 * references decoded, so `&lt;script&gt;` reads as the characters `<script>`.
 */
import { HtmlValidate, Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';

const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'] }));
const parser = new Parser(await validator.getConfigFor('page.html'));

/** A whole document's tree. */
export function parseHtml(source: string): HtmlElement {
  return parser.parseHtml({ data: source, filename: 'page.html', line: 1, column: 1, offset: 0 });
}

/** The `<body>` a fragment makes (what a feed reader does with an HTML title or summary). */
export function parseFragment(fragment: string): HtmlElement {
  return parseHtml(`<!doctype html><html lang="vi"><head><title>t</title></head><body>${fragment}</body></html>`).querySelector('body')!;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references decoded; an unknown named one fails, so a test never reads it wrong. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    const char = NAMED[ref];
    if (char === undefined) throw new Error(`tham chiếu ký tự chưa biết: ${whole}`);
    return char;
  });
}

/** An element's text as a reader sees it: its descendants' text, references decoded. */
export function textOf(element: HtmlElement): string {
  return decodeEntities(element.textContent);
}

/** An attribute's value as a browser reads it, or null when the element has none. */
export function attributeOf(element: HtmlElement, name: string): string | null {
  const value = element.getAttributeValue(name);
  return value === null ? null : decodeEntities(value);
}
