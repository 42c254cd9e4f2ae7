import { xmlAttr, xmlText, type DataStyles } from './cells';
import { titleLines, type SheetMeta } from './meta';

/*
 * The fixed parts of the XLSX Corridor writes (SpreadsheetML, ECMA-376): the package's content
 * types and relationships, the workbook, and the parts written after the sheet because they
 * carry the sharing label, known once every row is written: the title block's text (shared
 * strings), the label line's TLP colour (styles) and the document properties.
 */

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const CONTENT_TYPES =
  XML +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

export const ROOT_RELS =
  XML +
  `<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>';

export const WORKBOOK_RELS =
  XML +
  `<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
  '</Relationships>';

export const APP_PROPS =
  XML +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Corridor</Application></Properties>';

/** The workbook: one sheet, and the header row's filter range. */
export function workbookXml(sheetName: string, filterRange: string): string {
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  return (
    XML +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews>` +
    `<sheets><sheet name="${xmlAttr(sheetName)}" sheetId="1" r:id="rId1"/></sheets>` +
    `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${xmlText(`${quoted}!${filterRange}`)}</definedName></definedNames>` +
    '</workbook>'
  );
}

/** Style ids (cellXfs order below). */
export const STYLE = { text: 1, title: 2, label: 3, header: 4, hxl: 5 } as const;
export const DATA_STYLES: DataStyles = { date: 6, datetime: 7, integer: 8, decimal: 9 };

/** TLP 2.0 colours (text on black) for the label line of the title block. */
const TLP_COLOUR: Record<SheetMeta['label'], string> = {
  CLEAR: 'FFFFFFFF',
  GREEN: 'FF33FF00',
  AMBER: 'FFFFC000',
  'AMBER+STRICT': 'FFFFC000',
  RED: 'FFFF2B2B',
};

/** Fonts, fills, borders and the cell formats the sheet names by id: the label line in its TLP colour on black. */
export function stylesXml(label: SheetMeta['label']): string {
  const font = (extra: string) => `<font>${extra}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
  const xf = (numFmt: number, fontId: number, fillId = 0, borderId = 0) =>
    `<xf numFmtId="${numFmt}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
    `${numFmt ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}/>`;
  return (
    XML +
    `<styleSheet xmlns="${MAIN}">` +
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/>' +
    '<numFmt numFmtId="166" formatCode="#,##0.######"/></numFmts>' +
    '<fonts count="5">' +
    font('') +
    font('<b/>') +
    '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>' +
    font(`<b/><color rgb="${TLP_COLOUR[label]}"/>`) +
    font('<i/><color rgb="FF555555"/>') +
    '</fonts>' +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FF000000"/><bgColor indexed="64"/></patternFill></fill></fills>' +
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
    '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="10">' +
    xf(0, 0) +
    xf(49, 0) +
    xf(49, 2) +
    xf(49, 3, 2) +
    xf(49, 1, 0, 1) +
    xf(49, 4) +
    xf(164, 0) +
    xf(165, 0) +
    xf(3, 0) +
    xf(166, 0) +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

/** The title block's lines, in the sheet's first rows as shared strings 0–3 (this part is written after the sheet). */
export function sharedStringsXml(meta: SheetMeta): string {
  const lines = titleLines(meta);
  const items = lines.map((l) => `<si><t xml:space="preserve">${xmlText(l)}</t></si>`).join('');
  return XML + `<sst xmlns="${MAIN}" count="${lines.length}" uniqueCount="${lines.length}">${items}</sst>`;
}

/** Document properties: the label in subject, keywords and category; the title block's lines in the description. */
export function corePropsXml(meta: SheetMeta): string {
  const when = new Date(meta.exportedAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const tlp = `TLP:${meta.label}`;
  return (
    XML +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(`${meta.title} (${tlp})`)}</dc:title>` +
    `<dc:subject>${tlp}</dc:subject>` +
    `<dc:creator>${xmlText(`Corridor — ${meta.operator}`)}</dc:creator>` +
    `<cp:keywords>${tlp}</cp:keywords>` +
    `<dc:description>${xmlText(titleLines(meta).slice(1).join('\n'))}</dc:description>` +
    `<cp:lastModifiedBy>${xmlText(meta.operator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    `<cp:category>${tlp}</cp:category>` +
    '</cp:coreProperties>'
  );
}
