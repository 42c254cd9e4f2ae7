import type Database from 'better-sqlite3';
import type { RequestRow } from '../../../db/schema';
import type { OrgKind } from '../../api/vocabularies';
import type { ServiceContext } from '../core/context';
import { type Columns } from '../core/write';
import type { RequestFacts } from '../workflow/requests';
import { one } from '../stock/sql';

/** Reading a stored request, the facts its workflow needs, its number, and column values for the write path. */

const COLUMNS = `id, version, number, title, requester_org_id AS requesterOrgId, provider_org_id AS providerOrgId, type, priority, status,
  needed_by AS neededBy, from_place AS fromPlace, to_place AS toPlace, justification, contact,
  civilian_options_tried AS civilianOptionsTried, capability_gap AS capabilityGap, why_military_unique AS whyMilitaryUnique,
  military_start AS militaryStart, military_end AS militaryEnd, exit_plan AS exitPlan, escort_need AS escortNeed,
  escort_authorities AS escortAuthorities, escort_safety AS escortSafety, escort_sustainability AS escortSustainability,
  escort_end_date AS escortEndDate, asked_knowledge AS askedKnowledge, asked_why AS askedWhy, submitted_at AS submittedAt,
  decided_at AS decidedAt, fulfilled_at AS fulfilledAt, closed_at AS closedAt, sharing, partner_reference AS partnerReference, created_at AS createdAt,
  created_by_installation AS createdByInstallation, updated_at AS updatedAt, updated_by_installation AS updatedByInstallation,
  archived, replaced_by AS replacedBy`;

export const loadRequest = (sqlite: Database.Database, id: string): RequestRow | undefined =>
  one<RequestRow>(sqlite, `SELECT ${COLUMNS} FROM requests WHERE id = ?`, id);

const kindOf = (sqlite: Database.Database, orgId: string) =>
  one<{ kind: OrgKind }>(sqlite, 'SELECT kind FROM organisations WHERE id = ?', orgId)?.kind ?? 'other';

export function factsOf(sqlite: Database.Database, r: RequestRow): RequestFacts {
  const lineCount = one<{ n: number }>(sqlite, 'SELECT count(*) AS n FROM request_lines WHERE request_id = ?', r.id)!.n;
  return {
    ...r,
    requesterKind: kindOf(sqlite, r.requesterOrgId),
    providerKind: kindOf(sqlite, r.providerOrgId),
    lineCount,
  };
}

/** REQ-<year>-<5 digits>, the next of its year: read and written in the caller's transaction, so no gaps and no reuse. */
export function nextRequestNumber(ctx: ServiceContext): string {
  const year = ctx.now().slice(0, 4);
  const last = one<{ number: string }>(
    ctx.sqlite,
    'SELECT number FROM requests WHERE number LIKE ? ORDER BY number DESC LIMIT 1',
    `REQ-${year}-%`,
  );
  const n = last ? Number(last.number.slice(-5)) + 1 : 1;
  return `REQ-${year}-${String(n).padStart(5, '0')}`;
}

/** camelCase field names → the SQL column names of the write path. */
export const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export function columns(values: Record<string, unknown>): Columns {
  const out: Columns = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[snake(k)] = v;
  return out;
}
