import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { exportThroughJob } from '../helpers/exports';
import { inDays, stockWorld, type StockWorld } from './stock-fixture';

/**
 * An XLSX export read by another program than the library that wrote it: LibreOffice (Debian's
 * `libreoffice-calc`, which .ci/run installs when missing) converts it to CSV, and every value
 * under the header is the one the app's own CSV export of the same rows holds. One conversion, so
 * the test stays cheap. LibreOffice writes cells as shown, so numbers may carry thousands
 * separators ("1,250"): both sides are compared as numbers where they are numbers.
 */
let w: StockWorld;
afterEach(async () => {
  await w?.t.core.jobs.idle();
  w?.t.cleanup();
});

const parse = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.map((r) =>
    r.map((c) => (/^-?[\d,]+(\.\d+)?$/.test(c) ? String(Number(c.replace(/,/g, ''))) : c)),
  );

describe('export read back by LibreOffice', () => {
  it(
    'an XLSX export converted to CSV by libreoffice --headless gives the same values as the CSV export',
    { timeout: 300_000 },
    async () => {
      w = await stockWorld();
      // Text that tests the conversion: a comma, quotes, accents and Arabic; numbers above a thousand and decimals; dates.
      await w.call('items.save', {
        rows: [
          {
            ...(await w.call('items.list', {})).find((i) => i.code === 'TENT-F')!,
            name: 'Tente "familiale", été — خيمة عائلية',
            unitWeightKg: 12.75,
          },
        ],
      });
      await w.receive(w.site.fob, [
        { itemId: w.item.rice, lotNumber: 'L-1', expiryDate: inDays(400), ownerOrgId: w.org.wfp, quantity: 1250 },
        { itemId: w.item.tent, ownerOrgId: w.org.unicef, quantity: 7 },
      ]);
      await w.receive(w.site.wh, [{ itemId: w.item.rice, lotNumber: 'L-2', expiryDate: inDays(90), ownerOrgId: w.org.wfp, quantity: 40 }]);

      const xlsx = await exportThroughJob(w.t, { source: 'onHand', format: 'xlsx' });
      const csv = await exportThroughJob(w.t, { source: 'onHand', format: 'csv' });
      const expected = parse(csv.bytes.toString('utf8'));
      expect(expected.length).toBe(4);

      const out = path.join(w.t.dir, 'libreoffice');
      // A profile of its own (parallel runs never share one); 44,34,76 = comma, double quote, UTF-8.
      execFileSync(
        'libreoffice',
        [
          `-env:UserInstallation=file://${path.join(w.t.dir, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          out,
          xlsx.file,
        ],
        { stdio: 'pipe', timeout: 240_000 },
      );
      const converted = path.join(out, `${path.basename(xlsx.file, '.xlsx')}.csv`);
      const rows = parse(fs.readFileSync(converted, 'utf8'));
      // Above the header: the title block (title, sharing label, …); from the header down, the same cells.
      const header = rows.findIndex((r) => r[0] === expected[0][0] && r.length >= expected[0].length);
      expect(header).toBeGreaterThan(0);
      expect(rows.slice(0, header).some((r) => r.join(' ').includes('TLP:'))).toBe(true);
      expect(rows.slice(header).map((r) => r.slice(0, expected[0].length))).toEqual(expected);
      expect(rows.slice(header).flat()).toContain('Tente "familiale", été — خيمة عائلية');
    },
  );
});
