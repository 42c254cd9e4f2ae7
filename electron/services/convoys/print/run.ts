import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ConvoyPrintRequest, PrintOutcome } from '../../../api/convoys';
import type { Language } from '../../../api/i18n';
import { notFound } from '../../core/errors';
import { say } from '../../../api/i18n/current';
import { lossReportPrint, manifestPrint, waybillPrint } from './content';
import { lossReportDocument, manifestDocument, waybillDocument } from './documents';
import { printerFor } from './layout';
import { writePdf } from './pdf';

/** The document definition and its file name for a print request, from the database now. */
export function printDefinition(
  sqlite: Database.Database,
  request: ConvoyPrintRequest,
  language: Language,
  printedBy?: { operator: string; at: string },
): { doc: object; name: string; lines: number } {
  const p = printerFor(language, printedBy);
  switch (request.document) {
    case 'waybill': {
      const w = waybillPrint(sqlite, request.waybillId);
      if (!w) throw notFound(say('printCore.waybillNoun'), request.waybillId);
      return { doc: waybillDocument(p, w), name: `waybill-${w.number}`, lines: w.lines.length };
    }
    case 'manifest': {
      const m = manifestPrint(sqlite, request.convoyId, request.vehicleId);
      if (!m) throw notFound(say('printCore.vehicleNoun'), request.vehicleId);
      return { doc: manifestDocument(p, m), name: `manifest-${m.number}`, lines: m.lines.length };
    }
    case 'loss-report': {
      const r = lossReportPrint(sqlite, request.convoyId, request.stopId);
      if (!r) throw notFound(say('printCore.arrivalNoun'), request.stopId);
      return { doc: lossReportDocument(p, r), name: `loss-report-${r.number}`, lines: r.lines.length };
    }
  }
}

/**
 * The print job: reads the document (one consistent read), lays it out with pdfmake and writes
 * the PDF where exports wait to be saved (the shells save it by the job's id, like an export).
 */
export async function runPrint(
  sqlite: Database.Database,
  request: ConvoyPrintRequest,
  language: Language,
  folder: string,
  run: { progress(done: number, total: number, step: string): void; checkCancelled(): void },
  printedBy?: { operator: string; at: string },
): Promise<PrintOutcome> {
  run.progress(0, 100, 'Reading');
  return writePrintFile(printDefinition(sqlite, request, language, printedBy), folder, run);
}

/** Lays a document out and writes its PDF in the job's folder (any printed document: convoys', the request form). */
export async function writePrintFile(
  { doc, name, lines }: { doc: object; name: string; lines: number },
  folder: string,
  run: { progress(done: number, total: number, step: string): void; checkCancelled(): void },
): Promise<PrintOutcome> {
  run.checkCancelled();
  fs.mkdirSync(folder, { recursive: true });
  const fileName = `${name.replace(/[^A-Za-z0-9._-]+/g, '_')}.pdf`;
  const target = path.join(folder, fileName);
  try {
    await writePdf(doc, target, (f) => run.progress(Math.min(99, Math.round(f * 100)), 100, 'Laying out pages'));
  } catch (e) {
    fs.rmSync(target, { force: true });
    throw e;
  }
  run.progress(100, 100, 'Done');
  return { fileName, bytes: fs.statSync(target).size, lines };
}
