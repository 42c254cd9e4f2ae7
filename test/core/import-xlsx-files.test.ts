import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAIN, REL, workbookParts, writeZip, type HandPart } from '../helpers/xlsx-hand';
import { readSheet, refusal } from '../helpers/xlsx-read';

/*
 * The import's XLSX reader on workbooks written by hand, part by part: what other producers write
 * and exceljs's writers never do, and damaged files. Each read is in process (no job thread).
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-xlsx-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (parts: HandPart[]) => {
  const f = path.join(dir, `hand${n++}.xlsx`);
  writeZip(f, parts);
  return f;
};

describe('import: XLSX written by other producers', () => {
  it('reads every cell type, sparse cells, rows and cells without references, entities and CDATA', async () => {
    const strings = [
      '<t>  Rice, 25 kg  </t>',
      '<r><t>Tarp</t></r><r><rPr><b/></rPr><t xml:space="preserve">aulin </t></r><r><t>4×6</t></r>',
      '<t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/>',
      '<t>   </t>',
    ];
    const data = [
      // Row 2: shared strings (plain, rich runs, a phonetic guide left out), a number, sparse cells.
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c><c r="F2"><v>1.5E3</v></c></row>',
      // Row 3: blank text and a formula without a cached result: empty, so not handed on.
      '<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3"><f>A1</f></c><c r="C3" t="inlineStr"><is><t> </t></is></c></row>',
      // Row 5: inline strings (rich runs, CDATA, an entity that spells an entity), a string formula, an ISO date.
      '<row r="5"><c r="A5" t="inlineStr"><is><r><t>Hello </t></r><r><rPr><i/></rPr><t>world</t></r></is></c>' +
        '<c r="B5" t="inlineStr"><is><t><![CDATA[a < b & c]]></t></is></c><c r="C5" t="str"><v>&amp;lt;tag&amp;gt; ملح</v></c>' +
        '<c r="D5" t="str"><f>UPPER(A5)</f><v>HELLO WORLD</v></c><c r="E5" t="d"><v>2024-03-05T00:00:00Z</v></c></row>',
      // Row 6: booleans, errors, and a formula's boolean and error results.
      '<row r="6"><c r="A6" t="b"><v>1</v></c><c r="B6" t="b"><v>0</v></c><c r="C6" t="e"><v>#N/A</v></c>' +
        '<c r="D6" t="b"><f>A6</f><v>1</v></c><c r="E6" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F6"><f>0*1</f><v>0</v></c></row>',
      // No row number: the next one (7); no cell references: the next column.
      '<row><c><v>1</v></c><c t="inlineStr"><is><t>two</t></is></c><c r="E7"><v>5</v></c><c><v>6</v></c></row>',
    ].join('');
    const f = file(workbookParts([{ name: 'Stock &amp; lots', data }], strings));
    const got = await readSheet(f, 0);
    expect(got.sheets).toEqual(['Stock & lots']);
    expect(got.rows).toEqual([
      { n: 2, cells: ['Rice, 25 kg', null, 'Tarpaulin 4×6', '漢字', null, 1500] },
      { n: 5, cells: ['Hello world', 'a < b & c', '&lt;tag&gt; ملح', 'HELLO WORLD', '2024-03-05'] },
      { n: 6, cells: ['yes', 'no', '#N/A', 'yes', '#DIV/0!', 0] },
      { n: 7, cells: [1, 'two', null, null, 5, 6] },
    ]);
  });

  it('reads prefixed namespaces, absolute targets, sheets in the workbook’s order, no chart sheets, strings from the relationships', async () => {
    const sheet = (rows: string) => `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${rows}</x:sheetData></x:worksheet>`;
    const f = file([
      {
        name: 'xl/workbook.xml',
        text:
          `<x:workbook xmlns:x="${MAIN}" xmlns:ns2="${REL}"><x:sheets><x:sheet name="First" sheetId="1" ns2:id="rId2"/>` +
          `<x:sheet name="Chart" sheetId="3" ns2:id="rId3"/><x:sheet name="Second" sheetId="2" ns2:id="rId1"/></x:sheets></x:workbook>`,
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        text:
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/a.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/worksheet" Target="./worksheets/../data/b.xml"/>` +
          `<Relationship Id="rId3" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>` +
          `<Relationship Id="rId4" Type="${REL}/sharedStrings" Target="/xl/strings.xml"/></Relationships>`,
      },
      { name: 'xl/worksheets/a.xml', text: sheet('<x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c></x:row>') },
      {
        name: 'xl/data/b.xml',
        text: sheet('<x:row r="3"><x:c r="B3" t="s"><x:v>0</x:v></x:c><x:c r="C3" t="n"><x:v>-2.5</x:v></x:c></x:row>'),
      },
      { name: 'xl/chartsheets/sheet1.xml', text: '<chartsheet/>' },
      { name: 'xl/strings.xml', text: `<x:sst xmlns:x="${MAIN}"><x:si><x:t>first</x:t></x:si><x:si><x:t>second</x:t></x:si></x:sst>` },
    ]);
    expect(await readSheet(f, 0)).toMatchObject({ sheets: ['First', 'Second'], rows: [{ n: 3, cells: [null, 'first', -2.5] }] });
    expect((await readSheet(f, 1)).rows).toEqual([{ n: 1, cells: ['second'] }]);
  });

  it('reads a workbook without shared strings, its parts stored uncompressed', async () => {
    const parts = workbookParts([
      { name: 'Plain', data: '<row r="1"><c r="A1" t="inlineStr"><is><t>only inline</t></is></c><c r="B1"><v>42</v></c></row>' },
    ]);
    const f = file(parts.map((p) => ({ ...p, stored: true })));
    expect((await readSheet(f, 0)).rows).toEqual([{ n: 1, cells: ['only inline', 42] }]);
  });

  it('reads an empty shared-strings part as no strings (as exceljs did), not as damaged XML', async () => {
    const parts = workbookParts([{ name: 'One', data: '<row r="1"><c r="A1"><v>7</v></c></row>' }], []).map((p) =>
      p.name === 'xl/sharedStrings.xml' ? { ...p, text: '' } : p,
    );
    expect((await readSheet(file(parts), 0)).rows).toEqual([{ n: 1, cells: [7] }]);
  });

  it('refuses a cell past column XFD, naming it, before padding its row with blanks up to it', async () => {
    const at = (ref: string) => workbookParts([{ name: 'One', data: `<row r="1"><c r="A1"><v>1</v></c><c r="${ref}"><v>2</v></c></row>` }]);
    // XFD is the last column a sheet has: read.
    expect((await readSheet(file(at('XFD1')), 0)).rows[0].cells.length).toBe(16_384);
    for (const ref of ['XFE1', 'AAAAAA1', 'ZZZZZZZZZZZZ1']) {
      expect(await refusal(file(at(ref)))).toBe(
        `hand${n - 1}.xlsx is damaged: cell ${ref} in row 1 lies past column XFD, the last a spreadsheet has; open it in Excel or LibreOffice and save it again`,
      );
    }
    // Without references, cells follow one another: the 16,385th of a row is past XFD too.
    const unreferenced = workbookParts([{ name: 'One', data: `<row r="3">${'<c><v>1</v></c>'.repeat(16_385)}</row>` }]);
    expect(await refusal(file(unreferenced))).toMatch(/is damaged: cell #16385 in row 3 lies past column XFD/);
  });

  it('hands rows on in batches of 1,000, asking whether the job was cancelled before each, and lets a cancellation through as itself', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const f = file(workbookParts([{ name: 'Long', data: rows }]));
    let asked = 0;
    const got = await readSheet(f, 0, () => asked++);
    expect(got.batches).toEqual([1000, 1000, 500]);
    expect(got.rows[2499]).toEqual({ n: 2500, cells: [2499] });
    expect(asked).toBe(2);
    const cancelled = Object.assign(new Error('Cancelled'), { name: 'JobCancelled' });
    await expect(
      readSheet(f, 0, () => {
        if (asked++ > 2) throw cancelled;
      }),
    ).rejects.toBe(cancelled);
  });

  it('refuses damaged XML with the parser’s detail, a sheet that is not there, a missing part and a part larger than declared', async () => {
    const good = workbookParts([{ name: 'One', data: '<row r="1"><c r="A1"><v>1</v></c></row>' }]);
    const damaged = workbookParts([{ name: 'One', data: '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</c></row>' }]);
    expect(await refusal(file(damaged))).toMatch(
      /^hand\d+\.xlsx could not be read as an Excel workbook \(xl\/worksheets\/sheet1\.xml:1:\d+: unexpected close tag\.?\); open it in Excel or LibreOffice and save it again$/,
    );
    expect(await refusal(file(good), 2)).toMatch(/^hand\d+\.xlsx has 1 sheet \(One\); there is no sheet 3$/);
    expect(await refusal(file(good.filter((p) => !p.name.startsWith('xl/worksheets/'))))).toMatch(
      /could not be read as an Excel workbook \(xl\/worksheets\/sheet1\.xml \(sheet "One"\): not in the zip\)/,
    );
    const big = `<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(200_000)}</t></is></c></row>`;
    const lying = workbookParts([{ name: 'One', data: big }]).map((p) =>
      p.name.startsWith('xl/worksheets/') ? { ...p, declare: 1000 } : p,
    );
    expect(await refusal(file(lying))).toMatch(
      /^hand\d+\.xlsx is damaged or a zip bomb: xl\/worksheets\/sheet1\.xml unpacks to more than the 1,000 bytes its zip entry declares; nothing was read$/,
    );
    const truncated = good.map((p) => (p.name.startsWith('xl/worksheets/') ? { ...p, text: p.text.slice(0, -30) } : p));
    expect(await refusal(file(truncated))).toMatch(
      /could not be read as an Excel workbook \(xl\/worksheets\/sheet1\.xml:1:\d+: unclosed tag/,
    );
  });
});
