/**
 * JPEG encoding of the SVG drawings with sharp: fixed settings and no metadata, so the same SVG
 * gives the same bytes on every run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const JPEG = { quality: 72, chromaSubsampling: '4:2:0', mozjpeg: false, progressive: false } as const;

/** One picture to encode. */
export interface ImageJob {
  /** Path relative to the output folder, e.g. `products/images/p-0001.jpg`. */
  file: string;
  svg: string;
}

/** Encodes the pictures into `dir`, eight at a time; returns their number, total and largest size in bytes. */
export async function encodeImages(dir: string, jobs: readonly ImageJob[]): Promise<{ count: number; bytes: number; max: number }> {
  for (const folder of new Set(jobs.map((job) => path.dirname(job.file)))) await mkdir(path.join(dir, folder), { recursive: true });
  let bytes = 0;
  let max = 0;
  const concurrency = 8;
  for (let i = 0; i < jobs.length; i += concurrency) {
    await Promise.all(
      jobs.slice(i, i + concurrency).map(async (job) => {
        const buffer = await sharp(Buffer.from(job.svg), { density: 72 }).jpeg(JPEG).toBuffer();
        bytes += buffer.length;
        max = Math.max(max, buffer.length);
        await writeFile(path.join(dir, job.file), buffer);
      }),
    );
  }
  return { count: jobs.length, bytes, max };
}
