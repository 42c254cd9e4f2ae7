/* eslint-disable max-lines -- planImport reads a sheet once, row by row, deciding create/update/bad per cell; its steps share the row state, and cutting the loop in pieces made it harder to follow */
import type { ImportBadCell, ImportChange, ImportColumn, ImportPreview, ImportRequest } from '../../../api/imports';
import type { ServiceContext } from '../../core/context';
import { say } from '../../../api/i18n';
import { invalid } from '../../core/errors';
import { getSetting } from '../../system/settings';
import { fieldWord, IMPORT_FIELDS, type ImportField } from './fields';
import { findLayout } from './layout';
import { columnKey, mapColumns, type Remembered } from './mapping';
import type { Cell, ReadFile, SheetRow } from './read';
import { codeKey, contactOf, contactSchema, readLookups, TARGET_SPECS, type Accepted, type Values } from './targets';
import { detectDateOrder, mapWords, parseDate, parseNumber } from './values';
import { planStock, type StockPlan } from './stock';
import { planRequests, type RequestPlan } from './requests';

/*
 * The preview of an import: columns and words mapped, every data row read, checked against the
 * same rules as a grid's save, and sorted into records to create, records to update (with
 * before → after) and bad rows (row, column, value and reason). Nothing is written here.
 */

const SAMPLE = 100;
const MAX_BAD_LISTED = 10_000;

export interface Plan {
  preview: ImportPreview;
  accepted: Accepted[];
  stock: StockPlan | null;
  requests: RequestPlan | null;
  remember: Remembered;
}

export const mappingKey = (req: Pick<ImportRequest, 'target' | 'partnerOrgId'>) =>
  `import.mapping.${req.target}.${req.partnerOrgId}` as const;

function readRemembered(ctx: ServiceContext, req: ImportRequest): Remembered | null {
  if (!req.partnerOrgId) return null;
  const raw = getSetting(ctx.db, mappingKey(req));
  try {
    return raw ? (JSON.parse(raw) as Remembered) : null;
  } catch {
    return null;
  }
}

const display = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.map((p: { name: string; quantity: number }) => `${p.name}=${p.quantity}`).join('; ');
  return String(v);
};
const cellText = (c: Cell) => (c === null ? '' : typeof c === 'number' ? String(c) : c);

export function planImport(
  ctx: ServiceContext,
  req: ImportRequest,
  file: ReadFile,
  fileName: string,
  progress: (done: number, total: number, step: string) => void,
  checkCancelled: () => void,
): Plan {
  const fields = IMPORT_FIELDS[req.target];
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const layout = findLayout(file.rows, fileName);
  const remembered = readRemembered(ctx, req);
  const columns = mapColumns(layout, fields, req.columns, remembered);
  const data: SheetRow[] = file.rows.slice(layout.firstData);
  const headerRow = file.rows[layout.header].n;
  if (!columns.some((c) => c.field)) {
    const named = columns
      .map((c) => c.header || c.hashtag)
      .filter(Boolean)
      .slice(0, 12)
      .join(', ');
    throw invalid(
      say('importCore.noKnownColumn', {
        file: fileName,
        target: req.target,
        row: headerRow,
        named,
        expected: fields
          .filter((f) => f.required)
          .map((f) => fieldWord(f.label))
          .join(', '),
      }),
    );
  }
  const mapped = columns.filter((c): c is ImportColumn & { field: string } => c.field !== null);
  for (const c of columns)
    for (const r of data) if (c.sample.length < 3 && r.cells[c.index] != null) c.sample.push(cellText(r.cells[c.index]).slice(0, 60));
  const missing = fields.filter((f) => f.required && !mapped.some((c) => c.field === f.key)).map((f) => fieldWord(f.label));

  // Decimal commas: a semicolon file, or number cells written 12,5 and none 12.5.
  const numberCols = mapped.filter((c) => byKey.get(c.field)!.kind === 'number');
  let commaDecimals = 0;
  let pointDecimals = 0;
  for (const r of data.slice(0, 2000))
    for (const c of numberCols) {
      const v = r.cells[c.index];
      if (typeof v !== 'string') continue;
      if (/^-?\d+,\d+$/.test(v.trim())) commaDecimals++;
      if (/^-?\d+\.\d+$/.test(v.trim())) pointDecimals++;
    }
  const decimalComma = file.delimiter === ';' ? pointDecimals === 0 : commaDecimals > 0 && pointDecimals === 0;

  const dateCols = mapped.filter((c) => byKey.get(c.field)!.kind === 'date');
  const detected = detectDateOrder(
    (function* () {
      for (const r of data) for (const c of dateCols) yield r.cells[c.index];
    })(),
  );
  const dateOrder = req.dateOrder ?? detected.order;

  // Value mapping: every distinct word of each list field.
  const listCols = mapped.filter((c) => byKey.get(c.field)!.choices);
  const values = listCols.map((c) => {
    const f = byKey.get(c.field)!;
    const counts = new Map<string, number>();
    for (const r of data) {
      const v = r.cells[c.index];
      if (v !== null) counts.set(cellText(v), (counts.get(cellText(v)) ?? 0) + 1);
    }
    return {
      field: f.key,
      label: fieldWord(f.label),
      choices: [...(f.choices ?? [])],
      words: mapWords(f, counts, req.values?.[f.key], remembered?.values[f.key]),
    };
  });
  const wordMaps = new Map(values.map((v) => [v.field, new Map(v.words.map((w) => [w.word, w.to]))]));

  const bad: ImportBadCell[] = [];
  const badRows = new Set<number>();
  const addBad = (row: number, column: string, value: string, reason: string) => {
    badRows.add(row);
    if (bad.length < MAX_BAD_LISTED) bad.push({ row, column, value: value.slice(0, 200), reason });
  };
  const columnOf = new Map(mapped.map((c) => [c.field, c]));
  const columnName = (field: string) => {
    const c = columnOf.get(field);
    return c
      ? `${c.letter} (${c.header || c.hashtag})`
      : say('importCore.notInFile', { field: fieldWord(byKey.get(field)?.label ?? field) });
  };

  // Every row as typed values, made as the rows are judged below (never all kept at once: with a
  // 100,000-row file, holding them all was a good part of the preview's memory).
  function* readRows(): Generator<{ n: number; values: Values }> {
    for (let i = 0; i < data.length; i++) {
      if (i % 5000 === 0) {
        checkCancelled();
        progress(i, data.length, say('importCore.checkingRows'));
      }
      const r = data[i];
      const v: Values = {};
      let ok = true;
      for (const c of mapped) {
        const cell = r.cells[c.index] ?? null;
        if (cell === null) continue;
        const f = byKey.get(c.field)!;
        const parsed = parseCell(f, cell, decimalComma, dateOrder, wordMaps.get(f.key));
        if (parsed.ok) {
          if (parsed.value !== undefined) v[f.key] = parsed.value;
        } else {
          ok = false;
          addBad(
            r.n,
            columnName(f.key),
            cellText(cell),
            say('importCore.cellReason', { field: fieldWord(f.label), reason: parsed.reason }),
          );
        }
      }
      if (ok) yield { n: r.n, values: v };
    }
  }

  const preview: ImportPreview = {
    fileName,
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    sheets: file.sheets,
    sheet: req.sheet,
    headerRow,
    hxlRow: layout.hxl === null ? null : file.rows[layout.hxl].n,
    titleRows: layout.titleRows,
    dataRows: data.length,
    columns,
    fields: fields.map((f) => ({
      key: f.key,
      label: fieldWord(f.label),
      required: Boolean(f.required),
      choices: f.choices ? [...f.choices] : null,
    })),
    missing,
    dateOrder,
    dateOrderAsked: detected.ambiguous && !req.dateOrder,
    values,
    creates: 0,
    updates: 0,
    unchanged: 0,
    createSample: [],
    updateSample: [],
    bad,
    badRows: 0,
    receipts: 0,
    committed: false,
  };
  const remember: Remembered = {
    columns: Object.fromEntries(columns.map((c) => [columnKey(c.header, c.hashtag), c.field])),
    values: Object.fromEntries(
      values.map((v) => [
        v.field,
        Object.fromEntries(v.words.filter((w) => w.to !== null && w.how !== 'same').map((w) => [w.word, w.to!])),
      ]),
    ),
  };

  if (req.target === 'openingStock') {
    const stock = planStock(ctx, readRows(), columnName, addBad);
    preview.creates = stock.lines;
    preview.receipts = stock.receipts.length;
    preview.createSample = stock.sample;
    preview.badRows = badRows.size;
    bad.sort((a, b) => a.row - b.row);
    return { preview, accepted: [], stock, requests: null, remember };
  }

  if (req.target === 'requests') {
    const requests = planRequests(ctx, readRows(), columnName, addBad);
    preview.creates = requests.drafts.length;
    preview.unchanged = requests.already;
    preview.createSample = requests.sample;
    preview.badRows = badRows.size;
    bad.sort((a, b) => a.row - b.row);
    return { preview, accepted: [], stock: null, requests, remember };
  }

  const spec = TARGET_SPECS[req.target];
  const existing = spec.existing(ctx.sqlite);
  const lookups = spec.resolve ? readLookups(ctx.sqlite) : null;
  const seen = new Map<string, number>();
  const accepted: Accepted[] = [];
  const isOrg = req.target === 'organisations';
  for (const { n, values: v } of readRows()) {
    const code = v[spec.codeField];
    const k = codeKey(code);
    if (k) {
      const first = seen.get(k);
      if (first !== undefined && !isOrg) {
        addBad(
          n,
          columnName(spec.codeField),
          String(code),
          say('importCore.codeTwice', { field: fieldWord(byKey.get(spec.codeField)!.label), code: String(code), row: first }),
        );
        continue;
      }
      if (first === undefined) seen.set(k, n);
    }
    if (lookups && spec.resolve) {
      const refusals = spec.resolve(v, lookups);
      const entries = Object.entries(refusals);
      for (const [f, reason] of entries)
        addBad(n, columnName(f), display(v[f]), say('importCore.fieldReason', { field: fieldWord(byKey.get(f)?.label ?? f), reason }));
      if (entries.length) continue;
    }
    const found = k ? (existing.get(k) ?? null) : null;
    const own: Values = {};
    for (const f of spec.recordFields) if (v[f] !== undefined) own[f] = v[f];
    const before: Values = {};
    if (found) for (const f of spec.recordFields) before[f] = found.values[f];
    const record = found ? { ...before, ...own } : own;
    const parsed = spec.schema.safeParse(record);
    let ok = true;
    if (!parsed.success) {
      ok = false;
      for (const issue of parsed.error.issues) {
        const f = String(issue.path[0] ?? spec.codeField);
        addBad(n, columnName(f), display(record[f]), issue.message);
      }
    }
    const contact = isOrg ? contactOf(v) : null;
    if (contact) {
      const pc = contactSchema.safeParse(contact);
      if (!pc.success) {
        ok = false;
        for (const issue of pc.error.issues) {
          const f = `contact${String(issue.path[0] ?? 'name').replace(/^./, (ch) => ch.toUpperCase())}`;
          addBad(n, columnName(f), display(contact[String(issue.path[0])]), say('importCore.contactReason', { reason: issue.message }));
        }
      }
    }
    if (!ok) continue;
    const after = parsed.data as Values;
    let changed = true;
    if (found) {
      const changes = Object.keys(own)
        .filter((f) => display(before[f]) !== display(after[f]))
        .map((f) => ({ field: fieldWord(byKey.get(f)?.label ?? f), before: display(before[f]), after: display(after[f]) }));
      changed = changes.length > 0;
      if (!changed && !contact) {
        preview.unchanged++;
        continue;
      }
      if (changes.length) {
        preview.updates++;
        if (preview.updateSample.length < SAMPLE) preview.updateSample.push({ row: n, code: found.code, changes });
      }
    } else if (seen.get(k) === n || !k) {
      preview.creates++;
      if (preview.createSample.length < SAMPLE) preview.createSample.push(createSampleOf(n, code, own, byKey));
    }
    // A preview only counts: keeping 100,000 records it will not write was most of its memory.
    if (req.commit) accepted.push({ row: n, existing: found, record, parsed: after, contact, changed });
  }
  preview.badRows = badRows.size;
  bad.sort((a, b) => a.row - b.row);
  return { preview, accepted, stock: null, requests: null, remember };
}

function createSampleOf(n: number, code: unknown, own: Values, byKey: Map<string, ImportField>): ImportChange {
  return {
    row: n,
    code: display(code),
    changes: Object.entries(own).map(([f, v]) => ({ field: fieldWord(byKey.get(f)?.label ?? f), before: '', after: display(v) })),
  };
}

type CellParse = { ok: true; value: unknown } | { ok: false; reason: string };

function parseCell(
  f: ImportField,
  cell: Cell,
  decimalComma: boolean,
  dateOrder: ImportPreview['dateOrder'],
  words: Map<string, string | null> | undefined,
): CellParse {
  switch (f.kind) {
    case 'number': {
      const p = parseNumber(cell, decimalComma);
      return p.ok ? p : { ok: false, reason: p.reason };
    }
    case 'date': {
      const p = parseDate(cell, dateOrder);
      return p.ok ? p : { ok: false, reason: p.reason };
    }
    case 'choice':
    case 'bool': {
      const to = words?.get(cellText(cell));
      if (to === undefined || to === null) {
        return { ok: false, reason: say('importCore.notOurs', { value: cellText(cell), choices: (f.choices ?? []).join(', ') }) };
      }
      if (to === '') return { ok: true, value: undefined };
      return { ok: true, value: f.kind === 'bool' ? to === 'yes' : to };
    }
    default:
      return { ok: true, value: typeof cell === 'number' ? String(cell) : cell };
  }
}
