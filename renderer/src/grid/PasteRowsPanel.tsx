import { useEffect, useRef } from 'react';
import { useT } from '../i18n';
import { parseClipboard } from './paste';

interface Props {
  /** What a line becomes, plural ("items", "lines"). */
  nouns: string;
  /** The headers of the columns a pasted line fills, in order. */
  headers: string[];
  /** How to paste and what happens (the record grids' words when not given). */
  how?: string;
  onBlock: (block: string[][]) => void;
  onClose: () => void;
}

/**
 * "Paste rows": a box that takes Ctrl+V of a block copied from a spreadsheet and adds every line
 * as a new record (through the grid's one all-or-nothing paste), a new document line or found
 * stock on a count sheet. It says which columns, in which order, a line fills. The box has the
 * focus when it opens, so Ctrl+V lands here and not in a cell.
 */
export function PasteRowsPanel({ nouns, headers, how, onBlock, onClose }: Props) {
  const t = useT();
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  const take = (text: string) => {
    const block = parseClipboard(text);
    if (block.length === 0) return;
    onClose();
    onBlock(block);
  };
  return (
    <div
      className="msg info paste-rows"
      role="dialog"
      aria-label={t('pasteRows.label', { nouns })}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div>
        <strong>{t('pasteRows.title', { nouns })}</strong> {how ?? t('pasteRows.how')}{' '}
        <span className="paste-rows-columns">{t('pasteRows.columns', { columns: headers.join(', ') })}</span>
      </div>
      <textarea
        ref={box}
        rows={3}
        aria-label={t('pasteRows.box')}
        placeholder={t('pasteRows.placeholder')}
        data-testid="paste-rows-box"
        onPaste={(e) => {
          const text = e.clipboardData.getData('text/plain');
          if (!text) return;
          e.preventDefault();
          take(text);
        }}
        onChange={(e) => {
          // Typed or dropped text (no paste event): taken once it holds a whole line.
          if (e.target.value.includes('\n')) take(e.target.value);
        }}
      />
      <div className="actions">
        <button type="button" className="secondary" onClick={onClose}>
          {t('pasteRows.cancel')}
        </button>
      </div>
    </div>
  );
}
