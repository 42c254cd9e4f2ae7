import { Suspense } from 'react';
import type { SystemStatus } from '../../../electron/api/system';
import { CoreNoticeBanner, JobTray } from './JobTray';
import { OperatorSwitch } from './OperatorSwitch';
import { DEFAULT_ROUTE, ROUTES } from './routes';
import { useHashRoute } from './useHashRoute';

/** The window frame: top bar (home organisation, operator), left navigation, the current page. */
export function Shell({ status }: { status: SystemStatus }) {
  const [path] = useHashRoute(DEFAULT_ROUTE);
  const route = ROUTES.find((r) => r.path === path);
  const Page = route?.page;
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Corridor</span>
        {status.homeOrganisation && (
          <span className="home-org" title="This installation belongs to">
            {status.homeOrganisation.shortName} <span className="muted">· {status.homeOrganisation.name}</span>
          </span>
        )}
        {status.copiedDatabase && (
          <a className="topbar-warning" href="#/database">
            Copied database — see Database
          </a>
        )}
        <OperatorSwitch operator={status.operator} />
      </header>
      <nav className="sidenav" aria-label="Main">
        {ROUTES.map((r) => (
          <a key={r.path} href={`#/${r.path}`} aria-current={r.path === path ? 'page' : undefined}>
            {r.label}
          </a>
        ))}
        <div className="sidenav-foot">v{status.appVersion}</div>
      </nav>
      <main className="page" data-page={route?.path ?? 'unknown'}>
        <CoreNoticeBanner />
        {route && Page ? (
          <>
            <div className="page-head">
              <h1>{route.label}</h1>
              <p>{route.purpose}</p>
            </div>
            <Suspense fallback={<div className="page-loading">Opening {route.label}…</div>}>
              <Page />
            </Suspense>
          </>
        ) : (
          <div className="error-panel" role="alert">
            <strong>There is no page “{path}”.</strong>
            <p className="fix">
              Choose a page on the left, or go to <a href={`#/${DEFAULT_ROUTE}`}>Organisations</a>.
            </p>
          </div>
        )}
      </main>
      <JobTray />
    </div>
  );
}
