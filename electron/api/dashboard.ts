import { z } from 'zod';
import type { ItemCategory, RequestPriority } from './vocabularies';
import { query } from './define';
import { optionalIdRef } from './formats';
import type { DurationMeasure, RequestMeasureSet } from './requests';

/**
 * The operations dashboard (the first screen): one read of every figure, for the working site
 * or all sites. Each figure is computed in the core (electron/services/dashboard/, one file per
 * group) with the same filters as the grid it opens, so a figure and the grid behind it agree.
 */
export const dashboardInput = z
  .object({
    /** The working site; none = every site. Requests belong to organisations, not sites: always all. */
    siteId: optionalIdRef('Site'),
  })
  .default({});

/** Stock lines (site × lot × condition with a quantity) of one category at one site, their weight and volume. */
export interface StockFigure {
  siteId: string;
  siteCode: string;
  category: ItemCategory;
  lines: number;
  /** Sum of quantity × unit weight over the lines whose item has one. */
  weightKg: number;
  volumeM3: number;
  /** Lines whose item has no unit weight (their weight is not in weightKg). */
  linesWithoutWeight: number;
}

/** Stock lines with an expiry date (any condition), as the on-hand grid's expiry filter counts them. */
export interface ExpiryFigures {
  expired: number;
  /** Within 3 months, expired included (the grid's "≤ 3 months"). */
  within3: number;
  within9: number;
  /** The day each boundary falls on. */
  asOf: string;
  within3Until: string;
  within9Until: string;
}

export interface LowStockFigures {
  /** Items (per site) whose good stock is under the threshold set for them. */
  items: number;
  /** The furthest below first (at most 5). */
  worst: {
    siteId: string;
    siteCode: string;
    itemId: string;
    itemCode: string;
    itemName: string;
    goodQuantity: number;
    minQuantity: number;
    baseUnit: string;
  }[];
}

export interface ConvoyFigures {
  /** Planning, loading or cleared. */
  planned: number;
  inTransit: number;
  /** Planned ones whose planned departure has passed, in-transit ones whose planned arrival has. */
  overdue: number;
}

export interface RequestFigures {
  openByPriority: Record<RequestPriority, number>;
  openByAge: RequestMeasureSet['openByAge'];
  /** Of the requests submitted in the last 90 days. */
  periodFrom: string;
  toDecision: DurationMeasure;
  toFulfilment: DurationMeasure;
  fulfilmentRate: number | null;
}

export interface DashboardFigures {
  siteId: string | null;
  asOf: string;
  stock: StockFigure[];
  expiry: ExpiryFigures;
  lowStock: LowStockFigures;
  convoys: ConvoyFigures;
  requests: RequestFigures;
}

export const dashboardOps = {
  'dashboard.get': query<DashboardFigures>('read')(dashboardInput),
};
