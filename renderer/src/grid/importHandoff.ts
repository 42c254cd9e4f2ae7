import type { ImportTarget } from '../../../electron/api/imports';

/**
 * Cells a grid hands to the import wizard (a pasted block with a header row, or wider than the
 * grid): kept in memory for the wizard page the app opens next, which reads them as pasted cells.
 */
export interface ImportHandoff {
  text: string;
  target: ImportTarget;
  /** Where the cells came from, e.g. "Items", for the wizard's first line. */
  from: string;
}

let pending: ImportHandoff | null = null;

/** Keeps the cells and opens the import wizard. */
export function openInImportWizard(handoff: ImportHandoff): void {
  pending = handoff;
  window.location.hash = '#/import';
}

/** The cells waiting for the wizard, if any (not taken: a re-render reads them again). */
export const pendingImportHandoff = (): ImportHandoff | null => pending;

/** The wizard has started reading them. */
export function clearImportHandoff(): void {
  pending = null;
}
