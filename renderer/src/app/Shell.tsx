import { Suspense, useEffect } from 'react';
import type { SystemStatus } from '../../../electron/api/system';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { useT } from '../i18n';
import { CoreNoticeBanner, JobTray } from './JobTray';
import { OperatorSwitch } from './OperatorSwitch';
import { IdleLock } from './IdleLock';
import { IncomingBadge } from './IncomingBadge';
import { DEFAULT_ROUTE, ROUTES } from './routes';
import { useHashRoute } from './useHashRoute';

/** The window frame: top bar (home organisation, operator), left navigation, the current page. */
export function Shell({ status }: { status: SystemStatus }) {
  const t = useT();
  const [path] = useHashRoute(DEFAULT_ROUTE);
  const route = ROUTES.find((r) => r.path === path);
  const Page = route?.page;
  useEffect(() => route?.prefetch?.(new URLSearchParams(window.location.hash.split('?')[1] ?? '')), [route]);
  return (
    <div className="shell">
      <IdleLock status={status} />
      <header className="topbar">
        <span className="brand">Corridor</span>
        {status.homeOrganisation && (
          <span className="home-org" title={t('shell.homeOrgTitle')}>
            {status.homeOrganisation.shortName} <span className="muted">· {status.homeOrganisation.name}</span>
          </span>
        )}
        {status.copiedDatabase && (
          <a className="topbar-warning" href="#/database">
            {t('shell.copiedDatabase')}
          </a>
        )}
        <OperatorSwitch operator={status.operator} />
        <LanguagePicker />
      </header>
      <nav className="sidenav" aria-label={t('shell.mainNav')}>
        {ROUTES.map((r) => (
          <a key={r.path} href={`#/${r.path}`} aria-current={r.path === path ? 'page' : undefined}>
            {t(r.label)}
            {r.path === 'stock-incoming' && <IncomingBadge />}
          </a>
        ))}
        <div className="sidenav-foot">v{status.appVersion}</div>
      </nav>
      <main className="page" data-page={route?.path ?? 'unknown'}>
        <CoreNoticeBanner />
        {route && Page ? (
          <>
            <div className="page-head">
              <h1>{t(route.label)}</h1>
              <p>{t(route.purpose)}</p>
            </div>
            <Suspense fallback={<div className="page-loading">{t('shell.openingPage', { page: t(route.label) })}</div>}>
              <Page />
            </Suspense>
          </>
        ) : (
          <div className="error-panel" role="alert">
            <strong>{t('shell.noSuchPage', { path })}</strong>
            <p className="fix">
              {t('shell.noSuchPageFix')} <a href={`#/${DEFAULT_ROUTE}`}>{t(ROUTES[0].label)}</a>
            </p>
          </div>
        )}
      </main>
      <JobTray />
    </div>
  );
}
