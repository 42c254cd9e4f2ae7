import fs from 'node:fs';
import path from 'node:path';

/** One line about what the shell saw (a crash, a failed load); written with its time. */
export type MainLog = (message: string) => void;

const MAX_BYTES = 1024 * 1024;

/**
 * The main process's log: `<folder>/main.log`, one timestamped line per event, also on stderr.
 * A packaged app has no visible console, so this file is what a user sends to support. When it
 * passes 1 MB it is renamed to main.log.1 (one old file kept). Logging never throws: a full disk
 * must not turn a recovered crash into a failed one.
 */
export function createMainLog(folder: string): MainLog {
  const file = path.join(folder, 'main.log');
  return (message) => {
    const line = `${new Date().toISOString()} ${message}`;
    console.error(`[corridor] ${message}`);
    try {
      fs.mkdirSync(folder, { recursive: true });
      if (fs.existsSync(file) && fs.statSync(file).size > MAX_BYTES) fs.renameSync(file, `${file}.1`);
      fs.appendFileSync(file, `${line}\n`);
    } catch {
      // Nowhere else to report it; stderr already has the line.
    }
  };
}
