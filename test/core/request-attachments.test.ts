import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../electron/api/request-attachments';
import type { RequestDetail } from '../../electron/api/requests';
import { saveUpload, uploadFileOf } from '../../electron/services/exchange/import/files';
import { attachmentFileOf, attachmentsFolder } from '../../electron/services/requests/attachments';
import { refusedWritingNothing } from '../helpers/core';
import { requestIn, requestWorld, type RequestWorld } from './requests-fixture';

/**
 * Attachments on real SQLite and real files: the upload is copied under <home>/attachments/<id>/,
 * listed on the request with its note, size and SHA-256, on the timeline and in the audit trail;
 * an empty file, one over the limit, an unsafe name, an organisation that is not a party and a
 * failure inside the transaction are refused leaving neither a row nor a file; removing archives
 * the row and deletes the copy.
 */

let w: RequestWorld;
let r: RequestDetail;
let home: string;

const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
    : [];

beforeEach(async () => {
  w = await requestWorld();
  home = path.join(w.dir, 'home');
  r = await requestIn(w, 'submitted');
});
afterEach(() => w.cleanup());

describe('request attachments', () => {
  it('copies the upload into the data folder, lists it, and puts it on the timeline and in the audit trail', async () => {
    const bytes = Buffer.from('%PDF-1.4 signed letter from the district governor\n');
    const upload = saveUpload(home, 'governor letter.pdf', bytes);
    const a = await w.call('requests.attachments.add', {
      requestId: r.request.id,
      uploadId: upload.uploadId,
      note: 'Signed permission for the Tarvik bridge',
      actingOrgId: w.ngo,
    });
    expect(a).toMatchObject({ fileName: 'governor letter.pdf', note: 'Signed permission for the Tarvik bridge', bytes: bytes.length });
    expect(a.addedBy).toBe('Capt. Test');
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    const file = attachmentFileOf(home, a.id)!;
    expect(file.path).toBe(path.join(attachmentsFolder(home), a.id, 'governor letter.pdf'));
    expect(fs.readFileSync(file.path)).toEqual(bytes);
    // The upload is used up: the copy is the app's.
    expect(uploadFileOf(home, upload.uploadId)).toBeNull();
    const d = await w.call('requests.get', { id: r.request.id });
    expect(d.attachments.map((x) => x.fileName)).toEqual(['governor letter.pdf']);
    expect(d.timeline.at(-1)).toMatchObject({ action: 'attach', comment: 'governor letter.pdf', org: 'HHI' });
    const audit = w.core.sqlite.prepare("SELECT operator FROM audit_log WHERE entity = 'request_attachment' AND entity_id = ?").all(a.id);
    expect(audit).toEqual([{ operator: 'Capt. Test' }]);
  });

  it('keeps a chosen file name; refuses an empty file, one over the limit and unsafe names, writing nothing', async () => {
    const named = await w.call('requests.attachments.add', {
      requestId: r.request.id,
      uploadId: saveUpload(home, 'scan0001.jpg', 'x').uploadId,
      fileName: 'Route map Tarvik.jpg',
    });
    expect(named.fileName).toBe('Route map Tarvik.jpg');
    const before = filesUnder(attachmentsFolder(home));

    const empty = saveUpload(home, 'empty.pdf', '');
    const e1 = await refusedWritingNothing(w.core, 'requests.attachments.add', { requestId: r.request.id, uploadId: empty.uploadId });
    expect(e1.code).toBe('invalid_input');
    expect(e1.message).toContain('empty.pdf is empty (0 bytes)');

    const big = saveUpload(home, 'photos.zip', '');
    fs.truncateSync(uploadFileOf(home, big.uploadId)!.path, MAX_ATTACHMENT_BYTES + 1);
    const e2 = await refusedWritingNothing(w.core, 'requests.attachments.add', { requestId: r.request.id, uploadId: big.uploadId });
    expect(e2.code).toBe('too_large');
    expect(e2.message).toContain('photos.zip is 25.0 MB; attachments are limited to 25.0 MB');

    const ok = saveUpload(home, 'ok.txt', 'fine').uploadId;
    for (const [fileName, why] of [
      ['CON.txt', 'Windows reserves it'],
      ['notes.', 'starts or ends with a dot or a space'],
      ['a:b.txt', 'or a control character'],
      ['.hidden', 'starts or ends with a dot'],
    ]) {
      const e = await refusedWritingNothing(w.core, 'requests.attachments.add', { requestId: r.request.id, uploadId: ok, fileName });
      expect(e.code).toBe('invalid_input');
      expect(e.message).toContain(`“${fileName}” cannot be kept as a file name:`);
      expect(e.message).toContain(why);
    }
    const e3 = await refusedWritingNothing(w.core, 'requests.attachments.add', {
      requestId: r.request.id,
      uploadId: ok,
      actingOrgId: w.ngo2,
    });
    expect(e3.code).toBe('rule_violation');
    const e4 = await refusedWritingNothing(w.core, 'requests.attachments.add', {
      requestId: r.request.id,
      uploadId: '00000000-0000-4000-8000-000000000000',
    });
    expect(e4.message).toContain('choose it again');
    expect(filesUnder(attachmentsFolder(home))).toEqual(before);
  });

  it('a failure inside the transaction leaves neither a row nor the copied file', async () => {
    w.core.sqlite.exec(
      "CREATE TEMP TRIGGER fail_attach BEFORE INSERT ON request_events WHEN NEW.action = 'attach' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const upload = saveUpload(home, 'letter.pdf', 'letter');
    await refusedWritingNothing(w.core, 'requests.attachments.add', { requestId: r.request.id, uploadId: upload.uploadId });
    expect(filesUnder(attachmentsFolder(home))).toEqual([]);
    // The upload is still there to try again.
    expect(uploadFileOf(home, upload.uploadId)).not.toBeNull();
    w.core.sqlite.exec('DROP TRIGGER fail_attach');
  });

  it('removing archives the row (timeline and audit) and deletes the copy; a stale version is refused', async () => {
    const a = await w.call('requests.attachments.add', {
      requestId: r.request.id,
      uploadId: saveUpload(home, 'wrong file.xlsx', 'oops').uploadId,
    });
    const stale = await refusedWritingNothing(w.core, 'requests.attachments.remove', { id: a.id, version: a.version + 1 });
    expect(stale.code).toBe('conflict');
    await w.call('requests.attachments.remove', { id: a.id, version: a.version });
    expect(attachmentFileOf(home, a.id)).toBeNull();
    expect(fs.existsSync(path.join(attachmentsFolder(home), a.id))).toBe(false);
    const row = w.core.sqlite.prepare('SELECT archived, removed_by AS removedBy, sha256 FROM request_attachments WHERE id = ?').get(a.id);
    expect(row).toEqual({ archived: 1, removedBy: 'Capt. Test', sha256: a.sha256 });
    const d = await w.call('requests.get', { id: r.request.id });
    expect(d.attachments).toEqual([]);
    expect(d.timeline.at(-1)).toMatchObject({ action: 'removeAttachment', comment: 'wrong file.xlsx' });
    const gone = await refusedWritingNothing(w.core, 'requests.attachments.remove', { id: a.id, version: a.version + 1 });
    expect(gone.code).toBe('not_found');
  });
});
