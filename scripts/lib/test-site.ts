/**
 * The site settings of the test build: the sample's content/site.yaml with tests/fixtures/site.yaml
 * laid over it key by key (scripts/test-build.ts writes them; the browser tests read them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export function testSiteSettings(): Record<string, unknown> {
  const read = (file: string) => parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
  return { ...read('content/site.yaml'), ...read('tests/fixtures/site.yaml') };
}
