import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { say } from '../../api/i18n';
import {
  MAX_ATTACHMENT_BYTES,
  type addAttachmentInput,
  type RequestAttachmentView,
  type removeAttachmentInput,
} from '../../api/request-attachments';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { checkVersion, DomainError, invalid, notFound, ruleViolation } from '../core/errors';
import { newId } from '../core/ids';
import { inTransaction } from '../core/transaction';
import { insertRecord, updateRecord } from '../core/write';
import { removeUpload, uploadFileOf } from '../exchange/import/files';
import { all, one } from '../stock/sql';
import { actingOrg } from './side';
import { loadRequest } from './rows';
import { addTimelineEntry } from './timeline';

/*
 * A request's attachments. The file waits as an upload (<home>/imports/<upload id>/, put there
 * by the browser's upload or Electron's open dialog); adding checks it and copies it to
 * <home>/attachments/<attachment id>/<file name> under a temporary name, then, in one transaction,
 * records it (row, timeline entry, audit entry) and gives the copy its name: a refusal or a
 * failure at any step leaves neither a row nor a file. Removing archives the row (who and when;
 * its name, size and SHA-256 stay as the record of what was attached) and deletes the file: an
 * attachment is most often removed because it was the wrong file or held what should not be kept.
 */

export const attachmentsFolder = (homeDir: string) => path.join(homeDir, 'attachments');

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The stored file of an attachment, by its id alone (the shells' download and save), or null. */
export function attachmentFileOf(homeDir: string, attachmentId: string): { path: string; name: string } | null {
  if (!ID.test(attachmentId)) return null;
  const dir = path.join(attachmentsFolder(homeDir), attachmentId);
  if (!fs.existsSync(dir)) return null;
  const names = fs.readdirSync(dir).filter((n) => !n.endsWith('.partial'));
  return names.length === 1 ? { path: path.join(dir, names[0]), name: names[0] } : null;
}

/** Characters no file system takes in a name, control characters, and names Windows reserves. */
const FORBIDDEN = /[\\/:*?"<>|\p{Cc}]/u;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** Why a file name cannot be kept as it is, or null when it is safe on every system. */
function unsafeName(name: string): string | null {
  if (name.trim() === '') return say('attachments.name.blank');
  if (FORBIDDEN.test(name)) return say('attachments.name.characters');
  if (name.startsWith('.') || name.endsWith('.') || name.endsWith(' ') || name.startsWith(' ')) return say('attachments.name.edges');
  if (RESERVED.test(name)) return say('attachments.name.reserved');
  if (name.length > 120) return say('attachments.name.long', { max: 120 });
  return null;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const VIEW = `SELECT id, version, file_name AS fileName, note, bytes, sha256, created_at AS addedAt, added_by AS addedBy
  FROM request_attachments`;

export const requestAttachments = (sqlite: Database.Database, requestId: string) =>
  all<RequestAttachmentView>(sqlite, `${VIEW} WHERE request_id = ? AND archived = 0 ORDER BY created_at, id`, requestId);

/** The organisation the operator acts for: one of the request's two parties. */
function partyOf(ctx: ServiceContext, r: { number: string; requesterOrgId: string; providerOrgId: string }, given?: string | null) {
  const orgId = actingOrg(ctx, given);
  if (orgId !== r.requesterOrgId && orgId !== r.providerOrgId)
    throw ruleViolation(say('attachments.notAParty', { number: r.number }), [
      { path: ['actingOrgId'], message: say('attachments.chooseParty') },
    ]);
  return orgId;
}

export function addAttachment(ctx: ServiceContext, input: z.output<typeof addAttachmentInput>): RequestAttachmentView {
  const stored = loadRequest(ctx.sqlite, input.requestId);
  if (!stored) throw notFound(say('requestCore.requestNoun'), input.requestId);
  const orgId = partyOf(ctx, stored, input.actingOrgId);
  const upload = uploadFileOf(ctx.homeDir, input.uploadId);
  if (!upload) throw invalid(say('attachments.noUpload'), [{ path: ['uploadId'], message: say('attachments.chooseAgain') }]);
  const fileName = input.fileName ?? upload.name;
  const why = unsafeName(fileName);
  if (why) throw invalid(say('attachments.unsafeName', { file: fileName, why }), [{ path: ['fileName'], message: why }]);
  if (upload.bytes === 0)
    throw invalid(say('attachments.empty', { file: fileName }), [{ path: ['uploadId'], message: say('attachments.emptyShort') }]);
  if (upload.bytes > MAX_ATTACHMENT_BYTES)
    throw new DomainError(
      'too_large',
      say('attachments.tooBig', { file: fileName, size: megabytes(upload.bytes), max: megabytes(MAX_ATTACHMENT_BYTES) }),
      [{ path: ['uploadId'], message: say('attachments.tooBigShort', { max: megabytes(MAX_ATTACHMENT_BYTES) }) }],
    );

  const id = newId();
  const dir = path.join(attachmentsFolder(ctx.homeDir), id);
  const partial = path.join(dir, `${id}.partial`);
  const final = path.join(dir, fileName);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(upload.path, partial);
    const sha256 = createHash('sha256').update(fs.readFileSync(partial)).digest('hex');
    const view = inTransaction(ctx, () => {
      const row = {
        request_id: stored.id,
        file_name: fileName,
        note: input.note ?? '',
        bytes: upload.bytes,
        sha256,
        stored_path: path.join(id, fileName),
        added_by: ctx.operator() ?? '(setup)',
      };
      insertRecord(ctx, 'request_attachments', row, id);
      addTimelineEntry(ctx, { requestId: stored.id, orgId, action: 'attach', from: stored.status, to: stored.status, comment: fileName });
      recordAudit(ctx, [{ entity: 'request_attachment', entityId: id, before: null, after: row }]);
      // Last, so a failure before it rolls the rows back and the copy is removed below.
      fs.renameSync(partial, final);
      return one<RequestAttachmentView>(ctx.sqlite, `${VIEW} WHERE id = ?`, id)!;
    });
    removeUpload(ctx.homeDir, input.uploadId);
    return view;
  } catch (e) {
    // Nothing half-written: the row is not there (rolled back), so neither is the copy.
    if (!one(ctx.sqlite, 'SELECT 1 FROM request_attachments WHERE id = ?', id)) fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

export function removeAttachment(ctx: ServiceContext, input: z.output<typeof removeAttachmentInput>): RequestAttachmentView {
  const before = one<RequestAttachmentView & { requestId: string; archived: number }>(
    ctx.sqlite,
    `SELECT id, version, file_name AS fileName, note, bytes, sha256, created_at AS addedAt, added_by AS addedBy,
       request_id AS requestId, archived FROM request_attachments WHERE id = ?`,
    input.id,
  );
  if (!before || before.archived) throw notFound(say('attachments.noun'), input.id);
  checkVersion(say('attachments.named', { file: before.fileName }), before.version, input.version);
  const stored = loadRequest(ctx.sqlite, before.requestId)!;
  const orgId = partyOf(ctx, stored, input.actingOrgId);
  const operator = ctx.operator() ?? '(setup)';
  const view = inTransaction(ctx, () => {
    const at = ctx.now();
    updateRecord(ctx, 'request_attachments', input.id, { archived: 1, removed_at: at, removed_by: operator });
    addTimelineEntry(ctx, {
      requestId: stored.id,
      orgId,
      action: 'removeAttachment',
      from: stored.status,
      to: stored.status,
      comment: before.fileName,
    });
    const { requestId: _r, archived: _a, ...kept } = before;
    recordAudit(ctx, [{ entity: 'request_attachment', entityId: input.id, before: kept, after: { removedAt: at, removedBy: operator } }]);
    return one<RequestAttachmentView>(ctx.sqlite, `${VIEW} WHERE id = ?`, input.id)!;
  });
  // The row says it was removed; the file goes once that is committed.
  fs.rmSync(path.join(attachmentsFolder(ctx.homeDir), input.id), { recursive: true, force: true });
  return view;
}
