import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusedWritingNothing } from '../helpers/core';
import { requestWorld, transportRequest, type RequestWorld } from './requests-fixture';

/* Requests speak the caller's language (issue 9): the workflow's states and actions, the last-resort requirements, side refusals. */

let w: RequestWorld;
beforeEach(async () => {
  w = await requestWorld();
});
afterEach(() => w.cleanup());

describe('requests in the caller’s language', () => {
  it('French: a draft without its last-resort record is refused naming the missing parts; the workflow speaks French', async () => {
    await w.call('system.setLanguage', { language: 'fr' });
    const draft = await w.call('requests.create', transportRequest(w, { civilianOptionsTried: '', exitPlan: '' }));
    expect(draft.workflow.requesting.stateLabel).toBe('Brouillon');
    expect(draft.workflow.requesting.actions.map((a) => a.label)).toEqual(['Modifier', 'Soumettre', 'Annuler la demande']);
    const r = draft.request;
    const refused = await refusedWritingNothing(w.core, 'requests.act', {
      id: r.id,
      version: r.version,
      action: 'submit',
      actingOrgId: w.ngo,
    });
    expect(refused.message).toBe(
      `La demande ${r.number} ne peut pas encore être soumise : Dernier recours : indiquez les options civiles essayées; ` +
        'Dernier recours : donnez le plan de sortie (comment le besoin est couvert une fois l’appui militaire terminé)',
    );
    const wrongSide = await refusedWritingNothing(w.core, 'requests.act', {
      id: r.id,
      version: r.version,
      action: 'submit',
      actingOrgId: w.home,
    });
    expect(wrongSide.message).toMatch(/^Soumettre : seule l’organisation demandeuse \(HHI\) peut le faire sur la demande REQ-2026-\d{5}/);
  });

  it('Arabic: a state refusal names the request', async () => {
    const draft = await w.call('requests.create', transportRequest(w));
    await w.call('system.setLanguage', { language: 'ar' });
    const r = draft.request;
    const refused = await refusedWritingNothing(w.core, 'requests.act', {
      id: r.id,
      version: r.version,
      action: 'review',
      actingOrgId: w.home,
    });
    expect(refused.message).toBe(`الطلب ${r.number} مسودة: تقدّمه الجهة الطالبة أولًا`);
  });
});
