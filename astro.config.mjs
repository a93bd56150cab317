// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { buildMemory } from './src/integrations/build-memory.ts';
import { contentStoreFromDisk } from './src/integrations/content-store-from-disk.ts';
import { deployHeaders } from './src/integrations/deploy-headers.ts';
import { editor } from './src/integrations/editor.ts';
import { keepDist } from './src/integrations/keep-dist.ts';
import { markdownNfc } from './src/integrations/markdown-nfc.ts';
import { markdownText } from './src/integrations/markdown-text.ts';
import { offline } from './src/integrations/offline.ts';
import { pageLog } from './src/integrations/page-log.ts';
import { posterQr } from './src/integrations/poster-qr.ts';
import { precompress } from './src/integrations/precompress.ts';
import { publishedData } from './src/integrations/published-data.ts';
import { streamedFiles } from './src/integrations/streamed-files.ts';
import { viewCache } from './src/integrations/view-cache.ts';
import { singleOutput } from './src/integrations/single-output.ts';
import { siteMap } from './src/integrations/sitemap.ts';
import { siteCspDirectives } from './src/lib/http-headers.ts';
import { nfcMarkdown } from './src/integrations/vite-nfc.ts';

// The base URL and the tile server come from the committee's site.yaml (validated in full by the
// `site` collection); only what the config itself needs is read here.
const contentRoot = path.resolve(process.env.HANGVIET_CONTENT || 'content');
/** @type {{ baseUrl?: string, siteName?: string, editor?: any, map?: { tileUrl?: string }, searchAcross?: { url: string }[] }} */
const site = parse(readFileSync(path.join(contentRoot, 'site.yaml'), 'utf8')) ?? {};

const qr = posterQr();
// The press office's web editor at /admin/ (its settings are validated with site.yaml).
const admin = editor({ siteName: String(site.siteName ?? ''), baseUrl: String(site.baseUrl ?? 'http://127.0.0.1/'), editor: site.editor });
const map = siteMap();
// The host's configuration (_headers, nginx) with the same policy as the pages' <meta> below.
const headers = deployHeaders({ map: site.map, editor: site.editor, searchAcross: site.searchAcross });
// gzip copies of the large files, which nginx sends as they are: after every other writer.
const big = streamedFiles();
const gz = precompress({ also: () => big.outputs() });
const kept = keepDist({ alsoKeep: () => [...big.outputs(), ...qr.outputs(), ...map.outputs(), ...admin.outputs(), ...headers.outputs(), ...gz.outputs()] });

export default defineConfig({
  site: site.baseUrl,
  output: 'static',
  // Separate caches (content store, optimised images) per content root; the benchmark sets it.
  ...(process.env.HANGVIET_CACHE_DIR ? { cacheDir: process.env.HANGVIET_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Several pages in flight at once: rendering one page overlaps with writing the previous ones
  // and with the hashing Astro does for each (measured on the national dataset, 26,000 pages, 2
  // cores, --force: 46.3–48.2 s with 4, 42.4–44.3 s with 8, 42.0–42.4 s with 16 and a higher peak).
  build: { format: 'directory', concurrency: 8 },
  prerenderConflictBehavior: 'error',
  // keepDist: pages the incremental build skips stay in dist/ instead of being copied back.
  // posterQr draws the posters' QR code files after the build, keeping those whose address is
  // unchanged; siteMap writes the sitemap of every page of the build (rendered or kept from the
  // cache: src/integrations/sitemap.ts); editor writes the web editor's files at /admin/. They run
  // before keepDist, which must not delete their files.
  // publishedData last: it keeps the open data as published (dist/ after keep-dist) for the next build's change log.
  // offline writes the service worker (sw.js) from the files keep-dist left: after it.
  // buildMemory sets the build's garbage-collection policy; contentStoreFromDisk has pages read the
  // content store from its file instead of from a copy inlined in the server bundle; singleOutput
  // has each rendered page written into dist/ only, not also into a copy in Astro's cache folder;
  // pageLog counts pages in the build log instead of listing each. viewCache keeps, per route
  // family, what its view models were computed from and its pages' keys, so that a family whose
  // inputs did not change is not computed again (src/data/families.ts). streamedFiles writes the
  // open-data exports once the pages are generated (after buildMemory has let the site's data go,
  // the files' own records aside), before precompress and keepDist, which are given its files.
  integrations: [pageLog(), viewCache(), buildMemory(), big, contentStoreFromDisk(), singleOutput(), mdx(), qr, map, admin, headers, gz, kept, offline({ files: kept.files }), publishedData()],
  // Plain .md bodies are rendered while content loads, outside Vite: their text is normalised to
  // NFC by a Sätteri plugin (MDX sources are normalised by the Vite plugin below). Raw HTML and
  // links to anything but a web page, e-mail or phone number are shown as text (markdown-text.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [markdownNfc, markdownText] }) },
  // Every getStaticPaths page returns a cacheKey (src/data/page.ts): unchanged pages are not re-rendered.
  experimental: { incrementalBuild: !process.env.HANGVIET_NO_INCREMENTAL },
  security: {
    csp: {
      algorithm: 'SHA-256',
      // One source with the header the host sends (src/lib/http-headers.ts), which adds what a
      // <meta> cannot carry (frame-ancestors).
      directives: siteCspDirectives({ map: site.map, searchAcross: site.searchAcross }),
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // MDX bodies are normalised to NFC like every other text.
    plugins: [nfcMarkdown()],
    build: {
      // Leaflet marker icons and the like stay files: CSP allows images from 'self' and data:, but
      // files are cached across pages.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // MDX entries carry Astro's "use astro:head-inject" marker; the bundler warns once per
          // entry that it may not keep it, which is harmless here and floods national-scale logs.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
