import fs from 'node:fs';
import path from 'node:path';
import { newId } from '../core/ids';
import { uploadsFolder } from './folders';

/**
 * A file offered for restore arrives in <home>/uploads under a name of Corridor's choosing (the
 * browser's upload, or the file Electron's open dialog picked); `backups.restore { upload }`
 * names it. Only one waits at a time: an older one is removed when the next arrives.
 */
export function newUploadTarget(homeDir: string): { name: string; partial: string; final: string } {
  const folder = uploadsFolder(homeDir);
  fs.mkdirSync(folder, { recursive: true });
  for (const old of fs.readdirSync(folder)) fs.rmSync(path.join(folder, old), { force: true });
  const name = `restore-${newId()}.sqlite`;
  const final = path.join(folder, name);
  return { name, partial: `${final}.partial`, final };
}
