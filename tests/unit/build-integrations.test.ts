import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
// Astro's own names for the store's module and the incremental build's marker: if Astro renames
// either, these tests fail instead of the build silently inlining the store again.
import { RESOLVED_DATA_STORE_VIRTUAL_ID } from '../../node_modules/astro/dist/content/consts.js';
import { createContentDataIncrementalMetadata } from '../../node_modules/astro/dist/core/build/incremental-metadata.js';

const flags: string[] = [];
vi.mock('node:v8', async (original) => ({ ...(await original<typeof import('node:v8')>()), setFlagsFromString: (f: string) => flags.push(f) }));

const { afterPages, astroBuildRunning, buildMemory, heapGrowingPercent, heapPolicyHeld, heavyWorkAhead, HEAP_GROWING_PERCENT } = await import('../../src/integrations/build-memory.ts');
const { VIEW_CACHE_FILE } = await import('../../src/integrations/view-cache.ts');
const { contentStoreFromDisk } = await import('../../src/integrations/content-store-from-disk.ts');

const dir = mkdtempSync(path.join(tmpdir(), 'hangviet-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Setup = (o: { command: string; config: { cacheDir: URL }; updateConfig: (c: unknown) => void }) => void;
interface LoadHook {
  order: string;
  filter: { id: RegExp };
  handler: (id: string) => { code: string; meta: unknown } | null;
}

/** The Vite plugins an integration adds for `command`, with the cache folder `cacheDir`. */
function pluginsOf(command: string, cacheDir: string) {
  const added: { name: string; enforce?: string; load: LoadHook }[] = [];
  const setup = contentStoreFromDisk().hooks['astro:config:setup'] as unknown as Setup;
  setup({ command, config: { cacheDir: pathToFileURL(`${cacheDir}/`) }, updateConfig: (c) => added.push(...(c as { vite: { plugins: typeof added } }).vite.plugins) });
  return added;
}

describe('the content store read from its file', () => {
  it('replaces the inlined store with a module that reads the file, keeping the content-data marker', async () => {
    const store = [{ points: 1 }, 'Chợ Bến Thành – “hàng Việt”'];
    writeFileSync(path.join(dir, 'data-store.json'), JSON.stringify(store));
    const [plugin] = pluginsOf('build', dir);
    const load = plugin!.load;
    expect(load.order).toBe('pre');
    expect(load.filter.id.test(RESOLVED_DATA_STORE_VIRTUAL_ID)).toBe(true);
    const result = load.handler(RESOLVED_DATA_STORE_VIRTUAL_ID)!;
    expect(result.meta).toEqual(createContentDataIncrementalMetadata());
    // The module holds the path, not the data.
    expect(result.code).not.toContain('Bến Thành');
    const module = path.join(dir, 'store.mjs');
    writeFileSync(module, result.code);
    expect((await import(pathToFileURL(module).href)).default).toEqual(store);
  });

  it('leaves other modules, a missing store and the dev server to Astro', () => {
    const [plugin] = pluginsOf('build', dir);
    expect(plugin!.load.handler('\0astro:content')).toBeNull();
    const [empty] = pluginsOf('build', path.join(dir, 'nothing-here'));
    expect(empty!.load.handler(RESOLVED_DATA_STORE_VIRTUAL_ID)).toBeNull();
    expect(pluginsOf('dev', dir)).toEqual([]);
  });
});

describe('the build’s garbage-collection policy', () => {
  it.each([
    [undefined, HEAP_GROWING_PERCENT],
    ['', HEAP_GROWING_PERCENT],
    ['0', 0],
    [' 35 ', 35],
  ])('HANGVIET_HEAP_GROWING_PERCENT=%j gives %i', (raw, expected) => {
    expect(heapGrowingPercent({ HANGVIET_HEAP_GROWING_PERCENT: raw })).toBe(expected);
  });
  it.each(['abc', '-5', '1.5'])('refuses %j, naming the variable', (raw) => {
    expect(() => heapGrowingPercent({ HANGVIET_HEAP_GROWING_PERCENT: raw })).toThrow(/HANGVIET_HEAP_GROWING_PERCENT/);
  });
  type MemorySetup = (o: { command: string; config: { cacheDir: URL } }) => void;
  const memorySetup = buildMemory().hooks['astro:config:setup'] as unknown as MemorySetup;
  /** A cache folder, with the view cache's records if `records`. */
  const cacheWith = (records: boolean) => {
    const cache = mkdtempSync(path.join(dir, 'cache-'));
    if (records) writeFileSync(path.join(cache, VIEW_CACHE_FILE), '{}');
    return { cacheDir: pathToFileURL(`${cache}/`) };
  };

  it('sets the flag for a build only, and says a build is running whatever NODE_ENV says', () => {
    flags.length = 0;
    vi.stubEnv('NODE_ENV', 'development');
    try {
      memorySetup({ command: 'dev', config: cacheWith(false) });
      expect(flags).toEqual([]);
      expect(astroBuildRunning()).toBe(false);
      memorySetup({ command: 'build', config: cacheWith(false) });
      expect(flags).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]);
      expect(astroBuildRunning()).toBe(true);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('holds the policy back in a rebuild until heavy work comes, then applies it once, after a collection', () => {
    flags.length = 0;
    memorySetup({ command: 'build', config: cacheWith(true) });
    expect(flags).toEqual([]);
    expect(heapPolicyHeld()).toBe(true);
    heavyWorkAhead();
    expect(flags).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '--expose-gc']);
    expect(heapPolicyHeld()).toBe(false);
    heavyWorkAhead();
    expect(flags).toHaveLength(2);
  });

  it('applies the policy at once in a first build, a forced one, or with V8’s default asked for', () => {
    for (const [records, force, percent] of [[false, false, undefined], [true, true, undefined], [true, false, '0']] as const) {
      flags.length = 0;
      if (force) process.argv.push('--force');
      if (percent !== undefined) vi.stubEnv('HANGVIET_HEAP_GROWING_PERCENT', percent);
      try {
        memorySetup({ command: 'build', config: cacheWith(records) });
      } finally {
        if (force) process.argv.pop();
        vi.unstubAllEnvs();
      }
      expect(flags).toEqual([`--heap-growing-percent=${percent ?? HEAP_GROWING_PERCENT}`]);
      expect(heapPolicyHeld()).toBe(false);
    }
  });

  it('lets go of what the pages registered once they are generated, once', () => {
    const released: string[] = [];
    afterPages(() => released.push('site data'));
    // The pages' bundle and the integrations are separate module graphs: they meet through a global.
    afterPages(() => released.push('other module'));
    const generated = buildMemory().hooks['astro:build:generated'] as unknown as () => void;
    expect(released).toEqual([]);
    generated();
    expect(released).toEqual(['site data', 'other module']);
    generated();
    expect(released).toHaveLength(2);
  });
});

describe('each page written once, into dist/', async () => {
  // Astro's own class, as its build imports it.
  const { IncrementalBuildCache } = await import('../../node_modules/astro/dist/core/build/incremental.js');
  const { CACHED_OUTPUT_FOLDER, singleOutput } = await import('../../src/integrations/single-output.ts');
  type Hook = (o: { command: string; config: { cacheDir: URL }; logger: { warn: (m: string) => void } }) => Promise<void>;
  const setup = singleOutput().hooks['astro:config:setup'] as unknown as Hook;
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'hangviet-output-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
  const config = { cacheDir: pathToFileURL(`${cacheDir}/`) };
  // Only `config.cacheDir` of Astro's settings is read by the copy's methods.
  const settings = { config } as never;
  const copyOf = (file: string) => path.join(cacheDir, CACHED_OUTPUT_FOLDER, file);
  const warnings: string[] = [];
  const logger = { warn: (m: string) => warnings.push(m) };

  it('leaves Astro’s copy alone outside a build', async () => {
    const cache = new IncrementalBuildCache('c', 'l', 'k');
    await setup({ command: 'dev', config, logger });
    await cache.writeOutputFile(settings, 'a/index.html', Buffer.from('<p>a</p>'));
    expect(existsSync(copyOf('a/index.html'))).toBe(true);
  });

  it('in a build, deletes the copy an earlier build left, then neither writes nor restores one', async () => {
    await setup({ command: 'build', config, logger });
    expect(warnings).toEqual([]);
    expect(existsSync(path.join(cacheDir, CACHED_OUTPUT_FOLDER))).toBe(false);
    const cache = new IncrementalBuildCache('c', 'l', 'k');
    await cache.writeOutputFile(settings, 'b/index.html', Buffer.from('<p>b</p>'));
    expect(existsSync(copyOf('b/index.html'))).toBe(false);
    // A stale copy put back by hand is never restored: the page is rendered again.
    mkdirSync(path.dirname(copyOf('a/index.html')), { recursive: true });
    writeFileSync(copyOf('a/index.html'), '<p>cũ</p>');
    const target = path.join(cacheDir, 'out', 'a', 'index.html');
    expect(await cache.restoreOutputFile(settings, 'a/index.html', pathToFileURL(target))).toBe(false);
    expect(existsSync(target)).toBe(false);
  });
});

describe('large files written after the pages, piece by piece', async () => {
  const { buildOutDir, filesWrittenElsewhere, streamAfterPages, streamedFiles, writePieces } = await import('../../src/integrations/streamed-files.ts');
  const root = path.join(dir, 'streamed');
  const dist = path.join(root, 'dist');
  const info: string[] = [];
  type Hooks = {
    'astro:config:done': (o: { config: { cacheDir: URL; outDir: URL } }) => void;
    'astro:build:start': () => void;
    'astro:build:generated': (o: { dir: URL; logger: { info: (m: string) => void } }) => Promise<void>;
  };
  const integration = streamedFiles();
  const hooks = integration.hooks as unknown as Hooks;
  hooks['astro:config:done']({ config: { cacheDir: pathToFileURL(`${path.join(root, 'cache')}/`), outDir: pathToFileURL(`${dist}/`) } });
  /** One build handing over `files` (path → [key, text]); which texts were read. */
  const build = async (files: Record<string, [string, string]>) => {
    const read: string[] = [];
    hooks['astro:build:start']();
    streamAfterPages(Object.entries(files).map(([file, [key, text]]) => ({ file, key, pieces: () => (read.push(file), text.split(/(?<=,)/)) })));
    await hooks['astro:build:generated']({ dir: pathToFileURL(`${dist}/`), logger: { info: (m) => info.push(m) } });
    return read;
  };
  const text = (file: string) => readFileSync(path.join(dist, file), 'utf8');

  it('writes each file whole, then only a file whose key changed or that is missing from dist/', async () => {
    expect(await build({ 'du-lieu/a.csv': ['1', 'Đà,Nẵng,'], 'du-lieu/b.json': ['1', '[1,2]'] })).toEqual(['du-lieu/a.csv', 'du-lieu/b.json']);
    expect([text('du-lieu/a.csv'), text('du-lieu/b.json')]).toEqual(['Đà,Nẵng,', '[1,2]']);
    expect(integration.outputs()).toEqual([path.join(dist, 'du-lieu/a.csv'), path.join(dist, 'du-lieu/b.json')]);
    expect(await build({ 'du-lieu/a.csv': ['1', 'Đà,Nẵng,'], 'du-lieu/b.json': ['2', '[3]'] })).toEqual(['du-lieu/b.json']);
    expect(text('du-lieu/b.json')).toBe('[3]');
    rmSync(path.join(dist, 'du-lieu/a.csv'));
    expect(await build({ 'du-lieu/a.csv': ['1', 'Đà,Nẵng,'], 'du-lieu/b.json': ['2', '[3]'] })).toEqual(['du-lieu/a.csv']);
    expect(text('du-lieu/a.csv')).toBe('Đà,Nẵng,');
    expect(info.at(-1)).toBe('Tệp dữ liệu lớn: 2 tệp, viết mới 1.');
  });

  it('tells the pages where the build writes, waits for files another thread writes there, and counts them as its own', async () => {
    expect(buildOutDir()).toBeUndefined();
    hooks['astro:build:start']();
    expect(buildOutDir()).toBe(dist);
    let finish!: (v: { files: string[]; written: number; what: string }) => void;
    filesWrittenElsewhere(new Promise((resolve) => (finish = resolve)));
    const generated = hooks['astro:build:generated']({ dir: pathToFileURL(`${dist}/`), logger: { info: (m) => info.push(m) } });
    let done = false;
    void generated.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    // Not done before the other thread is.
    expect(done).toBe(false);
    finish({ files: ['tim-kiem/chi-muc/t/a.json', 'tim-kiem/chi-muc/muc-luc.json'], written: 1, what: 'Chỉ mục tìm kiếm' });
    await generated;
    expect(integration.outputs()).toEqual([path.join(dist, 'tim-kiem/chi-muc/t/a.json'), path.join(dist, 'tim-kiem/chi-muc/muc-luc.json')]);
    expect(info.at(-1)).toBe('Chỉ mục tìm kiếm: 2 tệp, viết mới 1.');
    expect(buildOutDir()).toBeUndefined();
  });

  it('fails the build when the other thread fails', async () => {
    hooks['astro:build:start']();
    filesWrittenElsewhere(Promise.reject(new Error('luồng riêng hỏng')));
    await expect(hooks['astro:build:generated']({ dir: pathToFileURL(`${dist}/`), logger: { info: () => {} } })).rejects.toThrow('luồng riêng hỏng');
  });

  it('leaves the file as it was when its pieces fail, with no part-written file beside it', () => {
    const file = path.join(root, 'x', 'c.json');
    writePieces(file, ['cũ']);
    const failing = function* () {
      yield 'mới';
      throw new Error('hỏng');
    };
    expect(() => writePieces(file, failing())).toThrow('hỏng');
    expect(readFileSync(file, 'utf8')).toBe('cũ');
    expect(readdirSync(path.dirname(file))).toEqual(['c.json']);
  });
});

describe('gzip copies of large files', async () => {
  const { precompress, PRECOMPRESS_FROM_BYTES } = await import('../../src/integrations/precompress.ts');
  const { gunzipSync } = await import('node:zlib');
  const root = path.join(dir, 'gz');
  mkdirSync(path.join(root, '_astro'), { recursive: true });
  mkdirSync(path.join(root, 'du-lieu'), { recursive: true });
  const big = path.join(root, 'du-lieu', 'san-pham.csv');
  const small = path.join(root, 'du-lieu', 'nhiem-vu.csv');
  writeFileSync(big, 'mã,tên\n'.repeat(PRECOMPRESS_FROM_BYTES / 4));
  writeFileSync(small, 'mã,tên\n');
  const page = path.join(root, 'index.html');
  writeFileSync(page, `<p>${'Hàng Việt '.repeat(PRECOMPRESS_FROM_BYTES / 8)}</p>`);

  it('also compresses the large files another integration wrote (the exports), not only the pages Astro reports', async () => {
    const gz = precompress({ also: () => [big, small] });
    const done = gz.hooks['astro:build:done'] as unknown as (o: { dir: URL; assets: Map<string, URL[]>; logger: { info: (m: string) => void } }) => Promise<void>;
    await done({ dir: pathToFileURL(`${root}/`), assets: new Map([['/', [pathToFileURL(page)]]]), logger: { info: () => {} } });
    expect(gunzipSync(readFileSync(`${big}.gz`)).equals(readFileSync(big))).toBe(true);
    expect(gunzipSync(readFileSync(`${page}.gz`)).equals(readFileSync(page))).toBe(true);
    expect(existsSync(`${small}.gz`)).toBe(false);
    expect(gz.outputs().sort()).toEqual([`${big}.gz`, `${page}.gz`].sort());
  });
});
