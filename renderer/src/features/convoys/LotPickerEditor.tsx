import type { CustomCellEditorProps } from 'ag-grid-react';
import { useEffect, useRef, useState } from 'react';
import type { ManifestRow, OriginLot } from '../../../../electron/api/convoys';
import { unitWord } from '../../../../electron/api/i18n/vocabulary-words';
import { useCoreQuery } from '../../app/queries';
import { t } from '../../i18n';
import { date, num } from '../../locale/current';

/** How many lots one question brings: enough to choose from, never the site's whole stock list. */
export const LOT_PICKER_LIMIT = 30;

export const originLotLabel = (l: OriginLot) =>
  [
    t('manifest.lotLabel', { item: l.itemCode, lot: l.lotNumber || '—' }),
    ...(l.expiryDate ? [t('manifest.lotExpiry', { date: date(l.expiryDate) })] : []),
    l.ownerShortName,
    `${num(l.available)} ${unitWord(l.baseUnit)}`,
    ...(l.fefoFirst ? ['FEFO'] : []),
  ].join(' · ');

/**
 * The manifest's lot cell editor: a type-ahead over the origin's stock. Each word typed (item
 * code or name, lot number) narrows a server query for the first lots that match, earliest expiry
 * first per item, the FEFO lot marked; ↑/↓ move, Enter or a click picks, Escape leaves the cell as it was.
 */
export function LotPickerEditor(props: CustomCellEditorProps<ManifestRow, string> & { convoyId: string }) {
  const first = props.eventKey && props.eventKey.length === 1 ? props.eventKey : (props.data?.itemCode ?? '');
  const [text, setText] = useState(first);
  const [search, setSearch] = useState(first);
  const [active, setActive] = useState(0);
  const [picked, setPicked] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // A short pause after the last key before asking (each key would be a query otherwise).
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 120);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useCoreQuery('convoys.originLots', { convoyId: props.convoyId, search, limit: LOT_PICKER_LIMIT }, { keepPrevious: true });
  const lots = found.data ?? [];
  // The list may still show the previous words' lots while the new ones come (keepPrevious):
  // Enter picks only from the answer to what is typed now, waiting for it if need be.
  const current = search === text.trim() && !found.isFetching;
  const [enterWaiting, setEnterWaiting] = useState(false);
  useEffect(() => {
    if (enterWaiting && current) {
      setEnterWaiting(false);
      pick(lots[active]);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- when the answer to the typed words has come
  }, [enterWaiting, current]);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [search]);
  // The grid reads the value when editing stops: stop only once the picked lot is the editor's value.
  useEffect(() => {
    if (picked) props.stopEditing();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, after the pick has become the value
  }, [picked, props.value]);
  const pick = (lot: OriginLot | undefined) => {
    if (!lot) return;
    props.onValueChange(lot.lotId);
    setPicked(true);
  };
  return (
    <div className="lot-picker" data-testid="lot-picker">
      <input
        ref={input}
        value={text}
        placeholder={t('manifest.lotSearch')}
        aria-label={t('manifest.lotSearch')}
        data-testid="lot-search"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, lots.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') {
            if (current) pick(lots[active]);
            else {
              setSearch(text.trim());
              setEnterWaiting(true);
            }
          } else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      <ul role="listbox" aria-label={t('manifest.col.lot')}>
        {lots.map((l, i) => (
          <li
            key={l.lotId}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : ''}
            data-lot={l.lotNumber}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(l);
            }}
          >
            {originLotLabel(l)}
          </li>
        ))}
      </ul>
      <p className="muted">
        {found.isFetching
          ? t('manifest.lotSearching')
          : lots.length === 0
            ? t('manifest.lotNone', { text: search })
            : lots.length >= LOT_PICKER_LIMIT
              ? t('manifest.lotMore', { count: LOT_PICKER_LIMIT })
              : ''}
      </p>
    </div>
  );
}
