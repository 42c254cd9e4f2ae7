import type Database from 'better-sqlite3';
import { quantityProblemsIn } from '../../../db/quantity-check';
import type { INTEGRITY_DEPTHS, IntegrityReport } from '../../api/system';
import { ledgerDifferencesIn } from './ledger-check';
import { say } from '../../api/i18n/current';

type Depth = (typeof INTEGRITY_DEPTHS)[number];

/** Called before each step, so a job can report progress and stop between steps. */
export type IntegrityStep = (done: number, total: number, step: string) => void;

/** SQLite's codes for a file it cannot read as a database: damage to report, not a program error. */
const isDamage = (e: unknown) => /^SQLITE_(CORRUPT|NOTADB)/.test(String((e as { code?: unknown })?.code));

/**
 * The integrity check: the ledger recomputed against every balance, then SQLite's own check
 * (quick_check, or the full integrity_check). Each step is one long SQLite call, which is why the
 * check runs as a job in a thread of its own (see jobs/manager.ts).
 *
 * Damage is a failed report at every depth, never an error: what the background quick_check found
 * after opening comes first (`damageAtOpening`), and a step stopped by a damaged page is reported
 * where it stopped.
 */
export function runIntegrity(
  sqlite: Database.Database,
  depth: Depth,
  now: () => string,
  onStep: IntegrityStep = () => {},
  damageAtOpening: string[] | null = null,
): IntegrityReport {
  const total = depth === 'ledger' ? 1 : 2;
  const started = performance.now();
  const structure: string[] = (damageAtOpening ?? []).map((p) => `quick_check after opening: ${p}`);
  onStep(0, total, say('jobs.step.recomputing'));
  let differences: { description: string }[] = [];
  try {
    // Quantities outside the cap or not whole first: a sum over them would hide them.
    differences = [...quantityProblemsIn(sqlite), ...ledgerDifferencesIn(sqlite)];
  } catch (e) {
    if (!isDamage(e)) throw e;
    structure.push(`ledger check stopped by damage: ${(e as Error).message}`);
  }
  const ledgerDone = performance.now();
  if (depth !== 'ledger') {
    const pragma = depth === 'full' ? 'integrity_check' : 'quick_check';
    onStep(1, total, say('jobs.step.sqliteCheck', { pragma }));
    try {
      const rows = (sqlite.pragma(pragma) as Record<string, string>[]).map((r) => String(Object.values(r)[0]));
      if (!(structure.length > 0 && rows.length === 1 && rows[0] === 'ok')) structure.push(...rows);
    } catch (e) {
      if (!isDamage(e)) throw e;
      structure.push(`${pragma} stopped by damage: ${(e as Error).message}`);
    }
  }
  const finished = performance.now();
  onStep(total, total, say('jobs.step.finished'));
  const structureOk = structure.length === 0 || (structure.length === 1 && structure[0] === 'ok');
  return {
    ok: structureOk && differences.length === 0,
    depth,
    sqlite: structure.length === 0 ? ['skipped'] : structure,
    differences,
    checkedAt: now(),
    ledgerMs: Math.round(ledgerDone - started),
    sqliteMs: Math.round(finished - ledgerDone),
    durationMs: Math.round(finished - started),
  };
}
