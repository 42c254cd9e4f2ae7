import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface Route {
  /** URL hash segment: #/sites */
  path: string;
  label: string;
  /** One line under the page title: what this page is for. */
  purpose: string;
  page: LazyExoticComponent<ComponentType>;
}

/**
 * The navigation, in order. A new area adds one entry here and a page under features/<area>/.
 * Pages load on first visit so the window opens fast.
 */
export const ROUTES: Route[] = [
  {
    path: 'organisations',
    label: 'Organisations',
    purpose: 'Partner registry: military units, NGOs, UN agencies and authorities, with their contacts and agreements.',
    page: lazy(() => import('../features/partners/OrganisationsPage')),
  },
  {
    path: 'sites',
    label: 'Sites',
    purpose: 'Warehouses, forward bases, transit hubs and distribution points.',
    page: lazy(() => import('../features/sites/SitesPage')),
  },
  {
    path: 'items',
    label: 'Items',
    purpose: 'The item catalogue: codes, units, pack sizes, cold chain, dangerous goods and crosswalk codes.',
    page: lazy(() => import('../features/catalogue/ItemsPage')),
  },
  {
    path: 'stock',
    label: 'Stock on hand',
    purpose: 'What is in each warehouse, by item, lot, owner and condition; click a line for its stock card.',
    page: lazy(() => import('../features/stock/OnHandPage')),
  },
  {
    path: 'stock-documents',
    label: 'Documents',
    purpose: 'Goods received notes, issues, transfers, adjustments, losses: drafts are edited, posting is final.',
    page: lazy(() => import('../features/stock/DocumentsPage')),
  },
  {
    path: 'stock-counts',
    label: 'Counts',
    purpose: 'Physical counts: type or paste what is on the shelf; approving posts the differences.',
    page: lazy(() => import('../features/stock/CountsPage')),
  },
  {
    path: 'stock-alerts',
    label: 'Stock alerts',
    purpose: 'Lots expiring within 3 and 9 months, items below their low-stock threshold, and the thresholds.',
    page: lazy(() => import('../features/stock/AlertsPage')),
  },
  {
    path: 'audit',
    label: 'Audit trail',
    purpose: 'Every change: who, when, which record, before and after.',
    page: lazy(() => import('../features/audit/AuditPage')),
  },
  {
    path: 'database',
    label: 'Database',
    purpose: 'Where the data lives, this installation’s identity, the integrity check and the recent jobs.',
    page: lazy(() => import('../features/system/DatabasePage')),
  },
];

export const DEFAULT_ROUTE = ROUTES[0].path;
