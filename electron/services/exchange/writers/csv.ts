import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { textOf } from '../columns';
import { neutraliseFormula } from '../../../api/spreadsheet-cells';
import type { SheetSpec, SheetWriter } from './sheet';

const BOM = '\uFEFF';
/** Written to the file in pieces of about this many characters (fewer system calls than a line at a time). */
const CHUNK_CHARS = 256 * 1024;

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV, UTF-8 with a byte-order mark (so Excel reads accents and Arabic right), CRLF line ends,
 * header row first (then the HXL row): no title block, so the file imports as it is. The sharing
 * label is in the file name. Formula prefixes are neutralised in text cells.
 */
export function openCsv(spec: SheetSpec): SheetWriter {
  const out = createWriteStream(spec.path, { encoding: 'utf8' });
  const types = spec.columns.map((c) => c.type);
  let buffer = BOM + spec.columns.map((c) => csvField(c.header)).join(',') + '\r\n';
  if (spec.hxl) buffer += spec.columns.map((c) => csvField(c.hxl)).join(',') + '\r\n';
  let failed: Error | null = null;
  out.on('error', (e) => (failed = e));

  const flush = async () => {
    if (failed) throw failed;
    const chunk = buffer;
    buffer = '';
    if (!out.write(chunk)) await once(out, 'drain');
  };

  return {
    row(values) {
      let line = '';
      for (let i = 0; i < values.length; i++) {
        if (i > 0) line += ',';
        const v = values[i];
        const t = textOf(types[i], v);
        line += csvField(typeof v === 'number' || typeof v === 'boolean' ? t : neutraliseFormula(t));
      }
      buffer += line + '\r\n';
      if (buffer.length >= CHUNK_CHARS) return flush();
    },
    async finish() {
      await flush();
      out.end();
      await once(out, 'finish');
      if (failed) throw failed;
    },
    abort() {
      out.destroy();
    },
  };
}
