import { describe, expect, it } from 'vitest';
import { nfcMarkdown, normaliseMarkdownSource } from '../../src/integrations/vite-nfc.ts';

describe('NFC for Markdown/MDX bodies', () => {
  const decomposed = 'Ban Chi\u0309 đa\u0323o ti\u0309nh Bi\u0300nh Đi\u0323nh';
  it('normalises MDX and Markdown sources', () => {
    expect(normaliseMarkdownSource(decomposed, '/c/plans/a.mdx')).toBe('Ban Chỉ đạo tỉnh Bình Định');
    expect(normaliseMarkdownSource(decomposed, '/c/news/a.md?astroPropagatedAssets')).toBe('Ban Chỉ đạo tỉnh Bình Định');
  });
  it('leaves other modules and text already in NFC alone', () => {
    expect(normaliseMarkdownSource(decomposed, '/src/a.ts')).toBeUndefined();
    expect(normaliseMarkdownSource('Bình Định', '/c/a.mdx')).toBeUndefined();
  });
  it('runs before the MDX compiler', () => {
    expect(nfcMarkdown().enforce).toBe('pre');
  });
});
