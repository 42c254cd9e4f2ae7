import type { ImportBadCell, ImportColumn, ImportPreview, ImportRequest } from '../../../api/imports';
import type { ServiceContext } from '../../core/context';
import { say } from '../../../api/i18n';
import { invalid } from '../../core/errors';
import { getSetting } from '../../system/settings';
import { choiceLabels, fieldWord, IMPORT_FIELDS, type ImportField } from './fields';
import { findLayout } from './layout';
import { columnKey, mapColumns, type Remembered } from './mapping';
import { recordJudge } from './plan-records';
import type { Cell, SheetRow, SheetSource } from './read';
import { isRecordTarget, type Accepted, type TARGET_SPECS, type Values } from './targets';
import { detectDateOrder, mapWords, parseDate, parseNumber } from './values';
import { planStock, type StockPlan } from './stock';
import { planRequests, type RequestPlan } from './requests';
import { checkImportMemory } from './memory-guard';

/*
 * The preview of an import: columns and words mapped, every data row read, checked against the
 * same rules as a grid's save, and sorted into records to create, records to update (with
 * before → after) and bad rows (row, column, value and reason). Nothing is written here. Rows
 * are judged as the file is read (plan-records.ts) and let go: a preview keeps its counts, the
 * first rows of each kind and every bad cell; a commit of records hands each row to write to
 * `accept` (run.ts writes it at once), as long as no row is bad and no required column missing.
 */
const MAX_BAD_LISTED = 10_000;

export interface Plan {
  preview: ImportPreview;
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

const cellText = (c: Cell) => (c === null ? '' : typeof c === 'number' ? String(c) : c);

/** Rows read before anything is decided: the layout (25 rows) and the decimal mark (2,000 data rows) are read from them. */
const HEAD = 2100;

export async function planImport(
  ctx: ServiceContext,
  req: ImportRequest,
  file: SheetSource,
  fileName: string,
  progress: (done: number, total: number, step: string) => void,
  checkCancelled: () => void,
  /** A commit of records (items, sites, organisations): takes each row to write, in file order. */
  accept: ((a: Accepted) => void) | null = null,
): Promise<Plan> {
  const fields = IMPORT_FIELDS[req.target];
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const batches = file.batches[Symbol.asyncIterator]();
  const head: SheetRow[] = [];
  let ended = false;
  const more = async (): Promise<SheetRow[] | null> => {
    if (ended) return null;
    const next = await batches.next();
    if (next.done) ended = true;
    return next.done ? null : next.value;
  };
  for (let b = await more(); b; b = head.length < HEAD ? await more() : null) for (const r of b) head.push(r);

  const layout = findLayout(head, fileName);
  const remembered = readRemembered(ctx, req);
  const columns = mapColumns(layout, fields, req.columns, remembered);
  const headerRow = head[layout.header].n;
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
  const missing = fields.filter((f) => f.required && !mapped.some((c) => c.field === f.key)).map((f) => fieldWord(f.label));
  const firstData = head.slice(layout.firstData);

  // Decimal commas: a semicolon file, or number cells written 12,5 and none 12.5.
  const numberCols = mapped.filter((c) => byKey.get(c.field)!.kind === 'number');
  let commaDecimals = 0;
  let pointDecimals = 0;
  for (const r of firstData.slice(0, 2000))
    for (const c of numberCols) {
      const v = r.cells[c.index];
      if (typeof v !== 'string') continue;
      if (/^-?\d+,\d+$/.test(v.trim())) commaDecimals++;
      if (/^-?\d+\.\d+$/.test(v.trim())) pointDecimals++;
    }
  const decimalComma = file.delimiter === ';' ? pointDecimals === 0 : commaDecimals > 0 && pointDecimals === 0;

  // Value mapping: each distinct word of each list field, counted; what it maps to does not depend
  // on the other words, so it is decided when the word first comes.
  const listCols = mapped.filter((c) => byKey.get(c.field)!.choices);
  const wordCounts = new Map(listCols.map((c) => [c.field, new Map<string, number>()]));
  const wordTo = new Map(listCols.map((c) => [c.field, new Map<string, string | null>()]));
  const mapWord = (f: ImportField, word: string): string | null => {
    const known = wordTo.get(f.key)!;
    let to = known.get(word);
    if (to === undefined) {
      to = mapWords(f, new Map([[word, 1]]), req.values?.[f.key], remembered?.values[f.key])[0].to;
      known.set(word, to);
    }
    return to;
  };
  /** What every row adds to the preview's columns (a few sample cells) and word counts. */
  const tally = (r: SheetRow) => {
    for (const c of columns) if (c.sample.length < 3 && r.cells[c.index] != null) c.sample.push(cellText(r.cells[c.index]).slice(0, 60));
    for (const c of listCols) {
      const v = r.cells[c.index];
      if (v == null) continue;
      const counts = wordCounts.get(c.field)!;
      counts.set(cellText(v), (counts.get(cellText(v)) ?? 0) + 1);
    }
  };

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

  const preview: ImportPreview = {
    fileName,
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    sheets: file.sheets,
    sheet: req.sheet,
    headerRow,
    hxlRow: layout.hxl === null ? null : head[layout.hxl].n,
    titleRows: layout.titleRows,
    dataRows: 0,
    columns,
    fields: fields.map((f) => ({
      key: f.key,
      label: fieldWord(f.label),
      required: Boolean(f.required),
      choices: f.choices ? [...f.choices] : null,
    })),
    missing,
    dateOrder: req.dateOrder ?? null,
    dateOrderAsked: false,
    values: [],
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

  /** A row as typed values, or null when a cell is bad (reported). */
  const typed = (r: SheetRow): Values | null => {
    const v: Values = {};
    let ok = true;
    for (const c of mapped) {
      const cell = r.cells[c.index] ?? null;
      if (cell === null) continue;
      const f = byKey.get(c.field)!;
      const parsed = parseCell(f, cell, decimalComma, preview.dateOrder, mapWord);
      if (parsed.ok) {
        if (parsed.value !== undefined) v[f.key] = parsed.value;
      } else {
        ok = false;
        addBad(r.n, columnName(f.key), cellText(cell), say('importCore.cellReason', { field: fieldWord(f.label), reason: parsed.reason }));
      }
    }
    return ok ? v : null;
  };
  // Once a row is bad (or a required column is missing) the commit will write nothing: rows
  // judged after that are not handed on.
  const acceptClean =
    accept &&
    ((a: Accepted) => {
      if (badRows.size === 0 && missing.length === 0) accept(a);
    });

  // Dates may need every row to tell dd/mm from mm/dd (unless the operator said), and opening
  // stock and requests group rows across the file: those read the whole sheet first. Records
  // (items, sites, organisations) are judged row by row as they are read, and let go.
  const dateCols = mapped.filter((c) => byKey.get(c.field)!.kind === 'date');
  const records = isRecordTarget(req.target) && (dateCols.length === 0 || req.dateOrder);
  const judge = records
    ? recordJudge(ctx, req as ImportRequest & { target: keyof typeof TARGET_SPECS }, byKey, columnName, addBad, preview, acceptClean)
    : null;
  const kept: SheetRow[] = [];
  const take = (rows: SheetRow[]) => {
    for (const r of rows) {
      if (preview.dataRows++ % 5000 === 0) {
        checkCancelled();
        checkImportMemory(fileName, preview.dataRows - 1);
        // How many rows the sheet holds is known only at its end: the step says how far it got.
        // A commit of records writes the rows as they are checked (run.ts): its step says both.
        const step = judge && acceptClean ? 'importCore.checkingWritingRows' : 'importCore.checkingRows';
        progress(preview.dataRows - 1, 0, say(step, { count: preview.dataRows - 1 }));
      }
      tally(r);
      if (!judge) kept.push(r);
      else {
        const v = typed(r);
        if (v) judge.judge(r.n, v);
      }
    }
  };
  take(firstData);
  head.length = 0;
  for (let b = await more(); b; b = await more()) take(b);

  let stock: StockPlan | null = null;
  let requests: RequestPlan | null = null;
  if (!judge) {
    const detected = detectDateOrder(
      (function* () {
        for (const r of kept) for (const c of dateCols) yield r.cells[c.index];
      })(),
    );
    preview.dateOrder = req.dateOrder ?? detected.order;
    preview.dateOrderAsked = detected.ambiguous && !req.dateOrder;
    const rows = (function* () {
      for (const r of kept) {
        const v = typed(r);
        if (v) yield { n: r.n, values: v };
      }
    })();
    if (req.target === 'openingStock') {
      stock = planStock(ctx, rows, columnName, addBad);
      preview.creates = stock.lines;
      preview.receipts = stock.receipts.length;
      preview.createSample = stock.sample;
    } else if (req.target === 'requests') {
      requests = planRequests(ctx, rows, columnName, addBad);
      preview.creates = requests.drafts.length;
      preview.unchanged = requests.already;
      preview.createSample = requests.sample;
    } else {
      const late = recordJudge(
        ctx,
        req as ImportRequest & { target: keyof typeof TARGET_SPECS },
        byKey,
        columnName,
        addBad,
        preview,
        acceptClean,
      );
      for (const { n, values } of rows) late.judge(n, values);
    }
  }
  return finish();

  function finish(): Plan {
    preview.values = listCols.map((c) => {
      const f = byKey.get(c.field)!;
      const words = mapWords(f, wordCounts.get(c.field)!, req.values?.[f.key], remembered?.values[f.key]);
      return { field: f.key, label: fieldWord(f.label), choices: [...(f.choices ?? [])], labels: choiceLabels(f), words };
    });
    const remember: Remembered = {
      columns: Object.fromEntries(columns.map((c) => [columnKey(c.header, c.hashtag), c.field])),
      values: Object.fromEntries(
        preview.values.map((v) => [
          v.field,
          Object.fromEntries(v.words.filter((w) => w.to !== null && w.how !== 'same').map((w) => [w.word, w.to!])),
        ]),
      ),
    };
    preview.badRows = badRows.size;
    bad.sort((a, b) => a.row - b.row);
    return { preview, stock, requests, remember };
  }
}

type CellParse = { ok: true; value: unknown } | { ok: false; reason: string };

function parseCell(
  f: ImportField,
  cell: Cell,
  decimalComma: boolean,
  dateOrder: ImportPreview['dateOrder'],
  mapWord: (f: ImportField, word: string) => string | null,
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
      const to = mapWord(f, cellText(cell));
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
