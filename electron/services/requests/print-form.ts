import type Database from 'better-sqlite3';
import {
  ASKED_FIELDS,
  ESCORT_FIELDS,
  FULFILMENT_LINK_KEYS,
  LAST_RESORT_FIELDS,
  REQUEST_DIRECTION_KEYS,
  REQUEST_EVENT_KEYS,
  REQUEST_PRIORITY_KEYS,
  REQUEST_STATUS_KEYS,
  REQUEST_TYPE_KEYS,
  type Language,
  type MessageKey,
} from '../../api/i18n';
import type { RequestDetail } from '../../api/requests';
import { linesTable, pageOf, printerFor, signatures, type Printer } from '../convoys/print/layout';
import { requestDetail } from './views';

/*
 * The printable request form: what a coordination meeting or a partner's office reads on paper.
 * Drawn from the request page's own view (requestDetail) with the convoys' print layout (A4,
 * fonts, Arabic in visual order, "Printed by" at the foot), in the language of whoever printed it.
 * No QR code: Verify checks convoy documents only, and a request changes as it moves on. No
 * italics: DejaVu Sans Oblique has no Arabic letters (an Arabic note came out as empty boxes).
 */

type Request = RequestDetail['request'];

const heading = (p: Printer, key: MessageKey) => ({ text: p.t(key), bold: true, fontSize: 11, margin: [0, 12, 0, 4] });

/** Label and text pairs as a two-column table (long texts wrap in the right column). */
function record(p: Printer, rows: [MessageKey, string][]): object {
  return {
    table: {
      widths: [150, '*'],
      body: rows.map(([k, v]) => [
        { text: p.t(k), color: '#444' },
        { text: v || p.t('requests.notGiven'), color: v ? '#000' : '#666' },
      ]),
    },
    layout: 'lightHorizontalLines',
  };
}

const textRows = (r: Request, fields: { key: keyof Request; label: MessageKey }[]): [MessageKey, string][] =>
  fields.map((f) => [f.label, String(r[f.key] ?? '')]);

function body(p: Printer, d: RequestDetail): object[] {
  const r = d.request;
  const out: object[] = [
    { text: r.title, bold: true, fontSize: 12, margin: [0, 0, 0, 4] },
    record(p, [['requests.justification', r.justification]]),
    heading(p, 'requests.lines'),
    linesTable(
      p,
      [
        { key: 'print.col.line', right: true },
        { key: 'requests.col.what', width: '*' },
        { key: 'requests.col.asked', right: true },
        { key: 'requests.col.days', right: true },
        { key: 'requests.col.approved', right: true },
        { key: 'requests.col.committed', right: true },
        { key: 'requests.col.availableFrom' },
        { key: 'requests.col.delivered', right: true },
      ],
      d.lines.map((l) => [
        String(l.lineNo),
        l.itemCode ? `${l.itemCode} ${l.itemName ?? ''}` : l.description,
        `${p.num(l.quantity)} ${l.unit}`,
        l.durationDays == null ? '' : p.num(l.durationDays),
        l.approvedQuantity == null ? '—' : p.num(l.approvedQuantity),
        l.committedQuantity == null ? '—' : p.num(l.committedQuantity),
        p.day(l.availableFrom ?? ''),
        p.num(l.deliveredQuantity),
      ]),
    ),
  ];
  if (r.direction === 'to_military') {
    out.push(
      heading(p, 'requests.lastResortTitle'),
      record(p, [
        ...textRows(r, LAST_RESORT_FIELDS),
        [
          'requests.militarySupport',
          p.t('requests.period', { from: p.day(r.militaryStart ?? '') || '?', to: p.day(r.militaryEnd ?? '') || '?' }),
        ],
      ]),
    );
  }
  if (r.type === 'escort')
    out.push(
      heading(p, 'requests.escortTitle'),
      record(p, [...textRows(r, ESCORT_FIELDS), ['requests.escortEnd', p.day(r.escortEndDate ?? '')]]),
    );
  if (r.direction === 'from_military') out.push(heading(p, 'requests.askedTitle'), record(p, textRows(r, ASKED_FIELDS)));

  out.push(heading(p, 'requests.deliveries'));
  if (d.fulfilments.length === 0 && d.convoyLinks.length === 0) out.push({ text: p.t('requestForm.noDeliveries'), color: '#666' });
  if (d.fulfilments.length > 0)
    out.push(
      linesTable(
        p,
        [
          { key: 'requests.col.deliveredOn' },
          { key: 'requests.col.line', right: true },
          { key: 'requests.col.quantity', right: true },
          { key: 'requests.col.by' },
          { key: 'requests.col.reference', width: '*' },
          { key: 'requests.col.note', width: '*' },
        ],
        d.fulfilments.map((f) => [
          p.day(f.deliveredOn),
          String(f.lineNo),
          p.num(f.quantity),
          p.t(FULFILMENT_LINK_KEYS[f.link]),
          f.stockDocumentNumber ?? f.reference,
          f.note,
        ]),
      ),
    );
  if (d.convoyLinks.length > 0)
    out.push(
      { text: p.t('requests.convoyLinks'), bold: true, margin: [0, 6, 0, 2] },
      linesTable(
        p,
        [
          { key: 'requests.col.line', right: true },
          { key: 'requests.col.quantity', right: true },
          { key: 'requests.linkConvoy' },
          { key: 'requests.linkVehicle', width: '*' },
          { key: 'requests.col.status' },
        ],
        d.convoyLinks.map((k) => [
          String(k.lineNo),
          `${p.num(k.quantity)} ${k.unit}`,
          k.convoyNumber,
          k.manifestLine ?? k.plate ?? p.t('requests.wholeConvoy'),
          p.t(k.delivered ? 'requests.convoyDelivered' : 'requests.convoyPending'),
        ]),
      ),
    );

  if (d.attachments.length > 0)
    out.push(
      heading(p, 'attachments.title'),
      linesTable(
        p,
        [
          { key: 'attachments.col.file', width: '*' },
          { key: 'attachments.col.note', width: '*' },
          { key: 'attachments.col.size', right: true },
        ],
        d.attachments.map((a) => [a.fileName, a.note, p.t('attachments.kb', { size: p.num(Math.ceil(a.bytes / 1024)) })]),
      ),
    );

  out.push(
    heading(p, 'requests.timeline'),
    linesTable(
      p,
      [
        { key: 'requestForm.col.when' },
        { key: 'requestForm.col.change' },
        { key: 'requestForm.col.action' },
        { key: 'requestForm.col.by' },
        { key: 'requests.col.note', width: '*' },
      ],
      d.timeline.map((e) => [
        p.moment(e.at),
        `${e.fromStatus ? `${p.t(REQUEST_STATUS_KEYS[e.fromStatus])} → ` : ''}${p.t(REQUEST_STATUS_KEYS[e.toStatus])}`,
        REQUEST_EVENT_KEYS[e.action] ? p.t(REQUEST_EVENT_KEYS[e.action]) : e.action,
        `${e.operator} (${e.org})`,
        e.comment,
      ]),
    ),
    signatures(p, ['requestForm.sign.requesting', 'requestForm.sign.providing']),
  );
  return out;
}

/** The request form's document definition and file name, read now (one request, its page's view). */
export function requestFormDefinition(
  sqlite: Database.Database,
  requestId: string,
  language: Language,
  today: string,
  printedBy?: { operator: string; at: string },
): { doc: object; name: string; lines: number } {
  const p = printerFor(language, printedBy);
  const d = requestDetail(sqlite, requestId, today);
  const r = d.request;
  const doc = pageOf(
    p,
    'requestForm.title',
    r.number,
    null,
    [
      ['requests.col.status', p.t(REQUEST_STATUS_KEYS[r.status])],
      ['requests.col.priority', p.t(REQUEST_PRIORITY_KEYS[r.priority])],
      ['requests.type', p.t(REQUEST_TYPE_KEYS[r.type])],
      ['requests.parties', `${r.requester} → ${r.provider}`],
      ['requests.col.direction', p.t(REQUEST_DIRECTION_KEYS[r.direction])],
      ['requests.col.neededBy', p.day(r.neededBy ?? '')],
      ['requests.fromTo', `${r.fromPlace || '—'} → ${r.toPlace || '—'}`],
      ['requests.contact', r.contact],
      ['requests.col.submitted', p.moment(r.submittedAt ?? '')],
      ['requestForm.sharing', p.t('tlp.label', { label: r.effectiveSharing })],
    ],
    body(p, d),
  );
  return { doc, name: `request-${r.number}`, lines: d.lines.length };
}
