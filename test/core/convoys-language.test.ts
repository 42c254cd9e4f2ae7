import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../electron/api/i18n';
import { vehicleLoads } from '../../electron/services/convoys/loads';
import { refusedWritingNothing } from '../helpers/core';
import { stockWorld, type StockWorld } from './stock-fixture';

/*
 * Convoys speak the caller's language (issue 9): the workflow's states, actions and refusals, the
 * core's refusals, and the load warnings with their numbers written as the language writes them.
 */

let w: StockWorld;
let truck: string;
beforeEach(async () => {
  w = await stockWorld();
  const vehicles = await w.call('vehicles.save', { rows: [{ plate: 'UN-4471', kind: 'truck', payloadKg: 1000, cargoVolumeM3: 40 }] });
  truck = vehicles[0].id;
});
afterEach(() => {
  setMessageLanguage('en');
  w.t.cleanup();
});

const NNBSP = '\u202f'; // French groups thousands with a narrow no-break space

describe('convoys in the caller’s language', () => {
  it('French: the state, the actions, a guard’s refusal and a refusal of the core', async () => {
    await w.call('system.setLanguage', { language: 'fr' });
    const c = await w.call('convoys.create', { originSiteId: w.site.fob, plannedDeparture: null, stops: [], vehicleIds: [truck] });
    expect(c.workflow.stateLabel).toBe('En préparation');
    expect(c.workflow.actions.map((a) => a.label)).toEqual(['Modifier', 'Modifier le manifeste', 'Annuler le convoi']);
    expect(c.workflow.refused).toContainEqual({
      action: 'startLoading',
      label: 'Commencer le chargement',
      message: 'Ajoutez au moins une étape de destination avant le chargement',
    });
    const refused = await refusedWritingNothing(w.t.core, 'convoys.act', { id: c.id, version: c.version, action: 'startLoading' });
    expect(refused.message).toBe('Ajoutez au moins une étape de destination avant le chargement');
    const twice = await refusedWritingNothing(w.t.core, 'convoys.vehicles.add', { convoyId: c.id, vehicleId: truck });
    expect(twice.message).toBe(`UN-4471 est déjà sur le convoi ${c.number}`);
    const cancel = await refusedWritingNothing(w.t.core, 'convoys.act', { id: c.id, version: c.version, action: 'cancel' });
    expect(cancel.message).toBe('Annuler le convoi : indiquez pourquoi (un commentaire est obligatoire)');
  });

  it('Arabic: a state refusal names the convoy; English stays as it was', async () => {
    const c = await w.call('convoys.create', { originSiteId: w.site.fob, plannedDeparture: null, stops: [], vehicleIds: [truck] });
    const en = await refusedWritingNothing(w.t.core, 'convoys.act', { id: c.id, version: c.version, action: 'arrive' });
    expect(en.message).toBe(`Convoy ${c.number} has not left yet`);
    await w.call('system.setLanguage', { language: 'ar' });
    const ar = await refusedWritingNothing(w.t.core, 'convoys.act', { id: c.id, version: c.version, action: 'arrive' });
    expect(ar.message).toBe(`لم تغادر القافلة ${c.number} بعد`);
  });

  it('load warnings write their numbers for the language (1,000.5 / 1 000,5 / Western digits in Arabic)', () => {
    const v = { vehicleId: 'v', plate: 'UN-1', refrigerated: false, payloadKg: 1000, cargoVolumeM3: 2 };
    const lines = [{ vehicleId: 'v', weightKg: 1000.5, volumeM3: 1, dgClass: null, coldChain: false, itemCode: 'A' }];
    expect(vehicleLoads([v], lines)[0].problems).toEqual(['UN-1 is over its payload: 1,000.5 kg loaded, 1,000 kg allowed']);
    setMessageLanguage('fr');
    expect(vehicleLoads([v], lines)[0].problems).toEqual([
      `UN-1 dépasse sa charge utile : 1${NNBSP}000,5 kg chargés, 1${NNBSP}000 kg autorisés`,
    ]);
    setMessageLanguage('ar');
    expect(vehicleLoads([v], lines)[0].problems[0]).toContain('1,000.5 كغ محمّلة');
  });
});
