import type Database from 'better-sqlite3';
import type { INTEGRITY_DEPTHS, IntegrityReport } from '../../api/system';
import { quantityProblemsIn } from '../../../db/quantity-check';
import { ledgerDifferencesIn } from './ledger-check';

type Depth = (typeof INTEGRITY_DEPTHS)[number];

/** Called before each step, so a job can report progress and stop between steps. */
export type IntegrityStep = (done: number, total: number, step: string) => void;

/**
 * The integrity check: the ledger recomputed against every balance, then SQLite's own check
 * (quick_check, or the full integrity_check). Each step is one long SQLite call, which is why the
 * check runs as a job in a thread of its own (see jobs/manager.ts).
 */
export function runIntegrity(
  sqlite: Database.Database,
  depth: Depth,
  now: () => string,
  onStep: IntegrityStep = () => {},
): IntegrityReport {
  const total = depth === 'ledger' ? 1 : 2;
  const started = performance.now();
  onStep(0, total, 'Recomputing every stock balance from the ledger');
  // Quantities outside the cap or not whole first: a sum over them would hide them.
  const differences = [...quantityProblemsIn(sqlite), ...ledgerDifferencesIn(sqlite)];
  const ledgerDone = performance.now();
  let structure = ['skipped'];
  if (depth !== 'ledger') {
    const pragma = depth === 'full' ? 'integrity_check' : 'quick_check';
    onStep(1, total, `SQLite ${pragma} of the whole file`);
    structure = (sqlite.pragma(pragma) as Record<string, string>[]).map((r) => Object.values(r)[0]);
  }
  const finished = performance.now();
  onStep(total, total, 'Finished');
  return {
    ok: (depth === 'ledger' || (structure.length === 1 && structure[0] === 'ok')) && differences.length === 0,
    depth,
    sqlite: structure,
    differences,
    checkedAt: now(),
    ledgerMs: Math.round(ledgerDone - started),
    sqliteMs: Math.round(finished - ledgerDone),
    durationMs: Math.round(finished - started),
  };
}
