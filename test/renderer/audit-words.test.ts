import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../electron/api/contract';
import { fieldChanges, summarise } from '../../renderer/src/features/audit/diff';
import {
  entityLabel,
  fieldLabel,
  hasEntityWord,
  hasFieldWord,
  hasOperationWord,
  operationLabel,
} from '../../renderer/src/features/audit/words';
import { applyLanguage } from '../../renderer/src/i18n';
import { openTestCore, signInAgain, type TestCore } from '../helpers/core';
import { recordEvents } from '../helpers/jobs';

/*
 * Every operation, record type and field name the core writes into the audit trail has its words
 * in the catalogue (issue 9): a new one without them fails here, before a French reader sees
 * `auth.signIn` or "place name". What is walked: every write operation of the contract, and every
 * entry a real core writes while loading the demo and doing what the demo does not (sign-ins,
 * settings, operators, an export).
 */

let t: TestCore;
let entries: { operation: string; entity: string; before: string | null; after: string | null }[];

beforeAll(async () => {
  t = await openTestCore({ demo: true });
  const call = (name: string, input: unknown) => t.core.call(name as never, input as never);
  await signInAgain(t.core);
  await call('system.idleLock.save', { minutes: 15 });
  const rules = await call('system.rules.get', {});
  await call('system.rules.save', { ...(rules as object) });
  const backups = (await call('backups.list', {})) as { keep: number; version: number };
  await call('backups.settings.save', { keep: 5, version: backups.version });
  const fourEyes = (await call('system.fourEyes.get', {})) as Record<string, unknown>;
  await call('system.fourEyes.save', { ...fourEyes, exportsAboveGreen: false });
  const op = (await call('operators.create', { name: 'Audit', title: 'Sgt.', role: 'storekeeper', pin: '4321' })) as {
    id: string;
    version: number;
  };
  const updated = (await call('operators.update', { ...op, name: 'Audit', title: 'Sgt.', role: 'storekeeper', active: true })) as {
    version: number;
  };
  await call('operators.resetPin', { id: op.id, version: updated.version, pin: '5432' });
  const rec = recordEvents(t.core);
  const started = (await call('jobs.start', { kind: 'export', source: 'items', format: 'csv' })) as { id: string };
  await rec.ended(started.id);
  rec.unsubscribe();
  entries = t.core.sqlite
    .prepare('SELECT operation, entity, before_json AS before, after_json AS after FROM audit_log')
    .all() as typeof entries;
}, 300_000);
afterAll(() => t?.cleanup());

const distinct = (xs: string[]) => [...new Set(xs)].sort();

describe('the audit trail’s words', () => {
  it('every write operation of the contract is worded', () => {
    const writes = Object.entries(contract)
      .filter(([, op]) => op.write)
      .map(([name]) => name);
    expect(writes.filter((w) => !hasOperationWord(w))).toEqual([]);
  });

  it('in French, the words the trail showed raw before: a sign-in, count approval, a stop’s place, a stored title', () => {
    applyLanguage('fr');
    try {
      expect([operationLabel('auth.signIn'), entityLabel('session'), fieldLabel('countApproval'), fieldLabel('placeName')]).toEqual([
        'Connexion',
        'Session',
        'Approbation des inventaires',
        'Nom du lieu',
      ]);
      expect(summarise(null, JSON.stringify({ event: 'signed in' }), undefined, 'session')).toBe('créé : Événement « s’est connecté »');
      const stops = JSON.stringify([{ id: 'x', version: 1, position: 1, siteId: null, label: 'WH-A Warehouse Alpha' }]);
      expect(summarise(null, stops, undefined, 'convoy')).not.toMatch(/[{"]/);
    } finally {
      applyLanguage('en');
    }
  });

  it('every operation, record type and field name the core wrote is worded, and no value reads as JSON', () => {
    const fields = entries.flatMap((e) => fieldChanges(e.before, e.after, undefined, e.entity).map((c) => `${e.entity}.${c.field}`));
    applyLanguage('fr');
    const json = entries.flatMap((e) =>
      fieldChanges(e.before, e.after, undefined, e.entity)
        .filter((c) => /^[[{"]/.test(c.before) || /^[[{"]/.test(c.after))
        .map((c) => `${e.entity}.${c.field}: ${c.before || c.after}`.slice(0, 120)),
    );
    applyLanguage('en');
    expect({
      operations: distinct(entries.map((e) => e.operation)).filter((o) => !hasOperationWord(o)),
      entities: distinct(entries.map((e) => e.entity)).filter((e) => !hasEntityWord(e)),
      fields: distinct(fields).filter((f) => !hasFieldWord(f.slice(f.indexOf('.') + 1))),
      json: distinct(json),
    }).toEqual({ operations: [], entities: [], fields: [], json: [] });
  });
});
