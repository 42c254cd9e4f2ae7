import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_SESSION } from '../../electron/services/core/context';
import { openTestCore, signInAs, TEST_PIN, type TestCore } from '../helpers/core';

let t: TestCore;
afterEach(() => t?.cleanup());

describe('the language, per operator and remembered', () => {
  it('is chosen before setup, kept by setup and reported by the status', async () => {
    t = await openTestCore({ setup: false });
    expect((await t.core.call('system.status', {})).language).toBe('en');
    expect((await t.core.call('system.setLanguage', { language: 'fr' })).language).toBe('fr');
    await t.core.call('system.setup', {
      operator: 'Adj. Diallo',
      pin: TEST_PIN,
      organisation: { name: 'Bataillon logistique', shortName: 'BL', kind: 'military', country: '' },
      language: 'fr',
    });
    expect((await t.core.call('system.status', {})).language).toBe('fr');
  });

  it('follows the operator at the keyboard; a new operator carries on in the language on screen', async () => {
    t = await openTestCore();
    // A second window stays signed in as the administrator (it can look up accounts for the sign-ins below).
    await signInAs(t.core, 'Capt. Test', 'administrator', 'admin-tab');
    await t.core.call('system.setLanguage', { language: 'ar' });
    await signInAs(t.core, 'Mme Kaboré', 'storekeeper');
    expect((await t.core.call('system.status', {})).language).toBe('ar'); // carried on
    await t.core.call('system.setLanguage', { language: 'fr' });
    await signInAs(t.core, 'Capt. Test', 'administrator', LOCAL_SESSION, 'admin-tab');
    expect((await t.core.call('system.status', {})).language).toBe('ar'); // Capt. Test's own
    await signInAs(t.core, 'Mme Kaboré', 'storekeeper');
    expect((await t.core.call('system.status', {})).language).toBe('fr'); // hers, remembered
  });

  it('refuses a language it has no catalogue for, writing nothing', async () => {
    t = await openTestCore();
    const r = await t.core.invoke('system.setLanguage', { language: 'de' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.[0]?.path).toEqual(['language']);
    expect((await t.core.call('system.status', {})).language).toBe('en');
  });
});
