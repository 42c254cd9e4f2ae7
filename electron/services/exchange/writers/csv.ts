import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { csvCellOf, csvField } from './cells';
import type { SheetMeta } from './meta';
import type { SheetSpec, SheetWriter } from './sheet';

const BOM = '\uFEFF';
/** Written to the file (and hashed) in chunks of this many bytes: fewer system calls than a line at a time. */
const CHUNK_BYTES = 1024 * 1024;
/** Characters of lines gathered before they are encoded into the chunk (see openCsv). */
const PENDING_CHARS = 16 * 1024;

/** A CSV being written: a sheet writer that can also append the other thread's half. */
export interface CsvWriter extends SheetWriter {
  /** Adds a file's bytes after the rows written so far: the second half of a split export, written headerless by the other thread. */
  append(path: string): Promise<void>;
  /** A CSV has no title block: the file is finished without one. */
  finish(meta?: SheetMeta): Promise<{ sha256: string; bytes: number }>;
}

/**
 * CSV, UTF-8 with a byte-order mark (so Excel reads accents and Arabic right), CRLF line ends,
 * header row first (then the HXL row): no title block, so the file imports as it is. The sharing
 * label is in the file name. Formula prefixes are neutralised in text cells. The SHA-256 is taken
 * from the bytes as they are written. `headerless`: rows only, no byte-order mark or header rows
 * (a half written to be appended: split/halves.ts).
 */
export function openCsv(spec: SheetSpec, { headerless = false } = {}): CsvWriter {
  const out = createWriteStream(spec.path);
  const hash = createHash('sha256');
  let bytes = 0;
  const cells = spec.columns.map((c) => csvCellOf(c.type));
  const n = cells.length;
  // Lines are gathered into one string of up to PENDING_CHARS and encoded into the chunk together:
  // a line made by `+=` is a rope of its cells, and encoding 100,000 ropes one by one cost more than
  // making them (~65 ms of a 100,000-item export). Small enough that no rope outlives a few
  // hundred rows (a string of a whole chunk kept until written was copied by every young-generation
  // collection).
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  let pending = '';
  let failed: Error | null = null;
  out.on('error', (e) => (failed = e));

  const flush = async () => {
    if (failed) throw failed;
    if (used === 0) return;
    const full = chunk.subarray(0, used);
    chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    used = 0;
    hash.update(full);
    bytes += full.length;
    if (!out.write(full)) await once(out, 'drain');
  };
  /** Encodes the gathered lines into the chunk; resolves to a wait when the chunk was full and written. */
  const encode = (): Promise<void> | void => {
    const text = pending;
    pending = '';
    // UTF-8 takes at most 3 bytes per UTF-16 unit: text that might not fit goes in the next chunk.
    if (used + 3 * text.length > CHUNK_BYTES) {
      if (3 * text.length > CHUNK_BYTES) return flush().then(() => flushText(text));
      return flush().then(() => {
        used += chunk.write(text, used);
      });
    }
    used += chunk.write(text, used);
  };
  /** Adds a line (with its CRLF). */
  const add = (line: string): Promise<void> | void => {
    pending += line;
    if (pending.length >= PENDING_CHARS) return encode();
  };
  const flushText = async (text: string) => {
    const b = Buffer.from(text, 'utf8');
    hash.update(b);
    bytes += b.length;
    if (!out.write(b)) await once(out, 'drain');
  };

  if (!headerless) {
    void add(BOM + spec.columns.map((c) => csvField(c.header)).join(',') + '\r\n');
    if (spec.hxl) void add(spec.columns.map((c) => csvField(c.hxl)).join(',') + '\r\n');
  }

  return {
    row(values) {
      let line = n > 0 ? cells[0](values[0]) : '';
      for (let i = 1; i < n; i++) line += ',' + cells[i](values[i]);
      return add(line + '\r\n');
    },
    async append(path) {
      await encode();
      await flush();
      for await (const piece of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
        const b = piece as Buffer;
        hash.update(b);
        bytes += b.length;
        if (failed) throw failed;
        if (!out.write(b)) await once(out, 'drain');
      }
    },
    async finish() {
      await encode();
      await flush();
      out.end();
      await once(out, 'finish');
      if (failed) throw failed;
      return { sha256: hash.digest('hex'), bytes };
    },
    abort() {
      out.destroy();
      // Settles once the file is closed: one still being opened would otherwise appear after the caller removed it.
      return finished(out).catch(() => undefined);
    },
  };
}
