import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGUAGES, translator, type MessageKey } from '../../electron/api/i18n';
import { en } from '../../electron/api/i18n/en';

/*
 * The catalogues' own check (issue 9): every language has exactly English's keys, every message
 * is valid ICU with the same placeholders as English, and every key is used somewhere in the code.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const CATALOGUE_DIR = path.join(ROOT, 'electron', 'api', 'i18n');
const keys = Object.keys(en) as MessageKey[];
/**
 * The catalogues themselves: `<language>.ts` and the per-area parts they spread in
 * (`areas/<area>.<language>.ts`). Every other file counts as a use, the key maps beside them included.
 */
const AREA_DIR = path.join(CATALOGUE_DIR, 'areas');
const isCatalogue = (file: string) =>
  LANGUAGES.some((l) => file === path.join(CATALOGUE_DIR, `${l}.ts`) || (path.dirname(file) === AREA_DIR && file.endsWith(`.${l}.ts`)));

/** Placeholder names of an ICU message, with their kind (`count:plural`, `site:argument`). */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument) into.add(`${el.value}:argument`);
    else if (el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) into.add(`${el.value}:${TYPE[el.type]}`);
    else if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(`${el.value}:${TYPE[el.type]}`);
      for (const option of Object.values(el.options)) placeholders(option.value, into);
    } else if (el.type === TYPE.tag) {
      into.add(`<${el.value}>`);
      placeholders(el.children, into);
    }
  }
  return into;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.(ts|tsx)$/.test(entry.name) && !isCatalogue(full)) out.push(full);
  }
  return out;
}

describe('message catalogues', () => {
  it.each(LANGUAGES)('%s has every English key and no other', (language) => {
    const have = Object.keys(CATALOGUES[language]);
    expect(
      keys.filter((k) => !have.includes(k)),
      'missing',
    ).toEqual([]);
    expect(
      have.filter((k) => !(k in en)),
      'not in English (unused)',
    ).toEqual([]);
    expect(
      have.filter((k) => CATALOGUES[language][k as MessageKey].trim() === ''),
      'empty',
    ).toEqual([]);
  });

  it.each(LANGUAGES)('%s: every message is valid ICU with the same placeholders as English', (language) => {
    const differing: string[] = [];
    for (const key of keys) {
      const mine = [...placeholders(parse(CATALOGUES[language][key]))].sort();
      const english = [...placeholders(parse(en[key]))].sort();
      if (mine.join() !== english.join()) differing.push(`${key}: ${language} {${mine.join(', ')}} vs en {${english.join(', ')}}`);
    }
    expect(differing).toEqual([]);
  });

  it('every key is used in the code (electron/, renderer/, db/)', () => {
    const code = ['electron', 'renderer/src', 'db']
      .flatMap((d) => sourceFiles(path.join(ROOT, d)))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const unused = keys.filter((k) => !code.includes(`'${k}'`) && !code.includes(`"${k}"`));
    expect(unused).toEqual([]);
  });

  it('renders placeholders and plurals in each language', () => {
    expect(translator('en')('shell.noSuchPage', { path: 'x' })).toBe('There is no page “x”.');
    expect(translator('fr')('shell.noSuchPage', { path: 'x' })).toBe('Il n’y a pas de page « x ».');
    expect(translator('ar')('shell.noSuchPage', { path: 'x' })).toBe('لا توجد صفحة «x».');
  });
});
