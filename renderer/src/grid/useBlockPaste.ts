import { useEffect, useRef, type RefObject } from 'react';
import { parseClipboard } from './paste';

/**
 * Ctrl+V of a block copied from a spreadsheet onto a grid (AG Grid Community has no clipboard
 * support): `onBlock` gets the parsed cells, one array per line. A paste inside a cell editor is
 * left to the browser, which pastes into the text box as usual.
 */
export function useBlockPaste(container: RefObject<HTMLElement | null>, onBlock: ((block: string[][]) => void) | undefined): void {
  const latest = useRef(onBlock);
  useEffect(() => {
    latest.current = onBlock;
  }, [onBlock]);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const listener = (e: ClipboardEvent) => {
      if (!latest.current) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!text) return;
      e.preventDefault();
      const block = parseClipboard(text);
      if (block.length > 0) latest.current(block);
    };
    el.addEventListener('paste', listener);
    return () => el.removeEventListener('paste', listener);
  }, [container]);
}

/**
 * Ctrl+Z (Cmd+Z) on a grid outside a cell editor, offered to `onUndo` first (capture phase, so
 * before AG Grid's cell-edit undo): when it undoes something the key goes no further.
 */
export function useUndoKey(container: RefObject<HTMLElement | null>, onUndo: (() => boolean) | undefined): void {
  const latest = useRef(onUndo);
  useEffect(() => {
    latest.current = onUndo;
  }, [onUndo]);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const listener = (e: KeyboardEvent) => {
      if (!latest.current || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'z') return;
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
      if (latest.current()) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    el.addEventListener('keydown', listener, true);
    return () => el.removeEventListener('keydown', listener, true);
  }, [container]);
}
