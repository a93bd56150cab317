/**
 * Build-failure test harness: each case runs Astro on its own throw-away copy of the project
 * (Astro writes `.astro/`, `dist/` and caches under the project root, so cases cannot share one),
 * with its own copy of `content/` named by HANGVIET_CONTENT, changed in one way.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { freePort } from '../../scripts/lib/free-port.ts';

/** One case: a name, a body that throws to fail, and how long it may take. */
export interface BuildCase {
  name: string;
  run: () => Promise<void>;
  /** Time limit in milliseconds. */
  timeoutMs: number;
}

/** The real project. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** What a case copies from the project; content is copied separately. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'docs'];

/**
 * Caches Astro and Vite keep inside node_modules (the content data store, optimised deps). They
 * are left out of the per-case node_modules so parallel cases, and the lead's own builds, never
 * write the same files.
 */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/** A throw-away project. */
export interface TempProject {
  /** Project root. */
  dir: string;
  /** Content root (HANGVIET_CONTENT), `<dir>/content`. */
  content: string;
  /** Write a file under the content root (path relative to it, e.g. `points/zz-test.yaml`). */
  write: (rel: string, text: string) => Promise<void>;
  /** Remove the project. */
  remove: () => Promise<void>;
}

/** Copy the project and its content to a fresh temporary folder. */
export async function tempProject(): Promise<TempProject> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hangviet-build-'));
  for (const name of PROJECT_FILES) {
    if (existsSync(path.join(ROOT, name))) await cp(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  }
  const content = path.join(dir, 'content');
  await cp(path.join(ROOT, 'content'), content, { recursive: true });
  // node_modules: a real folder of links to the project's packages, so caches stay private.
  const modules = path.join(dir, 'node_modules');
  await mkdir(modules);
  for (const entry of await readdir(path.join(ROOT, 'node_modules'))) {
    if (PRIVATE_CACHES.has(entry) || entry === '.package-lock.json') continue;
    await symlink(path.join(ROOT, 'node_modules', entry), path.join(modules, entry));
  }
  return {
    dir,
    content,
    write: async (rel, text) => {
      const file = path.join(content, rel);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** What an Astro run printed and how it ended. */
export interface AstroRun {
  code: number | null;
  /** stdout and stderr together, without colours. */
  output: string;
  ms: number;
}

/**
 * Run `astro <command>` in the project, like `npx astro sync`, but with this very Node (the pinned
 * Node 24) rather than whatever `node` npx would find on PATH, and without npm's start-up cost.
 */
export function runAstro(project: TempProject, command: 'sync' | 'build', timeoutMs = 240_000, env: Record<string, string> = {}): Promise<AstroRun> {
  return runNode([ASTRO_BIN, command], project.dir, { ...astroEnv(project), ...env }, timeoutMs);
}

const ASTRO_BIN = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** The environment Astro runs in for a case: a person's, with the project's content. */
function astroEnv(project: TempProject): NodeJS.ProcessEnv {
  // A cache folder named for the caller's own builds would be shared by every case, and the data
  // store would not be where `storedEntries` reads it: each case keeps its caches in its own copy.
  const { HANGVIET_CACHE_DIR: _callersCache, ...inherited } = process.env;
  // Vitest marks its own process as a test run (NODE_ENV=test, VITEST, TEST…); the Astro under
  // test must see the environment a person's build sees.
  if (inherited.NODE_ENV === 'test') delete inherited.NODE_ENV;
  if (inherited.TEST === 'true') delete inherited.TEST;
  for (const name of Object.keys(inherited)) if (name.startsWith('VITEST')) delete inherited[name];
  return { ...inherited, HANGVIET_CONTENT: project.content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
}

/** A running `astro dev` of a project, on 127.0.0.1. */
export interface AstroDev {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** What it has printed so far, without colours. */
  output: () => string;
  stop: () => Promise<void>;
}

/** Start `astro dev` in the project, as the editor's local mode does, and wait until it answers. */
export async function startAstroDev(project: TempProject, timeoutMs = 120_000): Promise<AstroDev> {
  const port = await freePort();
  const child = spawn(process.execPath, [ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: project.dir, env: astroEnv(project), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev dừng (mã ${child.exitCode}):\n${output.slice(-3000)}`);
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`astro dev không trả lời sau ${timeoutMs / 1000} s:\n${output.slice(-3000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return { origin, output: () => output.replace(/\u001b\[[0-9;]*m/g, ''), stop };
}

/** Run this Node with `args` in `cwd`, collecting stdout and stderr together without colours; killed after `timeoutMs`. */
function runNode(args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<AstroRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output: output.replace(/\u001b\[[0-9;]*m/g, ''), ms: performance.now() - started });
    });
  });
}

/** YAML text for one record or a list of records; keys whose value is `undefined` are left out. */
export function yaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}

/** A valid sales point, with changes; a change to `undefined` removes the field. */
export function point(id: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    id,
    name: `Điểm bán thử nghiệm ${id}`,
    kind: 'tu-hao-hang-viet',
    operator: 'Đơn vị thử nghiệm',
    // Phường Sài Gòn, Thành phố Hồ Chí Minh.
    address: { street: 'Số 1 đường Thử Nghiệm', commune: '26740', province: '79' },
    geo: { lat: 10.7769, lng: 106.7009 },
    lastVerified: '2026-01-15',
    sample: true,
  };
  const merged = { ...base, ...changes };
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
}

/** A valid plan (MDX) for when the content has none yet. */
export const FIXTURE_PLAN = `---
title: Kế hoạch thử nghiệm tự động
number: 99/KH-TN
issuer: Ban Chỉ đạo thử nghiệm
level: tinh
province: "79"
place: Thành phố Hồ Chí Minh
date: "2026-01-15"
signer:
  title: TRƯỞNG BAN
sample: true
---

Nội dung thử nghiệm.
`;

/** A valid standalone page (Markdown), with its title. */
export function fixturePage(title: string): string {
  return `---\ntitle: ${title}\ndescription: Trang thử nghiệm tự động.\nupdated: "2026-01-15"\nsample: true\n---\n\nNội dung thử nghiệm.\n`;
}

/** Entries of one collection from the content data store a successful sync leaves behind. */
export async function storedEntries(project: TempProject, collection: string): Promise<Map<string, { data: Record<string, unknown> }>> {
  const file = path.join(project.dir, 'node_modules', '.astro', 'data-store.json');
  // devalue is the format Astro writes the store in; take the copy Astro itself uses.
  const require = createRequire(path.join(ROOT, 'node_modules', 'astro', 'package.json'));
  const devalue = (await import(pathToFileURL(require.resolve('devalue')).href)) as { unflatten: (v: unknown) => unknown };
  const store = devalue.unflatten(JSON.parse(await readFile(file, 'utf8'))) as Map<string, Map<string, { data: Record<string, unknown> }>>;
  return store.get(collection) ?? new Map();
}
