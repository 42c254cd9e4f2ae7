import type Database from 'better-sqlite3';
import type { VerifyOutcome } from '../../../api/convoys';
import { contentHash } from '../waybill-content';
import { lossReportPrintByNumber, manifestPrintByNumber, waybillHash, waybillPrintByNumber } from './content';

const KINDS = { WB: 'waybill', MF: 'manifest', LR: 'loss-report' } as const;

/**
 * Verify: the text of a printed document's QR code (typed, pasted or read by a scanner) against
 * the register. A waybill matches when its number exists, the code's hash is the one issued and
 * the content in the database still gives that hash, and it is not void. A manifest or loss
 * report matches when the content in the database now gives the code's hash.
 */
export function verifyCode(sqlite: Database.Database, raw: string): VerifyOutcome {
  const code = raw.trim();
  const m = /^CORRIDOR-(WB|MF|LR):(.+):([0-9a-f]{16})$/i.exec(code);
  if (!m) return { state: 'unreadable', kind: null, number: null };
  const kind = KINDS[m[1].toUpperCase() as keyof typeof KINDS];
  const number = m[2];
  const hash = m[3].toLowerCase();
  if (kind === 'waybill') {
    const w = waybillPrintByNumber(sqlite, number);
    if (!w) return { state: 'unknown', kind, number };
    const now = waybillHash(w);
    const base = { kind, number, issuedAt: w.date, consignee: w.consignee, destination: w.destination, lines: w.lines.length };
    if (w.status === 'void') return { ...base, state: 'void', voidReason: w.voidReason };
    if (!w.storedHash.startsWith(hash)) return { ...base, state: 'mismatch' };
    if (!now.startsWith(hash)) return { ...base, state: 'changed' };
    return { ...base, state: 'match' };
  }
  const doc = kind === 'manifest' ? manifestPrintByNumber(sqlite, number) : lossReportPrintByNumber(sqlite, number);
  if (!doc) return { state: 'unknown', kind, number };
  const base = { kind, number, lines: doc.lines.length };
  return contentHash(doc as never).startsWith(hash) ? { ...base, state: 'match' } : { ...base, state: 'mismatch' };
}
