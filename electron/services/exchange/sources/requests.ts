import { z } from 'zod';
import { listRequestsInput, type RequestListRow } from '../../../api/requests';
import { say } from '../../../api/i18n/current';
import { REQUEST_DIRECTION_KEYS, REQUEST_PRIORITY_KEYS, REQUEST_STATUS_KEYS, REQUEST_TYPE_KEYS } from '../../../api/i18n';
import { strictestLabel } from '../../../api/vocabularies';
import { listRequests } from '../../requests/views';
import { field, fieldValue, type SheetColumn } from '../columns';
import { labelOf } from '../sharing';
import { lookup, type ExportSource, type SourceRun } from './source';
import { tlpText } from './tlp-text';

/*
 * The request register as a partner spreadsheet (issue 14 point 6): the register's columns, in
 * its filters and sort, with HXL hashtags (#activity +request, #org +requesting, #org +providing,
 * #priority, #date +needed, #status). Each row carries the request's own TLP label (else the
 * request default, AMBER out of the box). Routes (from/to) and what an escort request asks for
 * (its escort composition) are sensitive fields a partner's profile may omit; the other lines
 * are listed in "What is asked".
 */

type Row = Record<string, unknown>;
const PAGE = 5_000;

const params = z.preprocess((v) => ({ ...(v as object), offset: 0, limit: 1 }), listRequestsInput);
type Params = z.output<typeof listRequestsInput>;

const col = field<Row>;

function columns(): SheetColumn<Row>[] {
  return [
    col('number', say('reqx.col.number'), '#activity +request +code', 'text', 16),
    col('title', say('reqx.col.title'), '#activity +request +name', 'text', 36),
    col('type', say('reqx.col.type'), '#activity +request +type', 'text', 14),
    col('priority', say('reqx.col.priority'), '#priority', 'text', 14),
    col('status', say('reqx.col.status'), '#status', 'text', 16),
    col('requester', say('reqx.col.requester'), '#org +requesting', 'text', 14),
    col('provider', say('reqx.col.provider'), '#org +providing', 'text', 14),
    col('neededBy', say('reqx.col.neededBy'), '#date +needed', 'date', 12),
    col('overdue', say('reqx.col.overdue'), '#x_overdue', 'boolean', 9),
    col('submittedAt', say('reqx.col.submittedAt'), '#date +submitted', 'datetime', 18),
    col('age', say('reqx.col.age'), '#x_age +days', 'integer', 9),
    col('direction', say('reqx.col.direction'), '#x_direction', 'text', 18),
    col('fromPlace', say('reqx.col.fromPlace'), '#loc +from', 'text', 24, { sensitive: 'routes' }),
    col('toPlace', say('reqx.col.toPlace'), '#loc +to', 'text', 24, { sensitive: 'routes' }),
    col('lines', say('reqx.col.lines'), '#x_request +lines', 'text', 40),
    col('escortLines', say('reqx.col.escortLines'), '#x_escort +composition', 'text', 30, { sensitive: 'escortComposition' }),
    col('lineCount', say('reqx.col.lineCount'), '#x_lines +num', 'integer', 8),
    col('partnerReference', say('reqx.col.partnerReference'), '#x_request +reference', 'text', 14),
    col('sharing', say('reqx.col.sharing'), '#x_tlp', 'text', 14, { value: fieldValue('sharing', tlpText) }),
  ];
}

interface Extra {
  id: string;
  sharing: string | null;
  fromPlace: string;
  toPlace: string;
  partnerReference: string;
}
interface Line {
  requestId: string;
  kind: string;
  quantity: number;
  unit: string;
  durationDays: number | null;
  description: string;
  itemCode: string | null;
  itemName: string | null;
}

/** A line as people write it: "2 trucks Truck, 10 t (3 days)", "500 each KIT-01 Hygiene kit". */
function lineText(l: Line): string {
  const what = l.kind === 'item' ? [l.itemCode, l.itemName].filter(Boolean).join(' ') : l.description;
  const base = `${l.quantity} ${l.unit} ${what}`.trim();
  return l.durationDays ? say('reqx.lineForDays', { line: base, days: l.durationDays }) : base;
}

/** The page's requests' sharing, places, reference and lines, read in two queries per page. */
function extrasOf(run: SourceRun, ids: string[]) {
  const json = JSON.stringify(ids);
  const extras = new Map(
    (
      run.sqlite
        .prepare(
          `SELECT id, sharing, from_place AS fromPlace, to_place AS toPlace, partner_reference AS partnerReference
           FROM requests WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .all(json) as Extra[]
    ).map((e) => [e.id, e]),
  );
  const lines = new Map<string, string[]>();
  for (const l of run.sqlite
    .prepare(
      `SELECT l.request_id AS requestId, l.kind, l.quantity, l.unit, l.duration_days AS durationDays, l.description,
         i.code AS itemCode, i.name AS itemName
       FROM request_lines l LEFT JOIN items i ON i.id = l.item_id
       WHERE l.request_id IN (SELECT value FROM json_each(?)) ORDER BY l.request_id, l.line_no`,
    )
    .iterate(json) as Iterable<Line>) {
    let list = lines.get(l.requestId);
    if (!list) lines.set(l.requestId, (list = []));
    list.push(lineText(l));
  }
  return { extras, lines };
}

export const requestRegisterSource: ExportSource<Row, Params> = {
  get title() {
    return say('reqx.registerTitle');
  },
  stem: 'request-register',
  params: params as unknown as z.ZodType<Params>,
  gridFilters: false,
  get columns() {
    return columns();
  },
  *rows(run, p) {
    for (let offset = 0; ;) {
      const page = listRequests(run.sqlite, { ...p, offset, limit: PAGE }, run.today);
      const { extras, lines } = extrasOf(
        run,
        page.rows.map((r) => r.id),
      );
      for (const r of page.rows as RequestListRow[]) {
        const e = extras.get(r.id);
        const what = (lines.get(r.id) ?? []).join('; ');
        yield {
          number: r.number,
          title: r.title,
          type: say(REQUEST_TYPE_KEYS[r.type]),
          priority: say(REQUEST_PRIORITY_KEYS[r.priority]),
          status: say(REQUEST_STATUS_KEYS[r.status]),
          requester: r.requester,
          provider: r.provider,
          neededBy: r.neededBy,
          overdue: r.overdue,
          submittedAt: r.submittedAt,
          age: r.ageDays,
          direction: say(REQUEST_DIRECTION_KEYS[r.direction]),
          fromPlace: e?.fromPlace ?? '',
          toPlace: e?.toPlace ?? '',
          // An escort request's lines are its escort composition: a field of its own a profile may leave out.
          lines: r.type === 'escort' ? '' : what,
          escortLines: r.type === 'escort' ? what : '',
          lineCount: r.lineCount,
          partnerReference: e?.partnerReference ?? '',
          ownSharing: e?.sharing ?? null,
          sharing: labelOf(e?.sharing, 'request', run.defaults),
        };
      }
      offset += page.rows.length;
      if (page.rows.length === 0 || offset >= page.total) return;
    }
  },
  label: (r, d) => strictestLabel([labelOf(r.ownSharing, 'request', d)]),
  scope: (run, p) =>
    p.orgId
      ? say('reqx.scopeOrg', { org: lookup(run.sqlite, 'SELECT short_name FROM organisations WHERE id = ?', p.orgId) ?? '?' })
      : say('reqx.scopeAll'),
};
