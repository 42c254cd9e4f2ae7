import { and, eq } from 'drizzle-orm';
import { agreements, contacts, type Agreement, type Contact, type Organisation } from '../../../db/schema';
import type { AreaHandlers } from '../core/handlers';
import { listRecords, removeRecord, restoreRecord } from '../records/remove';
import { saveRecords } from '../records/save';
import { agreementSpec, contactSpec, organisationSpec } from './specs';

export const partnerHandlers: AreaHandlers<
  | 'organisations.list'
  | 'organisations.save'
  | 'organisations.remove'
  | 'organisations.restore'
  | 'contacts.list'
  | 'contacts.save'
  | 'contacts.remove'
  | 'agreements.list'
  | 'agreements.save'
  | 'agreements.remove'
> = {
  'organisations.list': (ctx, input) => listRecords<Organisation>(ctx, organisationSpec, input.includeArchived),
  'organisations.save': (ctx, input) => saveRecords<Organisation>(ctx, organisationSpec, input.rows),
  'organisations.remove': (ctx, input) => removeRecord(ctx, organisationSpec, input),
  'organisations.restore': (ctx, input) => restoreRecord<Organisation>(ctx, organisationSpec, input),

  'contacts.list': (ctx, input) =>
    ctx.db
      .select()
      .from(contacts)
      .where(
        input.organisationId
          ? and(eq(contacts.organisationId, input.organisationId), eq(contacts.archived, false))
          : eq(contacts.archived, false),
      )
      .orderBy(contacts.name)
      .all() as Contact[],
  'contacts.save': (ctx, input) => saveRecords<Contact>(ctx, contactSpec, input.rows),
  'contacts.remove': (ctx, input) => removeRecord(ctx, contactSpec, input),

  'agreements.list': (ctx, input) =>
    ctx.db
      .select()
      .from(agreements)
      .where(
        input.organisationId
          ? and(eq(agreements.organisationId, input.organisationId), eq(agreements.archived, false))
          : eq(agreements.archived, false),
      )
      .orderBy(agreements.title)
      .all() as Agreement[],
  'agreements.save': (ctx, input) => saveRecords<Agreement>(ctx, agreementSpec, input.rows),
  'agreements.remove': (ctx, input) => removeRecord(ctx, agreementSpec, input),
};
