/**
 * Unicode NFC for Markdown bodies rendered by Sätteri, Astro's Markdown processor. Plain `.md`
 * posts are rendered while content loads, without passing through Vite (where `vite-nfc.ts`
 * normalises MDX sources), so their text, image descriptions and link titles are normalised here.
 * The plugin joins the pipeline only for a document whose source is not already NFC.
 */
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';

const nfc = defineMdastPlugin({
  name: 'hangviet-nfc',
  text(node, ctx) {
    const value = node.value.normalize('NFC');
    if (value !== node.value) ctx.setProperty(node, 'value', value);
  },
  image(node, ctx) {
    const alt = node.alt?.normalize('NFC');
    if (alt !== undefined && alt !== node.alt) ctx.setProperty(node, 'alt', alt);
  },
});

/** For `satteri({ mdastPlugins })` in the Astro config. */
export const markdownNfc: MdastPluginEntry = ({ source }) => (source === source.normalize('NFC') ? null : nfc);
