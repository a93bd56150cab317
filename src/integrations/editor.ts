/**
 * The press office's web editor at `/admin/`: Decap CMS served as static files. After the build it
 * writes `admin/index.html` (with its own Content-Security-Policy, see `editorCsp`),
 * `admin/config.yml` (lib/editor-config.ts) and copies the editor's prebuilt bundle from the
 * `decap-cms` package; `astro dev` serves the same from memory. The page is not an Astro page:
 * Astro's CSP puts hashes in `style-src`, which makes browsers ignore the `'unsafe-inline'` the
 * editor's run-time styles need.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import { adminUnits } from '../lib/admin-units.ts';
import { editorConfig, editorCsp, type EditorBackend } from '../lib/editor-config.ts';
import { contentTypeFor } from '../lib/http-headers.ts';
import { xmlEscape } from '../lib/rss.ts';
import { ADMIN, EDITOR_GUIDE as GUIDE } from '../lib/urls.ts';


/** The prebuilt files of the editor: the bundle, its lazily loaded chunks and WebAssembly. */
function bundleFiles(): { dir: string; files: string[] } {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
  const files = readdirSync(dir).filter((f) => f === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(f) || f.endsWith('.wasm'));
  return { dir, files };
}

/** The editor's page. */
export function editorPage(site: { siteName: string; editor?: EditorBackend | undefined }): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${xmlEscape(editorCsp(site.editor))}">
<meta name="robots" content="noindex, nofollow">
<title>Soạn tin – ${xmlEscape(site.siteName)}</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="editor.css">
</head>
<body>
<h1 class="app-editor-title">Soạn tin – ${xmlEscape(site.siteName)}</h1>
<a class="app-editor-guide" href="${GUIDE}">Hướng dẫn đăng tin</a>
<noscript><p>Trình soạn thảo cần JavaScript. Hãy bật JavaScript hoặc xem <a href="${GUIDE}">Hướng dẫn đăng tin</a>.</p></noscript>
<script src="decap-cms.js"></script>
</body>
</html>
`;
}

/** The small stylesheet of the editor's page: the guide link, kept clear of the editor's own bar. */
const EDITOR_CSS = `.app-editor-guide{position:fixed;right:.75rem;bottom:.75rem;z-index:500;padding:.5rem .75rem;border-radius:.25rem;background:#0b0c0c;color:#fff;font:600 1rem/1.4 system-ui,sans-serif;text-decoration:underline}
.app-editor-title{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.app-editor-guide:focus{outline:3px solid #fd0;outline-offset:0}
`;

export interface EditorOptions {
  siteName: string;
  baseUrl: string;
  editor?: EditorBackend | undefined;
}

/** Every generated file of the editor, by its path under the site. */
function generated(options: EditorOptions): Map<string, string> {
  const { provinces } = adminUnits();
  const config = editorConfig({
    baseUrl: options.baseUrl,
    editor: options.editor,
    provinces: provinces.map((p) => ({ code: p.code, name: p.name })),
    guideUrl: new URL(GUIDE, options.baseUrl).href,
  });
  return new Map([
    [`${ADMIN}index.html`, editorPage(options)],
    [`${ADMIN}config.yml`, stringify(config, { lineWidth: 0 })],
    [`${ADMIN}editor.css`, EDITOR_CSS],
  ]);
}

export function editor(options: EditorOptions): AstroIntegration & { outputs: () => string[] } {
  let written: string[] = [];
  return {
    name: 'hangviet-editor',
    outputs: () => written,
    hooks: {
      'astro:server:setup': ({ server }) => {
        const files = generated(options);
        const bundle = bundleFiles();
        server.middlewares.use((req, res, next) => {
          const url = (req.url ?? '').split('?')[0] ?? '';
          const page = url === ADMIN.slice(0, -1) || url === ADMIN ? `${ADMIN}index.html` : url;
          const text = files.get(page);
          const file = url.startsWith(ADMIN) && bundle.files.includes(url.slice(ADMIN.length)) ? path.join(bundle.dir, url.slice(ADMIN.length)) : undefined;
          if (text === undefined && !file) return next();
          res.setHeader('Content-Type', contentTypeFor(page));
          res.end(text ?? readFileSync(file as string));
        });
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const out = path.join(root, ADMIN);
        const page = path.join(out, 'index.html');
        if ([...assets.values()].flat().some((url) => fileURLToPath(url) === page)) {
          throw new Error(`Một trang của trang web có địa chỉ ${ADMIN}, trùng với trình soạn thảo: hãy đổi tên tệp của trang đó (ví dụ content/pages/admin.md).`);
        }
        mkdirSync(out, { recursive: true });
        written = [];
        for (const [page, text] of generated(options)) {
          const file = path.join(root, page);
          writeFileSync(file, text);
          written.push(file);
        }
        const bundle = bundleFiles();
        for (const f of bundle.files) {
          copyFileSync(path.join(bundle.dir, f), path.join(out, f));
          written.push(path.join(out, f));
        }
        logger.info(`Trình soạn thảo ${ADMIN}: ${written.length} tệp.`);
      },
    },
  };
}
