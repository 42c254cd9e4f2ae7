import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { csvCellOf, csvField } from './cells';
import type { SheetSpec, SheetWriter } from './sheet';

const BOM = '\uFEFF';
/** Written to the file in pieces of about this many characters (fewer system calls than a line at a time). */
const CHUNK_CHARS = 1024 * 1024;

/**
 * CSV, UTF-8 with a byte-order mark (so Excel reads accents and Arabic right), CRLF line ends,
 * header row first (then the HXL row): no title block, so the file imports as it is. The sharing
 * label is in the file name. Formula prefixes are neutralised in text cells. The SHA-256 is taken
 * from the bytes as they are written.
 */
export function openCsv(spec: SheetSpec): SheetWriter {
  const out = createWriteStream(spec.path);
  const hash = createHash('sha256');
  let bytes = 0;
  const cells = spec.columns.map((c) => csvCellOf(c.type));
  const n = cells.length;
  let buffer = BOM + spec.columns.map((c) => csvField(c.header)).join(',') + '\r\n';
  if (spec.hxl) buffer += spec.columns.map((c) => csvField(c.hxl)).join(',') + '\r\n';
  let failed: Error | null = null;
  out.on('error', (e) => (failed = e));

  const flush = async () => {
    if (failed) throw failed;
    const chunk = Buffer.from(buffer, 'utf8');
    buffer = '';
    hash.update(chunk);
    bytes += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  };

  return {
    row(values) {
      let line = n > 0 ? cells[0](values[0]) : '';
      for (let i = 1; i < n; i++) line += ',' + cells[i](values[i]);
      buffer += line + '\r\n';
      if (buffer.length >= CHUNK_CHARS) return flush();
    },
    async finish() {
      await flush();
      out.end();
      await once(out, 'finish');
      if (failed) throw failed;
      return { sha256: hash.digest('hex'), bytes };
    },
    abort() {
      out.destroy();
    },
  };
}
