import type Database from 'better-sqlite3';
import type { ConvoyFigures } from '../../api/dashboard';
import { stmt } from '../stock/sql';

/**
 * Convoys planned (planning, loading, cleared), in transit, and overdue: planned ones whose
 * planned departure has passed, and in-transit ones whose planned arrival has. For a site: the
 * convoys leaving from it or stopping at it. Times are ISO UTC, so they compare as text.
 */
const CONVOYS_SQL = `
  SELECT coalesce(sum(c.status IN ('planning', 'loading', 'cleared')), 0) AS planned,
    coalesce(sum(c.status = 'in_transit'), 0) AS inTransit,
    coalesce(sum((c.status IN ('planning', 'loading', 'cleared') AND c.planned_departure < @now)
      OR (c.status = 'in_transit' AND c.planned_arrival < @now)), 0) AS overdue
  FROM convoys c
  WHERE c.archived = 0 AND c.status IN ('planning', 'loading', 'cleared', 'in_transit')
    AND (@siteId IS NULL OR c.origin_site_id = @siteId
      OR EXISTS (SELECT 1 FROM convoy_stops st WHERE st.convoy_id = c.id AND st.site_id = @siteId))`;

export function convoyFigures(sqlite: Database.Database, siteId: string | null, now: string): ConvoyFigures {
  return stmt(sqlite, CONVOYS_SQL).get({ siteId, now }) as ConvoyFigures;
}
