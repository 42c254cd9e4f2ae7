import { describe, expect, it } from 'vitest';
import { PasteUndo } from '../../renderer/src/grid/pasteUndo';

/** The undo a paste offers is for the last thing done only (the order things were done, not answered). */
describe('PasteUndo', () => {
  it('offers the undo of a paste that lands with nothing done after it, once', () => {
    const u = new PasteUndo<string[]>();
    const ticket = u.start();
    expect(u.offer(ticket, ['line-1', 'line-2'])).toBe(true);
    expect(u.take()).toEqual(['line-1', 'line-2']);
    expect(u.take()).toBeNull();
  });

  it('offers nothing when a cell was edited while the paste was being saved', () => {
    const u = new PasteUndo<string[]>();
    const ticket = u.start();
    u.forget(); // the edit, made before the paste's answer came
    expect(u.offer(ticket, ['line-1'])).toBe(false);
    expect(u.take()).toBeNull();
  });

  it('withdraws an offered undo when a cell is edited after the paste', () => {
    const u = new PasteUndo<string[]>();
    u.offer(u.start(), ['line-1']);
    u.forget();
    expect(u.take()).toBeNull();
  });

  it('offers only the later of two pastes, whichever answer comes last', () => {
    const u = new PasteUndo<string>();
    const first = u.start();
    const second = u.start();
    expect(u.offer(second, 'second')).toBe(true);
    expect(u.offer(first, 'first')).toBe(false);
    expect(u.take()).toBe('second');
  });
});
