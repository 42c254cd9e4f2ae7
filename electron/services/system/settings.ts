import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { settings } from '../../../db/schema';

/** Typed access to the key/value settings table. */
export const SETTING_KEYS = [
  'installation_id',
  'operator',
  'home_organisation_id',
  'setup_done',
  'demo_loaded',
  'backdate_limit_days',
  'rules_version',
  'language',
  'backup_keep',
  'backup_settings_version',
  'locale',
  'idle_lock_minutes',
  /** Four-eyes rules (operators/four-eyes.ts): JSON with its version. */
  'four_eyes',
] as const;
export type SettingKey =
  (typeof SETTING_KEYS)[number] | `layout:${string}` | `language:${string}` | `sharing.default.${string}` | `import.mapping.${string}`;

export function getSetting(db: Db, key: SettingKey): string | null {
  return db.select().from(settings).where(eq(settings.key, key)).get()?.value ?? null;
}

export function setSetting(db: Db, key: SettingKey, value: string): void {
  db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
}
