import { useCallback, useMemo, useRef, useState } from 'react';
import type { PastedLines, StockDocumentDetail, StockDocumentView } from '../../../../electron/api/stock';
import { PastedLinesBox } from '../../grid/PastedLinesBox';
import { PasteUndo } from '../../grid/pasteUndo';
import { usePastedLines } from '../../grid/usePastedLines';
import { t, useT, useLanguage } from '../../i18n';
import { invoke } from '../../lib/api';
import { linePasteColumns } from './linePaste';

type Serial = <T>(job: () => Promise<T>) => Promise<T>;

/**
 * Paste lines… on a draft stock document: a block copied from a spreadsheet (or Ctrl+V on the
 * lines grid) added as new lines, read and checked by the core all or nothing. The last paste is
 * undone as a whole (Undo paste, or Ctrl+Z on the grid) until the lines are changed after it was
 * sent (an edit made while its save was still running withdraws it too: see PasteUndo).
 */
export function useDocumentLinesPaste(doc: StockDocumentView | undefined, serial: Serial, show: (d: StockDocumentDetail) => void) {
  const language = useLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- headers are worded again when the language changes
  const columns = useMemo(() => (doc ? linePasteColumns(doc.kind) : []), [doc?.kind, language]);
  const [notice, setNotice] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const undos = useRef(new PasteUndo<PastedLines['added']>()).current;
  const [undoable, setUndoable] = useState(false);
  const forget = useCallback(() => {
    undos.forget();
    setUndoable(false);
  }, [undos]);
  const paste = usePastedLines({
    columns,
    send: (fields, rows) => {
      const ticket = undos.start();
      return serial(() => invoke('stock.lines.paste', { documentId: doc?.id ?? '', columns: fields, rows })).then((r) =>
        r.ok ? { ...r, value: { ...r.value, ticket } } : r,
      );
    },
    onPasted: (r: PastedLines & { ticket: number }) => {
      show(r.detail);
      const offered = undos.offer(r.ticket, r.added);
      setUndoable(offered);
      paste.setOpen(false);
      setNotice({ kind: 'done', text: t(offered ? 'linePaste.added' : 'linePaste.addedNoUndo', { count: r.added.length }) });
    },
  });
  const undo = useCallback((): boolean => {
    const added = undos.take();
    setUndoable(false);
    if (!added || !doc) return false;
    void serial(() => invoke('stock.lines.remove', { documentId: doc.id, lines: added })).then((r) => {
      if (r.ok) {
        show(r.value);
        setNotice({ kind: 'done', text: t('linePaste.undone', { count: added.length }) });
      } else setNotice({ kind: 'error', text: t('linePaste.notUndone', { message: r.error.message }) });
    });
    return true;
  }, [doc, undos, serial, show]);
  const onBlock = (block: string[][]) => {
    setNotice(null);
    forget();
    paste.onBlock(block);
  };
  return { paste, columns, notice, undoable, undo, forget, onBlock, clearNotice: () => setNotice(null) };
}

/** The button, the paste box, progress, the refused cells and the outcome (with Undo paste). */
export function DocumentLinesPaste({ p }: { p: ReturnType<typeof useDocumentLinesPaste> }) {
  const t = useT();
  const { paste } = p;
  return (
    <div className="lines-paste" data-testid="lines-paste">
      {!paste.open && (
        <button
          type="button"
          className="secondary small"
          onClick={() => paste.setOpen(true)}
          title={t('linePaste.buttonTitle')}
          data-testid="paste-lines"
        >
          {t('linePaste.button')}
        </button>
      )}
      <PastedLinesBox
        paste={paste}
        nouns={t('linePaste.nouns')}
        headers={p.columns.map((c) => c.header)}
        how={t('linePaste.how')}
        onBlock={p.onBlock}
        messageTestId="paste-lines-message"
      />
      {p.notice && (
        <div className={p.notice.kind === 'done' ? 'msg success' : 'msg error'} role="status" data-testid="paste-lines-notice">
          {p.notice.text}{' '}
          {p.undoable && (
            <button type="button" className="link" onClick={() => p.undo()} data-testid="undo-paste">
              {t('linePaste.undo')}
            </button>
          )}{' '}
          <button type="button" className="link" onClick={p.clearNotice} aria-label={t('grid.dismissMessage')}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
