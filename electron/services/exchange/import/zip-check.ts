import { closeSync, openSync, readSync } from 'node:fs';
import { say } from '../../../api/i18n';
import { invalid } from '../../core/errors';

/*
 * An XLSX file is a zip. Before any of it is inflated, its central directory (at the end of the
 * file) says how big each part unpacks to: a zip bomb (a few kilobytes unpacking to gigabytes) is
 * refused from those numbers, and a zip that is not a workbook is named as such.
 */

/** What the parts of a workbook may unpack to, in all (a 1,000,000-row sheet is about 150 MB). */
const MAX_UNPACKED = 1024 * 1024 * 1024;
/** A part that unpacks to more than this many times its packed size is not a spreadsheet's XML. */
const MAX_RATIO = 400;

export interface ZipPart {
  name: string;
  packed: number;
  unpacked: number;
  /** Where the part's local header starts, its compression method (0 stored, 8 deflate) and flags: how xlsx-zip.ts reads it. */
  offset: number;
  method: number;
  flags: number;
}

function readTail(path: string, size: number): { buf: Buffer; start: number } {
  const len = Math.min(size, 65_557);
  return { buf: readAt(path, size - len, len), start: size - len };
}

/** `length` bytes of the file from `offset` (zero bytes past its end). */
export function readAt(path: string, offset: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buf, 0, length, offset);
  } finally {
    closeSync(fd);
  }
  return buf;
}

/** The parts listed in a zip's central directory; throws a clear refusal for a damaged zip or a zip bomb. */
export function checkWorkbookZip(path: string, size: number, fileName: string): ZipPart[] {
  const { buf } = readTail(path, size);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw invalid(say('importCore.zipNoToc', { file: fileName }));
  const entries = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (cdOffset === 0xffffffff || entries === 0xffff || cdOffset + cdSize > size) {
    throw invalid(say('importCore.zipTooLarge', { file: fileName }));
  }
  const cd = readAt(path, cdOffset, cdSize);
  const parts: ZipPart[] = [];
  let total = 0;
  for (let p = 0, i = 0; i < entries; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw invalid(say('importCore.zipDamaged', { file: fileName }));
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const packed = cd.readUInt32LE(p + 20);
    const unpacked = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const offset = cd.readUInt32LE(p + 42);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    if (unpacked === 0xffffffff || packed === 0xffffffff || offset === 0xffffffff)
      throw invalid(say('importCore.zipPartHuge', { file: fileName, part: name }));
    total += unpacked;
    if (unpacked > 10 * 1024 * 1024 && unpacked > packed * MAX_RATIO) {
      throw invalid(say('importCore.zipBomb', { file: fileName, part: name, packed, unpacked }));
    }
    parts.push({ name, packed, unpacked, offset, method, flags });
  }
  if (total > MAX_UNPACKED) {
    throw invalid(
      say('importCore.zipUnpacksTooMuch', { file: fileName, mb: Math.round(total / 1024 / 1024), max: MAX_UNPACKED / 1024 / 1024 }),
    );
  }
  if (!parts.some((e) => e.name === 'xl/workbook.xml')) {
    throw invalid(say('importCore.zipNotXlsx', { file: fileName }));
  }
  return parts;
}
