import { z } from 'zod';
import { command } from './define';
import { optionalIdRef, optionalText, uuid } from './formats';
import { versionedId } from './records';
import { text } from './text';

/*
 * Attachments to a request (issue 14 point 1): a file with its name and a note, copied into the
 * app's data folder. The file reaches the core as an upload (the browser's upload or Electron's
 * open dialog put it in <home>/imports/<upload id>/, as for the import wizard); the core checks
 * it (not empty, not over MAX_ATTACHMENT_BYTES, a safe name) and copies it under
 * <home>/attachments/<attachment id>/. The window saves one through the shells by its id.
 */

/** Large enough for scans and photos of signed letters, small enough for a laptop's backups. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export const addAttachmentInput = z.object({
  /** The request (its version is not needed: attaching a file changes no field of it). */
  requestId: uuid,
  uploadId: uuid,
  /** The name to keep; the uploaded file's own name when absent. */
  fileName: text('File name', { max: 200 }).optional(),
  note: optionalText('Note', 500),
  actingOrgId: optionalIdRef('Acting for'),
});

export const removeAttachmentInput = z.object({ ...versionedId, actingOrgId: optionalIdRef('Acting for') });

export interface RequestAttachmentView {
  id: string;
  version: number;
  fileName: string;
  note: string;
  bytes: number;
  sha256: string;
  addedAt: string;
  addedBy: string;
}

export const requestAttachmentOps = {
  'requests.attachments.add': command<RequestAttachmentView>('stock.edit')(addAttachmentInput),
  'requests.attachments.remove': command<RequestAttachmentView>('stock.edit')(removeAttachmentInput),
};
