import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Recent jobs and their outcome (the Database page, later the dashboard and support bundle).
 * Operational history, not a record: no version, no audit entry. A job still `running` when the
 * core starts was cut off by a crash or a quit and is marked `interrupted`.
 */
export const jobs = sqliteTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    state: text('state').notNull(),
    operator: text('operator').notNull(),
    input: text('input_json').notNull(),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    step: text('step').notNull().default(''),
    message: text('message'),
    result: text('result_json'),
  },
  (t) => [index('jobs_started_idx').on(t.startedAt), index('jobs_state_idx').on(t.state)],
);

export type JobRow = typeof jobs.$inferSelect;
