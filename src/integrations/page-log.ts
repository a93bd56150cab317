/**
 * The build log without a line per page or image. Astro logs two lines for every page it renders
 * or keeps (`├─ /san-pham/…/index.html (+3ms)`): 52,000 lines for the national dataset, each
 * formatted with a timestamp and written to the terminal or the CI log one by one, about 2 s of a
 * full build and 0.5 s of a rebuild that keeps every page; and one for every optimised image
 * (`▶ /_astro/…webp (reused cache entry)`), 1,500 more. This integration replaces them with a count
 * every `every` pages (every tenth of that for images) and at the end of each. Warnings, errors
 * and every other line are untouched; `--verbose` (or any log level other than Astro's default,
 * info) keeps Astro's lines as they are.
 */
import type { AstroIntegration } from 'astro';

/** One event of Astro's log, as its destination receives it. */
export interface LogEvent {
  label: string | null;
  level: string;
  message: string;
  newLine: boolean;
}

export interface LogDestination {
  write(event: LogEvent): unknown;
}

// Astro's colours are ANSI escapes around the text.
// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const numberVi = new Intl.NumberFormat('vi-VN');

/** Astro's first line for a page: its output file. */
const isPageLine = (e: LogEvent) => e.level === 'info' && e.label === null && !e.newLine && /^\s*[├└]─/.test(plain(e.message));
/** Astro's line for an optimised image (assets/build/generate.js): whether it was taken from the cache. */
const imageLine = (e: LogEvent) => (e.level === 'info' && e.label === null && e.newLine ? /^\s*▶ \S+ \((reused|revalidated) cache entry|^\s*▶ \S+ \(before: /.exec(plain(e.message)) : null);
/** Astro's second line for a page: its render time, or that it was kept. */
const pageEnd = (e: LogEvent) => (e.level === 'info' && e.label === 'SKIP_FORMAT' ? /^\s*\((\+[\d.]+m?s|cached|restored)\)/.exec(plain(e.message)) : null);

/**
 * A destination that counts Astro's page and image lines instead of writing them, and writes a
 * count every `every` pages (every tenth of that for images) and before the first other line.
 * Pages render several at a time, so a page's two lines are not next to each other (Astro's own
 * listing pairs them wrongly); a page that wrote no file is still reported, by Astro's own words.
 */
export function pageCounting(dest: LogDestination, every = 5000): LogDestination {
  let pages = 0;
  let kept = 0;
  let reported = 0;
  let images = 0;
  let reused = 0;
  let imagesReported = 0;
  const imagesEvery = Math.max(1, Math.round(every / 10));
  const report = () => {
    if (pages !== reported) {
      reported = pages;
      dest.write({
        label: 'build',
        level: 'info',
        message: `${numberVi.format(pages)} trang và tệp: ${numberVi.format(pages - kept)} dựng mới, ${numberVi.format(kept)} giữ nguyên từ lần dựng trước`,
        newLine: true,
      });
    }
    if (images !== imagesReported) {
      imagesReported = images;
      dest.write({
        label: 'build',
        level: 'info',
        message: `${numberVi.format(images)} ảnh tối ưu: ${numberVi.format(images - reused)} tạo mới, ${numberVi.format(reused)} dùng lại từ bộ đệm`,
        newLine: true,
      });
    }
  };
  return {
    write(event) {
      if (isPageLine(event)) {
        pages++;
        if (pages % every === 0) report();
        return;
      }
      const image = imageLine(event);
      if (image) {
        images++;
        if (image[1]) reused++;
        if (images % imagesEvery === 0) report();
        return;
      }
      const end = pageEnd(event);
      if (end) {
        if (end[1] === 'cached' || end[1] === 'restored') kept++;
        if (/file not created/.test(event.message)) dest.write({ ...event, label: 'build', message: plain(event.message).trim() });
        return;
      }
      report();
      dest.write(event);
    },
  };
}

export function pageLog(every?: number): AstroIntegration {
  return {
    name: 'hangviet-page-log',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        // The integration's logger shares the options (level and destination) of Astro's own.
        const options = (logger as unknown as { options?: { level?: string; destination?: LogDestination } }).options;
        if (!options?.destination || options.level !== 'info') return;
        options.destination = pageCounting(options.destination, every);
      },
    },
  };
}
