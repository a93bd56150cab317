/**
 * The QR code files of the verification posters: `<record page>ma-qr.svg` beside every page of the
 * poster routes (lib/urls.ts `POSTER_ROUTES`), drawn after the build from the page's absolute
 * address. A file is a pure function of that address and of the QR code's settings, so a file the
 * last build wrote is kept while both are unchanged (a manifest in Astro's cache folder records
 * what each file holds): a build draws only the codes of new records or of a new base URL.
 *
 * The poster shows the file with `<img loading="lazy">` in a section hidden until opened, so a
 * visitor who never opens a poster never downloads its code, and the 31,000 record pages of a
 * national build are not each rendered with a drawing inside.
 *
 * keep-dist must not take the files kept from the last build for stale ones: it asks `outputs()`.
 * In `astro dev` the files are served from memory.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { qrSvgFile } from '../lib/qr.ts';
import { absoluteUrl, POSTER_ROUTES, posterQrUrl } from '../lib/urls.ts';
import { within } from './dist-paths.ts';
import { homeWritten } from './keep-dist.ts';
import { sourceDigest } from './source-digest.ts';

/** What the last build wrote: which settings drew the files, and the text of each (by path relative to dist/). */
interface Manifest {
  settings: string;
  files: Record<string, string>;
  /** The output folder, and when the build that wrote this manifest last wrote its home page. */
  outDir: string;
  home?: number | undefined;
}

const QR_FILE = posterQrUrl('/').slice(1);

/** The record page whose output is in folder `dir` (`<root>/san-pham/x` → `/san-pham/x/`), by slicing: 23,000 pages nationally. */
function pageOfFolder(root: string, dir: string): string {
  const rel = within(root, dir);
  return `/${path.sep === '/' ? rel : rel.split(path.sep).join('/')}/`;
}

export interface PosterQrIntegration extends AstroIntegration {
  /** The QR files this build's output holds (absolute paths), for keep-dist. */
  outputs(): string[];
}

export function posterQr(): PosterQrIntegration {
  let site = '';
  let manifestFile = '';
  let outDir = '';
  let written: string[] = [];
  /** The home page's time before this build wrote it: if it is the last manifest's, the folder holds what that build left. */
  let homeBefore: number | undefined;
  return {
    name: 'hangviet-poster-qr',
    outputs: () => written,
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('site.yaml: thiếu baseUrl – mã QR của áp phích cần địa chỉ gốc của trang.');
        site = config.site;
        manifestFile = path.join(fileURLToPath(config.cacheDir), 'hangviet-poster-qr.json');
        outDir = path.resolve(fileURLToPath(config.outDir));
      },
      'astro:build:start': () => {
        homeBefore = homeWritten(outDir);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const page = req.url?.split('?')[0];
          if (!page?.endsWith(`/${QR_FILE}`)) return next();
          res.setHeader('Content-Type', 'image/svg+xml');
          res.end(qrSvgFile(absoluteUrl(page.slice(0, -QR_FILE.length), site)));
        });
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = path.resolve(fileURLToPath(dir));
        const settings = sourceDigest(['src/lib/qr.ts', 'package-lock.json']);
        let last: Manifest | undefined;
        try {
          last = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
        } catch {
          // First build, or the cache was emptied: every file is drawn.
        }
        const same = last?.settings === settings ? last.files : {};
        // The output folder as the last build left it (no other build or person has written its
        // home page since): the files the manifest lists are there, and 23,000 existence checks
        // (a second at national scale) are spared. Otherwise each file is looked for.
        const trusted = last?.outDir === root && last.home !== undefined && last.home === homeBefore;
        const files: Record<string, string> = {};
        // A page's address is the site's origin and its path (absoluteUrl, which an address with
        // characters to escape still takes), the origin worked out once.
        const origin = absoluteUrl('/', site).slice(0, -1);
        written = [];
        let drawn = 0;
        for (const route of POSTER_ROUTES) {
          for (const url of assets.get(route) ?? []) {
            const html = fileURLToPath(url);
            const dir = html.slice(0, html.lastIndexOf(path.sep));
            const page = pageOfFolder(root, dir);
            const file = `${dir}${path.sep}${QR_FILE}`;
            const rel = within(root, file);
            const text = /^[\w/.~-]*$/.test(page) ? origin + page : absoluteUrl(page, site);
            if (same[rel] !== text || (!trusted && !existsSync(file))) {
              writeFileSync(file, qrSvgFile(text));
              drawn++;
            }
            files[rel] = text;
            written.push(file);
          }
        }
        mkdirSync(path.dirname(manifestFile), { recursive: true });
        writeFileSync(manifestFile, JSON.stringify({ settings, files, outDir: root, home: homeWritten(root) } satisfies Manifest));
        logger.info(`Mã QR áp phích: ${written.length} tệp, vẽ mới ${drawn}.`);
      },
    },
  };
}
