import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../../../electron/api/i18n';
import { prefetchCoreQuery } from './queries';

export interface Route {
  /** URL hash segment: #/sites */
  path: string;
  /** Catalogue keys: the page's name, and one line under its title saying what it is for. */
  label: MessageKey;
  purpose: MessageKey;
  page: LazyExoticComponent<ComponentType>;
  /** Reads the page will make at once, asked for as the route is entered (with the hash's parameters) while its code still loads. */
  prefetch?: (params: URLSearchParams) => void;
}

/** The record grids' sharing-label column names its type default: read while the page's code loads. */
const sharingDefaults = () => prefetchCoreQuery('sharing.defaults', {});

/**
 * The navigation, in order (the first is the page the app opens on). A new area adds one entry
 * here and a page under features/<area>/.
 * Pages load on first visit so the window opens fast.
 */
export const ROUTES: Route[] = [
  {
    path: 'dashboard',
    label: 'route.dashboard',
    purpose: 'route.dashboard.purpose',
    page: lazy(() => import('../features/dashboard/DashboardPage')),
  },
  {
    path: 'organisations',
    label: 'route.organisations',
    purpose: 'route.organisations.purpose',
    page: lazy(() => import('../features/partners/OrganisationsPage')),
    prefetch: sharingDefaults,
  },
  {
    path: 'sites',
    label: 'route.sites',
    purpose: 'route.sites.purpose',
    page: lazy(() => import('../features/sites/SitesPage')),
    prefetch: sharingDefaults,
  },
  {
    path: 'items',
    label: 'route.items',
    purpose: 'route.items.purpose',
    page: lazy(() => import('../features/catalogue/ItemsPage')),
    prefetch: sharingDefaults,
  },
  {
    path: 'stock',
    label: 'route.stock',
    purpose: 'route.stock.purpose',
    page: lazy(() => import('../features/stock/OnHandPage')),
  },
  {
    path: 'stock-documents',
    label: 'route.documents',
    purpose: 'route.documents.purpose',
    page: lazy(() => import('../features/stock/DocumentsPage')),
  },
  {
    path: 'stock-incoming',
    label: 'route.incoming',
    purpose: 'route.incoming.purpose',
    page: lazy(() => import('../features/stock/IncomingPage')),
  },
  {
    path: 'stock-counts',
    label: 'route.counts',
    purpose: 'route.counts.purpose',
    page: lazy(() => import('../features/stock/CountsPage')),
  },
  {
    path: 'stock-alerts',
    label: 'route.alerts',
    purpose: 'route.alerts.purpose',
    page: lazy(() => import('../features/stock/AlertsPage')),
  },
  {
    path: 'requests',
    label: 'route.requests',
    purpose: 'route.requests.purpose',
    page: lazy(() => import('../features/requests/RequestsPage')),
  },
  {
    path: 'convoys',
    label: 'route.convoys',
    purpose: 'route.convoys.purpose',
    page: lazy(() => import('../features/convoys/ConvoysPage')),
    // A convoy's page (a 2,000-line manifest): its reads overlap the page's code loading.
    prefetch: (params) => {
      const id = params.get('id');
      if (!id) return;
      prefetchCoreQuery('convoys.get', { id });
      prefetchCoreQuery('convoys.manifest.get', { convoyId: id });
    },
  },
  {
    path: 'vehicles',
    label: 'route.vehicles',
    purpose: 'route.vehicles.purpose',
    page: lazy(() => import('../features/convoys/VehiclesPage')),
    prefetch: sharingDefaults,
  },
  {
    path: 'verify',
    label: 'route.verify',
    purpose: 'route.verify.purpose',
    page: lazy(() => import('../features/convoys/VerifyPage')),
  },
  {
    path: 'import',
    label: 'route.import',
    purpose: 'route.import.purpose',
    page: lazy(() => import('../features/exchange/ImportPage')),
  },
  {
    path: 'sharing',
    label: 'route.sharing',
    purpose: 'route.sharing.purpose',
    page: lazy(() => import('../features/exchange/SharingPage')),
  },
  {
    path: 'audit',
    label: 'route.audit',
    purpose: 'route.audit.purpose',
    page: lazy(() => import('../features/audit/AuditPage')),
  },
  {
    path: 'database',
    label: 'route.database',
    purpose: 'route.database.purpose',
    page: lazy(() => import('../features/system/DatabasePage')),
  },
  {
    path: 'operators',
    label: 'route.operators',
    purpose: 'route.operators.purpose',
    page: lazy(() => import('../features/operators/OperatorsPage')),
  },
];

export const DEFAULT_ROUTE = ROUTES[0].path;
