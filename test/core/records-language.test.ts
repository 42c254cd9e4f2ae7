import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusedWritingNothing } from '../helpers/core';
import { stockWorld, type StockWorld } from './stock-fixture';

/*
 * Issue 9 leftovers in the core: the record writer's refusals (duplicates, references, fields
 * that may no longer change), the item schema's own refusals, a stock line's refusals with
 * numbers and units as the reader writes them, and the integrity report's differences, each in
 * the language of the operator at the keyboard.
 */
let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.t.cleanup());

describe('record and catalogue refusals in the caller’s language', () => {
  it('a duplicate code, a missing reference and a frozen base unit in French and Arabic', async () => {
    await w.call('system.setLanguage', { language: 'fr' });
    const dup = await refusedWritingNothing(w.t.core, 'sites.save', { rows: [{ code: 'fob-n', name: 'Doublon', kind: 'warehouse' }] });
    expect(dup.issues).toEqual([
      { path: ['rows', 0, 'code'], message: 'Code « FOB-N » est déjà utilisé par un autre enregistrement (site)' },
    ]);
    const ref = await refusedWritingNothing(w.t.core, 'contacts.save', { rows: [{ organisationId: randomUUID(), name: 'Awa' }] });
    expect(ref.issues?.[0].message).toBe('Organisation n’existe pas ; choisissez-en un dans la liste');
    await w.receive(w.site.wh, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }]);
    const tent = (await w.call('items.list', {})).find((i) => i.code === 'TENT-F')!;
    const unit = await refusedWritingNothing(w.t.core, 'items.save', { rows: [{ ...tent, baseUnit: 'kg' }] });
    expect(unit.message).toBe(
      'L’unité de base ne peut pas changer : TENT-F a déjà des mouvements de stock comptés en unité ; ajoutez un nouvel article pour la nouvelle unité',
    );
    await w.call('system.setLanguage', { language: 'ar' });
    const many = await refusedWritingNothing(w.t.core, 'sites.save', {
      rows: [
        { code: 'DUP-1', name: 'A', kind: 'warehouse' },
        { code: 'dup-1', name: 'B', kind: 'warehouse' },
        { code: 'DUP-1', name: 'C', kind: 'warehouse' },
      ],
    });
    expect(many.message).toBe('مشكلتان؛ لم يُحفظ شيء. الأولى: الرمز «DUP-1» وارد مرتين فيما تحفظه (أيضًا الصف 1) (الصف 2)');
  });

  it('the item schema refuses in French: pack sizes, dangerous goods, food tracked by lot', async () => {
    await w.call('system.setLanguage', { language: 'fr' });
    const err = await refusedWritingNothing(w.t.core, 'items.save', {
      rows: [{ code: 'OIL-1', name: 'Huile', category: 'food', baseUnit: 'litre', packSizes: 'carton=1', dgClass: '3' }],
    });
    expect(err.issues?.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        'Un conditionnement contient au moins 2 unités de base',
        'Indiquez le numéro ONU des marchandises dangereuses',
        'Les articles alimentaires et de santé doivent être suivis par lot et péremption',
      ]),
    );
  });

  it('a stock line’s refusal in French: packs and units as the reader writes them', async () => {
    await w.call('system.setLanguage', { language: 'fr' });
    const err = await refusedWritingNothing(w.t.core, 'stock.documents.create', {
      siteId: w.site.wh,
      kind: 'receipt',
      counterpartyOrgId: w.org.wfp,
      lines: [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, packName: 'bundle', packCount: 300, quantity: 1400 }],
    });
    expect(err.issues?.[0].message).toBe('300 bundle de 5 font 1\u202f500 unité, pas 1\u202f400 ; donnez l’un ou l’autre');
  });

  it('the integrity report describes a difference in the reader’s language', async () => {
    await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 5 }]);
    w.t.core.sqlite.prepare('UPDATE stock_balances SET quantity = 1200').run();
    await w.call('system.setLanguage', { language: 'fr' });
    expect((await w.call('system.integrity', {})).differences).toEqual([
      { description: 'FOB-N · TENT-F lot (aucun) (propriétaire WFP) bon état : solde enregistré 1\u202f200, somme du grand livre 5' },
    ]);
    await w.call('system.setLanguage', { language: 'ar' });
    expect((await w.call('system.integrity', {})).differences[0].description).toBe(
      'FOB-N · TENT-F الدفعة (لا يوجد) (المالك WFP) سليم: الرصيد المخزَّن 1,200، مجموع الدفتر 5',
    );
  });
});
