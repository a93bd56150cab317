/**
 * Words that run together on the page: text on both sides of an inline element's edge with no
 * space between ("Đang mở cửa(lúc 08:00)", "Còn hiệu lựcđến…"). Astro's HTML compression drops
 * the line break between two elements written on separate lines, so a space a template seems to
 * have is gone in the built page. Block elements and `<br>` separate words by themselves; hidden
 * content (`hidden`, `<template>`, scripts) and decorative marks (`aria-hidden`) are not read.
 */
import type { HtmlElement } from 'html-validate';

/** Elements that start a new line (or are not text at all): a word may end right at their edge. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'input', 'legend', 'li',
  'main', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'select', 'summary', 'table', 'tbody', 'td', 'textarea', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'svg', 'canvas', 'picture', 'video', 'audio', 'iframe', 'meter', 'progress',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head']);
/** Inline elements whose edge is not between words: a superscript belongs to the word before it. */
const WORD_PARTS = new Set(['sup', 'sub', 'wbr']);

const ENDS_WORD = /[\p{L}\p{N})\]]$/u;
const STARTS_WORD = /^[\p{L}\p{N}([]/u;

export interface JoinedWords {
  /** The two sides, a few characters each: "mở cửa" | "(lúc 08". */
  left: string;
  right: string;
  /** The element whose edge they meet at. */
  at: HtmlElement;
}

/** Every place in `root` where two words meet across an inline element's edge without a space. */
export function joinedWords(root: HtmlElement): JoinedWords[] {
  const found: JoinedWords[] = [];
  /** The text read so far on this line, and the element whose edge was crossed since (if any). */
  let last = '';
  let edge: HtmlElement | undefined;
  const visit = (node: HtmlElement) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) {
        const text = child.textContent;
        if (!text) continue;
        if (edge && ENDS_WORD.test(last) && STARTS_WORD.test(text)) found.push({ left: last.slice(-12), right: text.slice(0, 12), at: edge });
        last = text;
        edge = undefined;
        continue;
      }
      const el = child as HtmlElement;
      if (SKIP.has(el.tagName) || el.hasAttribute('hidden')) continue;
      // A decorative mark (an icon's letter in a coloured disc) is drawn apart from the words beside it.
      if (el.getAttributeValue('aria-hidden') === 'true') {
        last = '';
        edge = undefined;
        continue;
      }
      if (BLOCK.has(el.tagName)) {
        last = '';
        edge = undefined;
        visit(el);
        last = '';
        edge = undefined;
        continue;
      }
      if (!WORD_PARTS.has(el.tagName)) edge = el;
      visit(el);
      if (!WORD_PARTS.has(el.tagName)) edge = el;
    }
  };
  visit(root);
  return found;
}
