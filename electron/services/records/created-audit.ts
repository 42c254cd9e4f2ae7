/**
 * The audit `after` of a created record: the values it was created with, nothing else. The whole
 * stored row was ~500-650 bytes of JSON an item, two thirds of it saying nothing: nulls (the record
 * has no value there) and the stamps the audit row holds in its own columns (id = entity_id, the
 * installations = installation_id, version 1 for a create; createdAt = updatedAt, which `at` gives to
 * within the saved batch: it is read once after the batch's inserts, in the same transaction, and
 * the record keeps the exact stamp). A 100,000-item import wrote 50-65 MB of it (issue 12).
 *
 * It still records every value the record has (DOMAIN.md "Audit": the before/after values): false,
 * 0, '' and [] are values and are kept; only null is left out. The Audit page reads both shapes
 * alike (its diff drops the stamps; a creation lists the fields it filled) but the export's After
 * column is the stored JSON, so it is shorter. Updates keep whole rows: the page diffs them field by field.
 *
 * Built key by key from the stored row (`keys`: its fields less the stamps, in column order, so the
 * page lists them in the same order), not copied and then pruned.
 */
export function createdAfter(row: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const after: Record<string, unknown> = {};
  for (const k of keys) {
    const v = row[k];
    if (v != null) after[k] = v;
  }
  return after;
}
