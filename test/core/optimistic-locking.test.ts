import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, type OpName } from '../../electron/api/contract';
import { refusedWritingNothing } from '../helpers/core';
import { stockWorld, type StockWorld } from './stock-fixture';

/**
 * Optimistic locking (issue 7 point 8): every operation that changes an existing record takes the
 * version it was read at. Without one it is refused as invalid input naming `version`; with a stale
 * one it answers `conflict` ("reload and edit again") and writes nothing.
 */

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.t.cleanup());

const refused = (name: string, input: unknown) => refusedWritingNothing(w.t.core, name, input);

async function stale(name: string, input: unknown): Promise<void> {
  const error = await refused(name, input);
  expect(error.code, `${name}: ${error.message}`).toBe('conflict');
  expect(error.message, name).toMatch(/by someone else.*reload and edit again/);
}

async function missingVersion(name: string, input: unknown): Promise<void> {
  const error = await refused(name, input);
  expect(error.code, name).toBe('invalid_input');
  expect(
    error.issues?.some((i) => i.path[i.path.length - 1] === 'version'),
    `${name}: ${JSON.stringify(error.issues)}`,
  ).toBe(true);
}

async function draftIssue() {
  const grn = await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 50 }]);
  const draft = await w.call('stock.documents.create', {
    siteId: w.site.fob,
    kind: 'issue',
    counterpartyOrgId: w.org.ngo,
    ownerOrgId: w.org.wfp,
    lines: [{ lotId: grn.lines[0].lotId!, quantity: 5 }],
  });
  return { grn, draft };
}

describe('documents and lines', () => {
  it('posting needs the version read: without it, or with an older one, nothing is posted', async () => {
    const { draft } = await draftIssue();
    // Someone else edits the draft after it was opened here.
    const edited = await w.call('stock.documents.update', { id: draft.document.id, version: draft.document.version, notes: 'theirs' });
    await missingVersion('stock.documents.post', { id: draft.document.id });
    await stale('stock.documents.post', { id: draft.document.id, version: draft.document.version });
    await missingVersion('stock.documents.update', { id: draft.document.id, notes: 'mine' });
    await stale('stock.documents.update', { id: draft.document.id, version: draft.document.version, notes: 'mine' });
    const posted = await w.call('stock.documents.post', { id: draft.document.id, version: edited.document.version });
    expect(posted.document.status).toBe('posted');
  });

  it('saving and removing lines need each line’s version', async () => {
    const { draft } = await draftIssue();
    const line = draft.lines[0];
    const { version: _v, ...withoutVersion } = line;
    await missingVersion('stock.lines.save', { documentId: draft.document.id, lines: [{ ...withoutVersion, quantity: 6 }] });
    const saved = await w.call('stock.lines.save', { documentId: draft.document.id, lines: [{ ...line, quantity: 6 }] });
    expect(saved.lines[0]).toMatchObject({ quantity: 6, version: line.version + 1 });
    await stale('stock.lines.save', { documentId: draft.document.id, lines: [{ ...line, quantity: 7 }] });
    await missingVersion('stock.lines.remove', { documentId: draft.document.id, lines: [{ id: line.id }] });
    await stale('stock.lines.remove', { documentId: draft.document.id, lines: [{ id: line.id, version: line.version }] });
    const removed = await w.call('stock.lines.remove', {
      documentId: draft.document.id,
      lines: [{ id: line.id, version: saved.lines[0].version }],
    });
    expect(removed.lines).toHaveLength(0);
  });

  it('deleting a draft needs the version read', async () => {
    const { draft } = await draftIssue();
    await w.call('stock.documents.update', { id: draft.document.id, version: draft.document.version, notes: 'theirs' });
    await missingVersion('stock.documents.delete', { id: draft.document.id });
    await stale('stock.documents.delete', { id: draft.document.id, version: draft.document.version });
    await w.call('stock.documents.delete', { id: draft.document.id, version: draft.document.version + 1 });
  });

  it('reversing and receiving change the original, so they need its version', async () => {
    const { grn } = await draftIssue();
    const tro = await w.post({
      siteId: w.site.fob,
      kind: 'transfer_out',
      otherSiteId: w.site.wh,
      lines: [{ lotId: grn.lines[0].lotId!, quantity: 10 }],
    });
    await missingVersion('stock.transfer.receive', { transferId: tro.document.id });
    await stale('stock.transfer.receive', { transferId: tro.document.id, version: tro.document.version - 1 });
    await w.call('stock.transfer.receive', { transferId: tro.document.id, version: tro.document.version });
    const iss = await w.post({
      siteId: w.site.fob,
      kind: 'issue',
      counterpartyOrgId: w.org.ngo,
      ownerOrgId: w.org.wfp,
      lines: [{ lotId: grn.lines[0].lotId!, quantity: 1 }],
    });
    await missingVersion('stock.documents.reverse', { id: iss.document.id, reason: 'Wrong partner' });
    await stale('stock.documents.reverse', { id: iss.document.id, version: iss.document.version + 1, reason: 'Wrong partner' });
    await w.call('stock.documents.reverse', { id: iss.document.id, version: iss.document.version, reason: 'Wrong partner' });
  });
});

describe('counts', () => {
  it('typing a count needs the line’s version; approving needs the sheet’s', async () => {
    await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: w.org.wfp, quantity: 50 }]);
    const sheet = await w.call('stock.count.create', { siteId: w.site.fob });
    const [row] = sheet.rows;
    await missingVersion('stock.count.setLine', { lineId: row.id, counted: 49 });
    const typed = await w.call('stock.count.setLine', { lineId: row.id, version: row.version, counted: 49 });
    // A second counter typed over the first: the first counter's next entry is stale.
    await stale('stock.count.setLine', { lineId: row.id, version: row.version, counted: 48 });
    await missingVersion('stock.count.setLines', { documentId: sheet.document.id, lines: [{ lineId: row.id, counted: 48 }] });
    await stale('stock.count.setLines', {
      documentId: sheet.document.id,
      lines: [{ lineId: row.id, version: row.version, counted: 48 }],
    });
    await w.call('stock.count.setLines', {
      documentId: sheet.document.id,
      lines: [{ lineId: row.id, version: typed.version, counted: 48 }],
    });
    await missingVersion('stock.count.approve', { id: sheet.document.id });
    await stale('stock.count.approve', { id: sheet.document.id, version: sheet.document.version + 1 });
    const approved = await w.call('stock.count.approve', { id: sheet.document.id, version: sheet.document.version });
    expect(approved.adjustment?.entries.map((e) => e.quantity)).toEqual([-2]);
  });
});

describe('records and thresholds', () => {
  it('saving, removing and restoring a record need the version read', async () => {
    const [org] = await w.call('organisations.save', { rows: [{ name: 'Field Office', shortName: 'FO', kind: 'ngo' }] });
    await missingVersion('organisations.save', { rows: [{ id: org.id, name: 'Renamed', shortName: 'FO', kind: 'ngo' }] });
    const [renamed] = await w.call('organisations.save', {
      rows: [{ id: org.id, version: org.version, name: 'Renamed', shortName: 'FO', kind: 'ngo' }],
    });
    await stale('organisations.save', { rows: [{ id: org.id, version: org.version, name: 'Mine', shortName: 'FO', kind: 'ngo' }] });
    await missingVersion('organisations.remove', { id: org.id });
    await stale('organisations.remove', { id: org.id, version: org.version });
    // Referenced (a lot's owner), so it is archived, not deleted: then restored.
    await w.receive(w.site.fob, [{ itemId: w.item.tent, ownerOrgId: org.id, quantity: 1 }]);
    const removed = await w.call('organisations.remove', { id: org.id, version: renamed.version });
    expect(removed.outcome).toBe('archived');
    await missingVersion('organisations.restore', { id: org.id });
    await stale('organisations.restore', { id: org.id, version: renamed.version });
    expect(await w.call('organisations.restore', { id: org.id, version: renamed.version + 1 })).toMatchObject({ archived: false });
  });

  it('changing or removing a low-stock threshold needs its version', async () => {
    const [set] = await w.call('stock.thresholds.save', { rows: [{ siteId: w.site.fob, itemId: w.item.tent, minQuantity: 10 }] });
    // Setting it again without the version read would overwrite someone's value unseen.
    await stale('stock.thresholds.save', { rows: [{ siteId: w.site.fob, itemId: w.item.tent, minQuantity: 12 }] });
    const [changed] = await w.call('stock.thresholds.save', {
      rows: [{ version: set.version, siteId: w.site.fob, itemId: w.item.tent, minQuantity: 12 }],
    });
    await stale('stock.thresholds.save', { rows: [{ version: set.version, siteId: w.site.fob, itemId: w.item.tent, minQuantity: 14 }] });
    await missingVersion('stock.thresholds.remove', { id: set.id });
    await stale('stock.thresholds.remove', { id: set.id, version: set.version });
    await w.call('stock.thresholds.remove', { id: set.id, version: changed.version });
    // Removed: setting it anew is a new threshold, no version needed.
    await w.call('stock.thresholds.save', { rows: [{ siteId: w.site.fob, itemId: w.item.tent, minQuantity: 3 }] });
  });
});

describe('the contract', () => {
  /** Top-level object shape of an operation's input, through optional/default wrappers. */
  function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
    const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'object') return def.shape as Record<string, z.ZodType>;
    if (['optional', 'default', 'prefault', 'nullable'].includes(def.type as string)) return shapeOf(def.innerType as z.ZodType);
    if (def.type === 'pipe') return shapeOf(def.in as z.ZodType);
    return null;
  }

  it('every write naming an existing record by id also requires its version', () => {
    const naming = (Object.keys(contract) as OpName[]).filter((name) => {
      const shape = contract[name].write ? shapeOf(contract[name].input) : null;
      return shape && ['id', 'lineId', 'transferId'].some((k) => k in shape && !shape[k].safeParse(undefined).success);
    });
    expect(naming.length).toBeGreaterThanOrEqual(15);
    for (const name of naming) {
      const version = shapeOf(contract[name].input)!.version;
      expect(version, `${name} has no version`).toBeDefined();
      expect(version.safeParse(undefined).success, `${name}: version is optional`).toBe(false);
    }
  });
});
