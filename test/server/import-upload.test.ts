import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanStaleTransfers, exportFileOf } from '../../electron/services/exchange/files';
import { recordEvents } from '../helpers/jobs';
import { createHttpTransport } from '../../electron/server/http';
import { uploadFileOf } from '../../electron/services/exchange/import/files';
import { openTestCore, type TestCore } from '../helpers/core';
import { imported } from '../helpers/imports';

/** Browser mode's file upload for imports: token and content type required, size limit named, the file found by its id. */
const TOKEN = 'test-token-upload-0123456789abcdef';
let t: TestCore;
let server: http.Server;
let port: number;
let home: string;

function post(
  headers: Record<string, string>,
  body?: Buffer,
): Promise<{
  status: number;
  json: { ok: boolean; value?: { uploadId: string; name: string; bytes: number }; error?: { message: string } };
}> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/import-file',
      headers: { host: `127.0.0.1:${port}`, ...headers },
      setHost: false,
    });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(parts).toString('utf8')) }));
    });
    req.on('error', (e) => !answered && reject(e));
    if (body) req.write(body);
    req.end();
  });
}

beforeAll(async () => {
  t = await openTestCore();
  home = path.join(t.dir, 'home');
  const staticDir = path.join(t.dir, 'renderer');
  fs.mkdirSync(staticDir, { recursive: true });
  server = createHttpTransport({ core: t.core, token: TOKEN, staticDir, homeDir: home });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await t.core.jobs.idle();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  t.cleanup();
});

describe('POST /api/import-file', () => {
  const file = Buffer.from('Code,Name,Category,Unit\nAB-1,Bucket,nfi,each\n');
  const good = {
    authorization: `Bearer ${TOKEN}`,
    'content-type': 'application/octet-stream',
    'x-file-name': encodeURIComponent('seaux été.csv'),
  };

  it('refuses without the token and without the octet-stream type, storing nothing', async () => {
    expect((await post({ 'content-type': 'application/octet-stream' }, file)).status).toBe(401);
    const wrongType = await post({ ...good, 'content-type': 'text/plain' }, file);
    expect(wrongType.status).toBe(415);
    expect(wrongType.json.error!.message).toMatch(/application\/octet-stream/);
    expect(fs.existsSync(path.join(home, 'imports')) ? fs.readdirSync(path.join(home, 'imports')) : []).toEqual([]);
  });

  it('refuses a file over the import limit by its declared length, naming its size', async () => {
    const r = await post({ ...good, 'content-length': String(200 * 1024 * 1024) });
    expect(r.status).toBe(413);
    expect(r.json.error!.message).toBe('seaux été.csv is 200 MB; Corridor imports files up to 100 MB: split it into smaller files');
  });

  it('stores the file under its upload id, and the import job reads it', async () => {
    const r = await post(good, file);
    expect(r.status).toBe(200);
    expect(r.json.value).toMatchObject({ name: 'seaux été.csv', bytes: file.length });
    const stored = uploadFileOf(home, r.json.value!.uploadId)!;
    expect(fs.readFileSync(stored.path)).toEqual(file);
    expect(await imported(t, r.json.value!.uploadId, { target: 'items' })).toMatchObject({ creates: 1, badRows: 0 });
  });
});

describe('export and import files are not kept', () => {
  it('GET /api/export-file sends a finished export once, then the copy here is gone', async () => {
    const rec = recordEvents(t.core);
    const started = await t.core.call('jobs.start', { kind: 'export', source: 'organisations', format: 'csv' });
    expect((await rec.ended(started.id)).state).toBe('done');
    rec.unsubscribe();
    expect(exportFileOf(home, started.id)).not.toBeNull();
    const get = () =>
      new Promise<number>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            path: `/api/export-file/${started.id}`,
            headers: { host: `127.0.0.1:${port}`, authorization: `Bearer ${TOKEN}` },
            setHost: false,
          },
          (res) => res.on('data', () => {}).on('end', () => resolve(res.statusCode ?? 0)),
        );
        req.on('error', reject);
        req.end();
      });
    expect(await get()).toBe(200);
    await vi.waitFor(() => expect(exportFileOf(home, started.id)).toBeNull());
    expect(await get()).toBe(404);
  });

  it('at start, export and import files (and rows kept from previews) older than an hour are removed, newer ones kept', () => {
    const old = path.join(home, 'exports', '01900000-0000-7000-8000-000000000001');
    const recent = path.join(home, 'imports', '01900000-0000-7000-8000-000000000002');
    const oldKept = path.join(home, 'imports', '01900000-0000-7000-8000-000000000003.rows');
    const recentKept = path.join(home, 'imports', '01900000-0000-7000-8000-000000000002.rows');
    for (const dir of [old, recent, oldKept, recentKept]) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'file.csv'), 'a');
    }
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
    fs.utimesSync(oldKept, twoHoursAgo, twoHoursAgo);
    cleanStaleTransfers(home);
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(oldKept)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
    expect(fs.existsSync(recentKept)).toBe(true);
  });
});
