import { fieldName, say, sayLater } from './i18n';
import { z } from 'zod';
import { ORG_KINDS } from './vocabularies';
import type { AuditEntry, Organisation } from './record-types';
import { command, query } from './define';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './i18n';
import { optionalText, requiredText } from './formats';
import { recordVersion } from './records';
import { optionalFilterText } from './text';
import { pinField, type SessionOperator } from './operators';

export interface SystemStatus {
  /** False until the first-start questions (administrator, home organisation) are answered. */
  setupDone: boolean;
  /** Set up before operator accounts existed: the first start after the upgrade creates the administrator. */
  needsAdministrator: boolean;
  /** The operator this session signed in as (verified with a PIN); null when signed out. */
  operator: SessionOperator | null;
  /** Minutes without a key or click after which the window locks and asks for the PIN again. */
  idleLockMinutes: number;
  /** This session is idle-locked: the window shows the lock over its unsaved work and asks for the PIN. */
  locked: boolean;
  homeOrganisation: Organisation | null;
  installationId: string;
  /** The database was created by another installation (a copied file): exchanges must not mix them up. */
  copiedDatabase: boolean;
  databasePath: string;
  schemaVersion: number;
  appVersion: string;
  /** The language of the operator at the keyboard (or the installation's, before setup). */
  language: Language;
}

/** Where everything lives and which versions run (the About panel; also in a support bundle). */
export interface AboutInfo {
  appVersion: string;
  schemaVersion: number;
  sqliteVersion: string;
  runtime: string;
  installationId: string;
  databasePath: string;
  /** The database file and its WAL. */
  databaseBytes: number;
  backupsFolder: string;
  backupsBytes: number;
  /** The Electron shell's log (main.log, rotated into main.log.1); browser mode logs to its terminal. */
  logsFolder: string;
  exportsFolder: string;
  /** Space left on the database's disk, or null when the OS does not say. */
  freeBytes: number | null;
}

/** What a support-bundle job wrote (its result); the window saves the file by the job's id. */
export interface SupportBundleOutcome {
  fileName: string;
  bytes: number;
  /** What went in, by name. */
  contents: string[];
}

export const operatorName = requiredText('Your name', 80);

export const languageInput = z.enum(
  LANGUAGES,
  sayLater('schema.languageOneOf', () => ({ values: LANGUAGES.join(', ') })),
);

/** First start: the first administrator (name, rank or title, PIN) and this installation's organisation. */
export const setupInput = z.object({
  operator: operatorName,
  title: optionalText('Rank or title', 60),
  pin: pinField(),
  organisation: z.object({
    name: requiredText('Organisation name'),
    shortName: requiredText('Short name', 30),
    kind: z.enum(
      ORG_KINDS,
      sayLater('schema.kindOneOf', () => ({ values: ORG_KINDS.join(', ') })),
    ),
    country: optionalText('Country', 80),
  }),
  /** Load the demo scenario after setting up. */
  demo: z.boolean().default(false),
  language: languageInput.default(DEFAULT_LANGUAGE),
});

/**
 * How deep SQLite's own structural check goes. The ledger recomputation always runs. `quick`
 * (PRAGMA quick_check) skips index-content verification and takes well under half the time of
 * `full` (PRAGMA integrity_check), which at a million ledger entries runs for ~10 s.
 */
export const INTEGRITY_DEPTHS = ['ledger', 'quick', 'full'] as const;
export const integrityInput = z
  .object({
    depth: z
      .enum(
        INTEGRITY_DEPTHS,
        sayLater('schema.depthOneOf', () => ({ values: INTEGRITY_DEPTHS.join(', ') })),
      )
      .default('quick'),
  })
  .default({ depth: 'quick' });

export interface IntegrityReport {
  ok: boolean;
  depth: (typeof INTEGRITY_DEPTHS)[number];
  /** Time spent recomputing balances from the ledger, and in SQLite's check. */
  ledgerMs: number;
  sqliteMs: number;
  /** SQLite's own page/structure check. */
  sqlite: string[];
  /** Differences between stored balances and balances recomputed from the ledger. */
  differences: { description: string }[];
  checkedAt: string;
  durationMs: number;
}

export const auditQuery = z
  .object({
    entity: optionalFilterText('Record type', 60),
    entityId: optionalFilterText('Record id', 60),
    operator: optionalFilterText('Operator', 80),
    from: optionalFilterText('From', 30),
    to: optionalFilterText('To', 30),
    limit: z.number().int().min(1).max(5000).default(500),
  })
  .default({ limit: 500 });

export const layoutKey = z.string().regex(/^[a-z][a-z0-9.-]{1,60}$/, sayLater('schema.layoutKey'));

/** Grid column state: a preference, kept small so a runaway caller can't bloat the settings table. */
const LAYOUT_MAX_CHARS = 100_000;
export const layoutState = z.unknown().refine(
  (v) => {
    try {
      return (JSON.stringify(v ?? null)?.length ?? 0) <= LAYOUT_MAX_CHARS;
    } catch {
      return false; // not representable as JSON (cycles, BigInt)
    }
  },
  sayLater('system.layoutTooBig', { max: LAYOUT_MAX_CHARS }),
);

/**
 * Rules the installation sets for itself. Documents may be dated back at most `backdateLimitDays`
 * days without a recorded reason (DOMAIN.md, Dates). `version` locks the settings like a record.
 */
export const BACKDATE_LIMIT_DEFAULT = 30;
export interface DateRules {
  backdateLimitDays: number;
  version: number;
}
export const dateRulesInput = z.object({
  backdateLimitDays: z
    .number(sayLater('schema.backdateNumber'))
    .int(sayLater('schema.backdateWhole'))
    .min(0, sayLater('schema.backdateNegative'))
    .max(
      3650,
      sayLater('schema.backdateMax', () => ({ max: 3650 })),
    ),
  version: recordVersion,
});

export const systemOps = {
  'system.status': query<SystemStatus>('public')(z.object({}).optional()),
  'system.about': query<AboutInfo>('read')(z.object({}).optional()),
  'system.setup': command<SystemStatus>('public')(setupInput),
  /** A preference of the operator at the keyboard (no audit entry), allowed before setup and sign-in. */
  'system.setLanguage': command<SystemStatus>('public')(z.object({ language: languageInput })),
  'system.loadDemo': command<{ loaded: boolean }>('settings')(z.object({}).optional()),
  'system.integrity': query<IntegrityReport>('read')(integrityInput),
  'audit.list': query<AuditEntry[]>('read')(auditQuery),
  'layout.get': query<unknown>('read')(z.object({ key: layoutKey })),
  'layout.save': command<null>('session')(z.object({ key: layoutKey, state: layoutState })),
  'system.rules.get': query<DateRules>('read')(z.object({}).optional()),
  'system.idleLock.save': command<SystemStatus>('settings')(
    z.object({
      minutes: z
        .number({ error: () => say('format.number', { field: fieldName('Idle lock (minutes)') }) })
        .min(0.1, { error: () => say('format.between', { field: fieldName('Idle lock (minutes)'), min: 0.1, max: 480 }) })
        .max(480, { error: () => say('format.between', { field: fieldName('Idle lock (minutes)'), min: 0.1, max: 480 }) }),
    }),
  ),
  'system.rules.save': command<DateRules>('settings')(dateRulesInput),
};
