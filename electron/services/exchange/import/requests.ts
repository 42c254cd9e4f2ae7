import type { z } from 'zod';
import type { ImportChange } from '../../../api/imports';
import { createRequestInput } from '../../../api/requests';
import { say } from '../../../api/i18n';
import { REQUEST_TYPE_KEYS } from '../../../api/i18n';
import type { RequestType } from '../../../api/vocabularies';
import type { ServiceContext } from '../../core/context';
import { fieldWord } from './fields';
import { REQUEST_IMPORT_FIELDS } from './request-fields';
import { codeKey, readLookups, type Values } from './targets';

/*
 * A partner's request list → draft requests (issue 14 point 7). Rows with the same requesting
 * organisation and partner reference are the lines of one request (its header from the first of
 * them); a line names a catalogue item by code, or else is a capacity described in words. Every
 * request is checked by the same contract as the request form, and written as a draft by
 * requests.create on the requester's behalf (never submitted: someone reviews it first). A
 * reference already imported is left as it is, so importing the same list twice adds nothing.
 */

export interface RequestDraft {
  /** The file row of its first line. */
  row: number;
  input: z.input<typeof createRequestInput>;
  /** File rows of its lines, in order (for the contract's refusals). */
  lineRows: number[];
}

export interface RequestPlan {
  drafts: RequestDraft[];
  sample: ImportChange[];
  /** Rows whose request was imported before (found by requester and partner reference). */
  already: number;
}

type AddBad = (row: number, column: string, value: string, reason: string) => void;
const labelOf = (key: string) => fieldWord(REQUEST_IMPORT_FIELDS.find((f) => f.key === key)?.label ?? key);

/** Organisations by short name and by full name (partners write either). */
function orgLookup(ctx: ServiceContext): Map<string, string> {
  const map = readLookups(ctx.sqlite).orgs;
  for (const o of ctx.sqlite.prepare('SELECT id, name FROM organisations').all() as { id: string; name: string }[])
    if (!map.has(codeKey(o.name))) map.set(codeKey(o.name), o.id);
  return map;
}

function importedBefore(ctx: ServiceContext): Map<string, string> {
  const rows = ctx.sqlite
    .prepare("SELECT requester_org_id AS org, partner_reference AS ref, number FROM requests WHERE partner_reference <> ''")
    .all() as { org: string; ref: string; number: string }[];
  return new Map(rows.map((r) => [`${r.org}|${codeKey(r.ref)}`, r.number]));
}

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));

export function planRequests(
  ctx: ServiceContext,
  rows: Iterable<{ n: number; values: Values }>,
  columnName: (field: string) => string,
  addBad: AddBad,
): RequestPlan {
  const orgs = orgLookup(ctx);
  const items = readLookups(ctx.sqlite).items;
  const before = importedBefore(ctx);
  const drafts = new Map<string, RequestDraft>();
  let already = 0;
  for (const { n, values: v } of rows) {
    const bad = (field: string, reason: string) => addBad(n, columnName(field), text(v[field]), reason);
    let ok = true;
    for (const f of REQUEST_IMPORT_FIELDS)
      if (f.required && text(v[f.key]).trim() === '') {
        bad(f.key, say('importCore.required', { field: fieldWord(f.label) }));
        ok = false;
      }
    if (!ok) continue;
    const requesterOrgId = orgs.get(codeKey(v.requester));
    const providerOrgId = orgs.get(codeKey(v.provider));
    if (!requesterOrgId) bad('requester', say('importCore.noOrg', { code: text(v.requester) }));
    if (!providerOrgId) bad('provider', say('importCore.noOrg', { code: text(v.provider) }));
    let itemId: string | undefined;
    if (text(v.itemCode)) {
      itemId = items.get(codeKey(v.itemCode))?.id;
      if (!itemId) bad('itemCode', say('importCore.noItem', { code: text(v.itemCode) }));
    } else if (!text(v.description)) {
      bad('description', say('reqx.import.itemOrCapacity'));
      ok = false;
    }
    if (requesterOrgId && requesterOrgId === providerOrgId) {
      bad('provider', say('requestCore.sameOrg'));
      ok = false;
    }
    if (!requesterOrgId || !providerOrgId || (text(v.itemCode) && !itemId) || !ok) continue;
    const key = `${requesterOrgId}|${codeKey(v.partnerReference)}`;
    const number = before.get(key);
    if (number) {
      already++;
      continue;
    }
    const line = {
      kind: itemId ? ('item' as const) : ('capacity' as const),
      itemId,
      description: text(v.description) || undefined,
      quantity: v.quantity as number,
      unit: text(v.unit),
      durationDays: v.durationDays as number | undefined,
    };
    const first = drafts.get(key);
    if (first) {
      // A further line of the same request: its header must agree with the first row's.
      if (first.input.providerOrgId !== providerOrgId || (v.type !== undefined && first.input.type !== v.type)) {
        bad('partnerReference', say('reqx.import.sameRefDiffers', { reference: text(v.partnerReference), row: first.row }));
        continue;
      }
      first.input.lines!.push(line);
      first.lineRows.push(n);
      continue;
    }
    const what = line.description ?? text(v.itemCode);
    drafts.set(key, {
      row: n,
      lineRows: [n],
      input: {
        requesterOrgId,
        providerOrgId,
        title: text(v.title) || `${say(REQUEST_TYPE_KEYS[v.type as RequestType])}: ${what}`.slice(0, 200),
        type: v.type as RequestType,
        priority: (v.priority as string | undefined) ?? 3,
        neededBy: v.neededBy as string | undefined,
        fromPlace: v.fromPlace as string | undefined,
        toPlace: v.toPlace as string | undefined,
        justification: v.justification as string | undefined,
        contact: v.contact as string | undefined,
        partnerReference: text(v.partnerReference).trim(),
        lines: [line],
        actingOrgId: requesterOrgId,
      },
    });
  }
  // Each request against the request form's own rules; a refusal names the row and column it comes from.
  const accepted: RequestDraft[] = [];
  for (const d of drafts.values()) {
    const parsed = createRequestInput.safeParse(d.input);
    if (parsed.success) {
      accepted.push(d);
      continue;
    }
    for (const issue of parsed.error.issues) {
      const [head, index, field] = issue.path.map(String);
      const isLine = head === 'lines';
      const row = isLine ? (d.lineRows[Number(index)] ?? d.row) : d.row;
      const key = isLine ? (field === 'itemId' ? 'itemCode' : (field ?? 'description')) : head;
      const value = isLine ? text((d.input.lines![Number(index)] as Values | undefined)?.[field ?? '']) : text((d.input as Values)[head]);
      addBad(row, columnName(key === 'requesterOrgId' ? 'requester' : key === 'providerOrgId' ? 'provider' : key), value, issue.message);
    }
  }
  const sample = accepted.slice(0, 100).map((d) => ({
    row: d.row,
    code: text(d.input.partnerReference),
    changes: [
      { field: labelOf('title'), before: '', after: text(d.input.title) },
      { field: labelOf('type'), before: '', after: say(REQUEST_TYPE_KEYS[d.input.type]) },
      { field: labelOf('priority'), before: '', after: text(d.input.priority) },
      { field: say('reqx.import.lines'), before: '', after: String(d.input.lines!.length) },
    ],
  }));
  return { drafts: accepted, sample, already };
}

/** Writes every draft (inside the import's one transaction), each as the request form would. */
export async function writeRequests(ctx: ServiceContext, plan: RequestPlan): Promise<void> {
  for (const d of plan.drafts) await ctx.call('requests.create', d.input as never);
}
