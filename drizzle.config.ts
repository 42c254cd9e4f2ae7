import { defineConfig } from 'drizzle-kit';

// drizzle-kit generates SQL migrations from the schema; they are committed and shipped with the app.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
