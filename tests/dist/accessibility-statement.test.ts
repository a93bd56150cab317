/**
 * The accessibility statement (/tiep-can/) quotes the site as it is: the skip link it names is the
 * one every page has, word for word.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = path.resolve('dist');
const text = (file: string) =>
  readFileSync(path.join(dist, file), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('/tiep-can/', () => {
  it('quotes the skip link every page has', () => {
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    const label = /<a class="app-skip-link"[^>]*>([^<]+)<\/a>/.exec(home)?.[1];
    expect(label).toBeTruthy();
    expect(text('tiep-can/index.html')).toContain(`“${label}”`);
  });
});
