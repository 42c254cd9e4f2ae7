import type { z } from 'zod';
import { say, sayDay } from '../../api/i18n';
import type { FieldIssue } from '../../api/result';
import { stockLineInput, type PasteLineField, type PastedLines, type pasteLinesInput } from '../../api/stock';
import { conditionWord } from '../../api/i18n/vocabulary-words';
import { PICKING_DOCUMENT_KINDS, type LedgerCondition } from '../../api/vocabularies';
import { recordAudit } from '../audit/record';
import type { ServiceContext } from '../core/context';
import { DomainError } from '../core/errors';
import { inTransaction } from '../core/transaction';
import { documentDetail } from './document-views';
import { insertLine, loadForAction, nextLineNo, touchDoc, type DocRow } from './document-rows';
import { normaliseLine, type LineInput, type LineValues } from './lines';
import { Lookups } from './lookups';
import { CellReader } from './paste-cells';
import { all } from './sql';

/*
 * A block of document lines pasted from a spreadsheet (stock.lines.paste): every cell read in the
 * caller's locale and resolved against the catalogue, the organisations and — for lines that take
 * stock — the lots the document's site holds, then checked as a typed line is (normaliseLine) and
 * added to the draft in one transaction, or refused with every bad cell by line and column.
 * Over-issue is not refused here: the draft flags it as it does a typed line.
 */

type Input = z.output<typeof pasteLinesInput>;

/** The line field each pasted column fills. */
const LINE_KEY: Record<PasteLineField, keyof LineInput> = {
  item: 'itemId',
  lot: 'lotNumber',
  expiry: 'expiryDate',
  owner: 'ownerOrgId',
  condition: 'condition',
  toCondition: 'toCondition',
  writeOff: 'writeOff',
  direction: 'direction',
  quantity: 'quantity',
  packs: 'packCount',
  pack: 'packName',
  fefoReason: 'fefoOverrideReason',
  notes: 'notes',
};

/** The pasted column a line field's refusal belongs to (the first that exists). */
const COLUMN_OF: Record<string, PasteLineField[]> = {
  itemId: ['item'],
  lotId: ['lot', 'item'],
  lotNumber: ['lot'],
  expiryDate: ['expiry'],
  ownerOrgId: ['owner'],
  condition: ['condition'],
  toCondition: ['toCondition'],
  writeOff: ['writeOff'],
  direction: ['direction'],
  quantity: ['quantity', 'packs'],
  packCount: ['packs', 'quantity'],
  packName: ['pack'],
  fefoOverrideReason: ['fefoReason'],
  notes: ['notes'],
};

interface HeldLot {
  id: string;
  lotNumber: string;
  expiryDate: string | null;
  ownerOrgId: string;
  ownerShortName: string;
}

/** The lots of one item the site holds in one condition (read once per item and condition). */
class SiteLots {
  private held = new Map<string, HeldLot[]>();
  constructor(
    private readonly ctx: ServiceContext,
    private readonly siteId: string,
  ) {}

  of(itemId: string, condition: LedgerCondition): HeldLot[] {
    const key = `${itemId}|${condition}`;
    if (!this.held.has(key))
      this.held.set(
        key,
        all<HeldLot>(
          this.ctx.sqlite,
          `SELECT l.id, l.lot_number AS lotNumber, l.expiry_date AS expiryDate, l.owner_org_id AS ownerOrgId, o.short_name AS ownerShortName
           FROM stock_balances b JOIN stock_lots l ON l.id = b.lot_id JOIN organisations o ON o.id = l.owner_org_id
           WHERE b.site_id = ? AND l.item_id = ? AND b.condition = ? AND b.quantity > 0
           ORDER BY coalesce(l.expiry_date, '9999-12-31'), l.lot_number`,
          this.siteId,
          itemId,
          condition,
        ),
      );
    return this.held.get(key)!;
  }
}

const lotWords = (lots: HeldLot[]) => {
  const shown = lots
    .slice(0, 5)
    .map((l) =>
      say('pasteCore.heldLot', { lot: l.lotNumber || '—', expiry: l.expiryDate ? sayDay(l.expiryDate) : '—', owner: l.ownerShortName }),
    );
  return lots.length > 5 ? say('pasteCore.andMore', { list: shown.join('; '), count: lots.length - 5 }) : shown.join('; ');
};

/** Resolves, checks and adds the pasted lines, all or nothing. */
export function pasteLines(ctx: ServiceContext, input: Input): PastedLines {
  return inTransaction(ctx, () => {
    const doc = loadForAction(ctx.sqlite, input.documentId, 'editLines', null);
    const look = new Lookups(ctx.sqlite);
    const reader = new CellReader(ctx.sqlite);
    const site = look.site(doc.siteId);
    const siteLots = new SiteLots(ctx, doc.siteId);
    const issues: FieldIssue[] = [];
    const values: LineValues[] = [];
    const colIndex = new Map(input.columns.map((c, j) => [c, j]));
    /** Where a refusal of `field` on row k goes: its column, or the field's name when the block has no column for it. */
    const at = (k: number, field: string): (string | number)[] => {
      const col = (COLUMN_OF[field] ?? []).find((c) => colIndex.has(c));
      return ['rows', k, col !== undefined ? colIndex.get(col)! : field];
    };

    input.rows.forEach((cells, k) => {
      const before = issues.length;
      const bad = (j: number, message: string) => issues.push({ path: ['rows', k, j], message });
      const raw: Record<string, unknown> = {};
      const text: Partial<Record<PasteLineField, string>> = {};
      input.columns.forEach((field, j) => {
        const cell = cells[j].trim();
        text[field] = cell;
        if (cell === '') return;
        const read =
          field === 'item'
            ? reader.item(cell)
            : field === 'owner'
              ? reader.org(cell)
              : field === 'condition' || field === 'toCondition'
                ? reader.condition(cell)
                : field === 'direction'
                  ? reader.direction(cell)
                  : field === 'writeOff'
                    ? reader.yesNo(cell)
                    : field === 'quantity' || field === 'packs'
                      ? reader.number(cell)
                      : field === 'expiry'
                        ? reader.date(cell)
                        : { ok: true as const, value: cell };
        if (read.ok) raw[LINE_KEY[field]] = read.value;
        else bad(j, read.message);
      });
      if (issues.length > before) return;
      const parsed = stockLineInput.safeParse(raw);
      if (!parsed.success) {
        for (const i of parsed.error.issues) issues.push({ path: at(k, String(i.path[0] ?? 'quantity')), message: i.message });
        return;
      }
      const line = parsed.data;
      if (takesStock(doc, line) && line.itemId) {
        const lot = pickLot(doc, siteLots, line, text, site?.code ?? '', look.item(line.itemId)?.code ?? '');
        if (!lot.ok) return void issues.push({ path: at(k, lot.field), message: lot.message });
        line.lotId = lot.id;
        delete line.lotNumber;
        delete line.expiryDate;
      }
      const lineIssues: FieldIssue[] = [];
      const v = normaliseLine(look, doc.kind, line, [], lineIssues);
      for (const i of lineIssues) issues.push({ path: at(k, String(i.path[0])), message: i.message });
      if (v) values.push(v);
    });
    if (issues.length > 0) throw refusal(issues);

    let lineNo = nextLineNo(ctx.sqlite, doc.id);
    const added = values.map((v) => ({ id: insertLine(ctx, doc.id, lineNo++, v), version: 1 }));
    touchDoc(ctx, doc.id);
    const detail = documentDetail(ctx.sqlite, doc.id);
    const ids = new Set(added.map((a) => a.id));
    recordAudit(ctx, [
      { entity: 'stock_document', entityId: doc.id, before: null, after: { lines: detail.lines.filter((l) => ids.has(l.id)) } },
    ]);
    return { detail, added };
  });
}

/** A line that takes stock from a lot the site holds (an issue, a transfer, a decrease…). */
const takesStock = (doc: DocRow, line: LineInput) =>
  PICKING_DOCUMENT_KINDS.includes(doc.kind) || (doc.kind === 'adjustment' && line.direction === 'decrease');

type Picked = { ok: true; id: string } | { ok: false; field: string; message: string };

/** The one lot at the site matching the pasted item, lot, expiry and owner (in the line's condition). */
function pickLot(
  doc: DocRow,
  siteLots: SiteLots,
  line: LineInput,
  text: Partial<Record<PasteLineField, string>>,
  site: string,
  item: string,
): Picked {
  const condition = line.condition ?? 'good';
  const held = siteLots.of(line.itemId!, condition);
  const words = { item, site, condition: conditionWord(condition) };
  if (held.length === 0) return { ok: false, field: 'itemId', message: say('pasteCore.noStockHere', words) };
  const lotText = (text.lot ?? '').toLowerCase();
  const matches = held.filter(
    (l) =>
      (!lotText || l.lotNumber.toLowerCase() === lotText) &&
      (!line.expiryDate || l.expiryDate === line.expiryDate) &&
      (!line.ownerOrgId || l.ownerOrgId === line.ownerOrgId),
  );
  if (matches.length === 1) return { ok: true, id: matches[0].id };
  if (matches.length === 0) {
    // Said at the cell that does not match: the lot number first, then the expiry, then the owner.
    const byLot = held.filter((l) => !lotText || l.lotNumber.toLowerCase() === lotText);
    const byExpiry = byLot.filter((l) => !line.expiryDate || l.expiryDate === line.expiryDate);
    const field = byLot.length === 0 ? 'lotNumber' : byExpiry.length === 0 ? 'expiryDate' : 'ownerOrgId';
    return { ok: false, field, message: say('pasteCore.noLotHere', { ...words, lots: lotWords(held) }) };
  }
  return {
    ok: false,
    field: text.lot ? 'expiryDate' : 'lotNumber',
    message: say('pasteCore.severalLots', { ...words, lots: lotWords(matches) }),
  };
}

/** One refusal naming the first problem and carrying every one (the screen lists them by line and column). */
export function refusal(issues: FieldIssue[]): DomainError {
  const first = issues[0];
  const message = say('pasteCore.refused', { count: issues.length, line: Number(first.path[1]) + 1, first: first.message });
  return new DomainError('invalid_input', message, issues);
}
