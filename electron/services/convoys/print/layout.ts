import type { Language, MessageKey, Translate } from '../../../api/i18n';
import { translator } from '../../../api/i18n';
import { messageLocale } from '../../../api/i18n/current';
import { formatDate, formatDateTime } from '../../../api/i18n/locale-format';
import { bidiDocument } from './bidi';
import { PDF_FONT } from './pdf';
import { rtlDocument } from './rtl-layout';

/* What the three printed documents share: page, fonts, the head with its QR code, tables, signatures. */

export interface Printer {
  t: Translate;
  num(n: number, digits?: number): string;
  language: Language;
  /** Who printed this copy and when (the verified operator), said at the foot of every page. */
  printedBy?: { operator: string; at: string };
  /** A day (30/11/2026, or ISO when the installation chose it) as the reader's screens write it. */
  day(iso: string | null | undefined): string;
  /** A moment in local time, 30/11/2026 15:03, as the reader's screens write it. */
  moment(iso: string | null | undefined): string;
}

export function printerFor(language: Language, printedBy?: Printer['printedBy']): Printer {
  const f = new Intl.NumberFormat(language === 'ar' ? 'ar-u-nu-latn' : language, { maximumFractionDigits: 3 });
  const f1 = new Intl.NumberFormat(language === 'ar' ? 'ar-u-nu-latn' : language, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  // The installation's date style and digits (set for the job's thread), in the printed language.
  const locale = { ...messageLocale(), language };
  return {
    t: translator(language),
    num: (n, digits) => (digits === 1 ? f1 : f).format(n),
    language,
    printedBy,
    day: (iso) => formatDate(iso, locale),
    moment: (iso) => formatDateTime(iso, locale),
  };
}

type Node = object | string;

/**
 * A page: A4, the title, number and QR code (when there is one) at the top of the first page; on every page a running
 * head (title and number) and "page x of y" at the foot, so a loose sheet still says what it is.
 */
export function pageOf(
  p: Printer,
  title: MessageKey,
  number: string,
  /** The Verify code; null for a document Verify does not check (the request form). */
  qr: string | null,
  facts: [MessageKey, string][],
  body: Node[],
  opts: { landscape?: boolean; watermark?: string } = {},
): object {
  // In Arabic the page runs right to left (rtl-layout.ts); then every text in visual order (pdfmake
  // has no bidirectional layout): Arabic mixed with Latin and digits reads right.
  const direction = (doc: object) => (p.language === 'ar' ? rtlDocument(doc) : doc);
  return bidiDocument(
    direction({
      pageSize: 'A4',
      pageOrientation: opts.landscape ? 'landscape' : 'portrait',
      pageMargins: [36, 48, 36, 44],
      info: { title: `${p.t(title)} ${number}`, creator: 'Corridor', producer: 'Corridor (pdfmake)' },
      defaultStyle: { font: PDF_FONT, fontSize: 8, lineHeight: 1.15 },
      ...(opts.watermark ? { watermark: { text: opts.watermark, opacity: 0.15, bold: true, fontSize: 60 } } : {}),
      header: (page: number) =>
        page === 1 ? null : { text: `${p.t(title)} ${number}`, margin: [36, 20, 36, 0], fontSize: 8, color: '#555' },
      footer: (page: number, pages: number) => ({
        columns: [
          { text: `${p.t(title)} ${number}`, fontSize: 7, color: '#555' },
          ...(p.printedBy
            ? [
                {
                  text: p.t('print.printedBy', { operator: p.printedBy.operator, at: p.moment(p.printedBy.at) }),
                  alignment: 'center',
                  fontSize: 7,
                  color: '#555',
                },
              ]
            : []),
          { text: p.t('print.page', { page, pages }), alignment: 'right', fontSize: 7, color: '#555' },
        ],
        margin: [36, 14, 36, 0],
      }),
      content: [
        {
          columns: [
            {
              width: '*',
              stack: [
                { text: p.t(title), fontSize: 16, bold: true },
                { text: `${p.t('print.number')} ${number}`, fontSize: 12, bold: true, margin: [0, 2, 0, 6] },
                {
                  table: { widths: ['auto', '*'], body: facts.map(([k, v]) => [{ text: p.t(k), color: '#444' }, { text: v || '—' }]) },
                  layout: 'noBorders',
                },
              ],
            },
            ...(qr
              ? [
                  {
                    width: 'auto',
                    stack: [
                      { qr, fit: 96, eccLevel: 'M' },
                      { text: qr, fontSize: 5, color: '#555', margin: [0, 2, 0, 0] },
                    ],
                  },
                ]
              : []),
          ],
          columnGap: 12,
        },
        qr ? { text: p.t('print.qrNote'), fontSize: 7, color: '#555', margin: [0, 4, 0, 8] } : { text: '', margin: [0, 0, 0, 8] },
        ...body,
      ],
    }),
    p.language,
  );
}

/** A table whose header row is repeated on every page it spans. */
export function linesTable(p: Printer, columns: { key: MessageKey; width?: string | number; right?: boolean }[], rows: Node[][]): object {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: columns.map((c) => c.width ?? 'auto'),
      body: [
        columns.map((c) => ({ text: p.t(c.key), bold: true, fillColor: '#e8e8e8', alignment: c.right ? 'right' : 'left' })),
        ...rows.map((r) => r.map((cell, i) => (columns[i].right && typeof cell === 'string' ? { text: cell, alignment: 'right' } : cell))),
      ],
    },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => '#999', vLineColor: () => '#999' },
  };
}

/** Signature blocks side by side: who, name, signature, date and time. */
export function signatures(p: Printer, roles: MessageKey[]): object {
  return {
    margin: [0, 18, 0, 0],
    unbreakable: true,
    columns: roles.map((role) => ({
      width: '*',
      stack: [
        { text: p.t(role), bold: true, margin: [0, 0, 0, 6] },
        ...(['print.sign.name', 'print.sign.signature', 'print.sign.date'] as MessageKey[]).map((k) => ({
          text: `${p.t(k)}: ______________________`,
          margin: [0, 0, 0, 10],
        })),
      ],
    })),
    columnGap: 12,
  };
}
