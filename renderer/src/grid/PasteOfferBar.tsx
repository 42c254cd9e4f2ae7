import type { ImportTarget } from '../../../electron/api/imports';
import { useT } from '../i18n';
import { openInImportWizard } from './importHandoff';
import { blockText } from './pasteRows';
import type { RecordNoun } from './records';
import type { PasteOffer } from './useRecordPaste';

interface Props {
  offer: PasteOffer;
  noun: RecordNoun;
  /** The wizard's target for this grid's records; without one the wizard is not offered. */
  importTarget?: ImportTarget;
  onDismiss: () => void;
}

/**
 * A pasted block that looks like a partner's sheet (a header row, or more columns than the grid):
 * nothing is written; the import wizard, which maps columns by their headers, is offered with the
 * cells, and a header row that follows the grid's own columns can simply be left out.
 */
export function PasteOfferBar({ offer, noun, importTarget, onDismiss }: Props) {
  const t = useT();
  const { decision, block } = offer;
  const cells = block.length * (block[0]?.length ?? 0);
  return (
    <div className="msg info paste-offer" role="alert" data-testid="paste-offer">
      <div>
        <strong>
          {decision.kind === 'header'
            ? t('pasteRows.headerFound', { names: decision.names.slice(0, 6).join(', '), more: Math.max(0, decision.names.length - 6) })
            : t('pasteRows.tooWide', { width: decision.width, count: decision.count })}
        </strong>{' '}
        {t('pasteRows.nothingWritten', { lines: block.length, cells })}{' '}
        {importTarget ? t('pasteRows.wizardWhy') : t('pasteRows.noWizard', { nouns: noun.many })}
      </div>
      <div className="actions">
        {importTarget && (
          <button type="button" onClick={() => openInImportWizard({ text: blockText(block), target: importTarget, from: noun.many })}>
            {t('pasteRows.openWizard')}
          </button>
        )}
        {offer.withoutHeader && (
          <button type="button" className="secondary" onClick={offer.withoutHeader}>
            {t('pasteRows.withoutHeader', { count: block.length - 1 })}
          </button>
        )}
        <button type="button" className="secondary" onClick={onDismiss}>
          {t('grid.dismiss')}
        </button>
      </div>
    </div>
  );
}
