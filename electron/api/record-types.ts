/**
 * The stored shape of the plain records the contract returns (items, organisations, contacts,
 * agreements, sites, audit entries). Their one source is the drizzle schema, so this file is
 * the contract's only door to db/: type-only imports, erased at build, so nothing of storage
 * reaches the bundle (ESLint allows db/ imports in electron/api here alone, and only as types).
 */
export type {
  Agreement,
  AuditEntry,
  Contact,
  Convoy,
  ConvoyEvent,
  ConvoyStop,
  ConvoyVehicle,
  ExportProfile,
  Item,
  ManifestLine,
  Organisation,
  Site,
  Vehicle,
  Waybill,
} from '../../db/schema';
