import { qrPayload } from '../waybill-content';
import { contentHash, type LossReportPrint, type ManifestPrint, type WaybillPrint, waybillHash } from './content';
import { linesTable, pageOf, signatures, type Printer } from './layout';
import { unitWord } from '../../../api/i18n/vocabulary-words';

/* The three printed documents as pdfmake definitions, from their content (content.ts). */

const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

/** A waybill: one consignee at one stop; numbered, the lines with lot, expiry and owner, three signatures. */
export function waybillDocument(p: Printer, w: WaybillPrint): object {
  // The QR carries the hash the register issued; a copy printed from altered data would not verify.
  const qr = qrPayload(w.number, w.storedHash || waybillHash(w), 'waybill');
  return pageOf(
    p,
    'print.waybill.title',
    w.number,
    qr,
    [
      ['print.convoy', w.convoy],
      ['print.date', p.day(w.date)],
      ['print.origin', w.origin],
      ['print.destination', w.destination],
      ['print.consignor', w.consignor],
      ['print.consignee', w.consignee],
    ],
    [
      ...(w.status === 'void' ? [{ text: p.t('print.void', { reason: w.voidReason }), bold: true, color: '#b00', fontSize: 12 }] : []),
      linesTable(
        p,
        [
          { key: 'print.col.line', right: true },
          { key: 'print.col.item', width: '*' },
          { key: 'print.col.lot' },
          { key: 'print.col.expiry' },
          { key: 'print.col.owner' },
          { key: 'print.col.quantity', right: true },
          { key: 'print.col.handling' },
          { key: 'print.col.weight', right: true },
          { key: 'print.col.vehicle' },
        ],
        w.lines.map((l, i) => [
          String(i + 1),
          `${l.item} ${l.name}`,
          l.lot,
          p.day(l.expiry),
          l.owner,
          `${p.num(l.quantity)} ${unitWord(l.unit)}`,
          l.handlingUnits,
          p.num(l.weightKg, 1),
          l.plate,
        ]),
      ),
      {
        text: p.t('print.totals', {
          lines: w.lines.length,
          weight: p.num(sum(w.lines.map((l) => l.weightKg)), 1),
          volume: p.num(sum(w.lines.map((l) => l.volumeM3))),
        }),
        bold: true,
        margin: [0, 6, 0, 0],
      },
      signatures(p, ['print.sign.dispatcher', 'print.sign.driver', 'print.sign.receiver']),
    ],
    { watermark: w.status === 'void' ? p.t('print.voidMark') : undefined },
  );
}

/** A vehicle's manifest: every line on it, to whom and where; the header row repeats on each page. */
export function manifestDocument(p: Printer, m: ManifestPrint): object {
  const qr = qrPayload(m.number, contentHash(m), 'manifest');
  return pageOf(
    p,
    'print.manifest.title',
    m.number,
    qr,
    [
      ['print.convoy', m.convoy],
      ['print.origin', m.origin],
      ['print.stops', m.stops.join(' → ')],
      ['print.departure', p.moment(m.plannedDeparture)],
      ['print.movement', m.movementNumber],
      ['print.vehicle', `${m.vehicle.plate} (${m.vehicle.kind}) · ${p.num(m.vehicle.payloadKg)} kg · ${p.num(m.vehicle.cargoVolumeM3)} m³`],
      ['print.driver', [m.vehicle.driver, m.vehicle.driverPhone].filter(Boolean).join(' · ')],
    ],
    [
      linesTable(
        p,
        [
          { key: 'print.col.line', right: true },
          { key: 'print.col.item', width: '*' },
          { key: 'print.col.lot' },
          { key: 'print.col.expiry' },
          { key: 'print.col.owner' },
          { key: 'print.col.consignee' },
          { key: 'print.col.stop' },
          { key: 'print.col.quantity', right: true },
          { key: 'print.col.handling' },
          { key: 'print.col.weight', right: true },
          { key: 'print.col.volume', right: true },
          { key: 'print.col.flags' },
        ],
        m.lines.map((l, i) => [
          String(i + 1),
          `${l.item} ${l.name}`,
          l.lot,
          p.day(l.expiry),
          l.owner,
          l.consignee,
          l.stop,
          `${p.num(l.quantity)} ${unitWord(l.unit)}`,
          l.handlingUnits,
          p.num(l.weightKg, 1),
          p.num(l.volumeM3),
          [l.dangerousGoods, l.coldChain ? p.t('print.coldChain') : ''].filter(Boolean).join(' · '),
        ]),
      ),
      {
        text: p.t('print.totals', {
          lines: m.lines.length,
          weight: p.num(sum(m.lines.map((l) => l.weightKg)), 1),
          volume: p.num(sum(m.lines.map((l) => l.volumeM3))),
        }),
        bold: true,
        margin: [0, 6, 0, 0],
      },
      signatures(p, ['print.sign.dispatcher', 'print.sign.driver']),
    ],
    { landscape: true },
  );
}

/** The loss report of a stop: each line short, damaged or over, with what was sent and what arrived. */
export function lossReportDocument(p: Printer, r: LossReportPrint): object {
  const qr = qrPayload(r.number, contentHash(r), 'loss-report');
  const reason = (l: LossReportPrint['lines'][number]) =>
    [
      l.short > 0 && p.t('print.reason.short', { count: l.short }),
      l.damaged > 0 && p.t('print.reason.damaged', { count: l.damaged }),
      l.over > 0 && p.t('print.reason.over', { count: l.over }),
    ]
      .filter(Boolean)
      .join(' · ');
  return pageOf(
    p,
    'print.lossReport.title',
    r.number,
    qr,
    [
      ['print.convoy', r.convoy],
      ['print.origin', r.origin],
      ['print.destination', r.stop],
      ['print.arrivedAt', p.moment(r.arrivedAt)],
      ['print.notes', r.notes],
    ],
    [
      r.lines.length === 0
        ? { text: p.t('print.noLosses'), margin: [0, 6, 0, 0] }
        : linesTable(
            p,
            [
              { key: 'print.col.line', right: true },
              { key: 'print.col.item', width: '*' },
              { key: 'print.col.lot' },
              { key: 'print.col.owner' },
              { key: 'print.col.waybill' },
              { key: 'print.col.sent', right: true },
              { key: 'print.col.good', right: true },
              { key: 'print.col.damaged', right: true },
              { key: 'print.col.short', right: true },
              { key: 'print.col.reason', width: 110 },
            ],
            r.lines.map((l, i) => [
              String(i + 1),
              `${l.item} ${l.name}`,
              `${l.lot}${l.expiry ? ` (${p.day(l.expiry)})` : ''}`,
              l.owner,
              l.waybill,
              `${p.num(l.sent)} ${unitWord(l.unit)}`,
              p.num(l.good),
              p.num(l.damaged),
              p.num(l.short),
              reason(l),
            ]),
          ),
      signatures(p, ['print.sign.driver', 'print.sign.receiver']),
    ],
  );
}
