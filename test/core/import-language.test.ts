import { afterEach, describe, expect, it } from 'vitest';
import { importThroughJob, upload } from '../helpers/imports';
import { stockWorld, type StockWorld } from './stock-fixture';

/* The import speaks the language of whoever started it (issue 9): bad cells, refusals, numbers. */
let w: StockWorld;
afterEach(async () => {
  await w?.t.core.jobs.idle();
  w?.t.cleanup();
});

describe('import in the caller’s language', () => {
  it('French: a bad cell names the field in French and the refusal says nothing was written', { timeout: 300_000 }, async () => {
    w = await stockWorld();
    await w.call('system.setLanguage', { language: 'fr' });
    const csv = 'Code,Name,Category,Unit,Unit weight (kg)\nAA-1,One,nfi,each,lourd\n';
    const preview = (await importThroughJob(w.t, upload(w.t, 'fr.csv', csv), { target: 'items' })).preview!;
    expect(preview.bad).toEqual([
      { row: 2, column: 'E (Unit weight (kg))', value: 'lourd', reason: 'Poids unitaire (kg) n’est pas un nombre' },
    ]);
    const refused = await importThroughJob(w.t, upload(w.t, 'fr.csv', csv), { target: 'items', commit: true });
    expect(refused.message).toBe(
      'Rien n’a été enregistré : 1 ligne est mauvaise (première : ligne 2, E (Unit weight (kg)) : Poids unitaire (kg) n’est pas un nombre) ; corrigez-les ou leur association et réessayez',
    );
    expect((await importThroughJob(w.t, upload(w.t, 'vide.csv', ''), { target: 'items' })).message).toBe(
      'vide.csv est vide (0 octet) : il n’y a rien à importer',
    );
  });

  it('the value mapping names our choices in the caller’s language, and its picks still take our codes', { timeout: 300_000 }, async () => {
    w = await stockWorld();
    const csv = 'Code,Name,Category,Unit,Freeze-sensitive\nAA-1,One,Nutrition,sachet,oui\nAA-2,Two,Abris,each,non\n';
    const labelsOf = (p: { values: { field: string; labels: Record<string, string> }[] }, field: string) =>
      p.values.find((v) => v.field === field)!.labels;

    await w.call('system.setLanguage', { language: 'fr' });
    const fr = (await importThroughJob(w.t, upload(w.t, 'fr.csv', csv), { target: 'items' })).preview!;
    expect(labelsOf(fr, 'category')).toMatchObject({ food: 'Vivres', other: 'Autre' });
    expect(labelsOf(fr, 'freezeSensitive')).toEqual({ yes: 'oui', no: 'non' });
    expect(labelsOf(fr, 'baseUnit').each).toBe('unité');
    expect(Object.keys(labelsOf(fr, 'category'))).toEqual(fr.values.find((v) => v.field === 'category')!.choices);

    await w.call('system.setLanguage', { language: 'en' });
    const en = (await importThroughJob(w.t, upload(w.t, 'en.csv', csv), { target: 'items' })).preview!;
    expect(labelsOf(en, 'category')).toMatchObject({ food: 'Food', nfi: 'NFI (non-food items)' });
    expect(labelsOf(en, 'baseUnit').each).toBe('each');
    // The words are still mapped to our codes: "Abris" is shelter, "Nutrition" unknown until picked.
    expect(en.values.find((v) => v.field === 'category')!.words.map((x) => [x.word, x.to])).toEqual([
      ['Abris', 'shelter'],
      ['Nutrition', null],
    ]);
    const picked = (
      await importThroughJob(w.t, upload(w.t, 'en.csv', csv), {
        target: 'items',
        values: { category: { Nutrition: 'nfi' }, baseUnit: { sachet: 'piece' } },
      })
    ).preview!;
    expect(picked.bad).toEqual([]);
    expect(picked.creates).toBe(2);
  });
});
