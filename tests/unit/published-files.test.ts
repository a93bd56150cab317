/**
 * Reading a site's published /du-lieu/ files (the change log's last publication, and the aggregation
 * of another committee's data): from a folder or from an address, a missing file as "none", an
 * address that answers with an error or not at all as a failure that names it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedJson, readPublishedFile } from '../../src/integrations/published-data.ts';

describe('published files', () => {
  let server: Server;
  let base: string;
  let folder: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/du-lieu/diem-ban.json') res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"points":[]}');
      else if (req.url === '/du-lieu/hong.json') res.writeHead(500).end();
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/du-lieu/`;
    folder = mkdtempSync(path.join(tmpdir(), 'hangviet-published-'));
    writeFileSync(path.join(folder, 'diem-ban.json'), '{"points":[{"id":"a"}]}');
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads a file from an address, with or without the final slash', async () => {
    expect(await readPublishedFile(base, 'diem-ban.json')).toBe('{"points":[]}');
    expect(await readPublishedFile(base.slice(0, -1), 'diem-ban.json')).toBe('{"points":[]}');
  });

  it('reads a file from a folder', async () => {
    expect(publishedJson((await readPublishedFile(folder, 'diem-ban.json'))!, 'diem-ban.json')).toEqual({ points: [{ id: 'a' }] });
  });

  it('says "none" for a file the source does not have', async () => {
    expect(await readPublishedFile(base, 'hoi-cho.json')).toBeUndefined();
    expect(await readPublishedFile(folder, 'hoi-cho.json')).toBeUndefined();
  });

  it('fails, naming the address, when the source answers with an error or cannot be reached', async () => {
    await expect(readPublishedFile(base, 'hong.json')).rejects.toThrow(`${base}hong.json trả về mã 500`);
    await expect(readPublishedFile('http://127.0.0.1:9/du-lieu/', 'diem-ban.json')).rejects.toThrow(/không tải được http:\/\/127\.0\.0\.1:9\/du-lieu\/diem-ban\.json/);
  });

  it('refuses a file that is not JSON, naming it', () => {
    expect(() => publishedJson('{"points": [', 'diem-ban.json')).toThrow('tệp diem-ban.json không phải JSON đọc được');
  });
});
