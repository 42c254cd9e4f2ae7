import type { Core } from '../core/create';
import type { Language } from '../../api/i18n/languages';
import { DEMO_ADMIN_PIN, DEMO_HOME_ORGANISATION, DEMO_OPERATOR } from './identity';

/**
 * The `--demo` start flag of both shells: a fresh database is set up as the demo installation
 * and filled; an existing one gets the scenario loaded (the service decides what that means
 * for data already there).
 */
export async function loadDemoAtStart(core: Core, language?: Language): Promise<void> {
  const status = await core.call('system.status', {});
  if (!status.setupDone) {
    await core.call('system.setup', {
      operator: DEMO_OPERATOR,
      pin: DEMO_ADMIN_PIN,
      organisation: DEMO_HOME_ORGANISATION,
      demo: true,
      ...(language ? { language } : {}),
    });
  } else {
    // `--lang` on a file already set up: the demo's free text in that language (the installation's otherwise).
    if (language) await core.call('system.setLanguage', { language });
    await core.call('system.loadDemo', {});
  }
}
