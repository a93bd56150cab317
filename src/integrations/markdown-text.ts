/**
 * Markdown bodies (news, fairs, pages: what the web editor and the fair import write) carry prose,
 * never markup: HTML typed or pasted into a body, or brought in from a spreadsheet cell, is shown
 * as the characters written, and a link or picture whose address is not a web page, e-mail or
 * phone number (`javascript:`, `data:`…: lib/link-address.ts) is shown as its words only. Sätteri
 * keeps raw HTML and any link address as they are; this plugin turns them into text before HTML
 * is made. The plugin joins the pipeline only for a document that could hold either.
 */
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { isSafeLinkAddress } from '../lib/link-address.ts';

/** Parents whose children are blocks: raw HTML there becomes a paragraph of text. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

const asText = defineMdastPlugin({
  name: 'hangviet-markdown-text',
  html(node, ctx) {
    const text = { type: 'text' as const, value: node.value };
    const parent = ctx.parent(node);
    ctx.replaceNode(node, parent && BLOCK_PARENTS.has(parent.type) ? { type: 'paragraph', children: [text] } : text);
  },
  link(node, ctx) {
    if (!isSafeLinkAddress(node.url)) ctx.replaceNode(node, [...node.children]);
  },
  image(node, ctx) {
    if (!isSafeLinkAddress(node.url)) ctx.replaceNode(node, node.alt ? { type: 'text', value: node.alt } : []);
  },
  definition(node, ctx) {
    // A reference to a removed definition is shown as the brackets written.
    if (!isSafeLinkAddress(node.url)) ctx.removeNode(node);
  },
});

/** For `satteri({ mdastPlugins })` in the Astro config. */
export const markdownText: MdastPluginEntry = ({ source }) => (/[<:]/.test(source) ? asText : null);
