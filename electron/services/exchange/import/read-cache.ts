import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { say } from '../../../api/i18n';
import { invalid } from '../../core/errors';
import { newId } from '../../core/ids';
import { keptRowsFolder } from './files';
import type { SheetRow, SheetSource } from './read';

/*
 * The rows a preview read from an upload's sheet, kept for the next run on the same sheet: the
 * commit (and a preview again after the operator changed a mapping) reads them back instead of
 * unpacking and parsing the workbook a second time. Reading a 100,000-row XLSX is most of a
 * preview (~2 s here); reading its rows back is ~0.3 s.
 *
 * What is kept is what the reader gave, exactly (v8's serialisation: numbers such as -0 or
 * Infinity come back as they went; JSON would not), and only once the whole sheet was read: a
 * file is written under a temporary name and takes its real one when its last row is in. An
 * upload is never changed after it is saved (files.ts), and its size and modification time are
 * checked all the same. Keeping rows is a speed-up, never a condition: a file that cannot be
 * written is dropped and the preview goes on; one that does not match is ignored. Rows kept by an
 * earlier version of the app (a preview, an update, then the commit) are replayed as read then:
 * what the operator previewed is what is written. Kept rows left behind (a preview whose import was
 * never committed, an app closed mid-preview) are swept at start after an hour, with the uploads.
 *
 * Layout: records of [4-byte length][v8 bytes]: a header (what the reader said about the file),
 * then one record per batch of rows, in files.ts' keptRowsFolder.
 */

const FORMAT = 1;

interface Header {
  format: typeof FORMAT;
  sheet: number;
  bytes: number;
  mtimeMs: number;
  source: Omit<SheetSource, 'batches'>;
}

interface Upload {
  homeDir: string;
  uploadId: string;
  /** The uploaded file. */
  path: string;
  sheet: number;
}

/** What a kept file must match to be read back: its format, its sheet and the upload as it is now. */
function markOf(u: Upload): Omit<Header, 'source'> {
  const upload = statSync(u.path);
  return { format: FORMAT, sheet: u.sheet, bytes: upload.size, mtimeMs: upload.mtimeMs };
}

const folderOf = (u: Pick<Upload, 'homeDir' | 'uploadId'>) => keptRowsFolder(u.homeDir, u.uploadId);
const fileOf = (u: Upload) => join(folderOf(u), `sheet-${u.sheet}`);

/** Reads the record at `at`: its value and where the next one starts, or null at the end. */
function readRecord(fd: number, at: number): { value: unknown; next: number } | null {
  const length = Buffer.alloc(4);
  if (readSync(fd, length, 0, 4, at) < 4) return null;
  const size = length.readUInt32LE(0);
  const data = Buffer.allocUnsafe(size);
  if (readSync(fd, data, 0, size, at + 4) < size) throw new Error('a kept sheet ends early');
  return { value: deserialize(data), next: at + 4 + size };
}

const record = (value: unknown): Buffer => {
  const data = serialize(value);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(data.length, 0);
  return Buffer.concat([length, data]);
};

/** The sheet as a preview read it, when its rows were kept and the upload is the same file; else null. */
export function keptSheet(u: Upload): SheetSource | null {
  const path = fileOf(u);
  let header: Header;
  let first: number;
  try {
    const fd = openSync(path, 'r');
    try {
      const r = readRecord(fd, 0);
      if (!r) return null;
      header = r.value as Header;
      first = r.next;
    } finally {
      closeSync(fd);
    }
  } catch {
    return null; // none kept (or unreadable): the file is read as usual
  }
  const mark = markOf(u);
  if ((Object.keys(mark) as (keyof typeof mark)[]).some((k) => header[k] !== mark[k])) return null;
  // Opened when the first batch is asked for, so a source never read (a refusal first) holds no file.
  async function* batches(): AsyncGenerator<SheetRow[]> {
    const fd = openSync(path, 'r');
    let damage: unknown = null;
    const next = (at: number) => {
      try {
        return readRecord(fd, at);
      } catch (e) {
        damage = e;
        return null;
      }
    };
    try {
      for (let r = next(first); r; r = next(r.next)) yield await Promise.resolve(r.value as SheetRow[]);
    } finally {
      closeSync(fd);
    }
    // A damaged file (a disk error, a hand edit) is said so and removed (closed first: Windows
    // removes no open file), so the next preview reads the upload.
    if (damage) {
      forgetKeptSheets(u.homeDir, u.uploadId);
      const detail = damage instanceof Error ? damage.message : String(damage);
      throw invalid(say('importCore.keptRowsDamaged', { file: basename(u.path), detail }));
    }
  }
  return { ...header.source, batches: batches() };
}

/**
 * `source` as it is, its batches also written down as they pass; kept once the last one has
 * passed (a sheet read to its end), dropped when the reading stops early or fails.
 */
export function keepingSheet(source: SheetSource, u: Upload): SheetSource {
  const final = fileOf(u);
  const part = `${final}.${newId()}.part`;
  let fd: number | null = null;
  const stop = () => {
    if (fd === null) return;
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    fd = null;
    rmSync(part, { force: true });
  };
  const write = (value: unknown) => {
    if (fd === null) return;
    try {
      writeSync(fd, record(value));
    } catch {
      stop(); // a full disk or a removed folder: the rows are read again next time
    }
  };
  async function* batches(): AsyncGenerator<SheetRow[]> {
    let done = false;
    try {
      try {
        mkdirSync(folderOf(u), { recursive: true });
        fd = openSync(part, 'w');
      } catch {
        fd = null;
      }
      let headed = false;
      const head = () => {
        if (headed) return;
        headed = true;
        const { batches: _, ...about } = source;
        write({ ...markOf(u), source: about } satisfies Header);
      };
      for await (const batch of source.batches) {
        head(); // after the first batch: an XLSX's sheet names are known by then (read.ts)
        write(batch);
        yield batch;
      }
      head();
      done = true;
    } finally {
      if (done && fd !== null) {
        const kept = fd;
        fd = null;
        try {
          closeSync(kept);
          renameSync(part, final);
        } catch {
          rmSync(part, { force: true });
        }
      } else stop();
    }
  }
  return { ...source, batches: batches() };
}

/**
 * Drops the rows kept for an upload (its import is committed: nothing will read them again). Best
 * effort: a file held open elsewhere (Windows, an antivirus) is left for the sweep at the next start
 * (exchange/files.ts), never a reason to report a committed import as failed.
 */
export function forgetKeptSheets(homeDir: string, uploadId: string): void {
  try {
    rmSync(folderOf({ homeDir, uploadId }), { recursive: true, force: true, maxRetries: 2 });
  } catch {
    // left for the sweep
  }
}
