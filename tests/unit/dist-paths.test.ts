import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { under, within } from '../../src/integrations/dist-paths.ts';

const root = path.resolve('/srv/hangviet/dist');

describe('output paths by slicing, as path.join and path.relative give them', () => {
  it.each([
    'index.html',
    path.join('san-pham', 'mat-ong-bac-ha', 'index.html'),
    path.join('_astro', 'Base.CIDKhgmR.css'),
    path.join('.well-known', 'security.txt'),
    ['tin-tuc', '..', 'index.html'].join(path.sep),
    ['a', '.', 'b'].join(path.sep),
    ['..', 'ngoai'].join(path.sep),
    '',
  ])('%j', (rel) => {
    expect(under(root, rel)).toBe(path.join(root, rel));
    const file = path.join(root, rel);
    expect(within(root, file)).toBe(path.relative(root, file));
  });

  it('leaves a path outside the folder to path.relative', () => {
    const outside = path.resolve('/srv/hangviet/dist-cu/index.html');
    expect(within(root, outside)).toBe(path.relative(root, outside));
    expect(within(root, root)).toBe('');
  });
});
