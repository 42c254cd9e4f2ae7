import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createZip } from '../../electron/services/exchange/writers/zip';

/*
 * The streamed XLSX writer's zip when the file cannot be written (a folder gone, a disk full): the
 * error reaches whoever writes the entry, never as an exception thrown inside a stream event (which
 * ends the job's thread and leaves the partner's data in a .part file). Vitest fails a run on an
 * unhandled error or rejection, so this fails if one escapes.
 */
describe('streamed zip, file not writable', () => {
  it('throws the file error from the entry being written, nothing left unhandled', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-zip-'));
    const zip = createZip(path.join(dir, 'gone', 'export.xlsx.part'));
    const sheet = zip.open('xl/worksheets/sheet1.xml');
    const row = `<row>${'<c t="inlineStr"><is><t>Partner item, random enough not to shrink: '.repeat(4)}</t></is></c></row>`;
    const writing = (async () => {
      for (let i = 0; i < 20_000; i++) await sheet.write(`${row}${i}${Math.random()}`);
      await sheet.end();
      await zip.close();
    })();
    await expect(writing).rejects.toThrow(/ENOENT/);
    zip.abort();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
