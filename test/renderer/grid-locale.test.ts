import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gridLocaleText } from '../../renderer/src/grid/locale-text';
import { getLocale, setLocale } from '../../renderer/src/locale/current';

/* AG Grid's own texts in the reader's language (issue 9), and every grid asking for them. */

const SRC = path.resolve(__dirname, '..', '..', 'renderer', 'src');
const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx$/.test(e.name) ? [p] : [];
  });

const english = getLocale();
afterEach(() => setLocale(english));
const say = (key: string, defaultValue: string, variableValues?: string[]) =>
  gridLocaleText({ key, defaultValue, variableValues } as Parameters<typeof gridLocaleText>[0]);

describe('AG Grid’s own texts', () => {
  it('come in French and Arabic, with AG Grid’s values put in', () => {
    expect([say('loadingOoo', 'Loading...'), say('noRowsToShow', 'No Rows To Show')]).toEqual(['Loading...', 'No Rows To Show']);
    setLocale({ ...english, language: 'fr' });
    expect(say('loadingOoo', 'Loading...')).toBe('Chargement...');
    expect(say('noRowsToShow', 'No Rows To Show')).not.toMatch(/Rows/);
    expect(say('filterOoo', 'Filter...')).not.toMatch(/Filter/);
    setLocale({ ...english, language: 'ar' });
    expect(say('loadingOoo', 'Loading...')).toMatch(/^[\u0600-\u06ff .]+$/);
    // A key AG Grid adds later than the published texts falls back to its own words.
    expect(say('noSuchKeyYet', 'As AG Grid says')).toBe('As AG Grid says');
  });

  it('every grid of the renderer asks for them', () => {
    const without = sources(SRC).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/<AgGridReact\b[\s\S]*?\n\s*\/?>/g)]
        .filter((m) => !m[0].includes('getLocaleText={gridLocaleText}'))
        .map(() => path.relative(SRC, file)),
    );
    expect(without).toEqual([]);
  });
});
