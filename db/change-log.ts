import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from './schema';

/**
 * The change log's triggers, generated from the drizzle schema so a new mutable table cannot be
 * forgotten: every table carrying `recordColumns` (it has `version` and `updated_by_installation`)
 * gets an AFTER INSERT, AFTER UPDATE and AFTER DELETE trigger writing one `change_log` row.
 * Inserts and updates log the version, installation and time the write path stamped on the row;
 * a delete leaves a tombstone (the last version + 1, this file's installation, the current time).
 *
 * A migration holds the SQL (print it with `npx tsx db/change-log.ts`); test/core/change-log.test.ts
 * fails when a migrated database's triggers differ from what this generates.
 */

export function mutableTables(): string[] {
  return (Object.values(schema) as unknown[])
    .filter((t): t is SQLiteTable => is(t, SQLiteTable))
    .map((t) => getTableConfig(t))
    .filter((c) => c.columns.some((col) => col.name === 'version') && c.columns.some((col) => col.name === 'updated_by_installation'))
    .map((c) => c.name)
    .sort();
}

const INSERT = 'INSERT INTO `change_log` (`record_type`, `record_id`, `operation`, `version`, `installation_id`, `at`)';

/**
 * The triggers of one table, one CREATE TRIGGER statement each (as stored in sqlite_master). The
 * update trigger also refuses an update that does not move the version on by exactly one (only
 * the write path, electron/services/core/write.ts, stamps it): one trigger rather than a separate
 * guard, as every trigger run costs a little on a 500-line posting.
 */
export function changeLogTriggers(table: string): { name: string; sql: string }[] {
  const t = `'${table}'`;
  return [
    {
      name: `${table}_log_insert`,
      sql: `CREATE TRIGGER \`${table}_log_insert\` AFTER INSERT ON \`${table}\`
BEGIN
	${INSERT} VALUES (${t}, NEW.\`id\`, 'insert', NEW.\`version\`, NEW.\`updated_by_installation\`, NEW.\`updated_at\`);
END`,
    },
    {
      name: `${table}_log_update`,
      sql: `CREATE TRIGGER \`${table}_log_update\` AFTER UPDATE ON \`${table}\`
BEGIN
	SELECT RAISE(ABORT, '${table}: an update must go through the write path (version + 1, updated_at, installation)')
		WHERE NEW.\`version\` IS NOT OLD.\`version\` + 1;
	${INSERT} VALUES (${t}, NEW.\`id\`, 'update', NEW.\`version\`, NEW.\`updated_by_installation\`, NEW.\`updated_at\`);
END`,
    },
    {
      name: `${table}_log_delete`,
      sql: `CREATE TRIGGER \`${table}_log_delete\` AFTER DELETE ON \`${table}\`
BEGIN
	${INSERT} VALUES (${t}, OLD.\`id\`, 'delete', OLD.\`version\` + 1,
		(SELECT \`value\` FROM \`settings\` WHERE \`key\` = 'installation_id'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END`,
    },
  ];
}

/** The change log itself is append-only. */
export const CHANGE_LOG_GUARDS = [
  {
    name: 'change_log_no_update',
    sql: "CREATE TRIGGER `change_log_no_update` BEFORE UPDATE ON `change_log`\nBEGIN\n\tSELECT RAISE(ABORT, 'change_log is append-only');\nEND",
  },
  {
    name: 'change_log_no_delete',
    sql: "CREATE TRIGGER `change_log_no_delete` BEFORE DELETE ON `change_log`\nBEGIN\n\tSELECT RAISE(ABORT, 'change_log is append-only');\nEND",
  },
];

/** Every trigger of the change log, as migration SQL (statements separated by drizzle's breakpoints). */
export function changeLogMigrationSql(): string {
  const all = [...CHANGE_LOG_GUARDS, ...mutableTables().flatMap(changeLogTriggers)];
  return (
    all.map((t) => `DROP TRIGGER IF EXISTS \`${t.name}\`;\n--> statement-breakpoint\n${t.sql};`).join('\n--> statement-breakpoint\n') + '\n'
  );
}

if (require.main === module) process.stdout.write(changeLogMigrationSql());
