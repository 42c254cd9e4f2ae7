import type { ImportChange, ImportPreview, ImportRequest } from '../../../api/imports';
import { say } from '../../../api/i18n';
import type { ServiceContext } from '../../core/context';
import { fieldWord, type ImportField } from './fields';
import { codeKey, contactOf, contactSchema, readLookups, TARGET_SPECS, type Accepted, type Values } from './targets';

/*
 * The records targets of an import (items, sites, organisations with contacts): each row, once
 * typed, judged against the records already there and the same row schema as a grid's save, and
 * counted as a create, an update (before → after) or unchanged. Rows are judged one at a time as
 * the file is read: only the counts, the first rows of each kind for display and every bad cell
 * are kept; for a commit, each row to write is handed on at once (its target's writer writes it
 * in the commit's transaction, run.ts) and let go.
 */

const SAMPLE = 100;

export const display = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.map((p: { name: string; quantity: number }) => `${p.name}=${p.quantity}`).join('; ');
  return String(v);
};

export interface RecordJudge {
  judge(n: number, v: Values): void;
}

export function recordJudge(
  ctx: ServiceContext,
  req: ImportRequest & { target: keyof typeof TARGET_SPECS },
  byKey: Map<string, ImportField>,
  columnName: (field: string) => string,
  addBad: (row: number, column: string, value: string, reason: string) => void,
  preview: ImportPreview,
  /** A commit's: takes each row to write, in file order. */
  accept: ((a: Accepted) => void) | null,
): RecordJudge {
  const spec = TARGET_SPECS[req.target];
  // The codes already there, read once (not a query per row).
  const existing = spec.existing(ctx.sqlite);
  const lookups = spec.resolve ? readLookups(ctx.sqlite) : null;
  const seen = new Map<string, number>();
  const isOrg = req.target === 'organisations';
  const judge = (n: number, v: Values): void => {
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
        return;
      }
      if (first === undefined) seen.set(k, n);
    }
    if (lookups && spec.resolve) {
      const refusals = spec.resolve(v, lookups);
      const entries = Object.entries(refusals);
      for (const [f, reason] of entries)
        addBad(n, columnName(f), display(v[f]), say('importCore.fieldReason', { field: fieldWord(byKey.get(f)?.label ?? f), reason }));
      if (entries.length) return;
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
    if (!ok) return;
    const after = parsed.data as Values;
    let changed = true;
    if (found) {
      const changes = Object.keys(own)
        .filter((f) => display(before[f]) !== display(after[f]))
        .map((f) => ({ field: fieldWord(byKey.get(f)?.label ?? f), before: display(before[f]), after: display(after[f]) }));
      changed = changes.length > 0;
      if (!changed && !contact) {
        preview.unchanged++;
        return;
      }
      if (changes.length) {
        preview.updates++;
        if (preview.updateSample.length < SAMPLE) preview.updateSample.push({ row: n, code: found.code, changes });
      }
    } else if (seen.get(k) === n || !k) {
      preview.creates++;
      if (preview.createSample.length < SAMPLE) preview.createSample.push(createSampleOf(n, code, own, byKey));
    }
    // A preview only counts, and a commit writes as it reads: keeping 100,000 records was most of their memory.
    accept?.({ row: n, existing: found, record, parsed: after, contact, changed });
  };
  return { judge };
}

function createSampleOf(n: number, code: unknown, own: Values, byKey: Map<string, ImportField>): ImportChange {
  return {
    row: n,
    code: display(code),
    changes: Object.entries(own).map(([f, v]) => ({ field: fieldWord(byKey.get(f)?.label ?? f), before: '', after: display(v) })),
  };
}
