import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { partText } from './xlsx-zip';
import type { ZipPart } from './zip-check';

/*
 * SAX over one part of a workbook (saxes, the parser exceljs itself uses), element names without
 * their namespace prefix: some producers write `<x:c>` where Excel writes `<c>`. Entities, CDATA and
 * character references are decoded by saxes; text outside the elements a reader asks for is
 * ignored by that reader. The first malformed byte stops the read with saxes's message, which names
 * the part, line and column.
 */

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  /** Character data, in as many pieces as saxes gives it (text and CDATA alike). */
  text(text: string): void;
}

/** `x:c` → `c`. */
export const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** The value of the attribute `local` whatever its prefix (`r:id`, `ns2:id`), or undefined. */
export function attribute(attributes: Record<string, string>, local: string): string | undefined {
  if (local in attributes) return attributes[local];
  for (const key in attributes) if (localName(key) === local) return attributes[key];
  return undefined;
}

/** Reads the part through `handlers`, pausing after each inflated piece (so a caller can hand on what it has). */
export async function* readXml(path: string, part: ZipPart, handlers: XmlHandlers): AsyncGenerator<void> {
  const parser = new SaxesParser<{ xmlns: false; fileName: string }>({ xmlns: false, fileName: part.name });
  parser.on('opentag', (tag: SaxesTagPlain) => handlers.open(localName(tag.name), tag.attributes));
  parser.on('closetag', (tag: SaxesTagPlain) => handlers.close(localName(tag.name)));
  parser.on('text', handlers.text);
  parser.on('cdata', handlers.text);
  let wrote = false;
  for await (const text of partText(path, part)) {
    wrote = true;
    parser.write(text);
    yield;
  }
  // An empty part (a 0-byte sharedStrings.xml, which exceljs reads as no strings) holds nothing to
  // close: saxes would refuse it for having no root element.
  if (wrote) parser.close();
}

/** Reads a small part to its end (the workbook, its relationships, the shared strings). */
export async function readWholeXml(path: string, part: ZipPart, handlers: XmlHandlers): Promise<void> {
  for await (const _ of readXml(path, part, handlers));
}
