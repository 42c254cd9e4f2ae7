import Database from 'better-sqlite3';

/**
 * The account the benchmarks act as: the scale file's first active administrator (npm run
 * seed:scale makes "Scale Seeder"). Cores the bench opens start signed in as it (`signedIn`), as
 * a job thread does for whoever started the job, so every operation passes the permission check.
 */
export function benchOperator(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'operators'").get();
    const row = hasTable
      ? (db.prepare("SELECT id FROM operators WHERE role = 'administrator' AND active = 1 ORDER BY created_at LIMIT 1").get() as
          { id: string } | undefined)
      : undefined;
    if (!row) {
      throw new Error(
        `${dbPath} has no operator accounts (it was made before operators existed): delete it and run npm run seed:scale again`,
      );
    }
    return row.id;
  } finally {
    db.close();
  }
}
