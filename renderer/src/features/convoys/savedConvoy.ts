import type { ConvoyDetail } from '../../../../electron/api/convoys';
import { showSaved } from '../../app/queries';

/** A convoy as a save or a move returned it, shown at once: its next move carries that version (app/queries.ts' showSaved). */
export const showSavedConvoy = (saved: ConvoyDetail): void => showSaved(['convoys.get', { id: saved.id }], saved, (d) => d.version);
