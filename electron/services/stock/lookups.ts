import { say, sayDay } from '../../api/i18n';
import type Database from 'better-sqlite3';
import type { PackSize } from '../../api/vocabularies';
import { one } from './sql';

export interface ItemFacts {
  id: string;
  code: string;
  name: string;
  baseUnit: string;
  needsLotExpiry: boolean;
  packSizes: PackSize[];
  archived: boolean;
}
export interface SiteFacts {
  id: string;
  code: string;
  name: string;
  archived: boolean;
}
export interface OrgFacts {
  id: string;
  shortName: string;
  archived: boolean;
}
export interface LotFacts {
  id: string;
  itemId: string;
  lotNumber: string;
  expiryDate: string | null;
  ownerOrgId: string;
  donorOrgId: string | null;
}

/**
 * Reference data looked up while validating and posting a document, memoised for the call so a
 * 500-line document reads each item, site and organisation once.
 */
export class Lookups {
  private items = new Map<string, ItemFacts | null>();
  private sites = new Map<string, SiteFacts | null>();
  private orgs = new Map<string, OrgFacts | null>();
  private lots = new Map<string, LotFacts | null>();

  constructor(readonly sqlite: Database.Database) {}

  item(id: string): ItemFacts | null {
    if (!this.items.has(id)) {
      const r = one<{ id: string; code: string; name: string; baseUnit: string; needs: number; packs: string; archived: number }>(
        this.sqlite,
        'SELECT id, code, name, base_unit AS baseUnit, needs_lot_expiry AS needs, pack_sizes AS packs, archived FROM items WHERE id = ?',
        id,
      );
      this.items.set(
        id,
        r
          ? {
              id: r.id,
              code: r.code,
              name: r.name,
              baseUnit: r.baseUnit,
              needsLotExpiry: r.needs === 1,
              packSizes: JSON.parse(r.packs || '[]') as PackSize[],
              archived: r.archived === 1,
            }
          : null,
      );
    }
    return this.items.get(id)!;
  }

  site(id: string): SiteFacts | null {
    if (!this.sites.has(id)) {
      const r = one<{ id: string; code: string; name: string; archived: number }>(
        this.sqlite,
        'SELECT id, code, name, archived FROM sites WHERE id = ?',
        id,
      );
      this.sites.set(id, r ? { ...r, archived: r.archived === 1 } : null);
    }
    return this.sites.get(id)!;
  }

  org(id: string): OrgFacts | null {
    if (!this.orgs.has(id)) {
      const r = one<{ id: string; shortName: string; archived: number }>(
        this.sqlite,
        'SELECT id, short_name AS shortName, archived FROM organisations WHERE id = ?',
        id,
      );
      this.orgs.set(id, r ? { ...r, archived: r.archived === 1 } : null);
    }
    return this.orgs.get(id)!;
  }

  lot(id: string): LotFacts | null {
    if (!this.lots.has(id)) {
      const r = one<LotFacts>(
        this.sqlite,
        'SELECT id, item_id AS itemId, lot_number AS lotNumber, expiry_date AS expiryDate, owner_org_id AS ownerOrgId, donor_org_id AS donorOrgId FROM stock_lots WHERE id = ?',
        id,
      );
      this.lots.set(id, r ?? null);
    }
    return this.lots.get(id)!;
  }

  /** The lot with this identity, if it exists. */
  findLot(itemId: string, lotNumber: string, expiryDate: string | null, ownerOrgId: string): LotFacts | null {
    const r = one<LotFacts>(
      this.sqlite,
      `SELECT id, item_id AS itemId, lot_number AS lotNumber, expiry_date AS expiryDate, owner_org_id AS ownerOrgId, donor_org_id AS donorOrgId
       FROM stock_lots WHERE item_id = ? AND lot_number = ? AND coalesce(expiry_date, '') = ? AND owner_org_id = ?`,
      itemId,
      lotNumber,
      expiryDate ?? '',
      ownerOrgId,
    );
    if (r) this.lots.set(r.id, r);
    return r ?? null;
  }

  remember(lot: LotFacts): void {
    this.lots.set(lot.id, lot);
  }

  /** "lot L-123 (exp. 31/05/2026, owner WFP) of RICE-25 Rice 25 kg" for messages. */
  describeLot(lot: LotFacts): string {
    const item = this.item(lot.itemId);
    const owner = this.org(lot.ownerOrgId)?.shortName ?? '?';
    const params = { item: item?.code ?? '?', lot: lot.lotNumber ?? '', expiry: lot.expiryDate ? sayDay(lot.expiryDate) : 'none', owner };
    return say(lot.lotNumber ? 'stock.lotDescription' : 'stock.lotDescriptionNoNumber', params);
  }
}
