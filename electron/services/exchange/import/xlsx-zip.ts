import { createReadStream } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import { readAt, type ZipPart } from './zip-check';

/*
 * One part of a workbook's zip as text, piece by piece: found from the central directory that
 * zip-check.ts has read (its local header's offset, its compression), inflated as it is read and
 * never held whole. A part that inflates to more than its entry declared is refused as it goes, so a
 * central directory that lies about sizes cannot bring back the zip bomb zip-check.ts refuses.
 */

/** A part that cannot be read as its entry says; the message names the part (the import's refusal shows it). */
export class PartError extends Error {}

/** A part inflating past the size its zip entry declares: a damaged zip or a zip bomb (refused in the reader's words: read.ts). */
export class PartPastDeclared extends PartError {
  constructor(
    readonly part: string,
    readonly declared: number,
  ) {
    super(`${part}: unpacks to more than the ${declared} bytes its zip entry declares`);
  }
}

/** Bytes read from the file at a time (inflated XML is about ten times that). */
const CHUNK = 64 * 1024;

/** The part's text, decoded from UTF-8 (a byte-order mark dropped), in the pieces it inflates to. */
export async function* partText(path: string, part: ZipPart): AsyncGenerator<string> {
  if (part.flags & 1) throw new PartError(`${part.name}: encrypted`);
  if (part.method !== 0 && part.method !== 8) throw new PartError(`${part.name}: compression method ${part.method} is not deflate`);
  const head = readAt(path, part.offset, 30);
  if (head.readUInt32LE(0) !== 0x04034b50) throw new PartError(`${part.name}: no local header at byte ${part.offset}`);
  if (part.packed === 0) return;
  const start = part.offset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
  const file = createReadStream(path, { start, end: start + part.packed - 1, highWaterMark: CHUNK });
  const inflate = part.method === 8 ? createInflateRaw() : null;
  if (inflate) {
    file.on('error', (e) => inflate.destroy(e));
    file.pipe(inflate);
  }
  const decoder = new TextDecoder('utf-8');
  let unpacked = 0;
  try {
    for await (const chunk of (inflate ?? file) as AsyncIterable<Buffer>) {
      unpacked += chunk.length;
      if (unpacked > part.unpacked) throw new PartPastDeclared(part.name, part.unpacked);
      yield decoder.decode(chunk, { stream: true });
    }
  } catch (e) {
    if (e instanceof PartError) throw e;
    throw new PartError(`${part.name}: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    inflate?.destroy();
    file.destroy();
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
