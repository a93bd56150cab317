// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';

// The base URL and the tile server come from the committee's site.yaml (validated in full by the
// `site` collection); only what the config itself needs is read here.
const contentRoot = path.resolve(process.env.HANGVIET_CONTENT || 'content');
/** @type {{ baseUrl?: string, map?: { tileUrl?: string } }} */
const site = parse(readFileSync(path.join(contentRoot, 'site.yaml'), 'utf8')) ?? {};
const tileOrigin = (() => {
  try {
    return new URL(String(site.map?.tileUrl).replace(/\{[a-z]\}/g, 'a')).origin;
  } catch {
    return undefined;
  }
})();

export default defineConfig({
  site: site.baseUrl,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  prerenderConflictBehavior: 'error',
  integrations: [mdx()],
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        `img-src 'self' data:${tileOrigin ? ` ${tileOrigin}` : ''}`,
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search index in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
