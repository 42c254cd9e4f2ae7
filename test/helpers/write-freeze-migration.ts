/**
 * Fills a custom migration with the freeze trigger generated from the workflow definition and
 * the schema. After `npx drizzle-kit generate --custom --name=freeze_posted_documents`:
 *   npx tsx test/helpers/write-freeze-migration.ts db/migrations/NNNN_freeze_posted_documents.sql
 * (test/core/freeze-trigger.test.ts fails until the migrations install exactly this trigger).
 */
import fs from 'node:fs';
import { freezeMigrationSql } from '../../electron/services/workflow/freeze-trigger';
import { STOCK_DOCUMENT_FREEZE } from '../../electron/services/workflow/stock-documents';

const file = process.argv[2];
if (!file || !file.endsWith('.sql')) {
  console.error('Give the custom migration file to fill, e.g. db/migrations/0007_freeze_posted_documents.sql');
  process.exit(2);
}
fs.writeFileSync(file, freezeMigrationSql(STOCK_DOCUMENT_FREEZE));
console.log(`Wrote the ${STOCK_DOCUMENT_FREEZE.trigger} trigger to ${file}`);
