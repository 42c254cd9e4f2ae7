import { AG_GRID_LOCALE_EG, AG_GRID_LOCALE_EN, AG_GRID_LOCALE_FR } from '@ag-grid-community/locale';
import type { GetLocaleTextParams } from 'ag-grid-community';
import type { Language } from '../../../electron/api/i18n';
import { getLocale } from '../locale/current';

/*
 * AG Grid's own texts (the loading and "no rows" overlays, filter and column menus, pagination,
 * aria labels) in the reader's language (issue 9), from AG Grid's published translations
 * (@ag-grid-community/locale, the same version as the grid): French, and Arabic (Egypt).
 * Every grid passes `getLocaleText={gridLocaleText}`: AG Grid reads the callback once, but the
 * callback reads the language each time a text is drawn, so a grid drawn after a language
 * change speaks the new one (test/renderer/grid-locale.test.ts checks every grid passes it).
 */
const TEXTS: Record<Language, Record<string, string>> = { en: AG_GRID_LOCALE_EN, fr: AG_GRID_LOCALE_FR, ar: AG_GRID_LOCALE_EG };

export const gridLocaleText = ({ key, defaultValue, variableValues = [] }: GetLocaleTextParams): string => {
  const text = TEXTS[getLocale().language]?.[key];
  if (text === undefined) return defaultValue;
  // Published texts hold ${variable} where AG Grid passes values ("${variable} to ${variable} of ${variable}").
  return variableValues.reduce((s, v) => s.replace('${variable}', v), text);
};
