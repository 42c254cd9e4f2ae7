import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../db/open';
import { newId } from '../core/ids';
import { getSetting, setSetting } from './settings';

/**
 * Each database is one installation with a random id, kept in the file and also in a registry
 * outside it (per machine), so a database copied from elsewhere is recognised: the copy would
 * otherwise create records under another installation's id.
 */
export function resolveInstallation(db: Db, databasePath: string, homeDir: string): { installationId: string; copied: boolean } {
  const registryFile = path.join(homeDir, 'installations.json');
  let registry: Record<string, string>;
  try {
    registry = JSON.parse(fs.readFileSync(registryFile, 'utf8')) as Record<string, string>;
  } catch {
    registry = {}; // first database on this machine
  }
  const key = path.resolve(databasePath);
  let installationId = getSetting(db, 'installation_id');
  let copied = false;
  if (!installationId) {
    installationId = newId();
    setSetting(db, 'installation_id', installationId);
  } else if (registry[key] !== installationId) {
    copied = true;
  }
  if (!copied && registry[key] !== installationId) {
    registry[key] = installationId;
    fs.mkdirSync(homeDir, { recursive: true });
    fs.writeFileSync(registryFile, JSON.stringify(registry, null, 2));
  }
  return { installationId, copied };
}
