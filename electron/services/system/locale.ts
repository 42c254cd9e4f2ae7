import { LOCALE_DEFAULTS, localePreferencesInput, type LocalePreferences } from '../../api/locale';
import type { ServiceContext } from '../core/context';
import type { AreaHandlers } from '../core/handlers';
import { getSetting, setSetting } from './settings';

/** The stored preferences over the defaults; a value another version wrote that is not known is ignored. */
export function localePreferences(ctx: ServiceContext): LocalePreferences {
  const text = getSetting(ctx.db, 'locale');
  if (!text) return { ...LOCALE_DEFAULTS };
  try {
    const parsed = localePreferencesInput.safeParse(JSON.parse(text));
    return { ...LOCALE_DEFAULTS, ...(parsed.success ? parsed.data : {}) };
  } catch {
    return { ...LOCALE_DEFAULTS };
  }
}

export const localeHandlers: AreaHandlers<'locale.get' | 'locale.save'> = {
  'locale.get': (ctx) => localePreferences(ctx),
  'locale.save': (ctx, input) => {
    // A preference, not a record: no audit entry; other windows follow through the `changed` event.
    const before = localePreferences(ctx);
    const next = { ...before, ...input };
    // Nothing different (an empty call, the same choice again): nothing written.
    if (JSON.stringify(next) === JSON.stringify(before)) return before;
    setSetting(ctx.db, 'locale', JSON.stringify(next));
    ctx.changes.mark('settings');
    return next;
  },
};
