import type { z } from 'zod';
import type { Operation } from './define';
import { catalogueOps } from './catalogue';
import { partnerOps } from './partners';
import { siteOps } from './sites';
import { stockCountOps } from './stock/counts';
import { stockDocumentOps } from './stock/documents';
import { stockLineOps } from './stock/lines';
import { stockPasteOps } from './stock/paste';
import { stockIncomingOps } from './stock/incoming';
import { stockThresholdOps } from './stock/thresholds';
import { stockViewOps } from './stock/views';
import { systemOps } from './system';
import { jobOps } from './jobs';
import { exchangeOps } from './exchange';
import { backupOps } from './backups';
import { requestOps } from './requests';
import { requestAttachmentOps } from './request-attachments';
import { localeOps } from './locale';
import { convoyOps } from './convoys';
import { importOps } from './imports';
import { dashboardOps } from './dashboard';
import { operatorOps } from './operators';
import { fourEyesOps } from './four-eyes';

/**
 * The one table of every operation Corridor's core offers. Electron IPC, the loopback HTTP
 * server and the renderer's client are all typed from it; unknown names are refused.
 */
export const contract = {
  ...systemOps,
  ...jobOps,
  ...partnerOps,
  ...siteOps,
  ...catalogueOps,
  ...stockDocumentOps,
  ...stockLineOps,
  ...stockPasteOps,
  ...stockIncomingOps,
  ...stockViewOps,
  ...stockThresholdOps,
  ...stockCountOps,
  ...exchangeOps,
  ...backupOps,
  ...requestOps,
  ...requestAttachmentOps,
  ...localeOps,
  ...convoyOps,
  ...importOps,
  ...dashboardOps,
  ...operatorOps,
  ...fourEyesOps,
} satisfies Record<string, Operation>;

export type Contract = typeof contract;
export type OpName = keyof Contract;
/** What a caller sends (before zod defaults and coercions). */
export type OpInput<K extends OpName> = z.input<Contract[K]['input']>;
/** What a service receives (after parsing). */
export type OpParsed<K extends OpName> = z.output<Contract[K]['input']>;
export type OpResult<K extends OpName> = Contract[K] extends Operation<z.ZodType, infer R> ? R : never;

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
