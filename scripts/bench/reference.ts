/**
 * The bare reference build: the same number of records as one YAML collection rendered through a
 * minimal page each, in a throw-away Astro project that shares this project's node_modules. It
 * gives the floor the real build is compared with, measured in the same run on the same machine.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const WORDS = ['hàng', 'Việt', 'chất', 'lượng', 'sản', 'phẩm', 'OCOP', 'điểm', 'bán', 'hội', 'chợ', 'doanh', 'nghiệp', 'tỉnh', 'xã', 'phường'];

/** Write the reference project for `count` pages; returns its folder. */
export function writeReferenceProject(projectRoot: string, count: number): string {
  const dir = path.join(tmpdir(), `hangviet-reference-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'reference', private: true, type: 'module' }));
  // Caches of its own: through the shared node_modules, Astro's and Vite's default cache folders
  // would be the project's, and a build after the reference would start by redoing Vite's
  // dependency scan the reference left for its own config (measured: a second more of startup).
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', cacheDir: './.astro-cache', vite: { cacheDir: './.vite-cache' } });\n",
  );
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { file } from 'astro/loaders';\nimport { z } from 'astro/zod';\n" +
      "export const collections = { items: defineCollection({ loader: file('items.yaml'), schema: z.object({ title: z.string(), text: z.string() }) }) };\n",
  );
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = Array.from({ length: 12 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');
    rows.push(`- id: item-${i}\n  title: Mục ${i}\n  text: ${text}`);
  }
  writeFileSync(path.join(dir, 'items.yaml'), `${rows.join('\n')}\n`);
  writeFileSync(
    path.join(dir, 'src/pages/[id].astro'),
    "---\nimport { getCollection } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('items')).map((e) => ({ params: { id: e.id }, props: { e } }));\n}\nconst { e } = Astro.props;\n---\n" +
      '<html lang="vi"><head><meta charset="utf-8"><title>{e.data.title}</title></head><body><main><h1>{e.data.title}</h1><p>{e.data.text}</p></main></body></html>\n',
  );
  return dir;
}
