/**
 * Finding (and on a fresh Debian machine, installing) the Chromium the browser tests drive.
 * Playwright's own browser downloads are not used: only Debian's package is reachable here.
 */
import { chromium, type Browser } from 'playwright-core';
import { ensureDebianProgram } from './debian.ts';

/** Where Debian's `chromium` package puts the browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const INSTALL_HINT =
  'Cần trình duyệt Chromium để chạy kiểm thử trình duyệt. Trên Debian/Ubuntu: "sudo apt-get update && sudo apt-get install -y chromium"; ' +
  'hoặc đặt biến CHROMIUM_PATH trỏ tới một Chromium/Chrome đã cài.';

/**
 * Make sure Chromium is installed: as root on a machine with apt-get, install it; otherwise throw
 * an error that says how to install it.
 */
export function ensureChromium(): string {
  return ensureDebianProgram(CHROMIUM_PATH, 'chromium', INSTALL_HINT, Boolean(process.env.CHROMIUM_PATH));
}

/**
 * Command-line switches for Debian's Chromium run headless by the tests and the benchmark: no
 * sandbox (CI runs as root), no GPU, and none of the browser's own network traffic (updates,
 * sync, QUIC probes), so the only requests are the pages' own.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch headless Chromium with a fresh temporary profile (Playwright makes one per launch). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = ensureChromium();
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
