import { createHash, type Hash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { constants, crc32, createDeflateRaw, type DeflateRaw } from 'node:zlib';

/*
 * The few ZIP features an XLSX needs, written as a stream: entries one after another, each
 * deflated as it comes (a data descriptor after it carries its CRC and sizes), then the central
 * directory. Hand-written rather than through archiver (exceljs's zip library): an export writes
 * one big entry in many chunks, and archiver's per-entry stream plumbing cost more than the
 * deflating itself. Files stay under 4 GB (no ZIP64): a 100,000-row export is about 5 MB.
 * The file's SHA-256 is taken from the bytes as they are written (no second read for the audit).
 */

interface Entry {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

/** Compression level: 6 is zlib's default; XML shrinks to about a tenth either way. */
const LEVEL = 6;

export interface ZipFile {
  /** Adds a whole entry. */
  add(name: string, content: string): Promise<void>;
  /** Opens an entry written in pieces; `write` may wait while the file catches up. */
  open(name: string): EntryWriter;
  /** Writes the central directory and closes the file; resolves with its SHA-256 (hex) and size. */
  close(): Promise<{ sha256: string; bytes: number }>;
  abort(): Promise<void>;
}

export interface EntryWriter {
  write(text: string): Promise<void> | void;
  end(): Promise<void>;
}

export function createZip(path: string): ZipFile {
  const out: WriteStream = createWriteStream(path);
  const hash: Hash = createHash('sha256');
  const entries: Entry[] = [];
  let offset = 0;
  let failed: Error | null = null;
  out.on('error', (e) => (failed = e));

  const put = (buf: Buffer): Promise<void> | void => {
    if (failed) throw failed;
    hash.update(buf);
    offset += buf.length;
    if (!out.write(buf)) return once(out, 'drain').then(() => undefined);
  };

  /** Marks a promise as handled (its rejection is awaited later, in `end()`), and returns it. */
  const quiet = <T>(p: Promise<T>): Promise<T> => {
    p.catch(() => undefined);
    return p;
  };

  const localHeader = (name: Buffer) => {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4); // version needed
    h.writeUInt16LE(0x0808, 6); // data descriptor follows; names in UTF-8
    h.writeUInt16LE(8, 8); // deflate
    h.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00 (DOS time and date)
    h.writeUInt16LE(name.length, 26);
    return Buffer.concat([h, name]);
  };

  function open(entryName: string): EntryWriter {
    const name = Buffer.from(entryName, 'utf8');
    const entry: Entry = { name, offset, crc: 0, compressed: 0, size: 0 };
    const deflate: DeflateRaw = createDeflateRaw({ level: LEVEL, strategy: constants.Z_DEFAULT_STRATEGY });
    // Deflated bytes go to the file in order; backpressure from the file holds the deflater.
    const pending: Promise<void>[] = [];
    // A failed file (disk full, folder gone) ends the deflater with its error, which `end()` then
    // throws to the export: never thrown inside this stream event, where it would end the job's thread.
    deflate.on('data', (chunk: Buffer) => {
      if (failed) return void deflate.destroy(failed);
      entry.compressed += chunk.length;
      const wait = put(chunk);
      if (wait) {
        deflate.pause();
        pending.push(quiet(wait.then(() => void deflate.resume())));
      }
    });
    const ended = quiet(once(deflate, 'end'));
    const header = put(localHeader(name));
    if (header) quiet(header);
    return {
      write(text) {
        const buf = Buffer.from(text, 'utf8');
        entry.crc = crc32(buf, entry.crc);
        entry.size += buf.length;
        if (!deflate.write(buf)) return once(deflate, 'drain').then(() => undefined);
        return header ?? undefined;
      },
      async end() {
        await header;
        deflate.end();
        await ended;
        await Promise.all(pending);
        const d = Buffer.alloc(16);
        d.writeUInt32LE(0x08074b50, 0);
        d.writeUInt32LE(entry.crc >>> 0, 4);
        d.writeUInt32LE(entry.compressed, 8);
        d.writeUInt32LE(entry.size, 12);
        await put(d);
        entries.push(entry);
      },
    };
  }

  return {
    async add(name, content) {
      const e = open(name);
      await e.write(content);
      await e.end();
    },
    open,
    async close() {
      const start = offset;
      const records = entries.map((e) => {
        const c = Buffer.alloc(46);
        c.writeUInt32LE(0x02014b50, 0);
        c.writeUInt16LE(20, 4); // made by
        c.writeUInt16LE(20, 6); // needed
        c.writeUInt16LE(0x0808, 8);
        c.writeUInt16LE(8, 10);
        c.writeUInt32LE(0x00210000, 12);
        c.writeUInt32LE(e.crc >>> 0, 16);
        c.writeUInt32LE(e.compressed, 20);
        c.writeUInt32LE(e.size, 24);
        c.writeUInt16LE(e.name.length, 28);
        c.writeUInt32LE(e.offset, 42);
        return Buffer.concat([c, e.name]);
      });
      const directory = Buffer.concat(records);
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(entries.length, 8);
      end.writeUInt16LE(entries.length, 10);
      end.writeUInt32LE(directory.length, 12);
      end.writeUInt32LE(start, 16);
      await put(Buffer.concat([directory, end]));
      out.end();
      await once(out, 'finish');
      if (failed) throw failed;
      return { sha256: hash.digest('hex'), bytes: offset };
    },
    abort() {
      out.destroy();
      // Settles once the file is closed: one still being opened would otherwise appear after the caller removed it.
      return finished(out).catch(() => undefined);
    },
  };
}
