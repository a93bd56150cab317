/**
 * A Vite plugin that normalises Markdown/MDX sources to Unicode NFC before they are compiled, so
 * prose pasted from decomposed sources (the Bình Định seed is one) is published like everything
 * else. Frontmatter is normalised by the schemas; this covers the body.
 */
const MARKDOWN = /\.(?:md|mdx)(?:$|\?)/;

/** Normalise `code` when `id` is a Markdown/MDX module; undefined when nothing changes. */
export function normaliseMarkdownSource(code: string, id: string): string | undefined {
  if (!MARKDOWN.test(id)) return undefined;
  const normalised = code.normalize('NFC');
  return normalised === code ? undefined : normalised;
}

/** The plugin, for `vite.plugins` in the Astro config. */
export function nfcMarkdown() {
  return {
    name: 'hangviet-nfc-markdown',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const normalised = normaliseMarkdownSource(code, id);
      return normalised === undefined ? undefined : { code: normalised, map: null };
    },
  };
}
