/**
 * Saves only the demo rows that are not there yet, matched by their natural key (short name,
 * code, title…). This keeps the scenario idempotent even if an earlier load stopped half-way,
 * and never overwrites a record the user has since edited.
 */
export async function ensureRows<Stored extends { id: string }, Input>(opts: {
  existing: Stored[];
  storedKey: (row: Stored) => string;
  wanted: Input[];
  wantedKey: (row: Input) => string;
  save: (rows: Input[]) => Promise<Stored[]>;
}): Promise<Map<string, Stored>> {
  const byKey = new Map(opts.existing.map((r) => [opts.storedKey(r).toLowerCase(), r]));
  const missing = opts.wanted.filter((w) => !byKey.has(opts.wantedKey(w).toLowerCase()));
  if (missing.length > 0) {
    for (const saved of await opts.save(missing)) byKey.set(opts.storedKey(saved).toLowerCase(), saved);
  }
  return byKey;
}

/** A calendar date `days` from the scenario's "today", so agreements stay current whenever the demo is loaded. */
export function dayOffset(nowIso: string, days: number): string {
  const d = new Date(nowIso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
