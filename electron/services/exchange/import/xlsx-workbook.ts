import type { Cell } from './read';
import { attribute, readWholeXml } from './xlsx-xml';
import { PartError } from './xlsx-zip';
import type { ZipPart } from './zip-check';

/*
 * What a workbook says about itself before any sheet is read: its sheets in the order the
 * spreadsheet shows them (xl/workbook.xml's <sheet name r:id>, each found as a part through
 * xl/_rels/workbook.xml.rels) and its shared strings (the part the relationships name, else
 * xl/sharedStrings.xml), held as one array of cell values as exceljs's cache holds them.
 */

export interface WorkbookSheet {
  name: string;
  /** The worksheet's part name in the zip, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
}

export interface Workbook {
  sheets: WorkbookSheet[];
  sharedStrings: ZipPart | null;
}

/** Part names in a zip are case-insensitive (OPC); this finds one whatever its case. */
export type PartIndex = Map<string, ZipPart>;
export const indexParts = (parts: ZipPart[]): PartIndex => new Map(parts.map((p) => [p.name.toLowerCase(), p]));
export const findPart = (index: PartIndex, name: string): ZipPart | undefined => index.get(name.toLowerCase());

/** A relationship's target as a part name: relative to xl/ (the workbook's folder), or absolute from the zip's root. */
export function resolveTarget(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const step of path.split('/')) {
    if (step === '..') out.pop();
    else if (step !== '.' && step !== '') out.push(step);
  }
  return out.join('/');
}

interface Relationship {
  type: string;
  target: string;
}

async function relationships(path: string, index: PartIndex): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const part = findPart(index, 'xl/_rels/workbook.xml.rels');
  if (!part) return rels;
  await readWholeXml(path, part, {
    open(name, attrs) {
      if (name !== 'Relationship' || attrs.TargetMode === 'External') return;
      if (attrs.Id && attrs.Target) rels.set(attrs.Id, { type: attrs.Type ?? '', target: resolveTarget(attrs.Target) });
    },
    close() {},
    text() {},
  });
  return rels;
}

export async function readWorkbook(path: string, index: PartIndex): Promise<Workbook> {
  const rels = await relationships(path, index);
  const sheets: WorkbookSheet[] = [];
  await readWholeXml(path, findPart(index, 'xl/workbook.xml')!, {
    open(name, attrs) {
      if (name !== 'sheet') return;
      const rel = rels.get(attribute(attrs, 'id') ?? '');
      // Chart sheets and macro sheets are listed too; like exceljs, only worksheets are sheets to import.
      if (rel && rel.type.endsWith('/worksheet')) sheets.push({ name: attrs.name ?? '', part: rel.target });
    },
    close() {},
    text() {},
  });
  let strings: string | undefined;
  for (const rel of rels.values()) if (rel.type.endsWith('/sharedStrings')) strings = rel.target;
  return { sheets, sharedStrings: findPart(index, strings ?? 'xl/sharedStrings.xml') ?? null };
}

/** A shared string as the cell it makes; undefined for a plain one with no text at all, which exceljs treats as no value. */
export type SharedString = Cell | undefined;

/**
 * Every shared string as the cell it makes (trimmed, blank → null): a plain `<si><t>` or the rich
 * runs `<si><r><t>` joined; phonetic guides (`<rPh>`, the reading of Japanese text) left out.
 */
export async function readSharedStrings(path: string, part: ZipPart): Promise<SharedString[]> {
  const strings: SharedString[] = [];
  let text = '';
  let inText = false;
  let runs = false;
  let phonetic = 0;
  await readWholeXml(path, part, {
    open(name) {
      if (name === 't') inText = phonetic === 0;
      else if (name === 'si') [text, runs] = ['', false];
      else if (name === 'r') runs = true;
      else if (name === 'rPh') phonetic++;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        const trimmed = text.trim();
        strings.push(trimmed !== '' ? trimmed : text === '' && !runs ? undefined : null);
      }
    },
    text(t) {
      if (inText) text += t;
    },
  });
  return strings;
}

/** A sheet's part; a workbook naming a part its zip does not hold is damaged. */
export function sheetPart(index: PartIndex, sheet: WorkbookSheet): ZipPart {
  const part = findPart(index, sheet.part);
  if (!part) throw new PartError(`${sheet.part} (sheet "${sheet.name}"): not in the zip`);
  return part;
}
